import { describe, expect, it } from "vitest";
import { articleId } from "../../src/index.js";
import { fnv1a64 } from "../../src/fields/article-id.js";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("fnv1a64", () => {
  // published FNV-1a 64-bit test vectors
  it.each([
    ["", "cbf29ce484222325"],
    ["a", "af63dc4c8601ec8c"],
    ["foobar", "85944171f73967e8"],
  ])("hashes %j to %s", (input, hash) => {
    expect(fnv1a64(bytes(input))).toBe(hash);
  });
  it("covers every byte value and carries across all four limbs", () => {
    // value computed independently (Python, arbitrary-precision integers) over bytes 0..255
    expect(fnv1a64(Uint8Array.from({ length: 256 }, (_, i) => i))).toBe("4242dc5249c33625");
  });
});

describe("articleId", () => {
  it("is 16 hex digits of FNV-1a over title, printed date and lower-cased source", () => {
    // computed independently over "title\u001f01/08/2024\u001fpyongyang times"
    expect(articleId("Historic journey shining in chronicles of DPRK-Russia friendship", "01/08/2024", "Pyongyang Times")).toBe("8e8b6738e7d685fa");
    expect(articleId("Press Review", "09/09/2024", "KCNA.kp (En)")).toMatch(/^[0-9a-f]{16}$/);
  });
  it("ignores the case of the source label and white space in the title", () => {
    const id = articleId("Press Review", "09/09/2024", "KCNA.kp (En)");
    expect(articleId("Press Review", "09/09/2024", "KCNA.KP (EN)")).toBe(id);
    expect(articleId("  Press \u00a0  Review\t", "09/09/2024", "KCNA.kp (En)")).toBe(id);
  });
  it("normalises the title to NFC", () => {
    expect(articleId("Cafe\u0301 opens", "01/01/2024", null)).toBe(articleId("Caf\u00e9 opens", "01/01/2024", null));
  });
  it("differs when the title, date or source differs", () => {
    const id = articleId("Press Review", "09/09/2024", "KCNA.kp (En)");
    expect(articleId("Press Review", "10/09/2024", "KCNA.kp (En)")).not.toBe(id);
    expect(articleId("Press Review", "09/09/2024", "Naenara (En)")).not.toBe(id);
    expect(articleId("Press review", "09/09/2024", "KCNA.kp (En)")).not.toBe(id);
  });
  it("keeps the fields apart, so text cannot move from one field to the next", () => {
    expect(articleId("A", "B", null)).not.toBe(articleId("AB", null, null));
    expect(articleId("A", null, null)).not.toBe(articleId("A", "", "x"));
  });
  it("treats a missing date or source as empty", () => {
    expect(articleId("Textile mill renews looms", null, null)).toBe(articleId("Textile mill renews looms", "", ""));
  });
});
