// Round trip between the parser and the renderer, over generated realistic pages
// (helpers/round-trip-properties.ts). Seeded: a failure prints its seed.
import { describe, it } from "vitest";
import { runs, SEED } from "./helpers/fuzz-config.js";
import { ROUND_TRIP_PROPERTIES } from "./helpers/round-trip-properties.js";

describe("round trip", () => {
  for (const property of ROUND_TRIP_PROPERTIES) {
    it(property.name, () => {
      property.run(runs(property.runs), SEED);
    }, 120_000);
  }
});
