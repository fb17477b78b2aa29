// Input: opening .html and .md files (HTML converted to text, its scripts never run),
// drag and drop, and the sample article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gotoApp, openPage, renders, waitForRender } from './helpers.mjs';

let t;
before(async () => {
  t = await openPage();
  await gotoApp(t.page, t.server.url);
});
after(async () => {
  await t?.close();
});

const HOSTILE_HTML = `<!doctype html><html><head><title>Budget</title>
<script>window.__xss = 'head script'; alert('head');</script>
<style>p { color: red }</style></head>
<body onload="window.__xss='onload'">
<h1>Library cuts</h1>
<p>The council <em>may</em> close two branches, according to a draft.</p>
<img src="http://example.com/tracker.png" onerror="window.__xss='onerror'">
<script>window.__xss = 'body script'</script>
<iframe src="javascript:parent.__xss='iframe'"></iframe>
<p>Critics said the plan was <a href="javascript:window.__xss='link'">clearly</a> unfair.<br>A second line.</p>
<ul><li>First point</li><li>Second point</li></ul>
</body></html>`;

test('an opened HTML file becomes plain text; its scripts, handlers and images never run or load', async () => {
  const { page } = t;
  let dialogs = 0;
  page.on('dialog', (dialog) => { dialogs++; dialog.dismiss(); });
  const before = await renders(page);
  await page.locator('#file-input').setInputFiles({ name: 'article.html', mimeType: 'text/html', buffer: Buffer.from(HOSTILE_HTML) });
  await waitForRender(page, before);
  const value = await page.locator('textarea').inputValue();
  assert.equal(value, 'Library cuts\n\nThe council may close two branches, according to a draft.\n\n' +
    'Critics said the plan was clearly unfair.\nA second line.\n\nFirst point\n\nSecond point');
  await page.waitForTimeout(300);
  assert.equal(await page.evaluate(() => window.__xss), undefined);
  assert.equal(dialogs, 0);
  assert.deepEqual(t.external, [], 'the tracker image was never requested');
  assert.equal(await page.locator('#doc mark[data-category="epistemic"]', { hasText: 'may' }).count(), 1);
  assert.match(await page.locator('#draft-status').textContent(), /Opened article\.html/);
});

test('an opened Markdown file loses its markup', async () => {
  const { page } = t;
  const before = await renders(page);
  const markdown = '# Port news\n\nThe ferry **might** be late, [officials](https://example.com) said.\n\n- Analysts expect delays\n';
  await page.locator('#file-input').setInputFiles({ name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from(markdown) });
  await waitForRender(page, before);
  assert.equal(await page.locator('textarea').inputValue(), 'Port news\n\nThe ferry might be late, officials said.\n\nAnalysts expect delays');
});

test('a .txt file dropped on the editor opens', async () => {
  const { page } = t;
  const before = await renders(page);
  await page.evaluate(() => {
    const data = new DataTransfer();
    data.items.add(new File(['Dropped text. It may work.'], 'dropped.txt', { type: 'text/plain' }));
    const zone = document.getElementById('drop-zone');
    zone.dispatchEvent(new DragEvent('dragenter', { dataTransfer: data, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  });
  await waitForRender(page, before);
  assert.equal(await page.locator('textarea').inputValue(), 'Dropped text. It may work.');
  assert.equal(await page.locator('#drop-overlay').isHidden(), true);
});

test('the sample article shows every category of finding', async () => {
  const { page } = t;
  const before = await renders(page);
  await page.getByRole('button', { name: 'Load the sample article' }).click();
  await waitForRender(page, before);
  const value = await page.locator('textarea').inputValue();
  assert.match(value, /^Harbor town weighs a seawall/);
  for (const category of ['epistemic', 'doxastic', 'attribution', 'vague_source', 'anonymous_source', 'booster', 'investigation']) {
    assert.ok(await page.locator(`#doc mark[data-category="${category}"]`).count() > 0, `sample has ${category}`);
  }
  assert.ok(Number(await page.locator('[data-metric="words"]').textContent()) > 300);
});
