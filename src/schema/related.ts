import * as z from "zod";

/**
 * Zod schema of one item of the "More From <source>" list.
 *
 * @example
 * ```ts
 * import { RelatedItemSchema } from "kcnawatch-parser";
 * RelatedItemSchema.parse({ title: "New houses built", publishedAt: "2026-01-17", excerpt: "At a time when", truncated: true, url: null });
 * ```
 */
export const RelatedItemSchema = z
  .object({
    title: z.string().min(1).nullable().describe("The item's title, or null when the dump carries none (untitled layout)."),
    publishedAt: z.iso.date().describe("ISO date printed under the item."),
    excerpt: z.string().min(1).describe("The excerpt as printed (the site cuts it at about 130 characters)."),
    truncated: z.boolean().describe("Whether the excerpt is cut short of the article's text (see README: long, or without final punctuation)."),
    url: z.url().nullable().describe("The link on the item's title, when the input carries it; null for text dumps."),
  })
  .describe("One item of the related list.");

/**
 * One item of the "More From <source>" list.
 *
 * @example
 * ```ts
 * import { parsePage, type RelatedItem } from "kcnawatch-parser";
 * declare const dump: string;
 * const titles = parsePage(dump).related.map((item: RelatedItem) => item.title ?? item.excerpt);
 * ```
 */
export type RelatedItem = z.infer<typeof RelatedItemSchema>;
