import type { RecordError } from "./records.js";

/** The page a JSONL record holds, or why it holds none. */
export type JsonlPage = { text: string; url: string | null } | { error: RecordError };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads one JSONL line: a JSON object whose `field` is the page text and whose
 * optional `urlField` is its address. Anything else is an `invalid_jsonl_record`.
 */
export function readJsonlRecord(bytes: Uint8Array, field: string, urlField: string): JsonlPage {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return invalid("Expected a line of UTF-8 text, found invalid UTF-8 bytes.");
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return invalid(`Expected a JSON object, found invalid JSON (${(e as Error).message}).`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    return invalid(`Expected a JSON object, found ${describe(value)}.`);
  }
  const record = value as Record<string, unknown>;
  const page = record[field];
  if (typeof page !== "string") return invalid(`Expected a string "${field}" field (--field), found ${describe(page)}.`);
  const url = record[urlField];
  if (url !== undefined && url !== null && typeof url !== "string") {
    return invalid(`Expected the "${urlField}" field (--url-field) to be a string or absent, found ${describe(url)}.`);
  }
  return { text: page, url: typeof url === "string" && url.length > 0 ? url : null };
}

function invalid(message: string): { error: RecordError } {
  return { error: { code: "invalid_jsonl_record", message, line: 1, column: 1 } };
}

function describe(value: unknown): string {
  if (value === undefined) return "none";
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}
