// Times one large input in a process of its own, so that its peak memory is its own.
// Run by run.ts: node --expose-gc --import tsx bench/child.ts '<job JSON>'; prints one JSON line.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { flat } from "./corpus.js";
import { loadLibrary } from "./library.js";
import { cpuMs, summarize, type Summary } from "./harness.js";
import { LINK_SHAPES } from "../tests/helpers/link-shapes.js";

/** How to build the input: from the corpus units the parent wrote, or from a recipe. */
export type Recipe =
  | { kind: "units"; unit: "text" | "html"; times: number }
  | { kind: "one-line"; times: number }
  | { kind: "repeat"; text: string; bytes: number }
  | { kind: "nested-divs"; count: number }
  | { kind: "lower-case-lines"; bytes: number }
  | { kind: "link-shape"; shape: string; bytes: number };

/** What the parent asks. */
export interface Job {
  root: string;
  lib: string;
  textUnit: string;
  htmlUnit: string;
  recipe: Recipe;
  /** A benign input to time in turn with this one, for a paired ratio. */
  benign?: Recipe;
  format: "text" | "markdown" | "html";
  validate: boolean;
  minRuns: number;
  maxRuns: number;
  budgetMs: number;
}

/** What the child answers. */
export interface JobResult {
  bytes: number;
  /** CPU time (ms) per parse. */
  time: Summary;
  /** Wall-clock time (ms) per parse. */
  wall: Summary;
  outcome: string;
  warnings: number;
  baselineRss: number;
  peakRss: number;
  /** With a benign input: its bytes and times, and the per-byte ratio pair by pair. */
  paired?: { bytes: number; time: Summary; ratio: Summary };
}

/** A valid page header, then a paragraph split into lower-case lines (every line continues the last). */
function lowerCaseLines(bytes: number): string {
  const head = "March 28, 2024\n\nTitle\n\nDate: 27/05/2024 | Source: KCNA.kp (En)\n\nPyongyang, May 27 (KCNA) -- The paragraph goes on\n";
  const line = "and on without ending its sentence\n";
  return head + line.repeat(Math.ceil((bytes - head.length) / line.length)) + "More Articles\n";
}

function build(job: Job, r: Recipe): string {
  switch (r.kind) {
    case "units":
      return readFileSync(r.unit === "text" ? job.textUnit : job.htmlUnit, "utf8").repeat(r.times);
    case "one-line":
      return readFileSync(job.textUnit, "utf8").repeat(r.times).replace(/[\r\n]/g, " ");
    case "repeat":
      return r.text.repeat(Math.ceil(r.bytes / Buffer.byteLength(r.text)));
    case "nested-divs":
      return `${"<div>".repeat(r.count)}text${"</div>".repeat(r.count)}`;
    case "lower-case-lines":
      return lowerCaseLines(r.bytes);
    case "link-shape":
      return LINK_SHAPES.find((s) => s.name === r.shape)!.make(r.bytes);
  }
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2]!) as Job;
  const { lib } = await loadLibrary(job.root, job.lib);
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const input = flat(build(job, job.recipe));
  const benign = job.benign === undefined ? null : flat(build(job, job.benign));
  const options = { maxInputBytes: 1024 * 1024 * 1024, maxLineLength: 1024 * 1024 * 1024, validate: job.validate, ...(job.format === "text" ? {} : { format: job.format }) };
  const warmup = readFileSync(job.textUnit, "utf8");
  for (let i = 0; i < 10; i++) lib.safeParsePage(warmup, options);
  gc();
  const baselineRss = process.memoryUsage().rss;
  const times: number[] = [];
  const walls: number[] = [];
  const benignTimes: number[] = [];
  let outcome = "";
  let warnings = 0;
  const start = performance.now();
  for (let i = 0; i < job.maxRuns; i++) {
    if (i >= job.minRuns && performance.now() - start > job.budgetMs) break;
    if (benign !== null) {
      gc();
      const b0 = process.cpuUsage();
      lib.safeParsePage(benign, options);
      benignTimes.push(cpuMs(b0));
    }
    gc();
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const result = lib.safeParsePage(input, options);
    times.push(cpuMs(c0));
    walls.push(performance.now() - t0);
    outcome = result.success ? "page" : result.error.issues[0].code;
    warnings = result.success ? result.data.warnings.length : result.error.issues.length;
  }
  const answer: JobResult = {
    bytes: Buffer.byteLength(input),
    time: summarize(times),
    wall: summarize(walls),
    outcome,
    warnings,
    baselineRss,
    peakRss: process.resourceUsage().maxRSS * 1024,
  };
  if (benign !== null) {
    const bytes = Buffer.byteLength(input);
    const benignBytes = Buffer.byteLength(benign);
    answer.paired = {
      bytes: benignBytes,
      time: summarize(benignTimes),
      ratio: summarize(times.map((t, i) => t / bytes / (benignTimes[i]! / benignBytes))),
    };
  }
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

await main();
