// The last line of defence in parse.ts: should the grammar ever build a page that
// breaks ParsedPageSchema, the caller gets schema_violation errors (with the page as
// partial), never an invalid page. The grammar is replaced here by one that does.
import { describe, expect, it, vi } from "vitest";

vi.mock("../../src/grammar/page.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/grammar/page.js")>();
  return {
    ...original,
    readPage: (...args: Parameters<typeof original.readPage>) => {
      const result = original.readPage(...args);
      return { ...result, page: { ...result.page, capturedAt: "2024-02-30", article: { ...result.page.article, title: "" } } };
    },
  };
});

const { safeParsePage } = await import("../../src/index.js");
const DUMP = "Review\n\nDate: 27/05/2024 | Source: KCNA.kp (En)\n\nPyongyang, May 27 (KCNA) -- Text. -0-\n\nMore Articles";

describe("schema check of the result", () => {
  it("reports each violation as schema_violation, naming the field", () => {
    const r = safeParsePage(DUMP);
    if (r.success) throw new Error("expected an error");
    expect(r.error.issues.map((i) => [i.code, i.excerpt]).sort()).toEqual([
      ["schema_violation", "article.title"],
      ["schema_violation", "capturedAt"],
    ]);
    expect(r.error.issues[0].message).toMatch(/^Expected the result to satisfy ParsedPageSchema at "(?:article\.title|capturedAt)": /);
    expect(r.error.partial?.capturedAt).toBe("2024-02-30");
  });

  it("is skipped under validate: false, which trusts the grammar", () => {
    const r = safeParsePage(DUMP, { validate: false });
    expect(r.success && r.data.capturedAt).toBe("2024-02-30");
  });
});
