// Output that cannot be written: a full disk (/dev/full gives ENOSPC on Linux), a file
// over the size limit (ulimit -f gives EFBIG), a closed pipe (EPIPE). The run ends with
// exit code 1 and a summary saying so, counts as written only records the system took,
// and prints no stack trace.
import { spawn, type StdioOptions } from "node:child_process";
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT, SAMPLE, cleanup, parseRecords, requireBuild, runCli, summaryCounts, tempDir, type CliRun } from "../helpers/run-cli.js";

const linux = process.platform === "linux" && existsSync("/dev/full");
const sample = readFileSync(SAMPLE, "utf8");
const PAGES = 60;

/** Spawns a command with the given stdio and collects what it prints on the pipes among them. */
function run(command: string, args: string[], stdio: StdioOptions, setup: (child: ReturnType<typeof spawn>) => void = () => {}): Promise<CliRun> {
  const child = spawn(command, args, { cwd: ROOT, stdio });
  setup(child);
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout?.on("data", (b: Buffer) => out.push(b));
    child.stderr?.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
  });
}

/** Runs the CLI with its standard output going to a file opened for writing. */
async function runToFile(file: string, args: string[]): Promise<CliRun> {
  const fd = openSync(file, "w");
  try {
    return await run(process.execPath, [CLI, ...args], ["ignore", fd, "pipe"]);
  } finally {
    closeSync(fd);
  }
}

const records = (n: number) => (n === 1 ? "1 record" : `${n} records`);

/** Standard error holds the summary and nothing else (no stack trace). */
function expectOnlySummary(stderr: string): void {
  const lines = stderr.trimEnd().split("\n");
  expect(lines.filter((line) => !/^(?:kcnawatch-parse: \d| {2}(?:warnings|errors|stopped) )/.test(line))).toEqual([]);
}

/** The summary's last line: why the run stopped and what it wrote. */
const stopLine = (stderr: string) => stderr.trimEnd().split("\n").at(-1);

let dir: string;
let corpus: string;
let files: string[];
beforeAll(() => {
  requireBuild();
  dir = tempDir();
  corpus = join(dir, "corpus");
  mkdirSync(corpus);
  files = Array.from({ length: PAGES }, (_, i) => join(corpus, `p${String(i).padStart(2, "0")}.txt`));
  for (const file of files) writeFileSync(file, sample);
});
afterAll(cleanup);

describe.skipIf(!linux)("kcnawatch-parse when the output cannot be written", () => {
  for (const jobs of ["1", "2"]) {
    it(`exits 1 on a full disk with --out and counts no record as written (--jobs ${jobs})`, async () => {
      const result = await runCli([corpus, "--out", "/dev/full", "--jobs", jobs]);
      expect(result.code).toBe(1);
      const counts = summaryCounts(result.stderr);
      expect(counts.inputs).toBeGreaterThan(0);
      expect(stopLine(result.stderr)).toBe(
        `  stopped (cannot write the output: ENOSPC: no space left on device, write) before writing any record; ` +
          `${records(counts.inputs)} could not be written (the output may end with part of them); run again with --resume to go on`,
      );
      expectOnlySummary(result.stderr);
    });
  }

  it("exits 1 on a full disk as standard output, in every format", async () => {
    for (const format of ["jsonl", "json", "csv"]) {
      const result = await runToFile("/dev/full", [SAMPLE, SAMPLE, "--format", format, "--jobs", "1"]);
      expect(result.code).toBe(1);
      // The run stops at the first failed write: the second page may not have been parsed.
      const { inputs } = summaryCounts(result.stderr);
      expect(stopLine(result.stderr)).toBe(
        `  stopped (cannot write the output: ENOSPC: no space left on device, write) before writing any record; ${records(inputs)} could not be written (the output may end with part of them)`,
      );
    }
  });

  it("exits 1 on a closed pipe with no stack trace, and counts no record as written", async () => {
    for (const jobs of ["1", "2"]) {
      // The reading end is closed before the CLI writes: its first write fails with EPIPE.
      const result = await run(process.execPath, [CLI, corpus, "--jobs", jobs], ["ignore", "pipe", "pipe"], (child) => child.stdout!.destroy());
      expect(result.signal).toBeNull();
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^kcnawatch-parse: \d+ inputs? in /);
      expect(stopLine(result.stderr)).toMatch(/^ {2}stopped \(cannot write the output: write EPIPE\) before writing any record; \d+ records? could not be written \(the output may end with part of them\)$/);
      expectOnlySummary(result.stderr);
    }
  });

  it("still writes every record when standard error is a closed pipe", async () => {
    const result = await run(process.execPath, [CLI, corpus, "--jobs", "1"], ["ignore", "pipe", "pipe"], (child) => child.stderr!.destroy());
    expect(result.code).toBe(0);
    expect(parseRecords(result.stdout).map((r) => r.input)).toEqual(files);
  });

  for (const [how, redirect] of [
    ["--out", false],
    ["standard output", true],
  ] as const) {
    it(`over the file size limit (${how}), counts exactly the records written whole, and --resume completes the file`, async () => {
      const out = join(dir, `limited-${String(redirect)}.jsonl`);
      const reference = (await runCli([corpus, "--quiet"])).stdout;
      // A limit of 100 blocks (51,200 bytes where a block is 512, as in dash; twice that in bash) holds a few records.
      const script = redirect ? 'ulimit -f 100 && out="$1" && shift && exec "$@" > "$out"' : 'ulimit -f 100 && shift && exec "$@"';
      const args = [CLI, corpus, ...(redirect ? [] : ["--out", out]), "--jobs", "1"];
      const limited = await run("sh", ["-c", script, "sh", out, process.execPath, ...args], ["ignore", "pipe", "pipe"]);
      expect(limited.code).toBe(1);
      const again = redirect ? "" : "; run again with --resume to go on";
      const stop = new RegExp(
        String.raw`^ {2}stopped \(cannot write the output: EFBIG: file too large, write\) after writing records for the first (\d+) inputs \(last: (.+)\); (\d+) records could not be written \(the output may end with part of them\)` + `${again}$`,
      ).exec(stopLine(limited.stderr)!);
      expect(stop, limited.stderr).not.toBeNull();
      const [, written, last, unwritten] = stop!;
      const text = readFileSync(out, "utf8");
      expect(text.length).toBeLessThan(reference.length);
      expect(reference.startsWith(text)).toBe(true);
      // The whole records in the file are exactly those the summary counts; then part of the next.
      const whole = parseRecords(text.slice(0, text.lastIndexOf("\n") + 1));
      expect(whole).toHaveLength(Number(written));
      expect(whole.at(-1)!.input).toBe(last);
      expect(Number(written) + Number(unwritten)).toBe(summaryCounts(limited.stderr).inputs);
      const resumed = await runCli([corpus, "--out", out, "--resume"]);
      expect(resumed.code).toBe(0);
      expect(readFileSync(out, "utf8")).toBe(reference);
    });
  }
});
