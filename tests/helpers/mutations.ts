// Mutations of real dumps for the fuzz tests: lines deleted, duplicated, swapped,
// the text truncated, characters replaced, huge lines inserted, bytes flipped.
import * as fc from "fast-check";

/** Characters that mean something to the grammar, or to a decoder. */
const SPICE = [
  "", " ", "\n", "\r", "\r\n", "\t", "\u0000", "\u0007", "\u00a0", "\ufeff", "\ufffd", "\ud800", "\udc00", "😀",
  ":", "|", "/", ",", ".", "-", "(", ")", "《", "》", "”", "×", "0", "1", "9", "a", "A", "조",
  "Date:", "KCNA ", "More From ", "More Articles", " -0-", "Share Button", "January 18, 2026", "Juche113.5.27.",
  "__proto__", "constructor", "prototype", "{\"__proto__\":1}", "javascript:alert(1)",
] as const;

/** One edit of a text, with positions taken modulo its size. */
export type Mutation =
  | { kind: "delete-line" | "duplicate-line"; at: number }
  | { kind: "swap-lines"; at: number; other: number }
  | { kind: "truncate"; at: number }
  | { kind: "replace"; at: number; length: number; with: string }
  | { kind: "huge-line"; at: number; size: number; unit: string };

/** Sizes of inserted lines: long, and just past the default maxLineLength (rarely, they cost time). */
const HUGE_SIZES = [200, 5_000, 70_000, 1_000_001] as const;

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constantFrom("delete-line" as const, "duplicate-line" as const), at: fc.nat() }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant("swap-lines" as const), at: fc.nat(), other: fc.nat() }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant("truncate" as const), at: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant("replace" as const),
      at: fc.nat(),
      length: fc.nat({ max: 3 }),
      with: fc.oneof(fc.constantFrom(...SPICE), fc.string({ unit: "binary", maxLength: 3 })),
    }),
    weight: 6,
  },
  {
    arbitrary: fc.record({
      kind: fc.constant("huge-line" as const),
      at: fc.nat(),
      size: fc.oneof({ arbitrary: fc.constantFrom(200, 5_000), weight: 20 }, { arbitrary: fc.constantFrom(...HUGE_SIZES.slice(2)), weight: 1 }),
      unit: fc.constantFrom("a", "(", "<", "*", "|", " ", "가", "a "),
    }),
    weight: 1,
  },
);

function splitLines(text: string): string[] {
  return text.split("\n");
}

/** Applies one mutation. */
export function mutate(text: string, m: Mutation): string {
  switch (m.kind) {
    case "delete-line":
    case "duplicate-line": {
      const lines = splitLines(text);
      const k = m.at % lines.length;
      if (m.kind === "delete-line") lines.splice(k, 1);
      else lines.splice(k, 0, lines[k]!);
      return lines.join("\n");
    }
    case "swap-lines": {
      const lines = splitLines(text);
      const a = m.at % lines.length;
      const b = m.other % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join("\n");
    }
    case "truncate":
      return text.slice(0, m.at % (text.length + 1));
    case "replace": {
      const at = m.at % (text.length + 1);
      return text.slice(0, at) + m.with + text.slice(at + m.length);
    }
    case "huge-line": {
      const lines = splitLines(text);
      lines.splice(m.at % (lines.length + 1), 0, m.unit.repeat(Math.ceil(m.size / m.unit.length)));
      return lines.join("\n");
    }
  }
}

/** A chain of one to four mutations. */
export const mutationsArb: fc.Arbitrary<Mutation[]> = fc.array(mutationArb, { minLength: 1, maxLength: 4 });

export function mutateAll(text: string, ms: readonly Mutation[]): string {
  return ms.reduce(mutate, text);
}

/** Flips, drops or inserts bytes of an encoded text (what a broken transfer does). */
export type ByteEdit = { at: number; op: "flip" | "drop" | "insert"; value: number };

export const byteEditsArb: fc.Arbitrary<ByteEdit[]> = fc.array(
  fc.record({ at: fc.nat(), op: fc.constantFrom("flip" as const, "drop" as const, "insert" as const), value: fc.integer({ min: 0, max: 255 }) }),
  { minLength: 1, maxLength: 3 },
);

export function editBytes(bytes: Uint8Array, edits: readonly ByteEdit[]): Uint8Array {
  let out = bytes;
  for (const e of edits) {
    const at = e.at % (out.length + 1);
    if (e.op === "flip") {
      if (at === out.length) continue;
      out = out.slice();
      out[at] = e.value;
    } else if (e.op === "drop") {
      if (at === out.length) continue;
      const next = new Uint8Array(out.length - 1);
      next.set(out.subarray(0, at));
      next.set(out.subarray(at + 1), at);
      out = next;
    } else {
      const next = new Uint8Array(out.length + 1);
      next.set(out.subarray(0, at));
      next[at] = e.value;
      next.set(out.subarray(at), at + 1);
      out = next;
    }
  }
  return out;
}
