// Writes docs/benchmarks.md from one run's measurements: ratios first, absolute figures after.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg, release, totalmem, type } from "node:os";
import { join } from "node:path";
import { find, ratio, type Measured, type Summary } from "./harness.js";
import type { AdversarialRow, LargeResult } from "./large.js";
import type { FieldScores } from "./fields.js";
import type { PeerResult } from "./peer-child.js";

/** One part of the report. */
export type Section =
  | { kind: "text"; corpusBytes: number; pages: number; realPages: number; results: Measured[]; groups: { label: string; pages: number; bytes: number; results: Measured[] }[] }
  | { kind: "format"; format: "markdown" | "html"; status: { available: boolean; why: string }; bytes: number; pages: number; results: Measured[]; tokenizer: string | null }
  | { kind: "peers"; pages: number; bytes: number; self: PeerResult; timing: PeerResult[]; fields: { name: string; input: string; scores: FieldScores | null }[]; fieldPages: number; html: boolean }
  | { kind: "large"; scaling: LargeResult[]; unvalidated: LargeResult[]; adversarial: AdversarialRow[] };

/** Everything one run measured. */
export interface Report {
  machine: string;
  date: string;
  library: string;
  command: string;
  quick: boolean;
  seconds: number;
  sections: Section[];
}

/** The machine, as far as Node can tell, with its load when the run started. */
export function machine(): string {
  const cpu = cpus();
  let commit = "unknown commit";
  try {
    commit = execFileSync("git", ["describe", "--always", "--dirty"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    // not a git checkout
  }
  const load = loadavg().map((l) => l.toFixed(2)).join(", ");
  return `${cpu[0]?.model.trim() ?? "unknown CPU"} × ${cpu.length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, ${type()} ${release()}, Node ${process.version}; load average at start ${load}; commit ${commit}`;
}

const f = (n: number, digits = 2): string => (Number.isFinite(n) ? n.toFixed(digits) : "—");
const iqr = (s: Summary, digits = 2): string => `${f(s.q1, digits)}–${f(s.q3, digits)}`;
const pct = (n: number): string => `${(100 * n).toFixed(0)}%`;
const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(bytes < 1e7 ? 2 : 0)} MB`;
const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
const yes = (ok: boolean | null): string => (ok === null ? "n/a" : ok ? "**met**" : "**missed**");

function get<K extends Section["kind"]>(sections: readonly Section[], kind: K, pred: (s: Extract<Section, { kind: K }>) => boolean = () => true): Extract<Section, { kind: K }> | undefined {
  return sections.find((s): s is Extract<Section, { kind: K }> => s.kind === kind && pred(s as Extract<Section, { kind: K }>));
}

/** A table of tasks measured together: time per pass, throughput, and the paired ratio to the first task (the floor). */
function taskTable(results: readonly Measured[], pages: number, bytes: number, against = results[0]!): string[] {
  const rows = ["| pass over the pages | median ms | IQR ms | wall ms | pages/s | MB/s | time × floor (median, IQR) |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"];
  for (const r of results) {
    const x = ratio(r, against);
    rows.push(`| ${r.name} | ${f(r.median)} | ${iqr(r)} | ${f(r.wall.median)} | ${f(pages / (r.median / 1000), 0)} | ${f(bytes / 1e6 / (r.median / 1000), 0)} | ${r === against ? "1 (floor)" : `${f(x.median)} (${iqr(x)})`} |`);
  }
  return rows;
}

/** a/b of medians measured in different processes; the range divides the quartiles crosswise. */
function unpaired(a: Measured, b: Measured): Summary {
  return { median: a.median / b.median, q1: a.q1 / b.q3, q3: a.q3 / b.q1, n: Math.min(a.n, b.n) };
}

function fieldCell(x: number | null): string {
  return x === null ? "not extracted" : pct(x);
}

/** Renders the report. */
export function writeReport(r: Report, root: string): string {
  const text = get(r.sections, "text")!;
  const md = get(r.sections, "format", (s) => s.format === "markdown")!;
  const html = get(r.sections, "format", (s) => s.format === "html")!;
  const peers = get(r.sections, "peers")!;
  const large = get(r.sections, "large")!;
  const floor = find(text.results, "floor: split + trim");
  const parse = find(text.results, "parsePage(string)");
  const parseRatio = ratio(parse, floor);
  const withV = find(text.results, "parsePage(string, { validate: true })");
  const withoutV = find(text.results, "parsePage(string, { validate: false })");
  const noV = ratio(withoutV, withV);
  const validationShare: Summary = { median: 1 - noV.median, q1: 1 - noV.q3, q3: 1 - noV.q1, n: noV.n };
  const [mb1, mb10, mb100] = large.scaling as [LargeResult, LargeResult, LargeResult];
  const scale100 = mb100.result.time.median / mb1.result.time.median;
  const worst = large.adversarial.reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const linkedom = peers.timing.find((t) => t.name === "Readability + linkedom")!;
  const vsPeer = (ours: string): Summary => unpaired(find(linkedom.results, linkedom.name), find(peers.self.results, ours));
  const htmlTok = html.status.available && html.tokenizer !== null ? ratio(find(html.results, "parsePage(html)"), html.results.find((x) => x.name.includes("Tokenizer"))!) : null;

  const L: string[] = [];
  L.push("# Benchmarks", "");
  L.push(`Generated by \`${r.command}\` (\`bench/run.ts\`) on ${r.date.slice(0, 10)}; do not edit by hand, rerun it. Took ${f(r.seconds, 0)} s.${r.quick ? " **Quick run: fewer pages and rounds; use the full run for published figures.**" : ""}`, "");
  L.push(`- Machine: ${r.machine}`, `- Library: ${r.library}, measured as shipped (the built \`dist/\`)`, `- Reproduce: \`npm ci && npm run bench\` (builds first; \`npm run bench -- --quick\` for a short run)`, "");
  L.push("Ratios are the headline: each is taken within one round of a run that measures both sides, and summarised by its median and interquartile range (IQR). Absolute figures depend on the machine and what else it runs; this one is shared.", "");

  L.push("## Targets", "", "| target | measured | |", "| --- | --- | --- |");
  L.push(`| text parse ≥ 33% of the floor's throughput (parse + validate ≤ 3× split + trim) | ${f(parseRatio.median)}× the floor's time (IQR ${iqr(parseRatio)}), i.e. ${pct(1 / parseRatio.median)} of its throughput | ${yes(parseRatio.median <= 3)} |`);
  L.push(`| schema validation ≤ 15% of parse time | ${pct(validationShare.median)} (IQR ${pct(validationShare.q1)}–${pct(validationShare.q3)}) | ${yes(validationShare.median <= 0.15)} |`);
  L.push(`| time(100 MB) / time(1 MB) within 100 ± 15% | ${f(scale100, 1)} | ${yes(scale100 >= 85 && scale100 <= 115)} |`);
  L.push(`| adversarial inputs ≤ 2× a benign input of the same size | worst ${f(worst.ratio)}× (${worst.label}) | ${yes(worst.ratio <= 2)} |`);
  L.push(`| HTML parse ≤ 1.5× htmlparser2's tokenizer alone | ${htmlTok === null ? `not available: ${html.status.why}` : `${f(htmlTok.median)}× (IQR ${iqr(htmlTok)})`} | ${yes(htmlTok === null ? null : htmlTok.median <= 1.5)} |`);
  const peerHtml = peers.html ? vsPeer("parsePage(html)") : null;
  const peerText = vsPeer("parsePage(text)");
  const tokVsPeer = peers.self.results.some((m) => m.name === "htmlparser2 Tokenizer alone") ? vsPeer("htmlparser2 Tokenizer alone") : null;
  const bound = tokVsPeer === null ? "" : `; htmlparser2's tokenizer alone is ${f(tokVsPeer.median, 0)}× (IQR ${iqr(tokVsPeer, 0)}), the bound for any HTML path built on it`;
  L.push(`| ≥ 100× the pages/s of Readability + linkedom | ${peerHtml === null ? `HTML not available (${html.status.why}); the text path of the same pages: ${f(peerText.median, 0)}×` : `${f(peerHtml.median, 0)}× on HTML (IQR ${iqr(peerHtml, 0)})${bound}; text path ${f(peerText.median, 0)}×`} | ${yes(peerHtml === null ? null : peerHtml.median >= 100)} |`);
  L.push("");

  L.push("## Corpus", "");
  L.push(`${text.pages} pages, ${mb(text.corpusBytes)} of text dumps: ${text.pages - text.realPages - 1} generated pages (\`bench/corpus.ts\`, seeded, so every run reads the same bytes), the bundled sample \`tests/fixtures/complete-sample/input.txt\`, and ${text.realPages} real cut dumps from \`../shared/samples/real\`${text.realPages === 0 ? " (absent in this checkout)" : ""}.`);
  L.push("Generated pages are 2–20 KB (log-uniform), with one in fifty near 100 KB; they vary the layout as real dumps do (blank-line, single-newline with untitled related items, triple-newline, CRLF, whole body on one line), the header (capture line long+short, long or absent; brand line or not), the sources and editions, KCNA datelines, ` -0-` end marks, Juche and Gregorian stamps, press-review bullets, 0–15 related items, and include pages entirely in Korean. Every generated page is a model of the fields a correct parser returns, rendered as a text dump, as reader-proxy markdown, and as HTML with site chrome (head metadata, styles, scripts, menus, search form, share widgets, newsletter box, footer).", "");

  L.push("## Text path", "", ...taskTable(text.results, text.pages, text.corpusBytes), "");
  L.push(`- parsePage(bytes) against UTF-8 decoding alone: ${f(ratio(find(text.results, "parsePage(bytes)"), find(text.results, "floor: UTF-8 decode")).median)}×.`);
  L.push(`- Schema validation (\`validate: true\` against \`validate: false\`, same options object otherwise): ${pct(validationShare.median)} of parse time (IQR ${pct(validationShare.q1)}–${pct(validationShare.q3)}).`);
  for (const g of text.groups) {
    const x = ratio(find(g.results, "parsePage(string)"), find(g.results, "floor: split + trim"));
    L.push(`- ${g.label}: ${g.pages} pages, ${mb(g.bytes)}: parse ${f(x.median)}× the floor's time (IQR ${iqr(x)}); ${f(g.pages / (find(g.results, "parsePage(string)").median / 1000), 0)} pages/s.`);
  }
  L.push("");

  for (const s of [md, html]) {
    L.push(`## ${s.format === "html" ? "HTML" : "Markdown"} path`, "");
    if (!s.status.available) L.push(`Not available in this build: ${s.status.why}. The suite renders the same ${s.pages} pages as ${s.format} (${mb(s.bytes)}) and measures them as soon as the library reads the format.`, "");
    else L.push(`${s.pages} pages, ${mb(s.bytes)}; ${s.status.why}.`, "", ...taskTable(s.results, s.pages, s.bytes), "");
  }

  L.push("## Against the peers", "");
  L.push(`What a user would otherwise run on the saved HTML: a generic article extractor on a DOM. Pages/s on every fourth modelled page (${peers.pages} pages, ${mb(peers.bytes)} of HTML, the same size spread). Each extractor runs in a process of its own, and kcnawatch-parser in another: linkedom drives the same htmlparser2 tokenizer as kcnawatch-parser's HTML front end, with its own callbacks, which slowed both in a shared process, and loading jsdom made schema validation about twice as slow. The ratios are therefore of medians from different processes (the range divides the quartiles crosswise).`, "");
  L.push("| extractor | versions | pages/s | × slower than kcnawatch-parser on HTML (range) | × slower than kcnawatch-parser on the text dump (range) |", "| --- | --- | ---: | ---: | ---: |");
  const oursHtml = peers.html ? find(peers.self.results, "parsePage(html)") : null;
  const oursText = find(peers.self.results, "parsePage(text)");
  for (const t of peers.timing) {
    const peer = find(t.results, t.name);
    const xh = oursHtml === null ? null : unpaired(peer, oursHtml);
    const xt = unpaired(peer, oursText);
    L.push(`| ${t.name} | ${t.versions} | ${f(peers.pages / (peer.median / 1000), 0)} | ${xh === null ? "n/a" : `${f(xh.median, 0)} (${iqr(xh, 0)})`} | ${f(xt.median, 0)} (${iqr(xt, 0)}) |`);
  }
  L.push("", `kcnawatch-parser alone: ${peers.self.results.map((m) => `${m.name} ${f(peers.pages / (m.median / 1000), 0)} pages/s`).join("; ")}.`);
  L.push("", peers.html ? "" : "The HTML front end is not in this build: only the text-dump comparison applies.", "");
  L.push(`Fields right, over ${peers.fieldPages} modelled pages (exact match after collapsing white space; the date as ISO \`YYYY-MM-DD\`; the source as printed after \`Source:\`, which a generic extractor can only offer as site name, byline or author; body: the paragraphs exactly, in order, nothing missing or added; recall: share of the page's paragraphs found exactly):`, "");
  L.push("| extractor | input | title | ISO date | source | body | paragraph recall | related items |", "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const row of peers.fields) {
    if (row.scores === null) L.push(`| ${row.name} | ${row.input} | not available | | | | | |`);
    else L.push(`| ${row.name} | ${row.input} | ${pct(row.scores.title)} | ${pct(row.scores.publishedAt)} | ${pct(row.scores.source)} | ${pct(row.scores.body)} | ${pct(row.scores.paragraphRecall)} | ${fieldCell(row.scores.related)} |`);
  }
  L.push("", "The generic extractors read the date from `article:published_time`, which on these pages says when the item entered the site (the same day for most, later for pages added afterwards); they keep the source stamp and the ` -0-` end mark in the body, and have no related-items field.", "");

  L.push("## Scaling", "", "One input of concatenated pages, parsed whole (`maxInputBytes` and `maxLineLength` raised to allow it), each size in a process of its own.", "");
  L.push("| input | size | median ms | IQR ms | runs | time / time(1 MB) | MB/s | peak RSS | peak − RSS before parsing | result |", "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
  const [nv1, nv100] = large.unvalidated as [LargeResult, LargeResult];
  for (const s of [...large.scaling, ...large.unvalidated]) {
    const t = s.result.time;
    const base = large.unvalidated.includes(s) ? nv1 : mb1;
    L.push(`| ${s.label} | ${mb(s.result.bytes)} | ${f(t.median, 1)} | ${iqr(t, 1)} | ${t.n} | ${f(t.median / base.result.time.median, 1)} | ${f(s.result.bytes / 1e6 / (t.median / 1000), 0)} | ${mib(s.result.peakRss)} | ${mib(s.result.peakRss - s.result.baselineRss)} | ${s.result.outcome}, ${s.result.warnings} warnings |`);
  }
  L.push("", `time(10 MB) / time(1 MB) = ${f(mb10.result.time.median / mb1.result.time.median, 1)}; time(100 MB) / time(1 MB) = ${f(scale100, 1)}; without validation, ${f(nv100.result.time.median / nv1.result.time.median, 1)}. A concatenation is one page followed by text after its footer, so every later line becomes an \`unexpected_line\` warning: this measures the front end, the grammar and, with validation, the schema check of hundreds of thousands of warnings.`, "");

  L.push("## Adversarial inputs", "", "Each against a benign input of the same size (concatenated pages), as time per byte over time per byte: timed in turn in one process, run by run, and the ratio is the median of the pairs (the 100 MB row divides by the 1 MB row of the scaling table instead).", "");
  L.push("| input | size | median ms | result | benign ms (size) | ratio (IQR) |", "| --- | ---: | ---: | --- | ---: | ---: |");
  for (const a of large.adversarial) {
    const p = a.input.result.paired;
    const benign = p === undefined ? `${f(a.benign.result.time.median, 1)} (${mb(a.benign.result.bytes)})` : `${f(p.time.median, 1)} (${mb(p.bytes)})`;
    L.push(`| ${a.label} | ${mb(a.input.result.bytes)} | ${f(a.input.result.time.median, 1)} | ${a.input.result.outcome} | ${benign} | ${f(a.ratio)}${p === undefined ? "" : ` (${iqr(p.ratio)})`} |`);
  }
  L.push("");

  const history = join(root, "bench", "history.md");
  if (existsSync(history)) L.push(readFileSync(history, "utf8").trim(), "");

  // link-heavy inputs at 4 and 8 MB (`npm run bench:links`), kept in their file and shown here
  const links = join(root, "docs", "benchmarks-links.md");
  if (existsSync(links)) L.push(readFileSync(links, "utf8").trim().replace(/^# /, "## "), "");

  // the CLI's own figures (`npm run bench:cli`), kept in their file and shown here
  const cli = join(root, "docs", "benchmarks-cli.md");
  if (existsSync(cli)) L.push(readFileSync(cli, "utf8").trim().replace(/^# /, "## "), "");

  L.push("## Method", "");
  L.push("- Each pass runs one operation over every page of its set. Passes run in rounds; each round runs every task once, in an order rotated from round to round, so that the machine's slow moments fall on all tasks alike; `gc()` (node `--expose-gc`) runs before each pass, outside the timing.");
  L.push(`- Warm-up rounds first, then ${r.quick ? "at least 10" : "at least 40"} measured rounds and as many more as fit the time budget. Medians and IQRs are over the rounds; a ratio is computed round by round, then summarised.`);
  L.push("- The floor is what any line parser must at least do: `text.split(\"\\n\")` and `trim()` on each line; and, for byte input, `TextDecoder` on the same bytes.");
  L.push("- The library is imported from `dist/` after `npm run build`, as users receive it. The peers run with their documented defaults, on documents built from the same HTML strings.");
  L.push("- Large inputs run in child processes (`bench/child.ts`), each timed several times; peak memory is the child's maximum resident set size.");
  L.push("");
  return L.join("\n");
}
