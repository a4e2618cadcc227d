import type * as z from "zod";
import type { LineDocument } from "./front-ends/lines.js";
import type { ParseIssue } from "./schema/issue.js";
import type { PageFormat, ParsedPage, PartialParsedPage } from "./schema/page.js";
import { ParsedPageSchema } from "./schema/page.js";
import { PageParseError } from "./error.js";
import { issue } from "./issues.js";
import { DEFAULT_OPTIONS, ParseOptionsSchema, type ParseOptions, type ResolvedParseOptions } from "./options.js";
import { decodeInput } from "./front-ends/decode.js";
import { checkAddresses } from "./front-ends/addresses.js";
import { readPage } from "./grammar/page.js";

const START = { line: 1, column: 1 };

/**
 * The result of {@link safeParsePage}: the page, or the error that {@link parsePage} would throw.
 *
 * @example
 * ```ts
 * import { safeParsePage, type SafeParseResult } from "kcnawatch-parser";
 * declare const dump: string;
 * const r: SafeParseResult = safeParsePage(dump);
 * if (r.success) console.log(r.data.article.title); else console.log(r.error.issues[0].code);
 * ```
 */
export type SafeParseResult =
  | {
      /** The dump is a valid page. */
      success: true;
      /** The page. */
      data: ParsedPage;
    }
  | {
      /** The dump is not a valid page. */
      success: false;
      /** Why, where, and what could be recovered. */
      error: PageParseError;
    };

/**
 * Turns decoded text into positioned lines: picks the format (the forced one, or a
 * detected one) and runs its front end.
 */
export type LineReader = (text: string, forced: PageFormat | undefined) => { format: PageFormat; doc: LineDocument };

/**
 * Runs the whole pipeline (options, limits, decoding, the given front ends, grammar,
 * validation) and never throws. Entries differ only in the `LineReader` they pass,
 * so an entry that passes the text front end alone bundles no other.
 */
export function runPipeline(
  input: string | Uint8Array,
  options: ParseOptions | undefined,
  readLines: LineReader,
  schema: z.ZodType<ResolvedParseOptions> = ParseOptionsSchema,
): SafeParseResult {
  const resolved = resolveOptions(options, schema);
  if (!Array.isArray(resolved)) return run(input, resolved, readLines);
  return { success: false, error: new PageParseError(resolved as [ParseIssue, ...ParseIssue[]]) };
}

/** The page, or the error thrown. */
export function orThrow(result: SafeParseResult): ParsedPage {
  if (result.success) return result.data;
  throw result.error;
}

function resolveOptions(options: ParseOptions | undefined, schema: z.ZodType<ResolvedParseOptions>): ResolvedParseOptions | ParseIssue[] {
  if (options === undefined) return DEFAULT_OPTIONS;
  const parsed = schema.safeParse(options);
  if (parsed.success) return parsed.data;
  return parsed.error.issues.map((i) =>
    issue("invalid_option", "error", START, `Expected a valid value for option "${i.path.join(".")}": ${i.message}.`, i.path.join(".")),
  );
}

function fail(first: ParseIssue, rest: ParseIssue[] = [], partial?: PartialParsedPage): SafeParseResult {
  return { success: false, error: new PageParseError([first, ...rest], partial) };
}

function run(input: string | Uint8Array, options: ResolvedParseOptions, readLines: LineReader): SafeParseResult {
  if (typeof input !== "string" && !(input instanceof Uint8Array)) {
    return fail(issue("invalid_option", "error", START, `Expected a string or Uint8Array input, found ${input === null ? "null" : typeof input}.`, ""));
  }
  if (input.length === 0) return fail(issue("empty_input", "error", START, "Expected a page dump, found empty input.", ""));
  const size = typeof input === "string" ? utf8Length(input, options.maxInputBytes) : input.length;
  if (size > options.maxInputBytes) {
    // a string over the limit is not measured to its end, so neither are bytes: the same input, the same message
    return fail(issue("input_too_large", "error", START, `Expected at most ${options.maxInputBytes} bytes (maxInputBytes), found more.`, ""));
  }
  const decoded = decodeInput(input);
  if (!decoded.ok) return fail(decoded.error);
  const { format, doc } = readLines(decoded.text, options.format);
  if (doc.lines.length === 0) return fail(issue("blank_input", "error", START, "Expected a page dump, found only white space.", ""));
  for (const line of doc.lines) {
    if (line.text.length > options.maxLineLength) {
      return fail(issue("line_too_long", "error", line, `Expected lines of at most ${options.maxLineLength} characters (maxLineLength), found ${line.text.length}.`, line.text));
    }
  }
  doc.issues.push(...decoded.warnings);
  const pageUrl = checkAddresses(doc, options.url, decoded.text.length);
  const { page, errors } = readPage(doc, format, pageUrl, { maxRelatedItems: options.maxRelatedItems, maxWarnings: options.maxWarnings });
  const [first, ...rest] = errors;
  if (first !== undefined) return fail(first, rest, page);
  if (options.strict && page.warnings.length > 0) {
    const asErrors = page.warnings.map((w) => ({ ...w, severity: "error" as const }));
    return fail(asErrors[0]!, asErrors.slice(1), page);
  }
  const complete = page as ParsedPage;
  if (options.validate) {
    const checked = ParsedPageSchema.safeParse(complete);
    if (!checked.success) {
      const problems = checked.error.issues.map((i) =>
        issue("schema_violation", "error", START, `Expected the result to satisfy ParsedPageSchema at "${i.path.join(".")}": ${i.message}.`, i.path.join(".")),
      );
      return fail(problems[0]!, problems.slice(1), page);
    }
  }
  return { success: true, data: complete };
}

/** UTF-8 length of a string (as `TextEncoder` writes it), stopping early (Infinity) once past `limit`. */
function utf8Length(text: string, limit: number): number {
  if (text.length > limit) return Infinity;
  if (text.length * 3 <= limit) return text.length; // cannot exceed; exact size not needed
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3; // a lone surrogate is written as U+FFFD, three bytes
    if (bytes > limit) return Infinity;
  }
  return bytes;
}
