// A stand-in for dist/cli-worker.js that speaks the same protocol, for testing the
// pool's recovery: a page "hang" never ends, "exit" ends the thread, "throw" throws.
import { parentPort, workerData } from "node:worker_threads";

const current = new BigInt64Array(workerData.progress);
let batchNumber = 0n;

parentPort.on("message", (batch) => {
  // [index of the page in its batch, when it started, batch number]: see src/cli/worker-protocol.ts
  Atomics.store(current, 2, ++batchNumber);
  const outcomes = [];
  batch.forEach((job, i) => {
    Atomics.store(current, 1, BigInt(Date.now()));
    Atomics.store(current, 0, BigInt(i));
    const text = job.source.text;
    if (text === "hang") for (;;);
    if (text === "exit") process.exit(3);
    if (text === "throw") throw new Error("boom");
    outcomes.push({ seq: job.seq, input: job.input, ok: true, id: text, warnings: [], text: `parsed ${text}` });
  });
  Atomics.store(current, 0, -1n);
  parentPort.postMessage(outcomes);
});
