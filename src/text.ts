/**
 * The text-only entry, `kcnawatch-parser/text`: the main entry's API with
 * `parsePage` and `safeParsePage` reading the visible-text format only, so bundles
 * built from it carry neither the markdown nor the HTML front end (nor htmlparser2).
 *
 * @packageDocumentation
 * @module kcnawatch-parser/text
 */
export { parsePage, safeParsePage, type SafeParseResult } from "./parse-text.js";
export * from "./shared-exports.js";
