/** One line of the input as written, without its line break. */
export interface RawLine {
  /** The line's text, untrimmed. */
  text: string;
  /** 1-based line number. */
  line: number;
}

/**
 * Splits text at LF, CRLF or CR, keeping every line (blank ones too) with its
 * 1-based number, as the text front end counts them. The scan reads `charCodeAt`,
 * no regex per character.
 */
export function splitLines(text: string): RawLine[] {
  const lines: RawLine[] = [];
  const n = text.length;
  let start = 0;
  for (;;) {
    let end = start;
    while (end < n) {
      const c = text.charCodeAt(end);
      if (c === 10 || c === 13) break;
      end++;
    }
    lines.push({ text: text.slice(start, end), line: lines.length + 1 });
    if (end >= n) return lines;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}
