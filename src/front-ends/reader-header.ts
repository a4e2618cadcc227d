import type { ParseIssue } from "../schema/issue.js";
import { issue } from "../issues.js";

/** What the reader service's header says. */
export interface ReaderHeader {
  /** `URL Source:` as printed, or null. */
  url: string | null;
  /** Where the `URL Source:` line starts, when there is one. */
  urlAt?: { line: number; column: number };
  /** `Published Time:` as printed, or null. */
  publishedTime: string | null;
  /** Index of the first line after the header (0 when there is none). */
  next: number;
}

const TITLE = "Title:";
const URL_SOURCE = "URL Source:";
const PUBLISHED_TIME = "Published Time:";
const WARNING = "Warning:";
const CONTENT = "Markdown Content:";
const KEYS = [TITLE, URL_SOURCE, PUBLISHED_TIME, WARNING, CONTENT];

/**
 * Reads the header a reader service puts before a page's markdown: `Title:`, then
 * `URL Source:`, optional `Published Time:` and `Warning:` lines, then
 * `Markdown Content:`. It starts only at a first non-blank line `Title: ...` and
 * runs over blank and keyed lines to `Markdown Content:` (or the first other line).
 * `Title:` is the document title, not the article's, which the page itself prints;
 * `Published Time:` is kept as printed and never read as a date (it may be the
 * server's time); each `Warning:` becomes a `reader_warning` issue.
 */
export function readReaderHeader(raw: readonly string[], issues: ParseIssue[]): ReaderHeader {
  const header: ReaderHeader = { url: null, publishedTime: null, next: 0 };
  let k = 0;
  while (k < raw.length && raw[k]!.trim().length === 0) k++;
  if (k === raw.length || !raw[k]!.trimStart().startsWith(TITLE)) return header;
  for (; k < raw.length; k++) {
    const text = raw[k]!.trim();
    if (text.length === 0) continue;
    const key = KEYS.find((name) => text.startsWith(name));
    if (key === undefined) break;
    const value = text.slice(key.length).trim();
    const column = raw[k]!.length - raw[k]!.trimStart().length + 1;
    if (key === URL_SOURCE) {
      header.url = value.length > 0 ? value : null;
      if (value.length > 0) header.urlAt = { line: k + 1, column };
      else delete header.urlAt;
    }
    else if (key === PUBLISHED_TIME) header.publishedTime = value.length > 0 ? value : null;
    else if (key === WARNING) {
      issues.push(issue("reader_warning", "warning", { line: k + 1, column }, `Expected no reader-service warning, found "${value}".`, text));
    } else if (key === CONTENT) {
      k++;
      break;
    }
  }
  header.next = k;
  return header;
}
