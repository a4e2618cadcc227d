// Control for `npm run bench:cli`: parses the files of a folder corpus on N bare
// worker threads (dist/cli-worker.js, fed directly: no CLI, no ordering, no output)
// and prints {"seconds", "cpuSeconds"} for the whole process. Comparing N = 1 and
// N = 2 shows what splitting the same work over two threads costs on this machine.
// usage: node bench/split-control.mjs <corpus-folder> <threads>
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

const [folder, threadsArg] = process.argv.slice(2);
const threads = Number(threadsArg);
const files = [];
const walk = (dir) => {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    if (entry.isDirectory()) walk(join(dir, entry.name));
    else if (entry.name.endsWith(".txt")) files.push(join(dir, entry.name));
  }
};
walk(folder);
const config = { strict: false, timeoutMs: 60_000, maxInputBytes: 16 * 1024 * 1024, field: "html", urlField: "url", style: { format: "jsonl", pretty: false } };
const workerUrl = new URL("../dist/cli-worker.js", import.meta.url);
const started = performance.now();
let finished = 0;
for (let k = 0; k < threads; k++) {
  const jobs = files.filter((_, i) => i % threads === k).map((path, seq) => ({ seq, input: path, source: { kind: "file", path } }));
  const worker = new Worker(workerUrl, { workerData: { config, progress: new SharedArrayBuffer(3 * 8) } });
  let sent = 0;
  let done = 0;
  const send = () => {
    if (sent >= jobs.length) return;
    worker.postMessage(jobs.slice(sent, sent + 64));
    sent += 64;
  };
  worker.on("message", (outcomes) => {
    done += outcomes.length;
    if (done < jobs.length) return send();
    void worker.terminate();
    if (++finished < threads) return;
    const cpu = process.cpuUsage();
    console.log(JSON.stringify({ seconds: (performance.now() - started) / 1000, cpuSeconds: (cpu.user + cpu.system) / 1e6 }));
  });
  send();
  send();
}
