import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The CLI imports the library by its package name; in tests that is the source.
  resolve: { alias: { "kcnawatch-parser": fileURLToPath(new URL("./src/index.ts", import.meta.url)) } },
  test: {
    include: ["tests/**/*.test.ts"],
    typecheck: { enabled: true, include: ["tests/**/*.test-d.ts"], tsconfig: "./tsconfig.test.json" },
    // `npm test` runs with --coverage; these thresholds make it fail below 95%.
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // src/cli/ is tested by spawning the built CLI (dist/cli.js: the CLI tests, and
      // tests/package/install.test.ts from the installed tarball). V8 coverage of the
      // test process cannot see a child process, so the CLI is left out of the measure;
      // the library it calls is measured in full.
      exclude: ["src/**/*.d.ts", "src/cli/**"],
      thresholds: { lines: 95, branches: 95 },
      reporter: [["text", { skipFull: true }], "text-summary"],
    },
  },
});
