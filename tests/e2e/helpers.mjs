// Shared set-up of the browser end-to-end tests: the static server started in-process on a
// free port, Chromium driven by playwright-core with the flags that keep it offline-quiet and
// a fresh profile, and a guard that records any request to a non-localhost origin.
//
// The tests load dist/, the page as it ships (www/ minified by scripts/build.sh), so they
// test the real artifact; without a build they fail at once with a message that says so.

import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { pageFiles, SRC } from '../../scripts/minify.mjs';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The served root: dist/, what ships (www/ is its readable source). */
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

/** Fails with a clear message when the wasm package or the browser is missing. */
export function checkPrerequisites() {
  for (const file of ['index.html', 'pkg/hedgescope.js', 'pkg/hedgescope_bg.wasm']) {
    if (!existsSync(join(DIST, file))) {
      throw new Error(`dist/${file} is missing: run \`bash scripts/build.sh\` (or \`npm run build\`) before the e2e tests.`);
    }
  }
  // An edit of www/ reaches the tests only through a build: refuse to test a stale dist/.
  for (const file of pageFiles()) {
    const shipped = join(DIST, file);
    if (!existsSync(shipped) || statSync(shipped).mtimeMs < statSync(join(SRC, file)).mtimeMs) {
      throw new Error(`dist/${file} is missing or older than www/${file}: run \`bash scripts/build.sh\` before the e2e tests.`);
    }
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}: install it (apt-get install chromium) or set CHROMIUM_PATH.`);
  }
}

/**
 * Starts the server and a persistent Chromium context with a fresh profile directory.
 * Returns { server, context, page, external, close }; `external` collects every request
 * URL whose host is not 127.0.0.1/localhost.
 */
export async function openPage({ colorScheme = 'light', viewport = { width: 1280, height: 900 }, serviceWorkers = 'allow', permissions = [] } = {}) {
  checkPrerequisites();
  const server = await startServer({ root: DIST, port: 0 });
  const profile = mkdtempSync(join(tmpdir(), 'hedgescope-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
    viewport,
    colorScheme,
    serviceWorkers,
    acceptDownloads: true,
    permissions,
  });
  const external = [];
  const pageErrors = [];
  const watch = (page) => {
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol) && !['127.0.0.1', 'localhost'].includes(url.hostname)) {
        external.push(request.url());
      }
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));
  };
  context.on('page', watch);
  const page = context.pages()[0] ?? (await context.newPage());
  watch(page);
  return {
    server, context, page, external, pageErrors,
    async close() {
      await context.close().catch(() => {});
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Loads the page and waits until its modules have wired the textarea. */
export async function gotoApp(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.analysis !== undefined);
}

/** Number of finished renders so far (body[data-renders]). */
export function renders(page) {
  return page.evaluate(() => Number(document.body.dataset.renders ?? 0));
}

/** Waits for a render after `before` renders, and returns the new count. */
export async function waitForRender(page, before, timeout = 30_000) {
  await page.waitForFunction((n) => Number(document.body.dataset.renders ?? 0) > n && document.body.dataset.analysis === 'ready', before, { timeout });
  return renders(page);
}

/** Puts text in the textarea as a paste does (one input event), then waits for its render. */
export async function pasteText(page, text, { wait = true } = {}) {
  const before = await renders(page);
  await page.locator('textarea').focus();
  await page.evaluate((value) => {
    const textarea = document.querySelector('textarea');
    textarea.value = value;
    textarea.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, text);
  if (wait) await waitForRender(page, before);
}

export function artifactPath(name) {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** Reads the text of the element with data-metric=key. */
export function metricText(page, key) {
  return page.locator(`[data-metric="${key}"]`).first().textContent();
}

/**
 * An original test article (written for these tests): named, anonymous and vague sources,
 * hedges and a booster, in three paragraphs.
 */
export const ARTICLE = `The city may close two of its public libraries next year, according to a budget draft.

Officials said the plan could save about $2 million. Sources close to the mayor said the decision was probably final. Critics argue that the cuts will clearly hurt children in poorer neighborhoods.

"We believe the branches can be saved if the state helps," said Maria Chen, who leads the library board. Analysts expect a vote in March.`;
