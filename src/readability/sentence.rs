//! Per-sentence difficulty: a class (easy, hard, very hard) and the words that make a
//! sentence hard.
//!
//! **Classes** come from the sentence's Flesch-Kincaid grade (the `grade` of each sentence in
//! the Report), with thresholds at the grades where US readers leave school stages:
//! * easy: grade below [`HARD_GRADE`] (10), readable by the end of compulsory schooling;
//! * hard: grade [`HARD_GRADE`] up to [`VERY_HARD_GRADE`] (10 to 14), high school to early
//!   college;
//! * very hard: grade [`VERY_HARD_GRADE`] (14) and above, college level.
//!
//! These are the cut-offs that Hemingway Editor is commonly reported to use for its yellow
//! and red sentences; the formula behind them here is the published Flesch-Kincaid grade.
//!
//! **Hard words** are Gunning's complex words (3+ syllables, but not proper names, compounds
//! of short words, or words made long only by -es, -ed or -ing: see [`crate::counts`]) and
//! unfamiliar words (not on the New Dale-Chall list; numbers and proper names count as
//! familiar). Each says which of `long` (7+ letters), `polysyllabic` (3+ syllables) and
//! `unfamiliar` applies. A long word that is familiar and has fewer than 3 syllables
//! ("because", "through") is not hard; neither is a name such as "Washington" mid-sentence.

use crate::counts::HardWordStats;
use crate::segment::Word;
use serde::Serialize;

/// Flesch-Kincaid grade from which a sentence is hard.
pub const HARD_GRADE: f64 = 10.0;
/// Flesch-Kincaid grade from which a sentence is very hard.
pub const VERY_HARD_GRADE: f64 = 14.0;

/// How hard one sentence is to read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Difficulty {
    /// Grade below 10.
    Easy,
    /// Grade 10 to below 14.
    Hard,
    /// Grade 14 and above.
    VeryHard,
}

impl Difficulty {
    /// The class of a Flesch-Kincaid grade; `None` when the grade is undefined.
    pub fn of_grade(grade: Option<f64>) -> Option<Difficulty> {
        let g = grade?;
        Some(if g >= VERY_HARD_GRADE {
            Difficulty::VeryHard
        } else if g >= HARD_GRADE {
            Difficulty::Hard
        } else {
            Difficulty::Easy
        })
    }
}

/// One word that makes its sentence hard.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct HardWord<'t> {
    /// First byte (UTF-16 unit in wasm).
    pub start: usize,
    /// One past the last byte (UTF-16 unit in wasm).
    pub end: usize,
    /// The word as written.
    pub text: &'t str,
    /// Its syllables.
    pub syllables: u32,
    /// 7 or more letters.
    pub long: bool,
    /// 3 or more syllables.
    pub polysyllabic: bool,
    /// Not on the New Dale-Chall familiar list.
    pub unfamiliar: bool,
}

/// The hard words `hard` (from `counts`, indexing into `words`, all of the text's words).
pub fn hard_words<'t>(text: &'t str, words: &[Word], hard: &[HardWordStats]) -> Vec<HardWord<'t>> {
    hard.iter()
        .map(|h| {
            let span = words[h.word].span;
            HardWord {
                start: span.start,
                end: span.end,
                text: span.slice(text),
                syllables: h.syllables,
                long: h.long,
                polysyllabic: h.polysyllable,
                unfamiliar: h.difficult,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_the_documented_thresholds() {
        assert_eq!(Difficulty::of_grade(None), None);
        assert_eq!(Difficulty::of_grade(Some(-3.4)), Some(Difficulty::Easy));
        assert_eq!(Difficulty::of_grade(Some(9.99)), Some(Difficulty::Easy));
        assert_eq!(Difficulty::of_grade(Some(10.0)), Some(Difficulty::Hard));
        assert_eq!(Difficulty::of_grade(Some(13.99)), Some(Difficulty::Hard));
        assert_eq!(Difficulty::of_grade(Some(14.0)), Some(Difficulty::VeryHard));
    }
}
