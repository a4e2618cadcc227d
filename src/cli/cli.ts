import { readFileSync } from "node:fs";
import { parseCommand, UsageError, type Command } from "./args.js";
import { runBatch, type Io } from "./run.js";
import { USAGE } from "./usage.js";

const HINT = "Try 'kcnawatch-parse --help' for usage.";

/** Runs the command line and returns the exit code: 0 all parsed, 1 some failed, 2 usage error, 130 interrupted. */
export async function main(argv: readonly string[], io: Io): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return usageError(io, e.message);
  }
  if (command.kind === "help") {
    io.stdout.write(USAGE);
    return 0;
  }
  if (command.kind === "version") {
    io.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const result = await runBatch(command.config, io);
  return "usage" in result ? usageError(io, result.usage) : result.exitCode;
}

function usageError(io: Io, message: string): number {
  io.stderr.write(`kcnawatch-parse: ${message}\n${HINT}\n`);
  return 2;
}

/** The version of the installed package: dist/cli.js sits one folder below package.json. */
function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}
