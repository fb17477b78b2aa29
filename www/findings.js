// Reading the findings: the tooltip that explains a finding or sentence on hover and focus,
// the per-category filters, and the stepper that walks through one kind of finding after a
// summary button is pressed.

import { CATEGORIES, CATEGORY_BY_KEY, DIFFICULTY_LABELS, SOURCE_KIND_BY_KEY, sentenceDifficulty } from './meanings.js';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Plain-words description of a finding, sentence or source element of the analysed text. */
export function describe(element, report) {
  if (element.matches('mark[data-finding]')) {
    const hedge = report.hedges?.[Number(element.dataset.finding)];
    if (!hedge) return null;
    const category = CATEGORY_BY_KEY[hedge.category];
    const details = [
      hedge.strength ? `${hedge.strength} cue` : '',
      hedge.voice === 'quoted' ? 'inside a quotation' : hedge.voice === 'reporter' ? "in the reporter's own words" : '',
    ].filter(Boolean).join(', ');
    return {
      title: `${category ? category.label : hedge.category}: “${hedge.text}”${details ? ` (${details})` : ''}`,
      body: hedge.explanation || category?.about || '',
    };
  }
  if (element.matches('.source[data-attribution]')) {
    const attribution = report.attributions?.[Number(element.dataset.attribution)];
    if (!attribution) return null;
    const kind = SOURCE_KIND_BY_KEY[attribution.kind];
    const source = attribution.source?.text ? `“${attribution.source.text}”` : 'this source';
    const notes = [
      attribution.stance === 'loaded' ? `“${attribution.verb ?? attribution.text}” is a loaded reporting verb: it colours the claim.` : '',
      attribution.voice === 'quoted' ? 'This attribution sits inside a quotation.' : '',
      attribution.antecedent?.text ? `“${attribution.source?.text}” refers to “${attribution.antecedent.text}”.` : '',
    ].filter(Boolean).join(' ');
    return {
      title: `${kind ? kind.label : attribution.kind}: ${source}`,
      body: `Reported with “${attribution.text}”. ${kind ? `A ${kind.key} source is ${kind.about}.` : ''} ${notes}`.trim(),
    };
  }
  if (element.matches('.sentence[data-sentence]')) {
    const index = Number(element.dataset.sentence);
    const sentence = report.sentences?.[index];
    if (!sentence) return null;
    const grade = sentence.grade == null ? 'no grade' : `grade ${sentence.grade.toFixed(1)}`;
    const hard = Array.isArray(sentence.hard_words) && sentence.hard_words.length
      ? ` Hard words: ${sentence.hard_words.map((w) => (typeof w === 'string' ? w : w.text)).join(', ')}.` : '';
    return {
      title: `Sentence ${index + 1}: ${DIFFICULTY_LABELS[sentenceDifficulty(sentence)] ?? sentenceDifficulty(sentence)}`,
      body: `${sentence.words} words, ${grade}.${hard}`,
    };
  }
  return null;
}

/** One shared tooltip (role="tooltip"), shown for the element under the pointer or focus. */
export class Tooltip {
  constructor(tooltip, doc, getReport) {
    this.tooltip = tooltip;
    this.doc = doc;
    this.getReport = getReport;
    this.owner = null;
    const target = (event) => event.target.closest?.('mark[data-finding], .source[data-attribution], .sentence[data-sentence]');
    doc.addEventListener('mouseover', (event) => { const t = target(event); if (t) this.show(t); });
    doc.addEventListener('mouseleave', () => this.hide());
    doc.addEventListener('focusin', (event) => { const t = target(event); if (t) this.show(t); });
    doc.addEventListener('focusout', () => this.hide());
    document.addEventListener('keydown', (event) => { if (event.key === 'Escape') this.hide(); });
  }

  show(element) {
    const report = this.getReport();
    const text = report && describe(element, report);
    if (!text) return this.hide();
    const title = document.createElement('strong');
    title.textContent = text.title;
    const body = document.createElement('span');
    body.textContent = text.body;
    this.tooltip.replaceChildren(title, body);
    this.tooltip.hidden = false;
    this.owner?.removeAttribute('aria-describedby');
    this.owner = element;
    element.setAttribute('aria-describedby', this.tooltip.id);
    const box = element.getBoundingClientRect();
    const width = this.tooltip.offsetWidth;
    const left = Math.max(8, Math.min(box.left, window.innerWidth - width - 8));
    const below = box.bottom + 8 + this.tooltip.offsetHeight < window.innerHeight;
    this.tooltip.style.left = `${left}px`;
    this.tooltip.style.top = `${below ? box.bottom + 6 : box.top - this.tooltip.offsetHeight - 6}px`;
  }

  hide() {
    this.tooltip.hidden = true;
    this.owner?.removeAttribute('aria-describedby');
    this.owner = null;
  }
}

/** The legend with one checkbox per category: unchecked categories lose their highlight. */
export function buildFilters(list, doc) {
  list.replaceChildren(...CATEGORIES.map((category) => {
    const item = document.createElement('li');
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.checked = true;
    box.dataset.filter = category.key;
    box.addEventListener('change', () => doc.classList.toggle(`hide-${category.key}`, !box.checked));
    const sample = document.createElement('mark');
    sample.className = 'legend-sample';
    sample.dataset.category = category.key;
    sample.textContent = category.label;
    const about = document.createElement('span');
    about.className = 'legend-about';
    about.textContent = category.about;
    label.append(box, sample, about);
    item.append(label);
    return item;
  }));
}

/** Steps through the elements matching a selector in the analysed text. */
export class Stepper {
  constructor({ doc, bar, label, prev, next, done, announce }) {
    Object.assign(this, { doc, bar, labelElement: label, announce });
    this.items = [];
    this.index = -1;
    this.selector = null;
    prev.addEventListener('click', () => this.step(-1));
    next.addEventListener('click', () => this.step(1));
    done.addEventListener('click', () => this.stop());
  }

  get active() {
    return this.selector !== null;
  }

  /** Starts stepping through `selector`; pressing the same summary button again moves on. */
  start(selector, label, report) {
    if (this.selector === selector) return this.step(1);
    this.stop();
    this.items = [...this.doc.querySelectorAll(selector)];
    this.selector = selector;
    this.label = label;
    this.report = report;
    for (const item of this.items) item.classList.add('in-step');
    this.doc.classList.add('stepping');
    this.bar.hidden = false;
    if (!this.items.length) {
      this.labelElement.textContent = `${label}: none in the text shown`;
      this.announce(`${label}: none in the text shown.`);
      return;
    }
    this.index = -1;
    this.step(1);
  }

  step(delta) {
    if (!this.items.length) return;
    this.items[this.index]?.classList.remove('current');
    this.index = (this.index + delta + this.items.length) % this.items.length;
    const item = this.items[this.index];
    item.classList.add('current');
    item.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
    item.focus({ preventScroll: true });
    const position = `${this.index + 1} of ${this.items.length}`;
    this.labelElement.textContent = `${this.label}: ${position}`;
    const text = describe(item, this.report);
    this.announce(`${position}. ${text ? `${text.title}. ${text.body}` : item.textContent}`);
  }

  stop() {
    for (const item of this.items) item.classList.remove('in-step', 'current');
    this.items = [];
    this.index = -1;
    this.selector = null;
    this.doc.classList.remove('stepping');
    this.bar.hidden = true;
  }
}
