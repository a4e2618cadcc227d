// Realistic dumps: a generated page rendered, then given the variations real scrapes
// show (FORMAT-NOTES "Variants seen in real dumps"): furniture lines, capture and brand
// lines in other forms or absent, shorter Date: lines, lines split over a blank line,
// other line breaks, stray edge spaces, the body on one line, and a cut anywhere
// (even mid-character, on the UTF-8 bytes).
import * as fc from "fast-check";
import { renderPage } from "../../src/index.js";
import { pageArb } from "./arbitraries.js";

const SEPARATORS = ["\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", "\r"] as const;
const EDGE_SPACES = [" ", "  ", "\t", "\u00a0"] as const;

/** Which variations to apply to one rendered dump. */
export interface Noise {
  shareButton: boolean;
  hiring: boolean;
  newsletterFooter: boolean;
  longCaptureOnly: boolean;
  dropBrand: boolean;
  bareDateLine: boolean;
  splitLine: number | null;
  oneLineBody: boolean;
  edgeSpaces: number | null;
  separator: string;
}

export const noiseArb: fc.Arbitrary<Noise> = fc.record({
  shareButton: fc.boolean(),
  hiring: fc.boolean(),
  newsletterFooter: fc.boolean(),
  longCaptureOnly: fc.boolean(),
  dropBrand: fc.boolean(),
  bareDateLine: fc.boolean(),
  splitLine: fc.option(fc.nat(), { nil: null }),
  oneLineBody: fc.boolean(),
  edgeSpaces: fc.option(fc.nat(), { nil: null }),
  separator: fc.constantFrom(...SEPARATORS),
});

/** Applies `noise` to the lines of a dump rendered in the single-newline layout. */
export function applyNoise(rendered: string, noise: Noise): string {
  let lines = rendered.split("\n");
  const dateAt = lines.findIndex((l) => l.startsWith("Date:"));
  if (noise.longCaptureOnly && /^[A-Z][a-z]+ \d\d, \d{4}[A-Z]/u.test(lines[0] ?? "")) lines[0] = lines[0]!.slice(0, lines[0]!.indexOf(",") + 6);
  if (dateAt !== -1) {
    if (noise.bareDateLine) lines[dateAt] = lines[dateAt]!.replace(/ \| Read original version at source$/u, "");
    const after = [noise.shareButton ? "Share Button" : null, noise.hiring ? "NK News is hiring" : null].filter((l) => l !== null);
    lines.splice(dateAt + 1, 0, ...after);
  }
  if (noise.dropBrand && lines[1]?.startsWith("KCNA ")) lines.splice(1, 1);
  const headingAt = lines.findIndex((l) => l.startsWith("More From ") || l === "More Articles");
  const bodyStart = lines.findIndex((l, i) => i > dateAt && dateAt !== -1 && l !== "Share Button" && l !== "NK News is hiring");
  const bodyEnd = headingAt === -1 ? lines.length : headingAt;
  if (noise.splitLine !== null && bodyStart !== -1 && bodyEnd > bodyStart) {
    // a bullet or paragraph broken before a lower-case word, over a blank line (kw20)
    const k = bodyStart + (noise.splitLine % (bodyEnd - bodyStart));
    const line = lines[k]!;
    const at = spaceBeforeLowerCase(line);
    if (at > 0) lines.splice(k, 1, line.slice(0, at), "", line.slice(at + 1));
  }
  if (noise.oneLineBody && bodyStart !== -1 && bodyEnd > bodyStart + 1) {
    const body = lines.slice(bodyStart, bodyEnd).filter((l) => l !== "").join(" ");
    lines = [...lines.slice(0, bodyStart), body, ...lines.slice(bodyEnd)];
  }
  if (noise.newsletterFooter) {
    lines.push("Get North Korea headlines delivered to your inbox daily", "Subscribe to the NK News 'Daily Update' and get links to must-read stories each morning");
  }
  if (noise.edgeSpaces !== null) {
    const k = noise.edgeSpaces % lines.length;
    const space = EDGE_SPACES[noise.edgeSpaces % EDGE_SPACES.length]!;
    lines[k] = noise.edgeSpaces % 2 === 0 ? `${space}${lines[k]!}` : `${lines[k]!}${space}`;
  }
  return lines.join(noise.separator);
}

/** Index of the first space followed by a lower-case ASCII letter, or -1. */
function spaceBeforeLowerCase(line: string): number {
  for (let i = 0; i + 1 < line.length; i++) {
    const next = line.charCodeAt(i + 1);
    if (line.charCodeAt(i) === 32 && next >= 97 && next <= 122) return i;
  }
  return -1;
}

/** Cuts text as a capture does: at any UTF-16 position, or at any UTF-8 byte (then given as bytes). */
export type Cut = { kind: "none" } | { kind: "chars" | "bytes"; at: number };

export const cutArb: fc.Arbitrary<Cut> = fc.oneof(
  { arbitrary: fc.constant({ kind: "none" as const }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("chars" as const), at: fc.nat() }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant("bytes" as const), at: fc.nat() }), weight: 1 },
);

export function applyCut(text: string, cut: Cut): string | Uint8Array {
  if (cut.kind === "none") return text;
  if (cut.kind === "chars") return text.slice(0, cut.at % (text.length + 1));
  const bytes = new TextEncoder().encode(text);
  return bytes.subarray(0, cut.at % (bytes.length + 1));
}

/** A realistic dump: a generated page, rendered, varied and possibly cut. */
export const realisticDumpArb: fc.Arbitrary<string | Uint8Array> = fc
  .tuple(pageArb({ maxRelated: 6, maxParagraphs: 6 }), noiseArb, cutArb)
  .map(([page, noise, cut]) => applyCut(applyNoise(renderPage(page, { layout: "single-newline" }), noise), cut));
