import { describe, expect, it } from "vitest";
import { endsComplete, readRelated } from "../../src/grammar/related.js";
import { textToLines } from "../../src/front-ends/text.js";
import type { ParseIssue } from "../../src/index.js";

const EXCERPT_1 = "Farmers on the western coastal plains began sowing spring wheat and barley this week with seeds selected at county research sta";
const EXCERPT_2 = "The Puhung Station of the Pyongyang Metro reopened on Sunday after renovation.";

function read(text: string, complete = true, maxItems = 500) {
  const warnings: ParseIssue[] = [];
  const related = readRelated(textToLines(text).lines, 0, complete, maxItems, warnings);
  const items = related.items.map(({ linkLine, ...rest }) => ({ ...rest, linkLine: linkLine.line }));
  // the page sorts warnings by position; here they come in the order the grammar finds them
  const found = warnings.map((w) => [w.code, w.line, w.column] as const).sort((a, b) => a[1] - b[1] || a[2] - b[2]);
  return { source: related.source, items, warnings: found };
}

describe("readRelated", () => {
  it("reads titled items anchored on their date lines", () => {
    const r = read(["More From KCNA.kp (En)", "Sowing starts", "Sowing starts", EXCERPT_1, "March 05, 2025", EXCERPT_1,
      "Metro station reopens", "Metro station reopens", EXCERPT_2, "March 4, 2025", EXCERPT_2, "More Articles"].join("\n"));
    expect(r.source).toBe("KCNA.kp (En)");
    expect(r.items).toEqual([
      { title: "Sowing starts", publishedAt: "2025-03-05", excerpt: EXCERPT_1, truncated: true, linkLine: 2 },
      { title: "Metro station reopens", publishedAt: "2025-03-04", excerpt: EXCERPT_2, truncated: false, linkLine: 7 },
    ]);
    expect(r.warnings).toEqual([]);
  });
  it("reads untitled items (excerpt, date, excerpt)", () => {
    const r = read(["More From Naenara (En)", EXCERPT_1, "March 05, 2025", EXCERPT_1, EXCERPT_2, "March 04, 2025", EXCERPT_2, "More Articles"].join("\n"));
    expect(r.items.map((i) => [i.title, i.publishedAt, i.excerpt, i.linkLine])).toEqual([
      [null, "2025-03-05", EXCERPT_1, 2],
      [null, "2025-03-04", EXCERPT_2, 5],
    ]);
    expect(r.warnings).toEqual([]);
  });
  it("skips furniture inside the list and reports text after the footer", () => {
    const r = read(["More From Naenara (En)", "NK News is hiring", EXCERPT_2, "March 04, 2025", EXCERPT_2, "More Articles",
      "Get North Korea headlines delivered to your inbox daily", "Stray text"].join("\n"));
    expect(r.items).toHaveLength(1);
    expect(r.warnings).toEqual([["unexpected_line", 8, 1]]);
  });
  it("starts at the footer when there is no related list", () => {
    expect(read("More Articles")).toEqual({ source: null, items: [], warnings: [] });
  });
  it("keeps the first title and excerpt when the pairs disagree, with warnings", () => {
    const r = read(["More From X", "Title one", "Title two", EXCERPT_2, "March 04, 2025", "Another excerpt.", "More Articles"].join("\n"));
    expect(r.items.map((i) => [i.title, i.excerpt])).toEqual([["Title one", EXCERPT_2]]);
    expect(r.warnings).toEqual([["related_title_mismatch", 3, 1], ["related_excerpt_mismatch", 6, 1]]);
  });
  it("reports lines beyond two titles", () => {
    const r = read(["More From X", "Extra", "Title", "Title", EXCERPT_2, "March 04, 2025", EXCERPT_2, "More Articles"].join("\n"));
    expect(r.items.map((i) => i.title)).toEqual(["Extra"]);
    expect(r.warnings).toEqual([["related_title_mismatch", 3, 1], ["unexpected_line", 4, 1]]);
  });
  it("reports a date with no excerpt before it and goes on", () => {
    const r = read(["More From X", "March 04, 2025", EXCERPT_2, "March 04, 2025", EXCERPT_2, "More Articles"].join("\n"));
    expect(r.warnings).toEqual([["unexpected_line", 2, 1]]);
    expect(r.items.map((i) => i.excerpt)).toEqual([EXCERPT_2]);
  });
  it("drops an item cut by the end of the input, with a warning at its first line", () => {
    const lines = ["More From X", "Title", "Title", EXCERPT_2, "March 04, 2025", EXCERPT_2, "Next title", "Next title", "The excerpt is cu"];
    const r = read(lines.join("\n"), false);
    expect(r.items).toHaveLength(1);
    expect(r.warnings).toEqual([["related_item_incomplete", 7, 1]]);
  });
  it("keeps an item whose repeated excerpt is cut: title, excerpt and date are whole", () => {
    const r = read(["More From X", "Title", "Title", EXCERPT_1, "March 05, 2025", EXCERPT_1.slice(0, 30)].join("\n"), false);
    expect(r.items).toEqual([{ title: "Title", publishedAt: "2025-03-05", excerpt: EXCERPT_1, truncated: true, linkLine: 2 }]);
    expect(r.warnings).toEqual([["related_item_incomplete", 6, 1]]);
  });
  it("keeps an untitled item whose repeated excerpt is cut", () => {
    const r = read(["More From X", EXCERPT_1, "March 05, 2025", EXCERPT_1.slice(0, 1)].join("\n"), false);
    expect(r.items.map((i) => [i.title, i.publishedAt, i.excerpt])).toEqual([[null, "2025-03-05", EXCERPT_1]]);
    expect(r.warnings).toEqual([["related_item_incomplete", 4, 1]]);
  });
  it("keeps an item whose date line ends the input, with a warning at the date", () => {
    const r = read(["More From X", EXCERPT_2, "March 04, 2025", EXCERPT_2, "Title", "Title", EXCERPT_1, "March 05, 2025"].join("\n"), false);
    expect(r.items.map((i) => [i.title, i.publishedAt])).toEqual([[null, "2025-03-04"], ["Title", "2025-03-05"]]);
    expect(r.warnings).toEqual([["related_item_incomplete", 8, 1]]);
  });
  it("drops an item cut inside its date line", () => {
    const r = read(["More From X", "Title", "Title", EXCERPT_1, "March 05, 202"].join("\n"), false);
    expect(r.items).toEqual([]);
    expect(r.warnings).toEqual([["related_item_incomplete", 2, 1]]);
  });
  it("keeps an item with no repeated excerpt before the footer of a complete page, with a mismatch warning", () => {
    const r = read(["More From X", EXCERPT_1, "March 05, 2025", "More Articles"].join("\n"), true);
    expect(r.items.map((i) => i.excerpt)).toEqual([EXCERPT_1]);
    expect(r.warnings).toEqual([["related_excerpt_mismatch", 3, 1]]);
  });
  it("calls an unfinished item in a complete page unexpected, not cut", () => {
    const r = read(["More From X", "Title", "Title", "Some text", "More Articles"].join("\n"), true);
    expect(r.warnings).toEqual([["unexpected_line", 2, 1]]);
  });
  it("keeps at most maxItems items", () => {
    const r = read(["More From X", EXCERPT_1, "March 05, 2025", EXCERPT_1, EXCERPT_2, "March 04, 2025", EXCERPT_2, "More Articles"].join("\n"), true, 1);
    expect(r.items.map((i) => i.excerpt)).toEqual([EXCERPT_1]);
    expect(r.warnings).toEqual([["too_many_related_items", 5, 1]]);
  });
  it("is empty at the end of the input", () => {
    const warnings: ParseIssue[] = [];
    expect(readRelated([], 0, false, 500, warnings)).toEqual({ source: null, items: [] });
    expect(warnings).toEqual([]);
  });
});

describe("endsComplete", () => {
  const complete = (text: string) => endsComplete(textToLines(text).lines);
  it("is true when the dump holds the More Articles footer", () => {
    expect(complete("Body.\nMore Articles")).toBe(true);
    expect(complete("Body.\nMore Articles\nNK News is hiring")).toBe(true);
    expect(complete("Body.\nMore Articles\nStray text")).toBe(true);
  });
  it("is true when the dump ends with the NK News footer", () => {
    expect(complete("Body.\nGet North Korea headlines delivered to your inbox daily\nSubscribe to the NK News 'Daily Update' and get links to must-read stories each morning")).toBe(true);
  });
  it("is false when the dump ends elsewhere", () => {
    expect(complete("Body.\nMore From X\nTitle")).toBe(false);
    expect(complete("Body cut mid-sen")).toBe(false);
    expect(complete("NK News is hiring")).toBe(false);
    expect(complete("")).toBe(false);
  });
});
