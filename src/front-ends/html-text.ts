import type { Link } from "./lines.js";

/** Words separated by single spaces, with no white space that would collapse at the edges. */
const COLLAPSED = /^[^\t\n\f\r ]+(?: [^\t\n\f\r ]+)*$/;

/** A line of visible text as laid out, before positions are attached. */
export interface LaidLine {
  /** The text, trimmed. */
  text: string;
  /** Offset in the input of the line's first character. */
  offset: number;
  /** Links in the line. */
  links: Link[];
  /** Whether the line lies inside a `<main>` landmark. */
  main: boolean;
}

/**
 * Lays out visible text into lines the way `innerText` does: runs of ASCII white
 * space collapse to one space and vanish at line edges (except in preformatted
 * text), block boundaries and `<br>` end lines, and each link's visible text is kept
 * with its target, split at line ends when a link spans lines.
 */
export class TextLayout {
  /** The finished lines. */
  readonly lines: LaidLine[] = [];
  private text = "";
  private first = -1;
  private firstMain = false;
  private space = false;
  /** Where each link's text lies in `text`, read when the line ends: slicing the text while it is still being appended to would copy all of it at every link. */
  private spans: { href: string; start: number; end: number }[] = [];
  private link: { href: string; start: number } | null = null;

  /**
   * Adds text whose character `i` came from input offset `at(i)`.
   *
   * @param chunk - decoded text
   * @param base - input offset of the chunk's first character
   * @param stride - 1 when characters map one to one to the input, 0 when all come from `base` (a character reference)
   * @param pre - whether white space is preserved
   * @param main - whether the text is inside `<main>`
   */
  add(chunk: string, base: number, stride: number, pre: boolean, main: boolean): void {
    // Text already collapsed (words and single spaces, no white space at its edges) is
    // most of a page's text: it goes in whole instead of word by word.
    if (!pre && COLLAPSED.test(chunk)) {
      if (this.space) this.text += " ";
      this.space = false;
      this.put(chunk, base, stride, main);
      return;
    }
    const n = chunk.length;
    let i = 0;
    while (i < n) {
      const c = chunk.charCodeAt(i);
      if (pre) {
        if (c === 10 || c === 13) {
          this.endLine();
          i += c === 13 && chunk.charCodeAt(i + 1) === 10 ? 2 : 1;
          continue;
        }
        let j = i + 1;
        while (j < n && chunk.charCodeAt(j) !== 10 && chunk.charCodeAt(j) !== 13) j++;
        this.put(chunk.slice(i, j), base + i * stride, stride, main);
        i = j;
        continue;
      }
      if (isCollapsible(c)) {
        this.space = this.text.length > 0;
        i++;
        continue;
      }
      let j = i + 1;
      while (j < n && !isCollapsible(chunk.charCodeAt(j))) j++;
      if (this.space) this.text += " ";
      this.space = false;
      this.put(chunk.slice(i, j), base + i * stride, stride, main);
      i = j;
    }
  }

  /** Adds a tab between table cells on one row. */
  cellBreak(): void {
    if (this.text.length === 0) return;
    this.text += "\t";
    this.space = false;
  }

  /** Starts a link: the text added until {@link endLink} is its text. */
  startLink(href: string): void {
    this.endLink();
    this.link = { href, start: this.text.length };
  }

  /** Ends the open link, if any. */
  endLink(): void {
    if (this.link === null) return;
    this.keepLink(this.link);
    this.link = null;
  }

  /** Ends the current line (block boundary or `<br>`); blank lines are not kept. */
  endLine(): void {
    if (this.link !== null) {
      this.keepLink(this.link);
      this.link.start = 0;
    }
    const whole = this.text;
    const text = whole.trim();
    if (text.length > 0) {
      const links: Link[] = [];
      for (const span of this.spans) {
        const shown = whole.slice(span.start, span.end).trim();
        if (shown.length > 0) links.push({ text: shown, href: span.href });
      }
      this.lines.push({ text, offset: this.first, links, main: this.firstMain });
    }
    this.text = "";
    this.first = -1;
    this.space = false;
    this.spans = [];
  }

  private keepLink(link: { href: string; start: number }): void {
    if (this.text.length > link.start) this.spans.push({ href: link.href, start: link.start, end: this.text.length });
  }

  private put(run: string, at: number, stride: number, main: boolean): void {
    if (this.first === -1) {
      for (let k = 0; k < run.length; k++) {
        if (!isTrimmed(run.charCodeAt(k))) {
          this.first = at + k * stride;
          this.firstMain = main;
          break;
        }
      }
    }
    this.text += run;
  }
}

/** ASCII white space, which CSS collapses. */
function isCollapsible(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13 || c === 12;
}

/** White space that `String.prototype.trim` removes at line edges. */
function isTrimmed(c: number): boolean {
  return (
    (c >= 9 && c <= 13) || c === 32 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}
