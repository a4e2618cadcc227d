import type { SourceLine } from "../front-ends/lines.js";
import type { Stamp } from "../schema/article.js";
import { parseStamp } from "../fields/stamp.js";
import { isCutStampLine } from "./cut-line.js";
import { FURNITURE_LINES, PAGE_FOOTER, RELATED_HEADING_PREFIX } from "../fields/furniture.js";

const END_MARK = "-0-";
/** The end mark cut before its last character. A lone ` -` is left alone: it may be a dash in running text. */
const CUT_END_MARK = " -0";
const BULLET = "- ";

/** What the body of a dump says. */
export interface Body {
  paragraphs: string[];
  /** The line each paragraph starts on. */
  paragraphLines: SourceLine[];
  endMark: boolean;
  stamp: Stamp | null;
  /** The stamp's line, for issues about it. */
  stampLine: SourceLine | null;
  /** Index of the first line after the body (the related heading, the footer, or the end). */
  next: number;
}

/** Whether a line ends the body: the related heading or the page footer. */
export function endsBody(text: string): boolean {
  return text.startsWith(RELATED_HEADING_PREFIX) || text === PAGE_FOOTER;
}

/**
 * Reads body paragraphs from `start` up to the related heading or footer: drops
 * furniture lines, takes the source stamp out, removes the ` -0-` end mark from the
 * last paragraph, and rejoins a paragraph split across lines (see `continues`).
 * When the dump is `cut`, its last line may be a stamp or heading cut short: after the
 * end mark, where the article text is over, such a line is not taken for a paragraph.
 */
export function readBody(lines: readonly SourceLine[], start: number, cut = false): Body {
  const paragraphs: string[] = [];
  const paragraphLines: SourceLine[] = [];
  let stamp: Stamp | null = null;
  let stampLine: SourceLine | null = null;
  let lastPart = "";
  let i = start;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (endsBody(text)) break;
    if (FURNITURE_LINES.has(text)) continue;
    // the stamp closes the body: a stamp-like line with text after it is text
    const asStamp: Stamp | null = stamp === null ? parseStamp(text) : null;
    if (asStamp !== null && isLastBodyLine(lines, i + 1)) {
      stamp = asStamp;
      stampLine = line;
      continue;
    }
    const last = paragraphs.length - 1;
    // `continues` reads only the end of the paragraph, which is the line added last;
    // reading the joined paragraph instead would flatten it on every line (quadratic).
    if (last >= 0 && continues(lastPart, text)) {
      paragraphs[last] = `${paragraphs[last]!} ${text}`;
      lastPart = text;
    } else {
      lastPart = text;
      paragraphs.push(text);
      paragraphLines.push(line);
    }
  }
  // furniture split over a line break (a scrape that wraps long lines) is still furniture
  dropFurniture(paragraphs, paragraphLines);
  const lastLine = lines[lines.length - 1];
  const count = paragraphs.length;
  if (cut && count >= 2 && paragraphLines[count - 1] === lastLine && paragraphs[count - 2]!.endsWith(END_MARK) && isCutStampLine(paragraphs[count - 1]!)) {
    paragraphs.pop();
    paragraphLines.pop();
  }
  let endMark = false;
  const last = paragraphs.length - 1;
  if (cut && i === lines.length && last >= 0 && paragraphs[last]!.endsWith(CUT_END_MARK)) {
    // the dump ends inside the end mark: ` -0` is not article text, but the mark is not whole either
    paragraphs[last] = paragraphs[last]!.slice(0, -CUT_END_MARK.length).trimEnd();
  } else if (last >= 0 && paragraphs[last]!.endsWith(END_MARK)) {
    endMark = true;
    const kept = paragraphs[last]!.slice(0, -END_MARK.length).trimEnd();
    if (kept.length > 0) paragraphs[last] = kept;
    else {
      paragraphs.pop();
      paragraphLines.pop();
    }
  }
  return { paragraphs, paragraphLines, endMark, stamp, stampLine, next: i };
}

/** Removes, in place, the paragraphs whose joined text is a line of page furniture. */
function dropFurniture(paragraphs: string[], starts: SourceLine[]): void {
  let kept = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    if (FURNITURE_LINES.has(paragraphs[k]!)) continue;
    paragraphs[kept] = paragraphs[k]!;
    starts[kept] = starts[k]!;
    kept++;
  }
  paragraphs.length = kept;
  starts.length = kept;
}

function isLastBodyLine(lines: readonly SourceLine[], from: number): boolean {
  for (let k = from; k < lines.length; k++) {
    const text = lines[k]!.text;
    if (endsBody(text)) return true;
    if (!FURNITURE_LINES.has(text)) return false;
  }
  return true;
}

const BARE_HEADING = RELATED_HEADING_PREFIX.trimEnd();
const SENTENCE_END = new Set([".", "!", "?", ":", ";", "…", '"', "”", "’", "'", ")", "]", "»", "》", "」", "』", "-"]);
const OPEN_WORDS = new Set(["and", "or", "of", "the", "to", "in", "for", "with", "by", "a", "an", "as", "at", "on", "from", "that", "its", "their"]);

/**
 * Whether `next` continues `previous` (a paragraph or bullet split across a line
 * break): `previous` has no closing punctuation, and either `next` starts with a
 * lower-case letter, or `previous` ends in a word that cannot end an English
 * sentence (`and`, `of`, ...). A comma alone does not join: a salutation such as
 * `Dear Deputies,` stands as its own paragraph. A line opening with a `- ` bullet
 * always starts a new item. A bare `More From` takes no next line: joined, the two
 * would read as the related heading.
 */
export function continues(previous: string, next: string): boolean {
  const lastChar = previous[previous.length - 1]!;
  if (SENTENCE_END.has(lastChar) || next.startsWith(BULLET) || previous === BARE_HEADING) return false;
  const first = next.charCodeAt(0);
  if (first >= 97 && first <= 122) return true;
  if (lastChar === ",") return false;
  const space = previous.lastIndexOf(" ");
  return OPEN_WORDS.has(previous.slice(space + 1));
}
