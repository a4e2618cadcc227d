import type { Dateline } from "../schema/article.js";
import { dayNumber, isDigits, isoDate, monthNumber } from "./calendar.js";

/**
 * Dashes that may follow the agency: the usual ` -- `, or one dash of any form (hyphen,
 * en dash, em dash, horizontal bar, figure dash, minus sign, full-width hyphen).
 */
const DASHES: ReadonlySet<string> = new Set(["-", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\u2212", "\ufe58", "\ufe63", "\uff0d"]);

/** How far into a paragraph a dateline's closing parenthesis may stand. */
const MAX_DATELINE_LENGTH = 80;

/**
 * Reads the dateline that opens many KCNA reports, `Pyongyang, May 27 (KCNA) -- ...`:
 * place, month name, day, agency in parentheses, then ` -- ` (or any one dash:
 * `Pyongyang, February 17 (KCNA) — ...`). The dateline prints no
 * year; pass the publication date (or year) to resolve `date`, choosing the year that
 * puts the dateline nearest the publication date (a report dated December 31 may be
 * published on January 1).
 *
 * @param paragraph - the first body paragraph, or any text that may start with a dateline
 * @param reference - the publication date (ISO) or year used to resolve the dateline's year
 * @returns the dateline, or null when the text does not start with one
 * @example
 * ```ts
 * import { parseDateline } from "kcnawatch-parser";
 * parseDateline("Pyongyang, May 27 (KCNA) -- Following are ...", "2024-05-27");
 * // { text: "Pyongyang, May 27 (KCNA)", place: "Pyongyang", month: 5, day: 27, agency: "KCNA", date: "2024-05-27" }
 * ```
 */
export function parseDateline(paragraph: string, reference?: string | number | null): Dateline | null {
  const close = paragraph.indexOf(")");
  if (close < 8 || close > MAX_DATELINE_LENGTH) return null;
  let sep = close + 1;
  while (paragraph.charCodeAt(sep) === 32 || paragraph.charCodeAt(sep) === 0xa0) sep++;
  if (!DASHES.has(paragraph[sep] ?? "")) return null;
  const head = paragraph.slice(0, close + 1);
  const open = head.lastIndexOf("(");
  if (open < 0) return null;
  const agency = head.slice(open + 1, -1).trim();
  const beforeAgency = head.slice(0, open).trimEnd();
  const comma = beforeAgency.lastIndexOf(", ");
  if (comma < 1 || agency.length === 0 || agency.includes("(")) return null;
  const place = beforeAgency.slice(0, comma).trim();
  const monthDay = beforeAgency.slice(comma + 2).split(" ");
  if (monthDay.length !== 2) return null;
  const month = monthNumber(monthDay[0]!.endsWith(".") ? monthDay[0]!.slice(0, -1) : monthDay[0]!);
  const dayText = monthDay[1]!;
  if (month === 0 || dayText.length > 2 || !isDigits(dayText)) return null;
  const day = Number(dayText);
  if (day < 1 || day > 31 || place.length === 0 || place.includes("(") || place.includes(")")) return null;
  return { text: head, place, month, day, agency, date: resolveYear(month, day, reference) };
}

function resolveYear(month: number, day: number, reference: string | number | null | undefined): string | null {
  if (reference === null || reference === undefined) return null;
  if (typeof reference === "number") return isoDate(reference, month, day);
  const year = Number(reference.slice(0, 4));
  if (!Number.isInteger(year)) return null;
  const target = dayNumber(reference);
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const y of [year - 1, year, year + 1]) {
    const candidate = isoDate(y, month, day);
    if (candidate === null) continue;
    const distance = Math.abs(dayNumber(candidate) - target);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
