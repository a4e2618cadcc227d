import type { PageConfig } from "./process-page.js";

/** What a worker thread receives at start. */
export interface WorkerData {
  config: PageConfig;
  /** A BigInt64Array of {@link PROGRESS_FIELDS}, written by the worker, read by the pool's watchdog. */
  progress: SharedArrayBuffer;
}

/** Where a worker is: the page's index in its batch (-1 between pages), since when (ms since epoch), and which batch (counting from 1). */
export const PROGRESS_FIELDS = { index: 0, since: 1, batch: 2 } as const;
