//! Passive voice: a sentence is passive when a form of "be" or "get" is followed by a past
//! participle, with at most [`MAX_BETWEEN`] adverbs or negations in between ("was written",
//! "is not widely known", "were quickly sold", "got fired", "is being built").
//!
//! Past participles are words in `data/irregular_participles.txt` ("written", "known") or
//! words of 4+ letters ending in `-ed` that are not in `data/not_participles.txt` (see
//! [`crate::wordlists::is_past_participle`]).
//!
//! Known limits, as in every pattern-based checker: adjectives that look like participles
//! count ("she was tired", "he is interested"), and "'s" is never read as "is" (it is far
//! more often a possessive), so "it's done" is missed.

use crate::segment::Segments;
use crate::wordlists::{ascii_lower, is_past_participle};

/// Words allowed between the auxiliary and the participle.
pub const MAX_BETWEEN: usize = 2;

/// Forms of "be" and "get" (lowercase, straight apostrophes) that start a passive.
const AUXILIARIES: &[&str] = &[
    "am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't", "ain't", "get",
    "gets", "got", "gotten", "getting",
];

/// Contracted forms of "be" at the end of a word ("they're", "I'm").
const CONTRACTED_BE: &[&str] = &["'re", "'m"];

/// Words that may stand between the auxiliary and the participle, besides any word ending in
/// "-ly" ("quickly", "widely").
const BETWEEN: &[&str] = &[
    "not", "never", "also", "just", "still", "already", "often", "always", "all", "both", "even", "ever", "then", "now",
    "soon", "being", "been", "so", "too", "very", "much", "well", "no", "longer", "more", "most", "again", "once",
    "almost", "thus", "further", "therefore", "first", "later",
];

fn is_auxiliary(lower: &str) -> bool {
    AUXILIARIES.contains(&lower) || CONTRACTED_BE.iter().any(|c| lower.len() > c.len() && lower.ends_with(c))
}

fn is_between(lower: &str) -> bool {
    BETWEEN.contains(&lower) || (lower.len() > 3 && lower.ends_with("ly"))
}

/// True when the words of one sentence (in order) hold a passive construction.
pub fn is_passive<'a>(words: impl IntoIterator<Item = &'a str>) -> bool {
    // Words since the last auxiliary: None when there is no pending auxiliary.
    let mut since_auxiliary: Option<usize> = None;
    for word in words {
        // Fast path: with no auxiliary pending, only a short word can matter (the longest
        // auxiliary, "they’re" with a curly apostrophe, is 9 bytes).
        if since_auxiliary.is_none() && word.len() > 10 {
            continue;
        }
        let mut buf = [0u8; 32];
        let lower = ascii_lower(word, &mut buf).unwrap_or("");
        if let Some(n) = since_auxiliary {
            if is_past_participle(word) && !is_auxiliary(lower) {
                return true;
            }
            since_auxiliary = if is_auxiliary(lower) {
                Some(0)
            } else if n < MAX_BETWEEN && is_between(lower) {
                Some(n + 1)
            } else {
                None
            };
        } else if is_auxiliary(lower) {
            since_auxiliary = Some(0);
        }
    }
    false
}

/// One flag per sentence of `segments`: true when the sentence is passive.
pub fn passive_sentences(text: &str, segments: &Segments) -> Vec<bool> {
    segments
        .sentences
        .iter()
        .map(|s| is_passive(segments.words[s.words.clone()].iter().map(|w| w.span.slice(text))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passive(sentence: &str) -> bool {
        is_passive(sentence.split_whitespace())
    }

    #[test]
    fn finds_be_and_get_passives_with_irregular_participles() {
        for s in [
            "The letter was written by her",
            "It is not widely known",
            "The houses were quickly sold",
            "He got fired",
            "The bridge is being built",
            "Mistakes have been made",
            "They’re paid well",
            "The results were published in 1990",
            "Dancing was no longer permitted",
            "The corner was beset by hysteria",
        ] {
            assert!(passive(s), "{s}");
        }
    }

    #[test]
    fn active_sentences_are_not_passive() {
        for s in ["She wrote the letter", "The car was red", "The comfort was short-lived", "There were a hundred people", "He is a good writer", "She was in need", "It was the best"] {
            assert!(!passive(s), "{s}");
        }
    }

    #[test]
    fn a_participle_far_from_the_auxiliary_does_not_count() {
        assert!(!passive("He was at home when the letter arrived"));
    }
}
