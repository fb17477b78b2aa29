//! The Report: the one thing `analyze` returns, and a public contract.
//!
//! Field names are snake_case and only ever added to, never renamed or removed: the page,
//! the CLI's JSON output and people's scripts read them. Offsets are UTF-8 byte offsets
//! here; the wasm API converts them to UTF-16 code units with [`Report::map_offsets`].
//! The README documents every field.

use crate::lexicon::{Category, Strength};
use crate::readability::{Difficulty, HardWord, Readability, Statistics};
use serde::Serialize;

/// Version of the Report's shape; raised when fields are added.
pub const SCHEMA_VERSION: u32 = 2;

/// The analysis of one text.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Report<'t> {
    /// Version of this shape ([`SCHEMA_VERSION`]).
    pub schema_version: u32,
    /// Counts over the whole text.
    pub counts: Counts,
    /// Readability scores of the whole text (`null` where undefined).
    pub readability: Readability,
    /// Averages, longest sentence, lexical diversity, reading time, passive voice.
    pub statistics: Statistics,
    /// Hedge, booster and sourcing findings, per category and per 100 words.
    pub hedging: HedgingSummary,
    /// Every paragraph, in order.
    pub paragraphs: Vec<ParagraphReport>,
    /// Every sentence, in order.
    pub sentences: Vec<SentenceReport<'t>>,
    /// Every hedge, booster and sourcing cue, in text order.
    pub hedges: Vec<HedgeReport<'t>>,
    /// Attributed statements ("X said"): filled by the sourcing analysis.
    pub attributions: Vec<AttributionReport<'t>>,
    /// Sourcing profile: attributions per source kind, per-paragraph densities, the two voices.
    pub sourcing: SourcingProfile,
    /// Cautions about the numbers, e.g. that the text does not look like English (see
    /// `language.rs`); empty when there is nothing to say.
    pub notices: Vec<Notice>,
}

/// A caution about how far to trust the Report.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Notice {
    /// Stable identifier: `non_latin_script` or `not_english`.
    pub code: &'static str,
    /// One or two sentences for the reader.
    pub message: &'static str,
}

/// Counts over a text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    /// Word tokens (see the README for what a word is).
    pub words: u32,
    /// Sentences.
    pub sentences: u32,
    /// Paragraphs (separated by blank lines).
    pub paragraphs: u32,
    /// Syllables of all words.
    pub syllables: u32,
    /// Letters and digits inside words (Coleman-Liau, ARI).
    pub letters: u32,
    /// Words of 3 or more syllables (SMOG).
    pub polysyllables: u32,
    /// Gunning's complex words (Gunning Fog).
    pub complex_words: u32,
    /// Words not on the New Dale-Chall familiar list (numbers and proper names are familiar;
    /// see `counts`).
    pub difficult_words: u32,
    /// Words of 7 or more letters.
    pub long_words: u32,
    /// Unicode scalar values in the whole text, whitespace included.
    pub characters: u32,
}

/// How many findings of each category, and the hedges' density.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct HedgingSummary {
    /// Epistemic hedges.
    pub epistemic: u32,
    /// Doxastic cues.
    pub doxastic: u32,
    /// Hearsay cues.
    pub attribution: u32,
    /// Vague sources.
    pub vague_source: u32,
    /// Anonymous sources.
    pub anonymous_source: u32,
    /// Boosters.
    pub booster: u32,
    /// Open questions under study (whether, investigated whether).
    pub investigation: u32,
    /// All findings except boosters, per 100 words (`null` without words).
    pub hedges_per_100_words: Option<f64>,
    /// Boosters per 100 words (`null` without words).
    pub boosters_per_100_words: Option<f64>,
}

impl HedgingSummary {
    /// Adds one finding of `category`.
    pub fn add(&mut self, category: Category) {
        *match category {
            Category::Epistemic => &mut self.epistemic,
            Category::Doxastic => &mut self.doxastic,
            Category::Attribution => &mut self.attribution,
            Category::VagueSource => &mut self.vague_source,
            Category::AnonymousSource => &mut self.anonymous_source,
            Category::Booster => &mut self.booster,
            Category::Investigation => &mut self.investigation,
        } += 1;
    }
}

/// One paragraph.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct ParagraphReport {
    /// First byte (UTF-16 unit in wasm).
    pub start: usize,
    /// One past the last byte (UTF-16 unit in wasm).
    pub end: usize,
    /// Index of its first sentence.
    pub first_sentence: usize,
    /// Number of sentences.
    pub sentence_count: usize,
    /// Words.
    pub words: u32,
    /// Flesch-Kincaid grade of the paragraph (`null` without words).
    pub grade: Option<f64>,
    /// Findings that lower commitment (all but boosters).
    pub hedges: u32,
    /// Every readability score of the paragraph alone.
    pub readability: Readability,
}

/// One sentence.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SentenceReport<'t> {
    /// First byte (UTF-16 unit in wasm).
    pub start: usize,
    /// One past the last byte (UTF-16 unit in wasm).
    pub end: usize,
    /// The sentence, trimmed of surrounding whitespace.
    pub text: &'t str,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// Words.
    pub words: u32,
    /// Syllables.
    pub syllables: u32,
    /// Letters and digits inside words.
    pub letters: u32,
    /// Words of 3+ syllables.
    pub polysyllables: u32,
    /// Flesch-Kincaid grade of this sentence alone (`null` without words).
    pub grade: Option<f64>,
    /// Every readability score of this sentence alone.
    pub readability: Readability,
    /// easy (grade < 10), hard (10 to < 14) or very_hard (14+); `null` without words.
    pub difficulty: Option<Difficulty>,
    /// Words that make it hard: Gunning's complex words and unfamiliar (Dale-Chall) words.
    pub hard_words: Vec<HardWord<'t>>,
    /// True when it holds a passive construction (be/get + past participle).
    pub passive: bool,
    /// quoted when more than half of its words are inside a quotation, else reporter.
    pub voice: Voice,
}

/// One hedge, booster or sourcing cue.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HedgeReport<'t> {
    /// First byte of the cue (UTF-16 unit in wasm).
    pub start: usize,
    /// One past the last byte of the cue (UTF-16 unit in wasm).
    pub end: usize,
    /// The cue as written in the text.
    pub text: &'t str,
    /// epistemic, doxastic, attribution, vague_source, anonymous_source, booster or
    /// investigation.
    pub category: Category,
    /// Index into `sentences`.
    pub sentence: usize,
    /// The lexicon phrase that matched, normalised.
    pub cue: &'static str,
    /// weak, strong, or `null` where the lexicon does not grade it.
    pub strength: Option<Strength>,
    /// Why it was flagged, in one line.
    pub explanation: &'static str,
    /// reporter, or quoted when the cue is inside a quotation.
    pub voice: Voice,
}

/// Who is the source of an attributed statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// A person, titled person or organisation named in the text.
    Named,
    /// An unnamed source: "officials", "a senior diplomat", "sources".
    Anonymous,
    /// A vague group: "critics", "some", "analysts".
    Vague,
}

/// A span of text with its content (the source of an attribution).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextSpan<'t> {
    /// First byte (UTF-16 unit in wasm).
    pub start: usize,
    /// One past the last byte (UTF-16 unit in wasm).
    pub end: usize,
    /// The text.
    pub text: &'t str,
}

/// One attributed statement: a reporting verb or expression and its source.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct AttributionReport<'t> {
    /// First byte of the reporting expression (UTF-16 unit in wasm).
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// The reporting expression as written ("said", "according to").
    pub text: &'t str,
    /// named, anonymous or vague.
    pub kind: SourceKind,
    /// The source, where one was found.
    pub source: Option<TextSpan<'t>>,
    /// Index into `sentences`.
    pub sentence: usize,
    /// The reporting expression as listed in `lexicon/reporting_verbs.txt` ("said").
    pub verb: &'static str,
    /// neutral (said, told) or loaded (claimed, admitted, denied): see the lexicon's header.
    pub stance: Stance,
    /// reporter, or quoted when the reporting expression is inside a quotation.
    pub voice: Voice,
    /// For a pronoun source ("he said"), the earlier source it refers to.
    pub antecedent: Option<TextSpan<'t>>,
}

/// Whose words: the reporter's own, or quoted speech.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Voice {
    /// The reporter's own words.
    #[default]
    Reporter = 0,
    /// Inside a direct quotation.
    Quoted = 1,
}

/// Whether a reporting verb judges the statement it reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Stance {
    /// Reports the speech act only: said, told, added.
    Neutral,
    /// Characterises the statement: claimed, admitted, conceded, insisted, denied.
    Loaded,
}

/// Readability and hedging of one voice (the reporter's words or quoted speech).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct VoiceProfile {
    /// Sentences of this voice (by majority of their words).
    pub sentences: u32,
    /// Words of this voice (each word by its own position, inside a quotation or not).
    pub words: u32,
    /// Readability of this voice's sentences (`null` where undefined).
    pub readability: Readability,
    /// Hedges (all findings but boosters) in this voice.
    pub hedges: u32,
    /// Hedges per 100 words of this voice (`null` without words).
    pub hedges_per_100_words: Option<f64>,
}

/// Sourcing of one paragraph, for a chart along the article.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct ParagraphSourcing {
    /// Index into `paragraphs`.
    pub paragraph: usize,
    /// Words.
    pub words: u32,
    /// Hedges (all findings but boosters).
    pub hedges: u32,
    /// Hedges per 100 words (`null` without words).
    pub hedges_per_100_words: Option<f64>,
    /// Reporter-voice attributions to named sources.
    pub named: u32,
    /// Reporter-voice attributions to anonymous or vague sources.
    pub anonymous_or_vague: u32,
    /// Those per 100 words (`null` without words).
    pub anonymous_or_vague_per_100_words: Option<f64>,
}

/// Who the article's statements are attributed to, and how its two voices read.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SourcingProfile {
    /// Reporter-voice attributions to named sources.
    pub named: u32,
    /// Reporter-voice attributions to anonymous sources.
    pub anonymous: u32,
    /// Reporter-voice attributions to vague sources.
    pub vague: u32,
    /// Attributions inside quotations (a quoted speaker's own sourcing; not in the counts above).
    pub quoted_attributions: u32,
    /// Sentences with at least one reporter-voice attribution.
    pub attributed_sentences: u32,
    /// Reporter-voice attributions with a loaded verb.
    pub loaded_verbs: u32,
    /// One entry per paragraph, in order.
    pub paragraphs: Vec<ParagraphSourcing>,
    /// The reporter's own words.
    pub reporter: VoiceProfile,
    /// Quoted speech.
    pub quoted: VoiceProfile,
}

/// `100 * n / words`, or `None` without words: every "per 100 words" rate of the Report.
pub fn per_100_words(n: u32, words: u32) -> Option<f64> {
    (words > 0).then(|| 100.0 * f64::from(n) / f64::from(words))
}

impl Report<'_> {
    /// Rewrites every offset in the Report with `f` (the wasm API converts to UTF-16).
    pub fn map_offsets(&mut self, f: impl Fn(usize) -> usize) {
        for p in &mut self.paragraphs {
            (p.start, p.end) = (f(p.start), f(p.end));
        }
        for s in &mut self.sentences {
            (s.start, s.end) = (f(s.start), f(s.end));
            for w in &mut s.hard_words {
                (w.start, w.end) = (f(w.start), f(w.end));
            }
        }
        if let Some(l) = &mut self.statistics.longest_sentence {
            (l.start, l.end) = (f(l.start), f(l.end));
        }
        for h in &mut self.hedges {
            (h.start, h.end) = (f(h.start), f(h.end));
        }
        for a in &mut self.attributions {
            (a.start, a.end) = (f(a.start), f(a.end));
            if let Some(s) = &mut a.source {
                (s.start, s.end) = (f(s.start), f(s.end));
            }
            if let Some(s) = &mut a.antecedent {
                (s.start, s.end) = (f(s.start), f(s.end));
            }
        }
    }
}
