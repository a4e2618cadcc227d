import * as z from "zod";
import type { ParsedPage } from "./schema/page.js";
import type { RelatedItem } from "./schema/related.js";
import { MONTH_NAMES } from "./fields/calendar.js";
import { PAGE_FOOTER, RELATED_HEADING_PREFIX } from "./fields/furniture.js";

/**
 * Zod schema of the options of {@link renderPage}; every option is optional.
 *
 * @example
 * ```ts
 * import { RenderOptionsSchema } from "kcnawatch-parser";
 * RenderOptionsSchema.parse({}).layout; // "blank-line"
 * ```
 */
export const RenderOptionsSchema = z.object({
  layout: z
    .enum(["blank-line", "single-newline"])
    .default("blank-line")
    .describe("`blank-line` separates blocks with an empty line, as most scrapes do; `single-newline` puts every line right after the previous one. Default `blank-line`."),
});

/**
 * Options of {@link renderPage}, as passed (all optional).
 *
 * @example
 * ```ts
 * import { renderPage, type ParsedPage, type RenderOptions } from "kcnawatch-parser";
 * declare const page: ParsedPage;
 * const options: RenderOptions = { layout: "single-newline" };
 * renderPage(page, options);
 * ```
 */
export type RenderOptions = z.input<typeof RenderOptionsSchema>;

const ORIGINAL_LINK_TEXT = "Read original version at source";
const END_MARK = " -0-";
/** A brand line names the source after the agency, as `KCNA Pyongyang Times`. */
const BRAND_PREFIX = "KCNA ";
/** The name a `More From` heading falls back to when the page names no source at all. */
const FALLBACK_RELATED_SOURCE = "KCNA";

/**
 * Renders a page back into the visible-text layout of a KCNA Watch dump: the capture
 * line (long and short form run together), the brand line `KCNA <source>` when the
 * source is known, the title, the `Date:` line, the paragraphs (the dateline stays in
 * the first; ` -0-` is appended to the last when `endMark` is set), the stamp line,
 * `More From <source>` with each related item (title twice, excerpt, date, excerpt;
 * or excerpt, date, excerpt when untitled), and the `More Articles` footer unless the
 * page is `truncated`.
 *
 * It is the inverse of {@link parsePage} for everything a text dump carries:
 * `parsePage(renderPage(page))` gives back the same fields (not the warnings, the
 * `format`, `publishedTime` or the related items' links, which a text dump has no
 * place for; `url`, `itemId` and `addedAt` when the address is passed as
 * `options.url`), and `renderPage(parsePage(dump))` is a normalised text dump that
 * renders to itself once parsed again (with `format: "text"`). Text is written as it
 * is in the page; it is pure.
 *
 * The `Date:` line is always written, bare (`Date:`) when the page has neither a
 * printed date nor a source: it is what tells the title from the body. The original's
 * address, when known, stands in it in place of the link text. Related items
 * are listed under `More From <relatedSource>`, or the article's source when
 * `relatedSource` is null. A paragraph rejoined from several lines is written on one
 * line, which may be longer than any line of the dump it came from.
 *
 * @param page - the page to render
 * @param options - see {@link RenderOptions}
 * @returns the dump text, lines separated by `\n`, with no final line break (as scraped)
 * @throws a zod error when `options` is not a valid {@link RenderOptions}
 * @example
 * ```ts
 * import { parsePage, renderPage } from "kcnawatch-parser";
 * const page = parsePage("Review\nDate: 27/05/2024 | Source: KCNA.kp (En)\nPyongyang, May 27 (KCNA) -- Text. -0-\nMore Articles");
 * renderPage(page, { layout: "single-newline" });
 * // "KCNA KCNA.kp (En)\nReview\nDate: 27/05/2024 | Source: KCNA.kp (En) | Read original version at source\nPyongyang, May 27 (KCNA) -- Text. -0-\nMore Articles"
 * ```
 */
export function renderPage(page: ParsedPage, options?: RenderOptions): string {
  const { layout } = RenderOptionsSchema.parse(options ?? {});
  const { article } = page;
  // the capture and brand lines stand together above the first gap in every layout
  const head: string[] = [];
  if (page.capturedAt !== null) head.push(captureLine(page.capturedAt));
  if (article.source !== null) head.push(BRAND_PREFIX + article.source);

  const blocks: string[] = [article.title, dateLine(page)];
  const last = article.paragraphs.length - 1;
  article.paragraphs.forEach((paragraph, i) => blocks.push(i === last && article.endMark ? paragraph + END_MARK : paragraph));
  if (article.stamp !== null) blocks.push(article.stamp.text);
  if (page.relatedSource !== null || page.related.length > 0) {
    blocks.push(RELATED_HEADING_PREFIX + (page.relatedSource ?? article.source ?? FALLBACK_RELATED_SOURCE));
    for (const item of page.related) blocks.push(...relatedLines(item));
  }
  if (!page.truncated) blocks.push(PAGE_FOOTER);

  const gap = layout === "blank-line" ? "\n\n" : "\n";
  const body = blocks.join(gap);
  return head.length === 0 ? body : `${head.join("\n")}${gap}${body}`;
}

function dateLine(page: ParsedPage): string {
  const { publishedText, source, originalUrl } = page.article;
  const fields = [publishedText === null ? "Date:" : `Date: ${publishedText}`];
  if (source !== null) fields.push(`Source: ${source}`);
  // some captures print the original's address as a bare field in place of the link text
  if (originalUrl !== null) fields.push(originalUrl);
  else if (source !== null) fields.push(ORIGINAL_LINK_TEXT);
  return fields.join(" | ");
}

function relatedLines(item: RelatedItem): string[] {
  const lines = item.title === null ? [] : [item.title, item.title];
  lines.push(item.excerpt, longDate(item.publishedAt), item.excerpt);
  return lines;
}

/** `January 18, 2026` from an ISO date: the date printed under each related item. */
function longDate(iso: string): string {
  const { year, month, day } = splitIso(iso);
  return `${MONTH_NAMES[month - 1]!} ${day}, ${year}`;
}

/** `January 20, 2026Jan 20, 2026`: the long and short forms run together, as scraped. */
function captureLine(iso: string): string {
  const { year, month, day } = splitIso(iso);
  const name = MONTH_NAMES[month - 1]!;
  return `${name} ${day}, ${year}${name.slice(0, 3)} ${day}, ${year}`;
}

function splitIso(iso: string): { year: string; month: number; day: string } {
  return { year: iso.slice(0, 4), month: Number(iso.slice(5, 7)), day: iso.slice(8, 10) };
}
