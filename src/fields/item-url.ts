/** A KCNA Watch item address read by {@link parseItemUrl}. */
export interface ItemUrl {
  /** The stable item id: the Unix seconds and the number after them, e.g. `1716800553-350978545`. */
  itemId: string;
  /**
   * When the item entered the site: ISO timestamp (UTC) of the Unix seconds; null when
   * they fall after 9999-12-31T23:59:59Z, which no four-digit ISO year can write.
   */
  addedAt: string | null;
}

const NEWSTREAM = "/newstream/";
/** The last second of year 9999: later seconds have no four-digit ISO year. */
const LAST_SECOND = 253_402_300_799;

/**
 * Reads a KCNA Watch item address, `https://<host>/newstream/<unix-seconds>-<id>/<slug>`
 * (on any host, since mirrors exist): the pair of numbers is a stable item id, and the
 * first is when the item entered the site. Seconds past the end of year 9999 (up to 12
 * digits are read) keep the id but give `addedAt` null: an ISO date has four-digit years.
 *
 * @param url - an absolute address
 * @returns the item id and the time it was added, or null when the address is not an item address
 * @example
 * ```ts
 * import { parseItemUrl } from "kcnawatch-parser";
 * parseItemUrl("https://kcnawatch.org/newstream/1716800553-350978545/review-of-rodong-sinmun/");
 * // { itemId: "1716800553-350978545", addedAt: "2024-05-27T09:02:33Z" }
 * parseItemUrl("https://kcnawatch.org/newstream/999999999999-1/");
 * // { itemId: "999999999999-1", addedAt: null } (the year 33658)
 * ```
 */
export function parseItemUrl(url: string): ItemUrl | null {
  const at = url.indexOf(NEWSTREAM);
  if (at === -1) return null;
  const rest = url.slice(at + NEWSTREAM.length);
  const slash = rest.indexOf("/");
  const pair = slash === -1 ? rest : rest.slice(0, slash);
  const dash = pair.indexOf("-");
  const seconds = pair.slice(0, dash);
  const id = pair.slice(dash + 1);
  if (dash < 1 || seconds.length > 12 || id.length === 0 || id.length > 20 || !/^\d+$/.test(seconds) || !/^\d+$/.test(id)) return null;
  const time = Number(seconds);
  const addedAt = time > LAST_SECOND ? null : new Date(time * 1000).toISOString().replace(".000Z", "Z");
  return { itemId: pair, addedAt };
}
