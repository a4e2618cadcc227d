import type { Position } from "../issues.js";

/**
 * Maps character offsets of a text to 1-based line and column, counting LF, CRLF
 * and CR as line breaks the way the text front end does. Built in one pass; each
 * lookup is a binary search.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  /** @param text - the whole input */
  constructor(text: string) {
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10) {
        this.starts.push(i + 1);
      }
    }
  }

  /** The number of lines (a final line break opens one more, empty, line). */
  get lineCount(): number {
    return this.starts.length;
  }

  /** Line and column of the character at `offset`. */
  positionOf(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}
