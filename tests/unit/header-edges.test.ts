// Header and page assembly cases that no golden fixture shows: a line between the
// title and the Date: line, an unknown field on the Date: line, and a stamp whose
// day does not exist.
import { describe, expect, it } from "vitest";
import { safeParsePage } from "../../src/index.js";

const BODY = "Pyongyang, May 27 (KCNA) -- Text. -0-\n\nMore Articles";

function result(input: string) {
  const r = safeParsePage(input);
  return r.success
    ? { ok: true as const, page: r.data, codes: r.data.warnings.map((w) => [w.code, w.line, w.column, w.excerpt]) }
    : { ok: false as const, partial: r.error.partial, codes: r.error.issues.map((w) => [w.code, w.line, w.column, w.excerpt]) };
}

describe("header edges", () => {
  it("takes the line right before the Date: line as the title and warns about a line above it", () => {
    const r = result(`Stray line\nReview\nDate: 27/05/2024 | Source: KCNA.kp (En)\n\n${BODY}`);
    expect(r.ok && r.page.article.title).toBe("Review");
    expect(r.codes).toEqual([["unexpected_line", 1, 1, "Stray line"]]);
  });

  it("warns about an unknown field on the Date: line and keeps the known ones", () => {
    const r = result(`Review\nDate: 27/05/2024 | Source: KCNA.kp (En) | Share this\n\n${BODY}`);
    expect(r.ok && [r.page.article.publishedAt, r.page.article.source]).toEqual(["2024-05-27", "KCNA.kp (En)"]);
    expect(r.codes).toEqual([["unexpected_line", 2, 1, "Share this"]]);
  });
});

describe("stamp edges", () => {
  it("keeps a stamp whose day does not exist, without a date, and warns on its line", () => {
    const r = result("Review\nDate: 27/05/2024 | Source: KCNA.kp (En)\n\nPyongyang, May 27 (KCNA) -- Text.\n\nwww.kcna.kp (Juche113.2.30.)\n\nMore Articles");
    expect(r.ok && r.page.article.stamp).toEqual({ text: "www.kcna.kp (Juche113.2.30.)", site: "www.kcna.kp", date: null });
    expect(r.codes).toEqual([["invalid_date", 6, 1, "www.kcna.kp (Juche113.2.30.)"]]);
  });
});
