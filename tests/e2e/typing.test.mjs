// Typing (issue 8's "re-render after a keystroke"): a small text is analysed at once when an
// input follows a pause, and the inputs of a burst are debounced so that only the burst's
// last text is analysed, after it ends (www/analyzer.js `schedule`). The page's clock is
// Playwright's fake one, so the test reads the page's timers, not the machine's speed: the
// single keystroke renders before the page's time reaches the 120 ms debounce, and the burst
// renders nothing of its own until that time has passed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { ARTICLE, gotoApp, metricText, openPage, pasteText, renders } from './helpers.mjs';

/** The page's debounce for small texts (www/analyzer.js SMALL_DELAY_MS). */
const DEBOUNCE_MS = 120;

let t;
before(async () => {
  t = await openPage({ serviceWorkers: 'block' });
  await t.page.clock.install(); // fake timers from the first script on; time flows until paused
  await gotoApp(t.page, t.server.url);
});
after(async () => {
  await t?.close();
});

/**
 * Advances the page's paused clock 1 ms at a time (the worker runs in real time meanwhile)
 * until the page has rendered more than `count` times or `budgetMs` of page time have passed.
 * Returns the page time it took, or null.
 */
async function pageTimeToRender(page, count, budgetMs) {
  for (let elapsed = 0; elapsed <= budgetMs; elapsed++) {
    if ((await renders(page)) > count && (await page.evaluate(() => document.body.dataset.analysis)) === 'ready') return elapsed;
    await page.clock.runFor(1);
    await page.waitForTimeout(5); // real time for the worker's reply
  }
  return null;
}

/** Types at the end of the textarea: one input event per character, as a keyboard does. */
async function typeAtEnd(page, characters) {
  await page.locator('textarea').focus();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(characters);
}

test('a keystroke after a pause is analysed at once; a burst is analysed once, after it ends', async () => {
  const { page } = t;
  await pasteText(page, `${ARTICLE} One`); // with the clock still flowing
  const words = Number(await metricText(page, 'words'));
  await page.clock.pauseAt(Date.now() + 60_000); // a pause long after the paste; time stands still

  const single = await renders(page);
  await typeAtEnd(page, ' ');
  const first = await pageTimeToRender(page, single, DEBOUNCE_MS - 20);
  assert.notEqual(first, null, 'the keystroke after the pause rendered before the debounce would have fired');
  assert.equal(Number(await metricText(page, 'words')), words, 'that render is of the text with the new space');

  // 'two': three keystrokes in no page time, right after the space: a burst, debounced.
  await typeAtEnd(page, 'two');
  const burst = await renders(page);
  await page.clock.runFor(DEBOUNCE_MS - 30);
  await page.waitForTimeout(300);
  assert.equal(await renders(page), burst, 'the rest of the burst waits for the debounce');
  const last = await pageTimeToRender(page, burst, 200);
  assert.notEqual(last, null, 'the burst is analysed once the debounce has passed');
  assert.equal(Number(await metricText(page, 'words')), words + 1, 'the burst\'s last text is rendered');
  await page.waitForTimeout(300);
  await page.clock.runFor(1_000);
  assert.equal(await renders(page), burst + 1, 'one render for the whole burst');
});
