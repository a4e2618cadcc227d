import type { SourceLine } from "../front-ends/lines.js";
import { issue, type WarningSink } from "../issues.js";
import { parseLongDate } from "../fields/dates.js";
import { isExcerptTruncated } from "../fields/excerpt.js";
import { CLOSING_FURNITURE, isFurniture, PAGE_FOOTER, RELATED_HEADING_PREFIX } from "../fields/furniture.js";

/** A related item as read from lines, before its links are resolved. */
export interface RelatedDraft {
  title: string | null;
  publishedAt: string;
  excerpt: string;
  truncated: boolean;
  /** The line whose link is the item's address (the title, else the excerpt). */
  linkLine: SourceLine;
}

/** What the related section says. */
export interface Related {
  source: string | null;
  items: RelatedDraft[];
}

/**
 * Reads the related section that starts at `start` (a `More From <source>` line, or
 * the footer) up to the footer. `complete` says whether the page reached its end
 * (see {@link endsComplete}); only then is an unfinished last item an error of the
 * page rather than a cut. Each item is anchored on its date line: before it, the title twice
 * (or not at all, in the untitled layout) and the excerpt; after it, the excerpt again.
 * An item cut by the end of the input before its date line is dropped with a warning;
 * once its title, excerpt and date are whole it is kept (with a warning) even when the
 * excerpt's repeat is cut.
 */
export function readRelated(
  lines: readonly SourceLine[],
  start: number,
  complete: boolean,
  maxItems: number,
  warnings: WarningSink,
): Related {
  const heading = lines[start];
  const result: Related = { source: null, items: [] };
  if (heading === undefined) return result;
  let i = start;
  if (heading.text.startsWith(RELATED_HEADING_PREFIX)) {
    result.source = heading.text.slice(RELATED_HEADING_PREFIX.length).trim();
    i++;
  }
  // the section's lines, up to the footer
  const section: SourceLine[] = [];
  for (; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (text === PAGE_FOOTER) break;
    if (!isFurniture(text)) section.push(lines[i]!);
  }
  for (let k = i + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (!isFurniture(line.text) && line.text !== PAGE_FOOTER) {
      warnings.push(issue("unexpected_line", "warning", line, "Expected nothing but page furniture after the footer, found text.", line.text));
    }
  }
  readItems(section, result, complete, maxItems, warnings);
  return result;
}

/**
 * Whether the dump reaches the page's end: it holds the `More Articles` footer (text
 * after that footer is reported by {@link readRelated}, it does not make the page cut),
 * or its last lines, past any furniture, are the NK News footer.
 */
export function endsComplete(lines: readonly SourceLine[]): boolean {
  if (lines.some((line) => line.text === PAGE_FOOTER)) return true;
  for (let k = lines.length - 1; k >= 0; k--) {
    const text = lines[k]!.text;
    if (text === PAGE_FOOTER || CLOSING_FURNITURE.has(text)) return true;
    if (!isFurniture(text)) return false;
  }
  return false;
}

function readItems(section: readonly SourceLine[], result: Related, complete: boolean, maxItems: number, warnings: WarningSink): void {
  const n = section.length;
  let j = 0;
  while (j < n) {
    let d = j;
    let date: string | null = null;
    for (; d < n; d++) {
      date = parseLongDate(section[d]!.text);
      if (date !== null) break;
    }
    const pre = section.slice(j, d);
    if (date === null) {
      // the input ends inside this item, before its date
      const at = pre[0]!;
      if (complete) {
        warnings.push(issue("unexpected_line", "warning", at, "Expected a related item (excerpt, date, excerpt), found lines with no date.", at.text));
      } else {
        warnings.push(issue("related_item_incomplete", "warning", at, "Expected a whole related item, found one cut by the end of the input before its date.", at.text));
      }
      return;
    }
    const dateLine = section[d]!;
    if (pre.length === 0) {
      warnings.push(issue("unexpected_line", "warning", dateLine, "Expected an excerpt before the related item's date, found the date alone.", dateLine.text));
      j = d + 1;
      continue;
    }
    const excerptLine = pre[pre.length - 1]!;
    const excerpt = excerptLine.text;
    // title, excerpt and date are whole once the date line is: the repeated excerpt
    // after it adds nothing, so an item whose repeat is cut or missing is kept
    const post = section[d + 1];
    let last = false;
    if (post === undefined) {
      last = true;
      if (complete) {
        warnings.push(issue("related_excerpt_mismatch", "warning", dateLine, "Expected the excerpt again after the related item's date, found the end of the list.", dateLine.text));
      } else {
        warnings.push(issue("related_item_incomplete", "warning", dateLine, "Expected the excerpt again after the related item's date, found the end of the input; the item is kept.", dateLine.text));
      }
    } else if (post.text !== excerpt) {
      if (!complete && d + 2 === n && excerpt.startsWith(post.text)) {
        last = true;
        warnings.push(issue("related_item_incomplete", "warning", post, "Expected a whole related item, found its repeated excerpt cut by the end of the input; the item is kept.", post.text));
      } else {
        warnings.push(issue("related_excerpt_mismatch", "warning", post, "Expected the excerpt after the related item's date to repeat the one before it, found different text.", post.text));
      }
    }
    const titles = pre.slice(0, -1);
    const titleLine = titles[0];
    if (titles.length >= 2 && titles[1]!.text !== titles[0]!.text) {
      warnings.push(issue("related_title_mismatch", "warning", titles[1]!, `Expected the related item's title to repeat "${titles[0]!.text}", found different text.`, titles[1]!.text));
    }
    for (const extra of titles.slice(2)) {
      warnings.push(issue("unexpected_line", "warning", extra, "Expected a related item's title twice then its excerpt, found an extra line.", extra.text));
    }
    if (result.items.length === maxItems) {
      warnings.push(issue("too_many_related_items", "warning", titleLine ?? excerptLine, `Expected at most ${maxItems} related items (maxRelatedItems), found more; the rest are dropped.`, (titleLine ?? excerptLine).text));
      return;
    }
    result.items.push({
      title: titleLine?.text ?? null,
      publishedAt: date,
      excerpt,
      truncated: isExcerptTruncated(excerpt),
      linkLine: titleLine ?? excerptLine,
    });
    if (last) return;
    j = d + 2;
  }
}
