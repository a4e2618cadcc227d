// Renders a PageModel as a visible-text dump, in each layout seen in real dumps.
import type { PageModel } from "./corpus.js";
import { dayFirst, longDate, shortDate } from "./corpus.js";

/** The capture line, or null when the layout has none. */
export function captureLine(page: PageModel): string | null {
  if (page.capture === "none") return null;
  const long = longDate(page.capturedAt);
  return page.capture === "long" ? long : long + shortDate(page.capturedAt);
}

/** The `Date:` line's fields after the date, in print order. */
export function dateLineFields(page: PageModel): string[] {
  const fields = [`Date: ${dayFirst(page.publishedAt)}`, `Source: ${page.source}`];
  if (page.originalUrl !== null) fields.push("Read original version at source");
  return fields;
}

/** The body paragraphs as printed: the end mark run onto the last one. */
export function printedParagraphs(page: PageModel): string[] {
  const out = [...page.paragraphs];
  if (page.endMark && out.length > 0) out[out.length - 1] += " -0-";
  return out;
}

/** Renders the text dump: blocks joined by the layout's separator. */
export function renderText(page: PageModel): string {
  const blocks: string[] = [];
  const capture = captureLine(page);
  if (capture !== null) blocks.push(capture);
  if (page.brand) blocks.push(`KCNA ${page.source}`);
  blocks.push(page.title, dateLineFields(page).join(" | "));
  if (page.shareButton) blocks.push("Share Button");
  const body = printedParagraphs(page);
  if (page.layout === "oneline") blocks.push(body.join(" "));
  else blocks.push(...body);
  if (page.stamp !== null) blocks.push(page.stamp);
  if (page.relatedSource !== null) blocks.push(`More From ${page.relatedSource}`);
  for (const item of page.related) {
    if (item.title !== null) blocks.push(item.title, item.title);
    blocks.push(item.excerpt, longDate(item.publishedAt), item.excerpt);
  }
  blocks.push("More Articles");
  switch (page.layout) {
    case "single":
      return blocks.join("\n") + "\n";
    case "triple":
      return blocks.join("\n\n\n") + "\n";
    case "crlf":
      return blocks.join("\r\n\r\n") + "\r\n";
    default:
      return blocks.join("\n\n") + "\n";
  }
}
