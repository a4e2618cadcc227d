// The text front end trims by looking at line edges, and the body joins split
// paragraphs line by line; these pin both to the behaviour they replace:
// String.prototype.trim's white space, and joining with one space.
import { describe, expect, it } from "vitest";
import { isTrimmedSpace, textToLines } from "../src/front-ends/text.js";
import { readBody } from "../src/grammar/body.js";

describe("textToLines", () => {
  it("trims exactly the code units String.prototype.trim trims", () => {
    const differs: number[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c === 10 || c === 13) continue; // line breaks, not line content
      const ch = String.fromCharCode(c);
      if (isTrimmedSpace(c) !== (ch.trim() === "")) differs.push(c);
      const [line] = textToLines(`${ch}x${ch}`).lines;
      const want = `${ch}x${ch}`.trim();
      if (line?.text !== want || line.column !== (want.length === 1 ? 2 : 1)) differs.push(c);
    }
    expect(differs).toEqual([]);
  });

  it("splits on LF, CRLF and lone CR, and positions each kept line", () => {
    const doc = textToLines("  one \r\ntwo\rthree\n\n\u00a0 four\u3000\n");
    expect(doc.lines.map((l) => [l.text, l.line, l.column])).toEqual([
      ["one", 1, 3],
      ["two", 2, 1],
      ["three", 3, 1],
      ["four", 5, 3],
    ]);
    expect(doc.endLine).toBe(6);
  });

  it("keeps a line with no line break at the end, and counts blank lines", () => {
    expect(textToLines("\n\n\nlast").lines).toEqual([{ text: "last", line: 4, column: 1 }]);
    const mixed = textToLines("\n\r\n\r\n\rx\n\n");
    expect(mixed.lines).toEqual([{ text: "x", line: 5, column: 1 }]);
    expect(mixed.endLine).toBe(7);
    expect(textToLines(" \t \n\r\n").lines).toEqual([]);
  });
});

describe("readBody", () => {
  const at = (texts: string[]) => texts.map((text, i) => ({ text, line: i + 1, column: 1 }));

  it("joins a paragraph split across many lines with single spaces, and keeps its first line's position", () => {
    const pieces = ["Pyongyang, May 27 (KCNA) -- The paragraph goes on", ...Array.from({ length: 1000 }, (_, i) => `and on ${i}`), "Next paragraph."];
    const body = readBody(at(pieces), 0);
    expect(body.paragraphs).toEqual([pieces.slice(0, -1).join(" "), "Next paragraph."]);
    expect(body.paragraphLines.map((l) => l.line)).toEqual([1, 1002]);
  });

  it("reads continuation from the last line of the paragraph (last character, last word)", () => {
    // a paragraph closes when its last line ends a sentence, whatever its first line ends with
    expect(readBody(at(["Talks on the", "economy were held.", "Another one"]), 0).paragraphs).toEqual(["Talks on the economy were held.", "Another one"]);
    // the last word of a one-word line is the whole line
    expect(readBody(at(["Cooperation between", "and", "Minju Joson"]), 0).paragraphs).toEqual(["Cooperation between and Minju Joson"]);
  });
});
