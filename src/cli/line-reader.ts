import type { Readable } from "node:stream";

/** One line of a JSONL stream: its bytes (a copy of its own), or the fact it was too long to keep. */
export type JsonlLine = { number: number; bytes: Uint8Array; tooLong?: undefined } | { number: number; tooLong: true; bytes?: undefined };

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a byte stream into lines as it arrives, holding at most one line (and one
 * chunk) in memory. Blank lines are skipped but still counted, so line numbers match
 * the file. A line longer than `maxBytes` is dropped as it streams by and reported.
 */
export async function* readLines(stream: Readable, maxBytes: number): AsyncGenerator<JsonlLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let number = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(LF, start); nl !== -1; nl = chunk.indexOf(LF, start)) {
      number++;
      const piece = chunk.subarray(start, nl);
      start = nl + 1;
      if (overflow || size + piece.length > maxBytes) {
        yield { number, tooLong: true };
      } else {
        const line = lineOf(parts, size, piece);
        if (line !== null) yield { number, bytes: line };
      }
      parts = [];
      size = 0;
      overflow = false;
    }
    if (start < chunk.length && !overflow) {
      const rest = chunk.subarray(start);
      if (size + rest.length > maxBytes) {
        overflow = true;
        parts = [];
        size = 0;
      } else {
        parts.push(rest);
        size += rest.length;
      }
    }
  }
  if (overflow) yield { number: number + 1, tooLong: true };
  else if (size > 0) {
    const line = lineOf(parts, size, Buffer.alloc(0));
    if (line !== null) yield { number: number + 1, bytes: line };
  }
}

/** The line's bytes in a fresh buffer (a view would drag its whole chunk along), or null when blank. */
function lineOf(parts: Buffer[], size: number, last: Buffer): Uint8Array | null {
  const line = new Uint8Array(size + last.length);
  let at = 0;
  for (const p of parts) {
    line.set(p, at);
    at += p.length;
  }
  line.set(last, at);
  let end = line.length;
  if (end > 0 && line[end - 1] === CR) end--;
  let blank = true;
  for (let i = 0; i < end && blank; i++) blank = line[i]! <= 0x20;
  if (blank) return null;
  return end === line.length ? line : line.subarray(0, end);
}
