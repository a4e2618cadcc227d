import * as z from "zod";

/**
 * Every issue code the parser can report, as a closed set.
 *
 * Errors stop a page from being an {@link Article}; warnings are recoverable
 * oddities reported on {@link ParsedPage.warnings} (and turned into errors by
 * `strict: true`). The README lists each code with its meaning.
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from "kcnawatch-parser";
 * ISSUE_CODES.includes("missing_title"); // true
 * ```
 */
export const ISSUE_CODES = [
  // input-level errors
  "empty_input",
  "blank_input",
  "binary_input",
  "invalid_utf8",
  "input_too_large",
  "line_too_long",
  "invalid_option",
  // structural errors
  "missing_title",
  "missing_body",
  "not_an_article",
  // warnings
  "truncated_input",
  "missing_date_line",
  "invalid_date",
  "capture_date_mismatch",
  "brand_source_mismatch",
  "related_source_mismatch",
  "related_title_mismatch",
  "related_excerpt_mismatch",
  "related_item_incomplete",
  "unexpected_line",
  "too_many_related_items",
  "too_many_warnings",
  "unsafe_url",
  "reader_warning",
  "invalid_link_reference",
  "output_too_large",
  "schema_violation",
  // batch errors: reported by the kcnawatch-parse CLI for one input of a corpus
  "read_failed",
  "invalid_jsonl_record",
  "page_timeout",
  "worker_crashed",
] as const;

/**
 * Zod schema of an issue code.
 *
 * @example
 * ```ts
 * import { IssueCodeSchema } from "kcnawatch-parser";
 * IssueCodeSchema.parse("missing_title"); // "missing_title"
 * ```
 */
export const IssueCodeSchema = z.enum(ISSUE_CODES).describe("Stable snake_case code of the issue.");

/**
 * An issue code: one of {@link ISSUE_CODES}.
 *
 * @example
 * ```ts
 * import type { IssueCode } from "kcnawatch-parser";
 * const code: IssueCode = "truncated_input";
 * ```
 */
export type IssueCode = z.infer<typeof IssueCodeSchema>;

/**
 * Zod schema of one problem found in a dump, positioned in the original input.
 *
 * @example
 * ```ts
 * import { ParseIssueSchema } from "kcnawatch-parser";
 * ParseIssueSchema.parse({
 *   code: "missing_title", severity: "error", line: 1, column: 1,
 *   message: "Expected a title line before the Date: line, found the Date: line.",
 *   excerpt: "Date: 02/06/2019",
 * });
 * ```
 */
export const ParseIssueSchema = z
  .object({
    code: IssueCodeSchema,
    severity: z.enum(["error", "warning"]).describe("`error` stops the page; `warning` is recoverable."),
    message: z.string().min(1).describe("One sentence: what was expected and what was found."),
    line: z.int().min(1).describe("1-based line in the original input."),
    column: z.int().min(1).describe("1-based column (UTF-16 code units) in that line."),
    excerpt: z.string().describe("The offending text, at most 80 characters."),
    byteOffset: z.int().min(0).optional().describe("0-based byte offset, for byte-level problems (invalid UTF-8)."),
  })
  .describe("One problem found in a dump.");

/**
 * One problem found in a dump: a code, a one-sentence message and its position.
 *
 * @example
 * ```ts
 * import type { ParseIssue } from "kcnawatch-parser";
 * const show = (i: ParseIssue) => `${i.line}:${i.column} ${i.code}: ${i.message}`;
 * ```
 */
export type ParseIssue = z.infer<typeof ParseIssueSchema>;
