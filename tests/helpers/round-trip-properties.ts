// The round-trip properties between parsePage and renderPage, shared by `npm test`
// (tests/round-trip.test.ts) and `npm run fuzz`.
import * as fc from "fast-check";
import { parsePage, renderPage, safeParsePage, type ParsedPage } from "../../src/index.js";
import { expectedWarningCodes, pageArb } from "./arbitraries.js";
import { realisticDumpArb } from "./dump-noise.js";
import { checkFixedPoint, fuzzProperty, type FuzzProperty } from "./fuzz-properties.js";

const layoutArb = fc.constantFrom("blank-line" as const, "single-newline" as const);

/** Everything but the warnings: the fields a dump carries. */
function fields(page: ParsedPage): string {
  const rest: Partial<ParsedPage> = { ...page };
  delete rest.warnings;
  return JSON.stringify(rest, null, 1);
}

function same(actual: string, expected: string, dump: string): void {
  if (actual === expected) return;
  const a = actual.split("\n");
  const e = expected.split("\n");
  const at = a.findIndex((line, i) => line !== e[i]);
  throw new Error(`fields differ at line ${at + 1}: got ${a[at] ?? "(end)"}, expected ${e[at] ?? "(end)"}\n--- dump ---\n${dump}`);
}

export const ROUND_TRIP_PROPERTIES: readonly FuzzProperty[] = [
  fuzzProperty("parsePage(renderPage(page)) gives back every field of a generated page", 1_500, () =>
    fc.property(pageArb(), layoutArb, (page, layout) => {
      const dump = renderPage(page, { layout });
      const result = safeParsePage(dump, { url: page.article.url });
      if (!result.success) throw new Error(`${result.error.message}\n--- dump ---\n${dump}`);
      same(fields(result.data), fields(page), dump);
      const codes = result.data.warnings.map((w) => w.code).join(",");
      if (codes !== expectedWarningCodes(page).join(",")) throw new Error(`warnings ${codes}, expected ${expectedWarningCodes(page).join(",")}\n--- dump ---\n${dump}`);
    }),
  ),
  fuzzProperty("the same page in either layout and as UTF-8 bytes parses alike", 300, () =>
    fc.property(pageArb({ maxRelated: 4 }), (page) => {
      const blank = renderPage(page, { layout: "blank-line" });
      const expected = fields(parsePage(blank));
      same(fields(parsePage(renderPage(page, { layout: "single-newline" }))), expected, blank);
      same(fields(parsePage(new TextEncoder().encode(blank))), expected, blank);
    }),
  ),
  fuzzProperty("renderPage(parsePage(dump)) is a fixed point after one step", 1_500, () =>
    fc.property(realisticDumpArb, (dump) => checkFixedPoint(safeParsePage(dump))),
  ),
];
