import type { SourceLine } from "../front-ends/lines.js";
import { issue, type WarningSink } from "../issues.js";
import { parseCaptureLine, parseDayFirstDate } from "../fields/dates.js";
import { parseDateline } from "../fields/dateline.js";
import { isFurniture } from "../fields/furniture.js";

/** Capture line, brand line, title and `Date:` line may open a dump, in that order. */
const HEADER_WINDOW = 4;
const BRAND_PREFIX = "KCNA ";
const DATE_PREFIX = "Date:";
const ORIGINAL_LINK_TEXT = "Read original version at source";

/** What the header of a dump says. */
export interface Header {
  capturedAt: string | null;
  brandSource: string | null;
  title: SourceLine | null;
  /** Where the title was expected, for the error when it is missing. */
  titleExpectedAt: SourceLine | null;
  dateLine: SourceLine | null;
  publishedText: string | null;
  publishedAt: string | null;
  source: string | null;
  originalHref: string | null;
  /** Index of the first line after the header. */
  next: number;
}

/**
 * Reads the header: an optional capture line, an optional brand line
 * (`KCNA <source>`), the title, and the `Date:` line. The title is the line right
 * before the `Date:` line; without a `Date:` line the title can only be told from
 * body text when a capture line precedes it. Page furniture carries no meaning here
 * either: it is skipped wherever it stands, and does not count towards the lines
 * searched for the `Date:` line.
 */
export function readHeader(lines: readonly SourceLine[], warnings: WarningSink): Header {
  let i = skipFurniture(lines, 0);
  const header: Header = {
    capturedAt: null, brandSource: null, title: null, titleExpectedAt: lines[i] ?? null,
    dateLine: null, publishedText: null, publishedAt: null, source: null, originalHref: null, next: 0,
  };
  let brandLine: SourceLine | null = null;
  const first = lines[i];
  const capture = first ? parseCaptureLine(first.text) : null;
  if (first && capture) {
    header.capturedAt = capture.date;
    if (capture.shortDate !== null && capture.shortDate !== capture.date) {
      warnings.push(issue("capture_date_mismatch", "warning", first, `Expected the short capture date to repeat ${capture.date}, found ${capture.shortDate}.`, first.text));
    }
    i = skipFurniture(lines, i + 1);
  }

  const window = headerWindow(lines, i);
  const dateAt = window.findIndex((line) => line.text.startsWith(DATE_PREFIX));
  if (dateAt !== -1) {
    const dateLine = window[dateAt]!;
    readDateLine(dateLine, header, warnings);
    const before = window.slice(0, dateAt);
    if (before.length >= 2 && before[0]!.text.startsWith(BRAND_PREFIX)) brandLine = before.shift()!;
    for (const extra of before.slice(0, -1)) {
      warnings.push(issue("unexpected_line", "warning", extra, "Expected the title right before the Date: line, found another line between them.", extra.text));
    }
    const candidate = before[before.length - 1];
    if (candidate && isBrandOfSource(candidate.text, header.source)) {
      brandLine = candidate;
    } else if (candidate && canBeTitle(candidate.text)) {
      header.title = candidate;
    }
    // after a brand line, the title was expected where the Date: line stands
    header.titleExpectedAt = candidate !== undefined && candidate !== brandLine ? candidate : dateLine;
    header.next = lines.indexOf(dateLine, i) + 1;
  } else if (capture !== null) {
    // A capture line but no Date: line: the brand line (if any), then the title.
    if (lines[i]?.text.startsWith(BRAND_PREFIX) && skipFurniture(lines, i + 1) < lines.length) {
      brandLine = lines[i]!;
      i = skipFurniture(lines, i + 1);
    }
    const candidate = lines[i];
    header.titleExpectedAt = candidate ?? null;
    if (candidate && canBeTitle(candidate.text)) {
      header.title = candidate;
      i++;
    }
    const at = lines[i] ?? candidate ?? first!;
    warnings.push(issue("missing_date_line", "warning", at, "Expected a Date: line after the title, found none.", at.text));
    header.next = i;
  }
  if (brandLine !== null) header.brandSource = brandLine.text.slice(BRAND_PREFIX.length).trim();
  if (brandLine !== null && header.source !== null && header.brandSource!.toLowerCase() !== header.source.toLowerCase()) {
    warnings.push(issue("brand_source_mismatch", "warning", brandLine, `Expected the brand line to name the Date: line's source "${header.source}", found "${header.brandSource!}".`, brandLine.text));
  }
  return header;
}

/**
 * Whether a line can be a title: not a dateline (a dump that starts with one starts in
 * the body) and not a date in the capture line's form (a title is never a date, and a
 * dump whose first line is one has a capture line).
 */
function canBeTitle(text: string): boolean {
  return parseDateline(text) === null && parseCaptureLine(text) === null;
}

function skipFurniture(lines: readonly SourceLine[], from: number): number {
  let i = from;
  while (i < lines.length && isFurniture(lines[i]!.text)) i++;
  return i;
}

/**
 * The lines searched for the `Date:` line: up to {@link HEADER_WINDOW} lines from
 * `from`, furniture skipped, one more when the first is a possible brand line (so that
 * a dump reads the same with or without one), stopping at the first `Date:` line.
 */
function headerWindow(lines: readonly SourceLine[], from: number): SourceLine[] {
  const window: SourceLine[] = [];
  let size = HEADER_WINDOW;
  for (let k = from; k < lines.length && window.length < size; k++) {
    const line = lines[k]!;
    if (isFurniture(line.text)) continue;
    if (window.length === 0 && line.text.startsWith(BRAND_PREFIX)) size++;
    window.push(line);
    if (line.text.startsWith(DATE_PREFIX)) break;
  }
  return window;
}

function isBrandOfSource(text: string, source: string | null): boolean {
  return source !== null && text.startsWith(BRAND_PREFIX) && text.slice(BRAND_PREFIX.length).trim().toLowerCase() === source.toLowerCase();
}

/** Reads `Date: DD/MM/YYYY | Source: <label> | Read original version at source` (each field after the date optional). */
function readDateLine(line: SourceLine, header: Header, warnings: WarningSink): void {
  header.dateLine = line;
  const fields = line.text.slice(DATE_PREFIX.length).split("|");
  const dateText = fields[0]!.trim();
  header.publishedText = dateText.length > 0 ? dateText : null;
  header.publishedAt = parseDayFirstDate(dateText);
  if (header.publishedAt === null) {
    warnings.push(issue("invalid_date", "warning", line, `Expected a day-first date DD/MM/YYYY on the Date: line, found "${dateText}".`, line.text));
  }
  for (const raw of fields.slice(1)) {
    const field = raw.trim();
    if (field.startsWith("Source:")) {
      const label = field.slice("Source:".length).trim();
      header.source = label.length > 0 ? label : null;
    } else if (field === ORIGINAL_LINK_TEXT) {
      header.originalHref = line.links?.find((l) => l.text.trim() === ORIGINAL_LINK_TEXT)?.href ?? header.originalHref;
    } else if (field.startsWith("http://") || field.startsWith("https://")) {
      header.originalHref = field;
    } else if (field.length > 0) {
      warnings.push(issue("unexpected_line", "warning", line, `Expected Source: or the original-version link on the Date: line, found "${field}".`, field));
    }
  }
}
