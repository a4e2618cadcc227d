import * as z from "zod";
import { ArticleSchema, PartialArticleSchema } from "./article.js";
import { ParseIssueSchema } from "./issue.js";
import { RelatedItemSchema } from "./related.js";

/**
 * The input formats a page dump can come in.
 *
 * @example
 * ```ts
 * import { PageFormatSchema } from "kcnawatch-parser";
 * PageFormatSchema.options; // ["text", "markdown", "html"]
 * ```
 */
export const PageFormatSchema = z.enum(["text", "markdown", "html"]).describe("The input format the page was read from.");

/**
 * An input format: one of {@link PageFormatSchema}'s options.
 *
 * @example
 * ```ts
 * import type { PageFormat } from "kcnawatch-parser";
 * const format: PageFormat = "text";
 * ```
 */
export type PageFormat = z.infer<typeof PageFormatSchema>;

const pageShape = {
  format: PageFormatSchema,
  capturedAt: z.iso.date().nullable().describe("ISO date from the capture line (when the page was rendered), or null."),
  relatedSource: z.string().nullable().describe("The name in `More From <name>`, or null when the dump has no related section."),
  related: z.array(RelatedItemSchema).describe("The complete related items, in page order."),
  publishedTime: z.string().nullable().describe("The reader service's `Published Time:` header as printed (low trust: may be a server timestamp; never used for `publishedAt`), or null."),
  truncated: z.boolean().describe("Whether the dump ends before the page's footer (cut by its capture)."),
  warnings: z.array(ParseIssueSchema).describe("Recoverable oddities, in input order."),
};

/**
 * Zod schema of everything read from one page dump.
 *
 * @example
 * ```ts
 * import { ParsedPageSchema, parsePage } from "kcnawatch-parser";
 * declare const dump: string;
 * ParsedPageSchema.parse(parsePage(dump)); // passes for every parsePage result
 * ```
 */
export const ParsedPageSchema = z
  .object({ ...pageShape, article: ArticleSchema })
  .describe("Everything read from one page dump.");

/**
 * Everything read from one page dump: the article, its related items and warnings.
 *
 * @example
 * ```ts
 * import { parsePage, type ParsedPage } from "kcnawatch-parser";
 * declare const dump: string;
 * const page: ParsedPage = parsePage(dump);
 * console.log(page.capturedAt, page.related.length, page.warnings.length);
 * ```
 */
export type ParsedPage = z.infer<typeof ParsedPageSchema>;

/**
 * Zod schema of what could be recovered from a dump that failed to parse.
 *
 * @example
 * ```ts
 * import { PartialParsedPageSchema } from "kcnawatch-parser";
 * PartialParsedPageSchema.shape.article; // PartialArticleSchema
 * ```
 */
export const PartialParsedPageSchema = z
  .object({ ...pageShape, article: PartialArticleSchema })
  .describe("What could be recovered from a dump that failed to parse.");

/**
 * What could be recovered from a dump that failed to parse; carried by {@link PageParseError.partial}.
 *
 * @example
 * ```ts
 * import { safeParsePage, type PartialParsedPage } from "kcnawatch-parser";
 * declare const dump: string;
 * const r = safeParsePage(dump);
 * const recovered: PartialParsedPage | undefined = r.success ? undefined : r.error.partial;
 * ```
 */
export type PartialParsedPage = z.infer<typeof PartialParsedPageSchema>;
