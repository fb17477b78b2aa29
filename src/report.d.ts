/** Options for analyze(); every field defaults to true. */
export interface Options {
  sentences: boolean;
  paragraphs: boolean;
  hedges: boolean;
}

export type Category =
  | "epistemic" | "doxastic" | "attribution" | "vague_source" | "anonymous_source" | "booster";

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
  hedging: HedgingSummary;
  paragraphs: ParagraphReport[];
  sentences: SentenceReport[];
  hedges: HedgeReport[];
  attributions: AttributionReport[];
  sourcing: SourcingProfile;
}
