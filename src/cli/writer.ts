import { WriteStream } from "node:fs";
import type { Writable } from "node:stream";
import { CSV_HEADER } from "./csv.js";
import type { RecordStyle } from "./records.js";

/** Records are gathered into writes of about this size: fewer system calls, same output. */
const CHUNK_CHARS = 64 * 1024;

/** A chunk handed to the destination and not yet confirmed: its parts, and the input of each record among them. */
interface InFlight {
  parts: string[];
  inputs: (string | null)[];
  records: number;
  last: string | null;
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
  private partRecords = 0;
  private partLast: string | null = null;
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
      // Sizes are measured only here, after a failure: the common case pays nothing.
      let taken = this.stream.bytesWritten - this.confirmed.bytes;
      for (const chunk of this.inFlight) {
        for (const [i, part] of chunk.parts.entries()) {
          taken -= Buffer.byteLength(part);
          if (taken < 0) return { records, last };
          const input = chunk.inputs[i];
          if (input != null) {
            records++;
            last = input;
          }
        }
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
    const chunk: InFlight = { parts: this.parts, inputs: this.partInputs, records: this.partRecords, last: this.partLast };
    const text = this.parts.join("");
    this.parts = [];
    this.partInputs = [];
    this.partRecords = 0;
    this.partLast = null;
    this.size = 0;
    this.inFlight.push(chunk);
    const taken = this.stream.write(text, (error) => {
      if (error) return this.fail(error);
      // Writes complete in order: this is the oldest chunk in flight.
      this.inFlight.shift();
      // A file counts the bytes it took; confirmed writes are all it has taken so far.
      if (this.stream instanceof WriteStream) this.confirmed.bytes = this.stream.bytesWritten;
      this.confirmed.records += chunk.records;
      this.confirmed.last = chunk.last ?? this.confirmed.last;
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
    if (input !== null) {
      this.partRecords++;
      this.partLast = input;
    }
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
