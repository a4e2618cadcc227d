// Each output format of the CLI, and --out.
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CSV_COLUMNS, CsvRowReader } from "../../src/cli/csv.js";
import type { CliRecord } from "../../src/cli/records.js";
import { formatProgress } from "../../src/cli/progress.js";
import { CLI, SAMPLE, cleanup, parseRecords, requireBuild, runCli, tempDir } from "../helpers/run-cli.js";

const sample = readFileSync(SAMPLE, "utf8");
const quotedTitle = 'Talks held, "warmly", in Pyongyang';

let dir: string;
let inputs: string[];
let records: CliRecord[];
beforeAll(async () => {
  requireBuild();
  dir = tempDir();
  inputs = [join(dir, "a.txt"), join(dir, "b.txt"), join(dir, "c.txt")];
  writeFileSync(inputs[0]!, sample.replace("Historic journey shining in chronicles of DPRK-Russia friendship", quotedTitle));
  writeFileSync(inputs[1]!, "Date: 27/05/2024\n\nPyongyang, May 27 (KCNA) -- No title.\n");
  writeFileSync(inputs[2]!, sample);
  const run = await runCli(inputs);
  records = parseRecords(run.stdout);
});
afterAll(cleanup);

function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  const reader = new CsvRowReader();
  reader.push(Buffer.from(text), (row) => rows.push(row));
  expect(reader.pending).toBe(false);
  return rows;
}

describe("kcnawatch-parse outputs", () => {
  it("writes JSONL by default: one record per line, each ending with a line break", () => {
    expect(records.map((r) => [r.input, r.ok])).toEqual([
      [inputs[0], true],
      [inputs[1], false],
      [inputs[2], true],
    ]);
    expect(records[1]).toEqual({
      input: inputs[1],
      ok: false,
      error: { code: "missing_title", message: "Expected a title line at the top of the page, found the Date: line.", line: 1, column: 1 },
    });
  });

  it("writes a JSON array of the same records with --format json, indented with --pretty", async () => {
    const plain = await runCli([...inputs, "--format", "json"]);
    expect(JSON.parse(plain.stdout)).toEqual(records);
    expect(plain.stdout.split("\n")).toHaveLength(records.length + 3); // "[", one line per record, "]", final ""
    const pretty = await runCli([...inputs, "--format", "json", "--pretty"]);
    expect(JSON.parse(pretty.stdout)).toEqual(records);
    expect(pretty.stdout.startsWith(`[\n  {\n    "input": ${JSON.stringify(inputs[0])},\n    "ok": true,\n    "page": {\n      "format": "text",`)).toBe(true);
    expect(pretty.stdout.endsWith("\n  }\n]\n")).toBe(true);
  });

  it("writes an empty JSON array when there is nothing to write", async () => {
    const run = await runCli([join(dir, "empty-folder-that-is-a-file.none"), "--format", "json", "--ext", "none"]);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
    const none = await runCli([dir, "--format", "json", "--ext", "none"]);
    expect(none.stdout).toBe("[]\n");
  });

  it("writes CSV with the documented header, RFC 4180 quoting and CRLF line breaks", async () => {
    const run = await runCli([...inputs, "--format", "csv"]);
    expect(run.stdout.startsWith(`${CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
    expect(run.stdout).toContain(`,"Talks held, ""warmly"", in Pyongyang",`);
    expect(run.stdout).toContain(`${inputs[1]},false,missing_title,"Expected a title line at the top of the page, found the Date: line.",1,1,,,`);
    const rows = csvRows(run.stdout);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(records.length + 1);
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    for (const [i, record] of records.entries()) {
      const row = rows[i + 1]!;
      expect(row).toHaveLength(CSV_COLUMNS.length);
      expect(row[col("input")]).toBe(record.input);
      if (!record.ok || !("page" in record)) continue;
      const { article } = record.page;
      expect(row[col("id")]).toBe(article.id);
      expect(row[col("title")]).toBe(article.title);
      expect(row[col("published_at")]).toBe(article.publishedAt);
      expect(row[col("paragraphs")]).toBe(String(article.paragraphs.length));
      expect(row[col("text")]).toBe(article.paragraphs.join("\n\n"));
      expect(row[col("related")]).toBe(String(record.page.related.length));
      expect(row[col("end_mark")]).toBe(String(article.endMark));
    }
  });

  it("writes to --out instead of standard output, the same bytes", async () => {
    const out = join(dir, "out.jsonl");
    const run = await runCli([...inputs, "--out", out]);
    expect(run.stdout).toBe("");
    expect(parseRecords(readFileSync(out, "utf8"))).toEqual(records);
  });

  it("prints nothing on stderr but the summary, and nothing at all with --quiet", async () => {
    const run = await runCli(inputs);
    expect(run.stderr).toMatch(/^kcnawatch-parse: 3 inputs in [\d.]+ s \(\d+ pages\/s\): 2 ok, 1 failed, 0 duplicates\n {2}errors: missing_title 1\n$/);
    const quiet = await runCli([...inputs, "--quiet"]);
    expect(quiet.stderr).toBe("");
  });

  it("formats the progress line with a bar when the total is known", () => {
    expect(formatProgress({ done: 250, total: 1000, failed: 3, elapsedMs: 500 })).toBe("[######------------------] 250/1000 25%  500 pages/s  3 failed");
    expect(formatProgress({ done: 250, total: null, failed: 0, elapsedMs: 2000 })).toBe("250 pages  125 pages/s  0 failed");
  });

  // `script` (util-linux) runs the CLI with a terminal as its stderr.
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  it.skipIf(!hasScript)("draws a progress line on stderr only when stderr is a terminal", () => {
    const out = join(dir, "tty.jsonl");
    const command = [process.execPath, CLI, ...inputs, "--out", out].map((a) => `'${a}'`).join(" ");
    const tty = spawnSync("script", ["-q", "-e", "-c", command, "/dev/null"], { encoding: "utf8" });
    // Each redraw starts by going back to the line start and erasing it.
    const [before, ...redraws] = tty.stdout.split("\r\u001b[K");
    expect(before).toBe("");
    expect(redraws.slice(0, -1).length).toBeGreaterThan(0);
    for (const line of redraws.slice(0, -1)) {
      expect(line).toMatch(/^(?:\[[#-]{24}\] \d+\/3 \d+%|\d+ pages) {2}\d+ pages\/s {2}\d+ failed$|^$/);
    }
    expect(redraws.at(-1)).toMatch(/^kcnawatch-parse: 3 inputs in /);
    expect(parseRecords(readFileSync(out, "utf8"))).toEqual(records);
  });
});
