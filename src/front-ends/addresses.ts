import type { Link, LineDocument, SourceLine } from "./lines.js";
import { parseItemUrl } from "../fields/item-url.js";
import { issue, type Position } from "../issues.js";
import { resolveUrl } from "../url.js";

/** Characters of URL fields a page may hold per character (UTF-16 code unit) of input. */
export const URL_CHARS_PER_INPUT_CHAR = 8;
/** Characters of URL fields a page may hold whatever the input's length. */
export const URL_CHARS_ALLOWANCE = 4096;

const START: Position = { line: 1, column: 1 };

/**
 * Checks the addresses a page's URL fields will come from, before the grammar reads
 * it, so that output stays proportional to input:
 *
 * - the URL fields (`article.url`, `originalUrl`, every related item's `url`) total
 *   at most {@link URL_CHARS_PER_INPUT_CHAR} × `inputLength` +
 *   {@link URL_CHARS_ALLOWANCE} characters. Every link a front end kept is charged
 *   in page order, as long as it will be once resolved against the page address (a
 *   reference definition used a thousand times, a relative link against a long page
 *   address, a link around many lines: each copy counts); once the bound is reached,
 *   the rest lose their targets, with one `output_too_large` warning at the first.
 *   A page address over the bound on its own is dropped, with the same warning.
 * - an item address whose Unix seconds fall after year 9999 gets an `invalid_date`
 *   warning (`addedAt` is then null).
 *
 * Changes `doc` in place (its links, its address, its issues) and returns the page
 * address the grammar is to take from the options: `optionsUrl`, or null once dropped.
 */
export function checkAddresses(doc: LineDocument, optionsUrl: string | null, inputLength: number): string | null {
  const raw = optionsUrl ?? doc.url;
  const at = optionsUrl !== null ? START : (doc.urlAt ?? START);
  const budget = URL_CHARS_PER_INPUT_CHAR * inputLength + URL_CHARS_ALLOWANCE;
  const resolved = raw === null ? null : resolveUrl(raw, null);
  let base: string | null = resolved?.ok === true ? resolved.href : null;
  let kept = optionsUrl;
  if (base !== null && base.length > budget) {
    doc.issues.push(issue("output_too_large", "warning", at,
      `Expected a page address of at most ${budget} characters (${URL_CHARS_PER_INPUT_CHAR} per input character, plus ${URL_CHARS_ALLOWANCE}), found ${base.length}; it is dropped.`, raw!));
    doc.url = null;
    kept = null;
    base = null;
  }
  if (base !== null) checkItemDate(base, at, doc);
  boundLinks(doc, base, budget - (base?.length ?? 0), budget);
  return kept;
}

/** Warns when an item address's Unix seconds give no four-digit year. */
function checkItemDate(url: string, at: Position, doc: LineDocument): void {
  const item = parseItemUrl(url);
  if (item === null || item.addedAt !== null) return;
  const seconds = item.itemId.slice(0, item.itemId.indexOf("-"));
  doc.issues.push(issue("invalid_date", "warning", at,
    `Expected the item address's Unix seconds to fall in a four-digit year, found ${seconds} (after 9999-12-31); addedAt is null.`, url));
}

/**
 * Charges every link, in page order, with the length it will have once resolved; the
 * first that does not fit in `room`, and every later one, keep their text and lose
 * their target. Lengths are worked out exactly only near the bound: until then each
 * ASCII target is charged a bound that needs no parsing (the page address for a
 * target without its own authority, three characters per character for
 * percent-encoding, 16 for a host written as a number), and when a link's bound does
 * not fit, the links charged so far are settled at their exact lengths (each at most
 * once) before deciding. A non-ASCII target is always resolved (a host's IDNA
 * mapping can lengthen it); an unsafe or unresolvable one costs nothing: it is
 * dropped later, with a warning that quotes an excerpt of it.
 */
function boundLinks(doc: LineDocument, base: string | null, room: number, budget: number): void {
  let exact = 0; // characters of the links settled
  let bounded = 0; // upper bound of the links not yet settled
  const unsettled: Link[] = [];
  let first: SourceLine | null = null;
  let dropped = 0;
  // a page that repeats one target (the usual way to be long) resolves it once
  let lastHref: string | null = null;
  let lastLength = 0;
  const resolve = (href: string): number => {
    if (href !== lastHref) {
      lastHref = href;
      lastLength = resolvedLength(href, base);
    }
    return lastLength;
  };
  for (const line of doc.lines) {
    const links = line.links;
    if (links === undefined) continue;
    for (let k = 0; k < links.length; k++) {
      const link = links[k]!;
      if (first === null) {
        const guess = quickBound(link.href, base, room - exact - bounded);
        if (exact + bounded + guess <= room) {
          bounded += guess;
          unsettled.push(link);
          continue;
        }
        for (const settled of unsettled) exact += resolve(settled.href);
        unsettled.length = 0;
        bounded = 0;
        const cost = resolve(link.href);
        if (exact + cost <= room) {
          exact += cost;
          continue;
        }
        first = line;
      }
      links[k] = { text: link.text, href: "" };
      dropped++;
    }
  }
  if (first !== null) {
    doc.issues.push(issue("output_too_large", "warning", first,
      `Expected link targets of at most ${budget} characters in all (${URL_CHARS_PER_INPUT_CHAR} per input character, plus ${URL_CHARS_ALLOWANCE}), found more; ${dropped} link${dropped === 1 ? "" : "s"} from here on lose their targets.`, first.text));
  }
}

/** The resolved length of a target: 0 when it is dropped as unsafe or unresolvable. */
function resolvedLength(href: string, base: string | null): number {
  const resolved = resolveUrl(href, base);
  return resolved.ok ? resolved.href.length : 0;
}

/** An upper bound of a target's resolved length without parsing it, or Infinity (non-ASCII, or over `limit`). */
function quickBound(href: string, base: string | null, limit: number): number {
  let bound = 16 + (base !== null && !hasAuthority(href) ? base.length : 0);
  for (let i = 0; i < href.length && bound <= limit; i++) bound += href.charCodeAt(i) < 0x80 ? 3 : Infinity;
  return bound;
}

/** Whether a target starts with a scheme and `//` (so the page address gives it nothing). */
function hasAuthority(href: string): boolean {
  let i = 0;
  while (i < href.length && href.charCodeAt(i) <= 32) i++;
  const start = i;
  for (; i < href.length; i++) {
    const c = href.charCodeAt(i) | 0x20;
    const letter = c >= 97 && c <= 122;
    if (!letter && (i === start || !isSchemeSymbol(href.charCodeAt(i)))) break;
  }
  return i > start && href.startsWith("://", i);
}

function isSchemeSymbol(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}
