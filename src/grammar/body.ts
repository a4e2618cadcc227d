import type { SourceLine } from "../front-ends/lines.js";
import type { Stamp } from "../schema/article.js";
import { parseCreditLine, parseStamp } from "../fields/stamp.js";
import { isCutStampLine } from "./cut-line.js";
import { isCopyrightLine, isFurniture, isHeaderNotice, PAGE_FOOTER, RELATED_HEADING_PREFIX } from "../fields/furniture.js";

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
  /** Credit lines after the body beyond the one taken for the stamp (reported, not kept as text). */
  extraCredits: SourceLine[];
  /** Index of the first line after the body (the related heading, the footer, or the end). */
  next: number;
}

/** Whether a line ends the body: the related heading or the page footer. */
export function endsBody(text: string): boolean {
  return text.startsWith(RELATED_HEADING_PREFIX) || text === PAGE_FOOTER;
}

/**
 * Reads body paragraphs from `start` up to the related heading or footer.
 *
 * - Furniture and copyright lines are dropped wherever they stand; before the first
 *   paragraph, so are the site's notices (see `isHeaderNotice`).
 * - The lines that close the body are its sign-off, read from the end back: the
 *   source stamp (`www.kcna.kp (Juche113.5.27.)`, a bare `KCNA`), a credit line (a
 *   bare source name, a bracketed editorial credit) and a partner site's copyright
 *   line. A credit counts only when the body is closed (the related heading or footer
 *   follows, or the dump is whole) and the text before it ends a sentence: elsewhere a
 *   source name is a press review's section heading.
 * - A paragraph split across lines is rejoined (see {@link continues} and
 *   {@link bridgesName}). (Runs of white space inside lines are collapsed before the
 *   grammar reads them: see `readPage`.)
 * - The ` -0-` end mark is taken off the last paragraph. When the dump is `cut`, its
 *   last line may be a stamp or heading cut short: after the end mark, where the
 *   article text is over, such a line is not taken for a paragraph.
 *
 * @param sources - source names printed elsewhere on the page, for credit lines
 */
export function readBody(lines: readonly SourceLine[], start: number, cut = false, sources: readonly string[] = []): Body {
  let end = start;
  while (end < lines.length && !endsBody(lines[end]!.text)) end++;
  const closed = end < lines.length || !cut;
  const related = lines[end]?.text.startsWith(RELATED_HEADING_PREFIX) ? [lines[end]!.text.slice(RELATED_HEADING_PREFIX.length)] : [];
  const names = [...sources, ...related];
  const signOff = readSignOff(lines, start, end, closed, names);
  const paragraphs: string[] = [];
  const paragraphLines: SourceLine[] = [];
  let lastPart = "";
  let joined = false;
  for (let i = start; i < signOff.textEnd; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (paragraphs.length === 0 ? isHeaderNotice(text) : isFurniture(text)) continue;
    if (isCopyrightLine(text)) continue;
    const last = paragraphs.length - 1;
    // `continues` reads only the end of the paragraph, which is the line added last;
    // reading the joined paragraph instead would flatten it on every line (quadratic).
    if (last >= 0 && (continues(lastPart, text) || (mayBridge(lastPart, text) && bridgesName(lastPart, text, nextText(lines, i + 1, signOff.textEnd))))) {
      paragraphs[last] = `${paragraphs[last]!} ${text}`;
      joined = true;
    } else {
      paragraphs.push(text);
      paragraphLines.push(line);
    }
    lastPart = text;
  }
  // furniture split over a line break (a scrape that wraps long lines) is still furniture
  if (joined) dropFurniture(paragraphs, paragraphLines);
  // a notice split over lines is still a notice, and the paragraph after it is then the first
  let notices = 0;
  while (notices < paragraphs.length && isHeaderNotice(paragraphs[notices]!)) notices++;
  if (notices > 0) {
    paragraphs.splice(0, notices);
    paragraphLines.splice(0, notices);
  }
  // a credit line split over lines (`Voice of` / `Korea`) is a credit once joined
  let { stamp, stampLine } = signOff;
  const n = paragraphs.length;
  if (stamp === null && closed && n >= 2 && endsSentence(paragraphs[n - 2]!)) {
    stamp = parseCreditLine(paragraphs[n - 1]!, names);
    if (stamp !== null) {
      stampLine = paragraphLines.pop()!;
      paragraphs.pop();
    }
  }
  const lastLine = lines[lines.length - 1];
  const count = paragraphs.length;
  if (cut && count >= 2 && paragraphLines[count - 1] === lastLine && paragraphs[count - 2]!.endsWith(END_MARK) && isCutStampLine(paragraphs[count - 1]!)) {
    paragraphs.pop();
    paragraphLines.pop();
  }
  let endMark = false;
  const last = paragraphs.length - 1;
  if (cut && end === lines.length && signOff.textEnd === end && last >= 0 && paragraphs[last]!.endsWith(CUT_END_MARK)) {
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
  return { paragraphs, paragraphLines, endMark, stamp, stampLine, extraCredits: signOff.extraCredits, next: end };
}

interface SignOff {
  /** Index after the last line of article text. */
  textEnd: number;
  stamp: Stamp | null;
  stampLine: SourceLine | null;
  extraCredits: SourceLine[];
}

/**
 * Reads the body's closing lines from its end back: furniture and copyright lines
 * (dropped), the stamp, credit lines. Stops at the first line of text; a stamp-like
 * line with text after it is text.
 */
function readSignOff(lines: readonly SourceLine[], start: number, end: number, closed: boolean, sources: readonly string[]): SignOff {
  const signOff: SignOff = { textEnd: end, stamp: null, stampLine: null, extraCredits: [] };
  let signed = false;
  for (let k = end - 1; k >= start; k--) {
    const line = lines[k]!;
    const text = line.text;
    if (isFurniture(text)) continue;
    if (isCopyrightLine(text)) {
      signed = true;
      signOff.textEnd = k;
      continue;
    }
    let credit = signOff.stamp === null ? parseStamp(text) : null;
    if (credit === null && (closed || signed) && endsSentence(previousText(lines, start, k))) credit = parseCreditLine(text, sources);
    if (credit === null) break;
    if (signOff.stamp === null) {
      signOff.stamp = credit;
      signOff.stampLine = line;
    } else {
      signOff.extraCredits.unshift(line);
    }
    signed = true;
    signOff.textEnd = k;
  }
  return signOff;
}

/** The text of the nearest line before `k` that is not furniture, or "" at the body's start. */
function previousText(lines: readonly SourceLine[], start: number, k: number): string {
  for (let j = k - 1; j >= start; j--) if (!isFurniture(lines[j]!.text)) return lines[j]!.text;
  return "";
}

/** The text of the next line from `from` (before `end`) that is not furniture, or undefined. */
function nextText(lines: readonly SourceLine[], from: number, end: number): string | undefined {
  for (let j = from; j < end; j++) if (!isFurniture(lines[j]!.text)) return lines[j]!.text;
  return undefined;
}

/** Removes, in place, the paragraphs whose joined text is a line of page furniture. */
function dropFurniture(paragraphs: string[], starts: SourceLine[]): void {
  let kept = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    if (isFurniture(paragraphs[k]!)) continue;
    paragraphs[kept] = paragraphs[k]!;
    starts[kept] = starts[k]!;
    kept++;
  }
  paragraphs.length = kept;
  starts.length = kept;
}

const BARE_HEADING = RELATED_HEADING_PREFIX.trimEnd();
const SENTENCE_END = new Set([".", "!", "?", ":", ";", "…", '"', "”", "’", "'", ")", "]", "»", "》", "」", "』", "-"]);
const OPEN_WORDS = new Set(["and", "or", "of", "the", "to", "in", "for", "with", "by", "a", "an", "as", "at", "on", "from", "that", "its", "their"]);
/** Characters that cannot open a paragraph: a line starting with one continues the line before. */
const CONTINUATION_START = new Set([",", ";", ":", ")", "]", ".", "!", "?", "》", "」", "』"]);

/** Whether text ends with closing punctuation (a sentence, a quotation, the end mark). */
export function endsSentence(text: string): boolean {
  return text.length > 0 && SENTENCE_END.has(text[text.length - 1]!);
}

/**
 * Whether `next` continues `previous` (a paragraph or bullet split across a line
 * break): `previous` has no closing punctuation, and either `next` starts with a
 * lower-case letter or with punctuation no paragraph opens with (`,`, `.`, `)`,
 * `'s`), or `previous` ends in a word that cannot end an English sentence (`and`,
 * `of`, ...). A comma alone does not join: a salutation such as `Dear Deputies,`
 * stands as its own paragraph. A line opening with a `- ` bullet always starts a new
 * item. A bare `More From` takes no next line: joined, the two would read as the
 * related heading.
 */
export function continues(previous: string, next: string): boolean {
  const lastChar = previous[previous.length - 1]!;
  if (SENTENCE_END.has(lastChar) || next.startsWith(BULLET) || previous === BARE_HEADING) return false;
  const first = next.charCodeAt(0);
  if (first >= 97 && first <= 122) return true;
  if (CONTINUATION_START.has(next[0]!) || next.startsWith("'s ") || next.startsWith("’s ")) return true;
  if (lastChar === ",") return false;
  const space = previous.lastIndexOf(" ");
  return OPEN_WORDS.has(previous.slice(space + 1));
}

/**
 * Whether a name on a line of its own sits inside a sentence, as single-newline
 * scrapes print a leader's name (`The respected` / `Kim Jong Un` / `sent a message`):
 * `previous` stops without closing punctuation or a comma, `name` is a name line
 * ({@link isNameLine}) and `after` continues it (see {@link continues}): it starts
 * lower-case or with closing punctuation (`Kim Jong Un` / `.`).
 */
export function bridgesName(previous: string, name: string, after: string | undefined): boolean {
  if (previous.length === 0 || after === undefined) return false;
  const lastChar = previous[previous.length - 1]!;
  if (SENTENCE_END.has(lastChar) || lastChar === "," || previous === BARE_HEADING) return false;
  return isNameLine(name) && continues(name, after);
}

/** A cheap first test for {@link bridgesName}: the line before stops mid-sentence and the line starts with a capital. */
function mayBridge(previous: string, name: string): boolean {
  if (name.length > MAX_NAME_LENGTH + 2) return false;
  const c = name.charCodeAt(0);
  return (c < 97 || c > 122) && !endsSentence(previous);
}

const MAX_NAME_WORDS = 5;
const MAX_NAME_LENGTH = 40;

/**
 * Whether a line is a name alone: one to five words, each starting with a capital
 * letter, no digits, no punctuation but hyphens, apostrophes and dots inside words
 * (a name ending in a dot ends its sentence)
 * (`Kim Jong Un`, `President Kim Il Sung`, `Fidel Castro Ruz`).
 */
export function isNameLine(text: string): boolean {
  if (text.length > MAX_NAME_LENGTH) return false;
  if (text.endsWith(".")) return false;
  const words = text.split(" ");
  return words.length <= MAX_NAME_WORDS && words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word));
}
