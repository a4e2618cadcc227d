// Output stays proportional to input (README, Security): the URL fields total at most
// 8 characters per input character plus 4,096, however often a link is repeated by
// reference, resolved against a long page address, or spread over many lines; past
// that, links lose their targets with one output_too_large warning. The bound on all
// strings of a result is checked on every fuzzed input (helpers/invariants.ts).
import { describe, expect, it } from "vitest";
import { parsePage, safeParsePage, type ParsedPage } from "../src/index.js";
import { assertOutputBound, URL_BOUND, urlChars } from "./helpers/invariants.js";
import { LINK_SHAPES } from "./helpers/link-shapes.js";

const urlBound = (input: string) => URL_BOUND.perInputChar * input.length + URL_BOUND.allowance;
const codes = (page: ParsedPage) => page.warnings.map((w) => w.code);

/**
 * A markdown page whose `items` related items all link, by reference, to one absolute
 * target of `targetLength` characters (resolved as written), with `pad` characters of
 * body text; no page address, so the related links are its only URL fields.
 */
function referencePage(items: number, targetLength: number, pad: number): { input: string; target: string } {
  const target = `https://kcnawatch.org/${"a".repeat(targetLength - 22)}`;
  const item = "[Title][r]\n\nTitle\n\nExcerpt.\n\nJanuary 16, 2026\n\nExcerpt.\n\n";
  const input = `# Review\n\nDate: 27/05/2024 | Source: KCNA.kp (En)\n\nPyongyang, May 27 (KCNA) -- Text${"x".repeat(pad)}. -0-\n\n` +
    `More From KCNA.kp (En)\n\n${item.repeat(items)}More Articles\n\n[r]: ${target}\n`;
  return { input, target };
}

describe("URL fields: at most 8 per input character, plus 4,096", () => {
  // With m items of one target of length L, the URL fields hold m·L characters and the
  // input n0 + L (n0: all but the target), so m·L = 8·(n0 + L) + 4096 puts them at the
  // bound: L = (8·n0 + 4096) / (m − 8). The body text is padded to make that whole.
  const m = 40;
  const n0Of = (pad: number) => {
    const { input, target } = referencePage(m, 30, pad);
    return input.length - target.length;
  };
  const pad = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31].find((p) => (8 * n0Of(p) + 4096) % (m - 8) === 0)!;
  const limit = (8 * n0Of(pad) + 4096) / (m - 8);

  it("keeps every link at the bound exactly", () => {
    const { input, target } = referencePage(m, limit, pad);
    const page = parsePage(input);
    expect(page.related).toHaveLength(m);
    expect(page.related.every((r) => r.url === target)).toBe(true);
    expect(urlChars(page)).toBe(urlBound(input));
    expect(codes(page)).not.toContain("output_too_large");
  });

  it("drops the target of the link that would pass it, and of every later one, with one warning at the first", () => {
    const { input, target } = referencePage(m, limit + 1, pad);
    // m·(L + 1) = bound + m − 8: the last link no longer fits
    const page = parsePage(input);
    expect(page.related.map((r) => r.url)).toEqual([...Array<string>(m - 1).fill(target), null]);
    const lastItem = input.split("\n").lastIndexOf("[Title][r]") + 1;
    expect(page.warnings.filter((w) => w.code === "output_too_large").map(({ line, column, message }) => ({ line, column, message }))).toEqual([
      {
        line: lastItem,
        column: 2, // where the line's text starts: "Title", after the bracket
        message: `Expected link targets of at most ${urlBound(input)} characters in all (8 per input character, plus 4096), found more; 1 link from here on lose their targets.`,
      },
    ]);
    expect(urlChars(page)).toBeLessThanOrEqual(urlBound(input));
  });

  it("bounds a reference definition used by 500 related items", () => {
    const { input } = referencePage(500, 100_000, 0);
    const page = parsePage(input);
    expect(page.related).toHaveLength(500);
    expect(urlChars(page)).toBeLessThanOrEqual(urlBound(input));
    // the 100,000-character target fits about 10 times in 8 × 131,000 + 4,096
    expect(page.related.filter((r) => r.url !== null)).toHaveLength(Math.floor(urlBound(input) / 100_000));
    expect(codes(page).filter((c) => c === "output_too_large")).toHaveLength(1);
  });

  it("charges each copy of a link around many lines of HTML", () => {
    const target = `https://kcnawatch.org/${"a".repeat(50_000)}`;
    const item = "<p>Title</p><p>Title</p><p>Excerpt.</p><p>January 16, 2026</p><p>Excerpt.</p>";
    const input = `<!doctype html><html><body><main><h1>Review</h1><p>Date: 27/05/2024 | Source: KCNA.kp (En)</p><p>Pyongyang, May 27 (KCNA) -- Text. -0-</p>` +
      `<h2>More From KCNA.kp (En)</h2><a href="${target}">${item.repeat(300)}</a><p>More Articles</p></main></body></html>`;
    const page = parsePage(input);
    expect(page.related).toHaveLength(300);
    expect(urlChars(page)).toBeLessThanOrEqual(urlBound(input));
    expect(page.related[0]!.url).toBe(target);
    expect(page.related[299]!.url).toBeNull();
    expect(codes(page)).toContain("output_too_large");
  });

  it("charges the page address into every relative link resolved against it", () => {
    const address = `https://kcnawatch.org/${"p/".repeat(20_000)}`;
    const item = "[Title](x)\n\nTitle\n\nExcerpt.\n\nJanuary 16, 2026\n\nExcerpt.\n\n";
    const input = `Title: Review\n\nURL Source: ${address}\n\nMarkdown Content:\n# Review\n\nDate: 27/05/2024 | Source: KCNA.kp (En)\n\n` +
      `Pyongyang, May 27 (KCNA) -- Text. -0-\n\nMore From KCNA.kp (En)\n\n${item.repeat(500)}More Articles\n`;
    const page = parsePage(input);
    expect(page.article.url).toBe(address);
    expect(page.related[0]!.url).toBe(`${address}x`);
    expect(page.related[499]!.url).toBeNull();
    expect(urlChars(page)).toBeLessThanOrEqual(urlBound(input));
  });

  it("drops a page address longer than the bound on its own, with the warning where the input gives it", () => {
    const tiny = "Review\n\nDate: 27/05/2024\n\nText. -0-\n\nMore Articles";
    const long = `https://kcnawatch.org/newstream/1716800553-350978545/${"a".repeat(urlBound(tiny))}`;
    const page = parsePage(tiny, { url: long });
    expect([page.article.url, page.article.itemId]).toEqual([null, null]);
    expect(page.warnings.map(({ code, line, column }) => ({ code, line, column }))).toEqual([{ code: "output_too_large", line: 1, column: 1 }]);
    // 100,000 CJK characters percent-encode to 900,000: over 8 × the input
    const cjk = `Title: Review\n\nURL Source: https://kcnawatch.org/${"平".repeat(100_000)}\n\nMarkdown Content:\n${tiny}`;
    const fromHeader = parsePage(cjk);
    expect(fromHeader.article.url).toBeNull();
    expect(fromHeader.warnings.map(({ code, line, column }) => ({ code, line, column }))).toEqual([{ code: "output_too_large", line: 3, column: 1 }]);
  });
});

describe("all strings of a result", () => {
  it("stay within the bound on every link-heavy shape", () => {
    for (const shape of LINK_SHAPES) {
      const input = shape.make(64 * 1024);
      assertOutputBound(safeParsePage(input, { format: shape.format }), input.length);
    }
  });

  it("quote at most an excerpt of a long unsafe target, however often it is used", () => {
    const item = "[Title][r]\n\nTitle\n\nExcerpt.\n\nJanuary 16, 2026\n\nExcerpt.\n\n";
    const input = `# Review\n\nDate: 27/05/2024 | Source: KCNA.kp (En)\n\nPyongyang, May 27 (KCNA) -- Text. -0-\n\nMore From KCNA.kp (En)\n\n` +
      `${item.repeat(200)}More Articles\n\n[r]: javascript:${"a".repeat(100_000)}\n`;
    const page = parsePage(input, { maxWarnings: 10_000 });
    const unsafe = page.warnings.filter((w) => w.code === "unsafe_url");
    expect(unsafe).toHaveLength(200);
    expect(Math.max(...unsafe.map((w) => w.message.length))).toBeLessThanOrEqual(200);
    assertOutputBound({ success: true, data: page }, input.length);
    const unresolvable = parsePage(input.replace("javascript:", "http://exa mple.org/"), { maxWarnings: 10_000 });
    expect(Math.max(...unresolvable.warnings.filter((w) => w.code === "unsafe_url").map((w) => w.message.length))).toBeLessThanOrEqual(200);
  });
});
