// Type tests: the public types are what the zod schemas infer, with the shapes users rely on.
import { describe, expectTypeOf, it } from "vitest";
import type * as z from "zod";
import {
  parsePage,
  safeParsePage,
  isPageParseError,
  PageParseError,
  type Article,
  type ArticleSchema,
  type Dateline,
  type IssueCode,
  type ParsedPage,
  type ParsedPageSchema,
  type ParseIssue,
  type ParseIssueSchema,
  type ParseOptions,
  type ParseOptionsSchema,
  type PartialParsedPage,
  type RelatedItem,
  type RelatedItemSchema,
  type RenderOptions,
  type RenderOptionsSchema,
  renderPage,
  type SafeParseResult,
  type Stamp,
} from "../src/index.js";

describe("inferred types", () => {
  it("are the schemas' z.infer", () => {
    expectTypeOf<Article>().toEqualTypeOf<z.infer<typeof ArticleSchema>>();
    expectTypeOf<RelatedItem>().toEqualTypeOf<z.infer<typeof RelatedItemSchema>>();
    expectTypeOf<ParsedPage>().toEqualTypeOf<z.infer<typeof ParsedPageSchema>>();
    expectTypeOf<ParseIssue>().toEqualTypeOf<z.infer<typeof ParseIssueSchema>>();
    expectTypeOf<ParseOptions>().toEqualTypeOf<z.input<typeof ParseOptionsSchema>>();
    expectTypeOf<RenderOptions>().toEqualTypeOf<z.input<typeof RenderOptionsSchema>>();
  });

  it("Article", () => {
    expectTypeOf<Article["id"]>().toEqualTypeOf<string>();
    expectTypeOf<Article["title"]>().toEqualTypeOf<string>();
    expectTypeOf<Article["publishedAt"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Article["publishedText"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Article["source"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Article["paragraphs"]>().toEqualTypeOf<string[]>();
    expectTypeOf<Article["endMark"]>().toEqualTypeOf<boolean>();
    expectTypeOf<Article["dateline"]>().toEqualTypeOf<Dateline | null>();
    expectTypeOf<Article["stamp"]>().toEqualTypeOf<Stamp | null>();
    expectTypeOf<Article["url"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Article["originalUrl"]>().toEqualTypeOf<string | null>();
    expectTypeOf<Dateline>().toEqualTypeOf<{ text: string; place: string; month: number; day: number; agency: string; date: string | null }>();
    expectTypeOf<Stamp>().toEqualTypeOf<{ text: string; site: string | null; date: string | null }>();
  });

  it("RelatedItem", () => {
    expectTypeOf<RelatedItem>().toEqualTypeOf<{ title: string | null; publishedAt: string; excerpt: string; truncated: boolean; url: string | null }>();
  });

  it("ParsedPage", () => {
    expectTypeOf<ParsedPage["format"]>().toEqualTypeOf<"text" | "markdown" | "html">();
    expectTypeOf<ParsedPage["capturedAt"]>().toEqualTypeOf<string | null>();
    expectTypeOf<ParsedPage["article"]>().toEqualTypeOf<Article>();
    expectTypeOf<ParsedPage["relatedSource"]>().toEqualTypeOf<string | null>();
    expectTypeOf<ParsedPage["related"]>().toEqualTypeOf<RelatedItem[]>();
    expectTypeOf<ParsedPage["truncated"]>().toEqualTypeOf<boolean>();
    expectTypeOf<ParsedPage["warnings"]>().toEqualTypeOf<ParseIssue[]>();
    // what a failed parse recovers may lack the title and id
    expectTypeOf<PartialParsedPage["article"]["title"]>().toEqualTypeOf<string | null>();
    expectTypeOf<PartialParsedPage["article"]["id"]>().toEqualTypeOf<string | null>();
  });

  it("ParseIssue", () => {
    expectTypeOf<ParseIssue["code"]>().toEqualTypeOf<IssueCode>();
    expectTypeOf<"missing_title">().toExtend<IssueCode>();
    expectTypeOf<"not_a_code">().not.toExtend<IssueCode>();
    expectTypeOf<ParseIssue["severity"]>().toEqualTypeOf<"error" | "warning">();
    expectTypeOf<ParseIssue["line"]>().toEqualTypeOf<number>();
    expectTypeOf<ParseIssue["column"]>().toEqualTypeOf<number>();
    expectTypeOf<ParseIssue["excerpt"]>().toEqualTypeOf<string>();
    expectTypeOf<ParseIssue["message"]>().toEqualTypeOf<string>();
    expectTypeOf<ParseIssue["byteOffset"]>().toEqualTypeOf<number | undefined>();
  });

  it("ParseOptions: every option optional", () => {
    expectTypeOf<Record<never, never>>().toExtend<ParseOptions>();
    expectTypeOf<ParseOptions["strict"]>().toEqualTypeOf<boolean | undefined>();
    expectTypeOf<ParseOptions["maxRelatedItems"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ParseOptions["maxWarnings"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<ParseOptions["url"]>().toEqualTypeOf<string | null | undefined>();
  });

  it("PageParseError carries a non-empty issues tuple", () => {
    expectTypeOf<PageParseError["issues"]>().toEqualTypeOf<[ParseIssue, ...ParseIssue[]]>();
    expectTypeOf<PageParseError["issues"][0]>().toEqualTypeOf<ParseIssue>();
    expectTypeOf<PageParseError["partial"]>().toEqualTypeOf<PartialParsedPage | undefined>();
    expectTypeOf<PageParseError>().toExtend<Error>();
  });

  it("functions", () => {
    expectTypeOf(renderPage).parameters.toEqualTypeOf<[page: ParsedPage, options?: RenderOptions]>();
    expectTypeOf(renderPage).returns.toEqualTypeOf<string>();
    expectTypeOf(parsePage).parameters.toEqualTypeOf<[input: string | Uint8Array, options?: ParseOptions]>();
    expectTypeOf(parsePage).returns.toEqualTypeOf<ParsedPage>();
    expectTypeOf(safeParsePage).returns.toEqualTypeOf<SafeParseResult>();
    expectTypeOf(isPageParseError).guards.toEqualTypeOf<PageParseError>();
    const r = safeParsePage("");
    if (r.success) expectTypeOf(r.data).toEqualTypeOf<ParsedPage>();
    else expectTypeOf(r.error).toEqualTypeOf<PageParseError>();
  });
});
