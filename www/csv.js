// The CSV export: one row per sentence with its scores and the findings inside it.
// DOM-free: the worker builds it from the full Report.

import { sentenceDifficulty } from './meanings.js';

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

