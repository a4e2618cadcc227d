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
      // src/cli/ runs only in a spawned process (the built dist/cli.js, from the CLI
      // tests and the installed-package smoke test in tests/package/), where V8
      // coverage of this process cannot see it; it is tested by spawning it.
      exclude: ["src/**/*.d.ts", "src/cli/**"],
      thresholds: { lines: 95, branches: 95 },
      reporter: [["text", { skipFull: true }], "text-summary"],
    },
  },
});
