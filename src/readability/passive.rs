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
use crate::wordlists::{ascii_lower, is_past_participle_lower};

/// Words allowed between the auxiliary and the participle.
pub const MAX_BETWEEN: usize = 2;

// The word tables are `matches!` patterns rather than slices: the compiler turns them into a
// switch on the length and a few byte compares, where a slice search compared the word with
// every entry (this check runs on nearly every word).

/// A form of "be" or "get" (lowercase, straight apostrophes) that starts a passive, or a
/// contracted "be" at the end of a word ("they're", "I'm").
fn is_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "am" | "is" | "are" | "was" | "were" | "be" | "been" | "being" | "isn't" | "aren't" | "wasn't" | "weren't" | "ain't"
            | "get" | "gets" | "got" | "gotten" | "getting"
    ) || (lower.len() > 3 && lower.ends_with("'re"))
        || (lower.len() > 2 && lower.ends_with("'m"))
}

/// The letters that end an auxiliary (see [`is_auxiliary`]; a test keeps them in step).
const AUXILIARY_LAST_LETTERS: &[u8] = b"mestng";

/// A word that may stand between the auxiliary and the participle: one of a few adverbs and
/// negations, or any word ending in "-ly" ("quickly", "widely").
fn is_between(lower: &str) -> bool {
    matches!(
        lower,
        "not" | "never" | "also" | "just" | "still" | "already" | "often" | "always" | "all" | "both" | "even" | "ever"
            | "then" | "now" | "soon" | "being" | "been" | "so" | "too" | "very" | "much" | "well" | "no" | "longer"
            | "more" | "most" | "again" | "once" | "almost" | "thus" | "further" | "therefore" | "first" | "later"
    ) || (lower.len() > 3 && lower.ends_with("ly"))
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
        // Also with none pending: only a word that ends like an auxiliary can start one, so
        // most words are passed over without being lowercased.
        if since_auxiliary.is_none() && !word.as_bytes().last().is_some_and(|b| AUXILIARY_LAST_LETTERS.contains(&b.to_ascii_lowercase())) {
            continue;
        }
        let mut buf = [0u8; 32];
        // A word that `ascii_lower` refuses is no auxiliary, no adverb and no participle; "" is
        // none of them either.
        let lower = ascii_lower(word, &mut buf).unwrap_or("");
        let auxiliary = is_auxiliary(lower);
        if let Some(n) = since_auxiliary {
            if !auxiliary && is_past_participle_lower(lower) {
                return true;
            }
            since_auxiliary = if auxiliary {
                Some(0)
            } else if n < MAX_BETWEEN && is_between(lower) {
                Some(n + 1)
            } else {
                None
            };
        } else if auxiliary {
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
    fn every_auxiliary_ends_in_a_letter_of_the_fast_filter() {
        let forms = ["am", "is", "are", "was", "were", "be", "been", "being", "isn't", "aren't", "wasn't", "weren't", "ain't", "get", "gets", "got", "gotten", "getting", "they're", "i'm"];
        for form in forms {
            assert!(is_auxiliary(form), "{form}");
            assert!(AUXILIARY_LAST_LETTERS.contains(form.as_bytes().last().unwrap()), "{form}");
        }
        assert!(passive(["THEY’RE", "paid"].join(" ").as_str()), "capitals and a curly apostrophe");
    }

    #[test]
    fn a_participle_far_from_the_auxiliary_does_not_count() {
        assert!(!passive("He was at home when the letter arrived"));
    }
}
