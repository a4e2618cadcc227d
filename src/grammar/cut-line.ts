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
