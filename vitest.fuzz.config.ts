import { defineConfig } from "vitest/config";

// `npm run fuzz`: the long fuzz run, kept out of `npm test`.
export default defineConfig({
  test: {
    include: ["tests/fuzz-long/**/*.fuzz.ts"],
  },
});
