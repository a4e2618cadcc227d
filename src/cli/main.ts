#!/usr/bin/env node
import { main } from "./cli.js";

// A summary that cannot be shown (standard error closed) is dropped: the exit code still tells.
process.stderr.on("error", () => {});
const code = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
// Exit explicitly (a standard input still open would keep the process alive), once
// everything written has been handed to the system.
for (const stream of [process.stdout, process.stderr]) {
  if (stream.writableLength > 0 && !stream.destroyed) {
    await new Promise((resolve) => {
      stream.once("drain", resolve);
      stream.once("error", resolve);
      stream.once("close", resolve);
    });
  }
}
process.exit(code);
