/**
 * A set of lines that rejects a line by its length before looking it up: a lookup
 * hashes the whole string, and almost no line of a dump has a member's length.
 */
class LineSet extends Set<string> {
  readonly #lengths: Uint8Array;

  constructor(members: readonly string[]) {
    super(members);
    this.#lengths = new Uint8Array(Math.max(...members.map((m) => m.length)) + 1);
    for (const m of members) this.#lengths[m.length] = 1;
  }

  override has(text: string): boolean {
    return this.#lengths[text.length] === 1 && super.has(text);
  }
}

/**
 * Lines of page furniture (site chrome, not article text), matched whole.
 * Kept as data so that a newly seen line is a one-line change.
 */
export const FURNITURE_LINES: ReadonlySet<string> = new LineSet([
  "Share Button",
  "NK News is hiring",
  "Get North Korea headlines delivered to your inbox daily",
  "Subscribe to the NK News 'Daily Update' and get links to must-read stories each morning",
  "Subscribe to the NK News ‘Daily Update’ and get links to must-read stories each morning",
]);

/** Furniture lines that close a page, as the `More Articles` footer does. */
export const CLOSING_FURNITURE: ReadonlySet<string> = new LineSet([
  "Get North Korea headlines delivered to your inbox daily",
  "Subscribe to the NK News 'Daily Update' and get links to must-read stories each morning",
  "Subscribe to the NK News ‘Daily Update’ and get links to must-read stories each morning",
]);

/** The footer that ends a complete page. */
export const PAGE_FOOTER = "More Articles";

/** The heading that opens the related list: `More From <source>`. */
export const RELATED_HEADING_PREFIX = "More From ";
