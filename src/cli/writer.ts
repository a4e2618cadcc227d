import { WriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { CSV_HEADER } from "./csv.js";
import type { RecordStyle } from "./records.js";

/** Records are gathered into writes of about this size: fewer system calls, same output. */
const CHUNK_CHARS = 64 * 1024;

/** A chunk handed to the destination and not yet confirmed: its size, and where each record in it ends. */
interface InFlight {
  bytes: number;
  records: { end: number; input: string }[];
}

/**
 * Writes records with their separators: JSONL lines, a JSON array (opened at the
 * start, closed at the end, even after an interruption), or CSV rows after a header.
 * Every write holds whole records, so output cut short still ends with a complete
 * line. `ready` is pending while the destination is full (back-pressure).
 *
 * A record counts as written only once the system has taken it, so when the
 * destination fails (a full disk, a file over the size limit, a closed pipe)
 * `written` never claims a record that is not there. A write's callback confirms
 * the whole write; a file also says how many bytes it took before failing
 * (`bytesWritten`), which finds the last record written whole.
 */
export class RecordWriter {
  private parts: string[] = [];
  /** For each of `parts`, the input of the record it holds (null for a header or an end). */
  private partInputs: (string | null)[] = [];
  private size = 0;
  private count = 0;
  private readonly inFlight: InFlight[] = [];
  private readonly confirmed = { records: 0, last: null as string | null, bytes: 0 };
  private full: Promise<void> | null = null;
  /** The first write error, if the destination failed. */
  error: Error | null = null;

  constructor(
    private readonly stream: Writable,
    private readonly style: RecordStyle,
    private readonly options: { header: boolean; onError: (error: Error) => void },
  ) {
    stream.on("error", (error: Error) => this.fail(error));
    if (style.format === "json") this.add("[", null);
    else if (style.format === "csv" && options.header) this.add(`${CSV_HEADER}\r\n`, null);
  }

  /** Resolves once the destination takes more (at once when it is not full). */
  get ready(): Promise<void> {
    return this.full ?? Promise.resolve();
  }

  get isFull(): boolean {
    return this.full !== null;
  }

  /** Records handed to the writer, written or not. */
  get pushed(): number {
    return this.count;
  }

  /** Records the destination has taken whole, in order, and the input of the last of them. */
  get written(): { records: number; last: string | null } {
    let { records, last } = this.confirmed;
    if (this.error !== null && this.stream instanceof WriteStream) {
      let taken = this.stream.bytesWritten - this.confirmed.bytes;
      for (const chunk of this.inFlight) {
        for (const record of chunk.records) {
          if (record.end > taken) return { records, last };
          records++;
          last = record.input;
        }
        taken -= chunk.bytes;
      }
    }
    return { records, last };
  }

  /** Adds the record of `input`; it is written with the next flush. */
  push(text: string, input: string): void {
    this.add(this.separated(text), input);
    this.count++;
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  /** Hands the gathered records to the destination. */
  flush(): void {
    if (this.parts.length === 0 || this.error) return;
    const chunk: InFlight = { bytes: 0, records: [] };
    for (const [i, part] of this.parts.entries()) {
      chunk.bytes += Buffer.byteLength(part);
      const input = this.partInputs[i];
      if (input != null) chunk.records.push({ end: chunk.bytes, input });
    }
    const text = this.parts.join("");
    this.parts = [];
    this.partInputs = [];
    this.size = 0;
    this.inFlight.push(chunk);
    const taken = this.stream.write(text, (error) => {
      if (error) return this.fail(error);
      // Writes complete in order: this is the oldest chunk in flight.
      this.inFlight.shift();
      this.confirmed.bytes += chunk.bytes;
      this.confirmed.records += chunk.records.length;
      this.confirmed.last = chunk.records.at(-1)?.input ?? this.confirmed.last;
    });
    if (!taken && this.full === null) {
      this.full = new Promise((resolve) => {
        const done = () => {
          this.stream.off("drain", done);
          this.stream.off("error", done);
          this.full = null;
          resolve();
        };
        this.stream.on("drain", done);
        this.stream.on("error", done);
      });
    }
  }

  /**
   * Writes what is left and the JSON array's end, and waits until the destination has
   * taken it all (or failed); closes the destination when it is a file.
   */
  async end(closeStream: boolean): Promise<void> {
    if (this.style.format === "json") this.add(this.count > 0 ? "\n]\n" : "]\n", null);
    this.flush();
    if (this.error) return;
    await new Promise<void>((resolve) => {
      this.stream.once("error", () => resolve());
      // Write callbacks run before the end callback: a failure is known once this resolves.
      if (closeStream) this.stream.end(() => resolve());
      else this.stream.write("", () => resolve());
    });
  }

  private add(part: string, input: string | null): void {
    this.parts.push(part);
    this.partInputs.push(input);
    this.size += part.length;
  }

  private fail(error: Error): void {
    if (this.error) return;
    this.error = error;
    this.options.onError(error);
  }

  private separated(text: string): string {
    switch (this.style.format) {
      case "jsonl":
        return `${text}\n`;
      case "csv":
        return `${text}\r\n`;
      case "json": {
        const indent = this.style.pretty ? "  " : "";
        return `${this.count === 0 ? "\n" : ",\n"}${indent}${text}`;
      }
    }
  }
}
