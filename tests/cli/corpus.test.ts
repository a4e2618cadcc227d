// A generated corpus of 10,000 pages (valid, recaptured, cut and corrupt): every page
// gets exactly its record, in order, the summary adds up, and Ctrl-C then --resume
// gives the same output as one uninterrupted run.
import { existsSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CORRUPT_KINDS, writeCorpus, type ExpectedCounts, type GeneratedPage } from "../helpers/corpus.mjs";
import { cleanup, parseRecords, requireBuild, runCli, startCli, summaryCounts, tempDir } from "../helpers/run-cli.js";

const PAGES = 10_000;
let dir: string;
let corpus: string;
let inputs: string[];
let kinds: GeneratedPage["kind"][];
let expected: ExpectedCounts;
let output: string;

beforeAll(() => {
  requireBuild();
  dir = tempDir();
  corpus = join(dir, "corpus");
  const written = writeCorpus(corpus, PAGES);
  inputs = written.files.map((f) => join(corpus, f));
  kinds = written.kinds;
  expected = written.expected;
});
afterAll(cleanup);

const byCount = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([code, n]) => `${code} ${n}`)
    .join(", ");

describe(`kcnawatch-parse on ${PAGES} generated pages`, () => {
  it("writes one record per page, in input order, each the outcome its page was made for", { timeout: 60_000 }, async () => {
    const out = join(dir, "all.jsonl");
    const run = await runCli([corpus, "--dedupe", "--jobs", "2", "--out", out]);
    expect(run.code).toBe(1);
    output = readFileSync(out, "utf8");
    const records = parseRecords(output);
    expect(records.map((r) => r.input)).toEqual(inputs);
    const corruptCode = new Map(CORRUPT_KINDS.map((c) => [c.kind, c.code]));
    records.forEach((record, i) => {
      const kind = kinds[i]!;
      if (corruptCode.has(kind)) {
        expect(record.ok === false && record.error.code, `${record.input} (${kind})`).toBe(corruptCode.get(kind));
      } else if (kind === "recapture") {
        expect(record, record.input).toEqual({ input: record.input, ok: true, duplicateOf: inputs[i - 5], id: expect.any(String) });
      } else {
        if (!record.ok || !("page" in record)) return expect.fail(`${record.input} (${kind}) did not parse: ${JSON.stringify(record)}`);
        expect(record.page.truncated, record.input).toBe(kind === "cut");
        expect(record.page.warnings.map((w) => w.code), record.input).toEqual(kind === "cut" ? ["truncated_input"] : []);
      }
    });
    expect(summaryCounts(run.stderr)).toEqual({ inputs: PAGES, ok: expected.ok - expected.duplicates, failed: expected.failed, duplicates: expected.duplicates });
    expect(run.stderr).toContain(`\n  warnings: ${byCount(expected.warnings)}\n  errors: ${byCount(expected.errors)}\n`);
  });

  it("stops cleanly on Ctrl-C, leaving complete records, and --resume completes the same output", { timeout: 60_000 }, async () => {
    const out = join(dir, "interrupted.jsonl");
    const { child, done } = startCli([corpus, "--dedupe", "--jobs", "1", "--out", out]);
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (existsSync(out) && statSync(out).size > 0) {
          clearInterval(poll);
          child.kill("SIGINT");
          resolve();
        }
      }, 5);
    });
    const stopped = await done;
    expect(stopped.code).toBe(130);
    const partial = readFileSync(out, "utf8");
    const records = parseRecords(partial);
    expect(records.length).toBeGreaterThan(0);
    expect(records.length).toBeLessThan(PAGES);
    expect(records.map((r) => r.input)).toEqual(inputs.slice(0, records.length));
    expect(stopped.stderr).toContain(`  stopped (interrupted) after writing records for the first ${records.length} inputs (last: ${inputs[records.length - 1]}); run again with --resume to go on\n`);

    const resumed = await runCli([corpus, "--dedupe", "--jobs", "2", "--out", out, "--resume"]);
    expect(resumed.code).toBe(1);
    expect(summaryCounts(resumed.stderr).inputs).toBe(PAGES - records.length);
    expect(readFileSync(out, "utf8")).toBe(output);
  });
});
