// The package as a user receives it: the packed tarball installed into an empty
// folder (with zod, the peer dependency), then loaded from there with `import` and
// `require`, every exports entry, and its CLI run when package.json declares one.
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsedPageJsonSchema } from "../../src/index.js";
import { bins, entries, manifest, moduleEntries, npm, pack, root, samplePath, type Packed } from "./manifest.js";

const expected = JSON.parse(readFileSync(join(root, "tests", "fixtures", "complete-sample", "expected.json"), "utf8")) as {
  page: { article: { title: string } };
};
const zodVersion = (JSON.parse(readFileSync(join(root, "node_modules", "zod", "package.json"), "utf8")) as { version: string }).version;

interface PageSummary {
  title: string;
  publishedAt: string | null;
  paragraphs: number;
  related: number;
  format: string;
  sameFromBytes: boolean;
  json: unknown;
}
interface ModuleSummary {
  names: string[];
  page: PageSummary | null;
  error: { code: string; own: boolean; instance: boolean; name: string } | null;
}
interface Probe {
  mode: string;
  entries: Record<string, ModuleSummary | { json: unknown }>;
  crossCopy?: Record<string, boolean>;
}

const commands = bins();
if (Object.keys(commands).length === 0) {
  console.warn("[package smoke test] CLI check skipped: package.json declares no `bin` yet.");
}

describe("installed from the packed tarball", () => {
  let packed: Packed;
  let app: string;
  const probes: Record<"import" | "require", Probe | undefined> = { import: undefined, require: undefined };

  beforeAll(() => {
    packed = pack();
    app = join(dirname(packed.tarball), "app");
    mkdirSync(app);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "kcnawatch-smoke", version: "1.0.0", private: true }));
    // --prefer-offline: zod and any dependency come from the npm cache `npm ci` filled.
    npm(["install", "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error", packed.tarball, `zod@${zodVersion}`], app, 180_000);
    copyFileSync(join(import.meta.dirname, "probe.cjs"), join(app, "probe.cjs"));
    for (const mode of ["import", "require"] as const) {
      const out = execFileSync(process.execPath, ["probe.cjs", mode, samplePath], { cwd: app, encoding: "utf8", timeout: 60_000 });
      probes[mode] = JSON.parse(out) as Probe;
    }
  }, 240_000);
  afterAll(() => {
    if (packed) rmSync(dirname(packed.tarball), { recursive: true, force: true });
  });

  const page = (mode: "import" | "require", subpath: string) => {
    const summary = probes[mode]!.entries[subpath] as ModuleSummary;
    if (summary.page === null) throw new Error(`${subpath} has no parsePage (${mode})`);
    return summary;
  };

  for (const mode of ["import", "require"] as const) {
    it(`${mode}: the main entry parses the sample`, () => {
      const { page: p, error } = page(mode, ".");
      expect(p).toMatchObject({
        title: expected.page.article.title,
        publishedAt: "2024-08-01",
        paragraphs: 13,
        related: 15,
        format: "text",
        sameFromBytes: true,
      });
      expect(error).toEqual({ code: "empty_input", own: true, instance: true, name: "PageParseError" });
    });

    it(`${mode}: every module entry loads, and each one with parsePage reads the sample alike`, () => {
      for (const entry of moduleEntries()) {
        const summary = probes[mode]!.entries[entry.subpath] as ModuleSummary;
        expect(summary.names.length, `${entry.specifier} exports nothing`).toBeGreaterThan(0);
        if (summary.page === null) continue;
        expect(summary.page, entry.specifier).toEqual(page(mode, ".").page);
      }
    });
  }

  it("import and require see the same exports in every module entry", () => {
    for (const entry of moduleEntries()) {
      const esm = probes.import!.entries[entry.subpath] as ModuleSummary;
      const cjs = probes.require!.entries[entry.subpath] as ModuleSummary;
      expect(cjs.names, entry.specifier).toEqual(esm.names);
    }
  });

  it("isPageParseError recognises errors across the ESM and CommonJS copies", () => {
    expect(probes.import!.crossCopy).toEqual({
      distinctCopies: true,
      cjsRecognisesEsmError: true,
      esmRecognisesCjsError: true,
      cjsInstanceofEsmError: false,
      plainErrorRejected: true,
    });
  });

  it("the installed JSON Schema accepts the installed parser's output, through import and require", () => {
    const schemaEntry = entries().find((e) => e.json && e.subpath !== "./package.json");
    expect(schemaEntry, "no JSON Schema entry in exports").toBeDefined();
    const viaImport = (probes.import!.entries[schemaEntry!.subpath] as { json: object }).json;
    const viaRequire = (probes.require!.entries[schemaEntry!.subpath] as { json: object }).json;
    expect(viaRequire).toEqual(viaImport);
    expect(viaImport, "the shipped schema is stale: rebuild").toEqual(parsedPageJsonSchema());
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(viaImport);
    expect(validate(page("import", ".").page!.json), ajv.errorsText(validate.errors)).toBe(true);
  });

  const names = Object.keys(commands);
  if (names.length === 0) it.skip("CLI: skipped, package.json declares no bin yet", () => {});
  describe.runIf(names.length > 0)("installed CLI", () => {
    for (const name of names) {
      const run = (args: string[], input?: string) =>
        spawnSync(join(app, "node_modules", ".bin", name), args, { cwd: app, encoding: "utf8", timeout: 60_000, input: input ?? "" });

      it(`${name} --version prints the package version`, () => {
        const r = run(["--version"]);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).toContain(manifest.version);
      });

      it(`${name} --help exits 0 with a usage text`, () => {
        const r = run(["--help"]);
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).toContain(name);
      });

      it(`${name} parses the sample file into one JSONL record`, () => {
        const r = run([samplePath]);
        expect(r.status, r.stderr).toBe(0);
        const records = r.stdout.split("\n").filter((l) => l.trim() !== "").map((l) => JSON.parse(l) as { ok: boolean; page?: { article: { title: string; publishedAt: string }; related: unknown[] } });
        expect(records).toHaveLength(1);
        expect(records[0]).toMatchObject({ ok: true, page: { article: { title: expected.page.article.title, publishedAt: "2024-08-01" } } });
        expect(records[0]!.page!.related).toHaveLength(15);
      });

      it(`${name} reads stdin given -`, () => {
        const r = run(["-"], readFileSync(samplePath, "utf8"));
        expect(r.status, r.stderr).toBe(0);
        expect(r.stdout).toContain(expected.page.article.title);
      });
    }
  });
});
