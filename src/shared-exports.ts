// Every export both entries share: schemas, errors, options, field readers and renderPage.
// The entries add their own parsePage and safeParsePage (and the main entry detectFormat).
export { PageParseError, isPageParseError } from "./error.js";
export {
  ParseOptionsSchema,
  DEFAULT_MAX_INPUT_BYTES,
  DEFAULT_MAX_LINE_LENGTH,
  DEFAULT_MAX_RELATED_ITEMS,
  DEFAULT_MAX_WARNINGS,
  type ParseOptions,
} from "./options.js";
export { ISSUE_CODES, IssueCodeSchema, ParseIssueSchema, type IssueCode, type ParseIssue } from "./schema/issue.js";
export {
  ArticleSchema,
  PartialArticleSchema,
  DatelineSchema,
  StampSchema,
  type Article,
  type PartialArticle,
  type Dateline,
  type Stamp,
} from "./schema/article.js";
export { RelatedItemSchema, type RelatedItem } from "./schema/related.js";
export {
  ParsedPageSchema,
  PartialParsedPageSchema,
  PageFormatSchema,
  type ParsedPage,
  type PartialParsedPage,
  type PageFormat,
} from "./schema/page.js";
export { parseDayFirstDate, parseLongDate, parseCaptureLine, type CaptureLine } from "./fields/dates.js";
export { parseDateline } from "./fields/dateline.js";
export { parseStamp } from "./fields/stamp.js";
export { jucheToGregorianYear, gregorianToJucheYear, jucheDateToIso } from "./fields/juche.js";
export { parseSourceLabel, type SourceLabel } from "./fields/source-label.js";
export { articleId } from "./fields/article-id.js";
export { isExcerptTruncated, EXCERPT_CUT_LENGTH } from "./fields/excerpt.js";
export { parseItemUrl, type ItemUrl } from "./fields/item-url.js";
export { parsedPageJsonSchema } from "./schema/json-schema.js";
export { renderPage, RenderOptionsSchema, type RenderOptions } from "./render.js";
