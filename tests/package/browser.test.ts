// The ESM build in a real browser: headless Chromium opens a page served on
// 127.0.0.1 that imports every module entry from dist/ as is (its bare imports
// such as "zod" mapped by an import map to browser bundles of those packages),
// parses the sample, and posts the result back to the server, where the test reads it.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { isBuiltin } from "node:module";
import { tmpdir } from "node:os";
import { join, normalize, sep } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { moduleEntries, root, samplePath } from "./manifest.js";

const CHROMIUM = process.env.CHROMIUM_BIN ?? "/usr/bin/chromium";
const FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--no-first-run",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
];
const RESULT_TIMEOUT_MS = 45_000;

const hasChromium = existsSync(CHROMIUM);
// CI installs Chromium (.ci/run), so there a missing browser is a failure, not a skip.
const skip = !hasChromium && process.env.CI !== "true";
if (skip) console.warn(`[browser smoke test] skipped: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_BIN).`);

const expected = JSON.parse(readFileSync(join(root, "tests", "fixtures", "complete-sample", "expected.json"), "utf8")) as {
  page: { article: { title: string } };
};

/** Bare specifiers the ESM build imports ("zod", ...), each bundled for the browser. */
async function dependencyBundles(files: string[]): Promise<Map<string, string>> {
  const scan = await build({
    entryPoints: files.map((f) => join(root, f)),
    bundle: true,
    packages: "external",
    format: "esm",
    write: false,
    metafile: true,
    outdir: join(tmpdir(), "kcnawatch-scan"),
    logLevel: "silent",
  });
  const specifiers = new Set(Object.values(scan.metafile.outputs).flatMap((o) => o.imports.filter((i) => i.external).map((i) => i.path)));
  const builtins = [...specifiers].filter((s) => isBuiltin(s));
  if (builtins.length > 0) throw new Error(`Expected an ESM build that browsers can load, found imports of Node built-ins: ${builtins.join(", ")}.`);
  const bundles = new Map<string, string>();
  for (const specifier of specifiers) {
    const bundle = async (contents: string) =>
      build({ stdin: { contents, resolveDir: root }, bundle: true, format: "esm", platform: "browser", write: false, logLevel: "silent" });
    const quoted = JSON.stringify(specifier);
    // Re-export the default too when the package has one.
    const result = await bundle(`export * from ${quoted}; export { default } from ${quoted};`).catch(() => bundle(`export * from ${quoted};`));
    bundles.set(specifier, result.outputFiles[0]!.text);
  }
  return bundles;
}

function page(importMap: Record<string, string>, entries: Record<string, string>): string {
  const script = `
const entries = ${JSON.stringify(entries)};
const report = (body) => fetch("/result", { method: "POST", body: JSON.stringify(body) });
addEventListener("error", (e) => report({ error: String(e.message) }));
addEventListener("unhandledrejection", (e) => report({ error: String((e.reason && e.reason.stack) || e.reason) }));
try {
  const sample = await (await fetch("/sample.txt")).text();
  const results = {};
  for (const [subpath, url] of Object.entries(entries)) {
    const mod = await import(url);
    const names = Object.keys(mod).sort();
    if (typeof mod.parsePage !== "function") { results[subpath] = { names, page: null }; continue; }
    const p = mod.parsePage(sample);
    const fromBytes = mod.parsePage(new TextEncoder().encode(sample));
    let error = null;
    try { mod.parsePage("\\u0000binary"); } catch (e) { error = { code: e.issues[0].code, own: mod.isPageParseError(e), instance: e instanceof mod.PageParseError }; }
    results[subpath] = {
      names,
      page: { title: p.article.title, publishedAt: p.article.publishedAt, paragraphs: p.article.paragraphs.length, related: p.related.length,
              sameFromBytes: JSON.stringify(p) === JSON.stringify(fromBytes), valid: mod.ParsedPageSchema.safeParse(p).success },
      error,
    };
  }
  await report({ results, userAgent: navigator.userAgent });
} catch (e) {
  await report({ error: String((e && e.stack) || e) });
}`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>kcnawatch-parser browser smoke test</title>
<script type="importmap">${JSON.stringify({ imports: importMap })}</script>
<script type="module">${script}</script></head><body></body></html>`;
}

interface BrowserResult {
  error?: string;
  userAgent?: string;
  results?: Record<string, { names: string[]; page: Record<string, unknown> | null; error: Record<string, unknown> | null }>;
}

describe.skipIf(skip)("browser smoke test (headless Chromium)", () => {
  let server: Server;
  let browser: ChildProcess | undefined;
  let profile: string;
  let stderr = "";
  let result: BrowserResult;

  beforeAll(async () => {
    if (!hasChromium) throw new Error(`Expected Chromium at ${CHROMIUM} (CI=true): .ci/run installs it with apt-get.`);
    const entries = moduleEntries();
    const bundles = await dependencyBundles(entries.map((e) => e.esm));
    const importMap = Object.fromEntries([...bundles.keys()].map((s, i) => [s, `/deps/${i}.js`]));
    const deps = [...bundles.values()];
    const html = page(importMap, Object.fromEntries(entries.map((e) => [e.subpath, `/${e.esm.replace(/^\.\//, "")}`])));
    const dist = join(root, "dist");

    let settle!: (r: BrowserResult) => void;
    const received = new Promise<BrowserResult>((resolve) => (settle = resolve));
    server = createServer((req, res) => {
      const url = new URL(req.url ?? "/", "http://127.0.0.1");
      const send = (status: number, type: string, body: string | Buffer) => {
        res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
        res.end(body);
      };
      if (req.method === "POST" && url.pathname === "/result") {
        let body = "";
        req.setEncoding("utf8");
        req.on("data", (chunk: string) => (body += chunk));
        req.on("end", () => {
          send(204, "text/plain", "");
          settle(JSON.parse(body) as BrowserResult);
        });
        return;
      }
      if (url.pathname === "/") return send(200, "text/html; charset=utf-8", html);
      if (url.pathname === "/sample.txt") return send(200, "text/plain; charset=utf-8", readFileSync(samplePath));
      const dep = /^\/deps\/(\d+)\.js$/.exec(url.pathname);
      if (dep && deps[Number(dep[1])] !== undefined) return send(200, "text/javascript", deps[Number(dep[1])]!);
      const file = normalize(join(root, decodeURIComponent(url.pathname)));
      if (file.startsWith(dist + sep) && existsSync(file)) {
        return send(200, file.endsWith(".js") ? "text/javascript" : "application/octet-stream", readFileSync(file));
      }
      send(404, "text/plain", "not found");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as { port: number };

    profile = mkdtempSync(join(tmpdir(), "kcnawatch-chromium-"));
    // Its own process group, so the browser and every helper process it starts end together.
    browser = spawn(CHROMIUM, [...FLAGS, `--user-data-dir=${profile}`, `http://127.0.0.1:${port}/`], {
      detached: true,
      stdio: ["ignore", "ignore", "pipe"],
    });
    browser.stderr!.on("data", (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
    const exited = new Promise<BrowserResult>((resolve) =>
      browser!.on("exit", (code, signal) => resolve({ error: `Chromium exited (${code ?? signal}) before reporting:\n${stderr}` })),
    );
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<BrowserResult>((resolve) => {
      timer = setTimeout(() => resolve({ error: `No result from Chromium within ${RESULT_TIMEOUT_MS} ms:\n${stderr}` }), RESULT_TIMEOUT_MS);
    });
    result = await Promise.race([received, exited, timedOut]);
    clearTimeout(timer);
  }, RESULT_TIMEOUT_MS + 30_000);

  afterAll(async () => {
    if (browser?.pid !== undefined && browser.exitCode === null && browser.signalCode === null) {
      const gone = new Promise((resolve) => browser!.once("exit", resolve));
      try {
        process.kill(-browser.pid, "SIGKILL");
      } catch {
        // already gone
      }
      await Promise.race([gone, new Promise((resolve) => setTimeout(resolve, 5_000))]);
    }
    if (server) await new Promise((resolve) => server.close(resolve));
    if (profile) rmSync(profile, { recursive: true, force: true });
  }, 15_000);

  it("loads every module entry and parses the sample in the page", () => {
    expect(result.error, result.error).toBeUndefined();
    expect(result.userAgent).toMatch(/HeadlessChrome|Chrome/);
    const main = result.results!["."]!;
    expect(main.page).toEqual({
      title: expected.page.article.title,
      publishedAt: "2024-08-01",
      paragraphs: 13,
      related: 15,
      sameFromBytes: true,
      valid: true,
    });
    expect(main.error).toEqual({ code: "binary_input", own: true, instance: true });
    for (const entry of moduleEntries()) {
      const r = result.results![entry.subpath]!;
      expect(r.names.length, `${entry.specifier} exports nothing in the browser`).toBeGreaterThan(0);
      if (r.page !== null) expect(r.page, entry.specifier).toEqual(main.page);
    }
  });
});
