import type { PageFormat } from "./schema/page.js";

/** How far into the input detection looks for tags. */
const TAG_WINDOW = 1024;
/** How far into the input detection looks for markdown syntax and the reader header. */
const MARKDOWN_WINDOW = 4096;
const HTML_OPENERS = ["<!doctype html", "<html", "<head", "<body"];
const READER_TITLE = "Title:";
const READER_KEYS = ["URL Source:", "Markdown Content:"];

// Elements common enough on any page that three of them (one a closing tag) in the
// first KB mean markup, while `<` in running text (`a < b`, `<KCNA>`) names none.
const HTML_ELEMENTS: ReadonlySet<string> = new Set(
  ("a abbr article aside b blockquote body br button code div em figcaption figure footer form h1 h2 h3 h4 h5 h6 " +
    "head header hr html i iframe img input label li link main meta nav noscript ol option p picture pre script " +
    "section select small source span strong style sub sup svg table tbody td template th thead time title tr u ul")
    .split(" "),
);

/**
 * Tells which format a page dump is in, from its first few KB. Pure and cheap: it
 * never reads past the first 4 KB. Rules, in order:
 *
 * 1. **HTML** when, after a byte order mark and white space, the input starts with
 *    `<!doctype html`, `<html`, `<head` or `<body` (any letter case).
 * 2. **Markdown** when the first non-blank line starts with `Title:` and a line
 *    starting with `URL Source:` or `Markdown Content:` follows in the first 4 KB
 *    (the header a reader service puts before the page's markdown).
 * 3. **HTML** when the first 1 KB holds at least three tags of common HTML elements
 *    (`<p>`, `</div>`, `<a href=...>`, ...), at least one of them a closing tag.
 * 4. **Markdown** when the first 4 KB holds no such tag and has an ATX heading line
 *    (`# Title` to `###### Title`), a setext underline (`===` under a line), or an
 *    inline link or image (`[text](target)`, `![alt](src)`).
 * 5. **Text** otherwise. A text dump with stray `<`, `*`, `_` or `- ` bullets stays text.
 *
 * Pass `options.format` to {@link parsePage} to skip detection.
 *
 * @param input - the decoded dump
 * @returns `"html"`, `"markdown"` or `"text"`
 * @example
 * ```ts
 * import { detectFormat } from "kcnawatch-parser";
 * detectFormat("<!DOCTYPE html><html>...</html>"); // "html"
 * detectFormat("Title: Review\n\nURL Source: https://kcnawatch.org/\n\nMarkdown Content:\n..."); // "markdown"
 * detectFormat("Review\n\nDate: 27/05/2024 | Source: [KCNA.kp (En)](/source/kcna/)"); // "markdown"
 * detectFormat("Review\n\nDate: 27/05/2024\n\nPrices rose < 5% *again*."); // "text"
 * ```
 */
export function detectFormat(input: string): PageFormat {
  let start = 0;
  while (start < input.length && isSpaceOrBom(input.charCodeAt(start))) start++;
  const head = input.slice(start, start + MARKDOWN_WINDOW);
  const opening = head.slice(0, 16).toLowerCase();
  if (HTML_OPENERS.some((o) => opening.startsWith(o))) return "html";
  if (hasReaderHeader(head)) return "markdown";
  const tags = countTags(head.slice(0, TAG_WINDOW));
  if (tags.all >= 3 && tags.closing >= 1) return "html";
  if (countTags(head).all === 0 && hasMarkdownSyntax(head)) return "markdown";
  return "text";
}

function isSpaceOrBom(c: number): boolean {
  return c === 0xfeff || c === 32 || c === 9 || c === 10 || c === 13 || c === 12;
}

function hasReaderHeader(head: string): boolean {
  if (!head.startsWith(READER_TITLE)) return false;
  for (const line of head.split("\n")) {
    const text = line.trimStart();
    if (READER_KEYS.some((k) => text.startsWith(k))) return true;
  }
  return false;
}

function isAsciiLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 97 && l <= 122;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Counts `<name` and `</name` tags of known HTML elements. */
function countTags(text: string): { all: number; closing: number } {
  let all = 0;
  let closing = 0;
  for (let lt = text.indexOf("<"); lt !== -1; lt = text.indexOf("<", lt + 1)) {
    let i = lt + 1;
    const isClosing = text.charCodeAt(i) === 47; /* / */
    if (isClosing) i++;
    const nameStart = i;
    while (i < text.length && i - nameStart < 12 && (isAsciiLetter(text.charCodeAt(i)) || isDigit(text.charCodeAt(i)))) i++;
    const after = text.charCodeAt(i);
    const delimited = after === 62 /* > */ || after === 47 /* / */ || after === 32 || after === 9 || after === 10 || after === 13;
    if (delimited && HTML_ELEMENTS.has(text.slice(nameStart, i).toLowerCase())) {
      all++;
      if (isClosing) closing++;
    }
  }
  return { all, closing };
}

function hasMarkdownSyntax(head: string): boolean {
  let previousText = false;
  for (const raw of head.split("\n")) {
    const line = raw.trim();
    if (isAtxHeading(line)) return true;
    if (previousText && line.length >= 3 && isRunOf(line, 61 /* = */)) return true;
    if (hasInlineLink(line)) return true;
    previousText = line.length > 0;
  }
  return false;
}

function isAtxHeading(line: string): boolean {
  let i = 0;
  while (i < line.length && line.charCodeAt(i) === 35 /* # */) i++;
  return i >= 1 && i <= 6 && line.charCodeAt(i) === 32 && line.length > i + 1;
}

function isRunOf(line: string, c: number): boolean {
  for (let i = 0; i < line.length; i++) if (line.charCodeAt(i) !== c) return false;
  return true;
}

/** Whether a line holds `[text](target)` with a non-empty text and a target without spaces. */
function hasInlineLink(line: string): boolean {
  for (let mid = line.indexOf("]("); mid !== -1; mid = line.indexOf("](", mid + 2)) {
    const open = line.lastIndexOf("[", mid);
    const close = line.indexOf(")", mid + 2);
    if (open === -1 || close === -1 || close === mid + 2) continue;
    const target = line.slice(mid + 2, close);
    if (mid > open + 1 && !target.includes(" ")) return true;
  }
  return false;
}
