import { build } from "esbuild";
import { describe, expect, it } from "vitest";
import * as main from "../src/index.js";
import * as text from "../src/text.js";

const DUMP = "Review\n\nDate: 27/05/2024 | Source: KCNA.kp (En)\n\nPyongyang, May 27 (KCNA) -- Text. -0-\n\nMore Articles";

async function bundledInputs(entry: string): Promise<string[]> {
  const result = await build({
    entryPoints: [entry], bundle: true, write: false, format: "esm", platform: "neutral",
    mainFields: ["module", "main"], external: ["zod"], metafile: true, logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

describe("kcnawatch-parser/text", () => {
  it("exports the main entry's API except detectFormat", () => {
    expect(Object.keys(text).sort()).toEqual(Object.keys(main).filter((k) => k !== "detectFormat").sort());
  });

  it("parses text dumps like the main entry", () => {
    expect(text.parsePage(DUMP)).toEqual(main.parsePage(DUMP));
  });

  it("reads every input as text and refuses another forced format", () => {
    const html = "<!doctype html><p>Review</p>";
    const r = text.safeParsePage(html, { format: "html" });
    expect(r.success ? null : [r.error.issues[0].code, r.error.issues[0].excerpt]).toEqual(["invalid_option", "format"]);
    expect(text.safeParsePage(DUMP, { format: "text" }).success).toBe(true);
  });

  it("bundles neither htmlparser2 nor the markdown and HTML front ends; the main entry does", async () => {
    const textInputs = await bundledInputs("src/text.ts");
    expect(textInputs.filter((i) => i.includes("htmlparser2") || i.includes("entities/") || /front-ends\/(?:html|markdown)/u.test(i))).toEqual([]);
    expect(textInputs).toContain("src/front-ends/text.ts");
    const mainInputs = await bundledInputs("src/index.ts");
    expect(mainInputs.some((i) => i.includes("node_modules/htmlparser2/"))).toBe(true);
  });
});
