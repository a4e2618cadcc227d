import type { Writable } from "node:stream";

const BAR_WIDTH = 24;
const REDRAW_MS = 100;

/** What the progress line shows. */
export interface ProgressState {
  done: number;
  /** All inputs of the run, once known (folders are counted while the run goes). */
  total: number | null;
  failed: number;
  elapsedMs: number;
}

/** One progress line: a bar with done/total when the total is known, then pages/s and failures. */
export function formatProgress(s: ProgressState): string {
  const rate = s.elapsedMs > 0 ? Math.round((s.done * 1000) / s.elapsedMs) : 0;
  const tail = `${rate} pages/s  ${s.failed} failed`;
  if (s.total === null || s.total === 0) return `${s.done} pages  ${tail}`;
  const ratio = Math.min(1, s.done / s.total);
  const filled = Math.round(ratio * BAR_WIDTH);
  const bar = `${"#".repeat(filled)}${"-".repeat(BAR_WIDTH - filled)}`;
  return `[${bar}] ${s.done}/${s.total} ${Math.floor(ratio * 100)}%  ${tail}`;
}

/** Redraws the progress line on a terminal a few times a second; `stop` erases it. */
export class ProgressBar {
  private readonly timer: ReturnType<typeof setInterval>;

  constructor(
    private readonly stream: Writable,
    private readonly state: () => ProgressState,
  ) {
    this.timer = setInterval(() => this.draw(), REDRAW_MS);
    this.timer.unref();
    this.draw();
  }

  stop(): void {
    clearInterval(this.timer);
    this.stream.write("\r\u001b[K");
  }

  private draw(): void {
    this.stream.write(`\r\u001b[K${formatProgress(this.state())}`);
  }
}
