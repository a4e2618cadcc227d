import { describe, expect, it } from "vitest";
import { parseItemUrl } from "../../src/index.js";

describe("parseItemUrl", () => {
  it("reads the item id and when the item entered the site", () => {
    // 1716800553 s after the Unix epoch is 2024-05-27 09:02:33 UTC
    expect(parseItemUrl("https://kcnawatch.org/newstream/1716800553-350978545/review-of-rodong-sinmun/")).toEqual({
      itemId: "1716800553-350978545",
      addedAt: "2024-05-27T09:02:33Z",
    });
  });
  it("accepts any host, and addresses without a slug or trailing slash", () => {
    expect(parseItemUrl("https://mirror.example/newstream/1600324462-560644639")?.itemId).toBe("1600324462-560644639");
    expect(parseItemUrl("http://kcnawatch.org/newstream/1656543662-533870794/wheat")?.addedAt).toBe("2022-06-29T23:01:02Z");
  });
  it("keeps the id but gives no addedAt for seconds past the end of year 9999", () => {
    // 253402300799 s is 9999-12-31 23:59:59 UTC, the last second a four-digit ISO year can write
    expect(parseItemUrl("https://kcnawatch.org/newstream/253402300799-1/x/")).toEqual({ itemId: "253402300799-1", addedAt: "9999-12-31T23:59:59Z" });
    expect(parseItemUrl("https://kcnawatch.org/newstream/253402300800-1/x/")).toEqual({ itemId: "253402300800-1", addedAt: null });
    expect(parseItemUrl("https://kcnawatch.org/newstream/999999999999-1/x/")).toEqual({ itemId: "999999999999-1", addedAt: null });
    expect(parseItemUrl("https://kcnawatch.org/newstream/0-1/x/")).toEqual({ itemId: "0-1", addedAt: "1970-01-01T00:00:00Z" });
  });

  it("is null for other addresses", () => {
    for (const url of [
      "https://kcnawatch.org/",
      "https://kcnawatch.org/newstream/",
      "https://kcnawatch.org/newstream/1716800553/slug/",
      "https://kcnawatch.org/newstream/-350978545/slug/",
      "https://kcnawatch.org/newstream/1716800553-/slug/",
      "https://kcnawatch.org/newstream/17168005x3-350978545/slug/",
      "https://kcnawatch.org/newstream/1716800553-35097a545/slug/",
      "https://kcnawatch.org/newstream/1716800553000000-350978545/",
      `https://kcnawatch.org/newstream/1716800553-${"9".repeat(21)}/`,
      "https://kcnawatch.org/korea-now/1716800553-350978545/",
    ]) {
      expect(parseItemUrl(url), url).toBeNull();
    }
  });
});
