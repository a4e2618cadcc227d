// Dumps assembled from the lines the grammar looks for, in any order and number: the
// fastest way to reach every branch of the grammar with small inputs.
import * as fc from "fast-check";

const LINES = [
  "January 20, 2026Jan 20, 2026",
  "January 20, 2026Jan 21, 2026",
  "March 28, 2024",
  "KCNA Pyongyang Times",
  "KCNA KCNA.kp (En)",
  "KCNA",
  "Review of Rodong Sinmun",
  "Date: 27/05/2024 | Source: KCNA.kp (En) | Read original version at source",
  "Date: 31/02/2024 | Source: (En)",
  "Date: 02/06/2019",
  "Date:",
  "Date: 27/05/2024 | Source: KCNA.kp (En) | https://kcna.kp/x",
  "Date: 27/05/2024 | Source: X | javascript:alert(1)",
  "Share Button",
  "NK News is hiring",
  "Pyongyang, May 27 (KCNA) -- Following are major news items:",
  "- A political essay says that",
  "the Party is strong.",
  "Rodong Sinmun",
  "Text. -0-",
  "-0-",
  "www.kcna.kp (Juche113.5.27.)",
  "www.kcna.kp (2025.04.23.)",
  "www.kcna.kp (Juche0.2.30.)",
  "More From KCNA.kp (En)",
  "More From Pyongyang Times",
  "Inaugural Ceremony Held",
  "Pyongyang, December 14 (KCNA) -- The Workers' Party of Korea is powerfully carrying on the",
  "December 14, 2025",
  "February 30, 2025",
  "More Articles",
  "Get North Korea headlines delivered to your inbox daily",
  "Subscribe to the NK News 'Daily Update' and get links to must-read stories each morning",
  "《조선의 오늘》",
  "__proto__",
  "constructor",
  "",
] as const;

/** A line: one of the grammar's own, or a short arbitrary string. */
const lineArb = fc.oneof(
  { arbitrary: fc.constantFrom(...LINES), weight: 8 },
  { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
);

export const lineSoupArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(lineArb, { minLength: 1, maxLength: 24 }), fc.constantFrom("\n", "\n\n", "\r\n", "\r"), fc.constantFrom("", " ", "\t"))
  .map(([lines, sep, edge]) => lines.map((l, i) => (i % 3 === 0 ? edge + l : l)).join(sep));
