import type { Link } from "./lines.js";
import { isTrimmedSpace } from "./text.js";

/** A line of markdown reduced to visible text. */
export interface InlineText {
  /** The visible text (not trimmed). */
  text: string;
  /** Index in the source line of the first visible non-space character, or -1. */
  first: number;
  /** Links in the line: their visible text and target. */
  links: Link[];
}

/** Link reference definitions (`[label]: target`), by normalized label (a `Map` will do). */
export interface LinkReferences {
  readonly size: number;
  get(label: string): string | undefined;
}

interface Delimiter {
  char: number;
  at: number;
  count: number;
  open: boolean;
  close: boolean;
}

/**
 * What a line reduces to, in order, as triples of numbers in one array (millions of
 * small objects on a long line would cost more in garbage collection than the scan):
 * `TEXT, start, end` (a stretch of the line shown as is), `DELIMITER, index, 0` (an
 * emphasis run, in `delimiters`), `LINK, index, 0` (a link's text starts; its target
 * in `hrefs`), `END, 0, 0` (the innermost open link's text ends).
 */
const TEXT = 0;
const DELIMITER = 1;
const LINK = 2;
const END = 3;

/** The reduced line under construction. */
interface Pieces {
  ops: number[];
  delimiters: Delimiter[];
  hrefs: string[];
}

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
  const trimmed = label.trim();
  // most labels are already collapsed: no white space but single spaces between words
  let collapsed = true;
  for (let i = 0; i < trimmed.length && collapsed; i++) {
    const c = trimmed.charCodeAt(i);
    if (isSpace(c) && (c !== 32 || isSpace(trimmed.charCodeAt(i + 1)))) collapsed = false;
  }
  if (collapsed) return trimmed.toLowerCase();
  let out = "";
  let space = false;
  for (const ch of trimmed) {
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
  const pieces: Pieces = { ops: [], delimiters: [], hrefs: [] };
  const { ops } = pieces;
  const ends: number[] = []; // where each open link's text ends, innermost last
  const resumes: number[] = [];
  const n = line.length;
  let run = from; // start of the literal text not yet added to `pieces`
  const flush = (to: number): void => {
    if (to > run) ops.push(TEXT, run, to);
  };
  let i = from;
  while (i < n) {
    if (ends.length > 0 && i === ends[ends.length - 1]) {
      flush(i);
      ops.push(END, 0, 0);
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
        ops.push(TEXT, i + 1, i + 2);
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
        ops.push(LINK, pieces.hrefs.push(target.href) - 1, 0);
        ends.push(closeOf(scan, scan.brackets, i));
        resumes.push(target.resume);
        next = i + 1;
      }
    } else if (c === 60 /* < */) {
      const close = autolinkEnd(line, i);
      if (close !== -1) {
        flush(i);
        if (hasColon(line, i + 1, close)) ops.push(LINK, pieces.hrefs.push(line.slice(i + 1, close)) - 1, 0, TEXT, i + 1, close, END, 0, 0);
        else ops.push(TEXT, i + 1, close);
        next = close + 1;
      }
    } else if (c === STAR || c === UNDERSCORE || c === TILDE) {
      let j = i;
      while (j < n && line.charCodeAt(j) === c) j++;
      if (c !== TILDE || j - i === 2) {
        flush(i);
        ops.push(DELIMITER, pieces.delimiters.push(flanking(line, i, j, c)) - 1, 0);
        next = j;
      } else {
        i = j - 1; // a lone or long tilde run is literal
      }
    }
    if (next === -1) i++;
    else i = run = next;
  }
  flush(Math.min(i, n));
  for (let k = 0; k < ends.length; k++) ops.push(END, 0, 0);
  pairDelimiters(pieces.delimiters);
  return render(line, pieces);
}

function hasColon(line: string, from: number, to: number): boolean {
  const colon = line.indexOf(":", from);
  return colon !== -1 && colon < to;
}

function render(line: string, { ops, delimiters, hrefs }: Pieces): InlineText {
  // The text is copied into one buffer, not appended string by string: a long line
  // of many small pieces would otherwise leave a string object per piece to collect.
  let size = 0;
  for (let k = 0; k < ops.length; k += 3) {
    if (ops[k] === TEXT) size += ops[k + 2]! - ops[k + 1]!;
    else if (ops[k] === DELIMITER) size += delimiters[ops[k + 1]!]!.count;
  }
  const buffer = new Uint16Array(size);
  let length = 0;
  let first = -1;
  const open: number[] = []; // for each open link: where its text starts, and its target's index
  const spans: number[] = []; // for each link: where its text starts and ends, and its target's index
  for (let k = 0; k < ops.length; k += 3) {
    const kind = ops[k]!;
    if (kind === LINK) open.push(length, ops[k + 1]!);
    else if (kind === END) {
      if (open.length === 0) continue;
      const href = open.pop()!;
      const start = open.pop()!;
      if (length > start) spans.push(start, length, href);
    } else if (kind === TEXT) {
      const start = ops[k + 1]!;
      const end = ops[k + 2]!;
      if (first === -1) first = firstVisible(line, start, end);
      for (let i = start; i < end; i++) buffer[length++] = line.charCodeAt(i);
    } else {
      const d = delimiters[ops[k + 1]!]!;
      if (d.count === 0) continue;
      if (first === -1) first = d.at;
      buffer.fill(d.char, length, length + d.count);
      length += d.count;
    }
  }
  const text = fromCodeUnits(buffer);
  const links: Link[] = [];
  for (let k = 0; k < spans.length; k += 3) {
    const shown = text.slice(spans[k], spans[k + 1]).trim();
    if (shown.length > 0) links.push({ text: shown, href: hrefs[spans[k + 2]!]! });
  }
  return { text, first, links };
}

/** The string of UTF-16 code units (lone surrogates kept as they are), built a chunk at a time. */
function fromCodeUnits(units: Uint16Array): string {
  const CHUNK = 8192;
  if (units.length <= CHUNK) return String.fromCharCode(...units);
  let out = "";
  for (let i = 0; i < units.length; i += CHUNK) out += String.fromCharCode(...units.subarray(i, i + CHUNK));
  return out;
}

/** The index of the first character from `start` to `end` that `trim` keeps, or -1. */
function firstVisible(line: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (!isTrimmedSpace(line.charCodeAt(i))) return i;
  return -1;
}

/**
 * Pairs emphasis delimiters the way CommonMark does (nearest opener of the same
 * character; delimiters between a matched pair stay literal), remembering per
 * character how far down a failed search went so the whole pass stays linear.
 */
function pairDelimiters(delimiters: readonly Delimiter[]): void {
  const openers: Delimiter[] = [];
  const bottom = new Map<number, number>();
  for (const closer of delimiters) {
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
  // The stack of unmatched openers lives in `pairs` itself: an open entry holds
  // -(the opener below it + 2), so a line of millions of `[` needs no other array.
  let top = -1;
  let last = -1; // the last unescaped `open` or `close` character
  for (let i = from; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === BACKSLASH) {
      pairs[i - from] = -1;
      if (i + 1 < line.length) pairs[i + 1 - from] = -1;
      i++;
    } else if (c === open) {
      pairs[i - from] = -(top + 2);
      top = i;
      last = i;
    } else {
      pairs[i - from] = -1;
      if (c === close) {
        if (top !== -1) {
          const opener = top;
          top = -pairs[opener - from]! - 2;
          pairs[opener - from] = i;
          if (plain !== null && last === opener) plain[opener - from] = 1;
        }
        last = i;
      }
    }
  }
  while (top !== -1) {
    const below = -pairs[top - from]! - 2;
    pairs[top - from] = -1;
    top = below;
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
