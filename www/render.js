// The analysed text: the Report drawn over the user's text.
//
// Each paragraph is a <p>, each sentence a <span data-difficulty>, each finding a
// <mark data-category>, each attributed source a <span class="source" data-kind>, and hard
// words (when the Report lists them with offsets) a <span class="hard-word">. User text only
// ever enters the DOM as text nodes: no innerHTML anywhere.
//
// The worker sends at most INITIAL_SENTENCES sentences at first (view.js) and more when the
// reader asks; they are drawn in time-sliced batches so the page stays responsive. The numbers,
// charts and exports always cover the whole text.

import { CATEGORY_BY_KEY, SOURCE_KIND_BY_KEY, sentenceDifficulty } from './meanings.js';

/** Sentences the page asks for at first; "Show more" adds this many again. */
export const INITIAL_SENTENCES = 1500;
/** Sentences drawn per task before yielding to the event loop. */
const BATCH = 150;

/** Paragraphs of the Report, or the whole text as one paragraph when there are none. */
function paragraphsOf(text, report) {
  if (Array.isArray(report.paragraphs) && report.paragraphs.length) return report.paragraphs;
  return [{ start: 0, end: text.length, first_sentence: 0, sentence_count: (report.sentences ?? []).length }];
}

/** Per-sentence lists of things to draw inside it, built once per Report. */
function decorationsBySentence(report) {
  const bySentence = new Map();
  const add = (index, decoration) => {
    if (!Number.isInteger(index)) return;
    let list = bySentence.get(index);
    if (!list) bySentence.set(index, (list = []));
    list.push(decoration);
  };
  (report.attributions ?? []).forEach((a, i) => {
    const span = a.source ?? a;
    add(a.sentence, { start: span.start, end: span.end, rank: 0, make: () => sourceElement(a, i) });
  });
  (report.hedges ?? []).forEach((h, i) => {
    add(h.sentence, { start: h.start, end: h.end, rank: 1, make: () => markElement(h, i) });
  });
  (report.sentences ?? []).forEach((s, i) => {
    for (const word of Array.isArray(s.hard_words) ? s.hard_words : []) {
      if (word && Number.isInteger(word.start) && Number.isInteger(word.end)) {
        add(i, { start: word.start, end: word.end, rank: 2, make: () => hardWordElement(word) });
      }
    }
  });
  for (const list of bySentence.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
  }
  return bySentence;
}

function markElement(hedge, index) {
  const mark = document.createElement('mark');
  mark.dataset.category = hedge.category;
  mark.dataset.finding = String(index);
  if (hedge.strength) mark.dataset.strength = hedge.strength;
  if (hedge.voice) mark.dataset.voice = hedge.voice;
  if (!CATEGORY_BY_KEY[hedge.category]) mark.dataset.unknown = '';
  mark.tabIndex = -1;
  return mark;
}

function sourceElement(attribution, index) {
  const span = document.createElement('span');
  span.className = 'source';
  span.dataset.kind = SOURCE_KIND_BY_KEY[attribution.kind] ? attribution.kind : 'unknown';
  span.dataset.attribution = String(index);
  span.tabIndex = -1;
  return span;
}

function hardWordElement(word) {
  const span = document.createElement('span');
  span.className = 'hard-word';
  if (word.reason) span.dataset.reason = String(word.reason);
  return span;
}

/**
 * Nests the decorations of one sentence into a tree. Decorations are sorted by start, longest
 * first; one that crosses the end of its container is clipped to it (rare: a source span that
 * runs past a hedge), so the tree is always well formed.
 */
function decorationTree(sentence, decorations) {
  const root = { start: sentence.start, end: sentence.end, children: [] };
  const stack = [root];
  for (const d of decorations) {
    const start = Math.max(d.start, sentence.start);
    while (stack.length > 1 && stack[stack.length - 1].end <= start) stack.pop();
    const parent = stack[stack.length - 1];
    const end = Math.min(d.end, parent.end);
    if (!(end > start)) continue;
    const node = { start, end, make: d.make, children: [] };
    parent.children.push(node);
    stack.push(node);
  }
  return root;
}

function emit(parent, node, text) {
  let cursor = node.start;
  for (const child of node.children) {
    if (child.start > cursor) parent.append(text.slice(cursor, child.start));
    const element = child.make();
    emit(element, child, text);
    parent.append(element);
    cursor = child.end;
  }
  if (node.end > cursor) parent.append(text.slice(cursor, node.end));
}

/** Draws one Report over its text into a container, in batches, on request. */
export class TextView {
  constructor(container) {
    this.container = container;
    this.token = 0;
  }

  /** Starts drawing a new Report (or page view of one); resolves when all of it is drawn. */
  show(text, report) {
    this.token++;
    this.text = text;
    this.report = report;
    this.sentences = report.sentences ?? [];
    this.paragraphs = paragraphsOf(text, report);
    this.decorations = decorationsBySentence(report);
    this.nextSentence = 0;
    this.nextParagraph = 0;
    this.paragraphElement = null;
    this.cursor = 0;
    this.container.replaceChildren();
    return this.drawAll(this.token);
  }

  get complete() {
    return this.nextSentence >= this.sentences.length && this.nextParagraph >= this.paragraphs.length;
  }

  async drawAll(token) {
    while (token === this.token && !this.complete) {
      const fragment = document.createDocumentFragment();
      this.drawBatch(fragment, this.nextSentence + BATCH);
      this.container.append(fragment);
      if (!this.complete) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }

  /** Appends sentences up to index `stop` (exclusive); closes paragraphs when all are drawn. */
  drawBatch(fragment, stop) {
    const text = this.text;
    while (this.nextSentence < stop && this.nextSentence < this.sentences.length) {
      const index = this.nextSentence;
      const sentence = this.sentences[index];
      const paragraphIndex = Number.isInteger(sentence.paragraph) ? sentence.paragraph : this.nextParagraph - 1;
      while (!this.paragraphElement || this.nextParagraph <= paragraphIndex) {
        if (!this.openParagraph(fragment)) break;
      }
      if (sentence.start > this.cursor) this.paragraphElement.append(text.slice(this.cursor, sentence.start));
      const element = document.createElement('span');
      element.className = 'sentence';
      element.dataset.sentence = String(index);
      element.dataset.difficulty = sentenceDifficulty(sentence);
      emit(element, decorationTree(sentence, this.decorations.get(index) ?? []), text);
      this.paragraphElement.append(element);
      this.cursor = Math.max(this.cursor, sentence.end);
      this.nextSentence++;
    }
    if (this.nextSentence >= this.sentences.length) {
      // Close the last paragraph and draw any paragraphs without sentences.
      while (this.openParagraph(fragment));
      this.closeParagraph();
    }
  }

  /** Finishes the open paragraph and starts the next one; false when none is left. */
  openParagraph(fragment) {
    this.closeParagraph();
    if (this.nextParagraph >= this.paragraphs.length) return false;
    const index = this.nextParagraph++;
    const paragraph = this.paragraphs[index];
    const element = document.createElement('p');
    element.className = 'para';
    element.dataset.paragraph = String(index);
    if (paragraph.grade != null && Number.isFinite(paragraph.grade)) {
      element.dataset.grade = paragraph.grade.toFixed(1);
    }
    fragment.append(element);
    this.paragraphElement = element;
    this.paragraphEnd = paragraph.end;
    this.cursor = paragraph.start;
    return true;
  }

  closeParagraph() {
    if (this.paragraphElement && this.paragraphEnd > this.cursor) {
      this.paragraphElement.append(this.text.slice(this.cursor, this.paragraphEnd));
      this.cursor = this.paragraphEnd;
    }
  }
}
