/**
 * What the HTML front end knows about elements, as data: which ones a browser lays
 * out as blocks (a line break before and after), which have no end tag, which never
 * show text, and which keep their white space.
 */

const set = (names: string): ReadonlySet<string> => new Set(names.split(" "));

/** Elements without content or end tag. */
export const VOID_ELEMENTS = set("area base basefont bgsound br col embed frame hr img input keygen link meta param source track wbr");

/** Elements whose box is a block (or table part, list item): their text stands on its own lines. */
export const BLOCK_ELEMENTS = set(
  "address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure " +
    "footer form frameset h1 h2 h3 h4 h5 h6 header hgroup hr html legend li listing main menu nav ol optgroup option p " +
    "plaintext pre search section summary table tbody tfoot thead tr ul xmp",
);

/**
 * Elements whose content is never part of the visible text: metadata, scripts and
 * styles, inert templates, embedded content whose fallback a browser does not show,
 * and form controls whose value is not text of the page.
 */
export const HIDDEN_ELEMENTS = set(
  "head title script style noscript template svg math iframe object embed canvas audio video select datalist textarea noembed noframes",
);

/** Elements whose white space and line breaks show as written. */
export const PRE_ELEMENTS = set("pre listing xmp plaintext");

/** Table cells: a tab separates a cell from the one before it on its row. */
export const CELL_ELEMENTS = set("td th");

/** Content a `<head>` may hold; any other start tag ends an unclosed head, as in a browser. */
export const HEAD_CONTENT = set("base basefont bgsound link meta noscript script style template title");

/** Sectioning elements: a `<header>` or `<footer>` inside one belongs to it, not to the page. */
export const SECTIONING_ELEMENTS = set("article aside main nav section");

/** ARIA roles of page navigation and chrome landmarks, dropped with their content. */
export const CHROME_ROLES = set("navigation search banner contentinfo");

/** Attributes the front end reads; others are skipped unread. */
export const READ_ATTRIBUTES = set("href rel property name content role style hidden open");
