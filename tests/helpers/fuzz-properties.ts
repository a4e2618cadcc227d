// The fuzz properties, shared by `npm test` (tests/fuzz.test.ts, fixed case counts) and
// `npm run fuzz` (tests/fuzz-long/, runs until its time budget is spent).
import * as fc from "fast-check";
import { renderPage, type ParsedPage, type ParseOptions, type SafeParseResult } from "../../src/index.js";
import { pageArb } from "./arbitraries.js";
import { applyCut, applyNoise, cutArb, noiseArb } from "./dump-noise.js";
import { check } from "./fuzz-config.js";
import { fixtureNames, readFixtureInput } from "./fixtures.js";
import { checkInvariants } from "./invariants.js";
import { endsAsCut } from "./representable.js";
import { lineSoupArb } from "./line-soup.js";
import { byteEditsArb, editBytes, mutateAll, mutationsArb } from "./mutations.js";

/** A named property, its number of cases in `npm test`, and how to run it (returns the cases run). */
export interface FuzzProperty {
  name: string;
  runs: number;
  run: (numRuns: number, seed: number) => number;
}

export function fuzzProperty<T extends unknown[]>(name: string, runs: number, property: () => fc.IProperty<T>): FuzzProperty {
  return { name, runs, run: (numRuns, seed) => check(name, property(), numRuns, seed) };
}

/**
 * The fields a text dump carries (with the page's address given as an option): all
 * but the warnings, the input format, the reader's `publishedTime` and the related
 * items' links, which only markdown and HTML dumps hold.
 */
function textFields(page: ParsedPage): string {
  const fields: Partial<ParsedPage> = { ...page, related: page.related.map((item) => ({ ...item, url: null })) };
  delete fields.warnings;
  delete fields.format;
  delete fields.publishedTime;
  return JSON.stringify(fields);
}

/**
 * The fixed point: once a dump (of any format) parses, rendering the page as text and
 * parsing that again gives the same fields, and rendering those gives the same text.
 */
export function checkFixedPoint(first: SafeParseResult): void {
  if (!first.success) return;
  const rendered = renderPage(first.data);
  // The rendering is a text dump, so it is read as one: detection could take a line of
  // it for markdown (`# ...`). A paragraph rejoined from many lines is rendered on one:
  // limits are not this property's concern.
  const second = checkInvariants(rendered, { ...UNLIMITED, format: "text", url: first.data.article.url });
  // The binary check counts control characters in the first 4,096 characters: a page
  // holding many of them, rendered without the lines that diluted them, can cross that
  // share. Real dumps hold none (helpers/representable.ts), so such pages are left out.
  if (!second.success && second.error.issues[0].code === "binary_input" && hasControl(rendered)) return;
  // A truncated page whose rendering ends as a cut does is read as cut there (see there).
  if (endsAsCut(first.data, rendered)) return;
  if (!second.success) throw new Error(`the rendered page does not parse: ${second.error.message}\n--- rendered ---\n${clip(rendered)}`);
  const was = textFields(first.data);
  const now = textFields(second.data);
  if (now !== was) {
    throw new Error(`the rendered page parses to other fields\nwas: ${clip(was)}\nnow: ${clip(now)}\n--- rendered ---\n${clip(rendered)}`);
  }
  const again = renderPage(second.data);
  if (again !== rendered) throw new Error(`rendering is not a fixed point\n--- first ---\n${clip(rendered)}\n--- second ---\n${clip(again)}`);
}

/** Whether text holds a C0 control character other than tab, line feed, form feed and carriage return. */
function hasControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) return true;
  }
  return false;
}

const UNLIMITED: ParseOptions = { maxLineLength: Number.MAX_SAFE_INTEGER, maxInputBytes: Number.MAX_SAFE_INTEGER };

/** Long texts cut for a failure message. */
function clip(text: string): string {
  return text.length <= 3_000 ? text : `${text.slice(0, 3_000)}… (${text.length} characters)`;
}

/**
 * What a cut dump may say, given the whole dump it was cut from: never a related item
 * the whole dump lacks (an item cut by the end is dropped, never half-kept), and,
 * once past the `Date:` line, the same title, date and source.
 */
export function checkPrefix(cut: SafeParseResult, whole: SafeParseResult, where: string): void {
  // text dumps only: in markdown a cut can take a reference link's definition away,
  // and the link then reads as its literal text
  if (!cut.success || !whole.success || whole.data.format !== "text") return;
  const kept = cut.data.related;
  const all = whole.data.related;
  if (kept.length > all.length || kept.some((item, i) => JSON.stringify(item) !== JSON.stringify(all[i]))) {
    throw new Error(`${where}: related items are not a prefix of the whole dump's\ncut: ${JSON.stringify(kept)}`);
  }
  const a = cut.data.article;
  const b = whole.data.article;
  if (a.publishedText === b.publishedText && a.source === b.source && a.title !== b.title) {
    throw new Error(`${where}: title "${a.title}" differs from the whole dump's "${b.title}"`);
  }
}

/** Bytes that look like text often enough to get past the binary check and into the UTF-8 decoder. */
const textishByte = fc.oneof(
  { arbitrary: fc.integer({ min: 0x20, max: 0x7e }), weight: 12 },
  { arbitrary: fc.constantFrom(0x0a, 0x0d, 0x09), weight: 3 },
  { arbitrary: fc.integer({ min: 0x80, max: 0xff }), weight: 4 },
  { arbitrary: fc.integer({ min: 0x00, max: 0x1f }), weight: 1 },
);

const optionsArb: fc.Arbitrary<ParseOptions> = fc.record(
  {
    strict: fc.boolean(),
    maxRelatedItems: fc.nat({ max: 4 }),
    maxLineLength: fc.oneof(fc.nat({ max: 120 }), fc.constant(1_000_000)),
    maxInputBytes: fc.oneof(fc.nat({ max: 2_000 }), fc.constant(16 * 1024 * 1024)),
    validate: fc.boolean(),
    url: fc.constantFrom(null, "https://kcnawatch.org/newstream/1716800553-350978545/review-of-rodong-sinmun/", "http://example.org/a b"),
  },
  { requiredKeys: [] },
);

/** A realistic dump, mutated on top of its variations. */
const mutatedDumpArb = fc
  .tuple(pageArb({ maxRelated: 5, maxParagraphs: 5 }), noiseArb, mutationsArb, cutArb)
  .map(([page, noise, ms, cut]) => applyCut(mutateAll(applyNoise(renderPage(page, { layout: "single-newline" }), noise), ms), cut));

export const FUZZ_PROPERTIES: readonly FuzzProperty[] = [
  fuzzProperty("arbitrary strings (any UTF-16 units)", 30_000, () => fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => void checkInvariants(s))),
  fuzzProperty("arbitrary strings (graphemes)", 10_000, () => fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (s) => void checkInvariants(s))),
  fuzzProperty("arbitrary bytes", 15_000, () => fc.property(fc.uint8Array({ maxLength: 300 }), (b) => void checkInvariants(b))),
  fuzzProperty("text-like bytes", 15_000, () => fc.property(fc.array(textishByte, { maxLength: 300 }), (b) => void checkInvariants(new Uint8Array(b)))),
  fuzzProperty("dumps made of the grammar's own lines", 15_000, () =>
    fc.property(lineSoupArb, fc.boolean(), (s, asBytes) => checkFixedPoint(checkInvariants(asBytes ? new TextEncoder().encode(s) : s))),
  ),
  fuzzProperty("dumps made of the grammar's own lines, any options", 6_000, () => fc.property(lineSoupArb, optionsArb, (s, options) => void checkInvariants(s, options))),
  fuzzProperty("realistic dumps, mutated", 3_000, () => fc.property(mutatedDumpArb, (input) => checkFixedPoint(checkInvariants(input)))),
];

/** A fixture's input as text (bytes decoded leniently), for text mutations. */
export function fixtureText(name: string): string {
  const input = readFixtureInput(name);
  return typeof input === "string" ? input : new TextDecoder().decode(input);
}

/**
 * Properties over the fixtures' inputs (read at run time, so fixtures added later are
 * covered too): mutated as text (then given as text or bytes), and edited as bytes.
 */
export function fixtureProperties(names: readonly string[] = fixtureNames()): FuzzProperty[] {
  const texts = names.map((name) => ({ name, text: fixtureText(name) }));
  const fixtureArb = fc.constantFrom(...texts);
  return [
    fuzzProperty("every fixture: mutated lines and characters", 4_000, () =>
      fc.property(fixtureArb, mutationsArb, fc.boolean(), ({ name, text }, ms, asBytes) => {
        const mutated = mutateAll(text, ms);
        within(name, () => checkFixedPoint(checkInvariants(asBytes ? new TextEncoder().encode(mutated) : mutated)));
      }),
    ),
    fuzzProperty("every fixture: edited bytes", 2_000, () =>
      fc.property(fixtureArb, byteEditsArb, ({ name, text }, edits) => {
        within(name, () => void checkInvariants(editBytes(new TextEncoder().encode(text), edits)));
      }),
    ),
  ];
}

/** Runs a check, naming the fixture in its failure. */
function within(name: string, run: () => void): void {
  try {
    run();
  } catch (e) {
    throw new Error(`fixture ${name}: ${e instanceof Error ? e.message : String(e)}`);
  }
}

/**
 * Cuts a fixture's UTF-8 bytes at every position, as a capture does, and checks every
 * cut: the guarantees, and that it says nothing the whole input does not. Returns the
 * number of cuts.
 */
export function checkEveryCut(name: string): number {
  const bytes = new TextEncoder().encode(fixtureText(name));
  const whole = checkInvariants(bytes);
  for (let end = 0; end <= bytes.length; end++) {
    // determinism is checked by every other property; here each cut is parsed once
    within(name, () => checkPrefix(checkInvariants(bytes.subarray(0, end), undefined, { repeat: false }), whole, `cut at byte ${end}`));
  }
  return bytes.length + 1;
}
