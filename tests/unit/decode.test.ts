import { describe, expect, it } from "vitest";
import { decodeInput, findInvalidUtf8 } from "../../src/front-ends/decode.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]) => Uint8Array.from(parts.flatMap((p) => Array.from(p)));

describe("findInvalidUtf8", () => {
  it("is -1 for valid UTF-8 of every length", () => {
    expect(findInvalidUtf8(utf8("A ß € 𝄞 《평양》"))).toBe(-1);
    expect(findInvalidUtf8(new Uint8Array())).toBe(-1);
    expect(findInvalidUtf8(concat([0xf4, 0x8f, 0xbf, 0xbf]))).toBe(-1); // U+10FFFF
  });
  it("gives the offset of the first invalid byte", () => {
    expect(findInvalidUtf8(concat(utf8("ab"), [0xff], utf8("cd")))).toBe(2);
    expect(findInvalidUtf8(concat(utf8("ab"), [0x80]))).toBe(2); // lone continuation byte
    expect(findInvalidUtf8(concat(utf8("€"), [0xc0, 0x80]))).toBe(3); // overlong NUL
    expect(findInvalidUtf8(concat([0xe0, 0x80, 0x80]))).toBe(0); // overlong three-byte form
    expect(findInvalidUtf8(concat([0xed, 0xa0, 0x80]))).toBe(0); // UTF-16 surrogate
    expect(findInvalidUtf8(concat([0xf4, 0x90, 0x80, 0x80]))).toBe(0); // above U+10FFFF
    expect(findInvalidUtf8(concat([0xf5, 0x80, 0x80, 0x80]))).toBe(0);
    expect(findInvalidUtf8(concat(utf8("x"), [0xe2, 0x82, 0x41]))).toBe(1); // sequence broken before its end
  });
  it("tells an incomplete sequence at the very end apart (a cut, not corruption)", () => {
    expect(findInvalidUtf8(concat(utf8("ab"), [0xe2, 0x82]))).toEqual({ tail: 2 });
    expect(findInvalidUtf8(concat(utf8("ab"), [0xf0]))).toEqual({ tail: 2 });
    expect(findInvalidUtf8(concat([0xff], [0xe2, 0x82]))).toBe(0);
  });
});

describe("decodeInput", () => {
  it("passes text through, stripping a leading byte order mark", () => {
    expect(decodeInput("Title\nBody")).toEqual({ ok: true, text: "Title\nBody", warnings: [] });
    expect(decodeInput("\ufeffTitle")).toEqual({ ok: true, text: "Title", warnings: [] });
    expect(decodeInput(concat([0xef, 0xbb, 0xbf], utf8("Title ’")))).toEqual({ ok: true, text: "Title ’", warnings: [] });
  });
  it("keeps a byte order mark that is not leading", () => {
    expect(decodeInput("A\ufeffB")).toMatchObject({ ok: true, text: "A\ufeffB" });
  });
  it("treats U+FFFD or a lone high surrogate at the end of a string as a cut character", () => {
    const r = decodeInput("Title\nBody of the Workers\ufffd");
    expect(r).toMatchObject({ ok: true, text: "Title\nBody of the Workers" });
    if (!r.ok) return;
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ code: "truncated_input", severity: "warning", line: 2, column: 20 });
    expect(decodeInput("Body \ud83d")).toMatchObject({ ok: true, text: "Body " });
    expect(decodeInput("A\r\nB\rC\ufffd")).toMatchObject({ ok: true, text: "A\r\nB\rC", warnings: [{ line: 3, column: 2 }] });
  });
  it("keeps U+FFFD that is not at the end", () => {
    expect(decodeInput("A\ufffdB")).toEqual({ ok: true, text: "A\ufffdB", warnings: [] });
  });
  it("decodes bytes cut inside a character, with a positioned warning and the byte offset", () => {
    const bytes = concat(utf8("제목\n평양"), [0xec, 0x9e]);
    const r = decodeInput(bytes);
    expect(r).toMatchObject({ ok: true, text: "제목\n평양" });
    if (!r.ok) return;
    expect(r.warnings).toEqual([expect.objectContaining({ code: "truncated_input", line: 2, column: 3, byteOffset: 13 })]);
  });
  it("rejects invalid UTF-8 with its line, column and byte offset", () => {
    const bytes = concat(utf8("Title\r\nKangso farm’s "), [0x96], utf8(" rooms"));
    const r = decodeInput(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error).toMatchObject({ code: "invalid_utf8", severity: "error", line: 2, column: 15, byteOffset: 23, excerpt: "96 20 72 6f" });
  });
  it("rejects binary data: NUL bytes or many control characters", () => {
    expect(decodeInput(concat([0x89], utf8("PNG\r\n"), [0x1a, 0x0a, 0x00]))).toMatchObject({ ok: false, error: { code: "binary_input", line: 1, column: 1 } });
    expect(decodeInput("text\u0000more")).toMatchObject({ ok: false, error: { code: "binary_input" } });
    expect(decodeInput("\u0001\u0002\u0003 abc")).toMatchObject({ ok: false, error: { code: "binary_input" } });
  });
  it("rejects a NUL anywhere, and says where it is", () => {
    const text = `${"word ".repeat(2_000)}\nsecond line\u0000`;
    const r = decodeInput(text);
    expect(r).toMatchObject({ ok: false, error: { code: "binary_input", line: 1, column: 1 } });
    if (!r.ok) expect(r.error.message).toContain("line 2, column 12");
    expect(decodeInput(utf8(text))).toMatchObject({ ok: false, error: { code: "binary_input" } });
  });
  it("drops a cut character before trailing white space, from text and from bytes", () => {
    for (const input of ["Title\nthe econ\ufffd\n", utf8("Title\r\nthe econ\ufffd\r\n"), "Title\nthe econ\ud800  "]) {
      const r = decodeInput(input);
      expect(r).toMatchObject({ ok: true, text: input instanceof Uint8Array ? "Title\r\nthe econ" : "Title\nthe econ" });
      if (r.ok) expect(r.warnings).toEqual([expect.objectContaining({ code: "truncated_input", line: 2, column: 9 })]);
    }
  });
  it("allows tabs, form feeds and line breaks", () => {
    expect(decodeInput("a\tb\fc\r\nd")).toMatchObject({ ok: true, text: "a\tb\fc\r\nd" });
  });
});
