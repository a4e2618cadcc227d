// Copied into a folder where the packed package is installed, and run there by
// install.test.ts: loads every exports entry the way a user would, once through
// `import` and once through `require`, and prints what it got as JSON.
"use strict";
const { readFileSync } = require("node:fs");
const { join } = require("node:path");

const [mode, samplePath] = process.argv.slice(2);
const sample = readFileSync(samplePath, "utf8");
const manifest = JSON.parse(readFileSync(join(__dirname, "node_modules", "kcnawatch-parser", "package.json"), "utf8"));

function load(specifier, json) {
  if (mode === "require") return Promise.resolve(require(specifier));
  // A CommonJS file reaches the ESM world through import(), as a user's .cjs would.
  return json ? import(specifier, { with: { type: "json" } }).then((m) => m.default) : import(specifier);
}

function summarise(mod) {
  const names = Object.keys(mod).filter((k) => k !== "default" && k !== "module.exports").sort();
  if (typeof mod.parsePage !== "function") return { names, page: null };
  const page = mod.parsePage(sample);
  const fromBytes = mod.parsePage(new TextEncoder().encode(sample));
  let error = null;
  try {
    mod.parsePage("");
  } catch (e) {
    error = { code: e.issues[0].code, own: mod.isPageParseError(e), instance: e instanceof mod.PageParseError, name: e.name };
  }
  return {
    names,
    page: {
      title: page.article.title,
      publishedAt: page.article.publishedAt,
      paragraphs: page.article.paragraphs.length,
      related: page.related.length,
      format: page.format,
      sameFromBytes: JSON.stringify(page) === JSON.stringify(fromBytes),
      json: JSON.parse(JSON.stringify(page)),
    },
    error,
  };
}

async function main() {
  const out = { mode, entries: {} };
  for (const subpath of Object.keys(manifest.exports)) {
    const specifier = subpath === "." ? manifest.name : `${manifest.name}/${subpath.slice(2)}`;
    const json = subpath.endsWith(".json");
    const mod = await load(specifier, json);
    out.entries[subpath] = json ? { json: mod } : summarise(mod);
  }
  if (mode === "import") {
    // Two copies of the package in one process: the ESM build and the CommonJS build.
    const esm = await import(manifest.name);
    const cjs = require(manifest.name);
    const caught = (parse) => {
      try {
        parse("");
      } catch (e) {
        return e;
      }
      return null;
    };
    const fromEsm = caught(esm.parsePage);
    const fromCjs = caught(cjs.parsePage);
    out.crossCopy = {
      distinctCopies: esm.PageParseError !== cjs.PageParseError,
      cjsRecognisesEsmError: cjs.isPageParseError(fromEsm),
      esmRecognisesCjsError: esm.isPageParseError(fromCjs),
      cjsInstanceofEsmError: fromEsm instanceof cjs.PageParseError,
      plainErrorRejected: !esm.isPageParseError(new Error("x")) && !cjs.isPageParseError({ issues: [] }),
    };
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch((e) => {
  process.stderr.write(`${e && e.stack ? e.stack : String(e)}\n`);
  process.exit(1);
});
