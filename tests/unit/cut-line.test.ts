import { describe, expect, it } from "vitest";
import { isCutFixedLine, isCutStampLine } from "../../src/grammar/cut-line.js";

describe("isCutFixedLine", () => {
  it("is true for the start of the related heading, up to its whole prefix", () => {
    for (const text of ["M", "More", "More F", "More From"]) expect(isCutFixedLine(text), text).toBe(true);
  });
  it("is true for a proper start of the footer, furniture, the bare stamp and the Date: label", () => {
    for (const text of ["More Art", "More Articles".slice(0, -1), "Share Butt", "NK News is", "Get North Kor", "Subscribe to the NK", "KC", "KCN", "Dat", "Date"]) {
      expect(isCutFixedLine(text), text).toBe(true);
    }
  });
  it("is false for whole fixed lines, a heading with a name, and text", () => {
    for (const text of ["", "More Articles", "Share Button", "KCNA", "Date:", "More From KCNA.kp (E", "More than 1 000 people", "Kim Jong Un", "The farm", "Date: 04/03/20"]) {
      expect(isCutFixedLine(text), text).toBe(false);
    }
  });
});

describe("isCutStampLine", () => {
  it("is true for a source stamp cut anywhere", () => {
    for (const text of ["w", "www.kcna", "www.kcna.kp", "www.kcna.kp (", "www.kcna.kp (Ju", "www.kcna.kp (Juche114", "www.kcna.kp (Juche114.3.", "www.kcna.kp (2025.04.2"]) {
      expect(isCutStampLine(text), text).toBe(true);
    }
  });
  it("is false for text that a stamp cannot start", () => {
    for (const text of ["-", "- A bullet", "January 20, 2026Jan 20, 2026", "The farm", "www.kcna.kp (see above)", "(Photos accompanied)", "《조선의 오늘》"]) {
      expect(isCutStampLine(text), text).toBe(false);
    }
  });
});
