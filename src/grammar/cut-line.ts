import { FURNITURE_LINES, PAGE_FOOTER, RELATED_HEADING_PREFIX } from "../fields/furniture.js";

/** Lines whose whole text is fixed by the page: the footer, furniture, the bare stamp, the `Date:` label. */
const FIXED_LINES: readonly string[] = [PAGE_FOOTER, ...FURNITURE_LINES, "KCNA", "Date:"];
const HEADING = RELATED_HEADING_PREFIX.trimEnd();

/**
 * Whether the last line of a cut dump is a line of fixed text cut short: the start of
 * the `More From` heading (up to its whole prefix, since a name must follow), of the
 * footer, of a furniture line, of the bare `KCNA` stamp or of the `Date:` label. Such a
 * fragment is page structure, not article text; the cut itself is reported with it.
 */
export function isCutFixedLine(text: string): boolean {
  if (text.length === 0) return false;
  if (HEADING.startsWith(text)) return true;
  return FIXED_LINES.some((fixed) => text.length < fixed.length && fixed.startsWith(text));
}

const JUCHE = "Juche";

/**
 * Whether the last line of a cut dump may be a source stamp cut short, as
 * `www.kcna.kp (Juche114` is: a host name (letters, digits, dots, hyphens), then
 * possibly ` (` and the start of its date. After the end mark, where the article is
 * over, such a line is the stamp, not text; a line with other text is text.
 */
export function isCutStampLine(text: string): boolean {
  const open = text.indexOf(" (");
  const host = open === -1 ? text : text.slice(0, open);
  if (host.length === 0 || !isHostText(host)) return false;
  if (open === -1) return true;
  let date = text.slice(open + 2);
  if (JUCHE.startsWith(date)) return true;
  if (date.startsWith(JUCHE)) date = date.slice(JUCHE.length);
  for (let i = 0; i < date.length; i++) {
    const c = date.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || c === 46 || (c === 41 && i === date.length - 1))) return false;
  }
  return true;
}

/** Letters, digits, dots and hyphens, starting with a letter or digit. */
function isHostText(text: string): boolean {
  const first = text.charCodeAt(0) | 0x20;
  if (!((first >= 97 && first <= 122) || (text.charCodeAt(0) >= 48 && text.charCodeAt(0) <= 57))) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const lower = c | 0x20;
    if (!((lower >= 97 && lower <= 122) || (c >= 48 && c <= 57) || c === 46 || c === 45)) return false;
  }
  return true;
}
