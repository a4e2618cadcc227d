import { defineConfig } from "vitest/config";

// `npm run fuzz`: the long fuzz run, kept out of `npm test`. Its progress lines (the
// first seed, each round's count) go straight to the terminal.
export default defineConfig({
  test: {
    include: ["tests/fuzz-long/**/*.fuzz.ts"],
    disableConsoleIntercept: true,
  },
});
