// A page that needs more memory than the CLI has: with --jobs 1 too, it becomes a
// worker_crashed record and every other record is written, instead of the process
// dying with the run's records. The heap is made small with Node's own
// --max-old-space-size (which worker threads inherit), so a 3 MB page is enough.
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, ROOT, SAMPLE, cleanup, parseRecords, requireBuild, summaryCounts, tempDir, type CliRun } from "../helpers/run-cli.js";

const HEAP_MB = 64;
const sample = readFileSync(SAMPLE, "utf8");

/** Runs the CLI in a Node.js whose heap is limited to {@link HEAP_MB} MB. */
function runSmallHeap(args: string[], stdin = ""): Promise<CliRun> {
  const child = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, CLI, ...args], { cwd: ROOT });
  return new Promise((resolve, reject) => {
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", reject);
    child.on("close", (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") }));
    child.stdin.on("error", () => {});
    child.stdin.end(stdin);
  });
}

let dir: string;
let small: string[];
let huge: string;
let hugeText: string;
beforeAll(() => {
  requireBuild();
  dir = tempDir();
  small = Array.from({ length: 40 }, (_, i) => join(dir, `page-${String(i).padStart(2, "0")}.txt`));
  for (const file of small) writeFileSync(file, sample);
  // 1.5 million one-character lines: the most memory per input byte a page can take
  // (about 64 bytes per byte, some 190 MB here), three times the heap.
  hugeText = sample.slice(0, sample.indexOf("More From")) + "x\n".repeat(1_500_000);
  huge = join(dir, "huge.txt");
  writeFileSync(huge, hugeText);
});
afterAll(cleanup);

const crashed = {
  code: "worker_crashed",
  message: "Expected the page to parse, found its worker thread stopped (Worker terminated due to reaching memory limit: JS heap out of memory).",
  line: 1,
  column: 1,
};

describe("kcnawatch-parse when a page needs more memory than there is", () => {
  it("with --jobs 1, makes that page a worker_crashed record and writes every other record", { timeout: 30_000 }, async () => {
    const inputs = [...small.slice(0, 20), huge, ...small.slice(20)];
    const out = join(dir, "out.jsonl");
    const run = await runSmallHeap([...inputs, "--jobs", "1", "--out", out]);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    const records = parseRecords(readFileSync(out, "utf8"));
    expect(records.map((r) => r.input)).toEqual(inputs);
    expect(records[20]).toEqual({ input: huge, ok: false, error: crashed });
    expect(records.filter((r) => r.ok)).toHaveLength(40);
    expect(summaryCounts(run.stderr)).toEqual({ inputs: 41, ok: 40, failed: 1, duplicates: 0 });
    expect(run.stderr).toContain("\n  errors: worker_crashed 1\n");
  });

  it("does the same for a page read from standard input or a JSONL corpus, and with worker threads", { timeout: 30_000 }, async () => {
    const piped = await runSmallHeap(["-", SAMPLE, "--jobs", "1"], hugeText);
    expect(piped.code).toBe(1);
    expect(parseRecords(piped.stdout)).toEqual([{ input: "-", ok: false, error: crashed }, expect.objectContaining({ input: SAMPLE, ok: true })]);
    const corpus = join(dir, "corpus.jsonl");
    writeFileSync(corpus, [sample, hugeText, sample].map((html) => `${JSON.stringify({ html })}\n`).join(""));
    const jsonl = await runSmallHeap(["--input", "jsonl", corpus, "--jobs", "1"]);
    expect(jsonl.code).toBe(1);
    expect(parseRecords(jsonl.stdout).map((r) => [r.input, r.ok ? "ok" : r.error])).toEqual([
      [`${corpus}:1`, "ok"],
      [`${corpus}:2`, crashed],
      [`${corpus}:3`, "ok"],
    ]);
    const threaded = await runSmallHeap([SAMPLE, huge, SAMPLE, "--jobs", "2"]);
    expect(threaded.code).toBe(1);
    expect(parseRecords(threaded.stdout).map((r) => (r.ok ? "ok" : r.error.code))).toEqual(["ok", "worker_crashed", "ok"]);
  });
});
