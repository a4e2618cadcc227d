// The extractors a user would pick instead, run on the HTML renderings of the corpus.
// Loaded only in child processes (peer-child.ts): loading jsdom into a process slows
// other code in it (schema validation ran about twice as slow), so the main run stays clean.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { collapse, type Extracted } from "./fields.js";

/** One extractor: a name with pinned versions, and how to run it on one page. */
export interface Extractor {
  name: string;
  versions: string;
  extract: (html: string, url: string) => Extracted | null;
}

const require = createRequire(import.meta.url);

/** The installed version of a package (they are pinned in package.json). */
export function versionOf(pkg: string): string {
  const entry = require.resolve(pkg);
  const at = entry.lastIndexOf(`node_modules/${pkg}/`);
  const root = entry.slice(0, at + `node_modules/${pkg}/`.length);
  return (JSON.parse(readFileSync(`${root}package.json`, "utf8")) as { version: string }).version;
}

/** The paragraphs of an extractor's content HTML: the text of each block element. */
function paragraphsOf(contentHtml: string): string[] {
  const { document } = parseHTML(`<!DOCTYPE html><html><body>${contentHtml}</body></html>`);
  return Array.from(document.querySelectorAll("p, li, h2, h3, h4, blockquote") as Iterable<{ textContent: string | null }>, (el) => collapse(el.textContent ?? "")).filter((t) => t.length > 0);
}

/** An ISO date from an extractor's date text (`2024-08-01T06:00:00+00:00` and the like). */
function isoDay(text: string | null | undefined): string | null {
  if (typeof text !== "string") return null;
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(text.trim());
  return m === null ? null : m[1]!;
}

interface ReadabilityArticle {
  title?: string | null | undefined;
  content?: string | null | undefined;
  byline?: string | null | undefined;
  siteName?: string | null | undefined;
  publishedTime?: string | null | undefined;
}

function fromReadability(article: ReadabilityArticle | null): Extracted | null {
  if (article === null) return null;
  return {
    title: article.title ?? null,
    publishedAt: isoDay(article.publishedTime),
    source: [article.siteName ?? null, article.byline ?? null],
    paragraphs: paragraphsOf(article.content ?? ""),
    related: null,
  };
}

// The DOM libraries' types describe browser documents; the extractors take any of them.
type AnyDocument = ConstructorParameters<typeof Readability>[0];

/** The peers' names, in report order. */
export const PEERS = ["Readability + linkedom", "Readability + jsdom", "Defuddle + linkedom"] as const;

/** Loads one peer (each pinned in package.json); jsdom and Defuddle only when asked for. */
export async function extractor(name: (typeof PEERS)[number]): Promise<Extractor> {
  switch (name) {
    case "Readability + linkedom":
      return {
        name,
        versions: `@mozilla/readability ${versionOf("@mozilla/readability")}, linkedom ${versionOf("linkedom")}`,
        extract: (html) => fromReadability(new Readability(parseHTML(html).document as unknown as AnyDocument).parse()),
      };
    case "Readability + jsdom": {
      const { JSDOM } = await import("jsdom");
      return {
        name,
        versions: `@mozilla/readability ${versionOf("@mozilla/readability")}, jsdom ${versionOf("jsdom")}`,
        extract: (html, url) => {
          const dom = new JSDOM(html, { url });
          const result = fromReadability(new Readability(dom.window.document as unknown as AnyDocument).parse());
          dom.window.close();
          return result;
        },
      };
    }
    case "Defuddle + linkedom": {
      const { DefuddleClass } = await import("defuddle/node");
      return {
        name,
        versions: `defuddle ${versionOf("defuddle")}, linkedom ${versionOf("linkedom")}`,
        extract: (html, url) => {
          const r = new DefuddleClass(parseHTML(html).document as unknown as AnyDocument, { url }).parse();
          return { title: r.title, publishedAt: isoDay(r.published), source: [r.site, r.author], paragraphs: paragraphsOf(r.content), related: null };
        },
      };
    }
  }
}
