// Inline markdown reduced to visible text, at the edges of CommonMark's rules:
// reference labels, link destinations and titles, autolinks, tilde runs, emphasis
// next to punctuation (ASCII, CJK and typographic) and unpaired delimiters.
import { describe, expect, it } from "vitest";
import { reduceInline, referenceLabel, unescape } from "../../src/front-ends/markdown-inline.js";

const none = new Map<string, string>();
const reduce = (line: string, refs: ReadonlyMap<string, string> = none) => {
  const { text, links } = reduceInline(line, 0, refs);
  return { text, links };
};

describe("referenceLabel", () => {
  it("case-folds and collapses inner white space of any kind", () => {
    expect(referenceLabel("  Rodong \t  Sinmun\u3000Daily  ")).toBe("rodong sinmun daily");
    expect(referenceLabel("KCNA")).toBe("kcna");
  });
});

describe("unescape", () => {
  it("drops a backslash before ASCII punctuation only", () => {
    expect(unescape("a\\_b\\)c")).toBe("a_b)c");
    expect(unescape("a\\b")).toBe("a\\b");
    expect(unescape("plain")).toBe("plain");
  });
});

describe("link destinations", () => {
  it("accepts an empty destination", () => {
    expect(reduce("see [this]() now")).toEqual({ text: "see this now", links: [{ text: "this", href: "" }] });
  });

  it("accepts a destination in angle brackets, spaces included", () => {
    expect(reduce("[a](<https://example.org/a b>)")).toEqual({ text: "a", links: [{ text: "a", href: "https://example.org/a b" }] });
  });

  it("leaves the text literal when an angle-bracket destination is not closed", () => {
    expect(reduce("[a](<b)")).toEqual({ text: "[a](<b)", links: [] });
    expect(reduce("[a](<b<c>)")).toEqual({ text: "[a](<b<c>)", links: [] });
  });

  it("accepts a title in double or single quotes, with spaces around it", () => {
    expect(reduce('[a](https://e.org "A title" )').links).toEqual([{ text: "a", href: "https://e.org" }]);
    expect(reduce("[a](https://e.org 'A title')").links).toEqual([{ text: "a", href: "https://e.org" }]);
  });

  it("leaves the text literal when a title is not closed inside the parentheses", () => {
    expect(reduce('[a](https://e.org "open)')).toEqual({ text: '[a](https://e.org "open)', links: [] });
    expect(reduce('[a](https://e.org "x) y"')).toEqual({ text: '[a](https://e.org "x) y"', links: [] });
  });

  it("leaves the text literal when something other than a title follows the destination", () => {
    expect(reduce("[a](https://e.org junk)")).toEqual({ text: "[a](https://e.org junk)", links: [] });
  });

  it("leaves the text literal when the parenthesis never closes", () => {
    expect(reduce("[a](https://e.org")).toEqual({ text: "[a](https://e.org", links: [] });
  });

  it("resolves backslash escapes in the destination", () => {
    expect(reduce("[a](https://e.org/x\\_y)").links).toEqual([{ text: "a", href: "https://e.org/x_y" }]);
  });
});

describe("images and reference links", () => {
  const refs = new Map([["kcna", "https://kcna.kp/"]]);

  it("keeps image syntax with no target as literal text", () => {
    expect(reduce("![alt] text")).toEqual({ text: "![alt] text", links: [] });
  });

  it("drops an image, keeping the text around it", () => {
    expect(reduce("a ![photo](https://e.org/p.jpg) b")).toEqual({ text: "a  b", links: [] });
  });

  it("resolves full, collapsed and shortcut references, case-insensitively", () => {
    expect(reduce("[Agency][KCNA]", refs)).toEqual({ text: "Agency", links: [{ text: "Agency", href: "https://kcna.kp/" }] });
    expect(reduce("[kcna][]", refs)).toEqual({ text: "kcna", links: [{ text: "kcna", href: "https://kcna.kp/" }] });
    expect(reduce("by [KCNA] today", refs)).toEqual({ text: "by KCNA today", links: [{ text: "KCNA", href: "https://kcna.kp/" }] });
  });

  it("lets link text hold brackets, but never a label (CommonMark)", () => {
    expect(reduce("Following are [major [daily] news][KCNA] items", refs)).toEqual({
      text: "Following are major [daily] news items",
      links: [{ text: "major [daily] news", href: "https://kcna.kp/" }],
    });
    // even with such a label defined, bracketed text is no shortcut or collapsed reference
    const bracketed = new Map([["a [b] c", "https://e.org/"]]);
    expect(reduce("[a [b] c]", bracketed)).toEqual({ text: "[a [b] c]", links: [] });
    expect(reduce("[a [b] c][]", bracketed)).toEqual({ text: "[a [b] c][]", links: [] });
    expect(reduce("[x][a [b] c]", bracketed)).toEqual({ text: "[x][a [b] c]", links: [] });
  });

  it("matches a label with escaped brackets as written, backslashes and all", () => {
    const escaped = new Map([["kcna \\[1\\]", "https://kcna.kp/1"]]);
    expect(reduce("[KCNA \\[1\\]]", escaped)).toEqual({ text: "KCNA [1]", links: [{ text: "KCNA [1]", href: "https://kcna.kp/1" }] });
    expect(reduce("[the agency][kcna \\[1\\]]", escaped)).toEqual({ text: "the agency", links: [{ text: "the agency", href: "https://kcna.kp/1" }] });
    expect(reduce("[KCNA [1]]", escaped)).toEqual({ text: "[KCNA [1]]", links: [] });
  });

  it("reads labels of up to 999 characters", () => {
    const label = "k".repeat(999);
    const longRefs = new Map([[label, "https://e.org/"], [`${label}k`, "https://e.org/"]]);
    expect(reduce(`[${label}]`, longRefs).links).toEqual([{ text: label, href: "https://e.org/" }]);
    expect(reduce(`[${label}k]`, longRefs).links).toEqual([]);
    expect(reduce(`[a][${label}]`, longRefs).links).toEqual([{ text: "a", href: "https://e.org/" }]);
    expect(reduce(`[a][${label}k]`, longRefs).links).toEqual([]);
  });

  it("leaves references to unknown or overlong labels literal", () => {
    expect(reduce("[Agency][unknown]", refs)).toEqual({ text: "[Agency][unknown]", links: [] });
    const long = `[a][${"k".repeat(2000)}]`;
    expect(reduce(long, refs)).toEqual({ text: long, links: [] });
  });
});

describe("autolinks", () => {
  it("shows an email autolink as its address, with no link", () => {
    expect(reduce("Write to <press@example.org> now")).toEqual({ text: "Write to press@example.org now", links: [] });
  });

  it("leaves angle brackets literal when they hold no URI or address", () => {
    expect(reduce("a <b> c")).toEqual({ text: "a <b> c", links: [] });
    expect(reduce("1 < 2 > 0")).toEqual({ text: "1 < 2 > 0", links: [] });
    expect(reduce("open <https://e.org")).toEqual({ text: "open <https://e.org", links: [] });
  });
});

describe("tildes", () => {
  it("treats a lone tilde and a run of three as literal text, and a pair as strikethrough", () => {
    expect(reduce("about ~5 km")).toEqual({ text: "about ~5 km", links: [] });
    expect(reduce("~~~ rule ~~~")).toEqual({ text: "~~~ rule ~~~", links: [] });
    expect(reduce("~~gone~~ kept")).toEqual({ text: "gone kept", links: [] });
  });
});

describe("emphasis next to punctuation", () => {
  it.each([
    ["ASCII punctuation inside, before the closer", "*a.*!", "a.!"],
    ["ASCII punctuation inside, a space after the closer", "*a.* b", "a. b"],
    ["typographic quotes", "\u201c*Juche*\u201d", "\u201cJuche\u201d"],
    ["CJK brackets", "\u300a*\ub85c\ub3d9\uc2e0\ubb38*\u300b", "\u300a\ub85c\ub3d9\uc2e0\ubb38\u300b"],
    ["guillemets", "\u00ab*x*\u00bb", "\u00abx\u00bb"],
    ["full-width punctuation", "\uff01*x*\uff01", "\uff01x\uff01"],
    ["an ideographic space", "a\u3000*b*\u3000c", "a\u3000b\u3000c"],
    ["an em space", "a\u2003*b*\u2003c", "a\u2003b\u2003c"],
  ])("pairs delimiters beside %s", (_what, line, text) => {
    expect(reduce(line)).toEqual({ text, links: [] });
  });

  it("keeps a closer with no opener literal and still pairs the delimiters around it", () => {
    expect(reduce("*a b_ c*")).toEqual({ text: "a b_ c", links: [] });
  });

  it("keeps an underscore inside a word literal", () => {
    expect(reduce("snake_case_name")).toEqual({ text: "snake_case_name", links: [] });
  });
});
