import { Worker } from "node:worker_threads";
import { failedOutcome, timeoutError, type Job, type Outcome, type PageConfig } from "./process-page.js";
import { PROGRESS_FIELDS, type WorkerData } from "./worker-protocol.js";

/** Runs jobs and reports their outcomes, in any order; the CLI has an in-process and a worker-thread runner. */
export interface Runner {
  submit(job: Job): void;
  /** Resolves when every submitted job has its outcome. */
  whenIdle(): Promise<void>;
  /** Stops at once; jobs still running get no outcome. */
  close(): Promise<void>;
}

/** How a {@link WorkerPool} runs. */
export interface PoolOptions {
  size: number;
  workerUrl: URL;
  config: PageConfig;
  /** Most pages sent to a worker in one message: fewer messages, less overhead per page. */
  batchSize: number;
  onOutcomes: (outcomes: Outcome[]) => void;
  /** Workers keep dying before reaching any page: the run cannot go on. */
  onFatal: (message: string) => void;
}

interface Batch {
  /** Its number among the batches sent to its worker, counting from 1. */
  number: number;
  jobs: Job[];
}

interface Slot {
  worker: Worker;
  progress: BigInt64Array;
  /** Sent and not yet answered, oldest first. */
  batches: Batch[];
  sent: number;
  closed: boolean;
  error: Error | null;
}

/** Batches a worker holds at once: the next one waits in its queue, so it never idles while the main thread is busy. */
const BATCHES_IN_FLIGHT = 2;

/** Pages waiting, with every thread busy, that justify starting one more thread. */
const SPAWN_BACKLOG = 16;

/** Deaths with no page to blame (a worker that cannot even start) after which the run stops. */
const MAX_UNEXPLAINED_DEATHS = 3;

/**
 * A pool of worker threads, each parsing batches of pages. A watchdog reads which
 * page each worker is on (shared memory, so a stuck worker need not answer): a page
 * past the time limit gets its worker terminated and becomes a `page_timeout`
 * record; a worker that dies makes its current page a `worker_crashed` record. The
 * other pages that worker held are sent again to a fresh worker.
 */
export class WorkerPool implements Runner {
  private readonly queue: Job[] = [];
  private readonly slots = new Set<Slot>();
  private readonly watchdog: ReturnType<typeof setInterval>;
  private idleWaiters: (() => void)[] = [];
  private unexplainedDeaths = 0;
  private closed = false;

  constructor(private readonly options: PoolOptions) {
    const timeout = options.config.timeoutMs;
    this.watchdog = setInterval(() => this.checkTimeouts(), Math.max(5, Math.min(250, timeout / 4)));
    this.watchdog.unref();
  }

  submit(job: Job): void {
    this.queue.push(job);
    this.dispatch();
  }

  whenIdle(): Promise<void> {
    if (this.closed || this.isIdle()) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.watchdog);
    const all = [...this.slots];
    this.slots.clear();
    for (const slot of all) slot.closed = true;
    await Promise.all(all.map((slot) => slot.worker.terminate()));
    this.notifyIdle();
  }

  private isIdle(): boolean {
    if (this.queue.length > 0) return false;
    for (const slot of this.slots) if (slot.batches.length > 0) return false;
    return true;
  }

  private notifyIdle(): void {
    if (!this.closed && !this.isIdle()) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private dispatch(): void {
    if (this.closed) return;
    for (let held = 0; held < BATCHES_IN_FLIGHT && this.queue.length > 0; held++) {
      for (const slot of this.slots) {
        if (this.queue.length === 0) return;
        if (slot.batches.length === held) this.send(slot);
      }
    }
    // A thread costs a start-up; start another only when enough pages wait for it.
    while (this.queue.length > 0 && this.slots.size < this.options.size && (this.slots.size === 0 || this.queue.length >= SPAWN_BACKLOG)) {
      this.send(this.spawn());
    }
  }

  private send(slot: Slot): void {
    // Share a short queue among the workers rather than give it all to one.
    const share = Math.ceil(this.queue.length / this.options.size);
    const jobs = this.queue.splice(0, Math.max(1, Math.min(this.options.batchSize, share)));
    slot.batches.push({ number: ++slot.sent, jobs });
    slot.worker.postMessage(jobs);
  }

  private spawn(): Slot {
    const progress = new SharedArrayBuffer(3 * BigInt64Array.BYTES_PER_ELEMENT);
    const data: WorkerData = { config: this.options.config, progress };
    const worker = new Worker(this.options.workerUrl, { workerData: data });
    const slot: Slot = { worker, progress: new BigInt64Array(progress), batches: [], sent: 0, closed: false, error: null };
    Atomics.store(slot.progress, PROGRESS_FIELDS.index, -1n);
    worker.on("message", (outcomes: Outcome[]) => this.onDone(slot, outcomes));
    worker.on("error", (error) => {
      slot.error = error;
    });
    worker.on("exit", (code) => {
      if (!slot.closed) this.lose(slot, "worker_crashed", slot.error?.message ?? `exit code ${code}`);
    });
    this.slots.add(slot);
    return slot;
  }

  private onDone(slot: Slot, outcomes: Outcome[]): void {
    if (slot.closed) return;
    // Workers answer batches in the order they were sent.
    slot.batches.shift();
    this.unexplainedDeaths = 0;
    this.options.onOutcomes(outcomes);
    this.dispatch();
    this.notifyIdle();
  }

  private checkTimeouts(): void {
    const now = Date.now();
    for (const slot of this.slots) {
      const index = Atomics.load(slot.progress, PROGRESS_FIELDS.index);
      const since = Number(Atomics.load(slot.progress, PROGRESS_FIELDS.since));
      if (slot.batches.length > 0 && index >= 0n && now - since > this.options.config.timeoutMs) this.lose(slot, "page_timeout", "");
    }
  }

  /** Drops a worker that timed out or died: its current page fails, every other page it held is queued again. */
  private lose(slot: Slot, code: "page_timeout" | "worker_crashed", reason: string): void {
    if (slot.closed) return;
    slot.closed = true;
    this.slots.delete(slot);
    void slot.worker.terminate();
    const index = Number(Atomics.load(slot.progress, PROGRESS_FIELDS.index));
    const number = Number(Atomics.load(slot.progress, PROGRESS_FIELDS.batch));
    const current = slot.batches.find((b) => b.number === number);
    const culprit = index >= 0 ? current?.jobs[index] : undefined;
    // Answers already on their way from this worker are ignored (it is closed), so its batches are all redone.
    this.queue.unshift(...slot.batches.flatMap((b) => b.jobs).filter((job) => job !== culprit));
    if (culprit === undefined) {
      if (++this.unexplainedDeaths >= MAX_UNEXPLAINED_DEATHS && slot.batches.length > 0) {
        void this.close();
        this.options.onFatal(`worker threads keep stopping before parsing any page (${reason})`);
        return;
      }
    } else {
      const error =
        code === "page_timeout"
          ? timeoutError(this.options.config.timeoutMs, null)
          : { code, message: `Expected the page to parse, found its worker thread stopped (${reason}).`, line: 1, column: 1 };
      this.options.onOutcomes([failedOutcome(culprit, error, this.options.config.style)]);
    }
    this.dispatch();
    this.notifyIdle();
  }
}
