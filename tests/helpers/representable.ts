// What a text dump can carry. A page whose text breaks one of these rules cannot come
// back from any dump unchanged (the same text means something else in the layout), so
// the page arbitraries keep to them; each rule says why no real dump shows it.
import { parseCaptureLine, parseDateline, parseLongDate, parseStamp, type ParsedPage } from "../../src/index.js";
import { isCutFixedLine, isCutStampLine } from "../../src/grammar/cut-line.js";
import { isCopyrightLine, isFurniture, isHeaderNotice, PAGE_FOOTER, RELATED_HEADING_PREFIX } from "../../src/fields/furniture.js";
import { bridgesName, continues, endsSentence } from "../../src/grammar/body.js";
import { parseCreditLine } from "../../src/fields/stamp.js";
import { hasSpaceRun } from "../../src/front-ends/lines.js";

/**
 * Text that a dump holds as one line: not empty, no line break, nothing the front end
 * trims at its edges, no run of white space or tab (the grammar reads a run as one
 * space). No C0 control characters and no U+FFFD either: real pages have none, and the decoder reads them as binary data and as a character cut by the capture.
 * Not a line of page furniture, `More Articles` or a `More From` heading: those are the
 * site's chrome wherever they stand.
 */
export function isDumpLine(text: string): boolean {
  if (text.length === 0 || text !== text.trim()) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9) || c === 0xfffd) return false;
  }
  return !hasSpaceRun(text) && !isFurniture(text) && text !== PAGE_FOOTER && !text.startsWith(RELATED_HEADING_PREFIX);
}

/**
 * A body paragraph: a dump line that is not a source stamp (a stamp line after the body
 * is the stamp) and does not end in `-0-` (that is the end mark, which real text uses
 * for nothing else).
 */
export function isParagraph(text: string): boolean {
  return isDumpLine(text) && parseStamp(text) === null && !text.endsWith("-0-");
}

/**
 * A title: a dump line that does not open with a dateline (a page starting with one
 * starts in the body), is not a capture line (the first line of a dump is read as one)
 * and does not start with `Date:`; and it is not the brand line `KCNA <source>` of its
 * own page.
 */
export function isTitle(text: string, source: string | null): boolean {
  if (!isDumpLine(text) || text.startsWith("Date:") || parseDateline(text) !== null || parseCaptureLine(text) !== null) return false;
  return source === null || text.toLowerCase() !== `KCNA ${source}`.toLowerCase();
}

/** A related item's title or excerpt: a dump line that is not a date (each item is anchored on its date line). */
export function isRelatedLine(text: string): boolean {
  return isDumpLine(text) && parseLongDate(text) === null;
}

/**
 * Whether two paragraphs in a row read as one paragraph split across a line break
 * (README: split paragraphs are rejoined; the grammar's own rule, `continues`). Real
 * dumps split lines exactly so (a bullet over a blank line), so a page with such a
 * pair has no dump of its own.
 */
export function joinsNext(previous: string, next: string): boolean {
  return continues(previous, next);
}

/**
 * Whether body paragraphs read as a dump's body would: no pair joins (see
 * {@link joinsNext}), no name stands alone inside a sentence (`bridgesName`), the
 * first is not a notice of the site, none is a copyright line (dropped wherever it
 * stands), and the last is not a credit line after a finished sentence, which a dump
 * prints after the body as its sign-off.
 */
export function isBody(paragraphs: readonly string[], sources: readonly string[]): boolean {
  const n = paragraphs.length;
  if (n === 0 || isHeaderNotice(paragraphs[0]!)) return false;
  for (let i = 1; i < n; i++) {
    if (joinsNext(paragraphs[i - 1]!, paragraphs[i]!)) return false;
    if (i + 1 < n && bridgesName(paragraphs[i - 1]!, paragraphs[i]!, paragraphs[i + 1])) return false;
  }
  const last = paragraphs[n - 1]!;
  return !paragraphs.some(isCopyrightLine) && !(n >= 2 && endsSentence(paragraphs[n - 2]!) && parseCreditLine(last, sources) !== null);
}

/**
 * Whether a truncated page renders to a dump that ends the way a cut does, and so is
 * read as cut there: its last line ends in U+FFFD or a lone high surrogate (a cut
 * character), or is the start of a fixed line (`More Fr`), of a stamp
 * (`www.kcna.kp (Juche11`), or of the related heading's name (`More From KCNA.kp`
 * under a source `KCNA.kp (En)`), or is a credit line that nothing follows (read as
 * text: a cut dump does not show that the body was over). A real dump ending so was cut
 * there; no page of real text ends so without being cut.
 */
export function endsAsCut(page: ParsedPage, rendered: string): boolean {
  if (!page.truncated) return false;
  // a credit line (a bare source name, a bracketed credit) closes a body only where the
  // page goes on after it; at the end of a cut dump it may be a press review's heading
  const stamp = page.article.stamp;
  if (stamp !== null && stamp.site === null && parseStamp(stamp.text) === null && page.relatedSource === null && page.related.length === 0) return true;
  const end = rendered.trimEnd();
  const c = end.charCodeAt(end.length - 1);
  if (c === 0xfffd || (c >= 0xd800 && c <= 0xdbff)) return true;
  const last = end.slice(end.lastIndexOf("\n") + 1).trim();
  if (isCutFixedLine(last) || isCutStampLine(last)) return true;
  const heading = page.relatedSource?.toLowerCase();
  const source = page.article.source?.toLowerCase();
  return page.related.length === 0 && heading !== undefined && source !== undefined && heading !== source && source.startsWith(heading);
}
