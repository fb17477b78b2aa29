//! Readability: the published formulas over counts, for the document, each paragraph and
//! each sentence, plus what a reader of the report needs to act on them.
//!
//! * [`formulas`]: one pure function per formula over a [`Tally`], with its equation,
//!   source and meaning; `None` when undefined.
//! * [`sentence`]: per-sentence difficulty class and the words that make a sentence hard.
//! * [`passive`]: passive-voice sentences ("be"/"get" + past participle).
//! * [`statistics`]: averages, the longest sentence, lexical diversity (MTLD), reading and
//!   speaking time, passive share.
//!
//! [`build`] runs all of it once over the segments and counts; `lib.rs` copies the pieces
//! into the Report.

pub mod formulas;
pub mod passive;
pub mod sentence;
pub mod statistics;

pub use formulas::*;
pub use sentence::{Difficulty, HardWord};
pub use statistics::{LongestSentence, Statistics};

use crate::counts::{HardWordStats, Tally, TextCounts};
use crate::segment::Segments;
use serde::Serialize;

/// Every readability score of one text, paragraph or sentence (`null` where undefined).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Readability {
    /// Flesch Reading Ease, 0 (hard) to 100 (easy); can leave that range.
    pub flesch_reading_ease: Option<f64>,
    /// Flesch-Kincaid grade level (US school grade).
    pub flesch_kincaid_grade: Option<f64>,
    /// Gunning Fog index (years of schooling).
    pub gunning_fog: Option<f64>,
    /// SMOG grade.
    pub smog: Option<f64>,
    /// Coleman-Liau index (grade).
    pub coleman_liau: Option<f64>,
    /// Automated Readability Index (grade).
    pub automated_readability_index: Option<f64>,
    /// New Dale-Chall raw score (4.9 or lower: grade 4 and below; 9.0 to 9.9: college).
    pub dale_chall: Option<f64>,
    /// Revised Spache grade (meaningful for grades 1 to 3).
    pub spache: Option<f64>,
    /// Linsear Write grade.
    pub linsear_write: Option<f64>,
    /// Median of the grade-level formulas ([`formulas::CONSENSUS_FORMULAS`]).
    pub consensus_grade: Option<f64>,
}

/// Computes every score from one tally.
pub fn scores(t: &Tally) -> Readability {
    Readability {
        flesch_reading_ease: flesch_reading_ease(t),
        flesch_kincaid_grade: flesch_kincaid_grade(t),
        gunning_fog: gunning_fog(t),
        smog: smog(t),
        coleman_liau: coleman_liau(t),
        automated_readability_index: automated_readability_index(t),
        dale_chall: dale_chall(t),
        spache: spache(t),
        linsear_write: linsear_write(t),
        consensus_grade: consensus_grade(t),
    }
}

/// The readability parts of one sentence's report.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SentenceReadability<'t> {
    /// All scores of the sentence alone.
    pub readability: Readability,
    /// easy, hard or very hard (`None` without words).
    pub difficulty: Option<Difficulty>,
    /// The words that make it hard, in order.
    pub hard_words: Vec<HardWord<'t>>,
    /// True when it has a passive construction.
    pub passive: bool,
}

/// Everything readability adds to a Report, computed once.
#[derive(Clone, Debug, Default)]
pub struct ReadabilityParts<'t> {
    /// Scores of the whole text.
    pub document: Readability,
    /// Statistics of the whole text.
    pub statistics: Statistics,
    /// One per sentence (empty when `with_sentences` was false).
    pub sentences: Vec<SentenceReadability<'t>>,
    /// Scores of each paragraph (empty when `with_paragraphs` was false).
    pub paragraphs: Vec<Readability>,
}

/// Computes the document's scores and statistics, and (when asked) each sentence's and
/// paragraph's readability. Linear in the text.
///
/// This is the last reader of `counts.key_ids` and `counts.hard_words`, and frees each as soon
/// as it is done with it: on long texts they are megabytes, and the per-sentence reports
/// built here are what makes the analysis' memory peak.
pub fn build<'t>(text: &'t str, segments: &Segments, counts: &mut TextCounts, with_sentences: bool, with_paragraphs: bool) -> ReadabilityParts<'t> {
    let passive = std::mem::take(&mut counts.passive);
    let statistics = statistics::statistics(segments, counts, &passive);
    counts.key_ids = Vec::new();
    let sentences = if with_sentences {
        segments
            .sentences
            .iter()
            .zip(&counts.sentences)
            .zip(&passive)
            .map(|((s, tally), &passive)| {
                let readability = scores(tally);
                SentenceReadability {
                    difficulty: Difficulty::of_grade(readability.flesch_kincaid_grade),
                    readability,
                    hard_words: sentence::hard_words(text, &segments.words, hard_words_in(&counts.hard_words, s.words.clone())),
                    passive,
                }
            })
            .collect()
    } else {
        Vec::new()
    };
    counts.hard_words = Vec::new();
    let paragraphs = if with_paragraphs { counts.paragraphs.iter().map(scores).collect() } else { Vec::new() };
    ReadabilityParts { document: scores(&counts.document), statistics, sentences, paragraphs }
}

/// The entries of `hard` (sorted by word index) whose word lies in `words`.
fn hard_words_in(hard: &[HardWordStats], words: std::ops::Range<usize>) -> &[HardWordStats] {
    let start = hard.partition_point(|h| h.word < words.start);
    let end = start + hard[start..].partition_point(|h| h.word < words.end);
    &hard[start..end]
}
