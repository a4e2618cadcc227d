// `npm run bench:cli`: pages per second of the built CLI with --jobs 1 and --jobs 2 on
// one generated corpus, their ratio, and peak memory; writes docs/benchmarks-cli.md.
// Runs alternate between the two settings and the best of each is kept, because the
// machine may be shared: the best run is the one least slowed by other work.
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { writeCorpus } from "../tests/helpers/corpus.mjs";

const root = join(import.meta.dirname, "..");
const PAGES = Number(process.env.BENCH_PAGES ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

function run(args, rssFile) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ["--import", join(root, "bench", "rss-probe.mjs"), join(root, "dist", "cli.js"), ...args, "--quiet"], {
      stdio: ["ignore", "ignore", "inherit"],
      env: { ...process.env, KCNAWATCH_RSS_FILE: rssFile },
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const seconds = (performance.now() - started) / 1000;
      if (code !== 0 && code !== 1) return reject(new Error(`kcnawatch-parse exited with ${code}`));
      resolve({ seconds, rss: Number(readFileSync(rssFile, "utf8")) });
    });
  });
}

const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const dir = mkdtempSync(join(tmpdir(), "kcnawatch-bench-"));
try {
  const corpus = join(dir, "corpus");
  const { expected } = writeCorpus(corpus, PAGES);
  const rssFile = join(dir, "rss");
  const load = loadavg()[0].toFixed(1);
  const best = { 1: null, 2: null };
  for (let round = 0; round < ROUNDS; round++) {
    for (const jobs of [1, 2]) {
      const r = await run([corpus, "--jobs", String(jobs)], rssFile);
      console.log(`round ${round + 1}, --jobs ${jobs}: ${Math.round(PAGES / r.seconds)} pages/s, peak RSS ${mb(r.rss)}`);
      const b = best[jobs];
      best[jobs] = { seconds: Math.min(b?.seconds ?? Infinity, r.seconds), rss: Math.max(b?.rss ?? 0, r.rss) };
    }
  }
  // Memory against corpus size: a quarter of the inputs (one shard of four) against all of them.
  const quarter = await run([corpus, "--jobs", "2", "--shard", "1/4"], rssFile);
  const rate = (jobs) => Math.round(PAGES / best[jobs].seconds);
  const ratio = (best[1].seconds / best[2].seconds).toFixed(2);
  const cpu = cpus();
  const report = `# CLI benchmark

\`npm run bench:cli\` (bench/cli.mjs): the built \`kcnawatch-parse\` on one generated
folder corpus of ${PAGES.toLocaleString("en")} pages (tests/helpers/corpus.mjs: ${expected.ok - expected.duplicates} complete
or cut pages, ${expected.duplicates} recaptures, ${expected.failed} corrupt inputs; about ${mb(PAGES * 2400)} of text), JSONL
output to /dev/null. Wall time of the whole process, start-up included; best of
${ROUNDS} alternating runs per setting.

| setting | pages/s | peak RSS |
| --- | --- | --- |
| \`--jobs 1\` (in process) | ${rate(1)} | ${mb(best[1].rss)} |
| \`--jobs 2\` (2 worker threads) | ${rate(2)} | ${mb(best[2].rss)} |
| ratio \`--jobs 2\` / \`--jobs 1\` | ${ratio} | |

Peak RSS with \`--jobs 2\` and \`--shard 1/4\` (a quarter of the pages): ${mb(quarter.rss)},
against ${mb(best[2].rss)} for all of them: memory does not grow with the corpus.

Machine: ${cpu.length} × ${cpu[0]?.model.trim() ?? "unknown CPU"}, Node ${process.version}, load average ${load}
when the benchmark started (the machine was shared with other work, so these figures are a floor).
`;
  writeFileSync(join(root, "docs", "benchmarks-cli.md"), report);
  console.log(`\n${report}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
