// Building issues: the excerpt is short and never splits a character.
import { describe, expect, it } from "vitest";
import { excerptOf, issue } from "../../src/issues.js";

describe("excerptOf", () => {
  it("keeps text of up to 80 units as it is", () => {
    expect(excerptOf("")).toBe("");
    expect(excerptOf("x".repeat(80))).toBe("x".repeat(80));
  });

  it("cuts longer text to 79 units and an ellipsis", () => {
    const cut = excerptOf("x".repeat(81));
    expect(cut).toBe(`${"x".repeat(79)}…`);
    expect(cut.length).toBe(80);
  });

  it("does not split a surrogate pair at the cut", () => {
    const cut = excerptOf(`${"x".repeat(78)}😀tail`);
    expect(cut).toBe(`${"x".repeat(78)}…`);
    expect(excerptOf(`${"x".repeat(77)}😀tail`)).toBe(`${"x".repeat(77)}😀…`);
  });
});

describe("issue", () => {
  it("builds a ParseIssue at the given place with a cut excerpt", () => {
    expect(issue("unexpected_line", "warning", { line: 4, column: 2 }, "Expected a related item, found text.", "y".repeat(100))).toEqual({
      code: "unexpected_line",
      severity: "warning",
      message: "Expected a related item, found text.",
      line: 4,
      column: 2,
      excerpt: `${"y".repeat(79)}…`,
    });
  });
});
