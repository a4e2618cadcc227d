import { hasSpaceRun, type LineDocument, type SourceLine } from "./lines.js";

/**
 * Whether a UTF-16 code unit is white space that `String.prototype.trim` removes
 * (WhiteSpace and LineTerminator in ECMAScript: tab to carriage return, space,
 * no-break space, the Zs separators, U+2028, U+2029 and U+FEFF).
 */
export function isTrimmedSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * The text front end: splits visible page text into trimmed, positioned,
 * non-blank lines. Line breaks may be LF, CRLF or CR; white space (including
 * non-breaking spaces) is trimmed at line edges only.
 */
export function textToLines(text: string): LineDocument {
  const lines: SourceLine[] = [];
  const n = text.length;
  let lineNo = 1;
  let start = 0;
  // The next LF and CR at or after `start`, found with indexOf (native and fast) and
  // looked up again only once passed, so the text is scanned once; most dumps have no CR.
  let lf = text.indexOf("\n");
  let cr = text.indexOf("\r");
  for (;;) {
    // a run of empty lines (most dumps separate blocks with them) needs no lookup per line
    for (let c = text.charCodeAt(start); c === 10 || c === 13; c = text.charCodeAt(start)) {
      start += c === 13 && text.charCodeAt(start + 1) === 10 ? 2 : 1;
      lineNo++;
    }
    if (lf !== -1 && lf < start) lf = text.indexOf("\n", start);
    if (cr !== -1 && cr < start) cr = text.indexOf("\r", start);
    const end = lf === -1 ? (cr === -1 ? n : cr) : cr === -1 || lf < cr ? lf : cr;
    // trim by looking at the edges only; one slice per kept line
    let first = start;
    while (first < end && isTrimmedSpace(text.charCodeAt(first))) first++;
    if (first < end) {
      let last = end;
      while (isTrimmedSpace(text.charCodeAt(last - 1))) last--;
      lines.push({ text: text.slice(first, last), line: lineNo, column: first - start + 1 });
    }
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    lineNo++;
  }
  return { lines, endLine: lineNo, issues: [], url: null, publishedTime: null, spaceRuns: hasSpaceRun(text) };
}
