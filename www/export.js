// Exports: the Report as JSON, one CSV row per sentence, and a plain-text summary.

import { CATEGORIES, SCORES, SOURCE_KINDS, formatDuration, formatNumber } from './meanings.js';
import { sentenceDifficulty } from './render.js';
import { sourcingCounts } from './charts.js';
import { readingTime } from './summary.js';

export const CSV_COLUMNS = [
  'sentence', 'paragraph', 'start', 'end', 'words', 'syllables', 'grade', 'difficulty',
  'findings', 'categories', 'cues', 'text',
];

/**
 * One CSV cell (RFC 4180 quoting). A cell that a spreadsheet would read as a formula
 * (= + - @ first) gets a leading apostrophe: exported text must never run as a formula.
 */
export function csvCell(value) {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'number' ? (Number.isInteger(value) ? String(value) : value.toFixed(2)) : String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One row per sentence: its scores and the findings inside it. */
export function reportToCsv(report) {
  const bySentence = new Map();
  for (const h of report.hedges ?? []) {
    if (!bySentence.has(h.sentence)) bySentence.set(h.sentence, []);
    bySentence.get(h.sentence).push(h);
  }
  const lines = [CSV_COLUMNS.join(',')];
  (report.sentences ?? []).forEach((s, i) => {
    const findings = bySentence.get(i) ?? [];
    const row = [
      i + 1, (s.paragraph ?? 0) + 1, s.start, s.end, s.words, s.syllables, s.grade, sentenceDifficulty(s),
      findings.length,
      findings.map((h) => h.category).join('; '),
      findings.map((h) => h.text).join('; '),
      s.text,
    ];
    lines.push(row.map(csvCell).join(','));
  });
  return lines.join('\r\n') + '\r\n';
}

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
    const sources = sourcingCounts(report);
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
