import { readFileSync, statSync } from "node:fs";
import { safeParsePage, type IssueCode, type ParseOptions } from "kcnawatch-parser";
import { fileKind } from "./file-kind.js";
import { readJsonlRecord } from "./jsonl-record.js";
import { errorFromParse, errorRecord, formatRecord, pageRecord, type RecordError, type RecordStyle } from "./records.js";

/** Where an input's page comes from. */
export type PageSource =
  | { kind: "file"; path: string }
  | { kind: "text"; text: string | Uint8Array; url: string | null }
  /** One line of a JSONL corpus, read in the worker so that the main thread only splits lines. */
  | { kind: "jsonl"; bytes: Uint8Array }
  /** An input that failed before parsing (a broken JSONL line, an unreadable stream). */
  | { kind: "failed"; error: RecordError };

/** One input to parse; `seq` is its place in input order. */
export interface Job {
  seq: number;
  input: string;
  source: PageSource;
}

/** What became of one input: its record, already formatted, and what the summary needs. */
export type Outcome =
  | { seq: number; input: string; ok: true; id: string; warnings: IssueCode[]; text: string }
  | { seq: number; input: string; ok: false; code: IssueCode; text: string };

/** What every page is parsed and written with; plain data, so it crosses to worker threads. */
export interface PageConfig {
  strict: boolean;
  timeoutMs: number;
  maxInputBytes: number;
  /** JSONL fields holding the page and its address (`--field`, `--url-field`). */
  field: string;
  urlField: string;
  style: RecordStyle;
}

/** The outcome of an input that failed, formatted. */
export function failedOutcome(job: Pick<Job, "seq" | "input">, error: RecordError, style: RecordStyle): Outcome {
  return { seq: job.seq, input: job.input, ok: false, code: error.code, text: formatRecord(errorRecord(job.input, error), style) };
}

/**
 * Reads and parses one input and formats its record. It never throws: a read
 * failure, a parser exception or a page slower than the time limit is an error record.
 */
export function processJob(job: Job, config: PageConfig): Outcome {
  const started = performance.now();
  return parseJob(job, readJob(job, config), config, started);
}

/** The first half of {@link processJob}: the job's page, read (a file) or taken from its JSONL line. */
export function readJob(job: Job, config: PageConfig): PageInput {
  const { source } = job;
  return source.kind === "failed" ? { error: source.error } : pageOf(source, config);
}

/** The second half of {@link processJob}: parses a page from {@link readJob} and formats its record. */
export function parseJob(job: Job, page: PageInput, config: PageConfig, started: number): Outcome {
  if ("error" in page) return failedOutcome(job, page.error, config.style);
  const { bytes, url } = page;
  const options: ParseOptions | undefined = config.strict || url !== null ? { strict: config.strict, url } : undefined;
  let outcome: Outcome;
  try {
    const result = safeParsePage(bytes, options);
    if (!result.success) return failedOutcome(job, errorFromParse(result.error), config.style);
    const page = result.data;
    outcome = {
      seq: job.seq,
      input: job.input,
      ok: true,
      id: page.article.id,
      warnings: page.warnings.map((w) => w.code),
      text: formatRecord(pageRecord(job.input, page), config.style),
    };
  } catch (e) {
    const message = `Expected the parser to return a result, found it threw: ${e instanceof Error ? e.message : String(e)}.`;
    return failedOutcome(job, { code: "worker_crashed", message, line: 1, column: 1 }, config.style);
  }
  const elapsed = performance.now() - started;
  // Without a worker thread a slow page cannot be stopped, but it still counts as failed.
  if (elapsed > config.timeoutMs) return failedOutcome(job, timeoutError(config.timeoutMs, elapsed), config.style);
  return outcome;
}

/** The error of a page that took longer than `--page-timeout`. */
export function timeoutError(timeoutMs: number, elapsedMs: number | null): RecordError {
  const found = elapsedMs === null ? "it still running" : `it took ${seconds(elapsedMs)}`;
  return { code: "page_timeout", message: `Expected the page to parse within ${seconds(timeoutMs)} (--page-timeout), found ${found}.`, line: 1, column: 1 };
}

function seconds(ms: number): string {
  return `${Number((ms / 1000).toPrecision(3))} s`;
}

/** A page ready to parse, or why there is none. */
export type PageInput = { bytes: string | Uint8Array; url: string | null } | { error: RecordError };

function pageOf(source: Exclude<PageSource, { kind: "failed" }>, config: PageConfig): PageInput {
  if (source.kind === "text") return { bytes: source.text, url: source.url };
  if (source.kind === "file") return readPage(source.path, config.maxInputBytes);
  const record = readJsonlRecord(source.bytes, config.field, config.urlField);
  return "error" in record ? record : { bytes: record.text, url: record.url };
}

/** Reads a page file, refusing one over the size limit before reading it. */
function readPage(path: string, maxInputBytes: number): PageInput {
  try {
    const stat = statSync(path);
    // Checked again here: the file may have been replaced since it was listed.
    if (!stat.isFile()) return { error: readFailed(`Expected a regular file, found ${fileKind(stat)} at ${path}.`) };
    if (stat.size > maxInputBytes) return { error: tooLarge(maxInputBytes, String(stat.size)) };
    return { bytes: readFileSync(path), url: null };
  } catch (e) {
    return { error: readFailed(`Expected a readable file, found: ${e instanceof Error ? e.message : String(e)}.`) };
  }
}

/** An `input_too_large` error for an input refused before it is read whole. */
export function tooLarge(maxBytes: number, found: string): RecordError {
  return { code: "input_too_large", message: `Expected at most ${maxBytes} bytes (maxInputBytes), found ${found}.`, line: 1, column: 1 };
}

/** A `read_failed` error; a read has no position inside the page, so it points at its start. */
export function readFailed(message: string): RecordError {
  return { code: "read_failed", message, line: 1, column: 1 };
}
