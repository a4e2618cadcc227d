// Renders a PageModel as a reader-proxy markdown dump: the `Title:` / `URL Source:` /
// `Published Time:` header block, then `Markdown Content:` and the page as markdown,
// with link targets on the brand, the original-version link and the related titles.
import type { PageModel } from "./corpus.js";
import { dayFirst, longDate } from "./corpus.js";
import { captureLine, printedParagraphs } from "./render-text.js";

/** Escapes what a reader proxy escapes in running text (as turndown does). */
export function escapeMarkdown(text: string): string {
  let out = "";
  for (const ch of text) out += ch === "\\" || ch === "*" || ch === "_" || ch === "`" || ch === "[" || ch === "]" ? `\\${ch}` : ch;
  // a list marker, heading mark or quote at the start of a line would change the block
  const c = out.charAt(0);
  if ((c === "-" || c === "+") && out.charAt(1) === " ") return `\\${out}`;
  if (c === "#" || c === ">") return `\\${out}`;
  return out;
}

const link = (text: string, href: string): string => `[${escapeMarkdown(text)}](${href})`;

/** Renders the markdown dump. */
export function renderMarkdown(page: PageModel): string {
  const header = [`Title: ${page.title} - KCNA Watch`, "", `URL Source: ${page.url}`, ""];
  if (page.addedAt % 10 < 7) header.push(`Published Time: ${new Date(page.addedAt * 1000).toISOString().replace(".000Z", "+00:00")}`, "");
  header.push("Markdown Content:");
  const blocks: string[] = [];
  const capture = captureLine(page);
  if (capture !== null) blocks.push(capture);
  if (page.brand) blocks.push(`KCNA ${link(page.source, `https://kcnawatch.org/?s=${encodeURIComponent(page.source)}`)}`);
  blocks.push(`${escapeMarkdown(page.title)}\n${"=".repeat(Math.min(80, page.title.length))}`);
  const fields = [`Date: ${dayFirst(page.publishedAt)}`, `Source: ${escapeMarkdown(page.source)}`];
  if (page.originalUrl !== null) fields.push(link("Read original version at source", page.originalUrl));
  blocks.push(fields.join(" | "));
  if (page.shareButton) blocks.push("Share Button");
  const body = printedParagraphs(page).map(escapeMarkdown);
  if (page.layout === "oneline") blocks.push(body.join(" "));
  else blocks.push(...body);
  if (page.stamp !== null) blocks.push(escapeMarkdown(page.stamp));
  if (page.relatedSource !== null) {
    const heading = `More From ${escapeMarkdown(page.relatedSource)}`;
    blocks.push(`${heading}\n${"-".repeat(heading.length)}`);
  }
  for (const item of page.related) {
    if (item.title !== null) blocks.push(`### ${link(item.title, item.url)}`, link(item.title, item.url));
    blocks.push(escapeMarkdown(item.excerpt), longDate(item.publishedAt), escapeMarkdown(item.excerpt));
  }
  blocks.push(link("More Articles", "https://kcnawatch.org/newstream/"));
  return `${header.join("\n")}\n${blocks.join("\n\n")}\n`;
}
