// npm run bench [-- --quick] [-- --lib path/to/index.js] [-- --out file.md]
// Measures the built library against the floor and the peers and writes docs/benchmarks.md.
import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCorpus, flat, type CorpusPage } from "./corpus.js";
import { checksum, measure, slices, type Budget, type Task } from "./harness.js";
import { formatStatus, fromParsedPage, loadLibrary, loadTokenizer, type Library } from "./library.js";
import type { Recipe } from "./child.js";
import { LargeInputs, perByteRatio, unitOf, type AdversarialRow, type LargeResult } from "./large.js";
import { checkFields, scoreFields, type FieldScores } from "./fields.js";
import type { PeerJob, PeerResult } from "./peer-child.js";
import { PEERS } from "./peers.js";
import { renderHtml } from "./render-html.js";
import { renderMarkdown } from "./render-markdown.js";
import { machine, writeReport, type Report, type Section } from "./report.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const quick = args.includes("--quick");
const argOf = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args[i + 1];
};
const log = (s: string): void => void process.stderr.write(`${s}\n`);

const budget: Budget = quick
  ? { warmupRounds: 3, minRounds: 10, maxRounds: 60, timeMs: 3000 }
  : { warmupRounds: 10, minRounds: 40, maxRounds: 400, timeMs: 20_000 };
const peerBudget: Budget = quick ? { warmupRounds: 1, minRounds: 2, maxRounds: 2, timeMs: 0 } : { warmupRounds: 1, minRounds: 5, maxRounds: 15, timeMs: 20_000 };

const bytesOf = (list: readonly string[]): number => list.reduce((n, s) => n + Buffer.byteLength(s), 0);

/** Slices per pass (see harness.ts): small enough that both sides of a ratio meet the same machine. */
const PARTS = 16;

/** The floor: split into lines and trim each. */
function splitTrim(texts: readonly string[], parts: number): Task["run"] {
  const sliced = slices(texts, parts);
  return (p) => {
    let n = 0;
    for (const t of sliced[p]!) for (const line of t.split("\n")) n += line.trim().length;
    return n;
  };
}

function parseAll(lib: Library, inputs: readonly (string | Uint8Array)[], parts: number, options?: Parameters<Library["safeParsePage"]>[1]): Task["run"] {
  const sliced = slices(inputs, parts);
  return (p) => {
    let n = 0;
    for (const input of sliced[p]!) n += lib.safeParsePage(input, options).success ? 1 : 0;
    return n;
  };
}

/** A pass measured with its floor, sliced as finely as the pages allow. */
function withFloor(lib: Library, texts: readonly string[], name: string, extra: Task[] = []): ReturnType<typeof measure> {
  const parts = Math.min(PARTS, texts.length);
  return measure([{ name: "floor: split + trim", run: splitTrim(texts, parts) }, { name, run: parseAll(lib, texts, parts) }, ...extra], budget, parts);
}

async function main(): Promise<void> {
  const started = Date.now();
  const { lib, path: libPath, version } = await loadLibrary(root, argOf("--lib"));
  const corpusPages = quick ? 100 : 200;
  const corpus: CorpusPage[] = buildCorpus(root, corpusPages);
  const modelled = corpus.filter((p) => p.model !== null);
  const texts = corpus.map((p) => p.text);
  const encoder = new TextEncoder();
  const byteInputs = texts.map((t) => encoder.encode(t));
  const decoder = new TextDecoder();
  const sections: Section[] = [];
  log(`corpus: ${corpus.length} pages, ${(bytesOf(texts) / 1e6).toFixed(2)} MB of text`);

  // Text: the floor, parsePage, validation share.
  log("text path...");
  const decodeSlices = slices(byteInputs, PARTS);
  const text = measure(
    [
      { name: "floor: split + trim", run: splitTrim(texts, PARTS) },
      { name: "floor: UTF-8 decode", run: (p) => decodeSlices[p]!.reduce((n, b) => n + decoder.decode(b).length, 0) },
      { name: "parsePage(string)", run: parseAll(lib, texts, PARTS) },
      { name: "parsePage(bytes)", run: parseAll(lib, byteInputs, PARTS) },
      { name: "parsePage(string, { validate: true })", run: parseAll(lib, texts, PARTS, { validate: true }) },
      { name: "parsePage(string, { validate: false })", run: parseAll(lib, texts, PARTS, { validate: false }) },
    ],
    budget,
    PARTS,
  );
  // The same ratio on the small real dumps and on the largest pages: per-page costs weigh on the first, per-line costs on the second.
  const groups = [
    { label: "real cut dumps (about 2 KB each)", texts: corpus.filter((p) => p.group === "real").map((p) => p.text) },
    { label: "generated pages of 50 KB or more", texts: texts.filter((t) => t.length >= 50_000) },
    { label: "generated pages under 5 KB", texts: corpus.filter((p) => p.group === "generated" && p.text.length < 5000).map((p) => p.text) },
  ].filter((g) => g.texts.length > 0);
  const groupResults = groups.map((g) => ({
    label: g.label,
    pages: g.texts.length,
    bytes: bytesOf(g.texts),
    results: withFloor(lib, g.texts, "parsePage(string)"),
  }));
  const realPages = groups.find((g) => g.label.startsWith("real"))?.texts.length ?? 0;
  sections.push({ kind: "text", corpusBytes: bytesOf(texts), pages: corpus.length, realPages, results: text, groups: groupResults });

  // Markdown and HTML, when the library reads them.
  const probe = corpus.find((p) => p.group === "sample")!.model!;
  const mdStatus = formatStatus(lib, "markdown", probe);
  const htmlStatus = formatStatus(lib, "html", probe);
  const markdown = modelled.map((p) => flat(renderMarkdown(p.model!)));
  const html = modelled.map((p) => flat(renderHtml(p.model!)));
  if (mdStatus.available) {
    log("markdown path...");
    const r = withFloor(lib, markdown, "parsePage(markdown)");
    sections.push({ kind: "format", format: "markdown", status: mdStatus, bytes: bytesOf(markdown), pages: markdown.length, results: r, tokenizer: null });
  } else sections.push({ kind: "format", format: "markdown", status: mdStatus, bytes: bytesOf(markdown), pages: markdown.length, results: [], tokenizer: null });
  const tokenizer = htmlStatus.available ? await loadTokenizer() : null;
  if (htmlStatus.available) {
    log("html path...");
    const htmlSlices = slices(html, Math.min(PARTS, html.length));
    const extra: Task[] = tokenizer === null ? [] : [{ name: `htmlparser2 ${tokenizer.version} Tokenizer alone`, run: (p) => htmlSlices[p]!.reduce((n, h) => (tokenizer.tokenize(h), n + 1), 0) }];
    sections.push({ kind: "format", format: "html", status: htmlStatus, bytes: bytesOf(html), pages: html.length, results: withFloor(lib, html, "parsePage(html)", extra), tokenizer: tokenizer?.version ?? null });
  } else sections.push({ kind: "format", format: "html", status: htmlStatus, bytes: bytesOf(html), pages: html.length, results: [], tokenizer: null });

  // Peers, each in a process of its own (see peers.ts); our own field checks here.
  log("peers...");
  const fieldPages = quick ? modelled.filter((_, i) => i % 4 === 0) : modelled;
  const fields: { name: string; input: string; scores: FieldScores | null }[] = [];
  const ours = (inputs: readonly string[]): FieldScores =>
    scoreFields(fieldPages.map((p, i) => {
      const r = lib.safeParsePage(inputs[i]!);
      return checkFields(p.model!, r.success ? fromParsedPage(r.data) : null);
    }));
  fields.push({ name: "kcnawatch-parser", input: "text dump", scores: ours(fieldPages.map((p) => p.text)) });
  fields.push({ name: "kcnawatch-parser", input: "markdown", scores: mdStatus.available ? ours(fieldPages.map((p) => flat(renderMarkdown(p.model!)))) : null });
  fields.push({ name: "kcnawatch-parser", input: "HTML", scores: htmlStatus.available ? ours(fieldPages.map((p) => flat(renderHtml(p.model!)))) : null });
  const runPeer = (peer: PeerJob["peer"]): PeerResult => {
    log(`  ${peer}`);
    const job: PeerJob = { root, lib: libPath, peer, pages: corpusPages, budget: peer === "kcnawatch-parser" ? budget : peerBudget, quick };
    const out = execFileSync(process.execPath, ["--expose-gc", "--import", "tsx", join(root, "bench/peer-child.ts"), JSON.stringify(job)], { cwd: root, encoding: "utf8", maxBuffer: 1 << 24 });
    return JSON.parse(out) as PeerResult;
  };
  const self = runPeer("kcnawatch-parser");
  const peerResults = PEERS.map(runPeer);
  for (const r of peerResults) fields.push({ name: r.name, input: "HTML", scores: r.fields });
  sections.push({ kind: "peers", pages: self.timedPages, bytes: self.timedBytes, self, timing: peerResults, fields, fieldPages: fieldPages.length, html: self.html });

  // Scaling and adversarial inputs, each in a process of its own.
  log("large inputs...");
  const large = new LargeInputs(root, libPath, unitOf(modelled.map((p) => p.text)), unitOf(html), quick);
  try {
    const scaling: LargeResult[] = [1, 10, 100].map((times) => large.run(`${times} MB of concatenated pages`, { kind: "units", unit: "text", times }));
    const [mb1, mb10, mb100] = scaling as [LargeResult, LargeResult, LargeResult];
    const unvalidated = [1, 100].map((times) => large.run(`${times} MB of concatenated pages, \`validate: false\``, { kind: "units", unit: "text", times }, "text", false));
    const adversarial: AdversarialRow[] = [];
    const vs = (input: LargeResult, benign: LargeResult): void => void adversarial.push({ label: input.label, input, benign, ratio: perByteRatio(input, benign) });
    const unit1: Recipe = { kind: "units", unit: "text", times: 1 };
    const unit10: Recipe = { kind: "units", unit: "text", times: 10 };
    for (const [name, ch] of [["(", "("], ["<", "<"], ["*", "*"], ["|", "|"], ["spaces", " "]] as const) {
      vs(large.run(`1 MB of ${name === "spaces" ? "spaces" : `\`${name}\``}`, { kind: "repeat", text: ch, bytes: 1_000_000 }, "text", true, unit1), mb1);
    }
    vs(large.run("one 10 MB line (the pages with line breaks made spaces)", { kind: "one-line", times: 10 }, "text", true, unit10), mb10);
    vs(large.run("a million blank lines", { kind: "repeat", text: "\n", bytes: 1_000_000 }, "text", true, unit1), mb1);
    vs(large.run("100,000 nested `<div>`s, as text", { kind: "nested-divs", count: 100_000 }, "text", true, unit1), mb1);
    if (htmlStatus.available) {
      const htmlUnit: Recipe = { kind: "units", unit: "html", times: 1 };
      const htmlBenign = large.run("1 MB of concatenated HTML pages", htmlUnit, "html");
      vs(large.run("100,000 nested `<div>`s, as HTML", { kind: "nested-divs", count: 100_000 }, "html", true, htmlUnit), htmlBenign);
    }
    vs(large.run("1 MB paragraph split into lower-case lines", { kind: "lower-case-lines", bytes: 1_000_000 }, "text", true, unit1), mb1);
    vs(mb100, mb1);
    sections.push({ kind: "large", scaling: [mb1, mb10, mb100], unvalidated, adversarial });
  } finally {
    large.close();
  }

  const report: Report = {
    machine: machine(),
    date: new Date().toISOString(),
    library: `kcnawatch-parser ${version} (${libPath.startsWith(root) ? libPath.slice(root.length + 1) : libPath})`,
    command: `npm run bench${quick ? " -- --quick" : ""}`,
    quick,
    seconds: (Date.now() - started) / 1000,
    sections,
  };
  const out = resolve(root, argOf("--out") ?? join("docs", "benchmarks.md"));
  writeFileSync(out, writeReport(report, root));
  log(`wrote ${out} in ${report.seconds.toFixed(0)} s (checksum ${checksum()})`);
}

await main();

