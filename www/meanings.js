// What the numbers and categories mean, in plain words. One place for every label the page
// shows, so the summary cards, the legend, the tooltips and the exports agree.

/** Finding categories of `report.hedges`, in display order, with labels and cues. */
export const CATEGORIES = [
  { key: 'epistemic', label: 'Possibility hedge', plural: 'possibility hedges', symbol: '?',
    about: 'may, might, could, perhaps: the writer does not fully commit' },
  { key: 'doxastic', label: 'Belief', plural: 'beliefs and expectations', symbol: '≈',
    about: 'believe, expect, suspect: a belief, not an established fact' },
  { key: 'attribution', label: 'Hearsay', plural: 'hearsay cues', symbol: '»',
    about: 'reportedly, allegedly, according to: passed on, not vouched for' },
  { key: 'vague_source', label: 'Vague source', plural: 'vague sources', symbol: '…',
    about: 'critics, experts, some say: people who are not identified' },
  { key: 'anonymous_source', label: 'Anonymous source', plural: 'anonymous sources', symbol: '◌',
    about: 'sources, insiders, on condition of anonymity: cannot be checked' },
  { key: 'investigation', label: 'Open question', plural: 'open questions', symbol: '◇',
    about: 'whether, investigate, determine: a question under study, not an answer' },
  { key: 'booster', label: 'Booster', plural: 'boosters', symbol: '!',
    about: 'clearly, undoubtedly, in fact: presented as certain' },
];

export const CATEGORY_BY_KEY = Object.fromEntries(CATEGORIES.map((c) => [c.key, c]));

/** Kinds of source of `report.attributions`. */
export const SOURCE_KINDS = [
  { key: 'named', label: 'Named source', plural: 'named sources', about: 'a person or organisation the reader can identify' },
  { key: 'anonymous', label: 'Anonymous source', plural: 'anonymous sources', about: 'an unnamed official, insider or source' },
  { key: 'vague', label: 'Vague source', plural: 'vague sources', about: 'a loose group: critics, some, analysts' },
];

export const SOURCE_KIND_BY_KEY = Object.fromEntries(SOURCE_KINDS.map((k) => [k.key, k]));

export const DIFFICULTY_LABELS = { easy: 'easy to read', hard: 'hard to read', very_hard: 'very hard to read' };

/**
 * Difficulty of a sentence. The Report's own `difficulty` wins; the grade thresholds below are
 * only a fallback for Reports that predate that field.
 */
export function sentenceDifficulty(sentence) {
  if (typeof sentence.difficulty === 'string') return sentence.difficulty;
  const grade = sentence.grade;
  if (grade == null) return 'easy';
  if (grade >= 14) return 'very_hard';
  if (grade >= 10) return 'hard';
  return 'easy';
}


/** "1 anonymous source" / "7 anonymous sources". */
export function countLabel(n, singular, plural) {
  return `${n.toLocaleString('en-US')} ${n === 1 ? singular.toLowerCase() : plural}`;
}

const SCHOOL = [
  'kindergarten', 'a first-grader (age 6–7)', 'a second-grader (age 7–8)', 'a third-grader (age 8–9)',
  'a fourth-grader (age 9–10)', 'a fifth-grader (age 10–11)', 'a sixth-grader (age 11–12)',
  'a seventh-grader (age 12–13)', 'an eighth-grader (age 13–14)', 'a high-school freshman',
  'a high-school sophomore', 'a high-school junior', 'a high-school senior', 'a college freshman',
  'a college sophomore', 'a college junior', 'a college senior',
];

/** "Grade 12: a high-school senior" for any US-grade score (Flesch-Kincaid, Fog, SMOG…). */
export function gradeMeaning(grade) {
  if (grade == null || !Number.isFinite(grade)) return 'Needs at least one sentence with words.';
  const g = Math.round(grade);
  if (g <= 0) return 'Below grade 1: very simple text.';
  if (g >= SCHOOL.length) return `Grade ${g}: a graduate-school reader.`;
  return `Grade ${g}: ${SCHOOL[g]}.`;
}

/** Flesch's own table (1948, as printed in "The Art of Readable Writing"). */
const EASE_BANDS = [
  [90, 'very easy: a fifth-grader follows it'],
  [80, 'easy: sixth grade'],
  [70, 'fairly easy: seventh grade'],
  [60, 'plain English: eighth and ninth grade'],
  [50, 'fairly difficult: high school'],
  [30, 'difficult: college level'],
  [-Infinity, 'very difficult: college graduates'],
];

export function easeMeaning(score) {
  if (score == null || !Number.isFinite(score)) return 'Needs at least one sentence with words.';
  const [, words] = EASE_BANDS.find(([min]) => score >= min);
  return `${Math.round(score)}: ${words}.`;
}

/** The New Dale-Chall conversion table (Chall and Dale, 1995). */
const DALE_CHALL_BANDS = [
  [10, 'college graduate'], [9, 'college (grades 13–15)'], [8, 'grades 11–12'], [7, 'grades 9–10'],
  [6, 'grades 7–8'], [5, 'grades 5–6'], [-Infinity, 'grade 4 and below'],
];

export function daleChallMeaning(score) {
  if (score == null || !Number.isFinite(score)) return 'Needs at least one sentence with words.';
  return `Understood by readers of ${DALE_CHALL_BANDS.find(([min]) => score >= min)[1]}.`;
}

/** Readability scores: label and meaning function, in display order. */
export const SCORES = [
  { key: 'flesch_kincaid_grade', label: 'Flesch-Kincaid grade', meaning: gradeMeaning },
  { key: 'flesch_reading_ease', label: 'Flesch reading ease', meaning: easeMeaning },
  { key: 'gunning_fog', label: 'Gunning Fog index', meaning: gradeMeaning },
  { key: 'smog', label: 'SMOG grade', meaning: gradeMeaning },
  { key: 'coleman_liau', label: 'Coleman-Liau index', meaning: gradeMeaning },
  { key: 'automated_readability_index', label: 'Automated Readability Index', meaning: gradeMeaning },
  { key: 'dale_chall', label: 'New Dale-Chall score', meaning: daleChallMeaning },
  { key: 'spache', label: 'Spache grade (for grades 1–3)', meaning: gradeMeaning },
  { key: 'linsear_write', label: 'Linsear Write grade', meaning: gradeMeaning },
  { key: 'consensus_grade', label: 'Consensus grade (median of six)', meaning: gradeMeaning },
];

/** Silent reading speed of adults for non-fiction (Brysbaert 2019 meta-analysis): 238 wpm. */
export const WORDS_PER_MINUTE = 238;

export function formatDuration(seconds) {
  if (seconds == null || !Number.isFinite(seconds)) return '–';
  if (seconds < 60) return 'under a minute';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `${minutes} min`;
  return `${Math.floor(minutes / 60)} h ${minutes % 60} min`;
}

/** Turns a snake_case Report key into words: "hard_words" -> "Hard words". */
export function humanize(key) {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function formatNumber(value, format) {
  if (value === undefined) return '–';
  if (value === null) return 'n/a';
  if (typeof value !== 'number') return String(value);
  if (!Number.isFinite(value)) return 'n/a';
  if (format === 'grade' || format === 'score' || format === 'decimal' || !Number.isInteger(value)) {
    return value.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  }
  return value.toLocaleString('en-US');
}
