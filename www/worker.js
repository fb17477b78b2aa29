// The module worker that owns the wasm. It loads the module once, then answers each
// {id, text} with {id, report, ms, language} or {id, error, fatal}.
//
// `fatal` marks a wasm trap (a Rust panic aborts into `unreachable`) or a module that failed
// to load: the page must not reuse this worker and starts a new one.
import init, { analyze, version } from './pkg/hedgescope.js';
import { guessLanguage } from './lang.js';

const ready = init().then(() => {
  self.postMessage({ type: 'ready', version: version() });
});
// Keep an unhandled rejection from surfacing as a worker crash; each request reports it.
ready.catch(() => {});

self.addEventListener('message', async (event) => {
  const { id, text } = event.data;
  try {
    await ready;
  } catch (error) {
    self.postMessage({ id, error: `could not load the analyser: ${describe(error)}`, fatal: true });
    return;
  }
  try {
    const started = performance.now();
    const report = analyze(text);
    const ms = performance.now() - started;
    self.postMessage({ id, report, ms, language: guessLanguage(text) });
  } catch (error) {
    self.postMessage({ id, error: describe(error), fatal: error instanceof WebAssembly.RuntimeError });
  }
});

function describe(error) {
  return error && error.message ? error.message : String(error);
}
