// Long texts and the tab's memory (issue 8): the worker is ended after a long text so its
// memory (the wasm's, which only grows, and the full Report) does not stay in the tab nor add
// to what the page draws. That must leave what the reader sees unchanged: the exports,
// "Show more" and the next analysis still work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { ARTICLE, gotoApp, metricText, openPage, pasteText, renders, waitForRender } from './helpers.mjs';

let t;
before(async () => {
  t = await openPage({ serviceWorkers: 'block' });
  await gotoApp(t.page, t.server.url);
});
after(async () => {
  await t?.close();
});

/**
 * Varied paragraph shapes for the long text: a quotation over three paragraphs, single line
 * breaks, CRLF and lone CR line ends, a list and a heading, blank lines with spaces, emoji and
 * accents before findings (UTF-16 offsets), a paragraph without a full stop.
 */
const SHAPES = [
  ARTICLE,
  '“The council may delay the vote,” said one official, who asked not to be named.\n\n' +
    '“We probably need more time. Some members believe the cost is too high.\n\n' +
    '“It is clearly a hard choice,” she added.',
  'A line that ends\nwithout a full stop, then goes on. Critics argue it\nmight work.',
  'Windows lines may appear.\r\nThey probably do.\r\n\r\nSources said so.',
  'Old Mac lines may appear.\rThey probably do.\r\rExperts said so.',
  'Key points\n- The plan may fail.\n- Officials said so, reportedly.\n\n# A heading\nIt seems fine.',
  '   Indented paragraph, which could be read as code. Analysts expect a vote.   \n \n\n\n',
  'Café owners 👩‍🍳 say the rules may change. According to reports, the mayor reportedly agreed',
];

/** `chars` characters or more of the shapes above, in a fixed order, as paragraphs. */
function longText(chars) {
  const unit = SHAPES.join('\n\n') + '\n\n';
  return unit.repeat(Math.ceil(chars / unit.length));
}

/** Waits up to 5 s for the page to have `n` workers (a worker's end reaches playwright late). */
async function workersBecome(page, n, message) {
  for (let waited = 0; page.workers().length !== n && waited < 5_000; waited += 50) await page.waitForTimeout(50);
  assert.equal(page.workers().length, n, message);
}

test('after a long text the worker is ended; exports, "Show more" and the next text still work', async () => {
  const { page } = t;
  const text = longText(1_200_000);
  const before = await renders(page);
  await pasteText(page, text, { wait: false });
  await waitForRender(page, before, 120_000);
  await workersBecome(page, 0, 'no analyser worker is left holding the long text');
  const words = await metricText(page, 'words');
  assert.match(await page.locator('#doc-more-text').textContent(), /Showing the first 1,500 of /);
  const marks = await page.locator('#doc mark[data-category]').count();
  assert.ok(marks > 100, 'findings are highlighted');

  // The JSON export comes from a fresh worker that analyses the text again.
  const [json] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), page.locator('#export-json').click()]);
  const report = JSON.parse(await readFile(await json.path(), 'utf8'));
  assert.equal(report.counts.words.toLocaleString('en-US'), words);
  assert.equal(report.sentences.length, report.counts.sentences, 'the export has every sentence');
  // The drawn findings are the Report's findings of the first 1,500 sentences, in order.
  const drawn = await page.locator('#doc mark[data-category]').evaluateAll((els) => els.map((e) => `${e.dataset.finding}:${e.dataset.category}:${e.textContent}`));
  const expected = report.hedges.filter((h) => h.sentence < 1500).map((h, i) => `${i}:${h.category}:${h.text}`);
  assert.deepEqual(drawn, expected);
  // The sentences drawn are the Report's, with its offsets: check the text of a few.
  const sample = await page.locator('#doc .sentence').evaluateAll((els) => [0, 7, 1499].map((i) => [Number(els[i].dataset.sentence), els[i].textContent]));
  for (const [index, drawnText] of sample) assert.equal(drawnText, report.sentences[index].text);

  const count = await renders(page);
  await page.locator('#doc-more-button').click();
  await waitForRender(page, count, 120_000);
  assert.equal(await page.locator('#doc .sentence').count(), 3000);

  // A short text afterwards: analysed as usual, and its worker stays for the next keystroke.
  await pasteText(page, ARTICLE);
  assert.equal(await metricText(page, 'paragraphs'), '3');
  await workersBecome(page, 1, 'a short text keeps its worker');
});
