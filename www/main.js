// DOM wiring: input (typing, files, drag and drop, the sample), autosave, the analyser
// client, and drawing each Report into the summary, the analysed text and the charts.
//
// The page announces each finished render with a `hedgescope:rendered` event and a
// performance mark of the same name (the e2e tests and scripts/bench_page.mjs wait on them),
// and keeps body[data-analysis] at idle/busy/ready/error.

import { Analyzer, CrashError, TooLargeError } from './analyzer.js';
import { renderCharts } from './charts.js';
import { download, summaryText } from './export.js';
import { Stepper, Tooltip, buildFilters } from './findings.js';
import { readArticleFile } from './input.js';
import { INITIAL_SENTENCES, TextView } from './render.js';
import { SAMPLE_ARTICLE } from './sample.js';
import { Summary } from './summary.js';
import { PAGE_KEY } from './view.js';

const $ = (id) => document.getElementById(id);
const textarea = $('article');
const doc = $('doc');
const DRAFT_KEY = 'hedgescope:draft';
const DRAFT_TIME_KEY = 'hedgescope:draft-saved-at';
/** Texts longer than this show the progress bar at once instead of after a short wait. */
const LONG_TEXT = 100_000;
/** Pasting bigger texts replaces the value directly: the undo-friendly insertText is slow there. */
const UNDOABLE_LIMIT = 1_000_000;

const state = { report: null, text: null, renders: 0 };

// ---- announcements and status -------------------------------------------------------------

let announceTimer = 0;
/** Says something to screen readers; `delay` lets rapid updates (typing) settle first. */
function announce(message, delay = 0) {
  clearTimeout(announceTimer);
  announceTimer = setTimeout(() => { $('announcer').textContent = message; }, delay);
}

function setStatus(message) {
  $('status-text').textContent = message;
}

let progressTimer = 0;
function showBusy(busy, text) {
  clearTimeout(progressTimer);
  document.body.dataset.analysis = busy ? 'busy' : document.body.dataset.analysis === 'busy' ? 'ready' : document.body.dataset.analysis;
  if (!busy) {
    $('progress').hidden = true;
    return;
  }
  const size = text.length > 1e6 ? `${(text.length / 1e6).toFixed(1)} million characters` : `${text.length.toLocaleString('en-US')} characters`;
  const reveal = () => {
    $('progress').hidden = false;
    setStatus(`Analysing ${size}…`);
  };
  if (text.length >= LONG_TEXT) reveal();
  else progressTimer = setTimeout(reveal, 250);
}

function showError(message, { retry }) {
  $('error-text').textContent = message;
  $('retry-button').hidden = !retry;
  $('error-notice').hidden = false;
}

function hideError() {
  $('error-notice').hidden = true;
}

// ---- rendering a Report -------------------------------------------------------------------

const summary = new Summary($('summary').parentElement, (selector, label) => {
  if (state.report) stepper.start(selector, label, state.report);
});
const view = new TextView(doc);
const stepper = new Stepper({
  doc, bar: $('stepper'), label: $('stepper-label'), prev: $('stepper-prev'),
  next: $('stepper-next'), done: $('stepper-done'), announce,
});
new Tooltip($('tooltip'), doc, () => state.report);
buildFilters($('legend-items'), doc);
$('hide-quoted').addEventListener('change', (event) => doc.classList.toggle('hide-quoted', event.target.checked));

async function showReport(report, meta) {
  const started = performance.now();
  state.report = report;
  state.text = meta.text;
  stepper.stop();
  hideError();
  summary.render(report);
  renderCharts(report, {
    sourcing: $('chart-sourcing').querySelector('.chart-body'),
    density: $('chart-density').querySelector('.chart-body'),
    lengths: $('chart-lengths').querySelector('.chart-body'),
  });
  showLanguageNotice(meta.language);
  // The quotation filter only makes sense when the Report says whose words each finding is in.
  $('voice-filter').hidden = !(report.hedges ?? []).some((h) => typeof h.voice === 'string');
  for (const id of ['export-json', 'export-csv', 'copy-summary']) $(id).disabled = false;
  await view.show(meta.text, report);
  if (state.report !== report) return; // a newer report took over while drawing
  updateMoreNotice();
  const counts = report.counts ?? {};
  const grade = report.readability?.flesch_kincaid_grade;
  const findings = (report.hedges ?? []).length;
  setStatus(`${meta.recovered ? 'Recovered after the analyser restarted. ' : ''}Analysed ${(counts.words ?? 0).toLocaleString('en-US')} words ` +
    `in ${Math.round(meta.ms)} ms.`);
  announce(`Analysis updated: ${grade == null ? 'no grade yet' : `grade ${grade.toFixed(1)}`}, ${findings} findings.`, 1500);
  document.body.dataset.analysis = 'ready';
  state.renders++;
  document.body.dataset.renders = String(state.renders);
  const detail = { words: counts.words ?? 0, analysisMs: meta.ms, renderMs: performance.now() - started };
  performance.mark('hedgescope:rendered', { detail });
  document.dispatchEvent(new CustomEvent('hedgescope:rendered', { detail }));
}

function updateMoreNotice() {
  const page = state.report?.[PAGE_KEY];
  const more = Boolean(page?.truncated);
  $('doc-more').hidden = !more;
  if (more) {
    $('doc-more-text').textContent = `Showing the first ${state.report.sentences.length.toLocaleString('en-US')} of ` +
      `${page.totals.sentences.toLocaleString('en-US')} sentences. The numbers, charts and exports cover the whole text.`;
  }
}

function showLanguageNotice(language) {
  const notice = $('language-notice');
  notice.hidden = !(language && language.english === false);
  if (!notice.hidden) {
    notice.textContent = `This text does not look like English (only ${Math.round(language.share * 100)}% of its words are common English words). ` +
      'The readability formulas and the hedge lexicon are made for English, so these numbers may mislead.';
  }
}

// ---- the analyser ---------------------------------------------------------------------------

const analyzer = new Analyzer({
  onBusy: showBusy,
  onResult: (report, meta) => { showReport(report, meta).catch(reportPageError); },
  onError: (error, { recovered }) => {
    document.body.dataset.analysis = recovered ? 'busy' : 'error';
    if (recovered) {
      showError(`Sorry, ${error.message}. Analysing again; your text is safe.`, { retry: false });
    } else {
      if (error instanceof TooLargeError) {
        showError(`Sorry, ${error.message}. Your text is safe in the editor.`, { retry: false });
        setStatus('Not analysed: the text is too large for the page.');
        return;
      }
      const what = error instanceof CrashError ? error.message : `the analysis failed: ${error.message}`;
      showError(`Sorry, ${what}. Your text is safe in the editor and saved in this browser.`, { retry: true });
      setStatus('The analysis did not finish.');
    }
  },
  onReady: (version) => { $('version').textContent = `version ${version}`; },
});

function reportPageError(error) {
  console.error(error);
  showError(`Sorry, the page could not draw the results (${error.message}). Your text is safe.`, { retry: true });
}

$('retry-button').addEventListener('click', () => {
  hideError();
  analyzer.analyzeNow(textarea.value);
});

// ---- input, autosave ------------------------------------------------------------------------

let saveTimer = 0;
function saveDraft() {
  clearTimeout(saveTimer);
  try {
    localStorage.setItem(DRAFT_KEY, textarea.value);
    localStorage.setItem(DRAFT_TIME_KEY, new Date().toISOString());
    $('draft-status').textContent = textarea.value ? 'Draft saved in this browser.' : '';
  } catch {
    $('draft-status').textContent = `This text (${(textarea.value.length / 1e6).toFixed(1)} million characters) is too large to autosave in this browser.`;
  }
}

function onTextChanged() {
  analyzer.limit = INITIAL_SENTENCES;
  clearTimeout(saveTimer);
  saveTimer = setTimeout(saveDraft, 500);
  analyzer.schedule(textarea.value);
}

textarea.addEventListener('input', onTextChanged);
window.addEventListener('pagehide', saveDraft);

/** Replaces the article, keeping undo (Ctrl+Z) where the text is small enough. */
function setArticle(text, note) {
  textarea.focus();
  textarea.select();
  if (text.length > UNDOABLE_LIMIT || !document.execCommand('insertText', false, text)) {
    textarea.value = text;
  }
  textarea.setSelectionRange(0, 0);
  textarea.scrollTop = 0;
  saveDraft();
  analyzer.limit = INITIAL_SENTENCES;
  analyzer.analyzeNow(textarea.value);
  if (note) $('draft-status').textContent = note;
}

$('sample-button').addEventListener('click', () => setArticle(SAMPLE_ARTICLE, 'Loaded the sample article (an invented story).'));
$('clear-button').addEventListener('click', () => setArticle('', 'Cleared. Press Ctrl+Z in the editor to undo.'));

async function openFile(file) {
  if (!file) return;
  try {
    const text = await readArticleFile(file);
    setArticle(text, `Opened ${file.name}.`);
    hideError();
  } catch (error) {
    showError(`Could not open ${file.name}: ${error.message}`, { retry: false });
  }
}

const fileInput = $('file-input');
$('open-button').addEventListener('click', () => fileInput.click());
fileInput.addEventListener('change', () => {
  openFile(fileInput.files[0]);
  fileInput.value = '';
});

const dropZone = $('drop-zone');
const overlay = $('drop-overlay');
const hasFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
dropZone.addEventListener('dragenter', (event) => { if (hasFiles(event)) { event.preventDefault(); overlay.hidden = false; } });
dropZone.addEventListener('dragover', (event) => { if (hasFiles(event)) { event.preventDefault(); event.dataTransfer.dropEffect = 'copy'; } });
dropZone.addEventListener('dragleave', (event) => { if (!dropZone.contains(event.relatedTarget)) overlay.hidden = true; });
dropZone.addEventListener('drop', (event) => {
  overlay.hidden = true;
  if (!hasFiles(event)) return; // dropped text goes into the textarea as usual
  event.preventDefault();
  openFile(event.dataTransfer.files[0]);
});
// A file dropped anywhere else must not make the browser navigate away from the draft.
window.addEventListener('dragover', (event) => { if (hasFiles(event)) event.preventDefault(); });
window.addEventListener('drop', (event) => { if (hasFiles(event)) event.preventDefault(); });

// ---- exports ----------------------------------------------------------------------------------

async function exportFile(format, filename, type) {
  if (!state.report) return;
  $('export-status').textContent = `Preparing ${filename}…`;
  try {
    download(filename, type, await analyzer.exportReport(state.text, format));
    $('export-status').textContent = `Downloaded ${filename}.`;
  } catch (error) {
    $('export-status').textContent = `Could not export (${error.message}). Please try again.`;
  }
}

$('export-json').addEventListener('click', () => exportFile('json', 'hedgescope-report.json', 'application/json'));
$('export-csv').addEventListener('click', () => exportFile('csv', 'hedgescope-sentences.csv', 'text/csv'));
$('copy-summary').addEventListener('click', async () => {
  if (!state.report) return;
  const text = summaryText(state.report);
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // Without clipboard permission: copy through a selection, the old way.
    const holder = document.createElement('pre');
    holder.className = 'visually-hidden';
    holder.textContent = text;
    document.body.append(holder);
    const range = document.createRange();
    range.selectNodeContents(holder);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    document.execCommand('copy');
    holder.remove();
  }
  $('export-status').textContent = 'Summary copied to the clipboard.';
});
for (const id of ['export-json', 'export-csv', 'copy-summary']) $(id).disabled = true;

// ---- reading the analysed text: more, keyboard stepping ---------------------------------

$('doc-more-button').addEventListener('click', async () => {
  const scroll = doc.scrollTop;
  analyzer.limit += INITIAL_SENTENCES;
  try {
    const data = await analyzer.view(state.text, analyzer.limit);
    await showReport(data.view, { text: state.text, ms: data.ms, language: data.language });
    doc.scrollTop = scroll;
  } catch (error) {
    if (error.name !== 'AbortError') showError(`Could not show more of the text (${error.message}).`, { retry: false });
  }
});

doc.addEventListener('keydown', (event) => {
  if (event.altKey || event.ctrlKey || event.metaKey) return;
  if (event.key === 'n' || event.key === 'p') {
    event.preventDefault();
    if (!stepper.active) stepper.start('mark[data-category]', 'All findings', state.report);
    else stepper.step(event.key === 'n' ? 1 : -1);
  } else if (event.key === 'Escape' && stepper.active) {
    stepper.stop();
    doc.focus();
  }
});

// ---- start --------------------------------------------------------------------------------

function restoreDraft() {
  let draft = null;
  try {
    draft = localStorage.getItem(DRAFT_KEY);
  } catch {
    // Storage blocked (privacy settings): the page works without autosave.
  }
  if (!draft) {
    document.body.dataset.analysis = 'idle';
    analyzer.warmUp();
    return;
  }
  textarea.value = draft;
  const savedAt = localStorage.getItem(DRAFT_TIME_KEY);
  $('draft-status').textContent = `Restored your draft${savedAt ? ` from ${new Date(savedAt).toLocaleString()}` : ''}.`;
  analyzer.analyzeNow(draft);
}

restoreDraft();

if ('serviceWorker' in navigator) {
  navigator.serviceWorker.register('./sw.js').then(
    () => navigator.serviceWorker.ready.then(() => { $('offline-status').textContent = 'Works offline once loaded.'; }),
    () => { $('offline-status').textContent = ''; },
  );
}
