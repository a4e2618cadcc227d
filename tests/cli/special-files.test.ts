// Inputs that are not regular files: a named pipe, a device or a socket given as an
// input is read as a stream (like standard input) or reported; met while walking a
// folder, it gets a read_failed record saying what it is, never silence and never a wait.
import { execFileSync } from "node:child_process";
import { createWriteStream, mkdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SAMPLE, cleanup, parseRecords, requireBuild, runCli, startCli, summaryCounts, tempDir } from "../helpers/run-cli.js";

const sample = readFileSync(SAMPLE, "utf8");
const golden = JSON.parse(readFileSync(join(SAMPLE, "..", "expected.json"), "utf8")) as { page: unknown };

let dir: string;
let folder: string;
let socket: Server;
beforeAll(async () => {
  requireBuild();
  dir = tempDir();
  folder = join(dir, "pages");
  mkdirSync(folder);
  writeFileSync(join(folder, "a.txt"), sample);
  execFileSync("mkfifo", [join(folder, "fifo.txt")]);
  execFileSync("mkfifo", [join(folder, "fifo.jsonl")]);
  symlinkSync("fifo.txt", join(folder, "link-to-fifo.txt"));
  symlinkSync("/dev/null", join(folder, "null.txt"));
  execFileSync("mkfifo", [join(folder, "other.bin")]); // not an extension read: left out like any such file
  writeFileSync(join(folder, "z.txt"), sample);
  socket = createServer();
  await new Promise<void>((resolve) => socket.listen(join(folder, "socket.txt"), resolve));
});
afterAll(async () => {
  await new Promise((resolve) => socket.close(resolve));
  cleanup();
});

const notRegular = (kind: string) => `Expected a regular file, found ${kind}; only regular files are read from a folder.`;

// Named pipes, sockets and /dev exist on Linux and macOS only.
describe.skipIf(process.platform === "win32")("kcnawatch-parse on inputs that are not regular files", () => {
  it("gives each special file met in a folder a read_failed record naming what it is, without waiting on a pipe", async () => {
    const run = await runCli([folder, "--jobs", "1"]);
    expect(run.code).toBe(1);
    expect(parseRecords(run.stdout)).toEqual([
      { input: join(folder, "a.txt"), ok: true, page: golden.page },
      { input: join(folder, "fifo.txt"), ok: false, error: { code: "read_failed", message: notRegular("a FIFO (named pipe)"), line: 1, column: 1 } },
      { input: join(folder, "link-to-fifo.txt"), ok: false, error: { code: "read_failed", message: notRegular("a FIFO (named pipe)"), line: 1, column: 1 } },
      { input: join(folder, "null.txt"), ok: false, error: { code: "read_failed", message: notRegular("a character device"), line: 1, column: 1 } },
      { input: join(folder, "socket.txt"), ok: false, error: { code: "read_failed", message: notRegular("a socket"), line: 1, column: 1 } },
      { input: join(folder, "z.txt"), ok: true, page: golden.page },
    ]);
    expect(summaryCounts(run.stderr)).toEqual({ inputs: 6, ok: 2, failed: 4, duplicates: 0 });
    const threaded = await runCli([folder, "--jobs", "2"]);
    expect(threaded.stdout).toBe(run.stdout);
  });

  it("reports a named pipe met in a folder of JSONL corpora the same way", async () => {
    const run = await runCli(["--input", "jsonl", folder]);
    expect(parseRecords(run.stdout)).toEqual([
      { input: join(folder, "fifo.jsonl"), ok: false, error: { code: "read_failed", message: notRegular("a FIFO (named pipe)"), line: 1, column: 1 } },
    ]);
  });

  it("reads a named pipe given as an input as a stream, like standard input, in input order", async () => {
    const fifo = join(dir, "named.pipe");
    execFileSync("mkfifo", [fifo]);
    const cli = startCli([fifo, SAMPLE, "--jobs", "2"]);
    // Opening the pipe for writing waits until the CLI opens it for reading.
    const writer = createWriteStream(fifo);
    writer.end(sample);
    const run = await cli.done;
    expect(run.code).toBe(0);
    expect(parseRecords(run.stdout)).toEqual([
      { input: fifo, ok: true, page: golden.page },
      { input: SAMPLE, ok: true, page: golden.page },
    ]);
  });

  it("reads a named pipe given as a JSONL corpus line by line", async () => {
    const fifo = join(dir, "corpus.pipe");
    execFileSync("mkfifo", [fifo]);
    const cli = startCli(["--input", "jsonl", fifo]);
    createWriteStream(fifo).end(`${JSON.stringify({ html: sample })}\n\n${JSON.stringify({ html: "" })}\n`);
    const run = await cli.done;
    const records = parseRecords(run.stdout);
    expect(records.map((r) => [r.input, r.ok ? "ok" : r.error.code])).toEqual([
      [`${fifo}:1`, "ok"],
      [`${fifo}:3`, "empty_input"],
    ]);
  });

  it("reads a device given as an input, and stops reading one past the size limit", async () => {
    const run = await runCli(["/dev/null", "/dev/zero", SAMPLE, "--jobs", "1"]);
    const [empty, endless, page] = parseRecords(run.stdout);
    expect(empty).toMatchObject({ input: "/dev/null", ok: false, error: { code: "empty_input" } });
    expect(endless).toEqual({
      input: "/dev/zero",
      ok: false,
      error: { code: "input_too_large", message: "Expected at most 16777216 bytes (maxInputBytes), found more.", line: 1, column: 1 },
    });
    expect(page).toMatchObject({ input: SAMPLE, ok: true });
  });

  it("names a socket given as an input in a read_failed record", async () => {
    const path = join(folder, "socket.txt");
    const run = await runCli([path, SAMPLE]);
    const [failed, page] = parseRecords(run.stdout);
    expect(failed).toMatchObject({ input: path, ok: false, error: { code: "read_failed", line: 1, column: 1 } });
    expect(failed?.ok === false && failed.error.message).toMatch(/^Expected a readable file or stream, found: ENXIO: /);
    expect(page).toMatchObject({ input: SAMPLE, ok: true });
  });

  it("refuses --resume from an --out that is not a regular file, before any work", async () => {
    const run = await runCli([SAMPLE, "--out", "/dev/zero", "--resume"]);
    expect(run).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "kcnawatch-parse: cannot resume from /dev/zero: expected a regular file, found a character device\nTry 'kcnawatch-parse --help' for usage.\n",
    });
  });
});
