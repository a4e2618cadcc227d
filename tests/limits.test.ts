// Limits: maxInputBytes, maxLineLength, maxRelatedItems and maxWarnings, each at 0, 1,
// limit-1, limit and limit+1, through every input format that has a renderer below.
// Over a limit there is a typed error or the documented warning, never a crash.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_MAX_INPUT_BYTES,
  DEFAULT_MAX_LINE_LENGTH,
  DEFAULT_MAX_RELATED_ITEMS,
  DEFAULT_MAX_WARNINGS,
  ISSUE_CODES,
  PageFormatSchema,
  renderPage,
  safeParsePage,
  type PageFormat,
  type ParsedPage,
  type ParseOptions,
  type SafeParseResult,
} from "../src/index.js";
import { adversarialCases } from "./helpers/adversarial.js";
import { checkInvariants } from "./helpers/invariants.js";
import { renderPage as renderMarkup } from "./helpers/render-page.js";

/** How each input format writes a page, and where it puts lines of stray text at the end. */
interface FormatWriter {
  render: (page: ParsedPage) => string;
  /** The rendered page with these lines of text after its footer. */
  withTrailingLines: (rendered: string, lines: readonly string[]) => string;
}

/** One writer per format; a format without one is listed as to do. */
const WRITERS: Partial<Record<PageFormat, FormatWriter>> = {
  text: { render: (page) => renderPage(page), withTrailingLines: (r, lines) => [r, ...lines].join("\n") },
  markdown: { render: (page) => renderMarkup(page).markdown, withTrailingLines: (r, lines) => [r, ...lines].join("\n\n") },
  html: {
    render: (page) => renderMarkup(page).html,
    // inside <main>, after the footer link: chrome outside it is not page text
    withTrailingLines: (r, lines) => r.replace("</section>\n</main>", `${lines.map((l) => `<p>${l}</p>`).join("\n")}</section>\n</main>`),
  },
};

/** 0, 1, limit-1, limit, limit+1: the sizes each limit is tested at. */
function around(limit: number): number[] {
  return [...new Set([0, 1, limit - 1, limit, limit + 1])].filter((n) => n >= 0).sort((a, b) => a - b);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

function related(count: number): ParsedPage["related"] {
  return Array.from({ length: count }, (_, i) => ({
    title: `Item number ${i + 1} of the list`,
    publishedAt: "2026-01-18",
    excerpt: `The excerpt of item ${i + 1}, cut by the site at about a hundred and thirty characters as it always is for`,
    truncated: true,
    url: null,
  }));
}

/** Longest padding paragraph of a page padded to a size: well under maxLineLength. */
const CHUNK = 50_000;

/**
 * A page with Korean text (bytes and characters differ), `items` related items, one
 * paragraph `Padding <letters>.` of exactly `line` characters (at least 9) when given,
 * and `padding` more letters spread over paragraphs of at most 50,000.
 */
function page({ padding = 0, line, items = 2 }: { padding?: number; line?: number; items?: number } = {}): ParsedPage {
  const paragraphs = ["인민들의 행복은 날로 커가고있다."];
  if (line !== undefined) paragraphs.push(`Padding ${"a".repeat(line - 9)}.`);
  for (let left = padding; left > 0; left -= CHUNK) paragraphs.push(`Padding ${"a".repeat(Math.min(left, CHUNK))}.`);
  return {
    format: "text",
    capturedAt: "2026-01-20",
    article: {
      id: "0123456789abcdef",
      title: "인민의 행복을 위한 길에서",
      publishedAt: "2025-01-23",
      publishedText: "23/01/2025",
      source: "Naenara (Kr)",
      sourceName: "Naenara",
      edition: "Kr",
      paragraphs,
      endMark: false,
      dateline: null,
      stamp: null,
      url: null,
      originalUrl: null,
      itemId: null,
      addedAt: null,
    },
    relatedSource: "Naenara (Kr)",
    related: related(items),
    publishedTime: null,
    truncated: false,
    warnings: [],
  };
}

/** An input of exactly `bytes` UTF-8 bytes: a padded page when one fits, else ASCII letters. */
function inputOfSize(writer: FormatWriter, bytes: number): { input: string; isPage: boolean } {
  const size = (padding: number) => utf8(writer.render(page({ padding }))).length;
  const base = size(0);
  if (bytes < base + 20) return { input: "x".repeat(bytes), isPage: false };
  // each padding paragraph adds its own markup: solve for the letters, render once
  const markup = size(CHUNK) - base - CHUNK;
  const chunks = Math.ceil((bytes - base) / (CHUNK + markup));
  const padding = bytes - base - chunks * markup;
  const input = writer.render(page({ padding }));
  expect(utf8(input).length, "a page of the size asked for").toBe(bytes);
  return { input, isPage: true };
}

/** Related items without their links, which only markdown and HTML carry. */
function withoutLinks(items: ParsedPage["related"]) {
  return items.map((item) => ({ title: item.title, publishedAt: item.publishedAt, excerpt: item.excerpt, truncated: item.truncated }));
}

function codes(result: SafeParseResult): string[] {
  return result.success ? result.data.warnings.map((w) => w.code) : result.error.issues.map((i) => i.code);
}

for (const format of PageFormatSchema.options) {
  const writer = WRITERS[format];
  describe(`limits through the ${format} front end`, () => {
    if (writer === undefined) {
      it.todo(`${format}: add a writer to WRITERS in tests/limits.test.ts`);
      return;
    }
    const parse = (input: string | Uint8Array, options: ParseOptions): SafeParseResult => checkInvariants(input, { ...options, format });

    for (const limit of [0, 1, 2_000]) {
      it(`maxInputBytes ${limit}: inputs of ${around(limit).join(", ")} bytes, as text and as bytes`, () => {
        for (const size of around(limit)) {
          const { input, isPage } = inputOfSize(writer, size);
          for (const given of [input, utf8(input)]) {
            const result = parse(given, { maxInputBytes: limit });
            if (size > limit) expect(codes(result), `${size} bytes`).toEqual(["input_too_large"]);
            else if (size === 0) expect(codes(result)).toEqual(["empty_input"]);
            else if (isPage) expect(result.success, `${size} bytes`).toBe(true);
            else expect(codes(result)).not.toContain("input_too_large");
          }
        }
      }, 60_000);
    }

    it(`maxInputBytes by default (${DEFAULT_MAX_INPUT_BYTES}): that many bytes pass the size check, one more does not`, () => {
      // one run each, the largest inputs of the suite; a whole page that size is read
      // through the text front end only (rendering 16 MiB of markup costs seconds)
      const limit = DEFAULT_MAX_INPUT_BYTES;
      const input = format === "text" ? inputOfSize(writer, limit).input : "x".repeat(limit);
      const atLimit = safeParsePage(utf8(input), { format });
      if (format === "text") expect(atLimit.success).toBe(true);
      else expect(codes(atLimit)).not.toContain("input_too_large");
      expect(codes(safeParsePage(`${input} `, { format }))).toEqual(["input_too_large"]);
      expect(codes(safeParsePage(utf8(`${input} `), { format }))).toEqual(["input_too_large"]);
    }, 60_000);

    for (const limit of [0, 1, 200, DEFAULT_MAX_LINE_LENGTH]) {
      it(`maxLineLength ${limit}: a longest line of ${around(limit).join(", ")} characters`, () => {
        // "Padding " and "." around the letters: 9 characters
        for (const length of around(limit).filter((n) => n >= 9)) {
          const result = parse(writer.render(page({ line: length })), { maxLineLength: limit });
          // every other visible line is under 200 characters, and over 1
          if (length > limit || limit < 200) {
            expect(codes(result), `${length} characters`).toEqual(["line_too_long"]);
          } else {
            expect(result.success, `${length} characters`).toBe(true);
          }
        }
        if (limit < 9) expect(codes(parse(writer.render(page()), { maxLineLength: limit }))).toEqual(["line_too_long"]);
      }, 60_000);
    }

    for (const limit of [0, 1, 5, DEFAULT_MAX_RELATED_ITEMS]) {
      it(`maxRelatedItems ${limit}: pages of ${around(limit).join(", ")} related items`, () => {
        for (const count of around(limit)) {
          const result = parse(writer.render(page({ items: count })), { maxRelatedItems: limit });
          if (!result.success) expect.fail(result.error.message);
          expect(withoutLinks(result.data.related), `${count} items`).toEqual(withoutLinks(related(Math.min(count, limit))));
          expect(result.data.warnings.filter((w) => w.code === "too_many_related_items").length, `${count} items`).toBe(count > limit ? 1 : 0);
          if (count > limit) expect(codes(parse(writer.render(page({ items: count })), { maxRelatedItems: limit, strict: true }))).toContain("too_many_related_items");
        }
      }, 60_000);
    }

    it("maxWarnings 0, 1, 5 and the default: warnings found 0, 1, limit-1, limit and limit+1", () => {
      const clean = parse(writer.render(page()), {});
      if (!clean.success) expect.fail(clean.error.message);
      const baseline = clean.data.warnings.length;
      for (const limit of [0, 1, 5, DEFAULT_MAX_WARNINGS]) {
        for (const found of around(limit).filter((n) => n >= baseline)) {
          const lines = Array.from({ length: found - baseline }, (_, i) => `Stray line ${i + 1}`);
          const result = parse(writer.withTrailingLines(writer.render(page()), lines), { maxWarnings: limit });
          if (!result.success) expect.fail(result.error.message);
          const kept = result.data.warnings.filter((w) => w.code !== "too_many_warnings");
          expect(kept.length, `${found} warnings, limit ${limit}`).toBe(Math.min(found, limit));
          expect(result.data.warnings.length - kept.length, `${found} warnings, limit ${limit}`).toBe(found > limit ? 1 : 0);
        }
      }
    }, 60_000);
  });
}

describe("what maxLineLength measures", () => {
  it("is the visible line, without the white space at its edges", () => {
    const dump = `Title\nDate: 27/05/2024\n${" ".repeat(500)}Text.\t\t\nMore Articles`;
    expect(checkInvariants(dump, { maxLineLength: 20 }).success).toBe(true);
    expect(codes(checkInvariants(dump, { maxLineLength: 4 }))).toEqual(["line_too_long"]);
  });
  it("bounds each line, not a paragraph rejoined from several", () => {
    const line = "the text of a paragraph split over lines".padEnd(100, "x");
    const result = checkInvariants(`Title\nDate: 27/05/2024\nStart\n${line}\n${line}\nMore Articles`, { maxLineLength: 100 });
    if (!result.success) expect.fail(result.error.message);
    expect(result.data.article.paragraphs[0]!.length).toBe(5 + 1 + 100 + 1 + 100);
  });
  it("positions line_too_long at the long line", () => {
    const result = checkInvariants(`Title\nDate: 27/05/2024\n\n  ${"a".repeat(101)}\nMore Articles`, { maxLineLength: 100 });
    expect(result.success ? null : result.error.issues[0]).toMatchObject({ code: "line_too_long", line: 4, column: 3 });
  });
});

describe("adversarial inputs (sizes scaled down; timed in the benchmarks)", () => {
  for (const { name, input, benign } of adversarialCases(1 / 20)) {
    it(`${name}: a typed result, and the benign page of the same size parses`, () => {
      const result = checkInvariants(input);
      if (!result.success) expect(ISSUE_CODES).toContain(result.error.issues[0].code);
      expect(checkInvariants(benign).success).toBe(true);
    }, 60_000);
  }
});
