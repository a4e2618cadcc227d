import { createReadStream, statSync, truncateSync } from "node:fs";
import { CSV_COLUMNS, CsvRowReader } from "./csv.js";
import { fileKind } from "./file-kind.js";
import type { OutputFormat } from "./records.js";

/** What an earlier run left in the `--out` file. */
export interface PriorOutput {
  /**
   * How many records each input already has, keyed by the input exactly as records
   * name it (its whole path, not its file name): `--resume` skips that many
   * occurrences of it, so an input named twice is recorded twice.
   */
  done: Map<string, number>;
  /** First capture of each article id, so `--dedupe` goes on where it stopped. */
  firstById: Map<string, string>;
  /** Whether the file already holds records (a CSV file then has its header). */
  hasRecords: boolean;
}

/** An `--out` file that cannot be resumed: a usage problem, reported before any work. */
export class ResumeError extends Error {}

const idIndex = CSV_COLUMNS.indexOf("id");
const duplicateIndex = CSV_COLUMNS.indexOf("duplicate_of");

/**
 * Reads the records of an earlier run. A last record cut by a hard kill (no line
 * break after it) is cut off the file, so that the input is parsed again and the
 * file stays one complete record per line.
 */
export async function readPriorOutput(path: string, format: OutputFormat): Promise<PriorOutput> {
  const prior: PriorOutput = { done: new Map(), firstById: new Map(), hasRecords: false };
  let stats;
  try {
    stats = statSync(path);
  } catch {
    return prior; // no file yet: nothing done
  }
  // A pipe or a device cannot be resumed from, and reading one (/dev/zero) may never end.
  if (!stats.isFile()) throw new ResumeError(`expected a regular file, found ${fileKind(stats)}`);
  let completeBytes = 0;
  let pending = false;
  if (format === "csv") {
    const reader = new CsvRowReader();
    let header = true;
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      reader.push(chunk, (row, end) => {
        completeBytes = end;
        if (header) {
          if (row.join(",") !== CSV_COLUMNS.join(",")) throw new ResumeError(`${path} does not start with the CSV header this version writes`);
          header = false;
          return;
        }
        const [input, ok] = row;
        if (input === undefined) return;
        countDone(prior.done, input);
        const id = row[idIndex];
        if (ok === "true" && id && !row[duplicateIndex] && !prior.firstById.has(id)) prior.firstById.set(id, input);
      });
    }
    pending = reader.pending;
    prior.hasRecords = !header;
  } else {
    const jsonl = await readJsonlRecords(path, prior);
    completeBytes = jsonl.completeBytes;
    pending = jsonl.pending;
  }
  if (pending) truncateSync(path, completeBytes);
  return prior;
}

async function readJsonlRecords(path: string, prior: PriorOutput): Promise<{ completeBytes: number; pending: boolean }> {
  let parts: Buffer[] = [];
  let offset = 0;
  let completeBytes = 0;
  let number = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      parts.push(chunk.subarray(start, nl));
      number++;
      const text = Buffer.concat(parts).toString("utf8");
      parts = [];
      start = nl + 1;
      completeBytes = offset + start;
      if (text.trim() === "") continue;
      const record = recordOf(text);
      if (record === null) throw new ResumeError(`${path} line ${number} is not a record this command writes`);
      countDone(prior.done, record.input);
      prior.hasRecords = true;
      if (record.id !== null && !prior.firstById.has(record.id)) prior.firstById.set(record.id, record.input);
    }
    if (start < chunk.length) parts.push(chunk.subarray(start));
    offset += chunk.length;
  }
  return { completeBytes, pending: parts.length > 0 };
}

function countDone(done: Map<string, number>, input: string): void {
  done.set(input, (done.get(input) ?? 0) + 1);
}

/**
 * Whether an input is already recorded; each call uses up one of its records, so a
 * second occurrence of an input recorded once is not.
 */
export function takeDone(done: Map<string, number>, input: string): boolean {
  const left = done.get(input);
  if (left === undefined) return false;
  if (left === 1) done.delete(input);
  else done.set(input, left - 1);
  return true;
}

/** The input and first-capture article id of a JSONL record, or null when the line is not one. */
function recordOf(text: string): { input: string; id: string | null } | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== "object" || value === null) return null;
  const r = value as { input?: unknown; page?: { article?: { id?: unknown } } };
  if (typeof r.input !== "string") return null;
  const id = r.page?.article?.id;
  return { input: r.input, id: typeof id === "string" ? id : null };
}
