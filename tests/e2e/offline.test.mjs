// Offline: the versioned service worker precaches the page and the wasm, so a reload with
// the network off still loads the page and analyses text.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { ARTICLE, gotoApp, metricText, openPage, pasteText } from './helpers.mjs';

let t;
after(async () => {
  await t?.close();
});

test('with the network off, a reload still loads the page and analyses text', async () => {
  t = await openPage();
  const { page, context } = t;
  await gotoApp(page, t.server.url);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  assert.match(await page.locator('#offline-status').textContent(), /Works offline/);
  const cached = await page.evaluate(async () => {
    const keys = await caches.keys();
    const cache = await caches.open(keys.find((k) => k.startsWith('hedgescope-')));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
  for (const path of ['/', '/index.html', '/main.js', '/worker.js', '/pkg/hedgescope.js', '/pkg/hedgescope_bg.wasm']) {
    assert.ok(cached.includes(path), `${path} is precached`);
  }

  await context.setOffline(true);
  await t.server.close(); // and the server is gone too: nothing can come from the network
  await page.reload();
  await page.waitForFunction(() => document.body.dataset.analysis !== undefined);
  await pasteText(page, ARTICLE);
  assert.equal(await metricText(page, 'sentences'), '6');
  assert.ok(await page.locator('#doc mark[data-category="epistemic"]').count() >= 3);
  t.server.close = async () => {}; // already closed
});
