/** Options for analyze(); every field defaults to true. */
export interface Options {
  sentences: boolean;
  paragraphs: boolean;
  hedges: boolean;
}

export type Category =
  | "epistemic" | "doxastic" | "attribution" | "vague_source" | "anonymous_source" | "booster"
  | "investigation";

export interface Counts {
  words: number;
  sentences: number;
  paragraphs: number;
  syllables: number;
  letters: number;
  polysyllables: number;
  complex_words: number;
  difficult_words: number;
  long_words: number;
  characters: number;
}

/** Each score is null when undefined (no words or no sentences). */
export interface Readability {
  flesch_reading_ease: number | null;
  flesch_kincaid_grade: number | null;
  gunning_fog: number | null;
  smog: number | null;
  coleman_liau: number | null;
  automated_readability_index: number | null;
  dale_chall: number | null;
}

export interface HedgingSummary {
  epistemic: number;
  doxastic: number;
  attribution: number;
  vague_source: number;
  anonymous_source: number;
  booster: number;
  investigation: number;
  hedges_per_100_words: number | null;
  boosters_per_100_words: number | null;
}

/** Offsets are UTF-16 code units into the analysed string. */
export interface ParagraphReport {
  start: number;
  end: number;
  first_sentence: number;
  sentence_count: number;
  words: number;
  grade: number | null;
  hedges: number;
}

export interface SentenceReport {
  start: number;
  end: number;
  text: string;
  paragraph: number;
  words: number;
  syllables: number;
  letters: number;
  polysyllables: number;
  grade: number | null;
}

export interface HedgeReport {
  start: number;
  end: number;
  text: string;
  category: Category;
  sentence: number;
  cue: string;
  strength: "weak" | "strong" | null;
  explanation: string;
}

export interface TextSpan {
  start: number;
  end: number;
  text: string;
}

export interface AttributionReport {
  start: number;
  end: number;
  text: string;
  kind: "named" | "anonymous" | "vague";
  source: TextSpan | null;
  sentence: number;
}

export interface Report {
  schema_version: number;
  counts: Counts;
  readability: Readability;
  hedging: HedgingSummary;
  paragraphs: ParagraphReport[];
  sentences: SentenceReport[];
  hedges: HedgeReport[];
  attributions: AttributionReport[];
}
