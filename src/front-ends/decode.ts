import type { ParseIssue } from "../schema/issue.js";
import { issue } from "../issues.js";

/** The result of reading raw input as text. */
export type Decoded =
  | { ok: true; text: string; warnings: ParseIssue[] }
  | { ok: false; error: ParseIssue };

const SAMPLE = 4096;

/** Whether a C0 control other than tab, line feed, form feed and carriage return. */
function isControl(c: number): boolean {
  return c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13;
}

// The sample is the first 4 KB of the input's UTF-8, whether it comes as a string or
// as bytes, and the share of control characters is counted against its bytes: so the
// same text judged as a string and as its UTF-8 bytes gets the same verdict. Two
// copies of one scan, for strings and for bytes: a shared one reading code units
// through a callback did not inline, and cost about an eighth of a whole parse.

/** Only tab, line feed, form feed, carriage return and code units from space up: no NUL, no other control. */
const PLAIN_TEXT = /^[\t\n\f\r\u0020-\uffff]*$/;

/** Whether the start of a string looks like binary data rather than text. */
function looksBinaryText(text: string): boolean {
  // the common case, text without a control character, in one native scan (4 KB of
  // UTF-8 never hold more than 4096 code units)
  if (PLAIN_TEXT.test(text.length > SAMPLE ? text.slice(0, SAMPLE) : text)) return false;
  let control = 0;
  let bytes = 0; // UTF-8 bytes before code unit i
  for (let i = 0; i < text.length && bytes < SAMPLE; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if (isControl(c)) control++;
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i++;
    } else bytes += 3; // a lone surrogate is written as U+FFFD, three bytes
  }
  return control * 10 > Math.min(bytes, SAMPLE);
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** Whether the start of a byte array looks like binary data rather than text. */
function looksBinaryBytes(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, SAMPLE);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return true;
    if (isControl(c)) control++;
  }
  return control * 10 > n;
}

/**
 * Finds the first byte where `bytes` stops being valid UTF-8.
 * Returns -1 when all is valid; `{ tail }` when the only fault is an incomplete
 * sequence at the very end (a cut, not corruption).
 */
export function findInvalidUtf8(bytes: Uint8Array): number | { tail: number } {
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    let max = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = b === 0xe0 ? 0xa0 : 0x80;
      if (b === 0xed) max = 0x9f; // no surrogates
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = b === 0xf0 ? 0x90 : 0x80;
      if (b === 0xf4) max = 0x8f;
    } else {
      return i;
    }
    for (let k = 1; k <= need; k++) {
      if (i + k >= n) return { tail: i };
      const c = bytes[i + k]!;
      const lo = k === 1 ? min : 0x80;
      const hi = k === 1 ? max : 0xbf;
      if (c < lo || c > hi) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Line and column (1-based, UTF-16 units) of a byte offset in valid UTF-8 bytes. */
function positionOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const b = bytes[i]!;
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  // a byte order mark at the very start is not part of the text; anywhere else it is a character
  const bom = lineStart === 0 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf && offset >= 3 ? 1 : 0;
  const column = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes.subarray(lineStart, offset)).length + 1 - bom;
  return { line, column };
}

/** Line and column just past the end of `text`, counting LF, CRLF and CR as line breaks (as the front ends do). */
function lastPosition(text: string): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      start = i + 1;
    }
  }
  return { line, column: text.length - start + 1 };
}

/**
 * Strips a character cut in half at the end of the text (U+FFFD, or a lone high
 * surrogate), with any white space after it: a capture cuts the dump wherever its byte
 * budget runs out, and a decoder upstream may have turned the cut character into U+FFFD
 * (and a saved file may end with a line break).
 */
function dropCutCharacter(text: string, warnings: ParseIssue[]): string {
  const content = text.trimEnd().length;
  let end = content;
  while (end > 0) {
    const c = text.charCodeAt(end - 1);
    if (c === 0xfffd || (c >= 0xd800 && c <= 0xdbff)) end--;
    else break;
  }
  if (end === content) return text;
  const kept = text.slice(0, end);
  const at = lastPosition(kept);
  warnings.push(
    issue("truncated_input", "warning", at, "Expected a whole character at the end of the input, found a character cut in half.", text.slice(Math.max(0, end - 20))),
  );
  return kept;
}

/**
 * Reads a string or UTF-8 bytes as text: rejects binary data and invalid UTF-8
 * (with the byte offset), treats an incomplete sequence at the very end as a cut,
 * and strips a leading byte order mark.
 */
export function decodeInput(input: string | Uint8Array): Decoded {
  const warnings: ParseIssue[] = [];
  let text: string;
  if (typeof input === "string") {
    // text never holds NUL, wherever it stands: past the sample, a page read on would keep it
    const nul = input.indexOf("\u0000");
    // positions leave out a byte order mark, which is not part of the text
    if (nul !== -1) return { ok: false, error: nulFound(lastPosition(input.slice(input.charCodeAt(0) === 0xfeff ? 1 : 0, nul))) };
    if (looksBinaryText(input)) return { ok: false, error: binaryFound() };
    text = dropCutCharacter(input, warnings);
  } else {
    const nul = input.indexOf(0);
    if (nul !== -1) return { ok: false, error: nulFound(positionOfByte(input, nul)) };
    if (looksBinaryBytes(input)) return { ok: false, error: binaryFound() };
    const wellFormed = decodeWellFormed(input);
    // bytes may carry the U+FFFD that an earlier decoder made of a cut character
    if (wellFormed !== null) return finish(dropCutCharacter(wellFormed, warnings), warnings);
    const bad = findInvalidUtf8(input);
    let bytes = input;
    if (typeof bad === "number" && bad !== -1) {
      const at = positionOfByte(input, bad);
      const hex = Array.from(input.subarray(bad, bad + 4), (b) => b.toString(16).padStart(2, "0")).join(" ");
      return {
        ok: false,
        error: { ...issue("invalid_utf8", "error", at, `Expected UTF-8 text, found an invalid byte sequence at byte ${bad}.`, hex), byteOffset: bad },
      };
    }
    if (typeof bad === "object") {
      bytes = input.subarray(0, bad.tail);
      const at = positionOfByte(input, bad.tail);
      warnings.push({
        ...issue("truncated_input", "warning", at, `Expected a whole character at the end of the input, found an incomplete UTF-8 sequence at byte ${bad.tail}.`, ""),
        byteOffset: bad.tail,
      });
    }
    text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    if (warnings.length === 0) text = dropCutCharacter(text, warnings);
  }
  return finish(text, warnings);
}

/**
 * Decodes bytes that are well-formed UTF-8, natively and in one pass; null when they
 * are not (invalid, or cut at the end), for `findInvalidUtf8` to say where. Both follow
 * Unicode's table of well-formed sequences, so they agree on what is valid.
 */
function decodeWellFormed(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Too many control characters in the first 4 KB. */
function binaryFound(): ParseIssue {
  return issue("binary_input", "error", { line: 1, column: 1 }, "Expected text, found binary data (NUL or control characters).", "");
}

/** The input is judged as a whole, so the issue stands at its start; the message says where the NUL is. */
function nulFound(at: { line: number; column: number }): ParseIssue {
  return issue("binary_input", "error", { line: 1, column: 1 }, `Expected text, found binary data (a NUL character at line ${at.line}, column ${at.column}).`, "");
}

function finish(text: string, warnings: ParseIssue[]): Decoded {
  return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, warnings };
}
