// `npm run fuzz`: the fuzz and round-trip properties of `npm test`, round after round,
// each round with fresh seeds, until the time budget is spent.
//   FUZZ_BUDGET_SECONDS  time budget (default 600)
//   FUZZ_SEED            first seed (default: drawn at random, printed)
// A failure names the seed that replays it: FUZZ_SEED=<seed> npx vitest run tests/fuzz.test.ts
import { it } from "vitest";
import { FUZZ_PROPERTIES, fixtureProperties, type FuzzProperty } from "../helpers/fuzz-properties.js";
import { ROUND_TRIP_PROPERTIES } from "../helpers/round-trip-properties.js";

const budgetSeconds = Number(process.env.FUZZ_BUDGET_SECONDS ?? "600");
const firstSeed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 0x7fffffff);

it(`fuzz for ${budgetSeconds} s`, () => {
  const properties: FuzzProperty[] = [...FUZZ_PROPERTIES, ...ROUND_TRIP_PROPERTIES, ...fixtureProperties()];
  const deadline = Date.now() + budgetSeconds * 1000;
  const counts = new Map<string, number>();
  let seed = firstSeed;
  let total = 0;
  let rounds = 0;
  console.log(`fuzz: first seed ${firstSeed}, budget ${budgetSeconds} s, ${properties.length} properties`);
  while (Date.now() < deadline) {
    for (const p of properties) {
      if (Date.now() >= deadline) break;
      seed = (seed + 1) % 0x7fffffff;
      // small batches keep the budget honest; every batch has its own seed
      const n = p.run(Math.max(50, Math.round(p.runs / 10)), seed);
      counts.set(p.name, (counts.get(p.name) ?? 0) + n);
      total += n;
    }
    rounds++;
    console.log(`fuzz: round ${rounds}, ${total.toLocaleString("en")} cases, last seed ${seed}`);
  }
  for (const [name, n] of counts) console.log(`  ${n.toLocaleString("en").padStart(12)}  ${name}`);
  console.log(`fuzz: ${total.toLocaleString("en")} cases in ${budgetSeconds} s, seeds ${firstSeed}..${seed}, no failure`);
}, (budgetSeconds + 600) * 1000);
