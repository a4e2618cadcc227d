/** The site cuts related excerpts at about this many characters. */
export const EXCERPT_CUT_LENGTH = 130;

/** An excerpt this long or longer is taken to have met the cut. */
const NEAR_CUT = 100;

const FINAL = new Set([".", "!", "?", "…", "。"]);
const CLOSERS = new Set(['"', "”", "’", "'", ")", "»", "》", "」", "』"]);

/**
 * Whether a related item's excerpt is cut short of its article's text. The site cuts
 * excerpts at about 130 characters, so an excerpt is taken as whole only when it is
 * clearly shorter than that (under 100 characters) and ends with final punctuation
 * (optionally followed by closing quotes or brackets).
 *
 * @param excerpt - the excerpt as printed
 * @returns true when the excerpt is (or may be) cut
 * @example
 * ```ts
 * import { isExcerptTruncated } from "kcnawatch-parser";
 * isExcerptTruncated("Kim Jong Un inspected a farm."); // false
 * isExcerptTruncated("The respected Comrade Kim Jong Un received congratulatory messages and letters from different countries on the occasion of the New"); // true
 * ```
 */
export function isExcerptTruncated(excerpt: string): boolean {
  if (excerpt.length >= NEAR_CUT) return true;
  let end = excerpt.length;
  while (end > 0 && CLOSERS.has(excerpt[end - 1]!)) end--;
  return end === 0 || !FINAL.has(excerpt[end - 1]!);
}
