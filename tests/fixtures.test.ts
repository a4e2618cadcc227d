// Golden fixtures: every folder under tests/fixtures holds an input (input.txt,
// input.md, input.html, or input.bin for byte-level cases), optional options.json,
// and a hand-written expected.json. Warnings and errors are compared by code,
// severity, position and, for byte-level issues, byte offset; their wording is free
// to improve.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { safeParsePage, type ParseIssue, type ParseOptions } from "../src/index.js";

const root = join(import.meta.dirname, "fixtures");

interface ExpectedIssue {
  code: string;
  severity: string;
  line: number;
  column: number;
  byteOffset?: number;
}
type Expected =
  | { ok: true; page: Record<string, unknown> & { warnings: ExpectedIssue[] } }
  | { ok: false; issues: ExpectedIssue[]; partial?: Record<string, unknown> };

const positionOf = (i: ParseIssue | ExpectedIssue): ExpectedIssue => ({
  code: i.code,
  severity: i.severity,
  line: i.line,
  column: i.column,
  ...(i.byteOffset === undefined ? {} : { byteOffset: i.byteOffset }),
});

export function fixtureNames(): string[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

export function readFixtureInput(name: string): string | Uint8Array {
  const bin = join(root, name, "input.bin");
  if (existsSync(bin)) return new Uint8Array(readFileSync(bin));
  const file = ["input.md", "input.html"].find((f) => existsSync(join(root, name, f))) ?? "input.txt";
  return readFileSync(join(root, name, file), "utf8");
}

describe("golden fixtures", () => {
  for (const name of fixtureNames()) {
    it(name, () => {
      const dir = join(root, name);
      const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
      const options = existsSync(join(dir, "options.json"))
        ? (JSON.parse(readFileSync(join(dir, "options.json"), "utf8")) as ParseOptions)
        : undefined;
      const result = safeParsePage(readFixtureInput(name), options);
      if (expected.ok) {
        if (!result.success) expect.fail(`expected a page, got ${result.error.message}`);
        const { warnings, ...rest } = result.data;
        const { warnings: expectedWarnings, ...expectedRest } = expected.page;
        expect(rest).toEqual(expectedRest);
        expect(warnings.map(positionOf)).toEqual(expectedWarnings.map(positionOf));
      } else {
        if (result.success) expect.fail("expected an error, got a page");
        expect(result.error.issues.map(positionOf)).toEqual(expected.issues.map(positionOf));
        if (expected.partial) expect(result.error.partial).toMatchObject(expected.partial);
      }
    });
  }
});
