import type { Link } from "./lines.js";

/** A line of markdown reduced to visible text. */
export interface InlineText {
  /** The visible text (not trimmed). */
  text: string;
  /** Index in the source line of the first visible non-space character, or -1. */
  first: number;
  /** Links in the line: their visible text and target. */
  links: Link[];
}

/** Link reference definitions (`[label]: target`), by normalized label. */
export type LinkReferences = ReadonlyMap<string, string>;

interface Delimiter {
  char: number;
  at: number;
  count: number;
  open: boolean;
  close: boolean;
}

type Piece =
  | { kind: "text"; text: string; at: number }
  | { kind: "delimiter"; d: Delimiter }
  | { kind: "link"; href: string }
  | { kind: "end" };

const BACKSLASH = 92;
const STAR = 42;
const UNDERSCORE = 95;
const TILDE = 126;
/** Text with no character that can open inline markup: `\\`, `[` (links and images), `<`, `*`, `_`, `~`. */
const PLAIN_INLINE = /^[^\\[<*_~]*$/;
/** CommonMark's longest reference label; longer bracketed text is never a reference. */
export const MAX_LABEL = 999;

/** Normalizes a reference label: case-folded, inner white space collapsed. */
export function referenceLabel(label: string): string {
  let out = "";
  let space = false;
  for (const ch of label.trim()) {
    if (isSpace(ch.charCodeAt(0))) space = true;
    else {
      if (space) out += " ";
      space = false;
      out += ch;
    }
  }
  return out.toLowerCase();
}

/**
 * Reduces the inline markdown of one line, from `from` on, to visible text: escapes
 * resolved, emphasis and strikethrough delimiters that pair up removed, images
 * dropped, links and autolinks replaced by their text (targets kept). One pass with
 * precomputed bracket and parenthesis matches, so the work is linear in the line
 * (kept in typed arrays, not maps: a map of millions of entries grows slower than
 * linearly on a long line).
 */
export function reduceInline(line: string, from: number, refs: LinkReferences): InlineText {
  // Most lines carry no markup at all; one native test spares them the bracket and
  // parenthesis maps and the per-character pass, which would only copy them.
  const rest = from === 0 ? line : line.slice(from);
  if (PLAIN_INLINE.test(rest)) return { text: rest, first: rest.trim().length > 0 ? from + (rest.length - rest.trimStart().length) : -1, links: [] };
  const scan = linkScan(line, from, refs);
  const pieces: Piece[] = [];
  const ends: number[] = []; // where each open link's text ends, innermost last
  const resumes: number[] = [];
  const n = line.length;
  let run = from; // start of the literal text not yet added to `pieces`
  const flush = (to: number): void => {
    if (to > run) pieces.push({ kind: "text", text: line.slice(run, to), at: run });
  };
  let i = from;
  while (i < n) {
    if (ends.length > 0 && i === ends[ends.length - 1]) {
      flush(i);
      pieces.push({ kind: "end" });
      ends.pop();
      i = run = resumes.pop()!;
      continue;
    }
    const c = line.charCodeAt(i);
    let next = -1; // where scanning resumes after a construct, or -1 for a literal character
    if (c === BACKSLASH) {
      if (i + 1 === n) {
        flush(i); // a hard line break
        run = n;
        break;
      }
      if (isAsciiPunctuation(line.charCodeAt(i + 1))) {
        flush(i);
        pieces.push({ kind: "text", text: line[i + 1]!, at: i + 1 });
        next = i + 2;
      }
    } else if (c === 33 /* ! */ && line.charCodeAt(i + 1) === 91) {
      const target = linkAt(scan, i + 1);
      if (target !== null) {
        flush(i);
        next = target.resume; // images show nothing of themselves in the text
      }
    } else if (c === 91 /* [ */) {
      const target = linkAt(scan, i);
      if (target !== null) {
        flush(i);
        pieces.push({ kind: "link", href: target.href });
        ends.push(closeOf(scan, scan.brackets, i));
        resumes.push(target.resume);
        next = i + 1;
      }
    } else if (c === 60 /* < */) {
      const close = autolinkEnd(line, i);
      if (close !== -1) {
        flush(i);
        const uri = line.slice(i + 1, close);
        if (uri.includes(":")) pieces.push({ kind: "link", href: uri }, { kind: "text", text: uri, at: i + 1 }, { kind: "end" });
        else pieces.push({ kind: "text", text: uri, at: i + 1 });
        next = close + 1;
      }
    } else if (c === STAR || c === UNDERSCORE || c === TILDE) {
      let j = i;
      while (j < n && line.charCodeAt(j) === c) j++;
      if (c !== TILDE || j - i === 2) {
        flush(i);
        pieces.push({ kind: "delimiter", d: flanking(line, i, j, c) });
        next = j;
      } else {
        i = j - 1; // a lone or long tilde run is literal
      }
    }
    if (next === -1) i++;
    else i = run = next;
  }
  flush(Math.min(i, n));
  while (ends.length > 0) {
    pieces.push({ kind: "end" });
    ends.pop();
  }
  pairDelimiters(pieces);
  return render(pieces);
}

function render(pieces: readonly Piece[]): InlineText {
  let text = "";
  let first = -1;
  const open: { start: number; href: string }[] = [];
  // where each link's text lies, read once the text is whole: slicing the text while
  // it is still being appended to would copy all of it at every link
  const spans: { start: number; end: number; href: string }[] = [];
  for (const piece of pieces) {
    if (piece.kind === "link") open.push({ start: text.length, href: piece.href });
    else if (piece.kind === "end") {
      const link = open.pop();
      if (link !== undefined && text.length > link.start) spans.push({ start: link.start, end: text.length, href: link.href });
    } else {
      const value = piece.kind === "text" ? piece.text : String.fromCharCode(piece.d.char).repeat(piece.d.count);
      const at = piece.kind === "text" ? piece.at : piece.d.at;
      if (first === -1 && value.trim().length > 0) first = at + (value.length - value.trimStart().length);
      text += value;
    }
  }
  const links: Link[] = [];
  for (const span of spans) {
    const shown = text.slice(span.start, span.end).trim();
    if (shown.length > 0) links.push({ text: shown, href: span.href });
  }
  return { text, first, links };
}

/**
 * Pairs emphasis delimiters the way CommonMark does (nearest opener of the same
 * character; delimiters between a matched pair stay literal), remembering per
 * character how far down a failed search went so the whole pass stays linear.
 */
function pairDelimiters(pieces: readonly Piece[]): void {
  const openers: Delimiter[] = [];
  const bottom = new Map<number, number>();
  for (const piece of pieces) {
    if (piece.kind !== "delimiter") continue;
    const closer = piece.d;
    while (closer.close && closer.count > 0) {
      const floor = bottom.get(closer.char) ?? 0;
      let k = openers.length - 1;
      while (k >= floor && openers[k]!.char !== closer.char) k--;
      if (k < floor) {
        bottom.set(closer.char, openers.length);
        break;
      }
      const opener = openers[k]!;
      const used = closer.char === TILDE ? 2 : Math.min(2, opener.count, closer.count);
      opener.count -= used;
      closer.count -= used;
      openers.length = opener.count > 0 ? k + 1 : k;
      for (const [char, b] of bottom) if (b > openers.length) bottom.set(char, openers.length);
    }
    if (closer.open && closer.count > 0) openers.push(closer);
  }
}

/** A delimiter run from `start` to `end`, with whether it can open and close emphasis. */
function flanking(line: string, start: number, end: number, char: number): Delimiter {
  const before = start === 0 ? 32 : line.charCodeAt(start - 1);
  const after = end >= line.length ? 32 : line.charCodeAt(end);
  const left = !isSpace(after) && (!isPunctuation(after) || isSpace(before) || isPunctuation(before));
  const right = !isSpace(before) && (!isPunctuation(before) || isSpace(after) || isPunctuation(after));
  // `_` inside a word (snake_case, URLs) is never emphasis.
  const open = char === UNDERSCORE ? left && (!right || isPunctuation(before)) : left;
  const close = char === UNDERSCORE ? right && (!left || isPunctuation(after)) : right;
  return { char, at: start, count: end - start, open, close };
}

/**
 * What finding links in one line needs: the line, its matched brackets and
 * parentheses, the reference definitions, and what destination parsing has already
 * worked out, so that no stretch of the line is read again for every link that
 * could start before it. Arrays are indexed from `from` and built on first need.
 */
interface LinkScan {
  line: string;
  from: number;
  refs: LinkReferences;
  /** Each matched `[`'s `]` (-1: none), and, in `plain`, whether no other unescaped bracket lies between them. */
  brackets: Int32Array | null;
  plain: Uint8Array | null;
  /** Each matched `(`'s `)` (-1: none). */
  parens: Int32Array | null;
  /** For each index, where the next white space (or the line's end) is. */
  spaces: Int32Array | null;
  /** For each place where a destination ends at white space, what follows it: see {@link tailStop}. */
  tails: Int32Array | null;
}

function linkScan(line: string, from: number, refs: LinkReferences): LinkScan {
  const hasBrackets = line.indexOf("[", from) !== -1;
  const brackets = hasBrackets ? new Int32Array(line.length - from) : null;
  const plain = hasBrackets ? new Uint8Array(line.length - from) : null;
  if (brackets !== null) matchPairs(line, from, 91 /* [ */, 93 /* ] */, brackets, plain);
  const parens = hasBrackets && line.indexOf("](", from) !== -1 ? new Int32Array(line.length - from) : null;
  if (parens !== null) matchPairs(line, from, 40 /* ( */, 41 /* ) */, parens, null);
  return { line, from, refs, brackets, plain, parens, spaces: null, tails: null };
}

/** The closer matched with the opener at `i` in `pairs`, or -1. */
function closeOf(scan: LinkScan, pairs: Int32Array | null, i: number): number {
  return pairs === null || i < scan.from || i >= scan.line.length ? -1 : pairs[i - scan.from]!;
}

/** The link whose text starts with the `[` at `open`: its target and where the text after it resumes. */
function linkAt(scan: LinkScan, open: number): { href: string; resume: number } | null {
  const { line, brackets, refs } = scan;
  const close = closeOf(scan, brackets, open);
  if (close === -1) return null;
  const next = line.charCodeAt(close + 1);
  if (next === 40 /* ( */) {
    const end = closeOf(scan, scan.parens, close + 1);
    const href = end === -1 ? null : destination(scan, close + 2, end);
    if (href !== null) return { href, resume: end + 1 };
  }
  if (refs.size === 0) return null;
  // a label holds no unescaped bracket (link text may), and is at most 999 characters
  if (next === 91 /* [ */) {
    const end = closeOf(scan, brackets, close + 1);
    if (end !== -1) {
      const collapsed = end === close + 2;
      const label = collapsed ? isLabel(scan, open, close) : isLabel(scan, close + 1, end);
      const href = label ? refs.get(referenceLabel(collapsed ? line.slice(open + 1, close) : line.slice(close + 2, end))) : undefined;
      if (href !== undefined) return { href, resume: end + 1 };
    }
  }
  const href = isLabel(scan, open, close) ? refs.get(referenceLabel(line.slice(open + 1, close))) : undefined;
  return href === undefined ? null : { href, resume: close + 1 };
}

/** Whether the brackets at `open` and `close` hold a possible reference label. */
function isLabel(scan: LinkScan, open: number, close: number): boolean {
  return close - open - 1 <= MAX_LABEL && scan.plain![open - scan.from] === 1;
}

/**
 * The target of `(target "title")` between `from` and `end` (the closing paren), or
 * null when malformed. It stops at the first fault, and what follows a destination
 * is worked out once per place in the line ({@link LinkScan}), so a line of many
 * half-links, nested or not, costs linear time.
 */
function destination(scan: LinkScan, from: number, end: number): string | null {
  const { line } = scan;
  let i = from;
  while (i < end && isSpace(line.charCodeAt(i))) i++;
  if (i === end) return "";
  let target: string;
  if (line.charCodeAt(i) === 60 /* < */) {
    // no `<` inside: two such targets never share a character
    let j = i + 1;
    while (j < end && line.charCodeAt(j) !== 62 && line.charCodeAt(j) !== 60) j++;
    if (j === end || line.charCodeAt(j) !== 62) return null;
    target = line.slice(i + 1, j);
    i = j + 1;
  } else {
    // nested parentheses let many targets run to the same white space: look it up
    const j = Math.min(nextSpace(scan, i), end);
    target = line.slice(i, j);
    i = j;
  }
  if (i === end) return unescape(target);
  if (scan.tails === null) scan.tails = new Int32Array(line.length - scan.from).fill(-2);
  let stop = scan.tails[i - scan.from]!;
  if (stop === -2) {
    stop = tailStop(line, i);
    scan.tails[i - scan.from] = stop;
  }
  return stop === end ? unescape(target) : null;
}

/**
 * Reads what follows a destination from `at`: white space, an optional quoted title,
 * white space. Returns where that stops (a well-formed link's closing paren must
 * stand there), or -1 for a title that is never closed. It does not depend on where
 * the link's closing paren is, so it is read once however many links share it.
 */
function tailStop(line: string, at: number): number {
  let i = at;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  const quote = line.charCodeAt(i);
  if (quote !== 34 && quote !== 39) return i;
  const close = line.indexOf(quote === 34 ? '"' : "'", i + 1);
  if (close === -1) return -1;
  i = close + 1;
  while (i < line.length && isSpace(line.charCodeAt(i))) i++;
  return i;
}

/** Where the first white space at or after `i` is (the line's length when none). */
function nextSpace(scan: LinkScan, i: number): number {
  if (scan.spaces === null) {
    const { line, from } = scan;
    const spaces = new Int32Array(line.length - from + 1);
    let next = line.length;
    spaces[line.length - from] = next;
    for (let k = line.length - 1; k >= from; k--) {
      if (isSpace(line.charCodeAt(k))) next = k;
      spaces[k - from] = next;
    }
    scan.spaces = spaces;
  }
  return scan.spaces[i - scan.from]!;
}

/** Resolves backslash escapes in a link target. */
export function unescape(text: string): string {
  if (!text.includes("\\")) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    if (text.charCodeAt(i) === BACKSLASH && isAsciiPunctuation(text.charCodeAt(i + 1))) i++;
    out += text[i]!;
  }
  return out;
}

/** The `>` ending an autolink or email link that starts at `<`, or -1. */
function autolinkEnd(line: string, lt: number): number {
  let i = lt + 1;
  let letters = 0;
  while (i < line.length && isSchemeChar(line.charCodeAt(i))) {
    i++;
    letters++;
  }
  const isUri = letters >= 2 && letters <= 32 && line.charCodeAt(i) === 58; /* : */
  for (; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 62 /* > */) break;
    if (c <= 32 || c === 60) return -1;
  }
  if (i >= line.length) return -1;
  if (isUri) return i;
  return line.slice(lt + 1, i).includes("@") ? i : -1;
}

/**
 * Matches `open`/`close` characters with a stack in one pass (backslash-escaped ones
 * are skipped): writes each matched opener's closer into `pairs` (-1 elsewhere), and
 * marks in `plain` the openers with no other unescaped `open` or `close` inside.
 */
function matchPairs(line: string, from: number, open: number, close: number, pairs: Int32Array, plain: Uint8Array | null): void {
  pairs.fill(-1);
  const stack: number[] = [];
  let last = -1; // the last unescaped `open` or `close` character
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === open) {
      stack.push(i);
      last = i;
    } else if (c === close) {
      if (stack.length > 0) {
        const opener = stack.pop()!;
        pairs[opener - from] = i;
        if (plain !== null && last === opener) plain[opener - from] = 1;
      }
      last = i;
    }
  }
}

function isSchemeChar(c: number): boolean {
  const l = c | 0x20;
  return (l >= 97 && l <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 12 || c === 13 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200a);
}

function isAsciiPunctuation(c: number): boolean {
  return (c >= 33 && c <= 47) || (c >= 58 && c <= 64) || (c >= 91 && c <= 96) || (c >= 123 && c <= 126);
}

function isPunctuation(c: number): boolean {
  return isAsciiPunctuation(c) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x3001 && c <= 0x303f) || c === 0xab || c === 0xbb || (c >= 0xff01 && c <= 0xff0f);
}
