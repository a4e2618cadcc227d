import { describe, expect, it } from "vitest";
import { markdownToLines } from "../src/front-ends/markdown.js";
import { parsePage } from "../src/index.js";

const texts = (md: string) => markdownToLines(md).lines.map((l) => l.text);

describe("markdown front end", () => {
  it("reads the reader header and keeps positions of the original input", () => {
    const doc = markdownToLines(
      "Title: Review | KCNA Watch\n\nURL Source: https://kcnawatch.org/newstream/1716800553-350978545/review/\n\n" +
        "Published Time: 2025-12-14T06:30:12+00:00\n\nWarning: Target URL returned error 404: Not Found\n\nMarkdown Content:\n" +
        "Review\n======\n\n  ### **Date**: 27/05/2024\n",
    );
    expect(doc.url).toBe("https://kcnawatch.org/newstream/1716800553-350978545/review/");
    expect(doc.publishedTime).toBe("2025-12-14T06:30:12+00:00");
    expect(doc.issues.map((i) => [i.code, i.line, i.column])).toEqual([["reader_warning", 7, 1]]);
    expect(doc.lines.map((l) => [l.text, l.line, l.column])).toEqual([
      ["Review", 10, 1],
      ["Date: 27/05/2024", 13, 9],
    ]);
  });

  it("reads plain page markdown without a header", () => {
    const doc = markdownToLines("Title of a page\n\nText.");
    expect(doc.url).toBeNull();
    expect(doc.lines.map((l) => l.text)).toEqual(["Title of a page", "Text."]);
  });

  it("reduces headings, block quotes, breaks and list markers that are markdown syntax", () => {
    expect(texts("# One\n## Two ##\n###### Six #\n#Hashtag\n####### Seven\n> Quoted\n> > Twice\n* Star item\n+ Plus item\n***\n- - -\n___\nSetext\n---")).toEqual([
      "One", "Two", "Six", "#Hashtag", "####### Seven", "Quoted", "Twice", "Star item", "Plus item", "Setext",
    ]);
  });

  it("keeps `- ` bullets and `1. ` numbering, which article text uses", () => {
    expect(texts("- A political essay says\n\n1. The first point\n\n-0-")).toEqual(["- A political essay says", "1. The first point", "-0-"]);
  });

  it("resolves escapes and emphasis, leaving unpaired and intraword delimiters as text", () => {
    expect(texts("\\- Escaped \\*stars\\* and \\_under\\_ and \\\\ back\\slash")).toEqual(["- Escaped *stars* and _under_ and \\ back\\slash"]);
    expect(texts("**Bold** and *em* and __strong__ and _em_ and ~~gone~~ and ***both***")).toEqual(["Bold and em and strong and em and gone and both"]);
    expect(texts("snake_case_name and a * lone star and 2*3*4 and *open")).toEqual(["snake_case_name and a * lone star and 234 and *open"]);
    expect(texts("Line with a hard break\\")).toEqual(["Line with a hard break"]);
  });

  it("drops images and keeps link text with its target", () => {
    const doc = markdownToLines(
      "[![Image 1: logo](https://x/logo.png)](https://kcnawatch.org/)\n" +
        "Date: 1 | [Read original version at source](http://www.kcna.kp/a_(b).kcmsd \"title\") and <https://kcnawatch.org/x>\n" +
        "[Reference][r] and [r] and [Collapsed][]\n\n[r]: /newstream/1-2/r/ \"R\"\n[collapsed]: <https://c.example/>",
    );
    expect(doc.lines.map((l) => [l.text, l.links])).toEqual([
      [
        "Date: 1 | Read original version at source and https://kcnawatch.org/x",
        [
          { text: "Read original version at source", href: "http://www.kcna.kp/a_(b).kcmsd" },
          { text: "https://kcnawatch.org/x", href: "https://kcnawatch.org/x" },
        ],
      ],
      [
        "Reference and r and Collapsed",
        [
          { text: "Reference", href: "/newstream/1-2/r/" },
          { text: "r", href: "/newstream/1-2/r/" },
          { text: "Collapsed", href: "https://c.example/" },
        ],
      ],
    ]);
  });

  it("keeps brackets that are not links as text", () => {
    expect(texts("See [1] and [a](b c d) and [x] (y) and [unclosed")).toEqual(["See [1] and [a](b c d) and [x] (y) and [unclosed"]);
  });

  it("reads definitions whose labels hold escaped brackets, and keeps those with an unescaped bracket as text, reported", () => {
    const doc = markdownToLines(
      "See [KCNA \\[1\\]] and [the daily][a]b] and [x[y].\n\n" +
        "[KCNA \\[1\\]]: https://kcna.kp/1\n" +
        "  [a]b]: https://e.org/ab\n" +
        "[x[y]: https://e.org/xy\n" +
        "[ ]: https://e.org/blank\n" +
        `[${"k".repeat(1000)}]: https://e.org/long\n`,
    );
    expect(doc.lines.map((l) => [l.text, l.line, l.links ?? []])).toEqual([
      ["See KCNA [1] and [the daily][a]b] and [x[y].", 1, [{ text: "KCNA [1]", href: "https://kcna.kp/1" }]],
      ["[a]b]: https://e.org/ab", 4, []],
      ["[x[y]: https://e.org/xy", 5, []],
      ["[ ]: https://e.org/blank", 6, []],
      [`[${"k".repeat(1000)}]: https://e.org/long`, 7, []],
    ]);
    expect(doc.issues.map((i) => [i.code, i.line, i.column, i.message])).toEqual([
      ["invalid_link_reference", 4, 3, "Expected a link reference label (no unescaped bracket, not blank, at most 999 characters), found one that holds an unescaped bracket; the line is kept as text."],
      ["invalid_link_reference", 5, 1, "Expected a link reference label (no unescaped bracket, not blank, at most 999 characters), found one that holds an unescaped bracket; the line is kept as text."],
      ["invalid_link_reference", 6, 1, "Expected a link reference label (no unescaped bracket, not blank, at most 999 characters), found one that is blank; the line is kept as text."],
      ["invalid_link_reference", 7, 1, "Expected a link reference label (no unescaped bracket, not blank, at most 999 characters), found one that is longer than 999 characters; the line is kept as text."],
    ]);
  });

  it("takes a line with an escaped `]:` for text, not a definition", () => {
    const doc = markdownToLines("[a\\]: b");
    expect(doc.lines.map((l) => l.text)).toEqual(["[a]: b"]);
    expect(doc.issues).toEqual([]);
  });

  it("keeps fenced code as written", () => {
    expect(texts("```\n*not emphasis* [x](y)\n```\nafter")).toEqual(["*not emphasis* [x](y)", "after"]);
  });

  it("gives the same page as the text it renders, with Published Time kept apart from publishedAt", () => {
    const page = parsePage(
      "Title: T\n\nURL Source: https://kcnawatch.org/newstream/1716800553-350978545/review/\n\nPublished Time: 2025-12-14T06:30:12+00:00\n\nMarkdown Content:\n" +
        "Review\n\nDate: 27/05/2024 | Source: KCNA.kp (En) | https://kcna.kp/x\n\nPyongyang, May 27 (KCNA) -- Text. -0-\n\n[More Articles](/newstream/)",
    );
    expect(page.format).toBe("markdown");
    expect(page.article.publishedAt).toBe("2024-05-27");
    expect(page.publishedTime).toBe("2025-12-14T06:30:12+00:00");
    expect(page.article.originalUrl).toBe("https://kcna.kp/x");
    expect([page.article.itemId, page.article.addedAt]).toEqual(["1716800553-350978545", "2024-05-27T09:02:33Z"]);
    expect(page.truncated).toBe(false);
  });
});
