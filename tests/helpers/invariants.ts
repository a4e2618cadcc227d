// What must hold for every input, however broken: the checks behind the fuzz tests.
import {
  isPageParseError,
  PageParseError,
  ParsedPageSchema,
  ParseIssueSchema,
  PartialParsedPageSchema,
  safeParsePage,
  type ParseIssue,
  type ParseOptions,
  type SafeParseResult,
} from "../../src/index.js";

const FORBIDDEN_KEYS = ["__proto__", "constructor", "prototype"] as const;

/** README, Security: the strings of a result total at most 16 per input character, 320 per issue, plus 8,192. */
export const OUTPUT_BOUND = { perInputChar: 16, perIssue: 320, allowance: 8192 } as const;
/** README, Security: the URL fields total at most 8 per input character, plus 4,096. */
export const URL_BOUND = { perInputChar: 8, allowance: 4096 } as const;

/** Total length of every string in a value (keys not counted). */
export function stringChars(value: unknown): number {
  if (typeof value === "string") return value.length;
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + stringChars(v), 0);
  if (typeof value === "object" && value !== null) return Object.values(value).reduce((n: number, v) => n + stringChars(v), 0);
  return 0;
}

/** Total length of the URL fields of a (partial) page: `article.url`, `originalUrl`, every related item's `url`. */
export function urlChars(page: { article: { url: string | null; originalUrl: string | null }; related: readonly { url: string | null }[] }): number {
  return stringChars([page.article.url, page.article.originalUrl, page.related.map((r) => r.url)]);
}

/** Throws when a result holds more than the output bounds allow for an input of `length` characters. */
export function assertOutputBound(result: SafeParseResult, length: number): void {
  const page = result.success ? result.data : (result.error.partial ?? null);
  const issues = result.success ? result.data.warnings.length : result.error.issues.length + (page?.warnings.length ?? 0);
  const total = result.success ? stringChars(result.data) : stringChars(result.error.issues) + stringChars(page);
  const bound = OUTPUT_BOUND.perInputChar * length + OUTPUT_BOUND.perIssue * issues + OUTPUT_BOUND.allowance;
  if (total > bound) throw new Error(`the result holds ${total} characters of strings, over the bound of ${bound} for ${length} input characters and ${issues} issues`);
  const urls = page === null ? 0 : urlChars(page);
  const urlBound = URL_BOUND.perInputChar * length + URL_BOUND.allowance;
  if (urls > urlBound) throw new Error(`the URL fields hold ${urls} characters, over the bound of ${urlBound} for ${length} input characters`);
}

/** A fingerprint of Object.prototype: its own keys and what each holds. */
export function prototypeFingerprint(): string {
  return Reflect.ownKeys(Object.prototype)
    .map((k) => {
      const d = Object.getOwnPropertyDescriptor(Object.prototype, k)!;
      return `${String(k)}:${typeof d.value}:${typeof d.get}:${String(d.writable)}:${String(d.enumerable)}`;
    })
    .join("|");
}

/** Line lengths (UTF-16 units) of an input as the parser numbers its lines: LF, CRLF and CR end a line. */
export function lineLengths(input: string | Uint8Array): number[] {
  const text = typeof input === "string" ? input : new TextDecoder("utf-8", { ignoreBOM: true }).decode(input);
  const lengths: number[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = i < text.length ? text.charCodeAt(i) : -1;
    if (c === 10 || c === 13 || c === -1) {
      lengths.push(i - start);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  return lengths;
}

function assertInside(issue: ParseIssue, lengths: readonly number[], byteLength: number | null, where: string): void {
  const parsed = ParseIssueSchema.safeParse(issue);
  if (!parsed.success) throw new Error(`${where}: issue fails ParseIssueSchema: ${parsed.error.message}`);
  const length = lengths[issue.line - 1];
  if (length === undefined || issue.column > length + 1) {
    throw new Error(`${where}: ${issue.code} at ${issue.line}:${issue.column} lies outside the input (${lengths.length} lines, that one ${length ?? "missing"} long)`);
  }
  if (issue.byteOffset !== undefined && (byteLength === null || issue.byteOffset >= byteLength)) {
    throw new Error(`${where}: ${issue.code} at byte ${issue.byteOffset} lies outside the input`);
  }
}

/** Throws when any object in `value` has an own `__proto__`, `constructor` or `prototype` key. */
export function assertNoForbiddenKeys(value: unknown, path = "result"): void {
  if (typeof value !== "object" || value === null) return;
  for (const key of FORBIDDEN_KEYS) {
    if (Object.hasOwn(value, key)) throw new Error(`${path} has an own "${key}" key`);
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== Array.prototype && !(value instanceof Error)) {
    throw new Error(`${path} has an unexpected prototype`);
  }
  for (const [k, v] of Object.entries(value)) assertNoForbiddenKeys(v, `${path}.${k}`);
}

/** The result reduced to plain data, for comparing two runs. */
function snapshot(result: SafeParseResult): string {
  return result.success
    ? JSON.stringify(result.data)
    : JSON.stringify({ message: result.error.message, issues: result.error.issues, partial: result.error.partial ?? null });
}

/**
 * Parses `input` and checks every guarantee of `safeParsePage`: it does not throw; it
 * returns a page that passes `ParsedPageSchema` or a `PageParseError` with a non-empty
 * list of valid issues (and a partial page that passes `PartialParsedPageSchema`);
 * every issue lies inside the input (a column at most one past its line's end); a
 * second run gives the same result (unless `repeat` is false); the strings of the result stay within the output
 * bounds (`assertOutputBound`); the input bytes are unchanged; no output object
 * has an own `__proto__`, `constructor` or `prototype` key; Object.prototype is as it
 * was. Returns the result for further checks.
 */
export function checkInvariants(input: string | Uint8Array, options?: ParseOptions, { repeat = true }: { repeat?: boolean } = {}): SafeParseResult {
  const before = prototypeFingerprint();
  const bytesBefore = typeof input === "string" ? null : input.slice();
  let result: SafeParseResult;
  try {
    result = safeParsePage(input, options);
  } catch (e) {
    throw new Error(`safeParsePage threw: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
  }
  const lengths = lineLengths(input);
  const byteLength = typeof input === "string" ? null : input.length;
  if (result.success) {
    const checked = ParsedPageSchema.safeParse(result.data);
    if (!checked.success) throw new Error(`page fails ParsedPageSchema: ${checked.error.message}`);
    for (const w of result.data.warnings) assertInside(w, lengths, byteLength, "warning");
    assertNoForbiddenKeys(result.data);
  } else {
    const { error } = result;
    if (!(error instanceof PageParseError) || !isPageParseError(error)) throw new Error("error is not a PageParseError");
    if (error.issues.length === 0) throw new Error("PageParseError without issues");
    for (const i of error.issues) assertInside(i, lengths, byteLength, "error issue");
    if (error.partial !== undefined) {
      const checked = PartialParsedPageSchema.safeParse(error.partial);
      if (!checked.success) throw new Error(`partial fails PartialParsedPageSchema: ${checked.error.message}`);
      for (const w of error.partial.warnings) assertInside(w, lengths, byteLength, "partial warning");
    }
    assertNoForbiddenKeys(error.issues, "error.issues");
    assertNoForbiddenKeys(error.partial, "error.partial");
  }
  assertOutputBound(result, input.length);
  if (repeat && snapshot(safeParsePage(input, options)) !== snapshot(result)) throw new Error("a second run gave another result");
  if (prototypeFingerprint() !== before) throw new Error("Object.prototype changed");
  if (bytesBefore !== null && (bytesBefore.length !== (input as Uint8Array).length || bytesBefore.some((b, i) => b !== (input as Uint8Array)[i]))) {
    throw new Error("the input bytes changed");
  }
  return result;
}
