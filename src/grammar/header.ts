import type { SourceLine } from "../front-ends/lines.js";
import type { ParseIssue } from "../schema/issue.js";
import { issue } from "../issues.js";
import { parseCaptureLine, parseDayFirstDate } from "../fields/dates.js";
import { parseDateline } from "../fields/dateline.js";
import { FURNITURE_LINES } from "../fields/furniture.js";

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
 * body text when a capture or brand line precedes it.
 */
export function readHeader(lines: readonly SourceLine[], warnings: ParseIssue[]): Header {
  const header: Header = {
    capturedAt: null, brandSource: null, title: null, titleExpectedAt: lines[0] ?? null,
    dateLine: null, publishedText: null, publishedAt: null, source: null, originalHref: null, next: 0,
  };
  let i = 0;
  let brandLine: SourceLine | null = null;
  const first = lines[0];
  const capture = first ? parseCaptureLine(first.text) : null;
  if (first && capture) {
    header.capturedAt = capture.date;
    if (capture.shortDate !== null && capture.shortDate !== capture.date) {
      warnings.push(issue("capture_date_mismatch", "warning", first, `Expected the short capture date to repeat ${capture.date}, found ${capture.shortDate}.`, first.text));
    }
    i = 1;
  }
  while (i < lines.length && FURNITURE_LINES.has(lines[i]!.text)) i++;

  // furniture is never the title or the brand line, wherever it stands in the header
  let dateIndex = -1;
  for (let k = i, seen = 0; k < lines.length && seen < HEADER_WINDOW; k++) {
    const text = lines[k]!.text;
    if (FURNITURE_LINES.has(text)) continue;
    seen++;
    if (text.startsWith(DATE_PREFIX)) {
      dateIndex = k;
      break;
    }
  }

  if (dateIndex !== -1) {
    readDateLine(lines[dateIndex]!, header, warnings);
    const before = lines.slice(i, dateIndex).filter((line) => !FURNITURE_LINES.has(line.text));
    if (before.length >= 2 && before[0]!.text.startsWith(BRAND_PREFIX)) {
      brandLine = before.shift()!;
      header.brandSource = brandLine.text.slice(BRAND_PREFIX.length).trim();
    }
    for (const extra of before.slice(0, -1)) {
      warnings.push(issue("unexpected_line", "warning", extra, "Expected the title right before the Date: line, found another line between them.", extra.text));
    }
    const candidate = before[before.length - 1];
    if (candidate && isBrandOfSource(candidate.text, header.source)) {
      brandLine = candidate;
      header.brandSource = candidate.text.slice(BRAND_PREFIX.length).trim();
    } else if (candidate && parseDateline(candidate.text) === null) {
      header.title = candidate;
    }
    // after a brand line, the title was expected where the Date: line stands
    header.titleExpectedAt = candidate !== undefined && candidate !== brandLine ? candidate : lines[dateIndex]!;
    header.next = dateIndex + 1;
  } else if (i > 0) {
    // A capture line but no Date: line: the brand line (if any), then the title.
    if (lines[i]?.text.startsWith(BRAND_PREFIX) && i + 1 < lines.length) {
      brandLine = lines[i]!;
      header.brandSource = brandLine.text.slice(BRAND_PREFIX.length).trim();
      i++;
    }
    while (i < lines.length && FURNITURE_LINES.has(lines[i]!.text)) i++;
    const candidate = lines[i];
    header.titleExpectedAt = candidate ?? null;
    if (candidate && parseDateline(candidate.text) === null) {
      header.title = candidate;
      i++;
    }
    const at = lines[i] ?? candidate ?? first!;
    warnings.push(issue("missing_date_line", "warning", at, "Expected a Date: line after the title, found none.", at.text));
    header.next = i;
  }
  if (brandLine !== null && header.brandSource !== null && header.source !== null && header.brandSource.toLowerCase() !== header.source.toLowerCase()) {
    warnings.push(issue("brand_source_mismatch", "warning", brandLine, `Expected the brand line to name the Date: line's source "${header.source}", found "${header.brandSource}".`, brandLine.text));
  }
  return header;
}

function isBrandOfSource(text: string, source: string | null): boolean {
  return source !== null && text.startsWith(BRAND_PREFIX) && text.slice(BRAND_PREFIX.length).trim().toLowerCase() === source.toLowerCase();
}

/** Reads `Date: DD/MM/YYYY | Source: <label> | Read original version at source` (each field after the date optional). */
function readDateLine(line: SourceLine, header: Header, warnings: ParseIssue[]): void {
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
