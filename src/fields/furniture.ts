/**
 * A set of lines that rejects a line by its length before looking it up: a lookup
 * hashes the whole string, and almost no line of a dump has a member's length.
 */
class LineSet extends Set<string> {
  readonly #lengths: Uint8Array;

  constructor(members: readonly string[]) {
    super(members);
    this.#lengths = new Uint8Array(Math.max(...members.map((m) => m.length)) + 1);
    for (const m of members) this.#lengths[m.length] = 1;
  }

  override has(text: string): boolean {
    return this.#lengths[text.length] === 1 && super.has(text);
  }
}

/**
 * Lines of page furniture (site chrome, not article text), matched whole.
 * Kept as data so that a newly seen line is a one-line change.
 */
export const FURNITURE_LINES: ReadonlySet<string> = new LineSet([
  "Share Button",
  "NK News is hiring",
  "Get North Korea headlines delivered to your inbox daily",
  "Subscribe to the NK News 'Daily Update' and get links to must-read stories each morning",
  "Subscribe to the NK News ‘Daily Update’ and get links to must-read stories each morning",
]);

/** Furniture lines that close a page, as the `More Articles` footer does. */
export const CLOSING_FURNITURE: ReadonlySet<string> = new LineSet([
  "Get North Korea headlines delivered to your inbox daily",
  "Subscribe to the NK News 'Daily Update' and get links to must-read stories each morning",
  "Subscribe to the NK News ‘Daily Update’ and get links to must-read stories each morning",
]);

/** The footer that ends a complete page. */
export const PAGE_FOOTER = "More Articles";

/** The heading that opens the related list: `More From <source>`. */
export const RELATED_HEADING_PREFIX = "More From ";

/** Longer lines are text whatever they name: the site's notices are one short line. */
const MAX_NOTICE_LENGTH = 200;

/**
 * Whether a line is page furniture: one of {@link FURNITURE_LINES}, or a short line
 * that names the hosting site (`NK News`, `NK Pro`, `KCNA Watch`). A DPRK report never
 * names them, so such a line is the site's own (a recruiting or subscription notice, a
 * promotion), wherever it stands.
 */
export function isFurniture(text: string): boolean {
  if (FURNITURE_LINES.has(text)) return true;
  if (text.length > MAX_NOTICE_LENGTH) return false;
  for (let at = text.indexOf("NK "); at !== -1; at = text.indexOf("NK ", at + 3)) {
    if (text.startsWith("News", at + 3) || text.startsWith("Pro", at + 3)) return true;
  }
  return text.includes("KCNA Watch");
}

/** Words of the site's notices: a short line with one of them right after the `Date:` line is a notice, not the body. */
const NOTICE_WORDS = ["hiring", "subscribe", "subscription", "newsletter", "sign up", "advertise", "job opening", "careers"] as const;
const MAX_HEADER_NOTICE_LENGTH = 120;

/**
 * Whether a line right after the `Date:` line (before the first paragraph) is a notice
 * of the site: short, with no final full stop, and worded as one (`hiring`,
 * `subscribe`, `newsletter`, ...). Article text opens with a sentence.
 */
export function isHeaderNotice(text: string): boolean {
  if (isFurniture(text)) return true;
  if (text.length > MAX_HEADER_NOTICE_LENGTH || text.endsWith(".")) return false;
  const lower = text.toLowerCase();
  return NOTICE_WORDS.some((word) => lower.includes(word));
}

/**
 * Whether a line is a copyright notice (`Copyright © 2003 - 2024 ...`, `© Uriminzokkiri`):
 * a short line with the copyright sign, or starting with the word `Copyright` and
 * holding a year. Partner sites print one under their articles; it is the site's, not the
 * article's.
 */
export function isCopyrightLine(text: string): boolean {
  if (text.length > MAX_NOTICE_LENGTH) return false;
  if (text.includes("©")) return true;
  const first = text.charCodeAt(0);
  if ((first | 0x20) !== 99 /* c */ && first !== 40 /* ( */) return false;
  const start = text.slice(0, 10).toLowerCase();
  return (start.startsWith("copyright") || start.startsWith("(c) ")) && hasYear(text);
}

function hasYear(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}
