// What package.json promises users: its export entries (every condition), its
// bin commands, and the tarball `npm pack` makes of them. Read at test time, so
// new entries and commands are checked without touching these tests.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const root = join(import.meta.dirname, "..", "..");
export const samplePath = join(root, "tests", "fixtures", "complete-sample", "input.txt");

interface Manifest {
  name: string;
  version: string;
  exports: Record<string, ExportTarget>;
  bin?: string | Record<string, string>;
  peerDependencies?: Record<string, string>;
}
type ExportTarget = string | null | { [condition: string]: ExportTarget };

export const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as Manifest;

/** Follows an exports target through the first matching conditions, as Node does. */
export function resolveTarget(target: ExportTarget, conditions: readonly string[]): string | null {
  if (target === null || typeof target === "string") return target;
  for (const [condition, next] of Object.entries(target)) {
    if (condition !== "default" && !conditions.includes(condition)) continue;
    const found = resolveTarget(next, conditions);
    if (found !== null) return found;
  }
  return null;
}

/** Every file an exports target can lead to, whatever the conditions. */
function allTargets(target: ExportTarget): string[] {
  if (target === null) return [];
  if (typeof target === "string") return [target];
  return Object.values(target).flatMap(allTargets);
}

export interface Entry {
  /** The subpath in `exports`, e.g. `"."` or `"./text"`. */
  subpath: string;
  /** What a user writes: `kcnawatch-parser`, `kcnawatch-parser/text`. */
  specifier: string;
  /** The file `import` loads, relative to the package root. */
  esm: string | null;
  /** The file `require` loads. */
  cjs: string | null;
  /** Whether the entry is a JSON document rather than a module. */
  json: boolean;
}

export function entries(): Entry[] {
  return Object.entries(manifest.exports).map(([subpath, target]) => {
    const esm = resolveTarget(target, ["import", "node"]);
    const cjs = resolveTarget(target, ["require", "node"]);
    return {
      subpath,
      specifier: subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`,
      esm,
      cjs,
      json: (esm ?? cjs ?? "").endsWith(".json"),
    };
  });
}

/** The module entries (not JSON documents) with the file `import` loads. */
export function moduleEntries(): (Entry & { esm: string })[] {
  return entries().filter((e): e is Entry & { esm: string } => !e.json && e.esm !== null);
}

/** The bin commands: name → file. */
export function bins(): Record<string, string> {
  const bin = manifest.bin;
  if (bin === undefined) return {};
  if (typeof bin === "string") return { [manifest.name.replace(/^@[^/]+\//, "")]: bin };
  return bin;
}

/** Every file package.json points at, which the tarball must hold. */
export function promisedFiles(): string[] {
  const files = Object.values(manifest.exports).flatMap(allTargets);
  files.push(...Object.values(bins()));
  return [...new Set(files.map((f) => f.replace(/^\.\//, "")))].sort();
}

/** Runs npm without the variables an enclosing `npm run` sets, which would point it back at this project. */
export function npm(args: string[], cwd: string, timeout: number): string {
  const env: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(process.env)) {
    const keep = !key.toLowerCase().startsWith("npm_") || /^npm_config_(?:cache|registry|userconfig)$/i.test(key);
    if (keep) env[key] = value;
  }
  return execFileSync("npm", args, { cwd, env, encoding: "utf8", timeout, stdio: ["ignore", "pipe", "pipe"] });
}

export interface Packed {
  tarball: string;
  files: string[];
}

/**
 * Packs the package as `npm publish` would, from the build in dist/ (`npm test`
 * builds right before the tests run; `prepack` rebuilds on a real publish).
 */
export function pack(): Packed {
  const missing = promisedFiles().filter((f) => !existsSync(join(root, f)));
  if (missing.length > 0) throw new Error(`Expected a build in dist/, missing ${missing.join(", ")}: run \`npm run build\` first.`);
  const dir = mkdtempSync(join(tmpdir(), "kcnawatch-pack-"));
  const out = npm(["pack", "--ignore-scripts", "--json", "--pack-destination", dir], root, 60_000);
  const [info] = JSON.parse(out) as [{ filename: string; files: { path: string }[] }];
  return { tarball: join(dir, info.filename), files: info.files.map((f) => f.path).sort() };
}
