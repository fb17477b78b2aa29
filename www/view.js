// What the worker sends the page: the Report cut down to what the page draws, plus the
// charts' data computed over the whole Report. DOM-free: it runs in the worker.
//
// Why: a 5 MB article gives a Report with ~70,000 sentences and ~150,000 findings. Copying
// that to the page and walking it there blocks the interface for a second or more. The page
// draws at most `limit` sentences anyway, so the worker keeps the full Report (the exports
// come from it) and sends every top-level field as is, except the four big arrays and the
// sourcing profile's per-paragraph rows, which are cut to the first `limit` sentences. Indices stay valid: the arrays are
// in text order, so each cut keeps a prefix.

import { SOURCE_KINDS } from './meanings.js';

/** Extra data the page needs, under a key the Report itself will never use. */
export const PAGE_KEY = '_page';

/** Named/anonymous/vague counts: the Report's sourcing profile if present, else the attributions. */
export function sourcingCounts(report) {
  const profile = report.sourcing;
  if (profile && SOURCE_KINDS.every((k) => typeof profile[k.key] === 'number')) {
    return Object.fromEntries(SOURCE_KINDS.map((k) => [k.key, profile[k.key]]));
  }
  const counts = { named: 0, anonymous: 0, vague: 0 };
  for (const a of report.attributions ?? []) if (a.kind in counts) counts[a.kind]++;
  return counts;
}

/** Per paragraph: words, hedges, anonymous-source cues; from the Report where it says so. */
export function paragraphDensities(report) {
  const paragraphs = report.paragraphs ?? [];
  const sentenceParagraph = (report.sentences ?? []).map((s) => s.paragraph);
  const anonymous = new Array(paragraphs.length).fill(0);
  const reported = report.sourcing?.paragraphs;
  const reportedKey = Array.isArray(reported) && reported.length === paragraphs.length
    ? ['anonymous_or_vague_per_100_words', 'anonymous_per_100_words', 'anonymous_or_vague', 'anonymous']
      .find((k) => reported[0] && k in reported[0])
    : undefined;
  if (!reportedKey) {
    for (const h of report.hedges ?? []) {
      const p = sentenceParagraph[h.sentence];
      if (h.category === 'anonymous_source' && p in anonymous) anonymous[p]++;
    }
    // An anonymous attribution whose source is already an anonymous_source cue counts once.
    const cueStarts = (report.hedges ?? []).filter((h) => h.category === 'anonymous_source').map((h) => h.start);
    for (const a of report.attributions ?? []) {
      const p = sentenceParagraph[a.sentence];
      if (a.kind === 'anonymous' && p in anonymous && !(a.source && hasValueIn(cueStarts, a.source.start, a.source.end))) {
        anonymous[p]++;
      }
    }
  }
  const perWords = reportedKey && !reportedKey.endsWith('per_100_words');
  return paragraphs.map((p, i) => {
    const words = p.words ?? 0;
    const per100 = (n) => (words ? (100 * n) / words : 0);
    const anonymousPer100 = !reportedKey ? per100(anonymous[i])
      : perWords ? per100(reported[i][reportedKey] ?? 0) : (reported[i][reportedKey] ?? 0);
    return { words, hedges: per100(p.hedges ?? 0), anonymous: anonymousPer100 };
  });
}

/** What the second density line counts: the Report's own definition when it has one. */
export function anonymousSeriesLabel(report) {
  const first = report.sourcing?.paragraphs?.[0];
  return first && 'anonymous_or_vague_per_100_words' in first
    ? 'Anonymous or vague sources per 100 words' : 'Anonymous sources per 100 words';
}

/** Whether the sorted array holds a value in [from, to): binary search, so the chart stays linear. */
function hasValueIn(sorted, from, to) {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < from) lo = mid + 1; else hi = mid;
  }
  return lo < sorted.length && sorted[lo] < to;
}

/** At most `max` points: neighbouring paragraphs are merged, weighted by their words. */
function binned(points, max) {
  if (points.length <= max) return points.map((p, i) => ({ ...p, from: i, to: i }));
  const size = Math.ceil(points.length / max);
  const bins = [];
  for (let i = 0; i < points.length; i += size) {
    const group = points.slice(i, i + size);
    const words = group.reduce((s, p) => s + p.words, 0);
    const weighted = (key) => (words ? group.reduce((s, p) => s + p[key] * p.words, 0) / words : 0);
    bins.push({ words, hedges: weighted('hedges'), anonymous: weighted('anonymous'), from: i, to: i + group.length - 1 });
  }
  return bins;
}

const LENGTH_BINS = [[1, 5], [6, 10], [11, 15], [16, 20], [21, 25], [26, 30], [31, 40], [41, Infinity]];

/** Histogram of words per sentence, with mean and median. */
export function lengthHistogram(report) {
  const lengths = (report.sentences ?? []).map((s) => s.words).filter((w) => w > 0);
  const counts = LENGTH_BINS.map(() => 0);
  for (const w of lengths) counts[LENGTH_BINS.findIndex(([lo, hi]) => w >= lo && w <= hi)]++;
  const sorted = lengths.sort((a, b) => a - b);
  return {
    bins: LENGTH_BINS.map(([lo, hi], i) => ({ label: hi === Infinity ? `${lo}+` : `${lo}–${hi}`, long: lo > 25, count: counts[i] })),
    sentences: lengths.length,
    mean: lengths.length ? lengths.reduce((a, b) => a + b, 0) / lengths.length : null,
    median: lengths.length ? sorted[Math.floor(sorted.length / 2)] : null,
  };
}

/** All the charts' data, computed over the whole Report. */
export function chartData(report) {
  return {
    sourcing: sourcingCounts(report),
    densities: binned(paragraphDensities(report), 120),
    anonymousLabel: anonymousSeriesLabel(report),
    paragraphs: (report.paragraphs ?? []).length,
    lengths: lengthHistogram(report),
  };
}

/** The Report as the page receives it: big arrays cut after `limit` sentences, plus PAGE_KEY. */
export function pageView(report, limit) {
  const sentences = report.sentences ?? [];
  const totals = {
    sentences: sentences.length,
    paragraphs: (report.paragraphs ?? []).length,
    hedges: (report.hedges ?? []).length,
    attributions: (report.attributions ?? []).length,
  };
  const view = { ...report, [PAGE_KEY]: { limit, truncated: sentences.length > limit, totals, charts: chartData(report) } };
  if (sentences.length > limit) {
    const lastParagraph = sentences[limit - 1].paragraph;
    view.sentences = sentences.slice(0, limit);
    const inView = (item) => item.sentence < limit;
    if (Array.isArray(report.hedges)) view.hedges = prefixWhile(report.hedges, inView);
    if (Array.isArray(report.attributions)) view.attributions = prefixWhile(report.attributions, inView);
    if (Array.isArray(report.paragraphs)) {
      view.paragraphs = report.paragraphs.slice(0, lastParagraph + 1);
      // The last paragraph shown ends with the last sentence shown.
      const last = view.paragraphs.length - 1;
      if (last >= 0) view.paragraphs[last] = { ...view.paragraphs[last], end: sentences[limit - 1].end };
    }
    // The sourcing profile's rows, one per paragraph (the charts already have them): the same cut.
    const rows = report.sourcing?.paragraphs;
    if (Array.isArray(rows)) view.sourcing = { ...report.sourcing, paragraphs: rows.slice(0, lastParagraph + 1) };
  }
  return view;
}

/**
 * Texts longer than this (UTF-16 units) are analysed in parts by pageViewInParts: the Report
 * of a 5 MB text holds ~41,000 sentence objects (~45 MB of the worker's heap, on top of the
 * 5 MB textarea's ~200 MB of layout in the same process), while the page draws 1,500 of them
 * and the charts need only each sentence's word count.
 */
export const PARTS_ABOVE = 1_000_000;
/** Size of the parts, in UTF-16 units (whole paragraphs; one longer paragraph is one part). */
const PART = 250_000;

/**
 * pageView(analyze(text), limit) without holding every sentence object at once: one run
 * without sentences gives everything else (the same Report minus `sentences`), then runs
 * over parts of whole paragraphs give the sentences: the first `limit` in full, the rest as
 * {words, paragraph}, all that the charts read of them. Sentences never cross a paragraph,
 * and quotations end with theirs (src/segment, src/sourcing/quotes.rs), so a part's
 * sentences are the text's, with offsets and paragraph indices shifted; each part is checked
 * against the paragraphs of the first run (`first_sentence`, `sentence_count`, spans), and
 * on any mismatch the whole Report is built as before.
 */
export function pageViewInParts(analyze, text, limit, part = PART) {
  const report = analyze(text, { sentences: false });
  const paragraphs = report.paragraphs ?? [];
  const sentences = [];
  for (let first = 0; first < paragraphs.length;) {
    let end = first + 1;
    while (end < paragraphs.length && paragraphs[end].start - paragraphs[first].start < part) end++;
    const from = first === 0 ? 0 : paragraphs[first].start;
    const to = end < paragraphs.length ? paragraphs[end].start : text.length;
    for (const s of analyze(text.slice(from, to), { paragraphs: false, hedges: false }).sentences) {
      const p = paragraphs[s.paragraph + first];
      const index = sentences.length;
      s.start += from;
      s.end += from;
      s.paragraph += first;
      const inPlace = p && s.paragraph < end && index >= p.first_sentence && index < p.first_sentence + p.sentence_count &&
        s.start >= p.start && s.end <= p.end;
      if (!inPlace) {
        return pageView(analyze(text), limit);
      }
      if (index < limit) {
        for (const word of s.hard_words ?? []) {
          word.start += from;
          word.end += from;
        }
        sentences.push(s);
      } else {
        sentences.push({ words: s.words, paragraph: s.paragraph });
      }
    }
    first = end;
  }
  if (sentences.length !== (report.counts?.sentences ?? sentences.length)) return pageView(analyze(text), limit);
  return pageView({ ...report, sentences }, limit);
}

function prefixWhile(items, keep) {
  let n = 0;
  while (n < items.length && keep(items[n])) n++;
  return items.slice(0, n);
}
