// The table of link reference definitions: first definition wins, lookups by the
// normalized label, however many labels share a slot.
import { describe, expect, it } from "vitest";
import { LabelTable } from "../../src/front-ends/label-table.js";

describe("LabelTable", () => {
  it("keeps the first definition of a label", () => {
    const table = new LabelTable([["kcna", "https://kcna.kp/1"], ["rodong", "https://rodong.rep.kp/"], ["kcna", "https://kcna.kp/2"]]);
    expect(table.size).toBe(2);
    expect(table.get("kcna")).toBe("https://kcna.kp/1");
    expect(table.get("rodong")).toBe("https://rodong.rep.kp/");
    expect(table.get("KCNA")).toBeUndefined();
    expect(table.get("")).toBeUndefined();
  });

  it("finds every one of many labels, and none that is missing", () => {
    const definitions = Array.from({ length: 5000 }, (_, i) => [`label ${i}`, `https://e.org/${i}`] as const);
    const table = new LabelTable(definitions);
    expect(table.size).toBe(5000);
    for (let i = 0; i < 5000; i++) expect(table.get(`label ${i}`)).toBe(`https://e.org/${i}`);
    for (let i = 5000; i < 6000; i++) expect(table.get(`label ${i}`)).toBeUndefined();
  });

  it("is empty with no definitions", () => {
    const table = new LabelTable([]);
    expect([table.size, table.get("x")]).toEqual([0, undefined]);
  });
});
