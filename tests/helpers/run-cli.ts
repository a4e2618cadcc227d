// Runs the built CLI as users do (node dist/cli.js) and reads what it printed.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CliRecordSchema, type CliRecord } from "../../src/cli/records.js";

export const ROOT = join(import.meta.dirname, "..", "..");
export const CLI = join(ROOT, "dist", "cli.js");
export const SAMPLE = join(ROOT, "tests", "fixtures", "complete-sample", "input.txt");

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Fails early, with the fix, when the CLI has not been built. */
export function requireBuild(): void {
  if (!existsSync(CLI) || !existsSync(join(ROOT, "dist", "cli-worker.js"))) {
    throw new Error("dist/cli.js is missing: run `npm run build` first (npm test does).");
  }
}

export function runCli(args: readonly string[], options: { stdin?: string | Uint8Array; cwd?: string } = {}): Promise<CliRun> {
  return startCli(args, options).done;
}

/** Starts the CLI; `done` resolves when it has exited. */
export function startCli(args: readonly string[], options: { stdin?: string | Uint8Array; cwd?: string } = {}): { child: ChildProcessWithoutNullStreams; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, stdio: ["pipe", "pipe", "pipe"] });
  const done = new Promise<CliRun>((resolve, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      resolve({ code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
    });
    child.stdin.on("error", () => {}); // the CLI may exit before reading all of it
    child.stdin.end(options.stdin ?? "");
  });
  return { child, done };
}

/** Parses JSONL output, checking every line against the record schema. */
export function parseRecords(jsonl: string): CliRecord[] {
  if (jsonl === "") return [];
  if (!jsonl.endsWith("\n")) throw new Error("JSONL output must end with a line break");
  return jsonl
    .slice(0, -1)
    .split("\n")
    .map((line) => CliRecordSchema.parse(JSON.parse(line)));
}

/** A fresh temporary folder; `cleanup` removes every one made. */
const made: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "kcnawatch-cli-"));
  made.push(dir);
  return dir;
}
export function cleanup(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The first line of the summary printed on stderr, parsed into its counts. */
export function summaryCounts(stderr: string): { inputs: number; ok: number; failed: number; duplicates: number } {
  const m = /^kcnawatch-parse: (\d+) inputs? in [\d.]+ s \(\d+ pages\/s\): (\d+) ok, (\d+) failed, (\d+) duplicates?/m.exec(stderr);
  if (!m) throw new Error(`no summary in stderr:\n${stderr}`);
  return { inputs: Number(m[1]), ok: Number(m[2]), failed: Number(m[3]), duplicates: Number(m[4]) };
}
