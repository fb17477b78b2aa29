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

use crate::wordlists::{ascii_lower, is_past_participle_lower};

/// Words allowed between the auxiliary and the participle.
pub const MAX_BETWEEN: usize = 2;

// The word tables are `matches!` patterns rather than slices: the compiler turns them into a
// switch on the length and a few byte compares, where a slice search compared the word with
// every entry (this check runs on nearly every word).

/// A form of "be" or "get" (lowercase, straight apostrophes) that starts a passive, or a
/// contracted "be" at the end of a word ("they're", "I'm").
fn is_auxiliary(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"am" | b"is" | b"are" | b"was" | b"were" | b"be" | b"been" | b"being" | b"isn't" | b"aren't" | b"wasn't" | b"weren't" | b"ain't"
            | b"get" | b"gets" | b"got" | b"gotten" | b"getting"
    ) || (lower.len() > 3 && lower.ends_with(b"'re"))
        || (lower.len() > 2 && lower.ends_with(b"'m"))
}

/// The letters that end an auxiliary (see [`is_auxiliary`]; a test keeps them in step).
const AUXILIARY_LAST_LETTERS: &[u8] = b"mestng";

/// A word that may stand between the auxiliary and the participle: one of a few adverbs and
/// negations, or any word ending in "-ly" ("quickly", "widely").
fn is_between(lower: &[u8]) -> bool {
    matches!(
        lower,
        b"not" | b"never" | b"also" | b"just" | b"still" | b"already" | b"often" | b"always" | b"all" | b"both" | b"even" | b"ever"
            | b"then" | b"now" | b"soon" | b"being" | b"been" | b"so" | b"too" | b"very" | b"much" | b"well" | b"no" | b"longer"
            | b"more" | b"most" | b"again" | b"once" | b"almost" | b"thus" | b"further" | b"therefore" | b"first" | b"later"
    ) || (lower.len() > 3 && lower.ends_with(b"ly"))
}

/// What one word can be in a passive construction, from its lowercase form alone, so that
/// it can be computed once per distinct word form (`counts` caches it) and the scan over a
/// sentence is a few bit tests per word.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Role(u8);

impl Role {
    /// An auxiliary ([`is_auxiliary`]).
    const AUXILIARY: u8 = 1;
    /// An auxiliary that can start a construction: the scan does not even look at a word of
    /// more than 10 bytes, or that does not end in one of [`AUXILIARY_LAST_LETTERS`], until
    /// an auxiliary has been seen (a cheap filter that is part of the rule: "somebody're").
    const STARTS: u8 = 2;
    /// Allowed between the auxiliary and the participle ([`is_between`]).
    const BETWEEN: u8 = 4;
    /// A past participle.
    const PARTICIPLE: u8 = 8;

    /// The role of `word` as written.
    pub fn of(word: &str) -> Role {
        let mut buf = [0u8; 32];
        let lower = ascii_lower(word, &mut buf).unwrap_or_default();
        let auxiliary = is_auxiliary(lower);
        let starts = auxiliary && word.len() <= 10 && word.as_bytes().last().is_some_and(|b| AUXILIARY_LAST_LETTERS.contains(&b.to_ascii_lowercase()));
        Role(
            u8::from(auxiliary) * Role::AUXILIARY
                | u8::from(starts) * Role::STARTS
                | u8::from(is_between(lower)) * Role::BETWEEN
                | u8::from(is_past_participle_lower(lower)) * Role::PARTICIPLE,
        )
    }

    fn has(self, flag: u8) -> bool {
        self.0 & flag != 0
    }
}

/// The passive scan over one sentence's words, one [`PassiveScan::step`] per word.
#[derive(Clone, Copy, Debug, Default)]
pub struct PassiveScan {
    /// Words since the last auxiliary, while a participle may still complete it.
    since_auxiliary: Option<usize>,
}

impl PassiveScan {
    /// Takes the next word; true when it completes a passive construction.
    pub fn step(&mut self, role: Role) -> bool {
        match self.since_auxiliary {
            None => {
                if role.has(Role::STARTS) {
                    self.since_auxiliary = Some(0);
                }
                false
            }
            Some(n) => {
                let auxiliary = role.has(Role::AUXILIARY);
                if !auxiliary && role.has(Role::PARTICIPLE) {
                    return true;
                }
                self.since_auxiliary = if auxiliary {
                    Some(0)
                } else if n < MAX_BETWEEN && role.has(Role::BETWEEN) {
                    Some(n + 1)
                } else {
                    None
                };
                false
            }
        }
    }
}

/// True when the words of one sentence (in order) hold a passive construction. (`counts`
/// runs the same scan with each word form's role cached.)
pub fn is_passive<'a>(words: impl IntoIterator<Item = &'a str>) -> bool {
    let mut scan = PassiveScan::default();
    words.into_iter().any(|word| scan.step(Role::of(word)))
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
            assert!(is_auxiliary(form.as_bytes()), "{form}");
            assert!(AUXILIARY_LAST_LETTERS.contains(form.as_bytes().last().unwrap()), "{form}");
        }
        assert!(passive(["THEY’RE", "paid"].join(" ").as_str()), "capitals and a curly apostrophe");
        // The filter is part of the rule: a word of more than 10 bytes starts nothing, but an
        // auxiliary of any length continues a construction.
        assert!(!passive("Somebody're paid"));
        assert!(passive("It was somebody're paid"));
    }

    #[test]
    fn a_participle_far_from_the_auxiliary_does_not_count() {
        assert!(!passive("He was at home when the letter arrived"));
    }
}
