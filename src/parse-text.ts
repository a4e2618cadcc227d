import * as z from "zod";
import type { ParsedPage } from "./schema/page.js";
import { ParseOptionsSchema, type ParseOptions } from "./options.js";
import { orThrow, runPipeline, type LineReader, type SafeParseResult } from "./pipeline.js";
import { textToLines } from "./front-ends/text.js";

export type { SafeParseResult } from "./pipeline.js";

// Only "text" may be forced here; zod's own message names the option and what it expects.
const TextOptionsSchema = ParseOptionsSchema.extend({ format: z.literal("text").optional() });

const readText: LineReader = (text) => ({ format: "text", doc: textToLines(text) });

/**
 * Parses one page dump in the visible-text format, like the main entry's
 * `parsePage` but without the markdown and HTML front ends, for the smallest bundle.
 * `options.format` may only be `"text"`.
 *
 * @param input - the dump, as a string or as UTF-8 bytes
 * @param options - see {@link ParseOptions}; all optional
 * @returns the page: article, related items, capture date and warnings
 * @throws {@link PageParseError} when the dump is not a valid page
 * @example
 * ```ts
 * import { parsePage } from "kcnawatch-parser/text";
 * const page = parsePage("Review\n\nDate: 27/05/2024 | Source: KCNA.kp (En)\n\nPyongyang, May 27 (KCNA) -- Text. -0-\n\nMore Articles");
 * page.format; // "text"
 * ```
 */
export function parsePage(input: string | Uint8Array, options?: ParseOptions): ParsedPage {
  return orThrow(safeParsePage(input, options));
}

/**
 * Parses one page dump in the visible-text format like {@link parsePage} from
 * `kcnawatch-parser/text`, returning the error instead of throwing it.
 *
 * @param input - the dump, as a string or as UTF-8 bytes
 * @param options - see {@link ParseOptions}; all optional
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParsePage } from "kcnawatch-parser/text";
 * const r = safeParsePage("<p>Title</p>", { format: "html" });
 * if (!r.success) console.log(r.error.issues[0].code); // "invalid_option"
 * ```
 */
export function safeParsePage(input: string | Uint8Array, options?: ParseOptions): SafeParseResult {
  return runPipeline(input, options, readText, TextOptionsSchema);
}
