// The summary: cards with the main scores and their plain meanings, buttons that count each
// kind of finding (press one to step through them), and a table of every score and count.
//
// Contract: every value taken from the Report sits in an element with
// data-metric="<leaf key>" and data-metric-path="<dotted path>". Fields the Report does not
// have yet show "–"; fields it has but this page does not know (new statistics, say) are
// listed generically, so the page grows with the Report.

import {
  CATEGORIES, SCORES, SOURCE_KINDS, WORDS_PER_MINUTE, countLabel, easeMeaning, formatDuration,
  formatNumber, gradeMeaning, humanize,
} from './meanings.js';
import { PAGE_KEY, sourcingCounts } from './view.js';

/** Reads a dotted path ("readability.smog") from the Report; undefined when absent. */
export function valueAt(report, path) {
  return path.split('.').reduce((value, key) => (value == null ? undefined : value[key]), report);
}

/** Reading time in seconds: the Report's own figure when it has one, else words / 238 wpm. */
export function readingTime(report) {
  const stats = report.statistics ?? {};
  for (const [key, value] of Object.entries(stats)) {
    if (typeof value !== 'number' || !/reading_time/.test(key)) continue;
    if (/minute/.test(key)) return { seconds: value * 60, path: `statistics.${key}`, key };
    return { seconds: value, path: `statistics.${key}`, key };
  }
  const words = report.counts?.words;
  return words == null ? null : { seconds: (words / WORDS_PER_MINUTE) * 60, estimated: true };
}

function el(name, attributes = {}, text) {
  const element = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (key.startsWith('data-')) element.setAttribute(key, value);
    else element[key] = value;
  }
  if (text !== undefined) element.textContent = text;
  return element;
}

/** A value element carrying the contract's data-metric attributes. */
function metric(name, path, value, format) {
  const leaf = path.split('.').pop();
  return el(name, { 'data-metric': leaf, 'data-metric-path': path }, formatNumber(value, format));
}

export class Summary {
  /** @param {(selector: string, label: string) => void} onStep  starts stepping through findings */
  constructor(root, onStep) {
    this.root = root;
    this.onStep = onStep;
  }

  render(report) {
    const $ = (selector) => this.root.querySelector(selector);
    for (const element of this.root.querySelectorAll('[data-metric-path]')) {
      if (element.closest('#counts-list, #scores-body, #category-buttons, #source-buttons, #voice-list')) continue;
      const value = valueAt(report, element.dataset.metricPath);
      element.textContent = formatNumber(value, element.dataset.format);
      element.classList.toggle('missing', value === undefined);
    }
    const r = report.readability ?? {};
    $('#grade-meaning').textContent = gradeMeaning(r.flesch_kincaid_grade);
    $('#ease-meaning').textContent = easeMeaning(r.flesch_reading_ease);

    const time = readingTime(report);
    const timeElement = $('#reading-time');
    timeElement.textContent = time ? formatDuration(time.seconds) + (time.estimated ? ' (est.)' : '') : '–';
    timeElement.title = time?.estimated ? `Estimated at ${WORDS_PER_MINUTE} words a minute, an adult's silent reading speed for non-fiction.` : '';
    if (time?.path) {
      timeElement.dataset.metric = time.key;
      timeElement.dataset.metricPath = time.path;
    }

    this.renderCategoryButtons(report);
    this.renderSourceButtons(report);
    this.renderScores(report);
    this.renderCounts(report);
  }

  renderCategoryButtons(report) {
    const list = this.root.querySelector('#category-buttons');
    // Categories the Report has but this page does not know yet still get a button.
    const known = new Set(CATEGORIES.map((c) => c.key));
    const extra = [...new Set((report.hedges ?? []).map((h) => h.category))].filter((k) => !known.has(k))
      .map((key) => ({ key, label: humanize(key), plural: `${humanize(key).toLowerCase()} cues`, symbol: '•', about: '' }));
    list.replaceChildren(...[...CATEGORIES, ...extra].map((category) => {
      const count = report.hedging?.[category.key];
      const n = typeof count === 'number' ? count : (report.hedges ?? []).filter((h) => h.category === category.key).length;
      const button = el('button', { type: 'button', className: 'category-button' });
      button.dataset.category = category.key;
      button.disabled = n === 0;
      button.title = category.about;
      const swatch = el('span', { className: 'swatch', ariaHidden: 'true' }, category.symbol);
      swatch.dataset.category = category.key;
      const value = metric('span', `hedging.${category.key}`, count, 'count');
      value.textContent = n.toLocaleString('en-US');
      const label = el('span', {}, ` ${n === 1 ? category.label.toLowerCase() : category.plural}`);
      button.append(swatch, value, label);
      button.addEventListener('click', () => this.onStep(`mark[data-category="${category.key}"]`, countLabel(n, category.label, category.plural)));
      return el('li').appendChild(button).parentNode;
    }));
  }

  renderSourceButtons(report) {
    const list = this.root.querySelector('#source-buttons');
    const counts = report[PAGE_KEY]?.charts.sourcing ?? sourcingCounts(report);
    const total = SOURCE_KINDS.reduce((sum, k) => sum + counts[k.key], 0);
    const fromProfile = report.sourcing && typeof report.sourcing.named === 'number';
    list.replaceChildren(...SOURCE_KINDS.map((kind) => {
      const n = counts[kind.key];
      const button = el('button', { type: 'button', className: 'category-button source-button', disabled: n === 0, title: kind.about });
      button.dataset.kind = kind.key;
      const swatch = el('span', { className: 'swatch', ariaHidden: 'true' });
      swatch.dataset.kind = kind.key;
      const value = fromProfile ? metric('span', `sourcing.${kind.key}`, n, 'count') : el('span', {}, String(n));
      button.append(swatch, value, el('span', {}, ` ${n === 1 ? kind.label.toLowerCase() : kind.plural}`));
      button.addEventListener('click', () => this.onStep(`.source[data-kind="${kind.key}"]`, countLabel(n, kind.label, kind.plural)));
      return el('li').appendChild(button).parentNode;
    }));
    const meaning = this.root.querySelector('#sourcing-meaning');
    if (!Array.isArray(report.attributions)) {
      meaning.textContent = 'This version of the analyser does not report attributions.';
    } else if (!total) {
      meaning.textContent = 'No attributed statements ("X said", "according to Y") were found.';
    } else {
      const named = Math.round((100 * counts.named) / total);
      meaning.textContent = `${total} attributed statements: ${named}% name their source.`;
    }
    this.renderVoices(report);
  }

  /** Reporter's own words against quotations, when the Report compares them (sourcing.reporter/quoted). */
  renderVoices(report) {
    const list = this.root.querySelector('#voice-list');
    const voices = [['reporter', "The reporter's own words"], ['quoted', 'Quotations']]
      .filter(([key]) => report.sourcing?.[key] && typeof report.sourcing[key] === 'object');
    list.hidden = voices.length === 0;
    // Leaf names repeat the headline metrics', so these values carry only data-metric-path.
    const value = (path, format) => el('span', { 'data-metric-path': path }, formatNumber(valueAt(report, path), format));
    list.replaceChildren(...voices.map(([key, label]) => {
      const item = el('li', {}, `${label}: grade `);
      item.append(value(`sourcing.${key}.readability.flesch_kincaid_grade`, 'grade'), ', ',
        value(`sourcing.${key}.hedges_per_100_words`, 'decimal'), ' hedges per 100 words, ',
        value(`sourcing.${key}.words`), ' words.');
      return item;
    }));
  }

  renderScores(report) {
    const body = this.root.querySelector('#scores-body');
    const readability = report.readability ?? {};
    const known = new Set(SCORES.map((s) => s.key));
    const rows = SCORES.map((score) => [score.label, `readability.${score.key}`, readability[score.key], score.meaning(readability[score.key])]);
    for (const [key, value] of Object.entries(readability)) {
      if (!known.has(key) && (typeof value === 'number' || value === null)) rows.push([humanize(key), `readability.${key}`, value, '']);
    }
    body.replaceChildren(...rows.map(([label, path, value, meaning]) => {
      const row = el('tr');
      const valueCell = el('td');
      // The two headline scores already carry data-metric in their cards; one element per key.
      const shownInCard = path === 'readability.flesch_kincaid_grade' || path === 'readability.flesch_reading_ease';
      valueCell.append(shownInCard ? el('span', {}, formatNumber(value, 'score')) : metric('span', path, value, 'score'));
      row.append(el('th', { scope: 'row' }, label), valueCell, el('td', {}, meaning));
      return row;
    }));
  }

  /** Every other numeric count and statistic, each once, with its path. */
  renderCounts(report) {
    const list = this.root.querySelector('#counts-list');
    const used = new Set([...this.root.querySelectorAll('[data-metric]')]
      .filter((e) => !e.closest('#counts-list')).map((e) => e.dataset.metric));
    const items = [];
    const visit = (object, path, depth) => {
      for (const [key, value] of Object.entries(object ?? {})) {
        const childPath = `${path}.${key}`;
        if ((typeof value === 'number' || value === null) && !used.has(key)) {
          used.add(key);
          const element = metric('dd', childPath, value);
          // Durations read better as minutes: "Speaking time" 2 min, not 146.9 seconds.
          if (key.endsWith('_seconds') && typeof value === 'number') element.textContent = formatDuration(value);
          items.push([humanize(key.replace(/_seconds$/, '')), element]);
        } else if (value && typeof value === 'object' && !Array.isArray(value) && depth < 2) {
          visit(value, childPath, depth + 1);
        }
      }
    };
    visit(report.counts, 'counts', 1);
    visit(report.statistics, 'statistics', 2); // numbers only: longest_sentence is a span
    visit(report.hedging, 'hedging', 1);
    visit(report.sourcing, 'sourcing', 2); // its top-level counts; the voices have their own list
    list.replaceChildren(...items.map(([label, value]) => {
      const row = el('div');
      row.append(el('dt', {}, label), value);
      return row;
    }));
  }
}
