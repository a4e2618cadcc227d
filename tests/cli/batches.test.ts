// Working on corpora: --dedupe, --shard, --resume, --unordered and --page-timeout.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeCorpus, writeJsonlCorpus } from "../helpers/corpus.mjs";
import { SAMPLE, cleanup, parseRecords, requireBuild, runCli, summaryCounts, tempDir } from "../helpers/run-cli.js";

const sample = readFileSync(SAMPLE, "utf8");
let dir: string;
let corpus: string;
let files: string[];
let reference: string;
beforeAll(async () => {
  requireBuild();
  dir = tempDir();
  corpus = join(dir, "corpus");
  files = writeCorpus(corpus, 300, 7).files.map((f) => join(corpus, f));
  const run = await runCli([corpus, "--dedupe", "--quiet"]);
  reference = run.stdout;
});
afterAll(cleanup);

describe("kcnawatch-parse on corpora", () => {
  it("--dedupe keeps the first capture and names it in each later one", async () => {
    const first = join(dir, "first.txt");
    const again = join(dir, "again.txt");
    writeFileSync(first, sample);
    // The same article captured on another day: another capture line, same title, date and source.
    writeFileSync(again, sample.replace("January 20, 2026Jan 20, 2026", "March 2, 2026Mar 2, 2026"));
    const run = await runCli([first, again, again, "--dedupe", "--jobs", "1"]);
    expect(run.code).toBe(0);
    const [kept, dup1, dup2] = parseRecords(run.stdout);
    expect(kept).toMatchObject({ input: first, ok: true, page: { capturedAt: "2026-01-20", article: { id: "8e8b6738e7d685fa" } } });
    expect(dup1).toEqual({ input: again, ok: true, duplicateOf: first, id: "8e8b6738e7d685fa" });
    expect(dup2).toEqual(dup1);
    expect(summaryCounts(run.stderr)).toEqual({ inputs: 3, ok: 1, failed: 0, duplicates: 2 });
    const plain = await runCli([first, again, "--jobs", "1"]);
    expect(parseRecords(plain.stdout).map((r) => "page" in r)).toEqual([true, true]);
  });

  it("--shard K/N splits the inputs into disjoint parts that cover them, in input order, the same on every run", async () => {
    const shards = await Promise.all([1, 2, 3].map((k) => runCli([corpus, "--dedupe", "--shard", `${k}/3`, "--quiet", "--jobs", "1"])));
    const parts = shards.map((run) => parseRecords(run.stdout).map((r) => r.input));
    const all = parts.flat();
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual([...files].sort());
    for (const part of parts) {
      expect(part).toEqual(files.filter((f) => part.includes(f)));
      expect(part.length).toBeGreaterThan(60); // 300 inputs: about 100 each
    }
    const again = await runCli([corpus, "--shard", "2/3", "--quiet", "--jobs", "1"]);
    expect(parseRecords(again.stdout).map((r) => r.input)).toEqual(parts[1]);
    // Another mount point of the same corpus: the same files fall in the same shard.
    const moved = join(dir, "elsewhere", "mounted");
    cpSync(corpus, moved, { recursive: true });
    const there = await runCli([moved, "--shard", "2/3", "--quiet", "--jobs", "1"]);
    expect(parseRecords(there.stdout).map((r) => r.input.slice(moved.length))).toEqual(parts[1]!.map((f) => f.slice(corpus.length)));
  });

  it("--shard splits a JSONL corpus by record", async () => {
    const file = join(dir, "shard.jsonl");
    writeJsonlCorpus(file, 200, 3);
    const parts = await Promise.all([1, 2].map((k) => runCli(["--input", "jsonl", file, "--shard", `${k}/2`, "--quiet"])));
    const inputs = parts.flatMap((run) => parseRecords(run.stdout).map((r) => r.input));
    expect(inputs.sort()).toEqual(Array.from({ length: 200 }, (_, i) => `${file}:${i + 1}`).sort());
  });

  it("--resume appends only what is missing, after cutting a record left half-written", async () => {
    const out = join(dir, "resumed.jsonl");
    const lines = reference.split("\n");
    // 120 complete records, then half of the next one, as a hard kill leaves them.
    writeFileSync(out, `${lines.slice(0, 120).join("\n")}\n${lines[120]!.slice(0, 50)}`);
    const run = await runCli([corpus, "--dedupe", "--out", out, "--resume"]);
    expect(readFileSync(out, "utf8")).toBe(reference);
    expect(run.stderr).toContain(`; 120 skipped, already in ${out}\n`);
    expect(summaryCounts(run.stderr).inputs).toBe(180);
    const done = await runCli([corpus, "--dedupe", "--out", out, "--resume"]);
    expect(summaryCounts(done.stderr).inputs).toBe(0);
    expect(readFileSync(out, "utf8")).toBe(reference);
  });

  it("--resume works on CSV output too", async () => {
    const full = await runCli([corpus, "--dedupe", "--format", "csv", "--quiet"]);
    const out = join(dir, "resumed.csv");
    writeFileSync(out, full.stdout.slice(0, Math.floor(full.stdout.length / 2)));
    await runCli([corpus, "--dedupe", "--format", "csv", "--out", out, "--resume", "--quiet"]);
    expect(readFileSync(out, "utf8")).toBe(full.stdout);
  });

  it("--resume tells apart inputs of the same file name in different folders", { timeout: 30_000 }, async () => {
    const root = join(dir, "same-names");
    const one = join(root, "one", "page.txt");
    const two = join(root, "two", "page.txt");
    const last = join(root, "two", "z.txt");
    cpSync(SAMPLE, one);
    mkdirSync(join(root, "two"));
    writeFileSync(two, "Pyongyang, March 26 (KCNA) -- A dump that starts in the body.\n");
    cpSync(SAMPLE, last);
    for (const format of ["jsonl", "csv"]) {
      const full = await runCli([root, "--format", format, "--quiet"]);
      // Records end with a line break: LF in JSONL, CRLF in CSV (whose quoted text holds LFs).
      const [header, ...rows] = full.stdout.split(format === "csv" ? /(?<=\r\n)/ : /(?<=\n)/);
      const lines = format === "csv" ? rows : [header!, ...rows];
      expect(lines).toHaveLength(3);
      const head = format === "csv" ? header! : "";
      // Each of the three records alone in --out: --resume writes the other two, once each.
      for (const [i, done] of lines.entries()) {
        const out = join(dir, `same-names-${i}.${format}`);
        writeFileSync(out, head + done);
        const run = await runCli([root, "--format", format, "--out", out, "--resume"]);
        expect(readFileSync(out, "utf8")).toBe(head + done + lines.filter((_, j) => j !== i).join(""));
        expect(run.stderr).toContain(`; 1 skipped, already in ${out}\n`);
        expect(summaryCounts(run.stderr).inputs).toBe(2);
      }
    }
    // The same names given as relative paths, as the records then carry them.
    const relative = ["one/page.txt", "two/page.txt"];
    const out = join(dir, "same-names-relative.jsonl");
    await runCli([relative[0]!, "--out", out], { cwd: root });
    await runCli([...relative, "--out", out, "--resume"], { cwd: root });
    expect(parseRecords(readFileSync(out, "utf8")).map((r) => [r.input, r.ok])).toEqual([
      ["one/page.txt", true],
      ["two/page.txt", false],
    ]);
  });

  it("--resume gives an input named twice its second record when only the first was written", async () => {
    const out = join(dir, "twice.jsonl");
    await runCli([SAMPLE, "--out", out]);
    const run = await runCli([SAMPLE, SAMPLE, "--out", out, "--resume"]);
    expect(run.stderr).toContain(`; 1 skipped, already in ${out}\n`);
    expect(parseRecords(readFileSync(out, "utf8")).map((r) => r.input)).toEqual([SAMPLE, SAMPLE]);
    const again = await runCli([SAMPLE, SAMPLE, "--out", out, "--resume"]);
    expect(summaryCounts(again.stderr).inputs).toBe(0);
    expect(parseRecords(readFileSync(out, "utf8"))).toHaveLength(2);
  });

  it("--unordered writes the same records, in any order", async () => {
    const run = await runCli([corpus, "--unordered", "--quiet", "--jobs", "2"]);
    const sorted = (text: string) => text.split("\n").filter(Boolean).sort();
    const ordered = await runCli([corpus, "--quiet", "--jobs", "1"]);
    expect(sorted(run.stdout)).toEqual(sorted(ordered.stdout));
  });

  it("--page-timeout makes a page past the limit an error record, in a thread or in process", async () => {
    const head = sample.slice(0, sample.indexOf("More From"));
    const big = join(dir, "big.txt");
    // 1.2 million one-line paragraphs, just under the 16 MiB input limit: a cost per line
    // the parser cannot skip, far longer than the limit below.
    writeFileSync(big, head + "Workers met.\n".repeat(1_200_000));
    const threaded = await runCli([big, SAMPLE, "--jobs", "2", "--page-timeout", "0.15"]);
    const [slow, fine] = parseRecords(threaded.stdout);
    expect(slow).toEqual({
      input: big,
      ok: false,
      error: { code: "page_timeout", message: "Expected the page to parse within 0.15 s (--page-timeout), found it still running.", line: 1, column: 1 },
    });
    expect(fine).toMatchObject({ input: SAMPLE, ok: true });
    const inProcess = await runCli([SAMPLE, "--jobs", "1", "--page-timeout", "0.000001"]);
    const [late] = parseRecords(inProcess.stdout);
    expect(late?.ok === false && late.error.message).toMatch(/^Expected the page to parse within 0\.000001 s \(--page-timeout\), found it took [\d.e-]+ s\.$/);
  });
});
