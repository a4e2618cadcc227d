import type { Stamp } from "../schema/article.js";
import { isDigits, isoDate } from "./calendar.js";
import { jucheDateToIso } from "./juche.js";

/** The bare agency line some pages print in place of a dated stamp. */
const BARE_STAMPS: ReadonlySet<string> = new Set(["KCNA"]);

/**
 * Reads the source stamp printed after a KCNA body: `www.kcna.kp (Juche113.5.27.)`
 * (Juche year: 113 + 1911 = 2024) or, on newer pages, `www.kcna.kp (2025.04.23.)`.
 * A bare `KCNA` line is a stamp without a date. A stamp whose date does not exist
 * keeps its text with `date: null`.
 *
 * @param line - one trimmed line
 * @returns the stamp, or null when the line is not one
 * @example
 * ```ts
 * import { parseStamp } from "kcnawatch-parser";
 * parseStamp("www.kcna.kp (Juche113.5.27.)"); // { text: "www.kcna.kp (Juche113.5.27.)", site: "www.kcna.kp", date: "2024-05-27" }
 * parseStamp("www.kcna.kp (2025.04.23.)")?.date; // "2025-04-23"
 * ```
 */
export function parseStamp(line: string): Stamp | null {
  const text = line.trim();
  // cheap tests first: they spare hashing every body line for the set lookup
  if (text.length > 60) return null;
  if (text.charCodeAt(text.length - 1) !== 41 /* ) */) return BARE_STAMPS.has(text) ? { text, site: null, date: null } : null;
  const open = text.indexOf(" (");
  if (open < 4) return null;
  const site = text.slice(0, open);
  if (!isHostName(site)) return null;
  let inner = text.slice(open + 2, -1);
  if (inner.endsWith(".")) inner = inner.slice(0, -1);
  const juche = inner.startsWith("Juche");
  const parts = (juche ? inner.slice(5) : inner).split(".");
  if (parts.length !== 3 || !parts.every((p) => isDigits(p) && p.length <= 4)) return null;
  const [y, m, d] = parts.map(Number) as [number, number, number];
  const date = juche ? jucheDateToIso(y, m, d) : isoDate(y, m, d);
  return { text, site, date };
}

/** Whether text is a dotted host name such as `www.kcna.kp` (letters, digits, dots, hyphens). */
function isHostName(text: string): boolean {
  if (!text.includes(".") || text.startsWith(".") || text.endsWith(".")) return false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i) | 0x20;
    const ok = (c >= 97 && c <= 122) || (text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) || c === 0x2e || c === 0x2d;
    if (!ok) return false;
  }
  return true;
}
