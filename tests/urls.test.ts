import { describe, expect, it } from "vitest";
import { parsePage, safeParsePage } from "../src/index.js";

const ITEM = "https://kcnawatch.org/newstream/1716800553-350978545/review-of-rodong-sinmun/";

function markdown(urlSource: string | null, original: string, related: string): string {
  const header = urlSource === null ? "" : `Title: Review\n\nURL Source: ${urlSource}\n\nMarkdown Content:\n`;
  return `${header}Review\n\nDate: 27/05/2024 | Source: KCNA.kp (En) | [Read original version at source](${original})\n\n` +
    `Pyongyang, May 27 (KCNA) -- Text. -0-\n\nMore From KCNA.kp (En)\n\n[Item](${related})\n\n[Item](${related})\n\n` +
    "An excerpt.\n\nDecember 14, 2025\n\nAn excerpt.\n\nMore Articles";
}

function html(canonical: string | null, original: string, related: string): string {
  const link = canonical === null ? "" : `<link rel="canonical" href="${canonical}">`;
  return `<!doctype html><html><head>${link}</head><body><main><h1>Review</h1>` +
    `<p>Date: 27/05/2024 | Source: KCNA.kp (En) | <a href="${original}">Read original version at source</a></p>` +
    `<p>Pyongyang, May 27 (KCNA) -- Text. -0-</p><h2>More From KCNA.kp (En)</h2><a href="${related}">Item</a><h3>Item</h3>` +
    "<p>An excerpt.</p><time>December 14, 2025</time><p>An excerpt.</p><a>More Articles</a></main></body></html>";
}

describe.each([
  ["markdown", markdown],
  ["html", html],
] as const)("link targets in %s", (format, render) => {
  it("resolves relative links against the page address, and reads itemId and addedAt from it", () => {
    const page = parsePage(render(ITEM, "//www.kcna.kp/en/article/q/1.kcmsd", "../../1765688404-845117931/inaugural/"));
    expect(page.format).toBe(format);
    expect(page.article.url).toBe(ITEM);
    expect(page.article.originalUrl).toBe("https://www.kcna.kp/en/article/q/1.kcmsd");
    expect(page.related[0]!.url).toBe("https://kcnawatch.org/newstream/1765688404-845117931/inaugural/");
    expect([page.article.itemId, page.article.addedAt]).toEqual(["1716800553-350978545", "2024-05-27T09:02:33Z"]);
    expect(page.warnings).toEqual([]);
  });

  it("drops javascript: and other non-http(s) targets with a positioned unsafe_url warning", () => {
    const page = parsePage(render(ITEM, "javascript:alert(1)", "data:text/html,x"));
    expect(page.article.originalUrl).toBeNull();
    expect(page.related[0]!.url).toBeNull();
    const unsafe = page.warnings.filter((w) => w.code === "unsafe_url");
    expect(unsafe.map((w) => w.excerpt)).toEqual(["javascript:alert(1)", "data:text/html,x"]);
    expect(unsafe[0]!.line).toBeGreaterThan(0);
  });

  it("cannot resolve a relative link without a page address: dropped with a warning", () => {
    const page = parsePage(render(null, "/original", "/newstream/1-2/x/"));
    expect([page.article.url, page.article.originalUrl, page.related[0]!.url]).toEqual([null, null, null]);
    expect(page.warnings.map((w) => w.code)).toEqual(["unsafe_url", "unsafe_url"]);
  });

  it("lets options.url stand for the page address", () => {
    const other = "https://mirror.example/newstream/1600324462-560644639/x";
    const page = parsePage(render(ITEM, "/original", "/newstream/1-2/x/"), { url: other });
    expect(page.article.url).toBe(other);
    expect(page.article.originalUrl).toBe("https://mirror.example/original");
    expect(page.article.itemId).toBe("1600324462-560644639");
  });
});

describe("an item address past year 9999", () => {
  const FAR = "https://kcnawatch.org/newstream/999999999999-350978545/review/";
  const warningOf = (page: ReturnType<typeof parsePage>) => page.warnings.filter((w) => w.code === "invalid_date").map(({ line, column, message }) => ({ line, column, message }));
  const message = "Expected the item address's Unix seconds to fall in a four-digit year, found 999999999999 (after 9999-12-31); addedAt is null.";

  it.each([
    ["markdown: at the URL Source line", markdown(FAR, "/o", "/r"), { line: 3, column: 1 }],
    ["html: at the canonical link", html(FAR, "/o", "/r"), { line: 1, column: 28 }],
    ["html: at the og:url meta tag", `<html><head>\n  <meta property="og:url" content="${FAR}"></head>${html(null, "/o", "/r").slice(html(null, "/o", "/r").indexOf("<body>"))}`, { line: 2, column: 3 }],
  ])("keeps the item id, gives addedAt null, and warns: %s", (_, input, at) => {
    const page = parsePage(input);
    expect([page.article.url, page.article.itemId, page.article.addedAt]).toEqual([FAR, "999999999999-350978545", null]);
    expect(warningOf(page)).toEqual([{ ...at, message }]);
  });

  it("warns at the start of the input when the address is options.url", () => {
    const page = parsePage("Review\n\nDate: 27/05/2024\n\nText. -0-\n\nMore Articles", { url: FAR });
    expect([page.article.itemId, page.article.addedAt]).toEqual(["999999999999-350978545", null]);
    expect(warningOf(page)).toEqual([{ line: 1, column: 1, message }]);
  });

  it("is no warning at the last second of year 9999", () => {
    const page = parsePage("Review\n\nDate: 27/05/2024\n\nText. -0-\n\nMore Articles", { url: "https://kcnawatch.org/newstream/253402300799-1/x/" });
    expect([page.article.addedAt, page.warnings]).toEqual(["9999-12-31T23:59:59Z", []]);
  });
});

describe("page address of a text dump", () => {
  it("comes from options.url only", () => {
    const dump = "Review\n\nDate: 27/05/2024 | Source: KCNA.kp (En) | Read original version at source\n\nPyongyang, May 27 (KCNA) -- Text. -0-\n\nMore Articles";
    expect(parsePage(dump).article.url).toBeNull();
    const page = parsePage(dump, { url: ITEM });
    expect([page.article.url, page.article.itemId, page.article.originalUrl]).toEqual([ITEM, "1716800553-350978545", null]);
  });

  it("rejects a non-http(s) options.url as an invalid option", () => {
    const r = safeParsePage("Review", { url: "javascript:alert(1)" });
    expect(r.success ? null : r.error.issues[0].code).toBe("invalid_option");
  });
});

describe("limits through every front end", () => {
  const items = Array.from({ length: 3 }, (_, i) => `[Item ${i}](/n/${i}/)\n\nExcerpt ${i}.\n\nDecember 14, 2025\n\nExcerpt ${i}.\n\n`).join("");
  const md = `# Review\n\nDate: 27/05/2024\n\nText.\n\nMore From KCNA.kp (En)\n\n${items}More Articles`;

  it("maxRelatedItems", () => {
    const page = parsePage(md, { maxRelatedItems: 2 });
    expect(page.related.map((r) => r.title)).toEqual(["Item 0", "Item 1"]);
    expect(page.warnings.map((w) => w.code)).toContain("too_many_related_items");
  });

  it("maxInputBytes counts the raw markdown or HTML", () => {
    const r = safeParsePage(`<main>${PADDING}<p>Review</p></main>`, { maxInputBytes: 1000 });
    expect(r.success ? null : r.error.issues[0].code).toBe("input_too_large");
  });
});

const PADDING = `<script>${"x".repeat(2000)}</script>`;
