// The benchmark corpus: deterministic generated pages (seeded), the bundled sample,
// and the real cut dumps in ../shared/samples/real when present. Every generated page
// is a PageModel (what a correct parser must return) rendered as text, markdown and HTML.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as W from "./words.js";
import { renderText } from "./render-text.js";

/** One related item, as a correct parser returns it. */
export interface RelatedModel {
  title: string | null;
  publishedAt: string;
  excerpt: string;
  url: string;
}

/** How blocks are separated in the text dump. */
export type Layout = "blank" | "single" | "triple" | "crlf" | "oneline";

/** A page: the fields a correct parser must return, and how the dump lays them out. */
export interface PageModel {
  name: string;
  layout: Layout;
  capture: "long+short" | "long" | "none";
  capturedAt: string;
  brand: boolean;
  title: string;
  publishedAt: string;
  source: string;
  originalUrl: string | null;
  shareButton: boolean;
  paragraphs: string[];
  endMark: boolean;
  stamp: string | null;
  relatedSource: string | null;
  related: RelatedModel[];
  url: string;
  /** Unix seconds when the item entered the site (the first number of its address). */
  addedAt: number;
}

/** A page of the corpus: its model (when known) and its text dump. */
export interface CorpusPage {
  name: string;
  group: "generated" | "sample" | "real";
  model: PageModel | null;
  text: string;
}

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number): string => (n < 10 ? `0${n}` : `${n}`);
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
const addDays = (isoDate: string, days: number): string => iso(new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * 86_400_000));

/** `January 18, 2026` */
export function longDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return `${W.MONTHS[m - 1]} ${d}, ${y}`;
}

/** `Jan 18, 2026` */
export function shortDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-").map(Number) as [number, number, number];
  return `${W.MONTHS[m - 1]!.slice(0, 3)} ${d}, ${y}`;
}

/** `18/01/2026` */
export function dayFirst(isoDate: string): string {
  const [y, m, d] = isoDate.split("-");
  return `${d}/${m}/${y}`;
}

class Generator {
  constructor(private readonly rand: () => number) {}
  int(lo: number, hi: number): number {
    return lo + Math.floor(this.rand() * (hi - lo + 1));
  }
  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.rand() * list.length)]!;
  }
  chance(p: number): boolean {
    return this.rand() < p;
  }
  sentence(korean: boolean): string {
    if (korean) return this.pick(W.KOREAN_SENTENCES);
    if (this.chance(0.15)) return this.pick(W.CLOSERS);
    return `${this.pick(W.SUBJECTS)} ${this.pick(W.PREDICATES)} ${this.pick(W.TAILS)}.`;
  }
  paragraph(korean: boolean): string {
    const n = this.int(1, 4);
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(this.sentence(korean));
    return parts.join(" ");
  }
  title(korean: boolean): string {
    if (korean) return this.pick(W.KOREAN_TITLES);
    return `${this.pick(W.TITLE_HEADS)} ${this.pick(W.TITLE_TAILS)}`;
  }
}

const bytes = (s: string): number => Buffer.byteLength(s, "utf8");

function stampFor(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return y < 2025 ? `www.kcna.kp (Juche${y - 1911}.${m}.${d}.)` : `www.kcna.kp (${y}.${pad(m)}.${pad(d)}.)`;
}

function slug(title: string): string {
  const ascii = title.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return ascii.length > 0 ? ascii : "item";
}

/** Generates page `index` of the corpus, aiming at `targetBytes` of text dump. */
export function generatePage(index: number, targetBytes: number, seed = 20260120): PageModel {
  const g = new Generator(prng(seed * 1000 + index));
  const kind = g.pick(W.SOURCES);
  const korean = kind.korean;
  const layout: Layout = g.chance(0.05) ? "oneline" : g.pick<Layout>(["blank", "blank", "blank", "single", "triple", "crlf"]);
  const publishedAt = addDays("2017-01-01", g.int(0, 3200));
  const capturedAt = addDays(publishedAt, g.int(0, 400));
  const addedAt = Date.parse(`${publishedAt}T00:00:00Z`) / 1000 + g.int(3600, 40_000) + (g.chance(0.1) ? g.int(1, 400) * 86_400 : 0);
  const title = g.title(korean);
  const url = `https://kcnawatch.org/newstream/${addedAt}-${g.int(100_000_000, 999_999_999)}/${slug(title)}/`;
  const relatedCount = targetBytes < 4000 ? g.int(0, 2) : targetBytes < 8000 ? g.int(3, 8) : 15;
  const related: RelatedModel[] = [];
  for (let i = 0; i < relatedCount; i++) {
    const text = g.paragraph(korean) + " " + g.paragraph(korean);
    related.push({
      title: layout === "single" ? null : g.title(korean),
      publishedAt: addDays(capturedAt, -g.int(0, 6)),
      excerpt: text.slice(0, 130).trimEnd(),
      url: `https://kcnawatch.org/newstream/${addedAt - i * 3600}-${g.int(100_000_000, 999_999_999)}/item-${i}/`,
    });
  }
  const model: PageModel = {
    name: `generated-${String(index).padStart(3, "0")}`,
    layout,
    capture: g.pick(["long+short", "long+short", "long", "none"] as const),
    capturedAt,
    brand: g.chance(0.6),
    title,
    publishedAt,
    source: kind.label,
    originalUrl: g.chance(0.8) ? `http://www.kcna.kp/en/article/q/${(addedAt * 7919).toString(16)}.kcmsf` : null,
    shareButton: g.chance(0.3),
    paragraphs: [],
    endMark: kind.kcna,
    stamp: kind.kcna && layout !== "oneline" ? stampFor(publishedAt) : null,
    relatedSource: relatedCount > 0 || g.chance(0.5) ? kind.label : null,
    related,
    url,
    addedAt,
  };
  const pressReview = kind.kcna && g.chance(0.2);
  const [, m, d] = publishedAt.split("-").map(Number) as [number, number, number];
  const dateline = `${g.pick(W.PLACES)}, ${W.MONTHS[m - 1]} ${d} (KCNA) -- `;
  const paragraphs: string[] = [kind.kcna ? dateline + g.paragraph(false) : g.paragraph(korean)];
  model.paragraphs = paragraphs;
  while (bytes(renderText(model)) < targetBytes) {
    if (pressReview && g.chance(0.25)) paragraphs.push(g.pick(["Rodong Sinmun", "Minju Joson", "Joson Sinbo"]));
    paragraphs.push((pressReview ? "- " : "") + g.paragraph(korean));
  }
  if (layout === "oneline") model.paragraphs = [paragraphs.join(" ")];
  return model;
}

/** Page sizes of the generated corpus: mostly 2-20 KB (log-uniform), a few near 100 KB. */
export function corpusSizes(count: number, seed = 7): number[] {
  const rand = prng(seed);
  const sizes: number[] = [];
  for (let i = 0; i < count; i++) {
    sizes.push(i % 50 === 49 ? 95_000 + Math.floor(rand() * 10_000) : Math.round(2000 * Math.pow(10, rand())));
  }
  return sizes;
}

/** The model of the bundled sample, read from its hand-reviewed golden file. */
export function sampleModel(root: string): CorpusPage {
  const dir = join(root, "tests/fixtures/complete-sample");
  const text = readFileSync(join(dir, "input.txt"), "utf8");
  const golden = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as { page: SamplePage };
  const p = golden.page;
  const addedAt = Date.parse(`${p.article.publishedAt}T06:00:00Z`) / 1000;
  const model: PageModel = {
    name: "complete-sample",
    layout: "blank",
    capture: "long+short",
    capturedAt: p.capturedAt,
    brand: true,
    title: p.article.title,
    publishedAt: p.article.publishedAt,
    source: p.article.source,
    originalUrl: "http://www.pyongyangtimes.com.kp/?bbs=42311",
    shareButton: false,
    paragraphs: p.article.paragraphs,
    endMark: p.article.endMark,
    stamp: p.article.stamp?.text ?? null,
    relatedSource: p.relatedSource,
    related: p.related.map((r, i) => ({ title: r.title, publishedAt: r.publishedAt, excerpt: r.excerpt, url: `https://kcnawatch.org/newstream/${addedAt + i}-5${i}/related-${i}/` })),
    url: `https://kcnawatch.org/newstream/${addedAt}-512345678/historic-journey/`,
    addedAt,
  };
  return { name: model.name, group: "sample", model, text };
}

interface SamplePage {
  capturedAt: string;
  article: { title: string; publishedAt: string; source: string; paragraphs: string[]; endMark: boolean; stamp: { text: string } | null };
  relatedSource: string | null;
  related: { title: string | null; publishedAt: string; excerpt: string }[];
}

/** The real cut dumps, text only (their expected fields are partial). */
export function realDumps(root: string): CorpusPage[] {
  const dir = join(root, "../shared/samples/real");
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ name: `real/${f}`, group: "real" as const, model: null, text: readFileSync(join(dir, f), "utf8") }));
}

/**
 * A flat copy of a string. Strings built by concatenation are ropes in V8, and reading
 * a rope character by character is slower than reading the flat string a file read or a
 * network response gives; the corpus should look like what users parse.
 */
export function flat(s: string): string {
  return Buffer.from(s, "utf8").toString("utf8");
}

/** The whole corpus: `count` generated pages, the sample, and the real dumps. */
export function buildCorpus(root: string, count: number): CorpusPage[] {
  const generated = corpusSizes(count).map((size, i) => {
    const model = generatePage(i, size);
    return { name: model.name, group: "generated" as const, model, text: flat(renderText(model)) };
  });
  return [...generated, sampleModel(root), ...realDumps(root)];
}
