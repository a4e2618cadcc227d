/** Stateless, so one serves every call. */
const UTF8 = new TextEncoder();

/**
 * Computes an article's stable identifier: 16 hex digits of the 64-bit FNV-1a hash
 * of the title (white space collapsed, NFC), the date as printed on the `Date:`
 * line, and the source label (lower-cased), over their UTF-8 bytes. These are what
 * every capture of an article shares: captures on other days differ only in the
 * capture line and the related list, and a cut capture may lack the end of the body.
 *
 * @param title - the article's title
 * @param publishedText - the date as printed on the `Date:` line, or null
 * @param source - the source label as printed, or null
 * @returns 16 lower-case hex digits
 * @example
 * ```ts
 * import { articleId } from "kcnawatch-parser";
 * articleId("Press Review", "09/09/2024", "KCNA.kp (En)") === articleId("Press Review", "09/09/2024", "KCNA.kp (EN)"); // true
 * ```
 */
export function articleId(title: string, publishedText: string | null, source: string | null): string {
  const key = `${title.normalize("NFC").split(/\s+/u).join(" ").trim()}\u001f${publishedText ?? ""}\u001f${(source ?? "").toLowerCase()}`;
  return fnv1a64(UTF8.encode(key));
}

/** 64-bit FNV-1a over bytes, in four 16-bit limbs so that it needs neither BigInt nor a library. */
export function fnv1a64(bytes: Uint8Array): string {
  // offset basis 0xcbf29ce484222325, low limb first
  let h0 = 0x2325;
  let h1 = 0x8422;
  let h2 = 0x9ce4;
  let h3 = 0xcbf2;
  for (let i = 0; i < bytes.length; i++) {
    h0 ^= bytes[i]!;
    // multiply by the prime 0x100000001b3 = 2^40 + 0x1b3, modulo 2^64
    const t0 = h0 * 0x1b3;
    const t1 = h1 * 0x1b3 + (t0 >>> 16);
    const t2 = h2 * 0x1b3 + (h0 << 8) + (t1 >>> 16);
    const t3 = h3 * 0x1b3 + (h1 << 8) + (t2 >>> 16);
    h0 = t0 & 0xffff;
    h1 = t1 & 0xffff;
    h2 = t2 & 0xffff;
    h3 = t3 & 0xffff;
  }
  return hex4(h3) + hex4(h2) + hex4(h1) + hex4(h0);
}

function hex4(n: number): string {
  return n.toString(16).padStart(4, "0");
}
