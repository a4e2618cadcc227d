// Fuzzing: whatever the input, safeParsePage keeps every guarantee (see
// helpers/invariants.ts). Seeded (helpers/fuzz-config.ts): a failure prints its seed.
// `npm run fuzz` runs the same properties for as long as it is given.
import { describe, expect, it } from "vitest";
import { runs, SEED } from "./helpers/fuzz-config.js";
import { fixtureNames } from "./helpers/fixtures.js";
import { checkEveryCut, FUZZ_PROPERTIES, fixtureProperties } from "./helpers/fuzz-properties.js";

const MIN_CASES = 100_000;
/** Generous: the machine may be busy; the run time is watched in the suite's total, not here. */
const TIMEOUT = 180_000;
let cases = 0;

describe("fuzz: safeParsePage keeps its guarantees", () => {
  for (const property of [...FUZZ_PROPERTIES, ...fixtureProperties()]) {
    it(property.name, () => {
      cases += property.run(runs(property.runs), SEED);
    }, TIMEOUT);
  }

  it("every fixture: cut at every UTF-8 byte", () => {
    const names = fixtureNames();
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) cases += checkEveryCut(name);
  }, TIMEOUT);

  it(`ran at least ${MIN_CASES.toLocaleString("en")} cases`, () => {
    console.info(`fuzz: ${cases.toLocaleString("en")} cases, seed ${SEED}`);
    expect(cases).toBeGreaterThanOrEqual(runs(MIN_CASES));
  });
});
