import { describe, expect, it } from "vitest";
import { textToLines } from "../../src/front-ends/text.js";

const positions = (text: string) => textToLines(text).lines.map((l) => [l.text, l.line, l.column]);

describe("textToLines", () => {
  it("keeps non-blank lines with their 1-based line numbers", () => {
    expect(positions("Title\n\nDate: 01/01/2024\n\n\nBody")).toEqual([["Title", 1, 1], ["Date: 01/01/2024", 3, 1], ["Body", 6, 1]]);
  });
  it("counts LF, CRLF and CR line breaks alike", () => {
    const expected = [["A", 1, 1], ["B", 3, 1], ["C", 4, 1]];
    expect(positions("A\n\nB\nC")).toEqual(expected);
    expect(positions("A\r\n\r\nB\r\nC")).toEqual(expected);
    expect(positions("A\r\rB\rC")).toEqual(expected);
    expect(positions("A\r\n\rB\nC")).toEqual(expected);
  });
  it("trims white space, non-breaking spaces included, at line edges only, and gives the column of the first character", () => {
    expect(positions("  \u00a0Title \u00a0\n\tBody with 800\u00a0000 and  two spaces\u00a0")).toEqual([
      ["Title", 1, 4],
      ["Body with 800\u00a0000 and  two spaces", 2, 2],
    ]);
  });
  it("counts columns in UTF-16 code units", () => {
    expect(positions("\u3000《평양》")).toEqual([["《평양》", 1, 2]]);
  });
  it("drops lines of white space only", () => {
    expect(positions(" \t\u00a0\n\u2003\nText")).toEqual([["Text", 3, 1]]);
  });
  it("reports the line past the end, also after a final line break", () => {
    expect(textToLines("A\nB").endLine).toBe(2);
    expect(textToLines("A\nB\n").endLine).toBe(3);
    expect(textToLines("").endLine).toBe(1);
    expect(textToLines("").lines).toEqual([]);
  });
  it("carries no links, address or issues for plain text", () => {
    const doc = textToLines("Title");
    expect(doc.issues).toEqual([]);
    expect(doc.url).toBeNull();
    expect(doc.publishedTime).toBeNull();
    expect(doc.lines[0]!.links).toBeUndefined();
  });
});
