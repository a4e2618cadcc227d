// Compares builds of the library on the text corpus, in the same rounds, against the floor.
// node --expose-gc --import tsx bench/compare.ts [--format markdown|html] <dist/index.js> [<other build's index.js> ...]
// (copy a build under node_modules/ so that it resolves zod, e.g. node_modules/.before/index.js)
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCorpus, flat, type CorpusPage } from "./corpus.js";
import { renderHtml } from "./render-html.js";
import { renderMarkdown } from "./render-markdown.js";
import { find, measure, ratio, slices, type Task } from "./harness.js";
import { loadLibrary } from "./library.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const formatAt = args.indexOf("--format");
const format = formatAt === -1 ? "text" : args.splice(formatAt, 2)[1];
const builds = args;
if (builds.length === 0) throw new Error("usage: compare.ts [--format markdown|html] <build index.js> [...]");
const render = (p: CorpusPage): string => (format === "html" ? flat(renderHtml(p.model!)) : format === "markdown" ? flat(renderMarkdown(p.model!)) : p.text);
const PARTS = 16;
const sliced = slices(buildCorpus(root, 200).filter((p) => format === "text" || p.model !== null).map(render), PARTS);
const tasks: Task[] = [
  {
    name: "floor",
    run: (p) => {
      let n = 0;
      for (const t of sliced[p]!) for (const line of t.split("\n")) n += line.trim().length;
      return n;
    },
  },
];
for (const build of builds) {
  const { lib } = await loadLibrary(root, build);
  for (const validate of [true, false]) {
    const options = { validate };
    tasks.push({ name: `${build} validate:${validate}`, run: (p) => sliced[p]!.reduce((n, t) => n + (lib.safeParsePage(t, options).success ? 1 : 0), 0) });
  }
}
const results = measure(tasks, { warmupRounds: 10, minRounds: 60, maxRounds: 600, timeMs: 30_000 }, PARTS);
const floor = find(results, "floor");
for (const r of results) {
  const x = ratio(r, floor);
  process.stdout.write(`${r.name.padEnd(50)} ${r.median.toFixed(2).padStart(7)} ms CPU  × floor ${x.median.toFixed(2)} (IQR ${x.q1.toFixed(2)}–${x.q3.toFixed(2)})\n`);
}
for (const build of builds) {
  const share = ratio(find(results, `${build} validate:false`), find(results, `${build} validate:true`));
  process.stdout.write(`${build}: validation ${(100 * (1 - share.median)).toFixed(0)}% of parse time (IQR ${(100 * (1 - share.q3)).toFixed(0)}–${(100 * (1 - share.q1)).toFixed(0)}%)\n`);
}
