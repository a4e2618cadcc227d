import { processJob, type Job, type Outcome, type PageConfig } from "./process-page.js";
import type { Runner } from "./pool.js";

/** How long the in-process runner parses before letting timers, signals and output run. */
const SLICE_MS = 20;

/**
 * `--jobs 1`: parses in the main thread, with no thread start-up or message cost.
 * It works in short slices so that Ctrl-C, the progress bar and output keep running.
 */
export class InlineRunner implements Runner {
  private readonly queue: Job[] = [];
  private scheduled = false;
  private closed = false;
  private idleWaiters: (() => void)[] = [];

  constructor(
    private readonly config: PageConfig,
    private readonly onOutcomes: (outcomes: Outcome[]) => void,
  ) {}

  submit(job: Job): void {
    this.queue.push(job);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.work());
    }
  }

  whenIdle(): Promise<void> {
    if (this.queue.length === 0 || this.closed) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    this.wake();
    return Promise.resolve();
  }

  private work(): void {
    this.scheduled = false;
    const until = performance.now() + SLICE_MS;
    const done: Outcome[] = [];
    let next: Job | undefined;
    while (!this.closed && performance.now() < until && (next = this.queue.shift()) !== undefined) {
      done.push(processJob(next, this.config));
    }
    if (done.length > 0) this.onOutcomes(done);
    if (this.queue.length > 0 && !this.closed) {
      this.scheduled = true;
      setImmediate(() => this.work());
    } else {
      this.wake();
    }
  }

  private wake(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}
