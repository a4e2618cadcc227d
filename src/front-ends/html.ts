import { Tokenizer } from "htmlparser2";
import type { LineDocument, SourceLine } from "./lines.js";
import {
  BLOCK_ELEMENTS, CELL_ELEMENTS, CHROME_ROLES, HEAD_CONTENT, HIDDEN_ELEMENTS, PRE_ELEMENTS,
  READ_ATTRIBUTES, SECTIONING_ELEMENTS, VOID_ELEMENTS,
} from "./html-elements.js";
import { TextLayout } from "./html-text.js";
import { LineIndex } from "./positions.js";

/** An open element and what entering it changed. */
interface Open {
  name: string;
  hidden: boolean;
  pre: boolean;
  main: boolean;
  sectioning: boolean;
  link: boolean;
  foreign: boolean;
}

/**
 * The HTML front end: reduces a saved page to the lines of its visible text, as a
 * browser's `innerText` gives them, keeping each line's links and the position of
 * its first character in the HTML. htmlparser2's tokenizer reads the markup; the
 * element stack here is a light version of a browser's (no DOM is built, so deep
 * nesting costs no recursion and a stray end tag costs one map look-up).
 *
 * Dropped with their content: `head`, `script`, `style`, `noscript`, `template`,
 * embedded content, form fields, elements with `hidden` or an inline
 * `display: none` / `visibility: hidden`, and page chrome: `nav`, a `header` or
 * `footer` of the page (not inside a sectioning element), and the `navigation`,
 * `search`, `banner` and `contentinfo` roles. When the page has a `<main>` (or
 * `role="main"`), only its text is read. The page's address comes from
 * `<link rel="canonical">`, else `<meta property="og:url">`.
 */
export function htmlToLines(html: string): LineDocument {
  const layout = new TextLayout();
  const stack: Open[] = [];
  const openCount = new Map<string, number>();
  let hidden = 0;
  let pre = 0;
  let main = 0;
  let sectioning = 0;
  let foreign = 0;
  let sawMain = false;
  let preStart = false; // a newline right after <pre> is not shown
  let canonical: string | null = null;
  let ogUrl: string | null = null;
  let canonicalAt = -1; // offsets of the tags that gave them
  let ogUrlAt = -1;
  let tagStart = 0;

  let tagName = "";
  let attrs = new Map<string, string>();
  let attrName: string | null = null;
  let attrValue = "";

  const push = (element: Open): void => {
    stack.push(element);
    openCount.set(element.name, (openCount.get(element.name) ?? 0) + 1);
  };
  const pop = (): void => {
    const element = stack.pop()!;
    openCount.set(element.name, openCount.get(element.name)! - 1);
    if (element.hidden) hidden--;
    if (element.pre) pre--;
    if (element.main) main--;
    if (element.sectioning) sectioning--;
    if (element.foreign) foreign--;
    if (element.link) layout.endLink();
    if (BLOCK_ELEMENTS.has(element.name)) layout.endLine();
  };
  const closeTo = (name: string): void => {
    if ((openCount.get(name) ?? 0) === 0) return;
    while (stack[stack.length - 1]!.name !== name) pop();
    pop();
  };

  const open = (name: string, selfClosing: boolean): void => {
    if (name !== "head" && !HEAD_CONTENT.has(name)) closeTo("head");
    if (name === "a") closeTo("a");
    readPageUrl(name, attrs);
    const role = attrs.get("role")?.trim().toLowerCase() ?? "";
    const hides = HIDDEN_ELEMENTS.has(name) || isHiddenByAttributes(name, attrs) || isChrome(name, role, sectioning);
    if (hidden === 0 && !hides) {
      if (BLOCK_ELEMENTS.has(name) || name === "br") layout.endLine();
      if (CELL_ELEMENTS.has(name)) layout.cellBreak();
    }
    if (VOID_ELEMENTS.has(name) || (selfClosing && foreign > 0)) return;
    const isMain = name === "main" || role === "main";
    const href = name === "a" ? attrs.get("href") : undefined;
    const element: Open = {
      name,
      hidden: hides,
      pre: PRE_ELEMENTS.has(name),
      main: isMain,
      sectioning: SECTIONING_ELEMENTS.has(name) || isMain,
      link: href !== undefined && hidden === 0 && !hides,
      foreign: name === "svg" || name === "math",
    };
    if (element.hidden) hidden++;
    if (element.pre) {
      pre++;
      preStart = true;
    }
    if (element.main) {
      main++;
      sawMain ||= hidden === 0;
    }
    if (element.sectioning) sectioning++;
    if (element.foreign) foreign++;
    if (element.link) layout.startLink(href!);
    push(element);
  };

  const readPageUrl = (name: string, a: ReadonlyMap<string, string>): void => {
    if (name === "link" && canonical === null && hasToken(a.get("rel"), "canonical")) {
      canonical = a.get("href")?.trim() || null;
      canonicalAt = tagStart;
    }
    if (name === "meta" && ogUrl === null && (a.get("property") ?? a.get("name"))?.trim().toLowerCase() === "og:url") {
      ogUrl = a.get("content")?.trim() || null;
      ogUrlAt = tagStart;
    }
  };

  const addText = (text: string, base: number, stride: number): void => {
    if (hidden > 0) return;
    let chunk = text;
    let at = base;
    if (preStart && pre > 0 && chunk.charCodeAt(0) === 10) {
      chunk = chunk.slice(1);
      at += stride;
    }
    preStart = false;
    layout.add(chunk, at, stride, pre > 0, main > 0);
  };

  const tokenizer = new Tokenizer({ decodeEntities: true }, {
    ontext(start, end) {
      // at the end of the input, the tokenizer reports the rest of an unterminated
      // closing tag (`</p Share`) as text from -1; a browser drops that tag
      if (start < 0) return;
      addText(html.slice(start, end), start, 1);
    },
    ontextentity(codepoint, end) {
      addText(String.fromCodePoint(codepoint), html.lastIndexOf("&", end - 1), 0);
    },
    onopentagname(start, end) {
      tagName = html.slice(start, end).toLowerCase();
      tagStart = start - 1; // the `<`
      attrs = new Map();
    },
    onattribname(start, end) {
      const name = html.slice(start, end).toLowerCase();
      attrName = READ_ATTRIBUTES.has(name) && !attrs.has(name) ? name : null;
      attrValue = "";
    },
    onattribdata(start, end) {
      if (attrName !== null) attrValue += html.slice(start, end);
    },
    onattribentity(codepoint) {
      if (attrName !== null) attrValue += String.fromCodePoint(codepoint);
    },
    onattribend() {
      if (attrName !== null) attrs.set(attrName, attrValue);
      attrName = null;
    },
    onopentagend() {
      open(tagName, false);
    },
    onselfclosingtag() {
      open(tagName, true);
    },
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase();
      if (name === "br" || (name === "p" && (openCount.get("p") ?? 0) === 0)) {
        if (hidden === 0) layout.endLine(); // what a browser makes of a stray </br> or </p>
      } else if (!VOID_ELEMENTS.has(name)) {
        closeTo(name);
      }
    },
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {},
  });
  tokenizer.write(html);
  tokenizer.end();
  while (stack.length > 0) pop();
  layout.endLine();

  const index = new LineIndex(html);
  const lines: SourceLine[] = [];
  for (const laid of layout.lines) {
    if (sawMain && !laid.main) continue;
    const at = index.positionOf(laid.offset);
    lines.push(laid.links.length > 0 ? { text: laid.text, ...at, links: laid.links } : { text: laid.text, ...at });
  }
  const doc: LineDocument = { lines, endLine: index.lineCount, issues: [], url: canonical ?? ogUrl, publishedTime: null };
  if (doc.url !== null) doc.urlAt = index.positionOf(canonical !== null ? canonicalAt : ogUrlAt);
  return doc;
}

/** Whether `hidden`, an unopened `<dialog>`, or an inline style hides an element. */
function isHiddenByAttributes(name: string, attrs: ReadonlyMap<string, string>): boolean {
  if (attrs.has("hidden") || (name === "dialog" && !attrs.has("open"))) return true;
  const style = attrs.get("style");
  if (style === undefined) return false;
  const compact = withoutSpace(style.toLowerCase());
  return compact.includes("display:none") || compact.includes("visibility:hidden");
}

/** Whether an element is page chrome: navigation, or the page's own header or footer. */
function isChrome(name: string, role: string, sectioning: number): boolean {
  if (CHROME_ROLES.has(role)) return true;
  return name === "nav" || ((name === "header" || name === "footer") && sectioning === 0 && role === "");
}

function withoutTabs(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) out += text.charCodeAt(i) < 32 ? " " : text[i]!;
  return out;
}

function withoutSpace(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 32) out += text[i]!;
  return out;
}

function hasToken(list: string | undefined, token: string): boolean {
  return list !== undefined && ` ${withoutTabs(list.toLowerCase())} `.includes(` ${token} `);
}
