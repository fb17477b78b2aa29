// Reading the results: filters, stepping through a summary item, tooltips, exports, keyboard
// use, dark mode, reduced motion, the narrow layout and the not-English notice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { artifactPath, gotoApp, metricText, openPage, pasteText, renders, waitForRender } from './helpers.mjs';

let t;
before(async () => {
  t = await openPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  await gotoApp(t.page, t.server.url);
  const before = await renders(t.page);
  await t.page.getByRole('button', { name: 'Load the sample article' }).click();
  await waitForRender(t.page, before);
});
after(async () => {
  await t?.close();
});

const background = (locator) => locator.evaluate((e) => getComputedStyle(e).backgroundColor);

test('unchecking a category in the legend removes its highlights and only its', async () => {
  const { page } = t;
  const epistemic = page.locator('#doc mark[data-category="epistemic"]').first();
  const booster = page.locator('#doc mark[data-category="booster"]').first();
  const boosterColour = await background(booster);
  assert.notEqual(await background(epistemic), 'rgba(0, 0, 0, 0)');
  await page.locator('input[data-filter="epistemic"]').uncheck();
  assert.equal(await background(epistemic), 'rgba(0, 0, 0, 0)');
  assert.equal(await background(booster), boosterColour);
  await page.locator('input[data-filter="epistemic"]').check();
  assert.notEqual(await background(epistemic), 'rgba(0, 0, 0, 0)');
});

test('pressing a summary item steps through its findings, one press at a time', async () => {
  const { page } = t;
  const button = page.locator('#category-buttons button[data-category="anonymous_source"]');
  const count = Number(await button.locator('[data-metric="anonymous_source"]').textContent());
  assert.ok(count >= 2, 'the sample has several anonymous-source cues');
  assert.equal(await page.locator('#doc mark[data-category="anonymous_source"]').count(), count);
  await button.click();
  assert.equal(await page.locator('#stepper-label').textContent(), `${count} anonymous sources: 1 of ${count}`);
  const first = await page.evaluate(() => document.activeElement.dataset.finding);
  assert.equal(await page.evaluate(() => document.activeElement.dataset.category), 'anonymous_source');
  assert.equal(await page.locator('#doc mark.in-step').count(), count);
  await button.click();
  assert.equal(await page.locator('#stepper-label').textContent(), `${count} anonymous sources: 2 of ${count}`);
  assert.notEqual(await page.evaluate(() => document.activeElement.dataset.finding), first);
  assert.match(await page.locator('#tooltip').textContent(), /^Anonymous source: “.+”.*An anonymous source/);
  await page.waitForFunction(() => /2 of \d+\. Anonymous source/.test(document.getElementById('announcer').textContent));
  await page.locator('#stepper-done').click();
  assert.equal(await page.locator('#doc mark.in-step').count(), 0);
  assert.equal(await page.locator('#stepper').isHidden(), true);
});

test('hovering a finding shows its explanation', async () => {
  const { page } = t;
  await page.locator('#doc mark[data-category="booster"]').first().hover();
  assert.equal(await page.locator('#tooltip').isVisible(), true);
  assert.match(await page.locator('#tooltip').textContent(), /^Booster: “.+”.*presents the claim as certain/i);
});

test('the keyboard reaches the editor, the buttons and the findings, with a visible focus', async () => {
  const { page } = t;
  await page.locator('.skip-link').focus();
  assert.equal(await page.locator('.skip-link').evaluate((e) => e.getBoundingClientRect().top >= 0), true, 'the skip link shows when focused');
  const seen = ['skip-link'];
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    seen.push(await page.evaluate(() => document.activeElement.id || document.activeElement.className));
  }
  assert.deepEqual(seen.slice(0, 5), ['skip-link', 'sample-button', 'open-button', 'clear-button', 'article']);
  await page.locator('#sample-button').focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'a keyboard-focused button shows an outline');
  await page.locator('#doc').focus();
  await page.keyboard.press('n');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'MARK');
  assert.equal(await page.locator('#tooltip').isVisible(), true);
  await page.keyboard.press('n');
  assert.match(await page.locator('#stepper-label').textContent(), /^All findings: 2 of \d+$/);
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#stepper').isHidden(), true);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'doc');
});

test('exports: the JSON is the Report, the CSV has one row per sentence', async () => {
  const { page } = t;
  const [json] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
  assert.equal(json.suggestedFilename(), 'hedgescope-report.json');
  const report = JSON.parse(await readFile(await json.path(), 'utf8'));
  assert.equal(String(report.counts.words), await metricText(page, 'words'));
  assert.equal(report.readability.flesch_kincaid_grade.toFixed(1), await metricText(page, 'flesch_kincaid_grade'));
  assert.equal(report._page, undefined, 'the page-only data is not exported');
  assert.equal(report.hedges.length, await page.locator('#doc mark[data-category]').count());

  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
  const lines = (await readFile(await csv.path(), 'utf8')).trimEnd().split('\r\n');
  assert.equal(lines[0], 'sentence,paragraph,start,end,words,syllables,grade,difficulty,findings,categories,cues,text');
  assert.equal(lines.length, report.sentences.length + 1);
  assert.ok(lines[1].endsWith(',Harbor town weighs a seawall it may not be able to afford'));
  assert.ok(lines.some((l) => l.includes('anonymous_source')));
});

test('the CSV export defuses cells a spreadsheet would run as formulas', async () => {
  const { page } = t;
  await pasteText(page, '=HYPERLINK("http://example.com") may be clicked.');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('#export-csv').click()]);
  const lines = (await readFile(await csv.path(), 'utf8')).trimEnd().split('\r\n');
  assert.ok(lines[1].endsWith(`,"'=HYPERLINK(""http://example.com"") may be clicked."`), lines[1]);
});

test('copy summary puts a readable summary on the clipboard', async () => {
  const { page } = t;
  const before = await renders(page);
  await page.getByRole('button', { name: 'Load the sample article' }).click();
  await waitForRender(page, before);
  await page.locator('#copy-summary').click();
  await page.waitForFunction(() => /copied/.test(document.getElementById('export-status').textContent));
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const grade = await metricText(page, 'flesch_kincaid_grade');
  assert.match(text, /^Hedgescope summary\n/);
  assert.ok(text.includes(`Flesch-Kincaid grade: ${grade} (Grade `), text);
  assert.match(text, /Findings: possibility hedges \d+, /);
});

test('a text that is not English gets a notice; English does not', async () => {
  const { page } = t;
  const french = 'Le conseil municipal pourrait fermer deux bibliothèques publiques l’année prochaine, selon un projet de budget. ' +
    'Des responsables ont déclaré que le plan permettrait sans doute d’économiser deux millions. Les critiques estiment que ' +
    'les enfants des quartiers pauvres seront les premiers touchés par ces fermetures annoncées.';
  await pasteText(page, french);
  assert.equal(await page.locator('#language-notice').isVisible(), true);
  assert.match(await page.locator('#language-notice').textContent(), /does not look like English/);
  const before = await renders(page);
  await page.getByRole('button', { name: 'Load the sample article' }).click();
  await waitForRender(page, before);
  assert.equal(await page.locator('#language-notice').isHidden(), true);
});

test('dark mode follows prefers-color-scheme and reduced motion turns smooth scrolling off', async () => {
  const { page } = t;
  const luminance = (rgb) => {
    const [r, g, b] = rgb.match(/\d+/g).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  await page.emulateMedia({ colorScheme: 'dark' });
  const body = await page.evaluate(() => [getComputedStyle(document.body).backgroundColor, getComputedStyle(document.body).color]);
  assert.ok(luminance(body[0]) < 40 && luminance(body[1]) > 200, `dark background, light text: ${body}`);
  await page.screenshot({ path: artifactPath('dark.png') });
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'auto');
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), 'smooth');
});

test('text keeps WCAG AA contrast (4.5:1) on every highlight and panel, in light and dark mode', async () => {
  const { page } = t;
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    const pairs = await page.evaluate(() => {
      const rgb = (c) => c.match(/[\d.]+/g).slice(0, 3).map(Number);
      const lum = (c) => {
        const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((m, n) => n - m); return (x + 0.05) / (y + 0.05); };
      const opaqueBackground = (e) => {
        for (let n = e; n; n = n.parentElement) {
          const bg = getComputedStyle(n).backgroundColor;
          if (!bg.startsWith('rgba') || !bg.endsWith(', 0)')) return bg;
        }
        return 'rgb(255, 255, 255)';
      };
      const samples = [
        ...[...document.querySelectorAll('#doc mark[data-category]')].map((m) => [`mark ${m.dataset.category}`, m]),
        ...[...document.querySelectorAll('#doc .sentence')].map((s) => [`sentence ${s.dataset.difficulty}`, s]),
        ['muted hint', document.querySelector('.hint')], ['card meaning', document.querySelector('.meaning')],
        ['button', document.querySelector('button')], ['body', document.body],
      ];
      return samples.map(([name, e]) => [name, ratio(getComputedStyle(e).color, opaqueBackground(e))]);
    });
    assert.ok(pairs.filter(([name]) => name.startsWith('mark')).length >= 6, 'highlights were checked');
    for (const [name, ratio] of pairs) assert.ok(ratio >= 4.5, `${scheme}: ${name} has contrast ${ratio.toFixed(2)}`);
  }
  await page.emulateMedia({ colorScheme: 'light' });
});

test('side by side on a wide screen, stacked on a narrow one', async () => {
  const { page } = t;
  const boxes = () => page.evaluate(() => [document.querySelector('.editor'), document.querySelector('.results')].map((e) => e.getBoundingClientRect().toJSON()));
  let [editor, results] = await boxes();
  assert.ok(results.left >= editor.right, 'results beside the editor');
  await page.setViewportSize({ width: 600, height: 900 });
  [editor, results] = await boxes();
  assert.ok(results.top >= editor.bottom, 'results below the editor');
  await page.screenshot({ path: artifactPath('narrow.png') });
  await page.setViewportSize({ width: 1280, height: 900 });
});
