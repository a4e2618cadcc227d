// Runs the checks of ../shared/tools/score-samples.mjs against src/ on the real cut
// dumps in ../shared/samples/real/, and requires every sample to be fully correct.
// That folder sits beside the repository, not in it: without it the suite is skipped,
// visibly, never passed silently.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { safeParsePage, type SafeParseResult } from "../src/index.js";

const samplesDir = resolve(import.meta.dirname, "../../shared/samples/real");
const goldDir = ["gold", "expected"].map((d) => join(samplesDir, d)).find((d) => existsSync(d));

interface Gold {
  file: string;
  expect: "ok" | "error";
  title?: string;
  publishedAt?: string | null;
  source?: string | null;
  capturedAt?: string | null;
  firstParagraph?: string;
  paragraphs?: string[];
  cut?: boolean;
  datelineFirst?: { place: string; month: number; day: number; agency: string };
  stampDate?: string | null;
  relatedSource?: string | null;
  related: { title: string | null; publishedAt: string; excerpt: string }[];
}

/** The names of the checks a sample fails, as score-samples.mjs counts them. */
function missedChecks(g: Gold, r: SafeParseResult): string[] {
  const miss: string[] = [];
  const check = (name: string, ok: boolean) => {
    if (!ok) miss.push(name);
  };
  if (g.expect === "error") {
    const first = r.success ? undefined : r.error.issues[0];
    check("rejects-headless", !r.success && typeof first?.line === "number" && typeof first.code === "string");
    return miss;
  }
  if (!r.success) return ["accepts-page"];
  const p = r.data;
  const a = p.article;
  check("title", a.title === g.title);
  check("publishedAt", a.publishedAt === g.publishedAt);
  if (g.source === "(En)") check("source", [null, "", "(En)"].includes(a.source));
  else check("source", a.source === g.source);
  check("capturedAt", p.capturedAt === g.capturedAt);
  const paras = a.paragraphs;
  if (g.firstParagraph) {
    check("firstParagraph", paras[0] === g.firstParagraph || (g.cut === true && paras.length === 1 && g.firstParagraph.startsWith(paras[0] ?? "\u0000")));
  }
  if (g.paragraphs) check("paragraphs", JSON.stringify(paras) === JSON.stringify(g.paragraphs));
  const noise = new Set(["Share Button", "NK News is hiring", "Get North Korea headlines delivered to your inbox daily"]);
  check("no-noise-in-body", !paras.some((x) => noise.has(x.trim()) || x.startsWith("More From ") || x.startsWith("www.kcna.kp (")));
  if (g.datelineFirst) {
    const d = a.dateline;
    const e = g.datelineFirst;
    check("dateline", d?.place === e.place && d.month === e.month && d.day === e.day && d.agency === e.agency);
  }
  if (g.stampDate) check("stampDate", a.stamp?.date === g.stampDate);
  if (g.relatedSource) check("relatedSource", p.relatedSource === g.relatedSource);
  g.related.forEach((it, i) => {
    const x = p.related[i];
    check(`relatedItem[${i}]`, x !== undefined && x.title === it.title && x.publishedAt === it.publishedAt && x.excerpt === it.excerpt);
  });
  return miss;
}

if (goldDir === undefined) {
  describe.skip(`real samples: ${samplesDir} is absent, so the real-dump checks are skipped`, () => {
    it.skip("needs ../shared/samples/real with its expected/ folder", () => {});
  });
} else {
  const golds = readdirSync(goldDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(goldDir, f), "utf8")) as Gold);

  describe("real samples (../shared/samples/real)", () => {
    it("has samples to check", () => {
      expect(golds.length).toBeGreaterThan(0);
    });
    for (const g of golds) {
      it(`${g.file} is fully correct`, () => {
        const text = readFileSync(join(samplesDir, g.file), "utf8");
        expect(missedChecks(g, safeParsePage(text))).toEqual([]);
      });
    }
  });
}
