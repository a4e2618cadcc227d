// The packed tarball, checked by the two tools that know how packages break:
// publint (package.json against the files) and arethetypeswrong (types against
// the JavaScript, per module resolution mode), both over every exports entry.
import { spawnSync } from "node:child_process";
import { rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { entries, manifest, pack, promisedFiles, root, type Packed } from "./manifest.js";

const bin = (name: string) => join(root, "node_modules", ".bin", name);

function run(command: string, args: string[]): { status: number | null; output: string } {
  const r = spawnSync(command, args, { cwd: root, encoding: "utf8", timeout: 120_000, env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: "0" } });
  return { status: r.status, output: `${r.stdout}${r.stderr}${r.error ? String(r.error) : ""}` };
}

describe("packed tarball", () => {
  let packed: Packed;
  beforeAll(() => {
    packed = pack();
  }, 90_000);
  afterAll(() => rmSync(dirname(packed.tarball), { recursive: true, force: true }));

  it("holds every file package.json points at, and nothing from outside dist/ but the docs", () => {
    expect(packed.files).toEqual(expect.arrayContaining(promisedFiles()));
    const stray = packed.files.filter((f) => !f.startsWith("dist/") && !/^(?:package\.json|README\.md|LICENSE|CHANGELOG\.md)$/.test(f));
    expect(stray).toEqual([]);
    expect(packed.files.filter((f) => f.includes(".test.") || f.startsWith("dist/src/"))).toEqual([]);
  });

  it("passes publint --strict", () => {
    const { status, output } = run(bin("publint"), ["run", packed.tarball, "--strict"]);
    expect(status, output).toBe(0);
    expect(output).toContain("All good!");
  }, 120_000);

  // Node 20.19+ (engines) and TypeScript's node16/nodenext/bundler modes resolve every
  // entry through `exports`. TypeScript's legacy node10 mode ignores `exports`, so
  // only the main entry (through `main`/`types`) can serve it: checked on its own.
  it("passes arethetypeswrong for every entry under node16 (CJS and ESM) and bundler resolution", () => {
    const { status, output } = run(bin("attw"), [packed.tarball, "--profile", "node16", "--format", "ascii", "--no-emoji", "--no-color"]);
    expect(status, output).toBe(0);
    for (const entry of entries()) expect(output, `attw did not check ${entry.specifier}`).toContain(`"${entry.specifier}"`);
  }, 120_000);

  it("passes arethetypeswrong for the main entry under every resolution mode, node10 included", () => {
    const { status, output } = run(bin("attw"), [packed.tarball, "--entrypoints", ".", "--format", "ascii", "--no-emoji", "--no-color"]);
    expect(status, output).toBe(0);
    expect(output).toContain(`"${manifest.name}"`);
    expect(output).toMatch(/^node10: OK/m);
  }, 120_000);
});
