//! # Hedgescope
//!
//! Readability and hedging analysis of an article, in one call:
//!
//! ```
//! use hedgescope::{analyze, Options};
//!
//! let report = analyze("The plan may fail. Sources say it clearly will.", &Options::default());
//! assert_eq!(report.counts.sentences, 2);
//! assert_eq!(report.hedges.len(), 3); // "may", "Sources", "clearly"
//! assert!(report.readability.flesch_kincaid_grade.is_some());
//! ```
//!
//! Data flows one way:
//!
//! ```text
//! text -> segment (paragraphs, sentences, words) -> counts (once)
//!      -> readability (formulas over counts) -> hedging (lexicon automaton + context rules)
//!      -> Report
//! ```
//!
//! The core is plain Rust and never panics on any `&str`: empty text gives zero counts and
//! `None` (JSON `null`) scores. The wasm boundary is [`api`] (only on `wasm32`); the CLI is
//! `src/main.rs`.

#![deny(missing_docs)]

pub mod counts;
pub mod hash;
pub mod hedging;
pub mod language;
pub mod lexicon;
pub mod phrase_matcher;
pub mod readability;
pub mod report;
pub mod segment;
pub mod sourcing;
pub mod span;
pub mod syllables;
pub mod wordlists;

#[cfg(target_arch = "wasm32")]
pub mod api;

pub use lexicon::{Category, Strength};
pub use report::Report;

use report::{Counts, HedgeReport, HedgingSummary, ParagraphReport, SentenceReport};
use serde::{Deserialize, Serialize};

/// What `analyze` includes. Every field defaults to `true`; turn parts off to get a smaller
/// Report (the document-level counts, scores and summary are always there).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Options {
    /// Include `sentences` (one entry per sentence).
    pub sentences: bool,
    /// Include `paragraphs`.
    pub paragraphs: bool,
    /// Include `hedges` (the findings themselves; the summary counts are always there).
    pub hedges: bool,
}

impl Default for Options {
    fn default() -> Self {
        Options { sentences: true, paragraphs: true, hedges: true }
    }
}

/// Analyses `text`. Never panics; empty text gives zero counts and `None` scores.
pub fn analyze<'t>(text: &'t str, options: &Options) -> Report<'t> {
    let mut segments = segment::segment(text);
    let mut counts = counts::count(text, &segments);
    let findings = hedging::find(text, &segments, &counts);
    // Per-word data is freed as soon as its last reader is done, so that the vectors of a
    // long text are not all alive at once. Sourcing runs before readability so that its
    // working memory (a lowercase-form index per word) is gone before the per-sentence reports
    // grow; `readability::build` frees the word keys and hard words, and the Report needs
    // sentences and paragraphs, not the words.
    let sourcing = sourcing::analyze(text, &segments, &counts, &findings);
    // The form ids' last readers were hedging and sourcing.
    counts.forms = Vec::new();
    let readability = readability::build(text, &segments, &mut counts, options.sentences, options.paragraphs);
    segments.words = Vec::new();

    let doc = &counts.document;
    let mut hedging = HedgingSummary::default();
    for f in &findings {
        hedging.add(f.category);
    }
    let hedge_count = findings.iter().filter(|f| f.category.is_hedge()).count() as u32;
    hedging.hedges_per_100_words = report::per_100_words(hedge_count, doc.words);
    hedging.boosters_per_100_words = report::per_100_words(hedging.booster, doc.words);

    let sentences = if options.sentences {
        segments
            .sentences
            .iter()
            .zip(&counts.sentences)
            .zip(readability.sentences)
            .zip(&sourcing.sentence_voices)
            .map(|(((s, t), r), &voice)| SentenceReport {
                start: s.span.start,
                end: s.span.end,
                text: s.span.slice(text),
                paragraph: s.paragraph,
                words: t.words,
                syllables: t.syllables,
                letters: t.letters,
                polysyllables: t.polysyllables,
                grade: r.readability.flesch_kincaid_grade,
                readability: r.readability,
                difficulty: r.difficulty,
                hard_words: r.hard_words,
                passive: r.passive,
                voice,
            })
            .collect()
    } else {
        Vec::new()
    };
    let paragraphs = if options.paragraphs {
        segments
            .paragraphs
            .iter()
            .zip(&counts.paragraphs)
            // The sourcing profile already counts each paragraph's hedges (all but boosters).
            .zip(sourcing.profile.paragraphs.iter().map(|p| p.hedges))
            .zip(readability.paragraphs)
            .map(|(((p, t), hedges), scores)| ParagraphReport {
                start: p.span.start,
                end: p.span.end,
                first_sentence: p.sentences.start,
                sentence_count: p.sentences.len(),
                words: t.words,
                grade: scores.flesch_kincaid_grade,
                hedges,
                readability: scores,
            })
            .collect()
    } else {
        Vec::new()
    };
    let hedges = if options.hedges {
        findings
            .iter()
            .map(|f| HedgeReport {
                start: f.span.start,
                end: f.span.end,
                text: f.span.slice(text),
                category: f.category,
                sentence: f.sentence,
                cue: f.cue,
                strength: f.strength,
                explanation: f.explanation,
                voice: sourcing.voice_at(f.span.start),
            })
            .collect()
    } else {
        Vec::new()
    };

    Report {
        schema_version: report::SCHEMA_VERSION,
        counts: Counts {
            words: doc.words,
            sentences: doc.sentences,
            paragraphs: segments.paragraphs.len() as u32,
            syllables: doc.syllables,
            letters: doc.letters,
            polysyllables: doc.polysyllables,
            complex_words: doc.complex_words,
            difficult_words: doc.difficult_words,
            long_words: doc.long_words,
            characters: text.chars().count() as u32,
        },
        readability: readability.document,
        statistics: readability.statistics,
        hedging,
        paragraphs,
        sentences,
        hedges,
        attributions: sourcing.attribution_reports(text),
        sourcing: sourcing.profile,
        notices: language::notices(text),
    }
}
