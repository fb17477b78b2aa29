// The page grows with the Report: fields other parts of the project add (sentence difficulty,
// hard words, statistics, the sourcing profile, voices) show when present, and a Report
// without them (or without most fields) still renders. The Reports here are written by hand,
// so the expected values are known independently of the analyser.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gotoApp, openPage } from './helpers.mjs';

let t;
before(async () => {
  t = await openPage();
  await gotoApp(t.page, t.server.url);
});
after(async () => {
  await t?.close();
});

const TEXT = 'Officials said the plan may fail. "It is clearly doomed," Ana Ruiz claimed.';
const RICH = {
  counts: { words: 13, sentences: 2, paragraphs: 1 },
  readability: { flesch_kincaid_grade: 12.4, flesch_reading_ease: 55.5 },
  hedging: { epistemic: 1, booster: 1, anonymous_source: 0, hedges_per_100_words: 7.7, boosters_per_100_words: 7.7 },
  statistics: { reading_time_seconds: 150, average_sentence_words: 6.5 },
  paragraphs: [{ start: 0, end: 76, first_sentence: 0, sentence_count: 2, words: 13, grade: 12.4, hedges: 1 }],
  sentences: [
    { start: 0, end: 33, text: 'Officials said the plan may fail.', paragraph: 0, words: 6, grade: 2.5, difficulty: 'very_hard', hard_words: [{ start: 0, end: 9, text: 'Officials' }] },
    { start: 34, end: 76, text: '"It is clearly doomed," Ana Ruiz claimed.', paragraph: 0, words: 7, grade: 3.1, difficulty: 'hard' },
  ],
  hedges: [
    { start: 24, end: 27, text: 'may', category: 'epistemic', sentence: 0, strength: 'weak', explanation: 'Possibility.', voice: 'reporter' },
    { start: 41, end: 48, text: 'clearly', category: 'booster', sentence: 1, strength: 'strong', explanation: 'Certainty.', voice: 'quoted' },
    { start: 49, end: 55, text: 'doomed', category: 'made_up_category', sentence: 1, explanation: 'New.' },
  ],
  attributions: [
    { start: 10, end: 14, text: 'said', kind: 'anonymous', source: { start: 0, end: 9, text: 'Officials' }, sentence: 0, verb: 'said', stance: 'neutral', voice: 'reporter' },
    { start: 68, end: 75, text: 'claimed', kind: 'named', source: { start: 58, end: 66, text: 'Ana Ruiz' }, sentence: 1, verb: 'claimed', stance: 'loaded', voice: 'reporter' },
  ],
  sourcing: {
    named: 1, anonymous: 1, vague: 0, quoted_attributions: 0,
    paragraphs: [{ paragraph: 0, words: 13, hedges: 1, hedges_per_100_words: 7.7, named: 1, anonymous_or_vague: 1, anonymous_or_vague_per_100_words: 7.7 }],
    reporter: { sentences: 1, words: 6, readability: { flesch_kincaid_grade: 2.5 }, hedges: 1, hedges_per_100_words: 16.7 },
    quoted: { sentences: 1, words: 7, readability: { flesch_kincaid_grade: 3.1 }, hedges: 0, hedges_per_100_words: 0 },
  },
};

/** Renders a hand-made Report with the page's own modules, as main.js does. */
function renderReport(page, text, report) {
  return page.evaluate(async ([text, report]) => {
    const { Summary } = await import('./summary.js');
    const { TextView } = await import('./render.js');
    const { renderCharts } = await import('./charts.js');
    new Summary(document.getElementById('results'), () => {}).render(report);
    renderCharts(report, Object.fromEntries(['sourcing', 'density', 'lengths'].map((k) => [k, document.querySelector(`#chart-${k} .chart-body`)])));
    await new TextView(document.getElementById('doc')).show(text, report);
  }, [text, report]);
}

test('new Report fields show: difficulty, hard words, reading time, sourcing profile, voices, unknown categories', async () => {
  const { page } = t;
  await renderReport(page, TEXT, RICH);
  assert.deepEqual(await page.locator('#doc .sentence').evaluateAll((s) => s.map((e) => e.dataset.difficulty)), ['very_hard', 'hard']);
  assert.equal(await page.locator('#doc .hard-word').textContent(), 'Officials');
  assert.equal(await page.locator('#reading-time').textContent(), '3 min');
  assert.equal(await page.locator('#reading-time').getAttribute('data-metric-path'), 'statistics.reading_time_seconds');
  assert.equal(await page.locator('[data-metric="average_sentence_words"]').textContent(), '6.5');
  assert.equal(await page.locator('[data-metric-path="sourcing.named"]').textContent(), '1');
  assert.equal(await page.locator('#doc .source[data-kind="named"]').textContent(), 'Ana Ruiz');
  assert.equal(await page.locator('#doc mark[data-category="booster"]').getAttribute('data-voice'), 'quoted');
  // The reporter's-own-words filter drops the highlight of the quoted booster only.
  await page.locator('#voice-filter').evaluate((e) => { e.hidden = false; }); // main.js shows it for analysed Reports
  await page.locator('#hide-quoted').check();
  const backgrounds = await page.locator('#doc mark').evaluateAll((ms) => ms.map((m) => [m.textContent, getComputedStyle(m).backgroundColor]));
  assert.equal(backgrounds.find(([t]) => t === 'clearly')[1], 'rgba(0, 0, 0, 0)');
  assert.notEqual(backgrounds.find(([t]) => t === 'may')[1], 'rgba(0, 0, 0, 0)');
  await page.locator('#hide-quoted').uncheck();
  assert.equal(await page.locator('#doc mark[data-category="made_up_category"]').textContent(), 'doomed');
  assert.equal(await page.locator('#category-buttons button[data-category="made_up_category"]').count(), 1);
  assert.match(await page.locator('#voice-list').textContent(), /The reporter's own words: grade 2\.5, 16\.7 hedges per 100 words, 6 words\.Quotations: grade 3\.1/);
  assert.match(await page.locator('#chart-density').textContent(), /Anonymous or vague sources per 100 words/);
  assert.match(await page.locator('#chart-sourcing desc').textContent(), /2 attributed statements\. named sources: 1 \(50%\); anonymous sources: 1 \(50%\); vague sources: 0 \(0%\)/);
  // Named source boxes wrap the source text; the loaded verb is explained on focus.
  const explained = await page.evaluate(async (report) => {
    const { describe } = await import('./findings.js');
    return describe(document.querySelector('#doc .source[data-kind="named"]'), report);
  }, RICH);
  assert.equal(explained.title, 'Named source: “Ana Ruiz”');
  assert.match(explained.body, /“claimed” is a loaded reporting verb/);
});

test('a Report with only counts renders with dashes, not errors', async () => {
  const { page } = t;
  await renderReport(page, 'Hello there.', { counts: { words: 2 } });
  assert.equal(await page.locator('[data-metric="flesch_kincaid_grade"]').textContent(), '–');
  assert.equal(await page.locator('[data-metric="words"]').textContent(), '2');
  assert.equal(await page.locator('#doc').textContent(), 'Hello there.');
  assert.match(await page.locator('#sourcing-meaning').textContent(), /does not report attributions/);
  assert.deepEqual(t.pageErrors, []);
});
