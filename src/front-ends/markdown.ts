import type { ParseIssue } from "../schema/issue.js";
import type { LineDocument, SourceLine } from "./lines.js";
import { issue } from "../issues.js";
import { MAX_LABEL, reduceInline, referenceLabel, unescape } from "./markdown-inline.js";
import { LabelTable } from "./label-table.js";
import { readReaderHeader } from "./reader-header.js";
import { splitLines } from "./raw-lines.js";

/**
 * The markdown front end: reads the reader-service header (`Title:`, `URL Source:`,
 * `Published Time:`, `Warning:`, `Markdown Content:`) when present, then reduces each
 * markdown line to its visible text, keeping link targets. Each source line stays
 * one line, so positions are those of the original input; blank lines, setext
 * underlines, thematic breaks, fences and link reference definitions show nothing.
 *
 * Syntax reduced: ATX and setext headings, block quotes, `*` and `+` list markers,
 * emphasis and strikethrough, backslash escapes, images (dropped), inline,
 * reference and autolinks (text kept, target kept in `links`). Kept as text, because
 * article text uses them and the text format shows them: `- ` bullets (press
 * reviews) and `1. ` numbering.
 */
export function markdownToLines(text: string): LineDocument {
  const raw = splitLines(text);
  const issues: ParseIssue[] = [];
  const header = readReaderHeader(raw, issues);
  const refs = readReferences(raw, header.next, issues);
  const lines: SourceLine[] = [];
  let fence: string | null = null;
  let previousText = false; // whether the previous source line was paragraph text
  for (let k = header.next; k < raw.length; k++) {
    const source = raw[k]!;
    const line = k + 1;
    let at = leadingSpace(source);
    const rest = source.slice(at);
    if (fence !== null) {
      if (rest.startsWith(fence) && isRun(rest.trimEnd(), fence.charCodeAt(0))) fence = null;
      else pushLine(lines, rest.trimEnd(), line, at + 1, []);
      previousText = false;
      continue;
    }
    if (rest.length === 0) {
      previousText = false;
      continue;
    }
    const opened = fenceOpening(rest);
    if (opened !== null) {
      fence = opened;
      previousText = false;
      continue;
    }
    const trimmed = rest.trimEnd();
    if (isBreakOrUnderline(trimmed, previousText) || (at < 4 && refs.lines[k] === 1)) {
      previousText = false;
      continue;
    }
    at = skipBlockMarkers(source, at);
    const reduced = reduceInline(source.slice(0, contentEnd(source, at)), at, refs.targets);
    previousText = true;
    if (reduced.first === -1) continue;
    pushLine(lines, reduced.text.trim(), line, reduced.first + 1, reduced.links);
  }
  const endLine = raw.length;
  const doc: LineDocument = { lines, endLine, issues, url: header.url, publishedTime: header.publishedTime };
  if (header.url !== null && header.urlAt !== undefined) doc.urlAt = header.urlAt;
  return doc;
}

function pushLine(lines: SourceLine[], text: string, line: number, column: number, links: SourceLine["links"] & object): void {
  if (text.length === 0) return;
  lines.push(links.length > 0 ? { text, line, column, links } : { text, line, column });
}

function leadingSpace(text: string): number {
  let i = 0;
  while (i < text.length && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++;
  return i;
}

/** Where a line's inline text ends: before trailing space and an ATX heading's closing `#`s. */
function contentEnd(source: string, start: number): number {
  const end = source.trimEnd().length;
  if (start === 0 || source.charCodeAt(start - 1) !== 32 || !isHeading(source, start)) return end;
  let i = end;
  while (i > start && source.charCodeAt(i - 1) === 35) i--;
  return i === end || (i > start && source.charCodeAt(i - 1) !== 32) ? end : i;
}

/** Whether the text before `start` is an ATX heading marker (after optional block quote markers). */
function isHeading(source: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && isSpaceAt(source, i)) i--;
  return i >= 0 && source.charCodeAt(i) === 35;
}

function isRun(text: string, c: number): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) !== c) return false;
  return text.length > 0;
}

/** The fence (three or more backticks or tildes) that a line opens, or null. */
function fenceOpening(rest: string): string | null {
  const c = rest.charCodeAt(0);
  if (c !== 96 && c !== 126) return null;
  let i = 0;
  while (rest.charCodeAt(i) === c) i++;
  if (i < 3 || (c === 96 && rest.indexOf("`", i) !== -1)) return null;
  return rest.slice(0, i);
}

/**
 * Whether a trimmed line shows no text: a thematic break (`***`, `- - -`, `___`) or
 * a setext underline (`===` or `---` right under a text line).
 */
function isBreakOrUnderline(line: string, previousText: boolean): boolean {
  const c = line.charCodeAt(0);
  if (c !== 42 && c !== 45 && c !== 95 && c !== 61) return false;
  const compact = line.split(" ").join("");
  if (!isRun(compact, c)) return false;
  if (previousText && (c === 61 || c === 45) && compact.length === line.length) return true;
  return c !== 61 && compact.length >= 3;
}

/** Skips heading, block quote and `*`/`+` list markers; returns where the line's inline text starts. */
function skipBlockMarkers(source: string, at: number): number {
  let i = at;
  for (;;) {
    const c = source.charCodeAt(i);
    if (c === 62 /* > */) {
      i = skipSpaces(source, i + 1);
    } else if ((c === 42 || c === 43) && isSpaceAt(source, i + 1)) {
      i = skipSpaces(source, i + 1);
    } else if (c === 35 /* # */) {
      let j = i;
      while (source.charCodeAt(j) === 35) j++;
      if (j - i > 6 || !(j === source.length || isSpaceAt(source, j))) return i;
      return skipSpaces(source, j);
    } else {
      return i;
    }
  }
}

function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c === 32 || c === 9;
}

function skipSpaces(text: string, i: number): number {
  while (isSpaceAt(text, i)) i++;
  return i;
}

/**
 * Link reference definitions (`[label]: target "title"`): their targets and the lines
 * they take. A label holds no unescaped bracket (an escaped one, `\\]`, is part of
 * it), is not blank and is at most 999 characters, as in CommonMark; a line with the
 * shape of a definition whose label breaks these rules defines nothing, stays text,
 * and is reported (`invalid_link_reference`).
 */
function readReferences(raw: readonly string[], from: number, issues: ParseIssue[]): { targets: LabelTable; lines: Uint8Array } {
  const definitions: [string, string][] = [];
  const lines = new Uint8Array(raw.length); // 1 for each line that is a definition
  for (let k = from; k < raw.length; k++) {
    const source = raw[k]!;
    if (source.charCodeAt(leadingSpace(source)) !== 91 /* [ */) continue;
    const text = source.trim();
    const shape = definitionShape(text);
    if (shape === null) continue;
    const target = firstWord(text.slice(shape.close + 2).trim());
    if (target.length === 0) continue;
    const label = text.slice(1, shape.close);
    const fault = shape.bracket ? "holds an unescaped bracket" : label.length > MAX_LABEL ? `is longer than ${MAX_LABEL} characters` : label.trim().length === 0 ? "is blank" : null;
    if (fault !== null) {
      const column = source.length - source.trimStart().length + 1;
      issues.push(issue("invalid_link_reference", "warning", { line: k + 1, column }, `Expected a link reference label (no unescaped bracket, not blank, at most ${MAX_LABEL} characters), found one that ${fault}; the line is kept as text.`, text));
      continue;
    }
    const href = target.startsWith("<") && target.endsWith(">") ? target.slice(1, -1) : target;
    definitions.push([referenceLabel(label), unescape(href)]);
    lines[k] = 1;
  }
  return { targets: new LabelTable(definitions), lines };
}

/**
 * Where the first unescaped `]:` of a line starting with `[` is, and whether another
 * unescaped bracket comes before it; null when there is none.
 */
function definitionShape(text: string): { close: number; bracket: boolean } | null {
  let bracket = false;
  for (let i = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 /* \ */) i++;
    else if (c === 93 /* ] */ && text.charCodeAt(i + 1) === 58 /* : */) return { close: i, bracket };
    else if (c === 91 || c === 93) bracket = true;
  }
  return null;
}

/** The text up to the first space. */
function firstWord(text: string): string {
  const space = text.indexOf(" ");
  return space === -1 ? text : text.slice(0, space);
}
