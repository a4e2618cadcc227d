// Locks the package's runtime exports: an intentional API change updates this list.
import { expect, it } from "vitest";
import * as api from "../src/index.js";

it("exports exactly these runtime names", () => {
  expect(Object.keys(api).sort()).toEqual([
    "ArticleSchema",
    "DEFAULT_MAX_INPUT_BYTES",
    "DEFAULT_MAX_LINE_LENGTH",
    "DEFAULT_MAX_RELATED_ITEMS",
    "DEFAULT_MAX_WARNINGS",
    "DatelineSchema",
    "EXCERPT_CUT_LENGTH",
    "ISSUE_CODES",
    "IssueCodeSchema",
    "PageFormatSchema",
    "PageParseError",
    "ParseIssueSchema",
    "ParseOptionsSchema",
    "ParsedPageSchema",
    "PartialArticleSchema",
    "PartialParsedPageSchema",
    "RelatedItemSchema",
    "RenderOptionsSchema",
    "StampSchema",
    "articleId",
    "detectFormat",
    "gregorianToJucheYear",
    "isExcerptTruncated",
    "isPageParseError",
    "jucheDateToIso",
    "jucheToGregorianYear",
    "parseCaptureLine",
    "parseDateline",
    "parseDayFirstDate",
    "parseItemUrl",
    "parseLongDate",
    "parsePage",
    "parseSourceLabel",
    "parseStamp",
    "parsedPageJsonSchema",
    "renderPage",
    "safeParsePage",
  ]);
});

it("exports functions and schemas of the expected kinds", () => {
  for (const name of ["parsePage", "safeParsePage", "isPageParseError", "articleId", "parseDayFirstDate", "parseStamp"] as const) {
    expect(typeof api[name], name).toBe("function");
  }
  for (const name of ["ArticleSchema", "RelatedItemSchema", "ParsedPageSchema", "ParseIssueSchema", "ParseOptionsSchema"] as const) {
    expect(typeof api[name].safeParse, name).toBe("function");
  }
});
