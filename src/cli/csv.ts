import type { CliRecord } from "./records.js";

/**
 * The CSV columns, one row per input (the README's Command line section describes each). A failed
 * input fills only the error columns, a duplicate only `duplicate_of` and `id`.
 */
export const CSV_COLUMNS = [
  "input",
  "ok",
  "error_code",
  "error_message",
  "error_line",
  "error_column",
  "duplicate_of",
  "id",
  "title",
  "published_at",
  "published_text",
  "source",
  "source_name",
  "edition",
  "captured_at",
  "format",
  "url",
  "original_url",
  "item_id",
  "added_at",
  "published_time",
  "dateline",
  "stamp",
  "end_mark",
  "truncated",
  "paragraphs",
  "text",
  "related_source",
  "related",
  "warnings",
] as const;

type Column = (typeof CSV_COLUMNS)[number];
type Cell = string | number | boolean | null;

/** The header row, without its line break. */
export const CSV_HEADER = CSV_COLUMNS.join(",");

/** One field, quoted when it holds a quote, comma or line break (RFC 4180); null is an empty field. */
export function csvField(value: Cell): string {
  if (value === null) return "";
  const text = String(value);
  const quote = text.includes('"') || text.includes(",") || text.includes("\n") || text.includes("\r");
  return quote ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record as a CSV row, without its line break. */
export function csvRow(record: CliRecord): string {
  const cells: Partial<Record<Column, Cell>> = { input: record.input, ok: record.ok };
  if (!record.ok) {
    const e = record.error;
    Object.assign(cells, { error_code: e.code, error_message: e.message, error_line: e.line, error_column: e.column });
  } else if ("duplicateOf" in record) {
    Object.assign(cells, { duplicate_of: record.duplicateOf, id: record.id });
  } else {
    const p = record.page;
    const a = p.article;
    Object.assign(cells, {
      id: a.id,
      title: a.title,
      published_at: a.publishedAt,
      published_text: a.publishedText,
      source: a.source,
      source_name: a.sourceName,
      edition: a.edition,
      captured_at: p.capturedAt,
      format: p.format,
      url: a.url,
      original_url: a.originalUrl,
      item_id: a.itemId,
      added_at: a.addedAt,
      published_time: p.publishedTime,
      dateline: a.dateline?.text ?? null,
      stamp: a.stamp?.text ?? null,
      end_mark: a.endMark,
      truncated: p.truncated,
      paragraphs: a.paragraphs.length,
      text: a.paragraphs.join("\n\n"),
      related_source: p.relatedSource,
      related: p.related.length,
      warnings: p.warnings.map((w) => w.code).join(" "),
    });
  }
  return CSV_COLUMNS.map((c) => csvField(cells[c] ?? null)).join(",");
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;

/**
 * Reads CSV rows (RFC 4180) from byte chunks, for `--resume`. It works on bytes
 * because the delimiters are ASCII, so a UTF-8 character split across chunks is
 * never cut; `end` is the byte offset just past each row's line break.
 */
export class CsvRowReader {
  private field: Buffer[] = [];
  private row: string[] = [];
  private quoted = false;
  private afterQuote = false;
  private offset = 0;
  private rowHasData = false;

  /** Feeds a chunk; calls `onRow` for every row it completes. */
  push(chunk: Buffer, onRow: (fields: string[], end: number) => void): void {
    let start = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (this.quoted) {
        if (b !== QUOTE) continue;
        this.field.push(chunk.subarray(start, i));
        this.quoted = false;
        this.afterQuote = true;
        start = i + 1;
        continue;
      }
      if (b === QUOTE) {
        this.field.push(chunk.subarray(start, i));
        // a doubled quote inside a quoted field keeps one quote
        if (this.afterQuote) this.field.push(Buffer.from('"'));
        this.quoted = true;
        this.afterQuote = false;
        this.rowHasData = true;
        start = i + 1;
        continue;
      }
      this.afterQuote = false;
      if (b === COMMA || b === LF) {
        this.field.push(chunk.subarray(start, i));
        const text = Buffer.concat(this.field).toString("utf8");
        this.row.push(b === LF && text.endsWith("\r") ? text.slice(0, -1) : text);
        this.field = [];
        start = i + 1;
        this.rowHasData = true;
        if (b === LF) {
          onRow(this.row, this.offset + i + 1);
          this.row = [];
          this.rowHasData = false;
        }
      }
    }
    if (start < chunk.length) {
      this.field.push(chunk.subarray(start));
      this.rowHasData = true;
    }
    this.offset += chunk.length;
  }

  /** Whether bytes after the last complete row are pending (a row cut by an interruption). */
  get pending(): boolean {
    return this.rowHasData || this.quoted;
  }
}
