// `npm run size`: minified + gzipped size of each package entry as a user's bundler
// would ship it, with zod and htmlparser2 left external and bundled in. Reads src/
// through esbuild, so it needs no prior build.
import { build } from "esbuild";
import { gzipSync } from "node:zlib";

const entries = [
  { name: "kcnawatch-parser", file: "src/index.ts" },
  { name: "kcnawatch-parser/text", file: "src/text.ts" },
];
const uses = [
  { name: "whole entry", code: (file) => `export * from ${JSON.stringify(`./${file}`)};` },
  { name: "parsePage only", code: (file) => `export { parsePage } from ${JSON.stringify(`./${file}`)};` },
];
const externals = [
  { name: "zod, htmlparser2 external", external: ["zod", "htmlparser2"] },
  { name: "all bundled", external: [] },
];

async function measure(contents, external) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: "ts" },
    bundle: true, minify: true, write: false, format: "esm", platform: "neutral",
    mainFields: ["module", "main"], target: "es2022", external, metafile: true,
  });
  const bytes = result.outputFiles[0].contents;
  const inputs = Object.keys(result.metafile.inputs);
  return { min: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, htmlparser2: inputs.some((i) => i.includes("node_modules/htmlparser2/")) };
}

const kb = (n) => `${n.toLocaleString("en-US")} B`;
const wanted = process.argv.slice(2);
console.log("| entry | import | dependencies | minified | min+gzip | htmlparser2 inside |");
console.log("| --- | --- | --- | ---: | ---: | --- |");
for (const entry of entries) {
  if (wanted.length > 0 && !wanted.includes(entry.name)) continue;
  for (const use of uses) {
    for (const ext of externals) {
      let row;
      try {
        const m = await measure(use.code(entry.file), ext.external);
        row = [kb(m.min), kb(m.gzip), m.htmlparser2 ? "yes" : "no"];
      } catch (error) {
        row = ["-", "-", `(${error.message.split("\n")[0]})`];
      }
      console.log(`| \`${entry.name}\` | ${use.name} | ${ext.name} | ${row.join(" | ")} |`);
    }
  }
}
