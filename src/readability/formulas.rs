//! The readability formulas: pure arithmetic over a [`Tally`], one function each.
//!
//! Each returns `None` when the tally has no words or no sentence units: never a fake
//! `0.0`, never NaN. (Some formulas would still give a number there, such as SMOG's 3.1291
//! for a "sentence" of punctuation alone, but a text without words has no readability.) Constants are the published ones; each function gives its equation,
//! its source and what the score means. The counts behind them (what a word, a syllable, a
//! complex or difficult word is) are defined once in [`crate::counts`]. "Sentences" in every
//! formula are sentence units (`Tally::sentence_units`): sentences, plus one for each
//! semicolon that separates two clauses, as Flesch's counting instructions say.

use crate::counts::Tally;

/// `numerator / denominator` over a tally that has words and sentence units; `None`
/// otherwise. Every formula reads its ratios through this, so all share one definition of
/// "undefined".
fn ratio_in(t: &Tally, numerator: u32, denominator: u32) -> Option<f64> {
    (t.words > 0 && t.sentence_units > 0 && denominator > 0).then(|| f64::from(numerator) / f64::from(denominator))
}

/// Flesch Reading Ease (Flesch 1948, "A new readability yardstick"):
/// `206.835 − 1.015 × words/sentences − 84.6 × syllables/words`.
///
/// 0 to 100, higher is easier: 90–100 very easy (5th grade), 60–70 plain English (8th–9th
/// grade), 0–30 very difficult (university graduates). Scores can leave that range.
pub fn flesch_reading_ease(t: &Tally) -> Option<f64> {
    Some(206.835 - 1.015 * ratio_in(t, t.words, t.sentence_units)? - 84.6 * ratio_in(t, t.syllables, t.words)?)
}

/// Flesch-Kincaid grade level (Kincaid, Fishburne, Rogers & Chissom 1975, for the US Navy):
/// `0.39 × words/sentences + 11.8 × syllables/words − 15.59`.
///
/// A US school grade: 8.0 means an eighth grader can follow the text.
pub fn flesch_kincaid_grade(t: &Tally) -> Option<f64> {
    Some(0.39 * ratio_in(t, t.words, t.sentence_units)? + 11.8 * ratio_in(t, t.syllables, t.words)? - 15.59)
}

/// Gunning Fog index (Gunning 1952, "The Technique of Clear Writing"):
/// `0.4 × (words/sentences + 100 × complex words/words)`.
///
/// Years of formal education needed to understand the text on first reading; 12 is a US
/// high-school senior, 17 a college graduate. Complex words: see [`crate::counts`].
pub fn gunning_fog(t: &Tally) -> Option<f64> {
    Some(0.4 * (ratio_in(t, t.words, t.sentence_units)? + 100.0 * ratio_in(t, t.complex_words, t.words)?))
}

/// SMOG grade (McLaughlin 1969, "SMOG grading: a new readability formula"):
/// `1.0430 × √(polysyllables × 30 / sentences) + 3.1291`.
///
/// The grade a reader needs for full comprehension. Calibrated on 30-sentence samples; the
/// `30 / sentences` factor scales any text to that, so short texts are less reliable.
pub fn smog(t: &Tally) -> Option<f64> {
    Some(1.0430 * (ratio_in(t, t.polysyllables, t.sentence_units)? * 30.0).sqrt() + 3.1291)
}

/// Coleman-Liau index (Coleman & Liau 1975, "A computer readability formula designed for
/// machine scoring"): `0.0588 × L − 0.296 × S − 15.8`, where L is letters per 100 words and S
/// is sentences per 100 words. A US school grade; it uses letters, not syllables.
pub fn coleman_liau(t: &Tally) -> Option<f64> {
    let l = 100.0 * ratio_in(t, t.letters, t.words)?;
    let s = 100.0 * ratio_in(t, t.sentence_units, t.words)?;
    Some(0.0588 * l - 0.296 * s - 15.8)
}

/// Automated Readability Index (Smith & Senter 1967):
/// `4.71 × letters/words + 0.5 × words/sentences − 21.43`. A US school grade.
pub fn automated_readability_index(t: &Tally) -> Option<f64> {
    Some(4.71 * ratio_in(t, t.letters, t.words)? + 0.5 * ratio_in(t, t.words, t.sentence_units)? - 21.43)
}

/// New Dale-Chall raw score (Chall & Dale 1995, "Readability Revisited"; constants of Dale &
/// Chall 1948): `0.1579 × PDW + 0.0496 × words/sentences`, plus 3.6365 when the percentage
/// of difficult words (PDW, words not on the 3,000 familiar words) exceeds 5.
///
/// Not a grade but a band: 4.9 or lower is grade 4 and below, 5.0–5.9 grades 5–6, 6.0–6.9
/// grades 7–8, 7.0–7.9 grades 9–10, 8.0–8.9 grades 11–12, 9.0–9.9 college, 10 and above
/// college graduate.
pub fn dale_chall(t: &Tally) -> Option<f64> {
    let pdw = 100.0 * ratio_in(t, t.difficult_words, t.words)?;
    let raw = 0.1579 * pdw + 0.0496 * ratio_in(t, t.words, t.sentence_units)?;
    Some(if pdw > 5.0 { raw + 3.6365 } else { raw })
}

/// Revised Spache grade (Spache 1974; the 1953 formula re-fitted to the revised word list):
/// `0.121 × words/sentences + 0.082 × percentage of unique unfamiliar words + 0.659`.
///
/// A school grade, valid for primary-grade texts (grades 1 to 3); above that, use Dale-Chall.
/// Unfamiliar words are those not on the Spache list, each counted once.
pub fn spache(t: &Tally) -> Option<f64> {
    Some(0.121 * ratio_in(t, t.words, t.sentence_units)? + 0.082 * 100.0 * ratio_in(t, t.spache_unfamiliar_words, t.words)? + 0.659)
}

/// Linsear Write (O'Hayre 1966, "Gobbledygook Has Gotta Go", US Bureau of Land Management).
/// On a 100-word sample, easy words (1–2 syllables) score 1 and hard words (3+) score 3;
/// `r` is that sum divided by the sample's sentences; the grade is `r / 2` when `r > 20`,
/// else `(r − 2) / 2`. For any length of text, `r = (easy + 3 × hard) / sentences`: scaling
/// the text to 100 words scales its sentences by the same factor, so the ratio is unchanged.
pub fn linsear_write(t: &Tally) -> Option<f64> {
    let words_per_unit = ratio_in(t, t.words, t.sentence_units)?;
    // Easy words score 1 and hard words 3, so the sum is words + 2 × hard (in f64: no overflow).
    let hard_per_unit = f64::from(t.polysyllables.min(t.words)) / f64::from(t.sentence_units);
    let r = words_per_unit + 2.0 * hard_per_unit;
    Some(if r > 20.0 { r / 2.0 } else { (r - 2.0) / 2.0 })
}

/// The grade-level formulas that enter the consensus grade: all that estimate a US school
/// grade for general text. Left out: Flesch Reading Ease and Dale-Chall (not grades: a 0–100
/// ease and a band score) and Spache (valid only for grades 1–3).
pub const CONSENSUS_FORMULAS: [fn(&Tally) -> Option<f64>; 6] =
    [flesch_kincaid_grade, gunning_fog, smog, coleman_liau, automated_readability_index, linsear_write];

/// Consensus grade: the median of the defined [`CONSENSUS_FORMULAS`] (the mean of the middle
/// two when their number is even). The median keeps one formula's outlier, such as SMOG on a
/// single sentence or Linsear Write's jump at `r = 20`, from moving the result.
pub fn consensus_grade(t: &Tally) -> Option<f64> {
    let mut grades = [0.0f64; CONSENSUS_FORMULAS.len()];
    let mut n = 0;
    for formula in CONSENSUS_FORMULAS {
        if let Some(g) = formula(t) {
            grades[n] = g;
            n += 1;
        }
    }
    median(&mut grades[..n])
}

/// Median of `values` (reordered in place); `None` when empty.
///
/// Sorts with a plain insertion sort: the consensus takes at most six grades, and the
/// standard library's sort would compile about 2 KB (gzipped) of general sorting code into
/// the wasm for them. Quadratic, so meant for short slices only.
pub fn median(values: &mut [f64]) -> Option<f64> {
    for i in 1..values.len() {
        let mut j = i;
        while j > 0 && values[j - 1].total_cmp(&values[j]).is_gt() {
            values.swap(j - 1, j);
            j -= 1;
        }
    }
    let n = values.len();
    match n {
        0 => None,
        _ if n % 2 == 1 => Some(values[n / 2]),
        _ => Some((values[n / 2 - 1] + values[n / 2]) / 2.0),
    }
}
