import type { ParsedPage } from "./schema/page.js";
import type { ParseOptions } from "./options.js";
import { orThrow, runPipeline, type LineReader, type SafeParseResult } from "./pipeline.js";
import { detectFormat } from "./detect.js";
import { textToLines } from "./front-ends/text.js";
import { markdownToLines } from "./front-ends/markdown.js";
import { htmlToLines } from "./front-ends/html.js";

export type { SafeParseResult } from "./pipeline.js";

const FRONT_ENDS = { text: textToLines, markdown: markdownToLines, html: htmlToLines };

const readAnyFormat: LineReader = (text, forced) => {
  const format = forced ?? detectFormat(text);
  return { format, doc: FRONT_ENDS[format](text) };
};

/**
 * Parses one raw page dump into a validated {@link ParsedPage}. The dump may be the
 * page's visible text, reader-service markdown or saved HTML: the format is detected
 * (see {@link detectFormat}) unless `options.format` names it, and every format gives
 * the same article; markdown and HTML also give the link targets.
 *
 * @param input - the dump, as a string or as UTF-8 bytes
 * @param options - see {@link ParseOptions}; all optional
 * @returns the page: article, related items, capture date and warnings
 * @throws {@link PageParseError} when the dump is not a valid page (no title, no body,
 *   empty, binary, invalid UTF-8, over a limit, or any warning under `strict`); its
 *   `issues` say what and where, its `partial` holds what could be recovered
 * @example
 * ```ts
 * import { parsePage } from "kcnawatch-parser";
 * const page = parsePage("Review\n\nDate: 27/05/2024 | Source: KCNA.kp (En)\n\nPyongyang, May 27 (KCNA) -- Text. -0-\n\nMore Articles");
 * page.article.publishedAt; // "2024-05-27"
 * page.article.dateline?.place; // "Pyongyang"
 * parsePage("<p>Review</p><p>Date: 27/05/2024</p><p>Text.</p>").format; // "html"
 * ```
 */
export function parsePage(input: string | Uint8Array, options?: ParseOptions): ParsedPage {
  return orThrow(safeParsePage(input, options));
}

/**
 * Parses one raw page dump like {@link parsePage}, but returns the error instead of
 * throwing it. It never throws.
 *
 * @param input - the dump, as a string or as UTF-8 bytes
 * @param options - see {@link ParseOptions}; all optional
 * @returns `{ success: true, data }` or `{ success: false, error }`
 * @example
 * ```ts
 * import { safeParsePage } from "kcnawatch-parser";
 * const r = safeParsePage("Pyongyang, March 26 (KCNA) -- A dump that starts in the body.");
 * if (!r.success) console.log(r.error.issues[0].code, r.error.issues[0].line); // "missing_title" 1
 * ```
 */
export function safeParsePage(input: string | Uint8Array, options?: ParseOptions): SafeParseResult {
  return runPipeline(input, options, readAnyFormat);
}
