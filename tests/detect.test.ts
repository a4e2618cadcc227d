import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { detectFormat, parsePage, safeParsePage } from "../src/index.js";

const sample = readFileSync(join(import.meta.dirname, "fixtures", "complete-sample", "input.txt"), "utf8");

describe("detectFormat", () => {
  it.each([
    ["doctype", "<!DOCTYPE html><html><body><p>x</p></body></html>"],
    ["BOM and space before <html", "\uFEFF\n  <html lang=en>"],
    ["upper-case <head", "<HEAD><TITLE>x</TITLE>"],
    ["<body", "<body>text"],
    ["three tags, one closing, in the first KB", "<div class=a><p>Title</p><p>Date: 27/05/2024</p></div>"],
  ])("reads HTML: %s", (_label, input) => {
    expect(detectFormat(input)).toBe("html");
  });

  it.each([
    ["reader header", "Title: Review\n\nURL Source: https://kcnawatch.org/\n\nMarkdown Content:\nReview"],
    ["header without URL Source", "Title: Review\nMarkdown Content:\nReview"],
    ["setext heading", "Review\n======\n\nDate: 27/05/2024"],
    ["ATX heading", "# Review\n\nDate: 27/05/2024"],
    ["inline link", "Review\n\nDate: 27/05/2024 | [Read original version at source](http://www.kcna.kp/x)"],
    ["reader header wins over tags in the content", "Title: Review\n\nURL Source: https://kcnawatch.org/\n\nMarkdown Content:\n<br> and <p>tags</p> <div></div>"],
  ])("reads markdown: %s", (_label, input) => {
    expect(detectFormat(input)).toBe("markdown");
  });

  it.each([
    ["the complete text sample", sample],
    ["stray < and >", "Review\n\nDate: 27/05/2024\n\nPrices rose < 5% while output > 3 units."],
    ["angle-bracketed names that are not HTML", "Review\n\nDate: 27/05/2024\n\nThe <KCNA> and <Rodong Sinmun> said"],
    ["one tag only", "Review\n\nA report on the <b> tag"],
    ["bullets, stars and underscores", "Review\n\n- A *bold* claim\n- Another _claim_\n* starred"],
    ["brackets and # without a heading", "Review\n\nSee note [1] and (2).\n\n#1 priority"],
    ["Title: without the rest of a reader header", "Title: Review\n\nDate: 27/05/2024"],
    ["a heading next to HTML tags is not markdown", "# Review\n\n<p>Body</p>"],
    ["markdown syntax past the first 4 KB", `${"Review text. ".repeat(400)}\n\n# Late heading`],
  ])("reads text: %s", (_label, input) => {
    expect(detectFormat(input)).toBe("text");
  });

  it("is what parsePage reports, and options.format overrides it", () => {
    const html = "<main><p>Review</p><p>Date: 27/05/2024</p><p>Pyongyang, May 27 (KCNA) -- Text.</p><p>More Articles</p></main>";
    expect(parsePage(html).format).toBe("html");
    // read as text, the one-line HTML has no title line
    const forced = safeParsePage(html, { format: "text" });
    expect(forced.success ? null : forced.error.partial?.format).toBe("text");
    expect(parsePage(sample, { format: "markdown" }).article.title).toBe(parsePage(sample).article.title);
  });
});
