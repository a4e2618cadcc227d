import type { IssueCode, ParseIssue } from "./schema/issue.js";

const EXCERPT_MAX = 80;

/** A place in the original input. */
export interface Position {
  line: number;
  column: number;
}

/** Cuts text to an excerpt of at most 80 UTF-16 units without splitting a surrogate pair. */
export function excerptOf(text: string): string {
  if (text.length <= EXCERPT_MAX) return text;
  let end = EXCERPT_MAX - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** Where the grammar reports warnings: an array, or a {@link WarningList}. */
export interface WarningSink {
  push(...issues: ParseIssue[]): number;
}

/**
 * Keeps the first `max` warnings and counts the rest, so that a flood of odd lines
 * (millions of them, in a large input) costs no memory per line beyond the lines.
 */
export class WarningList implements WarningSink {
  readonly items: ParseIssue[] = [];
  /** Warnings found past the bound. */
  dropped = 0;
  /** The first of them, to point at. */
  firstDropped: ParseIssue | null = null;

  constructor(private readonly max: number) {}

  push(...issues: ParseIssue[]): number {
    for (const i of issues) {
      if (this.items.length < this.max) this.items.push(i);
      else {
        this.dropped++;
        this.firstDropped ??= i;
      }
    }
    return this.items.length;
  }
}

/** Builds an issue. */
export function issue(
  code: IssueCode,
  severity: ParseIssue["severity"],
  at: Position,
  message: string,
  text: string,
): ParseIssue {
  return { code, severity, message, line: at.line, column: at.column, excerpt: excerptOf(text) };
}
