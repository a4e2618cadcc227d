import { parentPort, workerData } from "node:worker_threads";
import { processJob, type Job, type Outcome } from "./process-page.js";
import type { WorkerData } from "./pool.js";

// A worker thread of the CLI: parses the batches of pages the pool sends, one at a time.
const { config, progress } = workerData as WorkerData;
const current = new BigInt64Array(progress);

parentPort!.on("message", (batch: Job[]) => {
  const outcomes: Outcome[] = [];
  for (let i = 0; i < batch.length; i++) {
    // When first, then which: a watchdog reading between the two sees the old page with
    // the new time (no timeout yet), never the new page with the old time.
    Atomics.store(current, 1, BigInt(Date.now()));
    Atomics.store(current, 0, BigInt(i));
    outcomes.push(processJob(batch[i]!, config));
  }
  Atomics.store(current, 0, -1n);
  parentPort!.postMessage(outcomes);
});
