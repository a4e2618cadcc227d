// Each input kind of the CLI: files, folders (recursive, --ext), standard input, JSONL corpora.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE, cleanup, parseRecords, requireBuild, runCli, tempDir } from "../helpers/run-cli.js";

const sample = readFileSync(SAMPLE, "utf8");
const golden = JSON.parse(readFileSync(join(SAMPLE, "..", "expected.json"), "utf8")) as { page: unknown };
const headless = "Pyongyang, March 26 (KCNA) -- A dump that starts in the body.\n";
const binary = Uint8Array.from([0x4b, 0x43, 0x00, 0x01, 0x02, 0xff, 0x00, 0x10]);
const pageUrl = "https://kcnawatch.org/newstream/1716800553-350978545/review";

let dir: string;
beforeAll(() => {
  requireBuild();
  dir = tempDir();
  mkdirSync(join(dir, "pages", "sub", "deeper"), { recursive: true });
  writeFileSync(join(dir, "pages", "a.txt"), sample);
  writeFileSync(join(dir, "pages", "notes.json"), "{}");
  writeFileSync(join(dir, "pages", "sub", "b.md"), headless);
  writeFileSync(join(dir, "pages", "sub", "deeper", "d.txt"), binary);
  writeFileSync(join(dir, "pages", "z.TXT"), sample);
  const lines = [
    JSON.stringify({ url: pageUrl, html: sample }),
    "{not json",
    "",
    JSON.stringify({ html: 5 }),
    JSON.stringify({ body: headless, link: pageUrl }),
  ];
  writeFileSync(join(dir, "corpus.jsonl"), `${lines.join("\n")}\n`);
});
afterAll(cleanup);

describe("kcnawatch-parse inputs", () => {
  it("parses one file into one record holding the page", async () => {
    const run = await runCli([SAMPLE]);
    expect(run.code).toBe(0);
    const [record, ...rest] = parseRecords(run.stdout);
    expect(rest).toEqual([]);
    expect(record).toEqual({ input: SAMPLE, ok: true, page: golden.page });
  });

  it("walks a folder recursively in name order, keeping a corrupt file as an error record", async () => {
    const pages = join(dir, "pages");
    const run = await runCli([pages, "--jobs", "2"]);
    expect(run.code).toBe(1);
    const records = parseRecords(run.stdout);
    expect(records.map((r) => r.input)).toEqual(["a.txt", "sub/b.md", "sub/deeper/d.txt", "z.TXT"].map((f) => join(pages, f)));
    expect(records.map((r) => (r.ok ? "ok" : r.error.code))).toEqual(["ok", "missing_title", "binary_input", "ok"]);
    const failed = records[2]!;
    expect(failed.ok === false && failed.error).toMatchObject({ line: 1, column: 1, message: "Expected text, found binary data (a NUL character at line 1, column 3)." });
  });

  it("reads only the extensions given by --ext", async () => {
    const run = await runCli([join(dir, "pages"), "--ext", ".MD,html"]);
    expect(parseRecords(run.stdout).map((r) => r.input)).toEqual([join(dir, "pages", "sub", "b.md")]);
  });

  it("reads a page from standard input as -", async () => {
    const run = await runCli(["-", "--jobs", "1"], { stdin: sample });
    expect(run.code).toBe(0);
    expect(parseRecords(run.stdout)).toEqual([{ input: "-", ok: true, page: golden.page }]);
  });

  it("names a path that does not exist in a read_failed record and goes on", async () => {
    const missing = join(dir, "missing.txt");
    const run = await runCli([missing, SAMPLE]);
    expect(run.code).toBe(1);
    const [first, second] = parseRecords(run.stdout);
    expect(first).toMatchObject({ input: missing, ok: false, error: { code: "read_failed", line: 1, column: 1 } });
    expect(first?.ok === false && first.error.message).toMatch(/^Expected a file or folder, found: ENOENT/);
    expect(second).toMatchObject({ input: SAMPLE, ok: true });
  });

  it("reads a JSONL corpus line by line, with the page URL, a broken line and a blank line", async () => {
    const corpus = join(dir, "corpus.jsonl");
    const run = await runCli(["--input", "jsonl", corpus]);
    expect(run.code).toBe(1);
    const records = parseRecords(run.stdout);
    expect(records.map((r) => r.input)).toEqual([1, 2, 4, 5].map((n) => `${corpus}:${n}`));
    const [page, broken, numeric, other] = records;
    expect(page?.ok && "page" in page && page.page.article).toMatchObject({ url: pageUrl, itemId: "1716800553-350978545", title: "Historic journey shining in chronicles of DPRK-Russia friendship" });
    expect(broken).toMatchObject({ ok: false, error: { code: "invalid_jsonl_record", line: 1, column: 1 } });
    expect(numeric?.ok === false && numeric.error.message).toBe('Expected a string "html" field (--field), found a number.');
    expect(other?.ok === false && other.error.code).toBe("invalid_jsonl_record");
  });

  it("takes the page and URL fields named by --field and --url-field", async () => {
    const run = await runCli(["--input", "jsonl", "--field", "body", "--url-field", "link", join(dir, "corpus.jsonl")]);
    const records = parseRecords(run.stdout);
    expect(records.map((r) => (r.ok ? "ok" : r.error.code))).toEqual(["invalid_jsonl_record", "invalid_jsonl_record", "invalid_jsonl_record", "missing_title"]);
  });

  it("reads a JSONL corpus from standard input and from a folder", async () => {
    const corpus = readFileSync(join(dir, "corpus.jsonl"));
    const piped = await runCli(["--input", "jsonl", "-"], { stdin: corpus });
    expect(parseRecords(piped.stdout).map((r) => r.input)).toEqual(["-:1", "-:2", "-:4", "-:5"]);
    const walked = await runCli(["--input", "jsonl", dir]);
    expect(parseRecords(walked.stdout).map((r) => r.input)).toEqual([1, 2, 4, 5].map((n) => `${join(dir, "corpus.jsonl")}:${n}`));
  });
});
