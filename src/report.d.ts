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
  /** Revised Spache grade (valid for grades 1 to 3). */
  spache: number | null;
  linsear_write: number | null;
  /** Median of flesch_kincaid_grade, gunning_fog, smog, coleman_liau, automated_readability_index, linsear_write. */
  consensus_grade: number | null;
}

/** Offsets are UTF-16 code units into the analysed string. */
export interface LongestSentence {
  /** Index into Report.sentences. */
  index: number;
  start: number;
  end: number;
  words: number;
}

/** Ratios are null when their denominator is zero. */
export interface Statistics {
  /** Sentences plus clause-separating semicolons: the formulas' sentence count (Flesch's rule). */
  sentence_units: number;
  words_per_sentence: number | null;
  syllables_per_word: number | null;
  letters_per_word: number | null;
  longest_sentence: LongestSentence | null;
  /** Distinct words not on the Spache list. */
  spache_unfamiliar_words: number;
  /** MTLD (McCarthy & Jarvis 2010). */
  lexical_diversity_mtld: number | null;
  /** At 238 words per minute (Brysbaert 2019). */
  reading_time_seconds: number;
  /** At 183 words per minute (Brysbaert 2019, reading aloud). */
  speaking_time_seconds: number;
  passive_sentences: number;
  passive_percentage: number | null;
}

/** easy: grade < 10; hard: 10 to < 14; very_hard: 14 and above (Flesch-Kincaid grade). */
export type Difficulty = "easy" | "hard" | "very_hard";

/** A word that makes its sentence hard (Gunning-complex or unfamiliar). Offsets are UTF-16 code units. */
export interface HardWord {
  start: number;
  end: number;
  text: string;
  syllables: number;
  /** 7+ letters. */
  long: boolean;
  /** 3+ syllables. */
  polysyllabic: boolean;
  /** Not on the New Dale-Chall familiar list. */
  unfamiliar: boolean;
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
  readability: Readability;
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
  /** Flesch-Kincaid grade of the sentence alone. */
  grade: number | null;
  readability: Readability;
  difficulty: Difficulty | null;
  hard_words: HardWord[];
  passive: boolean;
  /** "quoted" when more than half of the sentence's words are inside a quotation. */
  voice: Voice;
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
  voice: Voice;
}

/** Whose words: the reporter's own, or quoted speech. */
export type Voice = "reporter" | "quoted";

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
  /** The reporting expression as listed in lexicon/reporting_verbs.txt ("said", "according to"). */
  verb: string;
  /** neutral (said, told) or loaded (claimed, admitted, denied). */
  stance: "neutral" | "loaded";
  voice: Voice;
  /** For a pronoun source ("he said"), the earlier source it refers to. */
  antecedent: TextSpan | null;
}

export interface VoiceProfile {
  sentences: number;
  words: number;
  readability: Readability;
  hedges: number;
  hedges_per_100_words: number | null;
}

export interface ParagraphSourcing {
  paragraph: number;
  words: number;
  hedges: number;
  hedges_per_100_words: number | null;
  named: number;
  anonymous_or_vague: number;
  anonymous_or_vague_per_100_words: number | null;
}

/** Counts are of reporter-voice attributions; quoted_attributions counts the others. */
export interface SourcingProfile {
  named: number;
  anonymous: number;
  vague: number;
  quoted_attributions: number;
  attributed_sentences: number;
  loaded_verbs: number;
  paragraphs: ParagraphSourcing[];
  reporter: VoiceProfile;
  quoted: VoiceProfile;
}

export interface Report {
  schema_version: number;
  counts: Counts;
  readability: Readability;
  statistics: Statistics;
  hedging: HedgingSummary;
  paragraphs: ParagraphReport[];
  sentences: SentenceReport[];
  hedges: HedgeReport[];
  attributions: AttributionReport[];
  sourcing: SourcingProfile;
}
