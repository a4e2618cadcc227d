import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/index.ts", text: "src/text.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    // The CLI build below writes into the same folder at the same time.
    clean: ["!cli.js", "!cli.js.map", "!cli-worker.js", "!cli-worker.js.map"],
    target: "es2022",
    platform: "neutral",
    treeshake: true,
  },
  {
    // The `kcnawatch-parse` command and its worker thread. They import the library
    // through the package's own entry, so the CLI runs the very build users import.
    entry: { cli: "src/cli/main.ts", "cli-worker": "src/cli/worker.ts" },
    format: ["esm"],
    sourcemap: true,
    clean: false,
    splitting: false,
    target: "node20",
    platform: "node",
    external: ["kcnawatch-parser", "zod"],
  },
]);
