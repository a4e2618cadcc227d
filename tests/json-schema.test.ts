// The JSON Schema of ParsedPage, checked with an independent validator (ajv): it
// accepts what the parser returns and rejects what ParsedPageSchema rejects.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { ParsedPageSchema, parsedPageJsonSchema, safeParsePage, type ParseOptions, type ParsedPage } from "../src/index.js";

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
const validate = ajv.compile(parsedPageJsonSchema());
const fixtures = join(import.meta.dirname, "fixtures");
const sample = readFileSync(join(fixtures, "complete-sample", "input.txt"), "utf8");

/** Every golden fixture's input and options (the layout tests/fixtures.test.ts reads), whatever the input format. */
function fixtureCases(): { name: string; input: string | Uint8Array; options: ParseOptions | undefined }[] {
  return readdirSync(fixtures, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map(({ name }) => {
      const dir = join(fixtures, name);
      // input.bin holds bytes; input.<anything else> (txt, md, html, ...) holds text
      const file = readdirSync(dir).find((f) => f.startsWith("input."));
      if (file === undefined) throw new Error(`fixture ${name} has no input file`);
      const input = file === "input.bin" ? new Uint8Array(readFileSync(join(dir, file))) : readFileSync(join(dir, file), "utf8");
      const optionsFile = join(dir, "options.json");
      const options = existsSync(optionsFile) ? (JSON.parse(readFileSync(optionsFile, "utf8")) as ParseOptions) : undefined;
      return { name, input, options };
    });
}

function parsed(input: string): ParsedPage {
  const r = safeParsePage(input);
  if (!r.success) throw r.error;
  return JSON.parse(JSON.stringify(r.data)) as ParsedPage;
}

const accepts = (value: unknown) => {
  const ok = validate(value);
  return { ok, errors: ajv.errorsText(validate.errors) };
};

describe("parsedPageJsonSchema", () => {
  it("is a draft 2020-12 document titled ParsedPage that ajv compiles in strict mode", () => {
    const schema = parsedPageJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.title).toBe("ParsedPage");
    expect(schema.required).toEqual(Object.keys(ParsedPageSchema.shape));
    expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
  });

  it("returns a new object each time", () => {
    const a = parsedPageJsonSchema();
    a.title = "changed";
    expect(parsedPageJsonSchema().title).toBe("ParsedPage");
  });

  it("accepts the sample's ParsedPage", () => {
    expect(accepts(parsed(sample))).toEqual({ ok: true, errors: "No errors" });
  });

  it("accepts the output for every fixture that parses", () => {
    let checked = 0;
    for (const { name, input, options } of fixtureCases()) {
      const r = safeParsePage(input, options);
      if (!r.success) continue;
      expect(accepts(JSON.parse(JSON.stringify(r.data))), name).toEqual({ ok: true, errors: "No errors" });
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  // The parser's output never carries unknown keys; zod strips them on parse,
  // the JSON Schema describes the output and so closes every object.
  it("rejects unknown keys at any level", () => {
    const page = parsed(sample) as ParsedPage & Record<string, unknown>;
    page.extra = 1;
    (page.article as Record<string, unknown>).extra = 1;
    expect(validate(page)).toBe(false);
    expect(validate.errors!.map((e) => [e.instancePath, e.keyword])).toEqual([
      ["", "additionalProperties"],
      ["/article", "additionalProperties"],
    ]);
  });

  // Each change breaks one rule of ParsedPageSchema; the JSON Schema must agree.
  const breakers: [string, (p: ParsedPage & Record<string, unknown>) => void, string][] = [
    ["an impossible date", (p) => void (p.article.publishedAt = "2024-02-30"), "/article/publishedAt"],
    ["a date with a time", (p) => void (p.capturedAt = "2026-01-20T00:00:00Z"), "/capturedAt"],
    ["an empty title", (p) => void (p.article.title = ""), "/article/title"],
    ["no paragraphs", (p) => void (p.article.paragraphs = []), "/article/paragraphs"],
    ["an unknown format", (p) => void (p.format = "pdf" as ParsedPage["format"]), "/format"],
    ["a missing field", (p) => void delete (p as Partial<ParsedPage>).truncated, ""],
    ["a related item without excerpt", (p) => void (p.related[0]!.excerpt = ""), "/related/0/excerpt"],
    ["a relative related URL", (p) => void (p.related[0]!.url = "/newstream/1"), "/related/0/url"],
    ["an id that is not 16 hex digits", (p) => void (p.article.id = "XYZ"), "/article/id"],
    ["an unknown issue code", (p) => void p.warnings.push({ code: "nope", severity: "warning", message: "m", line: 1, column: 1, excerpt: "" } as never), "/warnings/0/code"],
  ];
  for (const [what, change, path] of breakers) {
    it(`rejects ${what}, as ParsedPageSchema does`, () => {
      const page = parsed(sample) as ParsedPage & Record<string, unknown>;
      change(page);
      expect(ParsedPageSchema.safeParse(page).success).toBe(false);
      expect(validate(page)).toBe(false);
      expect(validate.errors!.map((e) => e.instancePath)).toContain(path);
    });
  }
});
