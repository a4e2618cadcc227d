// A string and its UTF-8 bytes are the same input: the binary check (NUL anywhere,
// or too many control characters in the first 4 KB), the size limit and everything
// after must judge them alike.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParsePage, type ParseOptions, type SafeParseResult } from "../../src/index.js";

const encode = (text: string) => new TextEncoder().encode(text);

/** Characters whose UTF-8 and UTF-16 lengths differ, controls, and the characters decoding treats specially. */
const PIECES = [
  "a", "Review", " ", "\n", "\r\n", "\r", "\t", "\f",
  "\u0000", "\u0001", "\u0007", "\u001b", "\u001f", "\u007f", "\u0085",
  "é", "平", "양", "\u2028", "\u{1F600}", "\u{10FFFF}",
  "\uFEFF", "\uFFFD", "\uFFFE", "\uD800", "\uDC00", "\uDBFF\uDBFF",
] as const;

/** Runs of pieces, long enough to cross the 4 KB sample in either measure. */
const text = fc
  .array(fc.tuple(fc.constantFrom(...PIECES), fc.oneof(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 100, max: 3000 }))), { maxLength: 8 })
  .map((runs) => runs.map(([piece, times]) => piece.repeat(times)).join(""));

const page = "Review\n\nDate: 27/05/2024 | Source: KCNA.kp (En)\n\nPyongyang, May 27 (KCNA) -- Text. -0-\n\nMore Articles\n";

/** Whether a string holds a surrogate that is not half of a pair (its UTF-8 bytes hold U+FFFD instead). */
function hasLoneSurrogate(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) i++;
    else if (c >= 0xd800 && c <= 0xdfff) return true;
  }
  return false;
}

function binaryIssue(r: SafeParseResult) {
  if (r.success) return null;
  const first = r.error.issues[0]!;
  return first.code === "binary_input" ? { message: first.message, line: first.line, column: first.column } : null;
}

function check(input: string, options?: ParseOptions): void {
  const fromString = safeParsePage(input, options);
  const fromBytes = safeParsePage(encode(input), options);
  expect(binaryIssue(fromBytes)).toEqual(binaryIssue(fromString));
  if (!hasLoneSurrogate(input)) {
    // the very same text: the very same result
    expect(JSON.stringify(fromBytes.success ? fromBytes.data : fromBytes.error.issues)).toBe(JSON.stringify(fromString.success ? fromString.data : fromString.error.issues));
  } else {
    expect(fromBytes.success).toBe(fromString.success);
  }
}

describe("a string and its UTF-8 bytes", () => {
  it("get the same binary verdict, issue and result (property)", () => {
    fc.assert(fc.property(text, (t) => check(t)), { numRuns: 400, seed: 20240527 });
  });

  it("get the same verdict around a page, under any maxInputBytes (property)", () => {
    fc.assert(
      fc.property(text, text, fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }), (before, after, max) =>
        check(before + page + after, max === undefined ? undefined : { maxInputBytes: max }),
      ),
      { numRuns: 300, seed: 99 },
    );
  });

  it("count the 4 KB sample in UTF-8 bytes: control characters after wide characters", () => {
    // 1,500 three-byte characters fill 4,500 bytes: the 4 KB sample holds no control
    // character, whether the input comes as bytes or as a string of 1,500 + 2,596 units
    const input = `${"平".repeat(1500)}${"\u0001".repeat(2596)}\n${page}`;
    expect(binaryIssue(safeParsePage(input))).toBeNull();
    expect(binaryIssue(safeParsePage(encode(input)))).toBeNull();
    // and a tenth of the sample's bytes as controls, after fewer wide characters, is binary
    const binary = `${"平".repeat(1000)}${"\u0001".repeat(500)}${page}`;
    expect(binaryIssue(safeParsePage(binary))).toEqual({ message: "Expected text, found binary data (NUL or control characters).", line: 1, column: 1 });
    expect(binaryIssue(safeParsePage(encode(binary)))).toEqual(binaryIssue(safeParsePage(binary)));
  });

  it("place a NUL after a byte order mark at the same column", () => {
    const input = "\uFEFFab\u0000c";
    const expected = { message: "Expected text, found binary data (a NUL character at line 1, column 3).", line: 1, column: 1 };
    expect(binaryIssue(safeParsePage(input))).toEqual(expected);
    expect(binaryIssue(safeParsePage(encode(input)))).toEqual(expected);
  });

  it("count a lone surrogate as the three bytes of U+FFFD against maxInputBytes", () => {
    // "\uD800\uD800" is written as two U+FFFD: six bytes
    expect(safeParsePage(`${page}\uD800\uD800x`, { maxInputBytes: page.length + 6 }).success).toBe(false);
    expect(safeParsePage(encode(`${page}\uD800\uD800x`), { maxInputBytes: page.length + 6 }).success).toBe(false);
    expect(safeParsePage(`${page}\uD800\uD800x`, { maxInputBytes: page.length + 7 }).success).toBe(true);
  });
});
