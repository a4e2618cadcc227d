// renderPage: the text-dump layout, line by line. The round trip over generated pages
// is in round-trip.test.ts; these pin the layout itself.
import { describe, expect, it } from "vitest";
import { parsePage, renderPage, type ParsedPage } from "../src/index.js";
import { readFixtureInput } from "./helpers/fixtures.js";

function page(overrides: { article?: Partial<ParsedPage["article"]> } & Partial<Omit<ParsedPage, "article">> = {}): ParsedPage {
  const { article, ...rest } = overrides;
  return {
    format: "text",
    capturedAt: "2026-01-02",
    article: {
      id: "0123456789abcdef",
      title: "Review of Rodong Sinmun",
      publishedAt: "2024-05-27",
      publishedText: "27/05/2024",
      source: "KCNA.kp (En)",
      sourceName: "KCNA.kp",
      edition: "En",
      paragraphs: ["Pyongyang, May 27 (KCNA) -- Following are news items:", "- A ceremony took place."],
      endMark: true,
      dateline: null,
      stamp: { text: "www.kcna.kp (Juche113.5.27.)", site: "www.kcna.kp", date: "2024-05-27" },
      url: null,
      originalUrl: null,
      itemId: null,
      addedAt: null,
      ...article,
    },
    relatedSource: "KCNA.kp (En)",
    related: [
      { title: "New houses built", publishedAt: "2026-01-02", excerpt: "A happy event of moving into new houses took place at the", truncated: true, url: null },
    ],
    publishedTime: null,
    truncated: false,
    warnings: [],
    ...rest,
  };
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

describe("renderPage", () => {
  it("gives back the complete sample dump byte for byte", () => {
    const dump = readFixtureInput("complete-sample") as string;
    expect(renderPage(parsePage(dump))).toBe(dump);
  });

  it("writes every block of a page, one line each, in the single-newline layout", () => {
    expect(renderPage(page(), { layout: "single-newline" }).split("\n")).toEqual([
      "January 02, 2026Jan 02, 2026",
      "KCNA KCNA.kp (En)",
      "Review of Rodong Sinmun",
      "Date: 27/05/2024 | Source: KCNA.kp (En) | Read original version at source",
      "Pyongyang, May 27 (KCNA) -- Following are news items:",
      "- A ceremony took place. -0-",
      "www.kcna.kp (Juche113.5.27.)",
      "More From KCNA.kp (En)",
      "New houses built",
      "New houses built",
      "A happy event of moving into new houses took place at the",
      "January 02, 2026",
      "A happy event of moving into new houses took place at the",
      "More Articles",
    ]);
  });

  it("separates blocks with a blank line by default, keeping the capture and brand lines together", () => {
    const lines = renderPage(page()).split("\n");
    expect(lines.slice(0, 5)).toEqual(["January 02, 2026Jan 02, 2026", "KCNA KCNA.kp (En)", "", "Review of Rodong Sinmun", ""]);
    expect(lines[lines.length - 1]).toBe("More Articles");
  });

  it("writes untitled related items as excerpt, date, excerpt", () => {
    const related = [{ title: null, publishedAt: "2025-07-06", excerpt: "Pyongyang, July 6 (KCNA) -- Text.", truncated: false, url: null }];
    expect(renderPage(page({ related }), { layout: "single-newline" })).toContain(
      "More From KCNA.kp (En)\nPyongyang, July 6 (KCNA) -- Text.\nJuly 06, 2025\nPyongyang, July 6 (KCNA) -- Text.\nMore Articles",
    );
  });

  it("leaves out what the page lacks: capture line, brand line, stamp, end mark, related list, footer", () => {
    const bare = page({
      capturedAt: null,
      article: { source: null, sourceName: null, edition: null, stamp: null, endMark: false, paragraphs: ["Text."] },
      relatedSource: null,
      related: [],
      truncated: true,
    });
    expect(renderPage(bare, { layout: "single-newline" })).toBe("Review of Rodong Sinmun\nDate: 27/05/2024\nText.");
  });

  it("writes a bare Date: line when the page has neither date nor source", () => {
    const bare = page({ article: { publishedText: null, publishedAt: null, source: null, sourceName: null, edition: null } });
    expect(renderPage(bare, { layout: "single-newline" }).split("\n").slice(1, 3)).toEqual(["Review of Rodong Sinmun", "Date:"]);
  });

  it("writes the original's address as a bare Date: line field", () => {
    const withLink = page({ article: { originalUrl: "http://www.kcna.kp/en/article/q/abc.kcmsf" } });
    expect(renderPage(withLink, { layout: "single-newline" })).toContain("\nDate: 27/05/2024 | Source: KCNA.kp (En) | http://www.kcna.kp/en/article/q/abc.kcmsf\n");
    expect(parsePage(renderPage(withLink)).article.originalUrl).toBe("http://www.kcna.kp/en/article/q/abc.kcmsf");
  });

  it("heads related items with the article's source when the page names no related source, else with KCNA", () => {
    expect(renderPage(page({ relatedSource: null }), { layout: "single-newline" })).toContain("\nMore From KCNA.kp (En)\nNew houses built\n");
    const unnamed = page({ relatedSource: null, article: { source: null, sourceName: null, edition: null } });
    expect(renderPage(unnamed, { layout: "single-newline" })).toContain("\nMore From KCNA\nNew houses built\n");
  });

  it("does not change the page it renders", () => {
    const frozen = deepFreeze(page());
    const before = JSON.stringify(frozen);
    expect(() => renderPage(frozen)).not.toThrow(); // a write to a frozen object throws in a module
    expect(JSON.stringify(frozen)).toBe(before);
  });

  it("rejects an unknown layout", () => {
    expect(() => renderPage(page(), { layout: "triple" as never })).toThrow();
  });

  it("gives the output shown in its documentation", () => {
    const parsed = parsePage("Review\nDate: 27/05/2024 | Source: KCNA.kp (En)\nPyongyang, May 27 (KCNA) -- Text. -0-\nMore Articles");
    expect(renderPage(parsed, { layout: "single-newline" })).toBe(
      "KCNA KCNA.kp (En)\nReview\nDate: 27/05/2024 | Source: KCNA.kp (En) | Read original version at source\nPyongyang, May 27 (KCNA) -- Text. -0-\nMore Articles",
    );
  });
});
