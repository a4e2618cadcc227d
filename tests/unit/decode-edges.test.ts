// Edges of reading input as text: each class of malformed UTF-8, the binary
// sample's window and threshold, columns in UTF-16 units, and cut characters.
import { describe, expect, it } from "vitest";
import { decodeInput, findInvalidUtf8 } from "../../src/front-ends/decode.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === "string" ? [...utf8(p)] : p)));

function error(input: string | Uint8Array) {
  const r = decodeInput(input);
  if (r.ok) throw new Error("expected an error");
  return r.error;
}

function text(input: string | Uint8Array) {
  const r = decodeInput(input);
  if (!r.ok) throw new Error(r.error.message);
  return r;
}

describe("findInvalidUtf8 at the edges", () => {
  it("accepts the first and last code point of every sequence length", () => {
    for (const s of ["\u0000\u007f", "\u0080\u07ff", "\u0800\ud7ff\ue000\uffff", "\u{10000}\u{10ffff}"]) expect(findInvalidUtf8(utf8(s))).toBe(-1);
  });

  it.each([
    ["an overlong 2-byte lead (C1)", [0xc1, 0xbf], 0],
    ["an overlong 4-byte form (F0 80)", [0xf0, 0x80, 0x80, 0x80], 0],
    ["a bad third continuation byte", [0xf0, 0x9f, 0x98, 0x41], 0],
    ["a bad fourth continuation byte", [0x41, 0xf0, 0x9f, 0x98, 0xc0], 1],
    ["a lead byte followed by ASCII", [0xc3, 0x41, 0x42], 0],
    ["a surrogate's last byte past the ED range (ED BF)", [0xed, 0xbf, 0xbf], 0],
  ])("finds %s", (_what, input, offset) => {
    expect(findInvalidUtf8(new Uint8Array(input))).toBe(offset);
  });

  it.each([
    ["2-byte", [0xc3]],
    ["3-byte, one byte in", [0xe2]],
    ["4-byte, three bytes in", [0xf0, 0x9f, 0x98]],
  ])("reports a %s sequence cut at the very end as a tail", (_what, tail) => {
    expect(findInvalidUtf8(bytes("abc", tail))).toEqual({ tail: 3 });
  });
});

describe("decodeInput at the edges", () => {
  it("strips only one byte order mark", () => {
    expect(text(bytes([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], "T")).text).toBe("\ufeffT");
  });

  describe("binary detection", () => {
    it("finds a NUL anywhere, also past the 4,096 characters sampled for control characters", () => {
      expect(error(bytes("x".repeat(4095), [0])).code).toBe("binary_input");
      expect(error(`${"x".repeat(4096)}\u0000`)).toMatchObject({ code: "binary_input", line: 1, column: 1 });
      expect(error(bytes("x".repeat(9000), [0])).message).toContain("line 1, column 9001");
    });

    it("rejects more than one control character in ten, and accepts exactly one in ten", () => {
      expect(error(`\u0001\u0002${"a".repeat(17)}`).code).toBe("binary_input");
      expect(error(bytes([1, 2], "a".repeat(17))).code).toBe("binary_input");
      expect(decodeInput(`\u0001\u0002${"a".repeat(18)}`).ok).toBe(true);
      expect(decodeInput(bytes([1, 2], "a".repeat(18))).ok).toBe(true);
    });

    it("does not count tab, line feed, form feed and carriage return as control characters", () => {
      expect(decodeInput("\t\n\f\r\t\n\f\r").ok).toBe(true);
      expect(decodeInput(bytes([9, 10, 12, 13, 9, 10])).ok).toBe(true);
    });
  });

  describe("invalid UTF-8", () => {
    it("gives the message, and the column after a lone CR", () => {
      const e = error(bytes("a\rbc", [0xff]));
      expect(e).toMatchObject({ line: 2, column: 3, byteOffset: 4 });
      expect(e.message).toBe("Expected UTF-8 text, found an invalid byte sequence at byte 4.");
    });

    it("counts columns in UTF-16 units, as the rest of the parser does", () => {
      expect(error(bytes("한국😀", [0xff]))).toMatchObject({ line: 1, column: 5 });
    });

    it("shows at most four bytes, fewer at the end", () => {
      expect(error(bytes([0xff, 0xfe, 0xfd, 0xfc, 0xfb, 0xfa])).excerpt).toBe("ff fe fd fc");
      expect(error(bytes("ab", [0xff])).excerpt).toBe("ff");
    });
  });

  describe("a character cut at the end", () => {
    it("says so in the message, with the byte offset", () => {
      const r = text(bytes("line ", [0xe2, 0x82]));
      expect(r.warnings[0]!.message).toBe("Expected a whole character at the end of the input, found an incomplete UTF-8 sequence at byte 5.");
    });

    it("drops several replacement characters and a lone high surrogate together, with one warning", () => {
      const r = text("line one\nline two\ufffd\ufffd\ud83d");
      expect(r.text).toBe("line one\nline two");
      expect(r.warnings).toEqual([expect.objectContaining({ code: "truncated_input", line: 2, column: 9 })]);
    });

    it("shows the 20 characters before the cut, and the cut, as the excerpt", () => {
      const r = text(`${"y".repeat(10)}${"x".repeat(20)}\ufffd`);
      expect(r.warnings[0]!.excerpt).toBe(`${"x".repeat(20)}\ufffd`);
    });

    it("reduces an input that is nothing but a cut character to empty text", () => {
      expect(text("\ufffd")).toMatchObject({ text: "", warnings: [{ code: "truncated_input", line: 1, column: 1 }] });
    });
  });
});
