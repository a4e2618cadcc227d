import { isDigits, isoDate, monthNumber } from "./calendar.js";

/**
 * Reads a day-first numeric date, as printed on the `Date:` line of KCNA Watch
 * pages: `27/05/2024` is 27 May 2024. Returns the ISO date, or null when the text
 * is not such a date or names a day that does not exist (`31/02/2024`).
 *
 * @param text - the date as printed, `DD/MM/YYYY` (one- or two-digit day and month)
 * @returns the ISO `YYYY-MM-DD` date, or null
 * @example
 * ```ts
 * import { parseDayFirstDate } from "kcnawatch-parser";
 * parseDayFirstDate("01/08/2024"); // "2024-08-01"
 * parseDayFirstDate("31/02/2024"); // null
 * ```
 */
export function parseDayFirstDate(text: string): string | null {
  const parts = text.trim().split("/");
  if (parts.length !== 3) return null;
  const [d, m, y] = parts as [string, string, string];
  if (d.length > 2 || m.length > 2 || y.length !== 4 || !isDigits(d) || !isDigits(m) || !isDigits(y)) return null;
  return isoDate(Number(y), Number(m), Number(d));
}

/** Lengths of the shortest and longest long-form dates (`May 1, 2024`, `September 30, 2024`). */
const LONG_DATE_MIN = 11;
const LONG_DATE_MAX = 18;

/**
 * Reads an English long-form date such as `January 18, 2026` (the date under each
 * related item, and the capture line). Three-letter month abbreviations are accepted.
 *
 * @param text - the date as printed
 * @returns the ISO `YYYY-MM-DD` date, or null when the text is not a real date of that form
 * @example
 * ```ts
 * import { parseLongDate } from "kcnawatch-parser";
 * parseLongDate("January 18, 2026"); // "2026-01-18"
 * parseLongDate("Jan 8, 2026"); // "2026-01-08"
 * ```
 */
export function parseLongDate(text: string): string | null {
  const t = text.trim();
  // "May 1, 2024" to "September 30, 2024": rejects most lines (titles, excerpts) at once
  if (t.length < LONG_DATE_MIN || t.length > LONG_DATE_MAX) return null;
  const space = t.indexOf(" ");
  const comma = t.indexOf(", ", space + 1);
  if (space < 3 || comma === -1) return null;
  const month = monthNumber(t.slice(0, space));
  const day = t.slice(space + 1, comma);
  const year = t.slice(comma + 2);
  if (month === 0 || day.length > 2 || year.length !== 4 || !isDigits(day) || !isDigits(year)) return null;
  return isoDate(Number(year), month, Number(day));
}

/** A capture line read by {@link parseCaptureLine}. */
export interface CaptureLine {
  /** ISO date of the long form. */
  date: string;
  /** ISO date of the short form run on after it, or null when there is none. */
  shortDate: string | null;
}

/**
 * Reads the capture line that opens most dumps: the date the page was rendered,
 * in long form, often run together with the short form
 * (`January 20, 2026Jan 20, 2026`), or the long form alone.
 *
 * @param text - the first line of a dump
 * @returns the long form's date and the short form's (null when absent), or null when the line is not a capture line
 * @example
 * ```ts
 * import { parseCaptureLine } from "kcnawatch-parser";
 * parseCaptureLine("January 20, 2026Jan 20, 2026"); // { date: "2026-01-20", shortDate: "2026-01-20" }
 * parseCaptureLine("March 28, 2024"); // { date: "2024-03-28", shortDate: null }
 * ```
 */
export function parseCaptureLine(text: string): CaptureLine | null {
  const t = text.trim();
  const comma = t.indexOf(", ");
  if (comma === -1 || t.length < comma + 6) return null;
  const yearEnd = comma + 6;
  const date = parseLongDate(t.slice(0, yearEnd));
  if (date === null) return null;
  if (yearEnd === t.length) return { date, shortDate: null };
  const shortDate = parseLongDate(t.slice(yearEnd));
  return shortDate === null ? null : { date, shortDate };
}
