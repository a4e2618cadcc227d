import type { SourceLine } from "./front-ends/lines.js";
import { issue, type WarningSink } from "./issues.js";

/**
 * Resolves a link target against the page address and keeps it only when it is an
 * absolute http(s) URL; anything else (`javascript:`, `data:`, unparsable) is
 * dropped with an `unsafe_url` warning. A `|`, which the URL standard leaves as it
 * is but RFC 3986 does not allow, is percent-encoded: it separates the fields of a
 * `Date:` line, where an address may stand.
 */
export function resolveHref(
  href: string | null,
  base: string | null,
  at: SourceLine,
  warnings: WarningSink,
): string | null {
  if (href === null) return null;
  const trimmed = href.trim();
  if (trimmed.length === 0) return null;
  let url: URL;
  try {
    url = base === null ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    warnings.push(issue("unsafe_url", "warning", at, `Expected an absolute http(s) link, found "${trimmed}", which cannot be resolved.`, trimmed));
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    warnings.push(issue("unsafe_url", "warning", at, `Expected an http(s) link, found a ${url.protocol} link.`, trimmed));
    return null;
  }
  return url.href.replaceAll("|", "%7C");
}
