// The foundation's end-to-end test: paste an article, see a grade and highlighted hedges;
// no request leaves localhost; the CSP is the server's; pasted markup stays text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { CSP } from '../../scripts/serve.mjs';
import { ARTICLE, artifactPath, gotoApp, metricText, openPage, pasteText } from './helpers.mjs';

let t;
before(async () => {
  t = await openPage();
  await t.page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await gotoApp(t.page, t.server.url);
});
after(async () => {
  await t?.close();
});

test('pasting an article shows a grade, counts and highlighted hedges', async () => {
  const { page } = t;
  await pasteText(page, ARTICLE);
  const grade = Number(await metricText(page, 'flesch_kincaid_grade'));
  assert.ok(Number.isFinite(grade) && grade > 2 && grade < 16, `grade ${grade} is a plausible school grade`);
  assert.match(await page.locator('#grade-meaning').textContent(), /^Grade \d+: /);
  // The article was written with 6 sentences in 3 paragraphs.
  assert.equal(await metricText(page, 'sentences'), '6');
  assert.equal(await metricText(page, 'paragraphs'), '3');
  assert.equal(await page.locator('[data-metric-path="readability.flesch_kincaid_grade"]').count(), 1);
  // Cues planted in the article, each with its category.
  const expected = [
    ['may', 'epistemic'], ['could', 'epistemic'], ['probably', 'epistemic'], ['according to', 'attribution'],
    ['Sources', 'anonymous_source'], ['Critics', 'vague_source'], ['clearly', 'booster'], ['believe', 'doxastic'],
  ];
  for (const [cue, category] of expected) {
    const marks = page.locator(`#doc mark[data-category="${category}"]`, { hasText: cue });
    assert.ok(await marks.count() >= 1, `"${cue}" is marked as ${category}`);
  }
  await page.screenshot({ path: artifactPath('foundation.png'), fullPage: true });
});

test('marks sit on the right characters after emoji and accented letters (UTF-16 offsets)', async () => {
  const { page } = t;
  await pasteText(page, 'Café owners 😀😀 said the rent may rise. Économistes 👩‍👩‍👧 believe it could.');
  const marks = await page.locator('#doc mark').allTextContents();
  assert.deepEqual(marks, ['may', 'believe', 'could']);
  // The drawn text is the pasted text, character for character.
  const drawn = await page.locator('#doc').evaluate((doc) => [...doc.querySelectorAll('.para')].map((p) => p.textContent).join('\n\n'));
  assert.equal(drawn, 'Café owners 😀😀 said the rent may rise. Économistes 👩‍👩‍👧 believe it could.');
});

test('no request goes to any origin but localhost', async () => {
  assert.deepEqual(t.external, []);
  assert.deepEqual(t.pageErrors, []);
});

test('the page declares the same Content-Security-Policy as the server (minus frame-ancestors)', async () => {
  const { page } = t;
  const directives = (policy) => policy.split(';').map((d) => d.trim()).filter(Boolean);
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.deepEqual(directives(meta), directives(CSP).filter((d) => !d.startsWith('frame-ancestors')));
  const response = await page.request.get(t.server.url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
  assert.deepEqual(await page.evaluate(() => window.__cspViolations), [], 'nothing the policy blocks');
});

test('pasted markup is drawn as text and never runs', async () => {
  const { page } = t;
  let dialogs = 0;
  page.on('dialog', (dialog) => { dialogs++; dialog.dismiss(); });
  const attack = '<img src=x onerror="window.__xss=1;alert(1)"> Officials said it <b>may</b> rain.\n\n' +
    '<script>window.__xss=2</script><svg onload="window.__xss=3"></svg> <iframe src="javascript:window.parent.__xss=4"></iframe>';
  await pasteText(page, attack);
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(dialogs, 0);
  assert.equal(await page.locator('#doc img, #doc script, #doc svg, #doc iframe, #doc b').count(), 0);
  assert.ok((await page.locator('#doc').textContent()).includes('<img src=x onerror="window.__xss=1;alert(1)">'));
  assert.equal(await page.locator('#doc mark', { hasText: 'may' }).count(), 1);
});
