// What the worker sends the page: the Report cut down to what the page draws, plus the
// charts' data computed over the whole Report. DOM-free: it runs in the worker.
//
// Why: a 5 MB article gives a Report with ~70,000 sentences and ~150,000 findings. Copying
// that to the page and walking it there blocks the interface for a second or more. The page
// draws at most `limit` sentences anyway, so the worker keeps the full Report (the exports
// come from it) and sends every top-level field as is, except the four big arrays and the
// sourcing profile's per-paragraph rows, which are cut to the first `limit` sentences.
// Indices stay valid: the arrays are in text order, so each cut keeps a prefix. After a
// long text the page ends the worker (analyzer.js), Report and all.

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

/**
 * Per paragraph: words, and hedges and anonymous or vague sources per 100 words, as the
 * Report counts them (`paragraphs[].hedges`, `sourcing.paragraphs`: one row per paragraph).
 */
export function paragraphDensities(report) {
  const rows = report.sourcing?.paragraphs ?? [];
  return (report.paragraphs ?? []).map((p, i) => {
    const words = p.words ?? 0;
    return { words, hedges: words ? (100 * (p.hedges ?? 0)) / words : 0, anonymous: rows[i]?.anonymous_or_vague_per_100_words ?? 0 };
  });
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

function prefixWhile(items, keep) {
  let n = 0;
  while (n < items.length && keep(items[n])) n++;
  return items.slice(0, n);
}
