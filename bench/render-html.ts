// Renders a PageModel as a saved HTML page with the chrome of a news site around the
// article: head metadata, styles, scripts, navigation menus, a search form, share
// widgets, the related list, a newsletter box and a footer. Typographic characters
// are written as character references, as WordPress does.
import type { PageModel } from "./corpus.js";
import { dayFirst, longDate, shortDate } from "./corpus.js";
import { printedParagraphs } from "./render-text.js";

const REFS: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "’": "&#8217;", "‘": "&#8216;", "“": "&#8220;", "”": "&#8221;", "×": "&times;", "€": "&euro;" };

/** Escapes text for HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  let out = "";
  for (const ch of text) out += REFS[ch] ?? ch;
  return out;
}

const MENU = ["Newstream", "Sources", "Photos", "Videos", "Calendar", "Leadership Tracker", "NK Pro", "About"];
const SOURCES_MENU = ["KCNA", "Rodong Sinmun", "Minju Joson", "Pyongyang Times", "Naenara", "Voice of Korea", "Uriminzokkiri", "Ministry of Foreign Affairs"];

const STYLE = `<style id="kcnawatch-inline-css">
:root{--accent:#b5121b;--muted:#6b6b6b}body{margin:0;font:16px/1.6 Georgia,serif;color:#222}
.site-header{display:flex;align-items:center;justify-content:space-between;padding:12px 24px;border-bottom:1px solid #ddd}
.main-navigation ul{list-style:none;margin:0;padding:0;display:flex;gap:18px}.main-navigation a{color:#222;text-decoration:none}
.sub-menu{display:none;position:absolute}.menu-item-has-children:hover>.sub-menu{display:block}
.entry-title{font-size:2rem;line-height:1.2;margin:.5em 0}.article-meta{color:var(--muted);font-size:.9rem}
.related-articles{display:grid;grid-template-columns:repeat(3,1fr);gap:24px}.related-item time{color:var(--muted)}
.excerpt-hover{display:none}.related-item:hover .excerpt-hover{display:block}.site-footer{background:#111;color:#eee;padding:32px}
</style>`;

const HEAD_SCRIPT = `<script>
window.dataLayer = window.dataLayer || [];
function gtag(){dataLayer.push(arguments);}
gtag('js', new Date()); gtag('config', 'G-XXXXXXX', { anonymize_ip: true });
if (document.cookie.indexOf("nkn_paywall=") < 0 && window.innerWidth > 640) { document.documentElement.className += " has-paywall"; }
</script>`;

const FOOT_SCRIPT = `<script>
(function(){var b=document.querySelectorAll('.share-button');for(var i=0;i<b.length;i++){b[i].addEventListener('click',function(e){
e.preventDefault();var u=encodeURIComponent(location.href);window.open('https://twitter.com/intent/tweet?url='+u,'share','width=600,height=400');});}
var m=document.querySelector('.menu-toggle');if(m){m.addEventListener('click',function(){document.body.classList.toggle('menu-open');});}})();
</script>`;

function nav(): string {
  const items = MENU.map((label) => {
    const href = `https://kcnawatch.org/${label.toLowerCase().replace(/ /g, "-")}/`;
    if (label !== "Sources") return `<li class="menu-item"><a href="${href}">${label}</a></li>`;
    const sub = SOURCES_MENU.map((s) => `<li class="menu-item"><a href="https://kcnawatch.org/?s=${encodeURIComponent(s)}">${s}</a></li>`).join("");
    return `<li class="menu-item menu-item-has-children"><a href="${href}">${label}</a><ul class="sub-menu">${sub}</ul></li>`;
  });
  return `<header id="masthead" class="site-header">
<div class="site-branding"><a href="https://kcnawatch.org/" rel="home"><img src="https://kcnawatch.org/wp-content/themes/kcnawatch/logo.svg" alt="KCNA Watch" width="180" height="40"></a></div>
<button class="menu-toggle" aria-controls="primary-menu" aria-expanded="false">Menu</button>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu" class="menu">${items.join("")}</ul></nav>
<form role="search" method="get" class="search-form" action="https://kcnawatch.org/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" name="s"></label><button type="submit" class="search-submit">Search</button></form>
</header>`;
}

function footer(): string {
  return `<footer id="colophon" class="site-footer">
<div class="newsletter-signup"><h4>Get North Korea headlines delivered to your inbox daily</h4>
<p>Subscribe to the NK News &#8216;Daily Update&#8217; and get links to must-read stories each morning</p>
<form action="https://www.nknews.org/newsletter/" method="post"><input type="email" name="email" placeholder="Email address" required><button type="submit">Sign up</button></form></div>
<div class="footer-links"><a href="https://kcnawatch.org/about/">About</a> | <a href="https://kcnawatch.org/terms/">Terms</a> | <a href="https://kcnawatch.org/privacy/">Privacy</a> | <a href="https://www.nknews.org/contact/">Contact</a></div>
<p class="copyright">&copy; 2026 Korea Risk Group. All rights reserved.</p>
</footer>`;
}

/** The article block: capture date, brand, title, date line, body, stamp. */
function article(page: PageModel): string {
  const parts: string[] = [];
  if (page.capture !== "none") {
    const short = page.capture === "long+short" ? `<span class="short-date">${shortDate(page.capturedAt)}</span>` : "";
    parts.push(`<div class="capture-date"><span class="long-date">${longDate(page.capturedAt)}</span>${short}</div>`);
  }
  if (page.brand) parts.push(`<div class="article-source">KCNA <a href="https://kcnawatch.org/?s=${encodeURIComponent(page.source)}">${escapeHtml(page.source)}</a></div>`);
  parts.push(`<h1 class="entry-title">${escapeHtml(page.title)}</h1>`);
  const original = page.originalUrl === null ? "" : ` | <a href="${escapeHtml(page.originalUrl)}" target="_blank" rel="noopener">Read original version at source</a>`;
  parts.push(`<div class="article-meta">Date: <time datetime="${page.publishedAt}">${dayFirst(page.publishedAt)}</time> | Source: ${escapeHtml(page.source)}${original}</div>`);
  if (page.shareButton) parts.push(`<div class="share-buttons"><a class="share-button" href="#share">Share Button</a></div>`);
  const body = printedParagraphs(page).map(escapeHtml);
  const paragraphs = page.layout === "oneline" ? [body.join(" ")] : body;
  if (page.stamp !== null) paragraphs.push(escapeHtml(page.stamp));
  parts.push(`<div class="entry-content">\n${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}\n</div>`);
  return `<article id="post-${page.addedAt}" class="newstream type-newstream status-publish hentry">\n${parts.join("\n")}\n</article>`;
}

function related(page: PageModel): string {
  if (page.relatedSource === null) return "";
  const items = page.related.map((item) => {
    const title = item.title === null ? "" : `<a class="related-thumb" href="${item.url}"><img src="https://kcnawatch.org/wp-content/uploads/thumb.jpg" alt="" loading="lazy"><span class="overlay-title">${escapeHtml(item.title)}</span></a>
<h3 class="related-title"><a href="${item.url}">${escapeHtml(item.title)}</a></h3>`;
    const excerpt = escapeHtml(item.excerpt);
    return `<div class="related-item">${title}
<p class="related-excerpt">${excerpt}</p>
<time class="related-date">${longDate(item.publishedAt)}</time>
<div class="excerpt-hover">${excerpt}</div></div>`;
  });
  return `<section class="related-articles"><h2 class="related-heading">More From ${escapeHtml(page.relatedSource)}</h2>\n${items.join("\n")}\n</section>`;
}

/** Renders the saved HTML page. */
export function renderHtml(page: PageModel): string {
  const title = escapeHtml(page.title);
  const added = new Date(page.addedAt * 1000).toISOString().replace(".000Z", "+00:00");
  return `<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} - KCNA Watch</title>
<link rel="canonical" href="${page.url}">
<meta property="og:type" content="article">
<meta property="og:title" content="${title}">
<meta property="og:url" content="${page.url}">
<meta property="og:site_name" content="KCNA Watch">
<meta property="article:published_time" content="${added}">
<link rel="stylesheet" href="https://kcnawatch.org/wp-content/themes/kcnawatch/style.css?ver=5.2" media="all">
${STYLE}
${HEAD_SCRIPT}
</head>
<body class="newstream-template-default single single-newstream">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
${nav()}
<div class="hiring-banner"><a href="https://www.nknews.org/jobs/">NK News is hiring</a></div>
<main id="main" class="site-main">
${article(page)}
${related(page)}
<div class="more-articles"><a href="https://kcnawatch.org/newstream/">More Articles</a></div>
</main>
${footer()}
</div>
${FOOT_SCRIPT}
</body>
</html>
`;
}
