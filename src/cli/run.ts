import { createWriteStream, fstatSync } from "node:fs";
import type { Readable, Writable } from "node:stream";
import { DEFAULT_MAX_INPUT_BYTES } from "kcnawatch-parser";
import type { CliConfig } from "./args.js";
import { InlineRunner } from "./inline-runner.js";
import { readInputs, type Input, type InputSpec } from "./inputs.js";
import { WorkerPool, type Runner } from "./pool.js";
import { failedOutcome, type Job, type Outcome, type PageConfig } from "./process-page.js";
import { ProgressBar } from "./progress.js";
import { formatRecord, type RecordStyle } from "./records.js";
import { readPriorOutput, takeDone, type PriorOutput } from "./resume.js";
import { shardOf } from "./shard.js";
import { STOPPED, Stop } from "./stop.js";
import { Tally, formatSummary } from "./summary.js";
import { RecordWriter } from "./writer.js";

/** The process streams, passed in rather than reached for. */
export interface Io {
  stdin: Readable;
  stdout: Writable & { isTTY?: boolean };
  stderr: Writable & { isTTY?: boolean };
}

/** Pages sent to a worker thread per message. */
const BATCH_SIZE = 64;

/** How a run ended: its exit code, or a problem to report as a usage error (exit 2) before any work. */
export type RunResult = { exitCode: number } | { usage: string };

/**
 * Parses every input of a checked command line and writes one record per input.
 * At most a window of pages is read ahead of the last record written, so memory
 * stays flat and a slow destination slows the reading (back-pressure).
 */
export async function runBatch(config: CliConfig, io: Io): Promise<RunResult> {
  const started = performance.now();
  const style: RecordStyle = { format: config.format, pretty: config.pretty };
  let prior: PriorOutput = { done: new Map(), firstById: new Map(), hasRecords: false };
  if (config.resume && config.out !== null) {
    try {
      prior = await readPriorOutput(config.out, config.format);
    } catch (e) {
      return { usage: `cannot resume from ${config.out}: ${(e as Error).message}` };
    }
  }
  const stream = config.out === null ? stdoutStream(io.stdout) : await openOut(config.out, config.resume);
  if (typeof stream === "string") return { usage: stream };

  const halt = new Stop();
  const stop = (reason: string, code: number) => halt.trigger(reason, code);
  let wake: () => void = () => {};
  let progressed = new Promise<void>((resolve) => (wake = resolve));
  const nudge = () => {
    wake();
    progressed = new Promise<void>((resolve) => (wake = resolve));
  };

  const writer = new RecordWriter(stream, style, {
    header: !(config.resume && prior.hasRecords),
    onError: (e) => stop(`cannot write the output: ${e.message}`, 1),
  });
  const tally = new Tally();
  const firstById = prior.firstById;
  let submitted = 0;
  let nextSeq = 0;
  const waiting = new Map<number, Outcome>();

  const emit = (o: Outcome) => {
    let text = o.text;
    let duplicate = false;
    if (config.dedupe && o.ok) {
      const first = firstById.get(o.id);
      if (first === undefined) firstById.set(o.id, o.input);
      else {
        duplicate = true;
        text = formatRecord({ input: o.input, ok: true, duplicateOf: first, id: o.id }, style);
      }
    }
    tally.add(o, duplicate);
    writer.push(text, o.input);
  };
  const onOutcomes = (outcomes: Outcome[]) => {
    if (halt.stopped) return;
    for (const o of outcomes) {
      if (config.unordered) emit(o);
      else waiting.set(o.seq, o);
    }
    for (let o = waiting.get(nextSeq); o !== undefined; o = waiting.get(nextSeq)) {
      waiting.delete(nextSeq++);
      emit(o);
    }
    writer.flush();
    nudge();
  };

  const pageConfig: PageConfig = {
    strict: config.strict,
    timeoutMs: config.timeoutMs,
    maxInputBytes: DEFAULT_MAX_INPUT_BYTES,
    field: config.field,
    urlField: config.urlField,
    style,
  };
  const pool = (size: number) =>
    new WorkerPool({
      size,
      workerUrl: new URL("./cli-worker.js", import.meta.url),
      config: pageConfig,
      batchSize: BATCH_SIZE,
      onOutcomes,
      onFatal: (message) => stop(message, 1),
    });
  const runner: Runner = config.jobs === 1 ? new InlineRunner(pageConfig, onOutcomes, () => pool(1)) : pool(config.jobs);

  const spec: InputSpec = { args: config.inputs, mode: config.mode, exts: config.exts, maxInputBytes: DEFAULT_MAX_INPUT_BYTES, stdin: io.stdin };
  const selected = (item: Input) => config.shard === null || shardOf(item.key, config.shard.n) === config.shard.k;
  const total = { value: null as number | null };
  const showProgress = io.stderr.isTTY === true && !config.quiet;
  if (showProgress) {
    const toCount = new Map(prior.done);
    void countInputs(spec, (item) => selected(item) && !takeDone(toCount, item.input), total);
  }
  const progress = showProgress
    ? new ProgressBar(io.stderr, () => ({ done: tally.recorded, total: total.value, failed: tally.failed, elapsedMs: performance.now() - started }))
    : null;

  const signals = onSignals(stop);
  const window = Math.max(256, config.jobs * BATCH_SIZE * 4);
  const inputs = readInputs(spec)[Symbol.asyncIterator]();
  try {
    for (;;) {
      const next = await halt.race(inputs.next());
      if (next === STOPPED || next.done) break;
      const item = next.value;
      if (!selected(item)) continue;
      if (takeDone(prior.done, item.input)) {
        tally.skipped++;
        continue;
      }
      const job: Job = { seq: submitted++, input: item.input, source: item.source };
      if (job.source.kind === "failed") onOutcomes([failedOutcome(job, job.source.error, style)]);
      else runner.submit(job);
      while (!halt.stopped && (submitted - tally.recorded >= window || writer.isFull)) {
        await halt.race(writer.isFull ? writer.ready : progressed);
      }
    }
    if (!halt.stopped) await halt.race(runner.whenIdle());
  } finally {
    signals.dispose();
    void inputs.return?.(undefined);
    await runner.close();
  }
  // After a stop, outcomes that arrive late are dropped: the output ends at a record boundary.
  await writer.end(stream !== io.stdout);
  progress?.stop();
  if (!config.quiet) {
    io.stderr.write(
      formatSummary(tally, {
        elapsedMs: performance.now() - started,
        stoppedBy: halt.reason,
        out: config.out,
        ordered: !config.unordered,
        written: writer.written,
        unwritten: writer.pushed - writer.written.records,
      }),
    );
  }
  if (halt.stopped) return { exitCode: halt.exitCode };
  if (config.failOn === "never") return { exitCode: 0 };
  const failed = tally.failed > 0 || (config.failOn === "warnings" && tally.warnedPages > 0);
  return { exitCode: failed ? 1 : 0 };
}

/** Opens the `--out` file before any work, so that a bad path is a usage error, not a failed run. */
async function openOut(path: string, append: boolean): Promise<Writable | string> {
  const stream = createWriteStream(path, { flags: append ? "a" : "w" });
  const error = await new Promise<Error | null>((resolve) => {
    stream.once("open", () => resolve(null));
    stream.once("error", resolve);
  });
  return error === null ? stream : `cannot write --out ${path}: ${error.message}`;
}

/**
 * Standard output, or, when it is a regular file, a file stream on its descriptor:
 * Node's own stream for a file standard output reports a write cut short by a full
 * disk as done, where a file stream writes the rest or reports the failure.
 */
function stdoutStream(stdout: Io["stdout"]): Writable {
  const fd = (stdout as { fd?: unknown }).fd;
  if (typeof fd !== "number") return stdout;
  try {
    if (!fstatSync(fd).isFile()) return stdout;
  } catch {
    return stdout;
  }
  return createWriteStream("", { fd, autoClose: false });
}

/** Ctrl-C (and SIGTERM) stop the run cleanly; a second Ctrl-C exits at once. */
function onSignals(stop: (reason: string, code: number) => void): { dispose(): void } {
  let interrupted = false;
  const onInt = () => {
    if (interrupted) process.exit(130);
    interrupted = true;
    stop("interrupted", 130);
  };
  const onTerm = () => stop("terminated", 143);
  process.on("SIGINT", onInt);
  process.on("SIGTERM", onTerm);
  return {
    dispose() {
      process.off("SIGINT", onInt);
      process.off("SIGTERM", onTerm);
    },
  };
}

/** Counts the inputs for the progress bar, reading no stream; JSONL corpora leave the total unknown. */
async function countInputs(spec: InputSpec, selected: (item: Input) => boolean, total: { value: number | null }): Promise<void> {
  if (spec.mode === "jsonl") return;
  let n = 0;
  for await (const item of readInputs(spec, true)) if (selected(item)) n++;
  total.value = n;
}
