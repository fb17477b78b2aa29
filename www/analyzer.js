// The worker client: runs analyses in a module worker, one at a time, newest text wins.
//
// The wasm call is synchronous inside the worker, so a run cannot be interrupted from the
// outside. To abort a stale run we terminate the worker and start a fresh one, as
// jakearchibald/svgomg does; the wasm module comes from the HTTP or service-worker cache, so a
// restart costs a recompile of a few tens of milliseconds, far less than waiting for a
// multi-megabyte run nobody wants any more.
//
// Every request carries an id; a reply whose id is not the current one is dropped. A worker
// that dies (uncaught error) or a wasm trap (a Rust panic aborts into `unreachable`) ends the
// worker; the next run starts a new one. The text itself lives in the page, so it is never lost.

/** Texts up to this many UTF-16 units are analysed after a short pause in typing. */
const SMALL_TEXT = 20_000;
/** Debounce for small texts: fast enough to feel live, long enough to skip most keystrokes. */
const SMALL_DELAY_MS = 120;
/** Debounce for big texts, whose runs cost more than a keystroke is worth. */
const BIG_DELAY_MS = 400;

export class AbortError extends Error {
  constructor() {
    super('The run was replaced by a newer one.');
    this.name = 'AbortError';
  }
}

/** A crash of the analyser: the worker died or the wasm trapped. */
export class CrashError extends Error {
  constructor(message) {
    super(message);
    this.name = 'CrashError';
  }
}

export class Analyzer {
  /**
   * @param {object} hooks
   * @param {(report: object, meta: {text: string, ms: number, language: object}) => void} hooks.onResult
   * @param {(error: Error, meta: {text: string, recovered: boolean}) => void} hooks.onError
   * @param {(busy: boolean, text: string) => void} hooks.onBusy
   * @param {(version: string) => void} [hooks.onReady]
   */
  constructor({ onResult, onError, onBusy, onReady = () => {} }, workerUrl = new URL('./worker.js', import.meta.url)) {
    this.hooks = { onResult, onError, onBusy, onReady };
    this.workerUrl = workerUrl;
    this.worker = null;
    this.nextId = 1;
    this.current = null; // { id, text, resolve, reject }
    this.timer = 0;
    this.restarts = 0;
  }

  /** Debounced analysis of `text`; a run of older text in progress is aborted at once. */
  schedule(text) {
    clearTimeout(this.timer);
    this.abortCurrent();
    const delay = text.length <= SMALL_TEXT ? SMALL_DELAY_MS : BIG_DELAY_MS;
    this.timer = setTimeout(() => this.runAndReport(text), delay);
  }

  /** Analyses `text` now (no debounce), reporting through the hooks. */
  analyzeNow(text) {
    clearTimeout(this.timer);
    return this.runAndReport(text);
  }

  async runAndReport(text, { retried = false } = {}) {
    this.hooks.onBusy(true, text);
    try {
      const { report, ms, language } = await this.run(text);
      this.hooks.onBusy(false, text);
      this.hooks.onResult(report, { text, ms, language, recovered: retried });
    } catch (error) {
      if (error instanceof AbortError) return; // a newer run owns the busy indicator now
      if (error instanceof CrashError && !retried) {
        // One automatic retry in a fresh worker: a transient crash recovers without the user
        // doing anything; a crash that this text causes every time is reported below.
        this.hooks.onError(error, { text, recovered: true });
        return this.runAndReport(text, { retried: true });
      }
      this.hooks.onBusy(false, text);
      this.hooks.onError(error, { text, recovered: false });
    }
  }

  /** One run: resolves with {report, ms, language} or rejects with AbortError/CrashError/Error. */
  run(text) {
    this.abortCurrent();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.current = { id, text, resolve, reject };
      worker.postMessage({ id, text });
    });
  }

  /** Terminates the worker if it is busy with a run, rejecting that run with AbortError. */
  abortCurrent() {
    if (!this.current) return;
    const { reject } = this.current;
    this.current = null;
    this.stopWorker();
    reject(new AbortError());
  }

  ensureWorker() {
    if (this.worker) return this.worker;
    const worker = new Worker(this.workerUrl, { type: 'module', name: 'hedgescope-analyzer' });
    worker.addEventListener('message', (event) => this.onMessage(worker, event.data));
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.crash(worker, `the analyser stopped (${event.message || 'its script could not run'})`);
    });
    worker.addEventListener('messageerror', () => this.crash(worker, 'a reply could not be read'));
    this.worker = worker;
    return worker;
  }

  stopWorker() {
    if (this.worker) this.worker.terminate();
    this.worker = null;
  }

  onMessage(worker, data) {
    if (worker !== this.worker) return; // a reply from a worker we already replaced
    if (data.type === 'ready') {
      this.hooks.onReady(data.version);
      return;
    }
    const current = this.current;
    if (!current || data.id !== current.id) return; // stale reply
    this.current = null;
    if (data.error) {
      if (data.fatal) {
        // A wasm trap leaves the instance in an unknown state: never reuse it.
        this.stopWorker();
        this.restarts++;
        current.reject(new CrashError(`the analyser crashed (${data.error}) and was restarted`));
      } else {
        current.reject(new Error(data.error));
      }
      return;
    }
    current.resolve({ report: data.report, ms: data.ms, language: data.language });
  }

  crash(worker, message) {
    if (worker !== this.worker) return;
    this.stopWorker();
    this.restarts++;
    const current = this.current;
    this.current = null;
    current?.reject(new CrashError(`${message}; it was restarted`));
  }
}
