// Parity: for every golden fixture that parses to a page, the page rendered as reader
// markdown and as saved HTML (with site chrome, by tests/helpers/render-page.ts, which
// knows nothing of the parser) must parse to the same article and related items as
// the fixture's own input, apart from the URL fields and `format`; and the URL fields
// must be the links the rendering carries. The folder is read at run time, so
// fixtures added later are covered too.
import { describe, expect, it } from "vitest";
import { detectFormat, safeParsePage, type ParsedPage, type ParseOptions } from "../src/index.js";
import { fixtureNames, readFixtureExpected, readFixtureInput, readFixtureOptions } from "./helpers/fixtures.js";
import { renderPage } from "./helpers/render-page.js";

type Expected = { ok: true; page: ParsedPage } | { ok: false };

/** The fields that must agree across formats: everything but URL fields, `format`, `publishedTime` and warnings. */
function comparable(page: ParsedPage) {
  const article: Partial<ParsedPage["article"]> = { ...page.article };
  for (const key of URL_FIELDS) delete article[key];
  return {
    capturedAt: page.capturedAt,
    article,
    relatedSource: page.relatedSource,
    related: page.related.map((item) => ({ ...item, url: undefined })),
    truncated: page.truncated,
  };
}

const URL_FIELDS = ["url", "originalUrl", "itemId", "addedAt"] as const;

function parseOk(input: string | Uint8Array, options: ParseOptions | undefined): ParsedPage {
  const result = safeParsePage(input, options);
  if (!result.success) expect.fail(`expected a page, got ${result.error.message}`);
  return result.data;
}

const pages = fixtureNames().filter((name) => readFixtureExpected<Expected>(name).ok);

describe("text, markdown and HTML give the same page", () => {
  it("covers at least one fixture", () => {
    expect(pages.length).toBeGreaterThan(0);
  });
  for (const name of pages) {
    it(name, () => {
      const options = readFixtureOptions(name);
      // the renderings carry their own page address and are detected, not forced
      const renderOptions: ParseOptions = { ...options };
      delete renderOptions.url;
      delete renderOptions.format;
      const original = parseOk(readFixtureInput(name), options);
      const expected = readFixtureExpected<{ ok: true; page: ParsedPage }>(name).page;
      const rendering = renderPage(expected);

      expect(detectFormat(rendering.markdown)).toBe("markdown");
      expect(detectFormat(rendering.html)).toBe("html");
      const markdown = parseOk(rendering.markdown, renderOptions);
      const html = parseOk(rendering.html, renderOptions);
      expect(markdown.format).toBe("markdown");
      expect(html.format).toBe("html");
      expect(comparable(markdown)).toEqual(comparable(original));
      expect(comparable(html)).toEqual(comparable(original));

      for (const page of [markdown, html]) {
        expect(page.article.url).toBe(rendering.urls.page);
        expect(page.article.originalUrl).toBe(rendering.urls.original);
        expect(page.related.map((r) => r.url)).toEqual(rendering.urls.related);
      }
    });
  }
});
