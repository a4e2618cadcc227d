import { createReadStream } from "node:fs";
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

/** Every input named by the arguments, in order, streamed: folders are walked as they are read. */
export async function* readInputs(spec: InputSpec): AsyncGenerator<Input> {
  for (const arg of spec.args) {
    if (arg === "-") {
      if (spec.mode === "jsonl") yield* jsonlInputs(spec.stdin, "-", "-", spec);
      else yield { input: "-", key: "-", source: await readStdinPage(spec.stdin, spec.maxInputBytes) };
      continue;
    }
    let isFolder: boolean;
    try {
      isFolder = (await stat(arg)).isDirectory();
    } catch (e) {
      yield { input: arg, key: basename(arg), source: { kind: "failed", error: readFailed(`Expected a file or folder, found: ${(e as Error).message}.`) } };
      continue;
    }
    if (!isFolder) {
      yield* fileInputs(arg, basename(arg), spec);
      continue;
    }
    for await (const found of walkFolder(arg, spec.exts)) {
      if (found.error) {
        yield { input: found.path, key: found.rel, source: { kind: "failed", error: readFailed(`Expected a readable folder, found: ${found.error.message}.`) } };
      } else {
        yield* fileInputs(found.path, found.rel, spec);
      }
    }
  }
}

async function* fileInputs(path: string, key: string, spec: InputSpec): AsyncGenerator<Input> {
  if (spec.mode === "pages") {
    yield { input: path, key, source: { kind: "file", path } };
    return;
  }
  const stream = createReadStream(path);
  const opened = await new Promise<Error | null>((resolve) => {
    stream.once("open", () => resolve(null));
    stream.once("error", resolve);
  });
  if (opened) {
    yield { input: path, key, source: { kind: "failed", error: readFailed(`Expected a readable JSONL file, found: ${opened.message}.`) } };
    return;
  }
  yield* jsonlInputs(stream, path, key, spec);
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

/** Reads standard input as one page, refusing (and draining) one over the size limit. */
async function readStdinPage(stdin: Readable, maxInputBytes: number): Promise<PageSource> {
  const parts: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stdin as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size <= maxInputBytes) parts.push(chunk);
    }
  } catch (e) {
    return { kind: "failed", error: readFailed(`Expected to read standard input, found: ${(e as Error).message}.`) };
  }
  if (size > maxInputBytes) return { kind: "failed", error: tooLarge(maxInputBytes, String(size)) };
  return { kind: "text", text: new Uint8Array(Buffer.concat(parts, size)), url: null };
}
