// dist/, the page as it ships, against www/, its source: the same files, an index.html whose
// minified markup parses to the same elements, attributes and text (the ids, classes, data-*
// and aria-* attributes and the <textarea> are contracts the scripts and tests use), and the
// same pixels on screen. The other e2e tests run the shipped scripts themselves.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, DIST, checkPrerequisites } from './helpers.mjs';
import { SRC } from '../../scripts/minify.mjs';
import { startServer } from '../../scripts/serve.mjs';

let browser;
after(async () => {
  await browser?.close();
});

const listTree = (dir) => readdirSync(dir, { withFileTypes: true, recursive: true })
  .filter((entry) => entry.isFile())
  .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split('\\').join('/'))
  .sort();

test('dist/ ships every page file of www/ under the same path, and nothing else', () => {
  checkPrerequisites();
  const source = listTree(SRC).filter((path) => !path.endsWith('.d.ts'));
  assert.deepEqual(listTree(DIST), source);
  assert.ok(source.includes('pkg/hedgescope_bg.wasm') && source.includes('sw.js'));
});

test('dist/index.html parses to the same elements, attributes and text as www/index.html', async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const page = await browser.newPage();
  const describe = (html) => page.evaluate((markup) => {
    const doc = new DOMParser().parseFromString(markup, 'text/html');
    const norm = (s) => s.replace(/\s+/g, ' ').trim();
    return [...doc.querySelectorAll('*')].map((el) => ({
      tag: el.tagName,
      // Class order and the spaces in a comma-separated list carry no meaning.
      attributes: Object.fromEntries([...el.attributes].map((a) => [a.name,
        a.name === 'class' ? [...el.classList].sort().join(' ') : a.value.replace(/\s*,\s*/g, ',')]).sort()),
      text: [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => norm(n.data)).filter(Boolean),
    }));
  }, html);
  const source = await describe(readFileSync(join(SRC, 'index.html'), 'utf8'));
  const shipped = await describe(readFileSync(join(DIST, 'index.html'), 'utf8'));
  assert.ok(source.length > 100, 'the source page parsed');
  assert.ok(source.some((el) => el.tag === 'TEXTAREA'));
  assert.deepEqual(shipped, source);
  // And the markup did shrink: the minifier ran.
  assert.ok(readFileSync(join(DIST, 'index.html')).length < readFileSync(join(SRC, 'index.html')).length * 0.9);
});

test('dist/ and www/ draw the same pixels, empty and with the sample article analysed, light and dark', async () => {
  browser ??= await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
  const screenshots = async (root, colorScheme) => {
    const server = await startServer({ root, port: 0 });
    const context = await browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 }, serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      // Settled: the script ran, and the analyser (started at load) has shown its version.
      await page.waitForFunction(() => document.body.dataset.analysis !== undefined && /version/.test(document.getElementById('version').textContent));
      const empty = await page.screenshot({ fullPage: true });
      await page.getByRole('button', { name: 'Load the sample article' }).click();
      await page.waitForFunction(() => Number(document.body.dataset.renders ?? 0) > 0 && document.body.dataset.analysis === 'ready');
      // The status line reports the analysis time, which differs from run to run.
      await page.evaluate(() => { document.getElementById('status-text').textContent = 'Analysed.'; document.getElementById('more-scores').open = true; });
      return [empty, await page.screenshot({ fullPage: true })];
    } finally {
      await context.close();
      await server.close();
    }
  };
  for (const scheme of ['light', 'dark']) {
    const [source, shipped] = [await screenshots(SRC, scheme), await screenshots(DIST, scheme)];
    assert.ok(source[0].equals(shipped[0]), `the empty page looks the same (${scheme})`);
    assert.ok(source[1].equals(shipped[1]), `the analysed sample looks the same (${scheme})`);
    assert.ok(!source[0].equals(source[1]), 'the analysis changed the page');
  }
});
