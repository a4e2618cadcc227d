import { getHeapStatistics } from "node:v8";
import { parseJob, readJob, type Job, type Outcome, type PageConfig } from "./process-page.js";
import type { Runner } from "./pool.js";

/** How long the in-process runner parses before letting timers, signals and output run. */
const SLICE_MS = 20;

/**
 * Heap a page may need per byte of input, with a margin: the parser's worst case is
 * about 64 (a page of one-character lines), real pages far less.
 */
const HEAP_PER_INPUT_BYTE = 128;

/**
 * `--jobs 1`: parses in the main thread, with no thread start-up or message cost.
 * It works in short slices so that Ctrl-C, the progress bar and output keep running.
 * A page that could need more heap than the main thread has left is handed to one
 * worker thread instead (started when first needed): running out of memory there
 * costs that page a `worker_crashed` record, not the whole run.
 */
export class InlineRunner implements Runner {
  private readonly queue: Job[] = [];
  private scheduled = false;
  private closed = false;
  private idleWaiters: (() => void)[] = [];
  private thread: Runner | null = null;

  /** `startThread` makes the runner of pages too big for the main thread. */
  constructor(
    private readonly config: PageConfig,
    private readonly onOutcomes: (outcomes: Outcome[]) => void,
    private readonly startThread: () => Runner,
  ) {}

  submit(job: Job): void {
    this.queue.push(job);
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => this.work());
    }
  }

  async whenIdle(): Promise<void> {
    if (this.queue.length > 0 && !this.closed) await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    // Every page the thread gets comes from the queue, so once it is empty the thread has them all.
    await this.thread?.whenIdle();
  }

  async close(): Promise<void> {
    this.closed = true;
    this.queue.length = 0;
    this.wake();
    await this.thread?.close();
  }

  private work(): void {
    this.scheduled = false;
    const until = performance.now() + SLICE_MS;
    const done: Outcome[] = [];
    let next: Job | undefined;
    while (!this.closed && performance.now() < until && (next = this.queue.shift()) !== undefined) {
      const started = performance.now();
      // A JSONL line is checked before its JSON is read, which takes memory too.
      if (next.source.kind === "jsonl" && this.tooBig(next.source.bytes.byteLength)) {
        this.handOff(next);
        continue;
      }
      const page = readJob(next, this.config);
      if ("bytes" in page && this.tooBig(byteLength(page.bytes))) {
        // Read already: the thread gets the bytes, not the path.
        this.handOff({ ...next, source: { kind: "text", text: page.bytes, url: page.url } });
        continue;
      }
      done.push(parseJob(next, page, this.config, started));
    }
    if (done.length > 0) this.onOutcomes(done);
    if (this.queue.length > 0 && !this.closed) {
      this.scheduled = true;
      setImmediate(() => this.work());
    } else {
      this.wake();
    }
  }

  /** Whether parsing a page of this many bytes could take more heap than the main thread has left. */
  private tooBig(bytes: number): boolean {
    const heap = getHeapStatistics();
    return bytes * HEAP_PER_INPUT_BYTE > heap.heap_size_limit - heap.used_heap_size;
  }

  private handOff(job: Job): void {
    (this.thread ??= this.startThread()).submit(job);
  }

  private wake(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

/** The size of a page in UTF-8 bytes, at most (a string's UTF-16 units take at most 3 bytes each). */
function byteLength(bytes: string | Uint8Array): number {
  return typeof bytes === "string" ? bytes.length * 3 : bytes.byteLength;
}
