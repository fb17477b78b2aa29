// The plain-text summary ("Copy the summary") and file downloads. The JSON and CSV files
// themselves are built in the worker, which holds the full Report (see csv.js).

import { CATEGORIES, SCORES, SOURCE_KINDS, formatDuration, formatNumber } from './meanings.js';
import { readingTime } from './summary.js';
import { PAGE_KEY, sourcingCounts } from './view.js';

/** A summary a person can paste into an email or a review. */
export function summaryText(report) {
  const counts = report.counts ?? {};
  const readability = report.readability ?? {};
  const hedging = report.hedging ?? {};
  const time = readingTime(report);
  const lines = [
    'Hedgescope summary',
    `Words: ${formatNumber(counts.words)} · Sentences: ${formatNumber(counts.sentences)} · Paragraphs: ${formatNumber(counts.paragraphs)}` +
      (time ? ` · Reading time: ${formatDuration(time.seconds)}` : ''),
  ];
  for (const score of SCORES) {
    const value = readability[score.key];
    if (value === undefined) continue;
    lines.push(`${score.label}: ${formatNumber(value, 'score')} (${score.meaning(value).replace(/\.$/, '')})`);
  }
  const categoryCounts = CATEGORIES.map((c) => `${c.plural} ${hedging[c.key] ?? 0}`).join(', ');
  lines.push(`Hedges per 100 words: ${formatNumber(hedging.hedges_per_100_words, 'decimal')} · Boosters per 100 words: ${formatNumber(hedging.boosters_per_100_words, 'decimal')}`);
  lines.push(`Findings: ${categoryCounts}`);
  if (Array.isArray(report.attributions)) {
    const sources = report[PAGE_KEY]?.charts.sourcing ?? sourcingCounts(report);
    lines.push(`Attributed statements: ${SOURCE_KINDS.map((k) => `${k.key} ${sources[k.key]}`).join(', ')}`);
  }
  return lines.join('\n') + '\n';
}

/** Offers `content` as a file download (a blob: URL; nothing leaves the machine). */
export function download(filename, type, content) {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
