import type { ParseIssue } from "./schema/issue.js";
import type { PartialParsedPage } from "./schema/page.js";

const BRAND = Symbol.for("kcnawatch-parser.PageParseError");

/**
 * Thrown by {@link parsePage} (and returned by {@link safeParsePage}) when a dump is
 * not a valid page. `issues` is never empty: the first names the main problem and
 * where it is; `partial` carries whatever could be recovered, so nothing is lost.
 *
 * @example
 * ```ts
 * import { parsePage, PageParseError } from "kcnawatch-parser";
 * try {
 *   parsePage("Date: 02/06/2019\n\nPyongyang, June 2 (KCNA) -- Text.");
 * } catch (e) {
 *   if (e instanceof PageParseError) console.log(e.issues[0].code, e.issues[0].line); // "missing_title" 1
 * }
 * ```
 */
export class PageParseError extends Error {
  /** The problems, most important first; never empty. */
  readonly issues: [ParseIssue, ...ParseIssue[]];
  /** What could be recovered from the dump, when it got far enough to read anything. */
  readonly partial: PartialParsedPage | undefined;

  /**
   * @param issues - the problems, most important first
   * @param partial - what could be recovered, if anything
   */
  constructor(issues: [ParseIssue, ...ParseIssue[]], partial?: PartialParsedPage) {
    const first = issues[0];
    super(`${first.message} (line ${first.line}, column ${first.column}, ${first.code})`);
    this.name = "PageParseError";
    this.issues = issues;
    this.partial = partial;
    Object.defineProperty(this, BRAND, { value: true });
  }
}

/**
 * Whether a value is a {@link PageParseError}, also when it comes from another copy
 * of this package (an ESM and a CommonJS copy, or another realm), where `instanceof` fails.
 *
 * @param value - anything caught
 * @returns true for a PageParseError from any copy of this package
 * @example
 * ```ts
 * import { isPageParseError, parsePage } from "kcnawatch-parser";
 * try { parsePage(""); } catch (e) { if (isPageParseError(e)) console.log(e.issues[0].code); } // "empty_input"
 * ```
 */
export function isPageParseError(value: unknown): value is PageParseError {
  return typeof value === "object" && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
}
