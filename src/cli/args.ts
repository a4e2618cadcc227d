import { availableParallelism } from "node:os";
import { parseArgs } from "node:util";
import { OUTPUT_FORMATS, type OutputFormat } from "./records.js";
import { parseShard, type Shard } from "./shard.js";

/** Everything a run needs, checked. */
export interface CliConfig {
  inputs: string[];
  mode: "pages" | "jsonl";
  field: string;
  urlField: string;
  exts: Set<string>;
  format: OutputFormat;
  out: string | null;
  pretty: boolean;
  unordered: boolean;
  strict: boolean;
  dedupe: boolean;
  jobs: number;
  timeoutMs: number;
  shard: Shard | null;
  resume: boolean;
  failOn: "errors" | "warnings" | "never";
  quiet: boolean;
}

/** What the command line asks for. */
export type Command = { kind: "help" } | { kind: "version" } | { kind: "run"; config: CliConfig };

/** A bad command line: exit code 2, the message and a hint to `--help`. */
export class UsageError extends Error {}

const OPTIONS = {
  input: { type: "string" },
  field: { type: "string" },
  "url-field": { type: "string" },
  ext: { type: "string" },
  format: { type: "string" },
  out: { type: "string" },
  pretty: { type: "boolean" },
  unordered: { type: "boolean" },
  strict: { type: "boolean" },
  dedupe: { type: "boolean" },
  jobs: { type: "string" },
  "page-timeout": { type: "string" },
  shard: { type: "string" },
  resume: { type: "boolean" },
  "fail-on": { type: "string" },
  quiet: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

const PAGE_EXTS = "txt,md,html,htm";
const JSONL_EXTS = "jsonl,ndjson";
const EXT_LIST = /^\.?[\da-z]+(?:,\.?[\da-z]+)*$/i;
const INTEGER = /^\d{1,4}$/;
const DECIMAL = /^\d{1,6}(?:\.\d{1,6})?$/;
const MAX_JOBS = 256;

/** Reads the command line (without `node` and the script). */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    throw new UsageError(argsMessage(e as Error & { code?: string }));
  }
  const v = parsed.values;
  if (v.help) return { kind: "help" };
  if (v.version) return { kind: "version" };

  const inputs = parsed.positionals;
  if (inputs.length === 0) throw new UsageError("expected at least one input: a file, a folder, or - for standard input");
  if (inputs.filter((i) => i === "-").length > 1) throw new UsageError("standard input (-) can be read only once");

  const mode = oneOf("--input", v.input ?? "pages", ["pages", "jsonl"] as const);
  if (mode === "pages" && (v.field !== undefined || v["url-field"] !== undefined)) {
    throw new UsageError(`${v.field !== undefined ? "--field" : "--url-field"} needs --input jsonl`);
  }
  const format = oneOf("--format", v.format ?? "jsonl", OUTPUT_FORMATS);
  if (v.pretty && format !== "json") throw new UsageError("--pretty needs --format json (JSONL and CSV keep one record per line)");
  const ext = v.ext ?? (mode === "jsonl" ? JSONL_EXTS : PAGE_EXTS);
  if (!EXT_LIST.test(ext)) throw new UsageError(`--ext expects extensions separated by commas, like ${PAGE_EXTS}; found "${ext}"`);
  const out = v.out ?? null;
  if (out === "") throw new UsageError("--out expects a file name");
  if (v.resume && out === null) throw new UsageError("--resume needs --out: it skips the inputs already recorded there");
  if (v.resume && format === "json") throw new UsageError("--resume needs --format jsonl or csv (a JSON array cannot be appended to)");

  return {
    kind: "run",
    config: {
      inputs,
      mode,
      field: nonEmpty("--field", v.field ?? "html"),
      urlField: nonEmpty("--url-field", v["url-field"] ?? "url"),
      exts: new Set(ext.toLowerCase().split(",").map((e) => e.replace(/^\./, ""))),
      format,
      out,
      pretty: v.pretty ?? false,
      unordered: v.unordered ?? false,
      strict: v.strict ?? false,
      dedupe: v.dedupe ?? false,
      jobs: v.jobs === undefined ? availableParallelism() : jobsOf(v.jobs),
      timeoutMs: v["page-timeout"] === undefined ? 5000 : timeoutOf(v["page-timeout"]),
      shard: v.shard === undefined ? null : shardOf(v.shard),
      resume: v.resume ?? false,
      failOn: oneOf("--fail-on", v["fail-on"] ?? "errors", ["errors", "warnings", "never"] as const),
      quiet: v.quiet ?? false,
    },
  };
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${option} expects ${allowed.join(", ")}; found "${value}"`);
}

function nonEmpty(option: string, value: string): string {
  if (value.length === 0) throw new UsageError(`${option} expects a field name`);
  return value;
}

function jobsOf(text: string): number {
  const n = INTEGER.test(text) ? Number(text) : NaN;
  if (n >= 1 && n <= MAX_JOBS) return n;
  throw new UsageError(`--jobs expects a whole number from 1 to ${MAX_JOBS}; found "${text}"`);
}

function timeoutOf(text: string): number {
  const seconds = DECIMAL.test(text) ? Number(text) : NaN;
  if (seconds > 0) return seconds * 1000;
  throw new UsageError(`--page-timeout expects a number of seconds above 0, like 5 or 0.5; found "${text}"`);
}

function shardOf(text: string): Shard {
  const shard = parseShard(text);
  if (shard) return shard;
  throw new UsageError(`--shard expects K/N with 1 <= K <= N, like 2/8; found "${text}"`);
}

/** Node's parseArgs messages, reworded to one short line in the style of the others. */
function argsMessage(e: Error & { code?: string }): string {
  const option = /^Unknown option '([^']+)'/.exec(e.message)?.[1];
  if (e.code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && option) return `unknown option ${option}`;
  const named = /^Option '([^']+)'/.exec(e.message)?.[1]?.replace(/ <value>$/, "").replace(/^-\w, /, "");
  if (named && e.message.endsWith("argument missing")) return `${named} expects a value`;
  if (named && e.message.endsWith("does not take an argument")) return `${named} takes no value`;
  if (named && e.message.includes("argument is ambiguous")) return `${named} expects a value; write ${named}=VALUE for one that starts with -`;
  return e.message;
}
