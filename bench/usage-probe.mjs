// Preloaded into the CLI by the benchmark (node --import): at exit, writes the
// process's peak resident set size in bytes and its CPU time in microseconds (both
// for all its threads) to $KCNAWATCH_USAGE_FILE.
import { writeFileSync } from "node:fs";

process.on("exit", () => {
  const usage = process.resourceUsage();
  const file = process.env.KCNAWATCH_USAGE_FILE;
  if (file) writeFileSync(file, JSON.stringify({ rss: usage.maxRSS * 1024, cpu: usage.userCPUTime + usage.systemCPUTime }));
});
