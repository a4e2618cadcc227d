import { collapseSpaceRuns, type LineDocument, type SourceLine } from "../front-ends/lines.js";
import type { ParseIssue } from "../schema/issue.js";
import type { PartialParsedPage, PageFormat } from "../schema/page.js";
import { issue, WarningList } from "../issues.js";
import { articleId } from "../fields/article-id.js";
import { parseCaptureLine } from "../fields/dates.js";
import { parseDateline } from "../fields/dateline.js";
import { parseItemUrl } from "../fields/item-url.js";
import { parseSourceLabel } from "../fields/source-label.js";
import { resolveHref } from "../url.js";
import { readBody, type Body } from "./body.js";
import { readHeader, type Header } from "./header.js";
import { isCutFixedLine } from "./cut-line.js";
import { endsComplete, readRelated } from "./related.js";

/** What the grammar read: the page as far as it goes, and the errors that keep it from being valid. */
export interface PageReading {
  page: PartialParsedPage;
  errors: ParseIssue[];
}

/** Bounds the grammar needs from the options. */
export interface GrammarLimits {
  maxRelatedItems: number;
  maxWarnings: number;
}

/**
 * Reads a page from positioned lines: header, body, related section, footer.
 * It knows nothing of the input format; `doc.url` (or the caller's URL) is the base
 * for links the front end kept.
 */
export function readPage(doc: LineDocument, format: PageFormat, pageUrl: string | null, limits: GrammarLimits): PageReading {
  // white space carries no meaning inside a line either: a run is one space, as a
  // browser shows it, so `More  From` is the related heading and a paragraph holds no run
  const lines = doc.spaceRuns === false ? doc.lines : doc.lines.map(collapseLine);
  const warnings = new WarningList(limits.maxWarnings);
  for (const found of doc.issues) warnings.push(found);
  const errors: ParseIssue[] = [];
  const truncated = !endsComplete(lines);
  const cutLast = truncated && lines.length > 0 && isCutFixedLine(lines[lines.length - 1]!.text);
  // the grammar reads the dump without a fixed line cut short at its end; the cut is still reported at it
  const readable = cutLast ? lines.slice(0, -1) : lines;
  const lastMayBeCut = truncated && !cutLast;
  const header = readHeader(readable, warnings);
  const sources = [header.source, header.brandSource].filter((name): name is string => name !== null);
  const body = readBody(readable, header.next, lastMayBeCut, sources);
  const related = readRelated(readable, body.next, !truncated, limits.maxRelatedItems, warnings);
  // a related heading that ends a cut dump may itself be cut: a name that is only the
  // start of the article's source is not a name
  const relatedSource = lastMayBeCut && body.next === lines.length - 1 && related.source !== null && header.source !== null
    && isProperPrefix(related.source.toLowerCase(), header.source.toLowerCase()) ? null : related.source;
  const lastLine = lines[lines.length - 1];
  if (truncated && lastLine) {
    warnings.push(issue("truncated_input", "warning", lastLine, "Expected the page to end with its footer (More Articles), found the input ending first.", lastLine.text));
  }

  if (header.title === null) {
    const at = header.titleExpectedAt ?? { line: 1, column: 1, text: "" };
    const expected = header.titleExpectedAt;
    const found =
      expected === null ? "an empty page"
      : expected === header.dateLine ? "the Date: line"
      : parseCaptureLine(expected.text) !== null ? "a date"
      : "body text";
    errors.push(issue("missing_title", "error", at, `Expected a title line at the top of the page, found ${found}.`, at.text));
  }
  const firstParagraph = body.paragraphs[0];
  const dateline = firstParagraph === undefined ? null : parseDateline(firstParagraph, header.publishedAt);
  if (header.title !== null && body.paragraphs.length > 0 && !readsAsArticle(header, body, related.source, dateline !== null)) {
    const at = header.title;
    errors.push(issue("not_an_article", "error", at, `Expected an article (a Date: line or a source named on the page), found a page with neither: "${at.text}" is a page of the site, not an article.`, at.text));
  }
  for (const extra of body.extraCredits) {
    warnings.push(issue("unexpected_line", "warning", extra, "Expected one credit line after the body, found another.", extra.text));
  }
  if (body.paragraphs.length === 0) {
    const at = lines[body.next] ?? lastLine ?? { line: doc.endLine, column: 1, text: "" };
    errors.push(issue("missing_body", "error", at, "Expected at least one body paragraph after the header, found none.", at.text));
  }
  if (body.stamp !== null && body.stampLine !== null && body.stamp.site !== null && body.stamp.date === null) {
    warnings.push(issue("invalid_date", "warning", body.stampLine, "Expected a real date in the stamp, found a day that does not exist.", body.stampLine.text));
  }
  const dateLine = header.dateLine ?? lines[0] ?? { line: 1, column: 1, text: "" };
  const url = resolveHref(pageUrl ?? doc.url, null, dateLine, warnings);
  const item = url === null ? null : parseItemUrl(url);
  if (relatedSource !== null && header.source !== null && relatedSource.toLowerCase() !== header.source.toLowerCase()) {
    const at = lines[body.next]!;
    warnings.push(issue("related_source_mismatch", "warning", at, `Expected "More From ${header.source}", found "More From ${relatedSource}".`, at.text));
  }

  const label = header.source === null ? { name: null, edition: null } : parseSourceLabel(header.source);
  const title = header.title?.text ?? null;
  const page: PartialParsedPage = {
    format,
    capturedAt: header.capturedAt,
    article: {
      id: title === null ? null : articleId(title, header.publishedText, header.source),
      title,
      publishedAt: header.publishedAt,
      publishedText: header.publishedText,
      source: header.source,
      sourceName: label.name,
      edition: label.edition,
      paragraphs: body.paragraphs,
      endMark: body.endMark,
      dateline,
      stamp: body.stamp,
      url,
      originalUrl: resolveHref(header.originalHref, url, dateLine, warnings),
      itemId: item?.itemId ?? null,
      addedAt: item?.addedAt ?? null,
    },
    relatedSource,
    related: related.items.map((item) => ({
      title: item.title,
      publishedAt: item.publishedAt,
      excerpt: item.excerpt,
      truncated: item.truncated,
      url: resolveHref(item.linkLine.links?.[0]?.href ?? null, url, item.linkLine, warnings),
    })),
    publishedTime: doc.publishedTime,
    truncated,
    warnings: finishWarnings(warnings),
  };
  return { page, errors };
}

/**
 * Whether a page with a title and a body reads as an article: it has a `Date:` line, or
 * names its source (brand line, related heading, stamp or credit), or its text opens
 * with a dateline or ends with the end mark. A page of the site itself (`About the KCNA
 * databases`) has none of these.
 */
function readsAsArticle(header: Header, body: Body, relatedSource: string | null, hasDateline: boolean): boolean {
  return header.dateLine !== null || header.source !== null || relatedSource !== null
    || body.stamp !== null || body.endMark || hasDateline;
}

function collapseLine(line: SourceLine): SourceLine {
  const text = collapseSpaceRuns(line.text);
  return text === line.text ? line : { ...line, text };
}

function isProperPrefix(prefix: string, of: string): boolean {
  return prefix.length < of.length && of.startsWith(prefix);
}

/** The warnings kept and, past the bound, one saying how many more were found (placed at the first of them), in input order. */
function finishWarnings(warnings: WarningList): ParseIssue[] {
  const kept = warnings.items;
  const first = warnings.firstDropped;
  if (first !== null) {
    kept.push(issue("too_many_warnings", "warning", first, `Expected at most ${kept.length} warnings (maxWarnings), found ${warnings.dropped} more (the first of them here); they are dropped.`, first.excerpt));
  }
  return kept.sort((a, b) => a.line - b.line || a.column - b.column);
}
