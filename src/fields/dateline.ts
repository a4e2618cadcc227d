import type { Dateline } from "../schema/article.js";
import { dayNumber, isDigits, isoDate, monthNumber } from "./calendar.js";

/** How far into a paragraph a dateline's ` -- ` may stand. */
const MAX_DATELINE_LENGTH = 80;

/**
 * Reads the dateline that opens many KCNA reports, `Pyongyang, May 27 (KCNA) -- ...`:
 * place, month name, day, agency in parentheses, then ` -- `. The dateline prints no
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
  const sep = paragraph.indexOf("--");
  if (sep < 8 || sep > MAX_DATELINE_LENGTH) return null;
  const head = paragraph.slice(0, sep).trimEnd();
  if (head.charCodeAt(head.length - 1) !== 41 /* ) */) return null;
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
