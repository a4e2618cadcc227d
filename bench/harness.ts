// A small timing harness. Tasks run in rounds, each round running every task once in a
// rotated order, so that the machine's slow moments fall on all tasks alike; ratios are
// taken within a round (paired) and summarised by their median and interquartile range.
// Times are CPU time of this process (user + system), which other work on a shared
// machine does not inflate the way it inflates wall-clock time; wall time is kept too.
import { performance } from "node:perf_hooks";

/**
 * One benchmarked operation: a pass over its inputs, in `parts` slices (run(0) ... run(parts - 1)
 * make one whole pass). Returns a value that is kept, so the work is not optimised away.
 */
export interface Task {
  name: string;
  run: (part: number) => number;
}

/** Median and quartiles of a set of samples. */
export interface Summary {
  median: number;
  q1: number;
  q3: number;
  n: number;
}

/** The CPU times (ms) of one task's passes, and their wall-clock times. */
export interface Measured extends Summary {
  name: string;
  samples: number[];
  wall: Summary;
}

/** How long to measure. */
export interface Budget {
  warmupRounds: number;
  minRounds: number;
  maxRounds: number;
  /** Stop after this many milliseconds once `minRounds` are done. */
  timeMs: number;
}

const gc: (() => void) | undefined = (globalThis as { gc?: () => void }).gc;
let sink = 0;

/** A value that depends on every task's result (printed at the end so nothing is dead code). */
export function checksum(): number {
  return sink;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

/** Median and quartiles. */
export function summarize(values: readonly number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b);
  return { median: quantile(sorted, 0.5), q1: quantile(sorted, 0.25), q3: quantile(sorted, 0.75), n: sorted.length };
}

/** CPU milliseconds (user + system) since `from`. */
export function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

/**
 * One round: every task's whole pass, slice by slice, the tasks taking turns on each
 * slice, so that both sides of a ratio meet the same moments of a busy machine.
 * Returns each task's CPU and wall milliseconds for the round.
 */
function round(tasks: readonly Task[], parts: number, r: number): { cpu: number[]; wall: number[] } {
  const cpu = tasks.map(() => 0);
  const wall = tasks.map(() => 0);
  gc?.();
  for (let p = 0; p < parts; p++) {
    for (let k = 0; k < tasks.length; k++) {
      const i = (k + r + p) % tasks.length;
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      sink = (sink + tasks[i]!.run(p)) | 0;
      cpu[i]! += cpuMs(c0);
      wall[i]! += performance.now() - t0;
    }
  }
  return { cpu, wall };
}

/** Runs `tasks` in rounds, each pass in `parts` slices, and returns each task's pass times. */
export function measure(tasks: readonly Task[], budget: Budget, parts = 1): Measured[] {
  const samples = tasks.map(() => [] as number[]);
  const walls = tasks.map(() => [] as number[]);
  for (let r = 0; r < budget.warmupRounds; r++) round(tasks, parts, r);
  const start = performance.now();
  for (let r = 0; r < budget.maxRounds; r++) {
    if (r >= budget.minRounds && performance.now() - start > budget.timeMs) break;
    const { cpu, wall } = round(tasks, parts, r);
    cpu.forEach((ms, i) => samples[i]!.push(ms));
    wall.forEach((ms, i) => walls[i]!.push(ms));
  }
  return tasks.map((t, i) => ({ name: t.name, samples: samples[i]!, ...summarize(samples[i]!), wall: summarize(walls[i]!) }));
}

/** Deals items into `parts` slices, round robin, so that each slice has the same spread of sizes. */
export function slices<T>(items: readonly T[], parts: number): T[][] {
  const out = Array.from({ length: parts }, () => [] as T[]);
  items.forEach((item, i) => out[i % parts]!.push(item));
  return out;
}

/** The ratio a/b of two tasks measured in the same rounds, round by round. */
export function ratio(a: Measured, b: Measured): Summary {
  const n = Math.min(a.samples.length, b.samples.length);
  const values: number[] = [];
  for (let i = 0; i < n; i++) values.push(a.samples[i]! / b.samples[i]!);
  return summarize(values);
}

/** One task of a measured set, by name. */
export function find(results: readonly Measured[], name: string): Measured {
  const m = results.find((r) => r.name === name);
  if (m === undefined) throw new Error(`no task named ${name}`);
  return m;
}
