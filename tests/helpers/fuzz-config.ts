// Seeds and case counts for the property tests. `npm test` runs a fixed seed so that
// every run checks the same cases; FUZZ_SEED picks another, FUZZ_SCALE multiplies the
// number of cases. A failure names the seed and the command that replays it.
import * as fc from "fast-check";

const envSeed = process.env.FUZZ_SEED;
/** The seed of this run: FUZZ_SEED, or a fixed default so that `npm test` is reproducible. */
export const SEED = envSeed !== undefined && envSeed !== "" ? Number(envSeed) : 527_2024;
const scale = Number(process.env.FUZZ_SCALE ?? "1");

/** The number of cases to run for a property whose default is `n`, scaled by FUZZ_SCALE. */
export function runs(n: number): number {
  return Math.max(1, Math.round(n * scale));
}

/**
 * Checks a property over `numRuns` cases from {@link SEED}; on failure, throws fast-check's
 * report (counterexample, seed, path) with the command that replays it. Returns the
 * number of cases run.
 */
export function check<T>(name: string, property: fc.IProperty<T>, numRuns: number, seed: number = SEED): number {
  const details = fc.check(property, { seed, numRuns });
  if (details.failed) {
    const report = fc.defaultReportMessage(details) ?? "property failed";
    const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(`${name}: failed with seed ${seed}\nReplay: FUZZ_SEED=${seed} npx vitest run\n${report}\nError: ${cause}`);
  }
  return details.numRuns;
}
