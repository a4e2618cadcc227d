// Renders a page (a fixture's expected ParsedPage) the two other ways a scraper saves
// it: as a reader service's markdown and as the saved HTML of a KCNA Watch-like page
// with its chrome (menus, search, share widget, newsletter box, footer, inline scripts
// and styles). It uses nothing of the parser: only the page's fields, written out
// as the site prints them, so parsing a rendering and the original dump must agree.
import type { ParsedPage } from "../../src/index.js";

const SITE = "https://kcnawatch.org";
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** The link targets a rendering carries, absolute, as a parser should report them. */
export interface RenderedUrls {
  page: string;
  /** null when the page has no Date: line to carry the link */
  original: string | null;
  related: string[];
}

/** A page rendered as reader markdown and as saved HTML. */
export interface Rendering {
  markdown: string;
  html: string;
  urls: RenderedUrls;
}

/** `January 20, 2026` from `2026-01-20`. */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

function shortDate(iso: string): string {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${MONTHS[m - 1]!.slice(0, 3)} ${d}, ${y}`;
}

function slug(text: string): string {
  let out = "";
  for (const ch of text.toLowerCase()) {
    const c = ch.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) out += ch;
    else if (!out.endsWith("-")) out += "-";
    if (out.length >= 60) break;
  }
  let start = 0;
  let end = out.length;
  while (start < end && out[start] === "-") start++;
  while (end > start && out[end - 1] === "-") end--;
  return out.slice(start, end) || "item";
}

function unixSeconds(iso: string | null, offset: number): number {
  const base = iso === null ? Date.UTC(2024, 0, 1) : Date.parse(`${iso}T00:00:00Z`);
  return base / 1000 + 3600 + offset * 61;
}

/** The paths and absolute addresses a rendering links to. */
function addresses(page: ParsedPage): { urls: RenderedUrls; relatedPaths: string[] } {
  const a = page.article;
  const pagePath = `/newstream/${unixSeconds(a.publishedAt, 0)}-${parseInt(a.id.slice(0, 8), 16)}/${slug(a.title)}/`;
  const relatedPaths = page.related.map(
    (r, i) => `/newstream/${unixSeconds(r.publishedAt, i + 1)}-${100000 + i}/${slug(r.title ?? r.excerpt)}/`,
  );
  return {
    urls: {
      page: a.url ?? `${SITE}${pagePath}`,
      original: dateFields(page) === null ? null : (a.originalUrl ?? `http://www.kcna.kp/en/article/q/${a.id}.kcmsd`),
      related: relatedPaths.map((p) => new URL(p, a.url ?? SITE).href),
    },
    relatedPaths,
  };
}

/** The printed Date: line's text before the original-version link, or null when the page has none. */
function dateFields(page: ParsedPage): string | null {
  const a = page.article;
  if (a.publishedText === null && a.source === null && page.capturedAt !== null) return null;
  return `Date: ${a.publishedText ?? ""}${a.source === null ? "" : ` | Source: ${a.source}`}`;
}

function bodyParagraphs(page: ParsedPage): string[] {
  const paragraphs = [...page.article.paragraphs];
  if (page.article.endMark) paragraphs[paragraphs.length - 1] += " -0-";
  return paragraphs;
}

// ---------------------------------------------------------------- markdown

const MD_SPECIAL = new Set(["\\", "*", "_", "`", "[", "]", "~", "<"]);

/** Escapes text the way HTML-to-markdown converters do, so it reads back as itself. */
export function escapeMarkdown(text: string): string {
  let out = "";
  for (const ch of text) out += MD_SPECIAL.has(ch) ? `\\${ch}` : ch;
  const lead = out.charAt(0);
  if (lead === "#" || lead === ">" || lead === "-" || lead === "+" || lead === "=") return `\\${out}`;
  const numbered = /^(\d{1,9})[.)] /u.exec(out);
  return numbered ? `${numbered[1]}\\${out.slice(numbered[1]!.length)}` : out;
}

/** Wraps the second word in emphasis when it is plain letters, as a page's markup might. */
function emphasize(md: string, marker: string): string {
  const words = md.split(" ");
  const word = words[1];
  if (words.length < 3 || word === undefined || !/^[A-Za-z]{2,}$/u.test(word)) return md;
  words[1] = `${marker}${word}${marker}`;
  return words.join(" ");
}

function renderMarkdown(page: ParsedPage, urls: RenderedUrls, relatedPaths: readonly string[]): string {
  const a = page.article;
  const out: string[] = [
    `Title: ${a.title} | KCNA Watch`, "",
    `URL Source: ${urls.page}`, "",
  ];
  if (page.capturedAt !== null) out.push(`Published Time: ${page.capturedAt}T03:12:45+00:00`, "");
  out.push("Markdown Content:", "[![Image 1: KCNA Watch](https://kcnawatch.org/wp-content/themes/kcnawatch/logo.svg)](https://kcnawatch.org/)", "");
  if (page.capturedAt !== null) out.push(`${longDate(page.capturedAt)}${shortDate(page.capturedAt)}`, "");
  if (a.source !== null) out.push(`KCNA ${escapeMarkdown(a.source)}`, "");
  out.push(escapeMarkdown(a.title), "=".repeat(Math.max(3, a.title.length)), "");
  if (urls.original !== null) {
    const source = a.source === null ? "" : ` | Source: [${escapeMarkdown(a.source)}](${SITE}/source/${slug(a.source)}/)`;
    out.push(`Date: ${escapeMarkdown(a.publishedText ?? "")}${source} | [Read original version at source](${urls.original})`, "");
    out.push("[Share Button](#share)", "");
  }
  bodyParagraphs(page).forEach((p, i) => out.push(emphasize(escapeMarkdown(p), i % 2 === 0 ? "**" : "_"), ""));
  if (a.stamp !== null) out.push(escapeMarkdown(a.stamp.text), "");
  if (page.relatedSource !== null) out.push(`### More From ${escapeMarkdown(page.relatedSource)}`, "");
  page.related.forEach((r, i) => {
    const path = relatedPaths[i]!;
    const excerpt = escapeMarkdown(r.excerpt);
    if (r.title === null) {
      out.push(`[${excerpt}](${path})`, "");
    } else {
      const title = escapeMarkdown(r.title);
      out.push(`[![Image ${i + 2}: ${title}](${SITE}/thumbs/${i}.jpg)](${path})`, "");
      out.push(`### [${title}](${path} "${title.replaceAll('"', "")}")`, "", `[${title}](${path})`, "", excerpt, "");
    }
    out.push(longDate(r.publishedAt), "", excerpt, "");
  });
  if (!page.truncated) out.push(`[More Articles](${SITE}/newstream/)`, "");
  return out.join("\n");
}

// ---------------------------------------------------------------- HTML

const NAMED: Record<string, string> = {
  "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\u00a0": "&nbsp;", "’": "&rsquo;", "‘": "&lsquo;",
  "“": "&ldquo;", "”": "&rdquo;", "—": "&mdash;", "–": "&ndash;", "×": "&times;", "€": "&euro;", "…": "&hellip;",
  "《": "&#12298;", "》": "&#x300B;", "'": "&#39;",
};

/** Escapes text for HTML, with named and numeric character references for some characters. */
export function escapeHtml(text: string): string {
  let out = "";
  for (const ch of text) out += NAMED[ch] ?? ch;
  return out;
}

/** A block holding one line of text; `<pre>` when the text has white space a browser would collapse. */
function block(tag: string, attrs: string, text: string, inner: (t: string) => string = escapeHtml): string {
  const collapsible = /[\t\n\f\r]| {2}/u.test(text);
  return collapsible ? `<pre${attrs}>${escapeHtml(text)}</pre>` : `<${tag}${attrs}>${inner(text)}</${tag}>`;
}

function strongSecondWord(text: string): string {
  const words = text.split(" ");
  if (words.length < 3 || !/^[A-Za-z]{2,}$/u.test(words[1]!)) return escapeHtml(text);
  return `${escapeHtml(words[0]!)} <strong>${words[1]}</strong> ${escapeHtml(words.slice(2).join(" "))}`;
}

function renderHtml(page: ParsedPage, urls: RenderedUrls, relatedPaths: readonly string[]): string {
  const a = page.article;
  const title = escapeHtml(a.title);
  const head = `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} | KCNA Watch</title>
<link rel="canonical" href="${escapeHtml(urls.page)}">
<meta property="og:url" content="${escapeHtml(urls.page)}">
<meta property="og:title" content="${title}">
<link rel="stylesheet" href="/wp-content/themes/kcnawatch/style.css?ver=4.2">
<style>.d-none{display:none}@media (min-width:768px){.d-md-inline{display:inline!important}}.share-menu>a::after{content:" | "}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${title.replaceAll('"', "")}"}</script>
<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);} if (1 < 2 && 3 > 2) { document.write("<p>More Articles</p>"); }</script>
</head>`;
  const chromeTop = `<body class="post-template-default single">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-KW0001" height="0" width="0" style="display:none"></iframe></noscript>
<div id="cookie-notice" hidden>We use cookies to improve your experience. <button type="button">Accept</button></div>
<header class="site-header">
  <div class="topbar"><a href="https://www.nknews.org/">NK News</a> | <a href="https://www.nknews.org/pro/">NK Pro</a> | <span class="hiring">NK News is hiring</span></div>
  <a class="logo" href="/"><img src="/wp-content/themes/kcnawatch/logo.svg" alt="KCNA Watch"></a>
  <nav class="main-menu" aria-label="Main"><ul>
    <li><a href="/newstream/">Newstream</a></li>
    <li class="has-children"><a href="/sources/">Sources</a><ul class="sub-menu"><li><a href="/source/kcna/">KCNA</a></li><li><a href="/source/rodong-sinmun/">Rodong Sinmun</a></li><li><a href="/source/naenara/">Naenara</a></li></ul></li>
    <li><a href="/about/">About</a></li>
  </ul></nav>
  <form role="search" action="/" method="get"><label for="s">Search for:</label><input type="search" id="s" name="s" placeholder="Search KCNA Watch"><button type="submit">Search</button></form>
  <a class="login" href="/wp-login.php">Log in</a>
</header>
<main id="main" class="site-main">
<article class="newstream-item">`;
  const out: string[] = [head, chromeTop];
  if (page.capturedAt !== null) {
    out.push(`<div class="capture-date"><span class="d-none d-md-inline">${longDate(page.capturedAt)}</span><span class="d-md-none">${shortDate(page.capturedAt)}</span></div>`);
  }
  if (a.source !== null) out.push(`<div class="source-brand"><span class="brand-kcna">KCNA</span> <span class="brand-source">${escapeHtml(a.source)}</span></div>`);
  out.push(block("h1", ` class="entry-title"`, a.title));
  if (urls.original !== null) {
    const source = a.source === null ? "" : ` | Source: <a href="/source/${slug(a.source)}/">${escapeHtml(a.source)}</a>`;
    out.push(`<div class="entry-meta">Date: <span class="date">${escapeHtml(a.publishedText ?? "")}</span>${source} |
      <a class="original" href="${escapeHtml(urls.original)}" target="_blank" rel="noopener">Read original version at source</a></div>`);
    out.push(`<div class="share-widget"><button class="share-toggle" type="button">Share Button</button><div class="share-menu" style="display: none">
      <a href="https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(urls.page)}">Facebook</a>
      <a href="https://twitter.com/intent/tweet?url=${encodeURIComponent(urls.page)}">Twitter</a>
      <a href="mailto:?subject=${encodeURIComponent(a.title)}">Email</a></div>
      <a class="share-icon" href="https://t.me/share/url?url=${encodeURIComponent(urls.page)}" aria-label="Share on Telegram"><svg viewBox="0 0 24 24"><title>Telegram</title><path d="M0 0h24v24H0z"/></svg></a></div>`);
  }
  out.push(`<div class="entry-content">`);
  bodyParagraphs(page).forEach((p, i) => {
    out.push(`  ${block("p", "", p, i % 2 === 0 ? strongSecondWord : escapeHtml)}`);
    if (i === 0) out.push(`  <div class="ad-slot" aria-hidden="true"><script>googletag.cmd.push(function () { googletag.display("div-gpt-ad-1"); });</script></div>`);
  });
  if (a.stamp !== null) out.push(`  ${block("p", ` class="stamp"`, a.stamp.text)}`);
  out.push(`</div>`, `</article>`, `<section class="related">`);
  if (page.relatedSource !== null) out.push(`<h2 class="related-heading">More From ${escapeHtml(page.relatedSource)}</h2>`);
  page.related.forEach((r, i) => {
    const href = relatedPaths[i]!;
    const excerpt = block("p", ` class="excerpt"`, r.excerpt);
    const time = `<time datetime="${r.publishedAt}">${longDate(r.publishedAt)}</time>`;
    if (r.title === null) {
      out.push(`<div class="related-item"><a class="excerpt-link" href="${href}">${excerpt}</a>${time}<br>${block("span", ` class="excerpt"`, r.excerpt)}</div>`);
    } else {
      out.push(`<div class="related-item">
  <a class="thumb" href="${href}"><img src="/thumbs/${i}.jpg" alt="${escapeHtml(r.title)}" loading="lazy"><span class="thumb-title">${escapeHtml(r.title)}</span></a>
  ${block("h4", ` class="title"`, r.title, (t) => `<a href="${href}">${escapeHtml(t)}</a>`)}
  ${excerpt}
  <div class="meta">${time}</div>
  ${block("p", ` class="excerpt excerpt-repeat"`, r.excerpt)}
</div>`);
    }
  });
  if (!page.truncated) out.push(`<a class="more-articles btn" href="/newstream/">More Articles</a>`);
  out.push(`</section>
</main>
<aside class="sidebar newsletter" role="complementary"><h3>Newsletter</h3><p>Get the Daily Update</p><form><input type="email" placeholder="Email"><button>Subscribe</button></form></aside>
<footer class="site-footer">
  <nav class="footer-menu"><a href="/privacy/">Privacy</a> <a href="/terms/">Terms</a></nav>
  <p>&copy; 2026 Korea Risk Group. All rights reserved.</p>
</footer>
<script src="/wp-content/themes/kcnawatch/app.js?ver=4.2" defer></script>
<script>document.querySelectorAll(".share-toggle").forEach(function (b) { b.addEventListener("click", function () { b.nextElementSibling.style.display = "block"; }); });</script>
</body>
</html>
`);
  return out.join("\n");
}

/** Renders a page as reader markdown and as saved HTML, with the links each carries. */
export function renderPage(page: ParsedPage): Rendering {
  const { urls, relatedPaths } = addresses(page);
  return { markdown: renderMarkdown(page, urls, relatedPaths), html: renderHtml(page, urls, relatedPaths), urls };
}
