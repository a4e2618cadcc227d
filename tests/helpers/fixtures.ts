// Reads the golden fixtures under tests/fixtures: each folder holds one input
// (input.txt, input.md, input.html, or input.bin for byte-level cases), an optional
// options.json and a hand-written expected.json.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ParseOptions } from "../../src/index.js";

export const fixturesRoot = join(import.meta.dirname, "..", "fixtures");

const INPUTS = ["input.bin", "input.html", "input.md", "input.txt"];

/** The fixture folders, sorted. */
export function fixtureNames(): string[] {
  return readdirSync(fixturesRoot, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
}

/** A fixture's input: bytes for input.bin, text otherwise. */
export function readFixtureInput(name: string): string | Uint8Array {
  const file = INPUTS.find((f) => existsSync(join(fixturesRoot, name, f)));
  if (file === undefined) throw new Error(`fixture ${name} has no input file`);
  const path = join(fixturesRoot, name, file);
  return file === "input.bin" ? new Uint8Array(readFileSync(path)) : readFileSync(path, "utf8");
}

/** A fixture's options.json, or undefined. */
export function readFixtureOptions(name: string): ParseOptions | undefined {
  const path = join(fixturesRoot, name, "options.json");
  return existsSync(path) ? (JSON.parse(readFileSync(path, "utf8")) as ParseOptions) : undefined;
}

/** A fixture's expected.json. */
export function readFixtureExpected<T>(name: string): T {
  return JSON.parse(readFileSync(join(fixturesRoot, name, "expected.json"), "utf8")) as T;
}
