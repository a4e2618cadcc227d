import * as z from "zod";
import { PageFormatSchema } from "./schema/page.js";

/** Default for {@link ParseOptions.maxInputBytes}: 16 MiB, far above any real page. */
export const DEFAULT_MAX_INPUT_BYTES = 16 * 1024 * 1024;
/** Default for {@link ParseOptions.maxLineLength}: 1,000,000 characters (a whole body on one line is far shorter). */
export const DEFAULT_MAX_LINE_LENGTH = 1_000_000;
/** Default for {@link ParseOptions.maxRelatedItems}: 500 (real pages show 15). */
export const DEFAULT_MAX_RELATED_ITEMS = 500;
/** Default for {@link ParseOptions.maxWarnings}: 1,000 (real pages give a handful at most). */
export const DEFAULT_MAX_WARNINGS = 1_000;

/**
 * Zod schema of the options of {@link parsePage} and {@link safeParsePage}; every
 * option is optional and has the default shown in its description.
 *
 * @example
 * ```ts
 * import { ParseOptionsSchema } from "kcnawatch-parser";
 * ParseOptionsSchema.parse({ strict: true }).maxRelatedItems; // 500
 * ```
 */
export const ParseOptionsSchema = z.object({
  strict: z.boolean().default(false).describe("Turn every warning into an error. Default false."),
  format: PageFormatSchema.optional().describe("Force an input format instead of detecting it. Default: detected."),
  url: z.url({ protocol: /^https?$/ }).nullable().default(null).describe("The address the page was fetched from, for `article.url` and resolving links. Default null."),
  maxInputBytes: z.int().min(0).default(DEFAULT_MAX_INPUT_BYTES).describe("Largest input accepted, in UTF-8 bytes. Default 16 MiB."),
  maxLineLength: z.int().min(0).default(DEFAULT_MAX_LINE_LENGTH).describe("Longest line accepted, in characters. Default 1,000,000."),
  maxRelatedItems: z.int().min(0).default(DEFAULT_MAX_RELATED_ITEMS).describe("Related items kept; more are dropped with a warning. Default 500."),
  maxWarnings: z.int().min(0).default(DEFAULT_MAX_WARNINGS).describe("Warnings kept (the first found); more are counted in one `too_many_warnings` warning. Default 1,000."),
  validate: z.boolean().default(true).describe("Check the result against ParsedPageSchema before returning it. Default true."),
});

/**
 * Options of {@link parsePage} and {@link safeParsePage}, as passed (all optional).
 *
 * @example
 * ```ts
 * import { parsePage, type ParseOptions } from "kcnawatch-parser";
 * declare const dump: string;
 * const options: ParseOptions = { strict: true, maxRelatedItems: 20 };
 * parsePage(dump, options);
 * ```
 */
export type ParseOptions = z.input<typeof ParseOptionsSchema>;

/** Options with every default filled in. */
export type ResolvedParseOptions = z.output<typeof ParseOptionsSchema>;

export const DEFAULT_OPTIONS: ResolvedParseOptions = ParseOptionsSchema.parse({});
