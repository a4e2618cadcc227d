import * as z from "zod";
import { IssueCodeSchema, ParsedPageSchema, type ParsedPage, type PageParseError } from "kcnawatch-parser";
import { csvRow } from "./csv.js";

/** The error of an input that yields no page: the first issue, positioned in that input. */
export const RecordErrorSchema = z.object({
  code: IssueCodeSchema,
  message: z.string().min(1),
  line: z.int().min(1),
  column: z.int().min(1),
});

/** One input that parsed. */
export const PageRecordSchema = z.object({ input: z.string(), ok: z.literal(true), page: ParsedPageSchema });

/** A later capture of an article already written (`--dedupe`): it names the first. */
export const DuplicateRecordSchema = z.object({
  input: z.string(),
  ok: z.literal(true),
  duplicateOf: z.string().describe("The input of the first capture of the article."),
  id: z.string().describe("The shared `article.id`."),
});

/** One input that failed. */
export const ErrorRecordSchema = z.object({ input: z.string(), ok: z.literal(false), error: RecordErrorSchema });

/** Every record the CLI writes: exactly one per input. */
export const CliRecordSchema = z.union([PageRecordSchema, DuplicateRecordSchema, ErrorRecordSchema]);

/** The error of a failed input. */
export type RecordError = z.infer<typeof RecordErrorSchema>;
/** The record of an input that parsed. */
export type PageRecord = z.infer<typeof PageRecordSchema>;
/** The record of a later capture of an article (`--dedupe`). */
export type DuplicateRecord = z.infer<typeof DuplicateRecordSchema>;
/** The record of an input that failed. */
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
/** Any record the CLI writes. */
export type CliRecord = z.infer<typeof CliRecordSchema>;

/** The values of `--format`. */
export const OUTPUT_FORMATS = ["jsonl", "json", "csv"] as const;
/** One of {@link OUTPUT_FORMATS}. */
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** How records are written: enough for a worker thread to format its own records. */
export interface RecordStyle {
  format: OutputFormat;
  pretty: boolean;
}

/** The record of a failed input, from the first issue of its error. */
export function errorFromParse(error: PageParseError): RecordError {
  const first = error.issues[0];
  return { code: first.code, message: first.message, line: first.line, column: first.column };
}

/**
 * Serialises one record without its separator. JSON records inside a pretty JSON
 * array are indented one level further, so the array reads as one document.
 */
export function formatRecord(record: CliRecord, style: RecordStyle): string {
  if (style.format === "csv") return csvRow(record);
  if (!style.pretty) return JSON.stringify(record);
  return JSON.stringify(record, null, 2).replaceAll("\n", "\n  ");
}

/** The record of an input that parsed. */
export function pageRecord(input: string, page: ParsedPage): PageRecord {
  return { input, ok: true, page };
}

/** The record of an input that failed. */
export function errorRecord(input: string, error: RecordError): ErrorRecord {
  return { input, ok: false, error };
}
