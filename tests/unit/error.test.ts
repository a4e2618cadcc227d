// PageParseError and isPageParseError, including errors from another copy of the
// package (the installed ESM + CommonJS case is in tests/package/install.test.ts).
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { PageParseError, isPageParseError, type ParseIssue } from "../../src/index.js";

const first: ParseIssue = { code: "missing_title", severity: "error", message: "Expected a title line, found body text.", line: 3, column: 5, excerpt: "x" };
const second: ParseIssue = { ...first, code: "missing_body", line: 9 };

describe("PageParseError", () => {
  it("is an Error whose message names the first issue, its place and its code", () => {
    const e = new PageParseError([first, second]);
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe("PageParseError");
    expect(e.message).toBe("Expected a title line, found body text. (line 3, column 5, missing_title)");
    expect(e.issues).toEqual([first, second]);
    expect(e.partial).toBeUndefined();
    expect(e.stack).toContain("PageParseError");
  });

  it("carries what could be recovered", () => {
    const partial = { format: "text" } as unknown as NonNullable<PageParseError["partial"]>;
    expect(new PageParseError([first], partial).partial).toBe(partial);
  });

  it("keeps its brand out of enumeration and JSON", () => {
    const e = new PageParseError([first]);
    expect(Object.keys(e).sort()).toEqual(["issues", "name", "partial"]);
    expect(JSON.parse(JSON.stringify(e))).toEqual({ name: "PageParseError", issues: [first] });
  });
});

describe("isPageParseError", () => {
  it("recognises its own errors", () => {
    expect(isPageParseError(new PageParseError([first]))).toBe(true);
  });

  it("recognises an error from another copy of the package, which instanceof does not", () => {
    // What another copy builds: the same registered symbol, on an object of another class.
    const foreign = Object.defineProperty(new Error("x"), Symbol.for("kcnawatch-parser.PageParseError"), { value: true });
    expect(foreign instanceof PageParseError).toBe(false);
    expect(isPageParseError(foreign)).toBe(true);
  });

  it("recognises an error built in another realm", () => {
    const foreign: unknown = runInNewContext(`
      class PageParseError extends Error {}
      const e = new PageParseError("x");
      Object.defineProperty(e, Symbol.for("kcnawatch-parser.PageParseError"), { value: true });
      e`);
    expect(foreign instanceof Error).toBe(false);
    expect(isPageParseError(foreign)).toBe(true);
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["a string", "PageParseError"],
    ["a number", 1],
    ["a plain Error", new Error("x")],
    ["a look-alike with issues", Object.assign(new Error("x"), { name: "PageParseError", issues: [first] })],
    ["a brand set to something other than true", { [Symbol.for("kcnawatch-parser.PageParseError")]: 1 }],
    ["a brand under an unregistered symbol", { [Symbol("kcnawatch-parser.PageParseError")]: true }],
  ])("rejects %s", (_what, value) => {
    expect(isPageParseError(value)).toBe(false);
  });
});
