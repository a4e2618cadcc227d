/**
 * Splits text at LF, CRLF or CR, keeping every line (blank ones too) as written,
 * without its line break: line `k` of the result is line `k + 1` of the input, as the
 * text front end counts them. Strings, not objects: a page of millions of short lines
 * keeps one string per line. The scan reads `charCodeAt`, no regex per character.
 */
export function splitLines(text: string): string[] {
  const lines: string[] = [];
  const n = text.length;
  let start = 0;
  for (;;) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    lines.push(text.slice(start, end));
    if (end >= n) return lines;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}
