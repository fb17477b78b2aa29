// The module worker that owns the wasm. It loads the module once and keeps the last full
// Report; the page gets a view of it (view.js) and asks for exports, which are built here so
// that a multi-megabyte Report never has to cross to the page.
//
// Messages in:  {id, type: 'analyze' | 'view', text, limit}  ->  {id, view, ms, language}
//               {id, type: 'export', text, format: 'json' | 'csv'}  ->  {id, content}
// Any failure:  {id, error, fatal}. `fatal` marks a wasm trap (a Rust panic aborts into
// `unreachable`) or a module that failed to load: the page must not reuse this worker.
import init, { analyze, version } from './pkg/hedgescope.js';
import { reportToCsv } from './csv.js';
import { guessLanguage } from './lang.js';
import { pageView } from './view.js';

const ready = init().then(() => {
  self.postMessage({ type: 'ready', version: version() });
});
// Keep an unhandled rejection from surfacing as a worker crash; each request reports it.
ready.catch(() => {});

let last = { text: null, report: null, ms: 0 };

/** The Report of `text`, reusing the last one when the text is the same. */
function reportOf(text) {
  if (last.text !== text) {
    const started = performance.now();
    const report = analyze(text);
    last = { text, report, ms: performance.now() - started };
  }
  return last;
}

self.addEventListener('message', async (event) => {
  const { id, type, text, limit, format } = event.data;
  try {
    await ready;
  } catch (error) {
    self.postMessage({ id, error: `could not load the analyser: ${describe(error)}`, fatal: true });
    return;
  }
  try {
    if (type === 'export') {
      const { report } = reportOf(text);
      const content = format === 'csv' ? reportToCsv(report) : JSON.stringify(report, null, 2);
      self.postMessage({ id, content });
    } else {
      const { report, ms } = reportOf(text);
      self.postMessage({ id, view: pageView(report, limit), ms, language: guessLanguage(text) });
    }
  } catch (error) {
    self.postMessage({ id, error: describe(error), fatal: error instanceof WebAssembly.RuntimeError });
  }
});

function describe(error) {
  return error && error.message ? error.message : String(error);
}
