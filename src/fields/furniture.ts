/**
 * Lines of page furniture (site chrome, not article text), matched whole.
 * Kept as data so that a newly seen line is a one-line change.
 */
export const FURNITURE_LINES: ReadonlySet<string> = new Set([
  "Share Button",
  "NK News is hiring",
  "Get North Korea headlines delivered to your inbox daily",
  "Subscribe to the NK News 'Daily Update' and get links to must-read stories each morning",
  "Subscribe to the NK News ‘Daily Update’ and get links to must-read stories each morning",
]);

/** Furniture lines that close a page, as the `More Articles` footer does. */
export const CLOSING_FURNITURE: ReadonlySet<string> = new Set([
  "Get North Korea headlines delivered to your inbox daily",
  "Subscribe to the NK News 'Daily Update' and get links to must-read stories each morning",
  "Subscribe to the NK News ‘Daily Update’ and get links to must-read stories each morning",
]);

/** The footer that ends a complete page. */
export const PAGE_FOOTER = "More Articles";

/** The heading that opens the related list: `More From <source>`. */
export const RELATED_HEADING_PREFIX = "More From ";
