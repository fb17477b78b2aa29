// The benchmark: every speed, memory and size figure of issue 8 in one run.
//
//   npm run bench                 (= node scripts/bench.mjs)
//   npm run bench -- --quick      skip textstat on 5 MB (it takes about 10 s a run)
//   npm run bench -- --no-build   reuse www/pkg and the native build as they are
//   npm run bench -- --only native,node,chromium,textstat,payload,page,adversarial
//   npm run bench -- --no-build --only payload,pagemem    the payload and the real page's memory only
//
// Inputs: 5 KB, 50 KB, 500 KB and 5 MB of Brown-corpus English (scripts/bench-corpus.mjs,
// written to bench-data/ on first use). For each input it times the full `analyze`:
//   native    release build, examples/bench.rs (peak heap from a counting allocator)
//   node      the page's wasm (www/pkg) in node, incl. building the JS result object
//   chromium  the same wasm in headless Chromium (playwright-core, /usr/bin/chromium); peak
//             memory of a fresh tab that loads the 5 MB text and analyses it once, as the
//             private footprint (RssAnon + VmSwap, sampled every 5 ms: what Chrome's Task
//             Manager reports for a tab) and as the resident high-water mark (VmHWM, which
//             also counts the shared, file-backed pages of the Chromium binary)
//   textstat  PyPI textstat computing the same metrics (scripts/bench_textstat.py)
// and prints the median time, MB/s (1 MB = 10^6 bytes), memory, the growth exponent between
// consecutive sizes (log(t2/t1) / log(s2/s1): 1.0 is linear), the wasm/textstat throughput
// ratio, the page payload gzipped, and, when the page exists (www/index.html), the page-level
// timings and the real page's memory with the 5 MB text pasted, and the growth of `analyze` on adversarial shapes (examples/bench_adversarial.rs:
// thousands of "Mr.", runs of "...", capitalised words, ...). Targets are printed next to the figures with "ok" or "NOT MET".
//
// The machine is shared: medians move with other load. The best (min) time is printed too.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { article, brownParagraphs, ensureInputs } from './bench-corpus.mjs';
import { gotoApp, renders, waitForRender } from '../tests/e2e/helpers.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WWW = join(ROOT, 'www');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const noBuild = args.includes('--no-build');
const onlyArg = args.find((a, i) => args[i - 1] === '--only' || a.startsWith('--only='));
const only = new Set((onlyArg?.replace('--only=', '') ?? 'native,node,chromium,textstat,payload,page,adversarial').split(','));

const TARGETS = { mbPerSec: 60, ratio: 100, exponent: 1.1, tabMB: 200, payloadKB: 150 };
const env = { ...process.env, PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.HOME}/.cargo/bin:${process.env.PATH}` };

const verdict = (ok) => (ok ? 'ok' : 'NOT MET');
const mb = (bytes) => (bytes / 1e6).toFixed(1) + ' MB';
const log = (...a) => console.log(...a);

/** Runs a command that prints one JSON object per line; returns the parsed objects. */
function jsonLines(cmd, cmdArgs, options = {}) {
  const out = execFileSync(cmd, cmdArgs, { cwd: ROOT, env, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 1 << 26, ...options });
  return out.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
}

function exponents(rows) {
  const out = [];
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1], rows[i]];
    out.push(Math.log(b.median_ms / a.median_ms) / Math.log(b.bytes / a.bytes));
  }
  return out;
}

function table(title, rows, labels, memoryColumn) {
  log(`\n## ${title}`);
  log('size    bytes      median ms     best ms     MB/s   growth  ' + (memoryColumn ? memoryColumn[0] : ''));
  const exps = exponents(rows);
  rows.forEach((r, i) => {
    const growth = i === 0 ? '' : exps[i - 1].toFixed(2);
    log(
      `${labels[i].padEnd(6)} ${String(r.bytes).padStart(8)} ${r.median_ms.toFixed(2).padStart(12)} ${r.min_ms.toFixed(2).padStart(11)} ${r.mb_per_s.toFixed(2).padStart(8)} ${growth.padStart(8)}  ${memoryColumn ? memoryColumn[1](r) : ''}`,
    );
  });
  const last = exps[exps.length - 1];
  if (last !== undefined) log(`growth exponent ${labels[rows.length - 2]} -> ${labels[rows.length - 1]}: ${last.toFixed(2)} (target <= ${TARGETS.exponent}: ${verdict(last <= TARGETS.exponent)})`);
  return exps;
}

function build() {
  if (noBuild) return;
  log('building: bash scripts/build.sh (wasm for the page) and the native bench example');
  execFileSync('bash', ['scripts/build.sh'], { cwd: ROOT, env, stdio: 'inherit' });
  execFileSync('cargo', ['build', '--quiet', '--release', '--example', 'bench', '--example', 'bench_adversarial'], { cwd: ROOT, env, stdio: 'inherit' });
}

// ---- Chromium -------------------------------------------------------------------------

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Process ids of Chromium renderers (any --type=renderer process). */
function rendererPids() {
  const pids = new Set();
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes('--type=renderer')) pids.add(pid);
    } catch { /* process ended */ }
  }
  return pids;
}

/** Peak resident memory (VmHWM) of a process, in bytes. */
function peakRss(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)[1]) * 1024;
}

/**
 * A process's private memory footprint in bytes: RssAnon + VmSwap, the figure Chrome itself
 * reports for a tab on Linux (Task Manager's "Memory footprint", the PrivateMemoryFootprint
 * metric). Unlike VmHWM it leaves out file-backed pages (the Chromium binary's code and
 * fonts, about 90-120 MB per renderer here), which every tab and the browser share.
 * 0 once the process is gone.
 */
function privateFootprint(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`${key}:\\s+(\\d+) kB`).exec(status)?.[1] ?? 0);
    return (kb('RssAnon') + kb('VmSwap')) * 1024;
  } catch {
    return 0;
  }
}

/**
 * The private footprint of the tab's renderer: the largest of the new renderer processes
 * `pids` (Chromium may start a spare renderer next to the tab's; the page and its worker
 * share one process).
 */
function tabFootprint(pids) {
  return Math.max(...pids.map(privateFootprint));
}

/**
 * Samples tabFootprint(pids) every 5 ms until `stop()`, which returns the highest value seen
 * (the kernel keeps no high-water mark for RssAnon).
 */
function sampleFootprint(pids) {
  let peak = tabFootprint(pids);
  const timer = setInterval(() => { peak = Math.max(peak, tabFootprint(pids)); }, 5);
  return { stop: () => { clearInterval(timer); return Math.max(peak, tabFootprint(pids)); } };
}

/** Serves www/pkg and bench-data under http://bench.local/ through request interception. */
async function routeBenchSite(context, inputs) {
  const page = `<!doctype html><meta charset="utf-8"><title>bench</title><script type="module">
    import init, * as wasm from '/pkg/hedgescope.js';
    window.ready = init().then(() => { window.wasm = wasm; });
  </script>`;
  await context.route('http://bench.local/**', async (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: page });
    if (path.startsWith('/pkg/')) {
      const file = join(WWW, path);
      const type = file.endsWith('.wasm') ? 'application/wasm' : 'text/javascript';
      return route.fulfill({ contentType: type, body: readFileSync(file) });
    }
    const input = inputs.find((i) => path === `/input/${i.label}`);
    if (input) return route.fulfill({ contentType: 'text/plain; charset=utf-8', body: readFileSync(input.path) });
    return route.fulfill({ status: 404, body: 'not found' });
  });
}

async function launchChromium() {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

async function benchChromium(inputs) {
  const browser = await launchChromium();
  const rows = [];
  let tabPeak = null;
  try {
    // Peak memory: a fresh tab (its own renderer) loads the 5 MB text and analyses it once.
    {
      const before = rendererPids();
      const context = await browser.newContext();
      await routeBenchSite(context, inputs);
      const page = await context.newPage();
      await page.goto('http://bench.local/');
      await page.evaluate(() => window.ready);
      const pids = [...rendererPids()].filter((p) => !before.has(p));
      const largest = inputs[inputs.length - 1];
      const empty = Math.max(...pids.map(peakRss));
      const emptyPrivate = tabFootprint(pids);
      await page.evaluate(async (label) => {
        window.benchText = await (await fetch(`/input/${label}`)).text();
      }, largest.label);
      // The tab's high-water mark with the page, the wasm and the text loaded, before analysis.
      const loaded = Math.max(...pids.map(peakRss));
      const loadedPrivate = tabFootprint(pids);
      const sampler = sampleFootprint(pids);
      const info = await page.evaluate(() => {
        const t = performance.now();
        const report = window.wasm.analyze(window.benchText);
        window.keep = report; // held, as the page holds the Report it renders
        return { ms: performance.now() - t, words: report.counts.words };
      });
      const peakPrivate = sampler.stop();
      tabPeak = { label: largest.label, bytes: Math.max(...pids.map(peakRss)), before: loaded, empty, pids: pids.length, first_ms: info.ms, peakPrivate, loadedPrivate, emptyPrivate };
      await context.close();
    }
    // Timings: one tab, each input warmed up once, then timed until 2 s pass (3 to 50 runs).
    const context = await browser.newContext();
    await routeBenchSite(context, inputs);
    const page = await context.newPage();
    await page.goto('http://bench.local/');
    await page.evaluate(() => window.ready);
    for (const input of inputs) {
      const r = await page.evaluate(async (label) => {
        const text = await (await fetch(`/input/${label}`)).text();
        const words = window.wasm.analyze(text).counts.words;
        const times = [];
        const started = performance.now();
        while (times.length < 3 || (times.length < 50 && performance.now() - started < 2000)) {
          const t = performance.now();
          window.wasm.analyze(text);
          times.push(performance.now() - t);
        }
        times.sort((a, b) => a - b);
        // The same analysis without the three big lists (paragraphs, sentences, findings):
        // the core plus the small part of the Report. The difference is what building those
        // lists as JS objects costs (src/api.rs), the profile's split for the note.
        const lean = { sentences: false, paragraphs: false, hedges: false };
        const leanTimes = [];
        const leanStarted = performance.now();
        while (leanTimes.length < 3 || (leanTimes.length < 50 && performance.now() - leanStarted < 1000)) {
          const t = performance.now();
          window.wasm.analyze(text, lean);
          leanTimes.push(performance.now() - t);
        }
        leanTimes.sort((a, b) => a - b);
        return { words, times, leanMedian: leanTimes[Math.floor(leanTimes.length / 2)] };
      }, input.label);
      const median = r.times[Math.floor(r.times.length / 2)];
      rows.push({ bytes: input.bytes, words: r.words, runs: r.times.length, median_ms: median, min_ms: r.times[0], mb_per_s: input.bytes / 1e6 / (median / 1e3), lean_ms: r.leanMedian });
    }
    await context.close();
  } finally {
    await browser.close();
  }
  return { rows, tabPeak };
}

// ---- The page (www/), when it exists ---------------------------------------------------

async function benchPage(paragraphs, largest) {
  if (!existsSync(join(WWW, 'index.html'))) {
    log('\n## Page-level timings\nskipped: www/index.html is not in this checkout yet (the page is built in parallel).');
    return;
  }
  const { startServer } = await import('./serve.mjs');
  const server = await startServer({ port: 0 });
  const browser = await launchChromium();
  log('\n## Page-level timings (headless Chromium, the real page served by scripts/serve.mjs)');
  try {
    const metric = async (page) => page.evaluate(() => {
      const el = document.querySelector('[data-metric="words"]') ?? document.querySelector('[data-metric]');
      return el ? el.textContent.trim() : null;
    });
    // Time to first result: navigation start until the result for a 1,500-word article
    // (typed into the textarea as soon as it exists) is rendered.
    const a1500 = article(paragraphs, 1500);
    const context = await browser.newContext();
    const page = await context.newPage();
    const t0 = Date.now();
    await page.goto(server.url, { waitUntil: 'commit' });
    const textarea = page.locator('textarea').first();
    await textarea.waitFor();
    const initial = await metric(page);
    await textarea.fill(a1500);
    await page.waitForFunction((initial) => {
      const el = document.querySelector('[data-metric="words"]') ?? document.querySelector('[data-metric]');
      return el && el.textContent.trim() !== '' && el.textContent.trim() !== initial && /\d/.test(el.textContent);
    }, initial, { timeout: 60000 }).catch(() => { throw new Error('no result rendered within 60 s of filling the 1,500-word article'); });
    log(`time from navigation to the first rendered result, 1,500-word article: ${Date.now() - t0} ms`);
    // The same article pasted once the page has settled (the reader takes a moment to paste):
    // from the paste to the rendered result, in a fresh tab.
    {
      const settled = await browser.newContext();
      const fresh = await settled.newPage();
      await fresh.goto(server.url, { waitUntil: 'load' });
      await fresh.waitForFunction(() => /version/.test(document.getElementById('version')?.textContent ?? ''), null, { timeout: 60000 });
      const before = await renders(fresh);
      const t = Date.now();
      await fresh.locator('textarea').first().fill(a1500);
      await waitForRender(fresh, before, 60000);
      log(`first paste once the page has settled (loaded, analyser started) to its rendered result, 1,500-word article: ${Date.now() - t} ms`);
      await settled.close();
    }
    // Re-render after one keystroke on a 2,000-word article: the text ends with a space, so
    // each measured keystroke (a letter) adds a word; wait until the word count shown changes.
    const a2000 = article(paragraphs, 2000).trimEnd() + ' ';
    const before2000 = await metric(page);
    await textarea.fill(a2000);
    await page.waitForFunction((before) => {
      const el = document.querySelector('[data-metric="words"]');
      return el && el.textContent.trim() !== before;
    }, before2000, { timeout: 60000 }).catch(() => { throw new Error('the 2,000-word article was not rendered within 60 s'); });
    await page.waitForTimeout(1000);
    const times = [];
    for (let i = 0; i < 5; i++) {
      const before = await metric(page);
      await textarea.focus();
      await page.keyboard.press('End');
      await page.keyboard.press('Control+End');
      const t = Date.now();
      await page.keyboard.type('a');
      const changed = await page.waitForFunction((before) => {
        const el = document.querySelector('[data-metric="words"]') ?? document.querySelector('[data-metric]');
        return el && el.textContent.trim() !== before;
      }, before, { timeout: 10000, polling: 'raf' }).then(() => true, () => false);
      times.push(changed ? Date.now() - t : NaN);
      await page.keyboard.type(' ');
      await page.waitForTimeout(600);
    }
    times.sort((a, b) => a - b);
    log(`re-render after a keystroke, 2,000-word article: median ${times[2]} ms (of ${times.join(', ')} ms; includes any debounce the page applies)`);
    await context.close();
    await pageMemory(browser, server.url, largest);
  } catch (e) {
    log(`page-level timings failed: ${e.message.split('\n')[0]}`);
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * The real page's tab with the 5 MB input pasted: its private footprint before any text,
 * with the text in the <textarea> but not yet analysed, and the peak while the worker
 * analyses it and the page draws the result. The middle figure is Blink laying out 5 MB in a
 * textarea (the same in a page with nothing but a textarea); the difference to the peak is
 * what Hedgescope's analysis and drawing cost.
 */
async function pageMemory(browser, url, largest, { breakdown = false } = {}) {
  const text = readFileSync(largest.path, 'utf8');
  const before = rendererPids();
  // Service workers blocked: a fresh tab with no worker of an earlier context around.
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    const page = await context.newPage();
    await gotoApp(page, url);
    const pids = [...rendererPids()].filter((p) => !before.has(p));
    const empty = tabFootprint(pids);
    await page.evaluate((value) => {
      document.querySelector('textarea').value = value; // no input event yet: nothing analysed
    }, text);
    const rendersBefore = await renders(page);
    await page.waitForTimeout(1500);
    const withText = tabFootprint(pids);
    const sampler = sampleFootprint(pids);
    const t = Date.now();
    await page.evaluate(() => {
      document.querySelector('textarea').dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    });
    await waitForRender(page, rendersBefore, 120_000);
    const ms = Date.now() - t;
    await page.waitForTimeout(1000);
    const peak = sampler.stop();
    log(`memory of the real page's tab, ${largest.label} pasted into the textarea (analysed and drawn in ${ms} ms), private footprint (RssAnon + VmSwap):`);
    log(`  peak ${mb(peak)} (target <= ${TARGETS.tabMB} MB: ${verdict(peak <= TARGETS.tabMB * 1e6)}); before any text ${mb(empty)}; with the text in the textarea, not yet analysed, ${mb(withText)} (Blink's layout of the textarea); so the analysis and drawing add ${mb(peak - withText)}`);
    if (breakdown) await allocatorBreakdown(browser);
  } finally {
    await context.close();
  }
}

/**
 * What the tab's renderer holds now, by allocator, from Chromium's own memory-infra dump
 * (the figures of chrome://tracing's memory view): Blink's garbage-collected heap (layout
 * objects: the textarea's text shaped and broken into lines lives here), V8 (the page and
 * its worker), PartitionAlloc's buffer partition (strings), malloc, localStorage, and the
 * biggest Blink object types. The tab is the renderer with the largest Blink heap.
 */
async function allocatorBreakdown(browser) {
  const cdp = await browser.newBrowserCDPSession();
  const events = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
  const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
  await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['disabled-by-default-memory-infra'], memoryDumpConfig: { triggers: [] } } });
  await cdp.send('Tracing.requestMemoryDump', { deterministic: false, levelOfDetail: 'detailed' });
  await cdp.send('Tracing.end');
  await complete;
  await cdp.detach();
  const size = (dump, name) => parseInt(dump?.[name]?.attrs?.size?.value ?? '0', 16);
  const tab = events.filter((e) => e.ph === 'v' && e.args?.dumps?.allocators).map((e) => e.args.dumps.allocators)
    .reduce((a, b) => (size(b, 'blink_gc') > size(a, 'blink_gc') ? b : a), {});
  const parts = ['blink_gc', 'blink_gc/main/allocated_objects', 'v8/main', 'v8/workers', 'partition_alloc/partitions/buffer', 'malloc', 'site_storage', 'cc'];
  log(`  by allocator after the drawing: ${parts.map((p) => `${p} ${mb(size(tab, p))}`).join(', ')}`);
  const objects = Object.keys(tab).filter((n) => /^blink_objects\/blink_gc\/main\/[^/]+$/.test(n)).sort((a, b) => size(tab, b) - size(tab, a));
  log(`  biggest Blink objects: ${objects.slice(0, 6).map((n) => `${n.split('/').pop().replace(/ \(0x[0-9a-f]+\)$/, '')} ${mb(size(tab, n))}`).join(', ')}`);
}

/** Only the real page's memory (`--only pagemem`, with --no-build: ~15 s), for work on it. */
async function benchPageMemory(largest) {
  const { startServer } = await import('./serve.mjs');
  const server = await startServer({ port: 0 });
  const browser = await launchChromium();
  log('\n## The real page\'s memory (headless Chromium, the page served by scripts/serve.mjs)');
  try {
    await pageMemory(browser, server.url, largest, { breakdown: true });
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---- Payload ----------------------------------------------------------------------------

/** What the page ships: dist/, written by scripts/build.sh (www/ minified file by file). */
const DIST = join(ROOT, 'dist');

/** Issue 8's kinds of payload; a shipped file of no kind (pkg/precache.json) is listed, not counted. */
function payloadKind(path) {
  if (path.startsWith('pkg/')) return path.endsWith('.wasm') ? 'pkg/*.wasm' : path.endsWith('.js') ? 'pkg/*.js' : null;
  return { '.html': 'html', '.css': 'css', '.js': 'js', '.mjs': 'js' }[extname(path)] ?? null;
}

function payload() {
  log('\n## Page payload (gzip -9 of each html, css, js, pkg/*.js and pkg/*.wasm file the page ships: dist/)');
  if (!existsSync(join(DIST, 'index.html'))) {
    log('skipped: dist/ is missing: run bash scripts/build.sh');
    return;
  }
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else files.push(relative(DIST, path).split('\\').join('/'));
    }
  };
  walk(DIST);
  const kinds = { html: 0, css: 0, js: 0, 'pkg/*.js': 0, 'pkg/*.wasm': 0 };
  for (const f of files.sort()) {
    const raw = readFileSync(join(DIST, f));
    const gz = gzipSync(raw, { level: 9 }).length;
    const kind = payloadKind(f);
    if (kind) kinds[kind] += gz;
    log(`${f.padEnd(32)} ${String(raw.length).padStart(8)} raw ${String(gz).padStart(8)} gzipped${kind ? '' : '  (not counted: no issue 8 kind)'}`);
  }
  const total = Object.values(kinds).reduce((a, b) => a + b, 0);
  log(`by kind: ${Object.entries(kinds).map(([k, v]) => `${k} ${(v / 1024).toFixed(1)} KB`).join(', ')}`);
  log(`total: ${(total / 1024).toFixed(1)} KB gzipped (target <= ${TARGETS.payloadKB} KB: ${verdict(total <= TARGETS.payloadKB * 1024)})`);
}

// ---- Main -----------------------------------------------------------------------------

const inputs = ensureInputs();
const labels = inputs.map((i) => i.label);
const files = inputs.map((i) => relative(ROOT, i.path));
log(`# Hedgescope benchmark (${new Date().toISOString()}, ${(await import('node:os')).cpus().length} cores, load ${(await import('node:os')).loadavg()[0].toFixed(1)})`);
log(`inputs: ${inputs.map((i) => `${i.label}=${i.bytes} bytes`).join(', ')} (Brown corpus, bench-data/)`);
build();

let nativeRows, nodeRows, chromium, textstatRows;
if (only.has('native')) {
  nativeRows = jsonLines(join(ROOT, 'target', 'release', 'examples', 'bench'), files);
  table('native (release build, examples/bench.rs)', nativeRows, labels, ['peak heap', (r) => mb(r.peak_heap_bytes)]);
}
if (only.has('node')) {
  nodeRows = jsonLines('node', ['scripts/bench-node.mjs', ...files]);
  table('wasm in node (www/pkg, incl. building the JS object)', nodeRows, labels, ['wasm memory / process peak RSS', (r) => `${mb(r.wasm_memory_bytes)} / ${mb(r.max_rss_bytes)}`]);
}
if (only.has('chromium')) {
  chromium = await benchChromium(inputs);
  table('wasm in headless Chromium (incl. building the JS object)', chromium.rows, labels, ['median ms without the paragraph, sentence and finding lists', (r) => r.lean_ms.toFixed(2)]);
  const peak = chromium.tabPeak;
  log(`memory of a tab that loads ${peak.label} and analyses it once (${peak.first_ms.toFixed(0)} ms, Report held), wasm only, no page around it:`);
  log(`  private footprint (RssAnon + VmSwap, what Chrome's Task Manager shows for a tab): peak ${mb(peak.peakPrivate)}; ${mb(peak.loadedPrivate)} with the text loaded, ${mb(peak.emptyPrivate)} before (target <= ${TARGETS.tabMB} MB: ${verdict(peak.peakPrivate <= TARGETS.tabMB * 1e6)})`);
  log(`  resident set incl. shared file-backed pages (VmHWM): peak ${mb(peak.bytes)}; ${mb(peak.before)} with the text loaded, ${mb(peak.empty)} before`);
}
if (only.has('textstat')) {
  const probe = spawnSync('python3', ['-c', 'import textstat, cmudict'], { env });
  if (probe.status !== 0) execFileSync('python3', ['-m', 'pip', 'install', '--quiet', 'textstat', 'cmudict'], { env, stdio: 'inherit' });
  const tsFiles = quick ? files.slice(0, -1) : files;
  textstatRows = jsonLines('python3', ['scripts/bench_textstat.py', ...tsFiles]);
  table('textstat (PyPI) computing the same metrics', textstatRows, labels.slice(0, tsFiles.length));
}
if (textstatRows && (chromium || nodeRows)) {
  log('\n## wasm / textstat throughput');
  const wasmRows = chromium?.rows ?? nodeRows;
  const where = chromium ? 'Chromium' : 'node';
  textstatRows.forEach((t, i) => {
    const ratio = wasmRows[i].mb_per_s / t.mb_per_s;
    const target = i === inputs.length - 1 ? ` (target >= ${TARGETS.ratio}x and >= ${TARGETS.mbPerSec} MB/s: ${verdict(ratio >= TARGETS.ratio && wasmRows[i].mb_per_s >= TARGETS.mbPerSec)})` : '';
    log(`${labels[i].padEnd(6)} wasm in ${where} ${wasmRows[i].mb_per_s.toFixed(2)} MB/s / textstat ${t.mb_per_s.toFixed(3)} MB/s = ${ratio.toFixed(1)}x${target}`);
  });
}
if (only.has('payload')) payload();
if (only.has('page')) await benchPage(brownParagraphs(), inputs.at(-1));
else if (only.has('pagemem')) await benchPageMemory(inputs.at(-1));
if (only.has('adversarial')) {
  log('\n## Adversarial shapes (native release build, best of 3; examples/bench_adversarial.rs)');
  const adversarial = join(ROOT, 'target', 'release', 'examples', 'bench_adversarial');
  const out = execFileSync(adversarial, { cwd: ROOT, env, encoding: 'utf8' });
  log(out.trimEnd());
  // Wall time also grows with cache misses once the data outgrows the caches. For the shape
  // whose time grew most, count instructions (callgrind, immune to load and caches) at
  // 100 KB and 1.6 MB, less those of a one-line text (the word tables built on first use).
  const rows = out.split('\n').map((line) => line.match(/^(.+?)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+[\d.]+ [\d.]+$/)).filter(Boolean);
  const worst = rows.map((m) => ({ name: m[1].trim(), exponent: Math.log(Number(m[4]) / Number(m[2])) / Math.log(16) })).sort((a, b) => b.exponent - a.exponent)[0];
  if (worst && spawnSync('valgrind', ['--version']).status === 0) {
    const instructions = (bytes) => {
      const r = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', adversarial, worst.name, String(bytes)], { encoding: 'utf8' });
      const m = r.stderr.match(/Collected : (\d+)/);
      if (!m) throw new Error(`callgrind gave no count for ${worst.name}`);
      return Number(m[1]);
    };
    const base = instructions(8);
    const [small, large] = [instructions(100_000), instructions(1_600_000)].map((n) => n - base);
    const exponent = Math.log(large / small) / Math.log(16);
    log(`instructions of the fastest-growing shape, "${worst.name}" (wall-time exponent ${worst.exponent.toFixed(2)}), under callgrind: ` +
      `${(small / 1e6).toFixed(1)} M at 100 KB, ${(large / 1e6).toFixed(1)} M at 1.6 MB, exponent ${exponent.toFixed(2)} (${exponent <= 1.1 ? 'linear' : 'SUPERLINEAR'})`);
  }
}
