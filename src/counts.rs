//! Counts, computed once per word and summed per sentence, paragraph and document.
//!
//! Every threshold the formulas depend on is defined here and nowhere else:
//! * a **polysyllable** (SMOG) has 3 or more syllables;
//! * a **complex word** (Gunning Fog) has 3 or more syllables, is not a proper noun (a
//!   capitalised word that does not start its sentence), and does not reach 3 syllables only
//!   through an `-es`, `-ed` or `-ing` ending;
//! * a **long word** has 7 or more letters;
//! * a **difficult word** (New Dale-Chall) is not on the familiar-word list (see `wordlists`);
//! * a **letter** (Coleman-Liau, ARI) is a letter or digit inside a word: punctuation,
//!   spaces and symbols never count.

use crate::segment::Segments;
use crate::syllables::syllables;
use crate::wordlists;
use std::ops::AddAssign;

/// Syllables at or above which a word is a polysyllable (McLaughlin 1969).
pub const POLYSYLLABLE_MIN: u32 = 3;
/// Letters at or above which a word is long.
pub const LONG_WORD_MIN_LETTERS: u32 = 7;

/// What one word contributes to the counts.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WordStats {
    /// Syllables of the word.
    pub syllables: u32,
    /// Letters and digits of the word.
    pub letters: u32,
    /// 3+ syllables.
    pub polysyllable: bool,
    /// Gunning's complex word.
    pub complex: bool,
    /// 7+ letters.
    pub long: bool,
    /// Not on the Dale-Chall familiar list.
    pub difficult: bool,
}

impl WordStats {
    /// Stats of `word`; `starts_sentence` tells whether it is the first word of its sentence.
    pub fn of(word: &str, starts_sentence: bool) -> Self {
        let syllables = syllables(word);
        let letters = word.chars().filter(|c| c.is_alphanumeric()).count() as u32;
        let polysyllable = syllables >= POLYSYLLABLE_MIN;
        let proper = !starts_sentence && word.chars().next().is_some_and(char::is_uppercase);
        let complex = polysyllable && !proper && !word.contains('-') && !reaches_three_by_suffix(word);
        WordStats {
            syllables,
            letters,
            polysyllable,
            complex,
            long: letters >= LONG_WORD_MIN_LETTERS,
            difficult: !wordlists::is_dale_chall_familiar(word),
        }
    }
}

/// True when `word` has 3+ syllables only because of an -es, -ed or -ing ending (Gunning).
fn reaches_three_by_suffix(word: &str) -> bool {
    let lower = word.to_lowercase();
    ["ing", "ed", "es"].iter().any(|suffix| {
        lower.strip_suffix(suffix).is_some_and(|stem| !stem.is_empty() && syllables(stem) < POLYSYLLABLE_MIN)
    })
}

/// Additive counts over any run of words and sentences.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Words.
    pub words: u32,
    /// Sentences.
    pub sentences: u32,
    /// Syllables.
    pub syllables: u32,
    /// Letters and digits inside words.
    pub letters: u32,
    /// Words of 3+ syllables.
    pub polysyllables: u32,
    /// Gunning's complex words.
    pub complex_words: u32,
    /// Words of 7+ letters.
    pub long_words: u32,
    /// Words not on the Dale-Chall list.
    pub difficult_words: u32,
}

impl Tally {
    /// Adds one word.
    pub fn add_word(&mut self, w: &WordStats) {
        self.words += 1;
        self.syllables += w.syllables;
        self.letters += w.letters;
        self.polysyllables += u32::from(w.polysyllable);
        self.complex_words += u32::from(w.complex);
        self.long_words += u32::from(w.long);
        self.difficult_words += u32::from(w.difficult);
    }
}

impl AddAssign for Tally {
    fn add_assign(&mut self, o: Tally) {
        self.words += o.words;
        self.sentences += o.sentences;
        self.syllables += o.syllables;
        self.letters += o.letters;
        self.polysyllables += o.polysyllables;
        self.complex_words += o.complex_words;
        self.long_words += o.long_words;
        self.difficult_words += o.difficult_words;
    }
}

/// Counts of the whole text, each paragraph, each sentence, and each word's stats.
#[derive(Clone, Debug, Default)]
pub struct TextCounts {
    /// One per word, parallel to `Segments::words`.
    pub words: Vec<WordStats>,
    /// One per sentence (with `sentences == 1`).
    pub sentences: Vec<Tally>,
    /// One per paragraph.
    pub paragraphs: Vec<Tally>,
    /// The whole text.
    pub document: Tally,
}

/// Counts everything once.
pub fn count(text: &str, segments: &Segments) -> TextCounts {
    let mut out = TextCounts { words: Vec::with_capacity(segments.words.len()), ..Default::default() };
    for sentence in &segments.sentences {
        let mut tally = Tally { sentences: 1, ..Default::default() };
        for (i, word) in segments.words[sentence.words.clone()].iter().enumerate() {
            let stats = WordStats::of(word.span.slice(text), i == 0);
            tally.add_word(&stats);
            out.words.push(stats);
        }
        out.sentences.push(tally);
    }
    for paragraph in &segments.paragraphs {
        let mut tally = Tally::default();
        for s in &out.sentences[paragraph.sentences.clone()] {
            tally += *s;
        }
        out.document += tally;
        out.paragraphs.push(tally);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_exclude_punctuation() {
        assert_eq!(WordStats::of("don't", false).letters, 4);
    }

    #[test]
    fn complex_words_follow_gunning() {
        assert!(WordStats::of("dangerous", true).complex);
        assert!(!WordStats::of("Washington", false).complex, "proper noun");
        assert!(WordStats::of("Washington", true).complex, "capital at sentence start is not a proper noun");
    }
}
