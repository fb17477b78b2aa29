//! Readability formulas: pure arithmetic over a [`Tally`].
//!
//! Each function returns `None` when a denominator is zero: never a fake `0.0`, never NaN.
//! Constants are the published ones; each function names its source.

use crate::counts::Tally;
use serde::Serialize;

/// Every readability score of one text, paragraph or sentence.
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
    }
}

/// `numerator / denominator`, or `None` when the denominator is zero.
fn ratio(numerator: u32, denominator: u32) -> Option<f64> {
    (denominator > 0).then(|| f64::from(numerator) / f64::from(denominator))
}

/// Flesch Reading Ease (Flesch 1948):
/// `206.835 − 1.015 × words/sentences − 84.6 × syllables/words`.
pub fn flesch_reading_ease(t: &Tally) -> Option<f64> {
    Some(206.835 - 1.015 * ratio(t.words, t.sentences)? - 84.6 * ratio(t.syllables, t.words)?)
}

/// Flesch-Kincaid grade (Kincaid, Fishburne, Rogers & Chissom 1975):
/// `0.39 × words/sentences + 11.8 × syllables/words − 15.59`.
pub fn flesch_kincaid_grade(t: &Tally) -> Option<f64> {
    Some(0.39 * ratio(t.words, t.sentences)? + 11.8 * ratio(t.syllables, t.words)? - 15.59)
}

/// Gunning Fog (Gunning 1952): `0.4 × (words/sentences + 100 × complex/words)`.
pub fn gunning_fog(t: &Tally) -> Option<f64> {
    Some(0.4 * (ratio(t.words, t.sentences)? + 100.0 * ratio(t.complex_words, t.words)?))
}

/// SMOG (McLaughlin 1969): `1.0430 × √(polysyllables × 30 / sentences) + 3.1291`.
pub fn smog(t: &Tally) -> Option<f64> {
    Some(1.0430 * (ratio(t.polysyllables, t.sentences)? * 30.0).sqrt() + 3.1291)
}

/// Coleman-Liau (Coleman & Liau 1975): `0.0588 L − 0.296 S − 15.8`, where L is letters per
/// 100 words and S is sentences per 100 words.
pub fn coleman_liau(t: &Tally) -> Option<f64> {
    let l = 100.0 * ratio(t.letters, t.words)?;
    let s = 100.0 * ratio(t.sentences, t.words)?;
    Some(0.0588 * l - 0.296 * s - 15.8)
}

/// Automated Readability Index (Smith & Senter 1967):
/// `4.71 × letters/words + 0.5 × words/sentences − 21.43`.
pub fn automated_readability_index(t: &Tally) -> Option<f64> {
    Some(4.71 * ratio(t.letters, t.words)? + 0.5 * ratio(t.words, t.sentences)? - 21.43)
}

/// New Dale-Chall (Chall & Dale 1995): `0.1579 × PDW + 0.0496 × words/sentences`, plus
/// 3.6365 when the percentage of difficult words (PDW) exceeds 5.
pub fn dale_chall(t: &Tally) -> Option<f64> {
    let pdw = 100.0 * ratio(t.difficult_words, t.words)?;
    let raw = 0.1579 * pdw + 0.0496 * ratio(t.words, t.sentences)?;
    Some(if pdw > 5.0 { raw + 3.6365 } else { raw })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tally() -> Tally {
        // 100 words, 5 sentences, 150 syllables, 450 letters, 10 polysyllables,
        // 8 complex words, 12 difficult words.
        Tally { words: 100, sentences: 5, syllables: 150, letters: 450, polysyllables: 10, complex_words: 8, long_words: 0, difficult_words: 12 }
    }

    fn close(a: Option<f64>, b: f64) {
        let a = a.expect("score");
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    #[test]
    fn formulas_match_hand_computation() {
        let t = tally();
        close(flesch_reading_ease(&t), 206.835 - 1.015 * 20.0 - 84.6 * 1.5);
        close(flesch_kincaid_grade(&t), 0.39 * 20.0 + 11.8 * 1.5 - 15.59);
        close(gunning_fog(&t), 0.4 * (20.0 + 8.0));
        close(smog(&t), 1.0430 * (60.0f64).sqrt() + 3.1291);
        close(coleman_liau(&t), 0.0588 * 450.0 - 0.296 * 5.0 - 15.8);
        close(automated_readability_index(&t), 4.71 * 4.5 + 0.5 * 20.0 - 21.43);
        close(dale_chall(&t), 0.1579 * 12.0 + 0.0496 * 20.0 + 3.6365);
    }

    #[test]
    fn empty_tally_gives_no_scores() {
        assert_eq!(scores(&Tally::default()), Readability::default());
    }
}
