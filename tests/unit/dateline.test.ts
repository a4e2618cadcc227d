import { describe, expect, it } from "vitest";
import { parseDateline } from "../../src/index.js";

describe("parseDateline", () => {
  it("reads place, month, day and agency, and resolves the year from the publication date", () => {
    expect(parseDateline("Pyongyang, May 27 (KCNA) -- Following are ...", "2024-05-27")).toEqual({
      text: "Pyongyang, May 27 (KCNA)", place: "Pyongyang", month: 5, day: 27, agency: "KCNA", date: "2024-05-27",
    });
  });
  it("keeps the date null without a reference", () => {
    expect(parseDateline("Wonsan, August 12 (KCNA) -- Text.")?.date).toBeNull();
    expect(parseDateline("Wonsan, August 12 (KCNA) -- Text.", null)?.date).toBeNull();
  });
  it("takes a year as reference", () => {
    expect(parseDateline("Wonsan, August 12 (KCNA) -- Text.", 2024)?.date).toBe("2024-08-12");
  });
  it("chooses the year nearest the publication date across a year end", () => {
    expect(parseDateline("Pyongyang, December 31 (KCNA) -- Text.", "2025-01-02")?.date).toBe("2024-12-31");
    expect(parseDateline("Pyongyang, January 1 (KCNA) -- Text.", "2024-12-31")?.date).toBe("2025-01-01");
  });
  it("accepts abbreviated months with or without a period, and other places and agencies", () => {
    expect(parseDateline("Pyongyang, Sept. 5 (KCNA) -- Text.", "2024-09-05")).toMatchObject({ month: 9, day: 5, date: "2024-09-05" });
    expect(parseDateline("Moscow, Jan 9 (Itar-Tass) -- Text.")).toMatchObject({ place: "Moscow", month: 1, day: 9, agency: "Itar-Tass" });
    expect(parseDateline("Pyongyang, May 27 (KCNA)-- Text.")?.text).toBe("Pyongyang, May 27 (KCNA)");
  });
  it("accepts any dash after the agency: two hyphens, one hyphen, en dash, em dash, bar, minus, with or without spaces", () => {
    for (const dash of [" -- ", "--", " - ", " \u2013 ", "\u2013", " \u2014 ", "\u2014", " \u2015 ", " \u2212 ", " \u2012 ", " \u2010 ", " \uff0d ", "\u00a0\u2014 "]) {
      const paragraph = `Pyongyang, February 17 (KCNA)${dash}Working people visited the statues.`;
      expect(parseDateline(paragraph, "2025-02-17"), JSON.stringify(dash)).toEqual({
        text: "Pyongyang, February 17 (KCNA)", place: "Pyongyang", month: 2, day: 17, agency: "KCNA", date: "2025-02-17",
      });
    }
  });
  it("is null when no dash follows the agency", () => {
    for (const text of ["Pyongyang, February 17 (KCNA) Working people met.", "Pyongyang, February 17 (KCNA): Working people met.", "Pyongyang, February 17 (KCNA)", "Pyongyang, February 17 (KCNA) ~ Text."]) {
      expect(parseDateline(text, "2025-02-17"), text).toBeNull();
    }
  });
  it("keeps a dateline whose day does not exist, with no date", () => {
    expect(parseDateline("Pyongyang, February 30 (KCNA) -- Text.", "2024-02-29")).toMatchObject({ month: 2, day: 30, date: null });
  });
  it("is null for text that does not open with a dateline", () => {
    for (const text of [
      "",
      "The mushroom farm in Kangso District has doubled its output.",
      "A -- B",
      "Pyongyang, May 27 -- Text.",
      "Pyongyang May 27 (KCNA) -- Text.",
      "Pyongyang, Mai 27 (KCNA) -- Text.",
      "Pyongyang, May 32 (KCNA) -- Text.",
      "Pyongyang, May 0 (KCNA) -- Text.",
      "Pyongyang, May 123 (KCNA) -- Text.",
      "Pyongyang, May 27th (KCNA) -- Text.",
      "Pyongyang, 27 May (KCNA) -- Text.",
      "Pyongyang, May 27 () -- Text.",
      "Pyong(yang, May 27 (KCNA) -- Text.",
      `${"A very long opening sentence that runs on and on without any dateline at all, really"}, May 27 (KCNA) -- Text.`,
    ]) {
      expect(parseDateline(text, "2024-05-27"), text).toBeNull();
    }
  });
});
