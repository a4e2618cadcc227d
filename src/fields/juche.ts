import { isoDate } from "./calendar.js";

/** Juche 1 is 1912: a Juche year plus this is the Gregorian year. */
const JUCHE_OFFSET = 1911;

/**
 * Converts a Juche-era year to the Gregorian year (Juche 1 = 1912).
 *
 * @param jucheYear - a whole Juche year, 1 or later
 * @returns the Gregorian year, or null for anything that is not a whole Juche year (0, negative, fractional)
 * @example
 * ```ts
 * import { jucheToGregorianYear } from "kcnawatch-parser";
 * jucheToGregorianYear(113); // 2024
 * jucheToGregorianYear(0); // null
 * ```
 */
export function jucheToGregorianYear(jucheYear: number): number | null {
  if (!Number.isInteger(jucheYear) || jucheYear < 1 || jucheYear > 9999 - JUCHE_OFFSET) return null;
  return jucheYear + JUCHE_OFFSET;
}

/**
 * Converts a Gregorian year to the Juche-era year; years before 1912 have none.
 *
 * @param year - a whole Gregorian year
 * @returns the Juche year, or null for years before 1912 (or not whole numbers)
 * @example
 * ```ts
 * import { gregorianToJucheYear } from "kcnawatch-parser";
 * gregorianToJucheYear(2024); // 113
 * gregorianToJucheYear(1900); // null
 * ```
 */
export function gregorianToJucheYear(year: number): number | null {
  if (!Number.isInteger(year) || year <= JUCHE_OFFSET || year > 9999) return null;
  return year - JUCHE_OFFSET;
}

/**
 * Converts a Juche-era date to an ISO Gregorian date, rejecting impossible dates.
 *
 * @param jucheYear - the Juche year
 * @param month - month, 1-12
 * @param day - day of the month
 * @returns the ISO `YYYY-MM-DD` date, or null when the date does not exist
 * @example
 * ```ts
 * import { jucheDateToIso } from "kcnawatch-parser";
 * jucheDateToIso(113, 5, 27); // "2024-05-27"
 * jucheDateToIso(113, 2, 30); // null
 * ```
 */
export function jucheDateToIso(jucheYear: number, month: number, day: number): string | null {
  const year = jucheToGregorianYear(jucheYear);
  return year === null ? null : isoDate(year, month, day);
}
