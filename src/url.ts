import type { SourceLine } from "./front-ends/lines.js";
import { excerptOf, issue, type WarningSink } from "./issues.js";

/** A link target resolved by {@link resolveUrl}: the absolute http(s) URL, or why there is none. */
export type ResolvedUrl =
  | { ok: true; href: string }
  | { ok: false; trimmed: string; protocol: string | null };

/**
 * Resolves a link target against the page address, quietly: the absolute http(s) URL
 * (with `|` percent-encoded), or what kept it from being one (`protocol` null when
 * it cannot be resolved at all). A blank target gives an absolute nothing: `ok`
 * false with an empty `trimmed`.
 */
export function resolveUrl(href: string, base: string | null): ResolvedUrl {
  const trimmed = href.trim();
  if (trimmed.length === 0) return { ok: false, trimmed, protocol: null };
  let url: URL;
  try {
    url = base === null ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return { ok: false, trimmed, protocol: null };
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return { ok: false, trimmed, protocol: url.protocol };
  return { ok: true, href: url.href.replaceAll("|", "%7C") };
}

/**
 * Resolves a link target against the page address and keeps it only when it is an
 * absolute http(s) URL; anything else (`javascript:`, `data:`, unparsable) is
 * dropped with an `unsafe_url` warning. A `|`, which the URL standard leaves as it
 * is but RFC 3986 does not allow, is percent-encoded: it separates the fields of a
 * `Date:` line, where an address may stand. Messages quote at most an excerpt of the
 * target, so a long target used many times does not fill the warnings.
 */
export function resolveHref(
  href: string | null,
  base: string | null,
  at: SourceLine,
  warnings: WarningSink,
): string | null {
  if (href === null) return null;
  const resolved = resolveUrl(href, base);
  if (resolved.ok) return resolved.href;
  const { trimmed, protocol } = resolved;
  if (trimmed.length === 0) return null;
  if (protocol === null) {
    warnings.push(issue("unsafe_url", "warning", at, `Expected an absolute http(s) link, found "${excerptOf(trimmed)}", which cannot be resolved.`, trimmed));
  } else {
    warnings.push(issue("unsafe_url", "warning", at, `Expected an http(s) link, found a ${excerptOf(protocol)} link.`, trimmed));
  }
  return null;
}
