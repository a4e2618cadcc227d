// Runs one peer in a process of its own (field checks on the modelled pages, and
// pages/s), or, as "kcnawatch-parser", the library alone on the same pages with
// htmlparser2's tokenizer beside it. Separate processes, because the peers change how
// shared code runs: linkedom drives the same htmlparser2 tokenizer with its own
// callbacks, and jsdom slowed schema validation. Run by run.ts; prints one JSON line.
import { buildCorpus, flat } from "./corpus.js";
import { checkFields, scoreFields, type FieldScores } from "./fields.js";
import { measure, type Budget, type Measured, type Task } from "./harness.js";
import { formatStatus, loadLibrary, loadTokenizer } from "./library.js";
import { extractor, type PEERS } from "./peers.js";
import { renderHtml } from "./render-html.js";

/** What the parent asks. */
export interface PeerJob {
  root: string;
  lib: string;
  peer: (typeof PEERS)[number] | "kcnawatch-parser";
  pages: number;
  budget: Budget;
  /** Check fields on the timed quarter only, not on every modelled page. */
  quick: boolean;
}

/** What the child answers. */
export interface PeerResult {
  name: string;
  versions: string;
  /** null for kcnawatch-parser itself (run.ts checks its fields). */
  fields: FieldScores | null;
  fieldPages: number;
  timedPages: number;
  timedBytes: number;
  html: boolean;
  results: Measured[];
}

async function main(): Promise<void> {
  const job = JSON.parse(process.argv[2]!) as PeerJob;
  const { lib } = await loadLibrary(job.root, job.lib);
  const modelled = buildCorpus(job.root, job.pages).filter((p) => p.model !== null);
  const html = modelled.map((p) => flat(renderHtml(p.model!)));
  // every fourth page, so sizes keep their spread
  const timed = modelled.map((p, i) => ({ page: p, html: html[i]! })).filter((_, i) => i % 4 === 0);
  const checked = job.quick ? timed : modelled.map((p, i) => ({ page: p, html: html[i]! }));
  const htmlOk = formatStatus(lib, "html", modelled.find((p) => p.group === "sample")!.model!).available;
  const tasks: Task[] = [];
  let fields: FieldScores | null = null;
  let name: string = job.peer;
  let versions = "";
  if (job.peer === "kcnawatch-parser") {
    tasks.push({ name: "parsePage(text)", run: () => timed.reduce((n, x) => n + (lib.safeParsePage(x.page.text).success ? 1 : 0), 0) });
    if (htmlOk) tasks.push({ name: "parsePage(html)", run: () => timed.reduce((n, x) => n + (lib.safeParsePage(x.html).success ? 1 : 0), 0) });
    // the bound for any HTML path built on htmlparser2: its tokenizer alone
    const tokenizer = htmlOk ? await loadTokenizer() : null;
    if (tokenizer !== null) tasks.push({ name: "htmlparser2 Tokenizer alone", run: () => timed.reduce((n, x) => (tokenizer.tokenize(x.html), n + 1), 0) });
  } else {
    const peer = await extractor(job.peer);
    name = peer.name;
    versions = peer.versions;
    fields = scoreFields(checked.map((x) => checkFields(x.page.model!, peer.extract(x.html, x.page.model!.url))));
    tasks.push({ name: peer.name, run: () => timed.reduce((n, x) => n + (peer.extract(x.html, x.page.model!.url) === null ? 0 : 1), 0) });
  }
  const answer: PeerResult = {
    name,
    versions,
    fields,
    fieldPages: checked.length,
    timedPages: timed.length,
    timedBytes: timed.reduce((n, x) => n + Buffer.byteLength(x.html), 0),
    html: htmlOk,
    results: measure(tasks, job.budget),
  };
  process.stdout.write(`${JSON.stringify(answer)}\n`);
}

await main();
