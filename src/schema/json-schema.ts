import * as z from "zod";
import { ParsedPageSchema } from "./page.js";

/**
 * The JSON Schema (draft 2020-12) of {@link ParsedPage}, generated from
 * {@link ParsedPageSchema} by zod's `z.toJSONSchema`, so it cannot drift from the
 * types. For programs in other languages that read this parser's JSON output; the
 * same document ships in the package as `kcnawatch-parser/schema.json`.
 *
 * Objects are closed (`additionalProperties: false`); dates carry `format: "date"`
 * and a pattern, addresses `format: "uri"`.
 *
 * @returns a new object on every call, safe to change or serialise
 * @example
 * ```ts
 * import { parsedPageJsonSchema } from "kcnawatch-parser";
 * const schema = parsedPageJsonSchema();
 * schema.title; // "ParsedPage"
 * schema.required; // ["format", "capturedAt", "relatedSource", ...]
 * ```
 */
export function parsedPageJsonSchema(): z.core.JSONSchema.BaseSchema {
  // Spreading keeps only the enumerable JSON keys: zod adds a non-enumerable
  // `~standard` helper that has no place in a JSON document.
  return { title: "ParsedPage", ...z.toJSONSchema(ParsedPageSchema, { target: "draft-2020-12", io: "output", unrepresentable: "throw" }) };
}
