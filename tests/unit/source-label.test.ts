import { describe, expect, it } from "vitest";
import { parseSourceLabel } from "../../src/index.js";

describe("parseSourceLabel", () => {
  it("splits the name from the edition, keeping the edition as printed", () => {
    expect(parseSourceLabel("KCNA.kp (En)")).toEqual({ name: "KCNA.kp", edition: "En" });
    expect(parseSourceLabel("Voice of Korea (EN)")).toEqual({ name: "Voice of Korea", edition: "EN" });
    expect(parseSourceLabel("Naenara (Kr)")).toEqual({ name: "Naenara", edition: "Kr" });
    expect(parseSourceLabel("Ministry of Foreign Affairs (EN)")).toEqual({ name: "Ministry of Foreign Affairs", edition: "EN" });
  });
  it("has no name when only the edition is printed", () => {
    expect(parseSourceLabel("(En)")).toEqual({ name: null, edition: "En" });
  });
  it("has no edition when none is printed", () => {
    expect(parseSourceLabel("Pyongyang Times")).toEqual({ name: "Pyongyang Times", edition: null });
    expect(parseSourceLabel("Naenara(Kr)")).toEqual({ name: "Naenara(Kr)", edition: null });
    expect(parseSourceLabel("Rodong Sinmun (En) daily")).toEqual({ name: "Rodong Sinmun (En) daily", edition: null });
  });
  it("is empty for an empty label", () => {
    expect(parseSourceLabel("")).toEqual({ name: null, edition: null });
    expect(parseSourceLabel("  ")).toEqual({ name: null, edition: null });
    expect(parseSourceLabel("()")).toEqual({ name: null, edition: null });
  });
});
