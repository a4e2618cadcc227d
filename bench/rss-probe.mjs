// Preloaded into the CLI by the benchmark (node --import): at exit, writes the
// process's peak resident set size (all threads) in bytes to $KCNAWATCH_RSS_FILE.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  if (process.env.KCNAWATCH_RSS_FILE) writeFileSync(process.env.KCNAWATCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024));
});
