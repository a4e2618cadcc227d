// Which fields an extraction gets right, against the page model it was rendered from.
import type { PageModel } from "./corpus.js";

/** What an extractor returned, in the terms of the page model. */
export interface Extracted {
  title: string | null;
  /** The publication date as ISO `YYYY-MM-DD`, when the extractor gives one. */
  publishedAt: string | null;
  /** Every name the extractor offers for the source (site name, byline, author). */
  source: (string | null)[];
  paragraphs: string[];
  /** Related items as (title, ISO date, excerpt), or null when the extractor has no such field. */
  related: [string | null, string, string][] | null;
}

/** White space collapsed to single spaces, trimmed. */
export const collapse = (s: string): string => s.replace(/\s+/g, " ").trim();

/** Which fields an extraction got right for one page. */
export interface FieldCheck {
  title: boolean;
  publishedAt: boolean;
  source: boolean;
  /** The body paragraphs exactly, in order, nothing missing or added. */
  body: boolean;
  /** Share of the page's paragraphs found exactly among the extracted ones. */
  paragraphRecall: number;
  /** null: the extractor has no related-items field. */
  related: boolean | null;
}

/** Checks an extraction against the page it came from. */
export function checkFields(model: PageModel, got: Extracted | null): FieldCheck {
  if (got === null) return { title: false, publishedAt: false, source: false, body: false, paragraphRecall: 0, related: null };
  const want = model.paragraphs.map(collapse);
  const have = got.paragraphs.map(collapse);
  const haveSet = new Set(have);
  const related = got.related === null
    ? null
    : JSON.stringify(got.related) === JSON.stringify(model.related.map((r) => [r.title, r.publishedAt, r.excerpt]));
  return {
    title: got.title !== null && collapse(got.title) === model.title,
    publishedAt: got.publishedAt === model.publishedAt,
    source: got.source.some((s) => s !== null && collapse(s) === model.source),
    body: want.length === have.length && want.every((p, i) => p === have[i]),
    paragraphRecall: want.filter((p) => haveSet.has(p)).length / want.length,
    related,
  };
}

/** Per-field share of pages right, over a set of checks. */
export interface FieldScores {
  pages: number;
  title: number;
  publishedAt: number;
  source: number;
  body: number;
  paragraphRecall: number;
  related: number | null;
}

/** Sums field checks into shares of pages. */
export function scoreFields(checks: readonly FieldCheck[]): FieldScores {
  const share = (f: (c: FieldCheck) => number): number => checks.reduce((s, c) => s + f(c), 0) / checks.length;
  return {
    pages: checks.length,
    title: share((c) => Number(c.title)),
    publishedAt: share((c) => Number(c.publishedAt)),
    source: share((c) => Number(c.source)),
    body: share((c) => Number(c.body)),
    paragraphRecall: share((c) => c.paragraphRecall),
    related: checks.some((c) => c.related === null) ? null : share((c) => Number(c.related)),
  };
}
