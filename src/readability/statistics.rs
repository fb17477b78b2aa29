//! Text statistics beyond the counts: averages, the longest sentence, lexical diversity,
//! reading and speaking time, and the share of passive sentences.
//!
//! * **Lexical diversity** is MTLD, the Measure of Textual Lexical Diversity (McCarthy &
//!   Jarvis 2010, "MTLD, vocd-D, and HD-D", Behavior Research Methods 42(2)). Reading the
//!   words in order, a *factor* ends each time the running type-token ratio falls to
//!   [`MTLD_THRESHOLD`] (0.72) or below; the ratio then restarts. What is left at the end
//!   counts as a partial factor, `(1 − TTR) / (1 − 0.72)`. MTLD is the number of words divided
//!   by the number of factors, computed forwards and backwards and averaged. It stays stable
//!   across text lengths, unlike the plain type-token ratio; higher means more varied
//!   vocabulary (typical prose: 70 to 120). McCarthy & Jarvis advise at least 100 words.
//!   Words are compared lowercased, with curly and straight apostrophes alike. `null` when
//!   no factor completes or is partial (every word distinct in a very short text, or no words).
//! * **Reading time** is words ÷ 238 per minute: the average silent reading rate of adults for
//!   English non-fiction (Brysbaert 2019, "How many words do we read per minute?", Journal
//!   of Memory and Language 109). **Speaking time** is words ÷ 183 per minute, the same
//!   meta-analysis's rate for reading aloud.

use crate::counts::TextCounts;
use crate::segment::Segments;
use serde::Serialize;

/// Silent reading rate, words per minute (Brysbaert 2019, non-fiction).
pub const READING_WPM: f64 = 238.0;
/// Reading-aloud rate, words per minute (Brysbaert 2019).
pub const SPEAKING_WPM: f64 = 183.0;
/// MTLD's type-token ratio threshold (McCarthy & Jarvis 2010): 0.72, kept as the fraction
/// [`MTLD_THRESHOLD_FRACTION`] so that the test run at every word is integer arithmetic.
pub const MTLD_THRESHOLD: f64 = MTLD_THRESHOLD_FRACTION.0 as f64 / MTLD_THRESHOLD_FRACTION.1 as f64;
/// [`MTLD_THRESHOLD`] as (numerator, denominator): 18/25 = 0.72.
pub const MTLD_THRESHOLD_FRACTION: (usize, usize) = (18, 25);

/// The sentence with the most words.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct LongestSentence {
    /// Index into `sentences` (the first such sentence on a tie).
    pub index: usize,
    /// First byte (UTF-16 unit in wasm).
    pub start: usize,
    /// One past the last byte (UTF-16 unit in wasm).
    pub end: usize,
    /// Its words.
    pub words: u32,
}

/// Statistics of a whole text. Ratios are `null` for a text without words (or when their
/// denominator is zero).
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct Statistics {
    /// Sentence units, the formulas' "sentences": sentences plus semicolons that separate
    /// clauses (Flesch's counting rule, see [`crate::counts`]).
    pub sentence_units: u32,
    /// Average sentence length in words (per sentence, not per sentence unit).
    pub words_per_sentence: Option<f64>,
    /// Average syllables per word.
    pub syllables_per_word: Option<f64>,
    /// Average letters (and digits) per word.
    pub letters_per_word: Option<f64>,
    /// The longest sentence (`null` without sentences).
    pub longest_sentence: Option<LongestSentence>,
    /// Distinct words not on the Spache familiar list (the Spache formula's count).
    pub spache_unfamiliar_words: u32,
    /// MTLD lexical diversity (`null` when undefined, see the module docs).
    pub lexical_diversity_mtld: Option<f64>,
    /// Silent reading time in seconds at 238 words per minute.
    pub reading_time_seconds: f64,
    /// Speaking (reading aloud) time in seconds at 183 words per minute.
    pub speaking_time_seconds: f64,
    /// Sentences with a passive construction (see [`super::passive`]).
    pub passive_sentences: u32,
    /// Passive sentences as a percentage of all sentences (`null` without sentences).
    pub passive_percentage: Option<f64>,
}

fn ratio(numerator: u32, denominator: u32) -> Option<f64> {
    (denominator > 0).then(|| f64::from(numerator) / f64::from(denominator))
}

/// Computes the statistics; `passive` has one flag per sentence.
pub fn statistics(segments: &Segments, counts: &TextCounts, passive: &[bool]) -> Statistics {
    let doc = &counts.document;
    let ratio = |numerator: u32, denominator: u32| (doc.words > 0).then(|| ratio(numerator, denominator)).flatten();
    let longest_sentence = segments
        .sentences
        .iter()
        .zip(&counts.sentences)
        .enumerate()
        // max_by_key returns the last maximum; reversing makes ties go to the first.
        .rev()
        .max_by_key(|(_, (_, t))| t.words)
        .map(|(index, (s, t))| LongestSentence { index, start: s.span.start, end: s.span.end, words: t.words });
    let passive_sentences = passive.iter().filter(|&&p| p).count() as u32;
    Statistics {
        sentence_units: doc.sentence_units,
        words_per_sentence: ratio(doc.words, doc.sentences),
        syllables_per_word: ratio(doc.syllables, doc.words),
        letters_per_word: ratio(doc.letters, doc.words),
        longest_sentence,
        spache_unfamiliar_words: doc.spache_unfamiliar_words,
        lexical_diversity_mtld: mtld(&counts.key_ids),
        reading_time_seconds: f64::from(doc.words) * 60.0 / READING_WPM,
        speaking_time_seconds: f64::from(doc.words) * 60.0 / SPEAKING_WPM,
        passive_sentences,
        passive_percentage: ratio(passive_sentences, doc.sentences).map(|r| 100.0 * r),
    }
}

/// MTLD of a sequence of word key ids (dense, as in `TextCounts::key_ids`: equal words
/// have equal ids): the mean of the forward and backward passes.
pub fn mtld(ids: &[u32]) -> Option<f64> {
    let mut seen = Seen { factor: vec![0; ids.iter().max().map_or(0, |&m| m as usize + 1)], current: 0, distinct: 0 };
    let forward = mtld_pass(ids.iter().copied(), ids.len(), &mut seen)?;
    let backward = mtld_pass(ids.iter().rev().copied(), ids.len(), &mut seen)?;
    Some((forward + backward) / 2.0)
}

/// The distinct ids of the current MTLD factor: an id is in it when its entry in `factor`
/// is `current`, so starting a new factor is one increment, not a clear.
struct Seen {
    /// Per id, the number of the factor that last saw it.
    factor: Vec<u32>,
    /// Number of the current factor (from 1; unique across both passes).
    current: u32,
    /// Distinct ids in the current factor.
    distinct: usize,
}

impl Seen {
    /// Starts a new, empty factor.
    fn clear(&mut self) {
        self.current += 1;
        self.distinct = 0;
    }

    /// Adds `id` to the current factor.
    fn insert(&mut self, id: u32) {
        let slot = &mut self.factor[id as usize];
        if *slot != self.current {
            *slot = self.current;
            self.distinct += 1;
        }
    }
}

/// One MTLD pass: words divided by factors (full plus partial).
fn mtld_pass(ids: impl Iterator<Item = u32>, total: usize, seen: &mut Seen) -> Option<f64> {
    seen.clear();
    let mut factors = 0.0;
    let mut in_factor = 0usize;
    for id in ids {
        seen.insert(id);
        in_factor += 1;
        // distinct / in_factor <= 18/25, exactly (a float division per word was the
        // costliest step of the statistics).
        if MTLD_THRESHOLD_FRACTION.1 * seen.distinct <= MTLD_THRESHOLD_FRACTION.0 * in_factor {
            factors += 1.0;
            seen.clear();
            in_factor = 0;
        }
    }
    if in_factor > 0 {
        let ttr = seen.distinct as f64 / in_factor as f64;
        factors += (1.0 - ttr) / (1.0 - MTLD_THRESHOLD);
    }
    (factors > 0.0).then(|| total as f64 / factors)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_threshold_fraction_is_the_published_threshold() {
        assert_eq!(MTLD_THRESHOLD, 0.72);
        // The integer test gives what the float ratio gives, including the equal case (18/25).
        let (num, den) = MTLD_THRESHOLD_FRACTION;
        for total in 1..=2000usize {
            for distinct in 1..=total {
                assert_eq!(den * distinct <= num * total, distinct as f64 / total as f64 <= 0.72, "{distinct}/{total}");
            }
        }
    }

    #[test]
    fn mtld_by_hand() {
        // a b a b: TTR 1, 1, 0.667 -> factor after 3 words; then "b": TTR 1, partial 0.
        // Forward: 4 / 1 = 4. Backward "b a b a": the same. MTLD = 4.
        assert_eq!(mtld(&[1, 2, 1, 2]), Some(4.0));
        // a a: TTR 1 then 0.5 -> one factor, nothing left: 2 / 1 = 2.
        assert_eq!(mtld(&[7, 7]), Some(2.0));
        // a b c d e: TTR stays 1, partial factor 0 -> undefined.
        assert_eq!(mtld(&[1, 2, 3, 4, 5]), None);
        assert_eq!(mtld(&[]), None);
        // a b c c c: TTR 1,1,1,0.75,0.6 -> one factor at word 5: 5 / 1 = 5 forward.
        // Backward c c c b a: TTR 1, 0.5 -> factor; c b a: TTR 1,1,1 -> partial 0; 5 / 1 = 5.
        assert_eq!(mtld(&[1, 2, 3, 3, 3]), Some(5.0));
    }

    #[test]
    fn mtld_partial_factor() {
        // a b a: 1, 1, 0.667 -> factor; total 3 / 1 = 3 both ways... add a partial:
        // a b a c a: factor after 3; then "c a": TTR 1 -> partial 0 -> 5/1 = 5 forward.
        // Backward a c a b a: 1, 1, 0.667 -> factor; "b a": partial 0 -> 5.
        assert_eq!(mtld(&[1, 2, 1, 3, 1]), Some(5.0));
        // a b c a: TTR 1,1,1,0.75 -> partial (1 - 0.75) / 0.28 = 0.892857...: 4 / that.
        let expected = 4.0 / (0.25 / 0.28);
        assert!((mtld(&[1, 2, 3, 1]).unwrap() - expected).abs() < 1e-12);
    }
}
