// Link-heavy inputs an attacker could write by hand (no scraper makes them): markdown
// with very many links, nested or half-written, and HTML with very many <a> elements.
// Each is a function of its size, so that tests run them small (tests/linearity.test.ts)
// and the benchmarks at 4 MB and 8 MB (bench/links.ts). Pure: no Node built-ins.

/** One shape: its name, the format it is read as, and the input of about `bytes` characters. */
export interface LinkShape {
  name: string;
  format: "markdown" | "html";
  make: (bytes: number) => string;
}

/** A reader-markdown page head: header, title, Date: line. */
const MD_HEAD =
  "Title: Review | KCNA Watch\n\nURL Source: https://kcnawatch.org/newstream/1716800553-350978545/review/\n\nMarkdown Content:\n" +
  "Review\n======\n\nDate: 27/05/2024 | Source: KCNA.kp (En)\n\n";
/** The same with one reference definition, for reference links. */
const MD_HEAD_REF = `${MD_HEAD}[r]: https://kcnawatch.org/newstream/1-2/r/\n\n`;
/** A saved HTML page head, up to the first body paragraph. */
const HTML_HEAD = '<!doctype html><html><head><link rel="canonical" href="https://kcnawatch.org/newstream/1716800553-350978545/review/"></head>' +
  "<body><main><h1>Review</h1><p>Date: 27/05/2024 | Source: KCNA.kp (En)</p>\n";

/** `head`, then `unit` repeated to about `bytes` characters in all, then `tail`. */
function fill(head: string, unit: string, bytes: number, tail = ""): string {
  return head + unit.repeat(Math.max(1, Math.ceil((bytes - head.length - tail.length) / unit.length))) + tail;
}

/** `head`, then `open` repeated n times and `close` repeated n times, about `bytes` in all. */
function nest(head: string, open: string, middle: string, close: string, bytes: number): string {
  const n = Math.max(1, Math.floor((bytes - head.length - middle.length) / (open.length + close.length)));
  return head + open.repeat(n) + middle + close.repeat(n);
}

/** The shapes, markdown first. */
export const LINK_SHAPES: readonly LinkShape[] = [
  { name: "markdown: inline links on one line", format: "markdown", make: (b) => fill(MD_HEAD, "[t](u) ", b) },
  { name: "markdown: inline links, one a line", format: "markdown", make: (b) => fill(MD_HEAD, "[t](u)\n", b) },
  { name: "markdown: full reference links on one line", format: "markdown", make: (b) => fill(MD_HEAD_REF, "[t][r] ", b) },
  { name: "markdown: shortcut reference links on one line", format: "markdown", make: (b) => fill(MD_HEAD_REF, "[r] ", b) },
  { name: "markdown: autolinks on one line", format: "markdown", make: (b) => fill(MD_HEAD, "<https://a.org/> ", b) },
  { name: "markdown: a related section of link items", format: "markdown", make: (b) =>
    fill(`${MD_HEAD}Pyongyang, May 27 (KCNA) -- Text. -0-\n\nMore From KCNA.kp (En)\n\n`,
      "[Title](/newstream/1-2/t/)\n\n[Title](/newstream/1-2/t/)\n\nExcerpt text.\n\n27/05/2024\n\nExcerpt text.\n\n", b, "[More Articles](/newstream/)\n") },
  { name: "markdown: one link with a very long text", format: "markdown", make: (b) => `${fill(`${MD_HEAD}[`, "word ", b - 4)}](u)` },
  { name: "markdown: unmatched `[` (reference definitions present)", format: "markdown", make: (b) => fill(MD_HEAD_REF, "[", b) },
  { name: "markdown: `](` runs", format: "markdown", make: (b) => fill(MD_HEAD, "](", b) },
  { name: "markdown: `[a](` runs", format: "markdown", make: (b) => fill(MD_HEAD, "[a](", b) },
  { name: "markdown: nested `[` … `]` (reference definitions present)", format: "markdown", make: (b) => nest(MD_HEAD_REF, "[", "r", "]", b) },
  { name: "markdown: nested links", format: "markdown", make: (b) => nest(MD_HEAD, "[", "x", "](u)", b) },
  { name: "markdown: nested `[a](` failing at the end", format: "markdown", make: (b) => nest(MD_HEAD, "[a](", " x", ")", b) },
  { name: "markdown: nested `[a](<` failing at the end", format: "markdown", make: (b) => nest(MD_HEAD, "[a](<", "", ")", b) },
  { name: "markdown: `[a](x \"` unclosed titles", format: "markdown", make: (b) => fill(MD_HEAD, '[a](x "', b) },
  { name: "markdown: 400-deep bracket blocks (reference definitions present)", format: "markdown", make: (b) => fill(MD_HEAD_REF, `${"[".repeat(400)}${"]".repeat(400)}`, b) },
  { name: "markdown: `[[r]]` runs", format: "markdown", make: (b) => fill(MD_HEAD_REF, "[[r]]", b) },
  { name: "markdown: reference definitions", format: "markdown", make: (b) => {
    const lines: string[] = [MD_HEAD];
    let size = MD_HEAD.length;
    for (let i = 0; size < b; i++) {
      const line = `[r${i}]: https://kcnawatch.org/${i}\n`;
      lines.push(line);
      size += line.length;
    }
    return lines.join("");
  } },
  { name: "HTML: `<a>` elements on one line", format: "html", make: (b) => fill(HTML_HEAD, '<a href="u">t</a> ', b) },
  { name: "HTML: `<a>` elements, one a paragraph", format: "html", make: (b) => fill(HTML_HEAD, '<p><a href="u">t</a></p>\n', b) },
  { name: "HTML: unclosed `<a>` elements", format: "html", make: (b) => fill(HTML_HEAD, '<a href="u">t', b) },
  { name: "HTML: `<a` without `>`", format: "html", make: (b) => fill(HTML_HEAD, "<a ", b) },
  { name: "HTML: one `<a>` with many attributes", format: "html", make: (b) => `${fill(`${HTML_HEAD}<a `, 'x="1" ', b - 14)}href="u">t</a>` },
  { name: "HTML: `<a>` with style and rel", format: "html", make: (b) => fill(HTML_HEAD, '<a href="u" style="color: red" rel="x y">t</a>', b) },
  { name: "HTML: nested unclosed `<a><b>`", format: "html", make: (b) => fill(HTML_HEAD, '<a href="u"><b>x', b) },
  { name: "HTML: deeply nested inline elements", format: "html", make: (b) => nest(HTML_HEAD, "<span><i>", "x", "</i></span>", b) },
  { name: "HTML: one `<a>` around many paragraphs", format: "html", make: (b) => fill(`${HTML_HEAD}<a href="u">`, "<p>x</p>", b) },
  { name: "HTML: a related section of link items", format: "html", make: (b) =>
    fill(`${HTML_HEAD}<p>Pyongyang, May 27 (KCNA) -- Text. -0-</p><h2>More From KCNA.kp (En)</h2>\n`,
      '<div><h3><a href="/newstream/1-2/t/">Title</a></h3><h3><a href="/newstream/1-2/t/">Title</a></h3><p>Excerpt text.</p><p>27/05/2024</p><p>Excerpt text.</p></div>\n',
      b, '<a href="/newstream/">More Articles</a></main></body></html>') },
];
