import type { Stamp } from "../schema/article.js";
import { isDigits, isoDate } from "./calendar.js";
import { jucheDateToIso } from "./juche.js";
import { parseSourceLabel } from "./source-label.js";

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

/**
 * Names of DPRK media that sign off articles with a bare credit line. The page's own
 * source names (the `Date:` line's, the brand line's, the related heading's) count too.
 */
const MEDIA_NAMES: ReadonlySet<string> = new Set([
  "kcna", "korean central news agency", "rodong sinmun", "minju joson", "joson sinbo", "tongil sinbo",
  "pyongyang times", "naenara", "voice of korea", "uriminzokkiri", "arirang meari", "tongil voice",
  "rodong chongnyon", "kyowon sinmun", "munhak sinmun", "korean central tv", "dprk today", "ryugyong", "sogwang",
]);
const MAX_CREDIT_LENGTH = 80;
const MAX_CREDIT_WORDS = 8;
const MAX_EDITION_LENGTH = 3;
const CREDIT_BRACKETS: readonly (readonly [string, string])[] = [["《", "》"], ["〈", "〉"], ["«", "»"], ["[", "]"]];

/**
 * Reads a credit line that closes a body in place of a dated stamp: a bare source name
 * (`Rodong Sinmun`, the page's own source, with or without its edition) or a bracketed
 * editorial credit (`《Uriminzokkiri Editorial Bureau》`). The credit has the stamp's
 * shape with no site and no date. Whether the line closes the body is for the grammar
 * to say: in the middle of a press review the same name is a section heading.
 *
 * @param line - one trimmed line
 * @param sources - source names printed elsewhere on the page (editions are ignored)
 * @returns the credit as a stamp, or null when the line is not one
 */
export function parseCreditLine(line: string, sources: readonly string[]): Stamp | null {
  const text = line.trim();
  if (text.length === 0 || text.length > MAX_CREDIT_LENGTH) return null;
  const credit = { text, site: null, date: null };
  for (const [open, close] of CREDIT_BRACKETS) {
    if (!text.startsWith(open) || !text.endsWith(close)) continue;
    const inner = text.slice(open.length, -close.length).trim();
    const words = inner.split(" ").length;
    const last = inner.charCodeAt(inner.length - 1);
    const sentence = last === 46 || last === 33 || last === 63; // . ! ?
    return inner.length > 0 && words <= MAX_CREDIT_WORDS && !inner.includes(open) && !sentence ? credit : null;
  }
  const label = parseSourceLabel(text);
  // an edition is a language code (`En`, `Kr`): `Rodong Sinmun (Photos accompanied)` is no credit
  if (label.edition !== null && label.edition.length > MAX_EDITION_LENGTH) return null;
  const name = (label.name ?? "").toLowerCase();
  if (name.length === 0) return null;
  if (MEDIA_NAMES.has(name)) return credit;
  for (const source of sources) if (nameOf(source) === name) return credit;
  return null;
}

/** `Rodong Sinmun (En)` without ` (En)`, lower-cased. */
function nameOf(label: string): string {
  return (parseSourceLabel(label).name ?? "").toLowerCase();
}
