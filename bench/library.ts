// Loads the library as shipped (the built dist/), finds which input formats it reads,
// and loads the HTML tokenizer it uses, for the tokenize-only baseline.
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { ParseOptions, ParsedPage, SafeParseResult } from "../src/index.js";
import type { Extracted } from "./fields.js";
import type { PageModel } from "./corpus.js";
import { renderHtml } from "./render-html.js";
import { renderMarkdown } from "./render-markdown.js";

/** The part of the public API the benchmarks use. */
export interface Library {
  safeParsePage: (input: string | Uint8Array, options?: ParseOptions) => SafeParseResult;
  PageFormatSchema: { options: readonly string[] };
  detectFormat?: (input: string | Uint8Array) => string;
}

/** Loads the built library (`dist/index.js` unless another build is named). */
export async function loadLibrary(root: string, entry?: string): Promise<{ lib: Library; path: string; version: string }> {
  const path = resolve(root, entry ?? "dist/index.js");
  if (!existsSync(path)) throw new Error(`no build at ${path}: run npm run build first`);
  const lib = (await import(pathToFileURL(path).href)) as Library;
  const version = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
  return { lib, path, version };
}

/** Whether the library reads a format: its schema lists it and a forced parse of a rendered page reports it. */
export function formatStatus(lib: Library, format: "markdown" | "html", probe: PageModel): { available: boolean; why: string } {
  if (!lib.PageFormatSchema.options.includes(format)) return { available: false, why: `PageFormatSchema.options has no "${format}"` };
  const input = format === "html" ? renderHtml(probe) : renderMarkdown(probe);
  const result = lib.safeParsePage(input, { format } as ParseOptions);
  if (!result.success) return { available: false, why: `parsing a ${format} page fails (${result.error.issues[0].code})` };
  if (result.data.format !== format) return { available: false, why: `a ${format} page is read as "${result.data.format}" (no ${format} front end yet)` };
  return { available: true, why: typeof lib.detectFormat === "function" ? "front end and detectFormat present" : "front end present" };
}

/** What our parser returned, in the terms the field checks use. */
export function fromParsedPage(page: ParsedPage): Extracted {
  const a = page.article;
  return {
    title: a.title,
    publishedAt: a.publishedAt,
    source: [a.source],
    paragraphs: a.paragraphs,
    related: page.related.map((r) => [r.title, r.publishedAt, r.excerpt]),
  };
}

/** A tokenize-only pass over one HTML string. */
export type Tokenize = (html: string) => void;

interface TokenizerModule {
  Tokenizer: new (options: Record<string, unknown>, callbacks: Record<string, (...args: unknown[]) => void>) => { write(chunk: string): void; end(): void };
}

// Every callback name htmlparser2's Tokenizer has called across versions 8-12.
const CALLBACKS = [
  "onattribdata", "onattribentity", "onattribend", "onattribname", "oncdata", "onclosetag", "oncomment",
  "ondeclaration", "onend", "onopentagend", "onopentagname", "onprocessinginstruction", "onselfclosingtag",
  "ontext", "ontextentity",
];

/** htmlparser2's Tokenizer with callbacks that do nothing, resolved from the project root as the library resolves it; null when absent. */
export async function loadTokenizer(): Promise<{ tokenize: Tokenize; version: string } | null> {
  const name = "htmlparser2"; // a variable: the package is the library's to depend on, not the benchmark's
  let mod: TokenizerModule;
  let version: string;
  try {
    const entry = fileURLToPath(import.meta.resolve(name));
    const dir = entry.slice(0, entry.lastIndexOf(`node_modules/${name}/`) + `node_modules/${name}/`.length);
    version = (JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as { version: string }).version;
    mod = (await import(name)) as TokenizerModule;
  } catch {
    return null;
  }
  const noop = (): void => {};
  const callbacks = Object.fromEntries(CALLBACKS.map((cb) => [cb, noop]));
  return {
    version,
    tokenize: (html) => {
      const t = new mod.Tokenizer({ decodeEntities: true }, callbacks);
      t.write(html);
      t.end();
    },
  };
}
