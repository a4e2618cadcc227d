// Every front end reads link-heavy input in linear time: each shape of
// tests/helpers/link-shapes.ts, parsed at two sizes eight times apart, must take at most
// 16 times as long at the larger size (linear work gives 8, quadratic 64). Times are
// CPU times, the least of several runs, measured again before failing, so that a busy
// machine does not fail the test; the benchmarks time the same shapes at 4 and 8 MB.
import { describe, expect, it } from "vitest";
import { safeParsePage } from "../src/index.js";
import { LINK_SHAPES, type LinkShape } from "./helpers/link-shapes.js";

const SMALL = 32 * 1024;
const LARGE = 8 * SMALL;
const MAX_RATIO = 16;

function cpuMs(run: () => void): number {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/** The least CPU time of `runs` parses of `input`. */
function fastest(shape: LinkShape, input: string, runs: number): number {
  const options = { format: shape.format, maxLineLength: 1 << 30 };
  let best = Infinity;
  for (let i = 0; i < runs; i++) best = Math.min(best, cpuMs(() => safeParsePage(input, options)));
  return best;
}

describe("link-heavy input is read in linear time", () => {
  for (const shape of LINK_SHAPES) {
    it(`${shape.name}: ${LARGE / 1024} KB take at most ${MAX_RATIO}× the time of ${SMALL / 1024} KB`, () => {
      const small = shape.make(SMALL);
      const large = shape.make(LARGE);
      expect(large.length / small.length).toBeGreaterThan(7.5);
      fastest(shape, small, 2); // warm up
      let smallMs = Infinity;
      let largeMs = Infinity;
      for (let attempt = 0; attempt < 3; attempt++) {
        smallMs = Math.min(smallMs, fastest(shape, small, 7));
        largeMs = Math.min(largeMs, fastest(shape, large, 3));
        // a timer's resolution: below half a millisecond a ratio says nothing
        if (largeMs <= MAX_RATIO * Math.max(smallMs, 0.5)) break;
      }
      expect(largeMs, `${smallMs.toFixed(2)} ms for ${SMALL} characters, ${largeMs.toFixed(2)} ms for ${LARGE}`).toBeLessThanOrEqual(MAX_RATIO * Math.max(smallMs, 0.5));
    }, 120_000);
  }
});
