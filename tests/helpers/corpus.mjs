// Writes generated corpora of page dumps for the CLI tests and benchmark: varied
// valid pages, later captures of the same articles, pages cut short, and corrupt
// inputs, each kind built so that its outcome is known from how it was made.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const SOURCES = [
  "KCNA.kp (En)",
  "Pyongyang Times",
  "Naenara (En)",
  "Voice of Korea (EN)",
  "Ministry of Foreign Affairs (EN)",
  "Rodong Sinmun (En)",
  "Uriminzokkiri (En)",
];
const PLACES = ["Pyongyang", "Hamhung", "Chongjin", "Wonsan", "Kaesong", "Sinuiju"];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const WORDS = (
  "the workers of the county held a meeting to mark the anniversary of the founding and pledged to carry out " +
  "the tasks set forth at the plenary meeting while farmers across the province completed the sowing of spring " +
  "wheat and barley ahead of schedule as new houses were built for the people in the region with modern facilities"
).split(" ");
const TITLE_WORDS = ["Meeting", "held", "Farmers", "complete", "New", "houses", "built", "Delegation", "visits", "Exhibition", "opens", "Review", "Press", "Statement"];

/** Corrupt inputs, in the order they take turns, with the error each must give. */
export const CORRUPT_KINDS = [
  { kind: "empty", code: "empty_input" },
  { kind: "blank", code: "blank_input" },
  { kind: "binary", code: "binary_input" },
  { kind: "invalid-utf8", code: "invalid_utf8" },
  { kind: "headless", code: "missing_title" },
  { kind: "no-title", code: "missing_title" },
];

/** A small deterministic random number generator (mulberry32), so every run writes the same corpus. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n) => String(n).padStart(2, "0");
const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];

function sentence(rnd, min, max) {
  const n = min + Math.floor(rnd() * (max - min + 1));
  const words = [];
  for (let i = 0; i < n; i++) words.push(pick(rnd, WORDS));
  const text = words.join(" ");
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/** The parts of an article every capture shares: what its id is made of, and its body. */
function article(rnd, n) {
  const year = 2015 + Math.floor(rnd() * 11);
  const month = 1 + Math.floor(rnd() * 12);
  const day = 1 + Math.floor(rnd() * 28);
  const title = `${pick(rnd, TITLE_WORDS)} ${pick(rnd, TITLE_WORDS).toLowerCase()} ${pick(rnd, TITLE_WORDS).toLowerCase()} no. ${n}`;
  const paragraphs = [];
  const count = 1 + Math.floor(rnd() * 8);
  for (let p = 0; p < count; p++) paragraphs.push(sentence(rnd, 8, 40));
  if (rnd() < 0.6) paragraphs[0] = `${pick(rnd, PLACES)}, ${MONTHS[month - 1]} ${day} (KCNA) -- ${paragraphs[0]}`;
  if (rnd() < 0.5) paragraphs[count - 1] += " -0-";
  return { title, date: `${pad(day)}/${pad(month)}/${year}`, source: pick(rnd, SOURCES), paragraphs, withLink: rnd() < 0.7 };
}

/** One capture of an article: capture and brand lines, header, body, related items, footer. */
function capture(rnd, a, { cut = false } = {}) {
  const lines = [];
  const cy = 2024 + Math.floor(rnd() * 3);
  const cm = Math.floor(rnd() * 12);
  const cd = 1 + Math.floor(rnd() * 28);
  const form = rnd();
  if (form < 0.6) lines.push(`${MONTHS[cm]} ${cd}, ${cy}${MONTHS[cm].slice(0, 3)} ${cd}, ${cy}`);
  else if (form < 0.85) lines.push(`${MONTHS[cm]} ${cd}, ${cy}`);
  if (lines.length > 0 && rnd() < 0.7) lines.push(`KCNA ${a.source}`);
  lines.push(a.title);
  lines.push(`Date: ${a.date} | Source: ${a.source}${a.withLink ? " | Read original version at source" : ""}`);
  if (rnd() < 0.2) lines.push("Share Button");
  lines.push(...a.paragraphs);
  if (cut) return lines.join("\n\n");
  if (rnd() < 0.3) lines.push("www.kcna.kp (Juche113.5.27.)");
  const items = Math.floor(rnd() * 6);
  if (items > 0) lines.push(`More From ${a.source}`);
  for (let k = 0; k < items; k++) {
    const title = `${pick(rnd, TITLE_WORDS)} ${pick(rnd, TITLE_WORDS).toLowerCase()} item ${k}`;
    const excerpt = sentence(rnd, 20, 30).slice(0, 128).trimEnd();
    lines.push(title, title, excerpt, `${MONTHS[cm]} ${cd}, ${cy}`, excerpt);
  }
  lines.push("More Articles");
  return lines.join("\n\n");
}

function corrupt(rnd, kind, n) {
  switch (kind) {
    case "empty":
      return new Uint8Array(0);
    case "blank":
      return " \n\n\t\n  \n";
    case "binary":
      return Uint8Array.from({ length: 600 }, (_, i) => (i * 31 + n) % 256);
    case "invalid-utf8": {
      const text = new TextEncoder().encode(capture(rnd, article(rnd, n)));
      const bytes = new Uint8Array(text.length + 1);
      bytes.set(text.subarray(0, 200));
      bytes[200] = 0xff;
      bytes.set(text.subarray(200), 201);
      return bytes;
    }
    case "headless":
      return `Pyongyang, May 27 (KCNA) -- ${sentence(rnd, 10, 30)}\n\n${sentence(rnd, 10, 30)}`;
    case "no-title":
      return `Date: 27/05/2024 | Source: KCNA.kp (En)\n\n${sentence(rnd, 10, 30)}`;
  }
  throw new Error(`unknown corrupt kind ${kind}`);
}

/**
 * Generates `count` inputs. In every 20: one corrupt input (kinds in turn), one later
 * capture of the article 5 places before it, one page cut after its body (a
 * truncated_input warning), and 17 complete, valid pages with no warning.
 */
export function generatePages(count, seed = 1) {
  const rnd = random(seed);
  const pages = [];
  const articles = [];
  const expected = { inputs: count, ok: 0, failed: 0, duplicates: 0, errors: {}, warnings: {} };
  for (let i = 0; i < count; i++) {
    const slot = i % 20;
    if (slot === 16) {
      const { kind, code } = CORRUPT_KINDS[Math.floor(i / 20) % CORRUPT_KINDS.length];
      pages.push({ kind, content: corrupt(rnd, kind, i) });
      expected.failed++;
      expected.errors[code] = (expected.errors[code] ?? 0) + 1;
      continue;
    }
    expected.ok++;
    if (slot === 15) {
      pages.push({ kind: "recapture", content: capture(rnd, articles[i - 5]) });
      expected.duplicates++;
      continue;
    }
    const a = article(rnd, i);
    articles[i] = a;
    if (slot === 14) {
      pages.push({ kind: "cut", content: capture(rnd, a, { cut: true }) });
      expected.warnings.truncated_input = (expected.warnings.truncated_input ?? 0) + 1;
    } else {
      pages.push({ kind: "complete", content: capture(rnd, a) });
    }
  }
  return { pages, expected };
}

/**
 * Writes generated pages as files under `dir`, 500 to a sub-folder, with a file of
 * another extension in each sub-folder (which a folder walk must skip). Returns the
 * page files' paths relative to `dir`, in walk order, the kind of each, and the
 * expected counts.
 */
export function writeCorpus(dir, count, seed = 1) {
  const { pages, expected } = generatePages(count, seed);
  const files = [];
  pages.forEach((page, i) => {
    const sub = `part-${String(Math.floor(i / 500)).padStart(3, "0")}`;
    if (i % 500 === 0) {
      mkdirSync(join(dir, sub), { recursive: true });
      writeFileSync(join(dir, sub, "index.json"), "{}\n");
    }
    const rel = `${sub}/page-${String(i).padStart(6, "0")}.txt`;
    writeFileSync(join(dir, rel), page.content);
    files.push(rel);
  });
  return { files, kinds: pages.map((p) => p.kind), expected };
}

/**
 * Writes generated pages as a JSONL corpus (`{"url", "html"}` per line) at `file`.
 * Pages that are not text (invalid UTF-8) are written as broken JSON lines instead,
 * which fail the same way, with `invalid_jsonl_record`.
 */
export function writeJsonlCorpus(file, count, seed = 1) {
  const { pages, expected } = generatePages(count, seed);
  const decoder = new TextDecoder();
  const lines = pages.map((page, i) => {
    if (page.kind === "invalid-utf8") return `{"url": "https://kcnawatch.org/newstream/1716800553-${i}/x", "html": "cut`;
    const html = typeof page.content === "string" ? page.content : decoder.decode(page.content);
    return JSON.stringify({ url: `https://kcnawatch.org/newstream/1716800553-${100000 + i}/page`, html });
  });
  const broken = expected.errors.invalid_utf8 ?? 0;
  delete expected.errors.invalid_utf8;
  if (broken > 0) expected.errors.invalid_jsonl_record = broken;
  writeFileSync(file, `${lines.join("\n")}\n`);
  return { expected };
}
