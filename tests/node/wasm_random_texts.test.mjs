// Random texts through the real wasm (www/pkg, the package the page loads), in node: the
// boundary code that only the wasm runs (UTF-16 offsets, the JS Report builder in src/api.rs)
// must never panic, and every sentence and finding must select its own text from the input.
// The native fuzz targets (fuzz/) cover the core; this covers what they cannot reach. It
// found the UTF-16 offset-table crash (a non-ASCII text whose length is a multiple of 64).
//
// The texts are built from pieces chosen for the analyzer's edge cases: sentence ends, CR/LF,
// quotes of every kind, 2-, 3- and 4-byte characters, combining marks, ZWJ, lone surrogates,
// a BOM, abbreviations, URLs, list markers and hedge cues. Seeded, so a failure repeats.
//
// Run: node --test tests/node/    (after `bash scripts/build.sh`, which writes www/pkg)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';

const pkg = new URL('../../www/pkg/', import.meta.url);

const PIECES = ['a', 'The ', 'may ', 'said ', '. ', '.', '\n', '\n\n', '\r', '\r\n', ' ', '"', '“', '”', '‘', '’', "'",
  'é', '中', '😀', '\u0301', '\u200d', 'Mr. ', 'U.S. ', '...', '?', '!', '(', ')', '[', '-', '—', '1', '3.5', ':', ';',
  'according to ', 'sources said ', 'reportedly ', 'clearly ', '\t', '\u00a0', '\u2028', '\ufeff', '\ud800',
  'http://x.y/z ', 'a@b.co ', '• ', '1. ', '# ', 'ﬁ', 'İ', 'ß', 'Σ'];

/** A small linear congruential generator: the same texts on every run. */
function random(seed) {
  return () => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed / 4294967296;
  };
}

test('random texts never throw, and every span selects its text', async () => {
  assert.ok(existsSync(new URL('hedgescope_bg.wasm', pkg)), 'www/pkg is missing: run bash scripts/build.sh first');
  const wasm = await import(new URL('hedgescope.js', pkg).href);
  wasm.initSync({ module: readFileSync(new URL('hedgescope_bg.wasm', pkg)) });
  const next = random(2026);
  let spans = 0;
  for (let n = 0; n < 30000; n++) {
    // Mostly short texts, some of a few hundred pieces (past several 64-byte offset blocks).
    const length = Math.floor(next() * next() * 400);
    let text = '';
    for (let i = 0; i < length; i++) text += PIECES[Math.floor(next() * PIECES.length)];
    let report;
    try {
      report = wasm.analyze(text);
    } catch (error) {
      assert.fail(`analyze threw on ${JSON.stringify(text)}: ${String(error).slice(0, 200)}`);
    }
    for (const item of [...report.sentences, ...report.hedges]) {
      assert.ok(item.start <= item.end && item.end <= text.length, `span out of bounds in ${JSON.stringify(text)}`);
      assert.equal(text.slice(item.start, item.end), item.text, `span does not select its text in ${JSON.stringify(text)}`);
      spans++;
    }
  }
  assert.ok(spans > 30000, `only ${spans} spans were checked`);
});
