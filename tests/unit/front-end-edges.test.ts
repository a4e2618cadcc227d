// Edges of the pieces the markdown and HTML front ends share: line splitting and
// offsets under every line ending, the reader header's empty and unknown lines, and
// format detection on near-misses.
import { describe, expect, it } from "vitest";
import { detectFormat } from "../../src/index.js";
import { LineIndex } from "../../src/front-ends/positions.js";
import { splitLines } from "../../src/front-ends/raw-lines.js";
import { readReaderHeader } from "../../src/front-ends/reader-header.js";
import type { ParseIssue } from "../../src/index.js";

describe("splitLines", () => {
  it("splits at LF, CRLF and a lone CR, keeping blank lines and a last empty line", () => {
    expect(splitLines("a\r\nb\rc\n\nd\n")).toEqual(["a", "b", "c", "", "d", ""]);
  });
});

describe("LineIndex", () => {
  it("counts CRLF as one break and a lone CR as one, as the text front end does", () => {
    const text = "ab\r\ncd\ref\ngh";
    const index = new LineIndex(text);
    expect(index.lineCount).toBe(4);
    expect(index.positionOf(0)).toEqual({ line: 1, column: 1 });
    expect(index.positionOf(text.indexOf("c"))).toEqual({ line: 2, column: 1 });
    expect(index.positionOf(text.indexOf("f"))).toEqual({ line: 3, column: 2 });
    expect(index.positionOf(text.length - 1)).toEqual({ line: 4, column: 2 });
  });

  it("answers lookups in any order, forward, backward and repeated", () => {
    // 200 lines "line N": line k (1-based) starts at the sum of the lengths before it
    const lines = Array.from({ length: 200 }, (_, i) => `line ${i}`);
    const text = lines.join("\n");
    const starts = lines.map((_, k) => lines.slice(0, k).reduce((n, l) => n + l.length + 1, 0));
    const index = new LineIndex(text);
    for (const k of [0, 1, 2, 3, 150, 199, 40, 40, 41, 0, 198, 100, 101, 199]) {
      expect(index.positionOf(starts[k]! + 2)).toEqual({ line: k + 1, column: 3 });
    }
  });
});

describe("readReaderHeader", () => {
  const read = (text: string) => {
    const issues: ParseIssue[] = [];
    const header = readReaderHeader(splitLines(text), issues);
    return { header, issues: issues.map(({ code, line, column, excerpt }) => ({ code, line, column, excerpt })) };
  };

  it("reads an empty URL Source and Published Time as null", () => {
    expect(read("Title: x\n\nURL Source:\nPublished Time:   \nMarkdown Content:\nBody").header).toEqual({ url: null, publishedTime: null, next: 5 });
  });

  it("reports each Warning line where its text starts", () => {
    expect(read("Title: x\nURL Source: https://kcnawatch.org/\n  Warning: Target URL returned error 429\nMarkdown Content:\nBody").issues).toEqual([
      { code: "reader_warning", line: 3, column: 3, excerpt: "Warning: Target URL returned error 429" },
    ]);
  });

  it("ends the header at the first line that is not a header key", () => {
    expect(read("Title: x\nURL Source: https://kcnawatch.org/\nBody text\nMarkdown Content:").header).toEqual({
      url: "https://kcnawatch.org/",
      urlAt: { line: 2, column: 1 },
      publishedTime: null,
      next: 2,
    });
  });

  it("finds no header unless the first non-blank line is Title:", () => {
    expect(read("\n\nURL Source: https://kcnawatch.org/\nMarkdown Content:").header).toEqual({ url: null, publishedTime: null, next: 0 });
    expect(read("").header.next).toBe(0);
  });
});

describe("detectFormat near-misses", () => {
  it("counts tags whose name ends at a tab, a line feed or a carriage return", () => {
    expect(detectFormat("Page\n<p\nclass=a>x</p\r><div\tid=b>y</div>")).toBe("html");
  });

  it("does not take broken or spaced link syntax for markdown", () => {
    expect(detectFormat("Title\n\nsee ](x) and [](y) and [a]() and [b](c d)\n")).toBe("text");
  });
});
