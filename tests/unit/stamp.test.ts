import { describe, expect, it } from "vitest";
import { parseStamp } from "../../src/index.js";

describe("parseStamp", () => {
  it("reads a Juche-year stamp (Juche + 1911)", () => {
    expect(parseStamp("www.kcna.kp (Juche113.5.27.)")).toEqual({ text: "www.kcna.kp (Juche113.5.27.)", site: "www.kcna.kp", date: "2024-05-27" });
    expect(parseStamp("www.kcna.kp (Juche113.11.20.)")?.date).toBe("2024-11-20");
  });
  it("reads a Gregorian stamp", () => {
    expect(parseStamp("www.kcna.kp (2025.04.23.)")).toEqual({ text: "www.kcna.kp (2025.04.23.)", site: "www.kcna.kp", date: "2025-04-23" });
    expect(parseStamp("www.kcna.kp (2025.4.3)")?.date).toBe("2025-04-03");
  });
  it("reads a bare KCNA line as a stamp without site or date", () => {
    expect(parseStamp("KCNA")).toEqual({ text: "KCNA", site: null, date: null });
    expect(parseStamp("  KCNA ")).toEqual({ text: "KCNA", site: null, date: null });
  });
  it("keeps a stamp whose date does not exist, with date null", () => {
    expect(parseStamp("www.kcna.kp (Juche0.5.27.)")).toEqual({ text: "www.kcna.kp (Juche0.5.27.)", site: "www.kcna.kp", date: null });
    expect(parseStamp("www.kcna.kp (Juche113.2.30.)")?.date).toBeNull();
    expect(parseStamp("www.kcna.kp (2025.13.01.)")?.date).toBeNull();
  });
  it("is null for lines that are not stamps", () => {
    for (const text of [
      "",
      "KCNA.",
      "kcna",
      "Pyongyang (KCNA)",
      "www.kcna.kp",
      "www.kcna.kp (Juche113.5.)",
      "www.kcna.kp (Juche113.5.27.1.)",
      "www.kcna.kp (Juche11a.5.27.)",
      "www.kcna.kp (12025.04.23.)",
      "www kcna kp (2025.04.23.)",
      ".kcna.kp (2025.04.23.)",
      "www.kcna.kp (2025.04.23.) extra",
      "The farm (2025.04.23.)",
      `www.${"k".repeat(60)}.kp (2025.04.23.)`,
    ]) {
      expect(parseStamp(text), text).toBeNull();
    }
  });
});
