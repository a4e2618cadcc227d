import { createReadStream, type Stats } from "node:fs";
import { stat } from "node:fs/promises";
import { basename } from "node:path";
import type { Readable } from "node:stream";
import { readLines } from "./line-reader.js";
import { readFailed, tooLarge, type PageSource } from "./process-page.js";
import { walkFolder } from "./walk.js";

/** One input before it is numbered: its name in records, its shard key, and its page. */
export interface Input {
  /** How records name it: a path, `-` for standard input, `FILE:LINE` for a JSONL record. */
  input: string;
  /**
   * What `--shard` hashes: the path inside the folder argument (or the file name of a
   * file argument), so machines that mount a corpus at different places agree.
   */
  key: string;
  source: PageSource;
}

/** What the inputs are and how to read them. */
export interface InputSpec {
  args: readonly string[];
  mode: "pages" | "jsonl";
  exts: ReadonlySet<string>;
  maxInputBytes: number;
  stdin: Readable;
}

/** JSON escapes can make a page's line in a corpus several times longer than the page. */
const JSONL_LINE_FACTOR = 4;

/**
 * Every input named by the arguments, in order, streamed: folders are walked as they
 * are read. An argument that is neither a folder nor a regular file (a named pipe, a
 * device, `/dev/stdin`) is read as a stream, like standard input; `count` lists the
 * inputs without reading any stream, so that counting them takes nothing from a pipe.
 */
export async function* readInputs(spec: InputSpec, count = false): AsyncGenerator<Input> {
  for (const arg of spec.args) {
    if (arg === "-") {
      if (count) yield { input: "-", key: "-", source: COUNTED };
      else if (spec.mode === "jsonl") yield* jsonlInputs(spec.stdin, "-", "-", spec);
      else yield { input: "-", key: "-", source: await readStreamPage(spec.stdin, "standard input", spec.maxInputBytes, true) };
      continue;
    }
    let stats: Stats;
    try {
      stats = await stat(arg);
    } catch (e) {
      yield { input: arg, key: basename(arg), source: { kind: "failed", error: readFailed(`Expected a file or folder, found: ${(e as Error).message}.`) } };
      continue;
    }
    if (stats.isFile()) {
      yield* fileInputs(arg, basename(arg), spec);
      continue;
    }
    if (!stats.isDirectory()) {
      if (count) yield { input: arg, key: basename(arg), source: COUNTED };
      else yield* streamInputs(arg, spec);
      continue;
    }
    for await (const found of walkFolder(arg, spec.exts)) {
      if (found.error) {
        yield { input: found.path, key: found.rel, source: { kind: "failed", error: readFailed(`Expected a readable folder, found: ${found.error.message}.`) } };
      } else if (found.special !== undefined) {
        const error = readFailed(`Expected a regular file, found ${found.special}; only regular files are read from a folder.`);
        yield { input: found.path, key: found.rel, source: { kind: "failed", error } };
      } else {
        yield* fileInputs(found.path, found.rel, spec);
      }
    }
  }
}

/** The source of an input that is only being counted. */
const COUNTED: PageSource = { kind: "failed", error: readFailed("Expected to be read, found only counted.") };

async function* fileInputs(path: string, key: string, spec: InputSpec): AsyncGenerator<Input> {
  if (spec.mode === "pages") {
    yield { input: path, key, source: { kind: "file", path } };
    return;
  }
  yield* streamInputs(path, spec, key);
}

/** A file or a stream named by its path (a pipe, a device), read in the main thread as it arrives. */
async function* streamInputs(path: string, spec: InputSpec, key = basename(path)): AsyncGenerator<Input> {
  const stream = createReadStream(path);
  const opened = await new Promise<Error | null>((resolve) => {
    stream.once("open", () => resolve(null));
    stream.once("error", resolve);
  });
  if (opened) {
    stream.destroy();
    const what = spec.mode === "jsonl" ? "a readable JSONL file" : "a readable file or stream";
    yield { input: path, key, source: { kind: "failed", error: readFailed(`Expected ${what}, found: ${opened.message}.`) } };
    return;
  }
  if (spec.mode === "jsonl") yield* jsonlInputs(stream, path, key, spec);
  else yield { input: path, key, source: await readStreamPage(stream, path, spec.maxInputBytes, false) };
}

async function* jsonlInputs(stream: Readable, name: string, key: string, spec: InputSpec): AsyncGenerator<Input> {
  const maxLine = spec.maxInputBytes * JSONL_LINE_FACTOR;
  let last = 0;
  try {
    for await (const line of readLines(stream, maxLine)) {
      last = line.number;
      const input = `${name}:${line.number}`;
      const source: PageSource = line.tooLong ? { kind: "failed", error: tooLarge(maxLine, "a longer line") } : { kind: "jsonl", bytes: line.bytes };
      yield { input, key: `${key}:${line.number}`, source };
    }
  } catch (e) {
    // A read error mid-file: the lines after the last one read become one failed input.
    const input = `${name}:${last + 1}`;
    yield { input, key: `${key}:${last + 1}`, source: { kind: "failed", error: readFailed(`Expected the rest of the JSONL file, found: ${(e as Error).message}.`) } };
  }
}

/**
 * Reads a stream as one page, refusing one over the size limit. Standard input is
 * drained past the limit, so that the program writing it is not cut off; a named
 * stream is closed at once (a device such as /dev/zero never ends).
 */
async function readStreamPage(stream: Readable, name: string, maxInputBytes: number, drain: boolean): Promise<PageSource> {
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size <= maxInputBytes) parts.push(chunk);
      else if (!drain) break;
    }
  } catch (e) {
    return { kind: "failed", error: readFailed(`Expected to read ${name}, found: ${(e as Error).message}.`) };
  } finally {
    if (!drain) stream.destroy();
  }
  if (size > maxInputBytes) return { kind: "failed", error: tooLarge(maxInputBytes, drain ? String(size) : "more") };
  return { kind: "text", text: new Uint8Array(Buffer.concat(parts, size)), url: null };
}
