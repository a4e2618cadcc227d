import type { Writable } from "node:stream";
import { CSV_HEADER } from "./csv.js";
import type { RecordStyle } from "./records.js";

/** Records are gathered into writes of about this size: fewer system calls, same output. */
const CHUNK_CHARS = 64 * 1024;

/**
 * Writes records with their separators: JSONL lines, a JSON array (opened at the
 * start, closed at the end, even after an interruption), or CSV rows after a header.
 * Every write holds whole records, so output cut short still ends with a complete
 * line. `ready` is pending while the destination is full (back-pressure).
 */
export class RecordWriter {
  private parts: string[] = [];
  private size = 0;
  private count = 0;
  private full: Promise<void> | null = null;
  /** The first write error, if the destination failed. */
  error: Error | null = null;

  constructor(
    private readonly stream: Writable,
    private readonly style: RecordStyle,
    options: { header: boolean; onError: (error: Error) => void },
  ) {
    stream.on("error", (error: Error) => {
      this.error ??= error;
      options.onError(error);
    });
    if (style.format === "json") this.parts.push("[");
    else if (style.format === "csv" && options.header) this.parts.push(`${CSV_HEADER}\r\n`);
  }

  /** Resolves once the destination takes more (at once when it is not full). */
  get ready(): Promise<void> {
    return this.full ?? Promise.resolve();
  }

  get isFull(): boolean {
    return this.full !== null;
  }

  push(text: string): void {
    const record = this.separated(text);
    this.parts.push(record);
    this.size += record.length;
    this.count++;
    if (this.size >= CHUNK_CHARS) this.flush();
  }

  /** Hands the gathered records to the destination. */
  flush(): void {
    if (this.parts.length === 0 || this.error) return;
    const chunk = this.parts.join("");
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(chunk) && this.full === null) {
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

  /** Writes what is left and the JSON array's end; closes the destination when it is a file. */
  async end(closeStream: boolean): Promise<void> {
    if (this.style.format === "json") this.parts.push(this.count > 0 ? "\n]\n" : "]\n");
    this.flush();
    if (this.error) return;
    if (!closeStream) {
      await this.ready;
      return;
    }
    await new Promise<void>((resolve) => {
      this.stream.once("error", () => resolve());
      this.stream.end(() => resolve());
    });
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
