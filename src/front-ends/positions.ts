import type { Position } from "../issues.js";

/**
 * Maps character offsets of a text to 1-based line and column, counting LF, CRLF
 * and CR as line breaks the way the text front end does. Built in one pass. Lookups
 * search from the line of the last one (galloping, then binary search), so offsets
 * asked in increasing order, as a front end asks them, cost linear time in all.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** The line (0-based) of the last lookup. */
  private last = 0;

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
    const { starts } = this;
    let lo = 0;
    let hi = starts.length - 1;
    if (starts[this.last]! <= offset) {
      // gallop forward from the last line: the answer lies within twice the step
      lo = this.last;
      let step = 1;
      while (lo + step <= hi && starts[lo + step]! <= offset) {
        lo += step;
        step *= 2;
      }
      hi = Math.min(hi, lo + step - 1);
    }
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    this.last = lo;
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }
}
