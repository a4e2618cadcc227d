// Adversarial inputs, each with a benign input of the same size: for the benchmark
// suite (time ratios) and for tests/limits.test.ts (typed results, never a crash).
// Sizes are parameters so that tests can run them small and benchmarks full size.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fixturesRoot } from "./fixtures.js";

/** One adversarial input and a realistic page of the same UTF-8 size. */
export interface AdversarialCase {
  /** What the input is, e.g. `1 MB of "("`. */
  name: string;
  input: string;
  /** A realistic page dump of the same size in UTF-8 bytes (within a few bytes). */
  benign: string;
}

const MB = 1024 * 1024;

/** The complete sample dump: a real page, the unit benign inputs are built from. */
export function sampleDump(): string {
  return readFileSync(join(fixturesRoot, "complete-sample", "input.txt"), "utf8");
}

/** `bytes` UTF-8 bytes of one character repeated (an ASCII one, so characters and bytes agree). */
export function repeatedCharacter(character: string, bytes: number): string {
  return character.repeat(bytes);
}

/** One line of `bytes` letters and spaces, no line break. */
export function oneLongLine(bytes: number): string {
  return "word ".repeat(Math.ceil(bytes / 5)).slice(0, bytes);
}

/** `count` blank lines. */
export function blankLines(count: number): string {
  return "\n".repeat(count);
}

/** `count` nested `<div>` elements around one paragraph, as saved HTML. */
export function nestedDivs(count: number): string {
  return `<!DOCTYPE html><html><body>${"<div>".repeat(count)}<p>Review</p><p>Date: 27/05/2024</p><p>Text.</p>${"</div>".repeat(count)}</body></html>`;
}

/** Whole page dumps one after another, up to `bytes` bytes. */
export function concatenatedPages(bytes: number): string {
  const page = `${sampleDump()}\n\n`;
  return page.repeat(Math.ceil(bytes / page.length)).slice(0, bytes);
}

/**
 * `count` lines that each continue the paragraph before them (lower-case starts), so
 * that the body rejoins them into one paragraph: quadratic if the join re-reads it.
 */
export function continuedLines(count: number): string {
  return `Title\nDate: 27/05/2024\n${"and then the text went on\n".repeat(count)}More Articles`;
}

/** `count` lines of text after the footer, each one warning. */
export function linesAfterFooter(count: number): string {
  return `Title\nDate: 27/05/2024\nText.\nMore Articles\n${"stray line\n".repeat(count)}`;
}

/** A realistic page of `bytes` UTF-8 bytes: the sample's body paragraphs repeated, its header and related list kept. */
export function benignPage(bytes: number): string {
  const dump = sampleDump();
  const bodyStart = dump.indexOf("\n\n", dump.indexOf("Date: ")) + 2;
  const bodyEnd = dump.indexOf("More From ");
  const head = dump.slice(0, bodyStart);
  const body = dump.slice(bodyStart, bodyEnd);
  const tail = dump.slice(bodyEnd);
  const room = bytes - utf8Length(head) - utf8Length(tail);
  if (room <= 0) return dump.slice(0, bytes);
  const filler = body.repeat(Math.ceil(room / body.length)).slice(0, room);
  return head + filler + tail;
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/**
 * The adversarial inputs of the benchmark suite, each beside a benign page of the same
 * size. `scale` shrinks every size (1 = the full sizes: 1 MB, 10 MB, a million lines,
 * 100,000 elements, 100 MB).
 */
export function adversarialCases(scale = 1): AdversarialCase[] {
  const size = (n: number) => Math.max(1, Math.round(n * scale));
  const cases: { name: string; input: string }[] = [
    ...["(", "<", "*", "|", " "].map((c) => ({ name: `${size(MB)} bytes of "${c}"`, input: repeatedCharacter(c, size(MB)) })),
    { name: `one line of ${size(10 * MB)} bytes`, input: oneLongLine(size(10 * MB)) },
    { name: `${size(1_000_000)} blank lines`, input: blankLines(size(1_000_000)) },
    { name: `${size(100_000)} nested <div>s`, input: nestedDivs(size(100_000)) },
    { name: `${size(100 * MB)} bytes of concatenated pages`, input: concatenatedPages(size(100 * MB)) },
    { name: `${size(1_000_000)} continued lines`, input: continuedLines(size(1_000_000)) },
    { name: `${size(1_000_000)} lines after the footer`, input: linesAfterFooter(size(1_000_000)) },
  ];
  return cases.map((c) => ({ ...c, benign: benignPage(utf8Length(c.input)) }));
}
