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

/**
 * Texts up to this many UTF-16 units are analysed at once when an input follows a pause, and
 * after a short pause in typing otherwise; their runs take milliseconds.
 */
const SMALL_TEXT = 20_000;
/**
 * For small texts: the pause that makes an input analysed at once (the first keystroke after
 * it), and the debounce for the inputs of a burst (the last one of the burst is analysed).
 */
const SMALL_DELAY_MS = 120;
/** Debounce for big texts, whose runs cost more than a keystroke is worth. */
const BIG_DELAY_MS = 400;

/**
 * The longest text the page analyses, in UTF-16 units. A 5 MB article already takes about
 * 170 MB of the tab's memory (scripts/bench.mjs), so far larger texts would risk a dead tab:
 * they get a clear message instead, and the CLI handles them.
 */
export const MAX_TEXT = 20_000_000;

/**
 * After a request about a text longer than this, the worker is ended (once idle) and the next
 * request starts a fresh one: its wasm memory only ever grows (~45 MB after 5 MB) and its heap
 * keeps what the run left, all in the tab's process. Ending it before the page draws the reply
 * keeps the two from adding up; a restart costs tens of milliseconds, a long run seconds.
 */
const RECYCLE_ABOVE = 1_000_000;

/** A text longer than MAX_TEXT: not analysed, and not lost. */
export class TooLargeError extends Error {
  constructor(length) {
    super(`this text has ${(length / 1e6).toFixed(1)} million characters, more than the ` +
      `${MAX_TEXT / 1e6} million this page analyses; the hedgescope command-line tool handles longer texts`);
    this.name = 'TooLargeError';
  }
}

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
   * @param {(view: object, meta: {text: string, ms: number, language: object, recovered: boolean}) => void} hooks.onResult
   * @param {(error: Error, meta: {text: string, recovered: boolean}) => void} hooks.onError
   * @param {(busy: boolean, text: string) => void} hooks.onBusy
   * @param {(version: string) => void} [hooks.onReady]
   */
  constructor({ onResult, onError, onBusy, onReady = () => {} }, workerUrl = new URL('./worker.js', import.meta.url)) {
    this.hooks = { onResult, onError, onBusy, onReady };
    this.workerUrl = workerUrl;
    this.worker = null;
    this.nextId = 1;
    this.pending = new Map(); // id -> { resolve, reject, analysis, long, recycle }
    this.timer = 0;
    /** performance.now() of the last schedule() call: tells a keystroke after a pause. */
    this.lastInput = -Infinity;
    this.restarts = 0;
    /** Sentences the page wants drawn; main.js raises it for "Show more". */
    this.limit = 1500;
  }

  /**
   * Analysis of `text` after an input; a run of older text in progress is aborted at once.
   * A small text is analysed at once when the input follows a pause (leading edge: a single
   * keystroke shows its result within a frame or two, not after a debounce), and the inputs
   * of a burst are debounced so that the burst's last text is analysed when it ends.
   */
  schedule(text) {
    clearTimeout(this.timer);
    this.abortAnalysis();
    const small = text.length <= SMALL_TEXT;
    const now = performance.now();
    const afterPause = now - this.lastInput >= SMALL_DELAY_MS;
    this.lastInput = now;
    if (small && afterPause) {
      this.runAndReport(text);
      return;
    }
    this.timer = setTimeout(() => this.runAndReport(text), small ? SMALL_DELAY_MS : BIG_DELAY_MS);
  }

  /**
   * Starts the worker (it loads and compiles the wasm) before the first text arrives, so the
   * first paste is answered in milliseconds instead of waiting for the module.
   */
  warmUp() {
    this.ensureWorker();
  }

  /** Analyses `text` now (no debounce), reporting through the hooks. */
  analyzeNow(text) {
    clearTimeout(this.timer);
    return this.runAndReport(text);
  }

  async runAndReport(text, { retried = false } = {}) {
    if (text.length > MAX_TEXT) {
      this.abortAnalysis();
      this.hooks.onBusy(false, text);
      this.hooks.onError(new TooLargeError(text.length), { text, recovered: false });
      return;
    }
    this.hooks.onBusy(true, text);
    try {
      const { view, ms, language } = await this.send({ type: 'analyze', text, limit: this.limit }, { analysis: true });
      this.hooks.onBusy(false, text);
      this.hooks.onResult(view, { text, ms, language, recovered: retried });
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

  /** A page view of `text` with up to `limit` sentences (the worker reuses its last Report). */
  view(text, limit) {
    return this.send({ type: 'view', text, limit });
  }

  /** The full Report of `text` as a JSON or CSV string, built in the worker. */
  async exportReport(text, format) {
    return (await this.send({ type: 'export', text, format })).content;
  }

  /** Posts one request; an analysis first aborts any analysis still running. */
  send(message, { analysis = false } = {}) {
    if (analysis) this.abortAnalysis();
    const worker = this.ensureWorker();
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const length = message.text?.length ?? 0;
      this.pending.set(id, { resolve, reject, analysis, long: length > SMALL_TEXT, recycle: length > RECYCLE_ABOVE });
      worker.postMessage({ id, ...message });
    });
  }

  /**
   * Aborts any analysis in progress: a run of a long text ends the worker (every pending
   * request gets AbortError); runs of small texts, done in milliseconds, are left to finish
   * and only their replies are dropped, so typing never restarts the worker.
   */
  abortAnalysis() {
    const analyses = [...this.pending].filter(([, p]) => p.analysis);
    if (!analyses.length) return;
    if (analyses.some(([, p]) => p.long)) {
      this.stopWorker();
      this.rejectAll(() => new AbortError());
      return;
    }
    for (const [id, p] of analyses) {
      this.pending.delete(id);
      p.reject(new AbortError());
    }
  }

  rejectAll(makeError) {
    const pending = [...this.pending.values()];
    this.pending.clear();
    for (const p of pending) p.reject(makeError());
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
    const request = this.pending.get(data.id);
    if (!request) return; // stale reply
    this.pending.delete(data.id);
    if (data.error && data.fatal) {
      // A wasm trap leaves the instance in an unknown state: never reuse it.
      this.crash(worker, `the analyser crashed (${data.error})`, request);
    } else if (data.error) {
      request.reject(new Error(data.error));
    } else {
      request.resolve(data); // the caller runs after this method returns
    }
    if (request.recycle && this.pending.size === 0) this.stopWorker();
  }

  /** The worker is gone or unusable: drop it and fail every request it held. */
  crash(worker, message, request) {
    if (worker !== this.worker) return;
    this.stopWorker();
    this.restarts++;
    const makeError = () => new CrashError(`${message}; it was restarted`);
    request?.reject(makeError());
    this.rejectAll(makeError);
  }
}
