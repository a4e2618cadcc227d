import { describe, expect, it } from "vitest";
import { gregorianToJucheYear, jucheDateToIso, jucheToGregorianYear } from "../../src/index.js";

describe("Juche years", () => {
  it("Juche 1 is 1912", () => {
    expect(jucheToGregorianYear(1)).toBe(1912);
    expect(jucheToGregorianYear(113)).toBe(2024);
    expect(jucheToGregorianYear(114)).toBe(2025);
    expect(gregorianToJucheYear(1912)).toBe(1);
    expect(gregorianToJucheYear(2024)).toBe(113);
  });
  it("round-trips", () => {
    for (const year of [1912, 1950, 1997, 2024, 2100]) expect(jucheToGregorianYear(gregorianToJucheYear(year)!)).toBe(year);
  });
  it("rejects Juche 0, negative, fractional and non-finite years", () => {
    for (const year of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 9000]) expect(jucheToGregorianYear(year), String(year)).toBeNull();
  });
  it("has no Juche year before 1912", () => {
    for (const year of [1911, 1900, 0, -5, 2024.5, Number.NaN, 10000]) expect(gregorianToJucheYear(year), String(year)).toBeNull();
  });
  it("converts Juche dates, rejecting impossible ones", () => {
    expect(jucheDateToIso(113, 5, 27)).toBe("2024-05-27");
    expect(jucheDateToIso(113, 2, 29)).toBe("2024-02-29");
    expect(jucheDateToIso(112, 2, 29)).toBeNull(); // 2023 is not a leap year
    expect(jucheDateToIso(113, 2, 30)).toBeNull();
    expect(jucheDateToIso(113, 13, 1)).toBeNull();
    expect(jucheDateToIso(113, 0, 1)).toBeNull();
    expect(jucheDateToIso(0, 5, 27)).toBeNull();
  });
});
