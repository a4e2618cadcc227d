import { parentPort, workerData } from "node:worker_threads";
import { processJob, type Job, type Outcome } from "./process-page.js";
import { PROGRESS_FIELDS, type WorkerData } from "./worker-protocol.js";

// A worker thread of the CLI: parses the batches of pages the pool sends, in order.
const { config, progress } = workerData as WorkerData;
const current = new BigInt64Array(progress);
let batchNumber = 0n;

parentPort!.on("message", (batch: Job[]) => {
  Atomics.store(current, PROGRESS_FIELDS.batch, ++batchNumber);
  const outcomes: Outcome[] = [];
  for (let i = 0; i < batch.length; i++) {
    // When first, then which: a watchdog reading between the two sees the old page with
    // the new time (no timeout yet), never the new page with the old time.
    Atomics.store(current, PROGRESS_FIELDS.since, BigInt(Date.now()));
    Atomics.store(current, PROGRESS_FIELDS.index, BigInt(i));
    outcomes.push(processJob(batch[i]!, config));
  }
  Atomics.store(current, PROGRESS_FIELDS.index, -1n);
  parentPort!.postMessage(outcomes);
});
