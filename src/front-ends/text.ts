import type { LineDocument, SourceLine } from "./lines.js";

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
  while (start <= n) {
    let end = start;
    // scan to the next line break; charCodeAt keeps this loop free of regexes
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    if (end > start) {
      const raw = text.slice(start, end);
      const left = raw.trimStart();
      if (left.length > 0) {
        lines.push({ text: left.trimEnd(), line: lineNo, column: raw.length - left.length + 1 });
      }
    }
    if (end >= n) break;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
    lineNo++;
  }
  return { lines, endLine: lineNo, issues: [], url: null, publishedTime: null };
}
