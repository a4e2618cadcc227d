import * as z from "zod";

const IsoDate = z.iso.date();

/**
 * Zod schema of the dateline that opens many KCNA reports:
 * `Pyongyang, May 27 (KCNA) -- ...`.
 *
 * @example
 * ```ts
 * import { DatelineSchema } from "kcnawatch-parser";
 * DatelineSchema.parse({ text: "Pyongyang, May 27 (KCNA)", place: "Pyongyang", month: 5, day: 27, agency: "KCNA", date: "2024-05-27" });
 * ```
 */
export const DatelineSchema = z
  .object({
    text: z.string().describe("The dateline as printed, without the ` -- ` separator."),
    place: z.string().min(1).describe("Place name, e.g. `Pyongyang`."),
    month: z.int().min(1).max(12).describe("Month number, 1-12."),
    day: z.int().min(1).max(31).describe("Day of the month."),
    agency: z.string().min(1).describe("Agency in the parentheses, e.g. `KCNA`."),
    date: IsoDate.nullable().describe("ISO date resolved with the publication year, or null when no year is known."),
  })
  .describe("The dateline opening the first paragraph.");

/**
 * The dateline opening the first paragraph of many KCNA reports.
 *
 * @example
 * ```ts
 * import { parseDateline, type Dateline } from "kcnawatch-parser";
 * const d: Dateline | null = parseDateline("Pyongyang, May 27 (KCNA) -- Text.", 2024);
 * ```
 */
export type Dateline = z.infer<typeof DatelineSchema>;

/**
 * Zod schema of the source stamp printed after the body, e.g. `www.kcna.kp (Juche113.5.27.)`.
 *
 * @example
 * ```ts
 * import { StampSchema } from "kcnawatch-parser";
 * StampSchema.parse({ text: "www.kcna.kp (2025.04.23.)", site: "www.kcna.kp", date: "2025-04-23" });
 * ```
 */
export const StampSchema = z
  .object({
    text: z.string().min(1).describe("The stamp line as printed."),
    site: z.string().nullable().describe("The site named by the stamp, e.g. `www.kcna.kp`, or null for a bare agency stamp."),
    date: IsoDate.nullable().describe("ISO date of the stamp (Juche years converted), or null when it carries none."),
  })
  .describe("The source stamp after the body.");

/**
 * The source stamp printed after the body.
 *
 * @example
 * ```ts
 * import { parseStamp, type Stamp } from "kcnawatch-parser";
 * const s: Stamp | null = parseStamp("www.kcna.kp (Juche113.5.27.)");
 * ```
 */
export type Stamp = z.infer<typeof StampSchema>;

const articleShape = {
  id: z.string().regex(/^[0-9a-f]{16}$/).describe("Stable identifier: the same article captured on different days gets the same id."),
  title: z.string().min(1).describe("The headline as printed."),
  publishedAt: IsoDate.nullable().describe("ISO date from the day-first `Date:` line, or null when absent or invalid."),
  publishedText: z.string().nullable().describe("The date exactly as printed on the `Date:` line, or null."),
  source: z.string().nullable().describe("The label exactly as printed after `Source:` (e.g. `KCNA.kp (En)`), or null when empty or absent."),
  sourceName: z.string().nullable().describe("The source name without the edition (e.g. `KCNA.kp`), or null when only the edition is printed."),
  edition: z.string().nullable().describe("The edition in the label's parentheses as printed (e.g. `En`, `EN`, `Kr`), or null."),
  paragraphs: z.array(z.string().min(1)).min(1).describe("Body paragraphs in order, text as printed; the dateline stays in the first, the end mark is removed."),
  endMark: z.boolean().describe("Whether the body ended with the ` -0-` end mark."),
  dateline: DatelineSchema.nullable().describe("The dateline opening the first paragraph, or null."),
  stamp: StampSchema.nullable().describe("The source stamp after the body, or null."),
  url: z.url().nullable().describe("The page's own address, when the input or options carry it; null for text dumps."),
  originalUrl: z.url().nullable().describe("The address of the original at the source site, when the input carries it; null for text dumps."),
  itemId: z.string().regex(/^\d+-\d+$/).nullable().describe("The KCNA Watch item id from the page address (`/newstream/<itemId>/...`), or null when the address is unknown."),
  addedAt: z.iso.datetime().nullable().describe("When the item entered KCNA Watch (UTC), from the page address's Unix seconds, or null."),
};

/**
 * Zod schema of a parsed article: the source of truth for {@link Article}.
 *
 * @example
 * ```ts
 * import { ArticleSchema, parsePage } from "kcnawatch-parser";
 * declare const dump: string;
 * ArticleSchema.parse(parsePage(dump).article);
 * ```
 */
export const ArticleSchema = z.object(articleShape).describe("An article parsed from a page dump.");

/**
 * An article parsed from a page dump.
 *
 * @example
 * ```ts
 * import { parsePage, type Article } from "kcnawatch-parser";
 * declare const dump: string;
 * const article: Article = parsePage(dump).article;
 * console.log(article.title, article.publishedAt, article.paragraphs.length);
 * ```
 */
export type Article = z.infer<typeof ArticleSchema>;

/**
 * Zod schema of what could be recovered from a dump that is not a valid article
 * (no title, or no body): the {@link Article} fields with `title` and `id` nullable
 * and `paragraphs` possibly empty.
 *
 * @example
 * ```ts
 * import { PartialArticleSchema } from "kcnawatch-parser";
 * PartialArticleSchema.shape.title.parse(null); // null
 * ```
 */
export const PartialArticleSchema = z
  .object({
    ...articleShape,
    id: articleShape.id.nullable(),
    title: articleShape.title.nullable(),
    paragraphs: z.array(z.string().min(1)).describe("Body paragraphs recovered, possibly none."),
  })
  .describe("What could be recovered from a dump that is not a valid article.");

/**
 * What could be recovered from a dump that is not a valid article.
 *
 * @example
 * ```ts
 * import { safeParsePage, type PartialArticle } from "kcnawatch-parser";
 * declare const dump: string;
 * const r = safeParsePage(dump);
 * const partial: PartialArticle | undefined = r.success ? undefined : r.error.partial?.article;
 * ```
 */
export type PartialArticle = z.infer<typeof PartialArticleSchema>;
