import type { ParseIssue } from "../schema/issue.js";

/** A link kept by a front end: the visible text and its target. */
export interface Link {
  /** The link's visible text, as it appears in the line. */
  text: string;
  /** The link target as written in the input (not yet validated or resolved). */
  href: string;
}

/**
 * One non-blank line of visible page text, trimmed, with the position of its
 * first character in the original input. Every front end produces these; the
 * grammar reads nothing else.
 */
export interface SourceLine {
  /** The visible text of the line, trimmed at both edges. */
  text: string;
  /** 1-based line in the original input. */
  line: number;
  /** 1-based column of the first character of `text` in the original input. */
  column: number;
  /** Links inside this line, when the format carries them. */
  links?: Link[];
}

/** What a front end hands to the grammar. */
export interface LineDocument {
  /** The non-blank lines, in order. */
  lines: SourceLine[];
  /** The line number just past the input's end, for issues about what is missing. */
  endLine: number;
  /** Problems the front end found (cut characters, unsafe links, ...). */
  issues: ParseIssue[];
  /** The page's own address, when the input says it. */
  url: string | null;
  /**
   * False when the front end knows that no line holds a run of white space or a tab,
   * so the grammar need not look for one in every paragraph; absent means it may.
   */
  spaceRuns?: boolean;
  /** Where the input says the page's address (the `URL Source:` line, the `<link>` or `<meta>` tag), when it does. */
  urlAt?: { line: number; column: number };
  /** The reader service's `Published Time:` header as printed, when present. */
  publishedTime: string | null;
}

/**
 * Two spaces in a row (plain, tab, no-break or ideographic), the white space that the
 * grammar collapses inside a paragraph. A class of four characters keeps the scan fast
 * even over two-byte text: one test of a whole dump costs about half a split into lines.
 */
const SPACE_RUN = /[ \t\u00a0\u3000]{2}/;

/** Whether text holds a run of white space ({@link SPACE_RUN}) or a tab. */
export function hasSpaceRun(text: string): boolean {
  return SPACE_RUN.test(text) || text.includes("\t");
}

/** Text with each run of white space, and each tab, made one plain space. */
export function collapseSpaceRuns(text: string): string {
  return hasSpaceRun(text) ? text.replace(/[ \t\u00a0\u3000]{2,}|\t/g, " ") : text;
}
