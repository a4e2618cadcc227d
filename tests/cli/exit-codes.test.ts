// Exit codes 0, 1 and 2, --fail-on, --strict, and usage errors.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE, cleanup, parseRecords, requireBuild, runCli, tempDir } from "../helpers/run-cli.js";

const sample = readFileSync(SAMPLE, "utf8");
let dir: string;
let headless: string;
let cut: string;
beforeAll(() => {
  requireBuild();
  dir = tempDir();
  headless = join(dir, "headless.txt");
  writeFileSync(headless, "Pyongyang, March 26 (KCNA) -- A dump that starts in the body.\n");
  // The sample cut before its footer: a page with one truncated_input warning.
  cut = join(dir, "cut.txt");
  writeFileSync(cut, sample.slice(0, sample.indexOf("More From")));
});
afterAll(cleanup);

describe("kcnawatch-parse exit codes", () => {
  it("exits 0 when every input parsed, even with warnings", async () => {
    expect((await runCli([SAMPLE, cut, "--jobs", "1"])).code).toBe(0);
  });

  it("exits 1 when an input failed, 0 with --fail-on never", async () => {
    expect((await runCli([SAMPLE, headless, "--jobs", "1"])).code).toBe(1);
    expect((await runCli([SAMPLE, headless, "--jobs", "1", "--fail-on", "never"])).code).toBe(0);
  });

  it("exits 1 on warnings with --fail-on warnings", async () => {
    const run = await runCli([SAMPLE, cut, "--jobs", "1", "--fail-on", "warnings"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("\n  warnings: truncated_input 1\n");
  });

  it("turns warnings into failed records with --strict", async () => {
    const run = await runCli([cut, "--strict", "--jobs", "1"]);
    expect(run.code).toBe(1);
    expect(parseRecords(run.stdout)).toEqual([
      {
        input: cut,
        ok: false,
        error: expect.objectContaining({ code: "truncated_input" }),
      },
    ]);
  });

  const usage: [string, string[], string][] = [
    ["an unknown option", ["--bogus", "x"], "unknown option --bogus"],
    ["no input", [], "expected at least one input: a file, a folder, or - for standard input"],
    ["standard input twice", ["-", "-"], "standard input (-) can be read only once"],
    ["an option without its value", ["x", "--out"], "--out expects a value"],
    ["a value for a switch", ["x", "--strict=yes"], "--strict takes no value"],
    ["an unknown format", ["x", "--format", "xml"], '--format expects jsonl, json, csv; found "xml"'],
    ["an unknown input kind", ["x", "--input", "csv"], '--input expects pages, jsonl; found "csv"'],
    ["--field without JSONL", ["x", "--field", "body"], "--field needs --input jsonl"],
    ["--pretty without JSON", ["x", "--pretty"], "--pretty needs --format json (JSONL and CSV keep one record per line)"],
    ["zero jobs", ["x", "--jobs", "0"], '--jobs expects a whole number from 1 to 256; found "0"'],
    ["a zero timeout", ["x", "--page-timeout", "0"], '--page-timeout expects a number of seconds above 0, like 5 or 0.5; found "0"'],
    ["a value like an option", ["x", "--page-timeout", "-1"], "--page-timeout expects a value; write --page-timeout=VALUE for one that starts with -"],
    ["a shard past N", ["x", "--shard", "4/3"], '--shard expects K/N with 1 <= K <= N, like 2/8; found "4/3"'],
    ["bad extensions", ["x", "--ext", "t*t"], '--ext expects extensions separated by commas, like txt,md,html,htm; found "t*t"'],
    ["an unknown --fail-on", ["x", "--fail-on", "sometimes"], '--fail-on expects errors, warnings, never; found "sometimes"'],
    ["--resume without --out", ["x", "--resume"], "--resume needs --out: it skips the inputs already recorded there"],
    ["--resume into JSON", ["x", "--resume", "--out", "o.json", "--format", "json"], "--resume needs --format jsonl or csv (a JSON array cannot be appended to)"],
  ];
  for (const [what, args, message] of usage) {
    it.concurrent(`exits 2 on ${what}, with one line and the usage hint`, async () => {
      const run = await runCli(args);
      expect(run).toMatchObject({ code: 2, stdout: "", stderr: `kcnawatch-parse: ${message}\nTry 'kcnawatch-parse --help' for usage.\n` });
    });
  }

  it("exits 2 when --out cannot be written, before any work", async () => {
    const run = await runCli([SAMPLE, "--out", dir]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^kcnawatch-parse: cannot write --out .+: EISDIR: illegal operation on a directory, open '.+'\nTry 'kcnawatch-parse --help' for usage\.\n$/);
  });

  it("exits 2 when --resume finds a file it did not write", async () => {
    const out = join(dir, "foreign.jsonl");
    writeFileSync(out, '{"some":"thing"}\n');
    const run = await runCli([SAMPLE, "--out", out, "--resume"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`kcnawatch-parse: cannot resume from ${out}: ${out} line 1 is not a record this command writes\n`);
    expect(readFileSync(out, "utf8")).toBe('{"some":"thing"}\n');
  });
});
