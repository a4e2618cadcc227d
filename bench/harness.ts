// A small timing harness. Tasks run in rounds, each round running every task once in a
// rotated order, so that the machine's slow moments fall on all tasks alike; ratios are
// taken within a round (paired) and summarised by their median and interquartile range.
// Times are CPU time of this process (user + system), which other work on a shared
// machine does not inflate the way it inflates wall-clock time; wall time is kept too.
import { performance } from "node:perf_hooks";

/** One benchmarked operation: a whole pass over its inputs. Returns a value that is kept, so the work is not optimised away. */
export interface Task {
  name: string;
  run: () => number;
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

function timeOnce(task: Task, wall: number[]): number {
  gc?.();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  sink = (sink + task.run()) | 0;
  const cpu = cpuMs(c0);
  wall.push(performance.now() - t0);
  return cpu;
}

/** Runs `tasks` in rounds and returns each task's pass times. */
export function measure(tasks: readonly Task[], budget: Budget): Measured[] {
  const samples = tasks.map(() => [] as number[]);
  const walls = tasks.map(() => [] as number[]);
  for (let r = 0; r < budget.warmupRounds; r++) for (const t of tasks) timeOnce(t, []);
  const start = performance.now();
  for (let r = 0; r < budget.maxRounds; r++) {
    if (r >= budget.minRounds && performance.now() - start > budget.timeMs) break;
    for (let k = 0; k < tasks.length; k++) {
      const i = (k + r) % tasks.length;
      samples[i]!.push(timeOnce(tasks[i]!, walls[i]!));
    }
  }
  return tasks.map((t, i) => ({ name: t.name, samples: samples[i]!, ...summarize(samples[i]!), wall: summarize(walls[i]!) }));
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
