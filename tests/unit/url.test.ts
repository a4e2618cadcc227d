// Link targets: resolved against the page address and kept only as absolute http(s).
import { describe, expect, it } from "vitest";
import type { ParseIssue } from "../../src/index.js";
import { resolveHref } from "../../src/url.js";

const at = { text: "Read original version at source", line: 7, column: 3 };

function resolve(href: string | null, base: string | null = null) {
  const warnings: ParseIssue[] = [];
  return { url: resolveHref(href, base, at, warnings), warnings: warnings.map(({ code, severity, line, column, excerpt }) => ({ code, severity, line, column, excerpt })) };
}

describe("resolveHref", () => {
  it("gives null, silently, for no link or a blank one", () => {
    expect(resolve(null)).toEqual({ url: null, warnings: [] });
    expect(resolve("   ", "https://kcnawatch.org/")).toEqual({ url: null, warnings: [] });
  });

  it("keeps absolute http and https links, normalised and trimmed", () => {
    expect(resolve(" https://KCNAWatch.org/newstream/1-2/title ")).toEqual({ url: "https://kcnawatch.org/newstream/1-2/title", warnings: [] });
    expect(resolve("http://www.kcna.kp/en/article/q/abc.kcmsf")).toEqual({ url: "http://www.kcna.kp/en/article/q/abc.kcmsf", warnings: [] });
  });

  it("resolves relative links against the page address", () => {
    expect(resolve("/newstream/1-2/title", "https://kcnawatch.org/newstream/9-9/other/").url).toBe("https://kcnawatch.org/newstream/1-2/title");
    expect(resolve("../x", "https://kcnawatch.org/a/b/c").url).toBe("https://kcnawatch.org/a/x");
    expect(resolve("//kcnawatch.org/y", "https://kcnawatch.org/").url).toBe("https://kcnawatch.org/y");
  });

  it("drops a relative link with no page address to resolve it against, with a warning", () => {
    expect(resolve("/newstream/1-2/title")).toEqual({
      url: null,
      warnings: [{ code: "unsafe_url", severity: "warning", line: 7, column: 3, excerpt: "/newstream/1-2/title" }],
    });
  });

  it("drops a link that cannot be parsed, with a warning naming it", () => {
    const warnings: ParseIssue[] = [];
    expect(resolveHref("https://exa mple.org:99999/", null, at, warnings)).toBeNull();
    expect(warnings[0]!.message).toBe('Expected an absolute http(s) link, found "https://exa mple.org:99999/", which cannot be resolved.');
  });

  it.each(["javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>", "mailto:a@b.c", "ftp://example.org/x", "file:///etc/passwd"])(
    "drops %s with an unsafe_url warning, also when a base would resolve it",
    (href) => {
      const warnings: ParseIssue[] = [];
      expect(resolveHref(href, "https://kcnawatch.org/", at, warnings)).toBeNull();
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toMatchObject({ code: "unsafe_url", severity: "warning", line: 7, column: 3 });
      expect(warnings[0]!.message).toMatch(/^Expected an http\(s\) link, found a [a-z]+: link\.$/);
    },
  );

  it("adds to the warnings it is given without touching earlier ones", () => {
    const earlier: ParseIssue = { code: "invalid_date", severity: "warning", message: "m", line: 1, column: 1, excerpt: "" };
    const warnings: ParseIssue[] = [earlier];
    resolveHref("javascript:void 0", null, at, warnings);
    expect(warnings.map((w) => w.code)).toEqual(["invalid_date", "unsafe_url"]);
  });
});

describe("resolveHref and the Date: line", () => {
  it("percent-encodes a | so that the address can stand as a Date: line field", () => {
    expect(resolve("/a|b?c=d|e", "https://kcnawatch.org/newstream/")).toEqual({ url: "https://kcnawatch.org/a%7Cb?c=d%7Ce", warnings: [] });
  });
});
