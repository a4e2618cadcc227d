import { describe, expect, it } from "vitest";
import { htmlToLines } from "../src/front-ends/html.js";
import { safeParsePage } from "../src/index.js";

const texts = (html: string) => htmlToLines(html).lines.map((l) => l.text);
const PAGE = "<p>Review</p><p>Date: 27/05/2024</p><p>Pyongyang, May 27 (KCNA) -- Text. -0-</p><p>More Articles</p>";

describe("HTML front end: visible text as innerText gives it", () => {
  it("breaks lines at blocks and <br>, joins inline elements, collapses white space", () => {
    expect(texts("<div>One <b>two</b>\n   three<br>four</div><p>five</p>six<span> seven </span><li>eight")).toEqual([
      "One two three", "four", "five", "six seven", "eight",
    ]);
  });

  it("keeps white space in <pre>, without the newline right after the start tag", () => {
    expect(texts("<pre>\n  a  b\n\tc</pre>")).toEqual(["a  b", "c"]);
  });

  it("decodes named, numeric and hex references, and keeps no-break spaces and broken references", () => {
    expect(texts("<p>&amp; &lt;&gt; &rsquo;&#8220;&#x201D; a&nbsp;b &amp &bogus; &#xZZ; &copy</p>")).toEqual(["& <> ’“” a\u00a0b & &bogus; &#xZZ; ©"]);
  });

  it("drops what a browser does not show", () => {
    expect(
      texts(
        "<head><title>T</title><style>p{}</style></head><body><script>var a = '<p>x</p>';</script><noscript>no</noscript>" +
          "<template><p>t</p></template><p hidden>h</p><p style=\"color: red; display : none\">d</p><p style=\"visibility:hidden\">v</p>" +
          "<svg><text>s</text><path/></svg><select><option>o</option></select><textarea>ta</textarea><dialog>dl</dialog><p>shown</p>",
      ),
    ).toEqual(["shown"]);
  });

  it("separates table cells with a tab", () => {
    expect(texts("<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>")).toEqual(["a\tb", "c"]);
  });

  it("positions each line at its first character in the HTML", () => {
    const doc = htmlToLines("<html>\r\n<body>\n  <p>\n    First &amp; line</p>\n<div><b>&nbsp;</b> <i>&rsquo;quoted</i></div></body>");
    expect(doc.lines.map((l) => [l.text, l.line, l.column])).toEqual([
      ["First & line", 4, 5],
      ["’quoted", 5, 23],
    ]);
  });

  it("keeps each line's links, split where a link spans lines", () => {
    const doc = htmlToLines('<p>Date: 1 | <a href="/s">Source</a> | <a href="http://o">Read original</a></p><a href="/t"><h3>Title</h3><p>Excerpt</p></a><a name="x">plain</a>');
    expect(doc.lines.map((l) => [l.text, l.links ?? []])).toEqual([
      ["Date: 1 | Source | Read original", [{ text: "Source", href: "/s" }, { text: "Read original", href: "http://o" }]],
      ["Title", [{ text: "Title", href: "/t" }]],
      ["Excerpt", [{ text: "Excerpt", href: "/t" }]],
      ["plain", []],
    ]);
  });

  it("takes the page address from rel=canonical, else og:url", () => {
    expect(htmlToLines('<meta property="og:url" content="https://b/"><link rel="alternate canonical" href="https://a/">').url).toBe("https://a/");
    expect(htmlToLines('<meta property="og:url" content=" https://b/ ">').url).toBe("https://b/");
    expect(htmlToLines("<p>x</p>").url).toBeNull();
  });
});

describe("HTML front end: page chrome", () => {
  it("reads only <main> when the page has one", () => {
    expect(texts("<header>Site</header><nav>Menu</nav><div>Banner</div><main><p>In main</p></main><aside>Side</aside><footer>Foot</footer>")).toEqual(["In main"]);
    expect(texts('<div>Outside</div><div role="main"><p>Main by role</p></div>')).toEqual(["Main by role"]);
  });

  it("without <main>, drops navigation and the page's header and footer, not an article's", () => {
    expect(
      texts(
        '<header>Site header</header><div role="banner">Banner</div><div role="navigation">Menu</div><nav>Nav</nav>' +
          '<article><header>Article header</header><p>Body</p><footer>Article footer</footer></article>' +
          '<section><footer>Section footer</footer></section><div role="search">Search</div><footer>Site footer</footer><div role="contentinfo">Info</div>',
      ),
    ).toEqual(["Article header", "Body", "Article footer", "Section footer"]);
  });
});

describe("HTML front end: malformed input", () => {
  const parse = (html: string) => safeParsePage(html, { format: "html" });

  it("reads a page with unclosed tags, stray < and broken references", () => {
    const r = parse("<html><body><div><p>Review<p>Date: 27/05/2024<span><p>Text with a stray < and <= and <2 and &#xD800; &#0; &unknown;.<p>More Articles");
    expect(r.success && r.data.article.paragraphs).toEqual(["Text with a stray < and <= and <2 and \uFFFD \uFFFD &unknown;."]);
    expect(r.success && r.data.truncated).toBe(false);
  });

  it("reads `</ ` as a browser does: a bogus comment up to the next `>`", () => {
    const r = parse("<p>Review<p>Date: 27/05/2024<p>Text </ swallowed <p>kept");
    expect(r.success && r.data.article.paragraphs).toEqual(["Text kept"]);
  });

  it("reads 100,000 nested elements without recursion", () => {
    const r = parse(`<body>${"<div>".repeat(100_000)}${PAGE}${"</div>".repeat(100_000)}`);
    expect(r.success && r.data.article.title).toBe("Review");
  });

  it("reads through many stray end tags and an element left open 50,000 times", () => {
    const r = parse(`${"<b>".repeat(50_000)}${PAGE}${"</i></section>".repeat(50_000)}`);
    expect(r.success && r.data.article.title).toBe("Review");
  });

  it("reads huge attributes", () => {
    const r = parse(`<div class="${"x".repeat(2_000_000)}" data-x='${"y".repeat(100_000)}'>${PAGE}</div>`);
    expect(r.success && r.data.article.title).toBe("Review");
  });

  it("gives a positioned error for a page whose only text is cut off by an unclosed comment", () => {
    const r = parse("<html><body><!-- never closed <p>Review</p>");
    expect(r.success ? null : [r.error.issues[0].code, r.error.issues[0].line, r.error.issues[0].column]).toEqual(["blank_input", 1, 1]);
  });

  it("rejects binary data before reading it as HTML", () => {
    const r = parse("<html>\u0000\u0001\u0002\u0003<body>");
    expect(r.success ? null : r.error.issues[0].code).toBe("binary_input");
  });

  it("applies maxLineLength to visible lines, positioned in the HTML", () => {
    const r = safeParsePage(`<main>\n  <p>Review</p>\n  <p>${"word ".repeat(50)}</p></main>`, { maxLineLength: 100 });
    expect(r.success ? null : [r.error.issues[0].code, r.error.issues[0].line, r.error.issues[0].column]).toEqual(["line_too_long", 3, 6]);
  });
});
