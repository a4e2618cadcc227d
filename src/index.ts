export { parsePage, safeParsePage, type SafeParseResult } from "./parse.js";
export { detectFormat } from "./detect.js";
export * from "./shared-exports.js";
