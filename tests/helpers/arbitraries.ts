// fast-check arbitraries for realistic ParsedPage values: every layout variant of
// ../shared/FORMAT-NOTES.md that a text dump can carry. Expected field values are
// built from the pieces the generator chose (a date's day/month/year, a label's name
// and edition), not by running the parser's readers over the text.
import * as fc from "fast-check";
import { articleId } from "../../src/fields/article-id.js";
import { detectFormat, parseDateline, renderPage, type Dateline, type ParsedPage, type RelatedItem, type Stamp } from "../../src/index.js";
import { endsAsCut, isBody, isDumpLine, isParagraph, isRelatedLine, isTitle } from "./representable.js";
import * as V from "./vocabulary.js";

const DAY_MS = 86_400_000;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** A calendar day, as its parts and its ISO form. */
export interface Day {
  iso: string;
  year: number;
  month: number;
  day: number;
}

function dayOf(n: number): Day {
  const d = new Date(n * DAY_MS);
  return { iso: d.toISOString().slice(0, 10), year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Days between two years, inclusive. */
export function dayArb(fromYear: number, toYear: number): fc.Arbitrary<Day> {
  return fc.integer({ min: Date.UTC(fromYear, 0, 1) / DAY_MS, max: Date.UTC(toYear, 11, 31) / DAY_MS }).map(dayOf);
}

const two = (n: number) => String(n).padStart(2, "0");

const sentence = fc
  .tuple(fc.constantFrom(...V.SUBJECTS), fc.constantFrom(...V.PREDICATES), fc.constantFrom(...V.TAILS), fc.constantFrom(...V.SENTENCE_ENDINGS))
  .map(([s, p, t, e]) => `${s} ${p}${t}${e}`);

const englishText = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(" "));
const koreanText = fc.array(fc.constantFrom(...V.KOREAN_SENTENCES), { minLength: 1, maxLength: 3 }).map((s) => s.join(" "));

/** Any printable text, for the corners the word lists do not reach. */
const freeText = fc.string({ unit: "grapheme", minLength: 1, maxLength: 60 });

/** One body paragraph of an English page: prose mostly, press-review bullets and headings, odd lines. */
const englishParagraph: fc.Arbitrary<string> = fc
  .oneof(
    { arbitrary: englishText, weight: 10 },
    { arbitrary: sentence.map((s) => `- ${s}`), weight: 3 },
    { arbitrary: fc.constantFrom(...V.PRESS_HEADINGS), weight: 1 },
    { arbitrary: fc.constantFrom(...V.STANDALONE_LINES), weight: 1 },
    { arbitrary: koreanText, weight: 1 },
    { arbitrary: freeText, weight: 1 },
  )
  .filter(isParagraph);

const koreanParagraph = fc.oneof({ arbitrary: koreanText, weight: 8 }, { arbitrary: freeText, weight: 1 }).filter(isParagraph);

const englishTitle = fc
  .oneof(
    { arbitrary: fc.array(fc.constantFrom(...V.TITLE_WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(" ")), weight: 10 },
    { arbitrary: freeText, weight: 1 },
  )
  .filter(isDumpLine);
const koreanTitle = fc.oneof({ arbitrary: fc.constantFrom(...V.KOREAN_TITLES), weight: 5 }, { arbitrary: freeText, weight: 1 }).filter(isDumpLine);

/** A source label: name and edition chosen apart, so the expected split is known. */
interface Label {
  source: string | null;
  sourceName: string | null;
  edition: string | null;
}
const labelArb: fc.Arbitrary<Label> = fc
  .tuple(fc.option(fc.constantFrom(...V.SOURCE_NAMES), { nil: null, freq: 8 }), fc.option(fc.constantFrom(...V.EDITIONS), { nil: null, freq: 2 }))
  .map(([name, edition]) => {
    const parts = [name, edition === null ? null : `(${edition})`].filter((p) => p !== null);
    return { source: parts.length === 0 ? null : parts.join(" "), sourceName: name, edition };
  });

/** The dateline for a report published on `published`, dated up to three days before it. */
function datelineArb(published: Day): fc.Arbitrary<Dateline> {
  return fc.tuple(fc.constantFrom(...V.PLACES), fc.integer({ min: 0, max: 3 })).map(([place, back]) => {
    const d = dayOf(Date.UTC(published.year, published.month - 1, published.day) / DAY_MS - back);
    const text = `${place}, ${MONTHS[d.month - 1]!} ${d.day} (KCNA)`;
    return { text, place, month: d.month, day: d.day, agency: "KCNA", date: d.iso };
  });
}

/** A stamp line: a bare agency line, or a site with a Juche or Gregorian date. */
function stampArb(published: Day): fc.Arbitrary<Stamp> {
  const onDay = fc.oneof(fc.constant(published), dayArb(2012, 2026));
  return fc.oneof(
    fc.constant({ text: "KCNA", site: null, date: null }),
    fc.tuple(fc.constantFrom(...V.STAMP_SITES), onDay).map(([site, d]) => ({ text: `${site} (Juche${d.year - 1911}.${d.month}.${d.day}.)`, site, date: d.iso })),
    fc.tuple(fc.constantFrom(...V.STAMP_SITES), onDay).map(([site, d]) => ({ text: `${site} (${d.year}.${two(d.month)}.${two(d.day)}.)`, site, date: d.iso })),
  );
}

/**
 * Whether an excerpt counts as cut (README, RelatedItem.truncated): true unless it is
 * under 100 characters and ends with final punctuation, closing quotes aside.
 */
export function expectedTruncated(excerpt: string): boolean {
  if (excerpt.length >= 100) return true;
  const bare = trimEndOf(excerpt, CLOSERS);
  return bare.length === 0 || !FINAL.includes(bare[bare.length - 1]!);
}

const CLOSERS = "\"”’')»》」』";
const FINAL = ".!?…。";

/** `text` without the run of `chars` at its end. */
function trimEndOf(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

function excerptArb(korean: boolean): fc.Arbitrary<string> {
  const long = korean ? fc.array(fc.constantFrom(...V.KOREAN_SENTENCES), { minLength: 3, maxLength: 6 }).map((s) => s.join(" ")) : fc.array(sentence, { minLength: 3, maxLength: 5 }).map((s) => s.join(" "));
  const whole = korean ? fc.constantFrom(...V.KOREAN_SENTENCES) : sentence;
  return fc
    .oneof(
      // the site cuts at about 130 characters, mid-word, then trims
      { arbitrary: fc.tuple(long, fc.integer({ min: 40, max: 130 })).map(([t, n]) => t.slice(0, n).trimEnd()), weight: 6 },
      { arbitrary: whole, weight: 2 },
      { arbitrary: whole.map((s) => trimEndOf(s, ".!?”\"").trimEnd()), weight: 1 },
      { arbitrary: freeText, weight: 1 },
    )
    .filter(isRelatedLine);
}

function relatedArb(korean: boolean, titled: boolean): fc.Arbitrary<RelatedItem> {
  const title = (korean ? koreanTitle : englishTitle).filter(isRelatedLine);
  return fc.record({ title: titled ? title : fc.constant(null), day: dayArb(2019, 2026), excerpt: excerptArb(korean) }).map(({ title, day, excerpt }) => ({
    title,
    publishedAt: day.iso,
    excerpt,
    truncated: expectedTruncated(excerpt),
    url: null,
  }));
}

/** A KCNA Watch item address, with the id and time it encodes. */
const itemUrlArb = fc
  .tuple(fc.integer({ min: 1_300_000_000, max: 1_800_000_000 }), fc.integer({ min: 100_000_000, max: 999_999_999 }), fc.constantFrom("review-of-rodong-sinmun", "press-review", "x"))
  .map(([seconds, id, slug]) => ({
    url: `https://kcnawatch.org/newstream/${seconds}-${id}/${slug}/`,
    itemId: `${seconds}-${id}`,
    addedAt: new Date(seconds * 1000).toISOString().replace(".000Z", "Z"),
  }));

/** Some captures print the original's address as a bare `Date:` line field. */
const originalUrlArb = fc.option(
  fc
    .tuple(fc.constantFrom("http://www.kcna.kp/en/article/q/", "https://kcnawatch.org/original/"), fc.array(fc.constantFrom(..."0123456789abcdef"), { minLength: 8, maxLength: 32 }))
    .map(([base, id]) => `${base}${id.join("")}.kcmsf`),
  { nil: null, freq: 3 },
);

/** Related items by language and layout, built once. */
const RELATED_ARBS = {
  en: { titled: relatedArb(false, true), untitled: relatedArb(false, false) },
  ko: { titled: relatedArb(true, true), untitled: relatedArb(true, false) },
};

/** Options of {@link pageArb}. */
export interface PageArbOptions {
  /** Most related items generated (default 20; real pages show 15). */
  maxRelated?: number;
  /** Most body paragraphs (default 8). */
  maxParagraphs?: number;
}

/**
 * A realistic page that a text dump can carry in full: every field a text dump holds,
 * `warnings` empty (the warnings a dump of it yields are {@link expectedWarningCodes}),
 * and `url` (with `itemId`, `addedAt`) set only when it is to be passed as an option.
 */
export function pageArb(options: PageArbOptions = {}): fc.Arbitrary<ParsedPage> {
  const maxRelated = options.maxRelated ?? 20;
  const maxParagraphs = options.maxParagraphs ?? 8;
  return fc
    .record({ published: dayArb(2012, 2026), label: labelArb })
    .chain(({ published, label }) =>
      fc.oneof({ arbitrary: fc.constant(false), weight: 6 }, { arbitrary: fc.constant(true), weight: 1 }).chain((korean) =>
        fc.record({
          capture: fc.option(dayArb(2019, 2026), { nil: null, freq: 3 }),
          title: korean ? koreanTitle : englishTitle,
          paragraphs: fc.array(korean ? koreanParagraph : englishParagraph, { minLength: 1, maxLength: maxParagraphs }),
          dateline: korean ? fc.constant(null) : fc.option(datelineArb(published), { nil: null, freq: 2 }),
          endMark: fc.boolean(),
          stamp: fc.option(stampArb(published), { nil: null, freq: 2 }),
          relatedSource: fc.option(fc.constant(label.source ?? "KCNA.kp (En)"), { nil: null, freq: 4 }),
          titled: fc.boolean(),
          related: fc.nat({ max: maxRelated }),
          truncated: fc.boolean(),
          url: fc.option(itemUrlArb, { nil: null, freq: 2 }),
          originalUrl: originalUrlArb,
          published: fc.constant(published),
          label: fc.constant(label),
          korean: fc.constant(korean),
        }),
      ),
    )
    .chain((r) =>
      fc.array(RELATED_ARBS[r.korean ? "ko" : "en"][r.titled ? "titled" : "untitled"], { minLength: r.relatedSource === null ? 0 : r.related, maxLength: r.relatedSource === null ? 0 : r.related }).map((related) => ({ ...r, related })),
    )
    .filter(
      (r) =>
        isTitle(r.title, r.label.source) &&
        // without a dateline of its own, the first paragraph must not open like one
        (r.dateline !== null || parseDateline(r.paragraphs[0]!) === null) &&
        isBody(r.paragraphs, [r.label.source, r.relatedSource].filter((name): name is string => name !== null)),
    )
    .map(toPage)
    // Format detection reads a dump with a markdown heading or link line, or with HTML
    // tags, in its first KBs as markdown or HTML; real text dumps have neither, so
    // neither do these pages, in either layout.
    .filter((page) => readsAsText(page) && !endsAsCut(page, renderPage(page)));
}

function readsAsText(page: ParsedPage): boolean {
  return detectFormat(renderPage(page)) === "text" && detectFormat(renderPage(page, { layout: "single-newline" })) === "text";
}

type Draft = {
  capture: Day | null;
  title: string;
  paragraphs: string[];
  dateline: Dateline | null;
  endMark: boolean;
  stamp: Stamp | null;
  relatedSource: string | null;
  related: RelatedItem[];
  truncated: boolean;
  url: { url: string; itemId: string; addedAt: string } | null;
  originalUrl: string | null;
  published: Day;
  label: Label;
};

function toPage(r: Draft): ParsedPage {
  const paragraphs = r.dateline === null ? r.paragraphs : [`${r.dateline.text} -- ${r.paragraphs[0]!}`, ...r.paragraphs.slice(1)];
  const publishedText = `${two(r.published.day)}/${two(r.published.month)}/${r.published.year}`;
  return {
    format: "text",
    capturedAt: r.capture?.iso ?? null,
    article: {
      id: articleId(r.title, publishedText, r.label.source),
      title: r.title,
      publishedAt: r.published.iso,
      publishedText,
      source: r.label.source,
      sourceName: r.label.sourceName,
      edition: r.label.edition,
      paragraphs,
      endMark: r.endMark,
      dateline: r.dateline,
      stamp: r.stamp,
      url: r.url?.url ?? null,
      originalUrl: r.originalUrl,
      itemId: r.url?.itemId ?? null,
      addedAt: r.url?.addedAt ?? null,
    },
    relatedSource: r.relatedSource,
    related: r.related,
    publishedTime: null,
    truncated: r.truncated,
    warnings: [],
  };
}

/** The issue codes a rendered dump of a {@link pageArb} page yields: only the cut, when it is truncated. */
export function expectedWarningCodes(page: ParsedPage): string[] {
  return page.truncated ? ["truncated_input"] : [];
}
