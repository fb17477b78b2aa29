//! Who is a source? Classifies the words found before or after a reporting verb as a named,
//! anonymous or vague source, a pronoun to resolve, or not a source at all ("The fire
//! claimed three lives").
//!
//! The policy, in the order it is applied (word lists in `lexicon/source_nouns.txt`):
//!
//! 1. A lone pronoun (he, she, they, it, we) is resolved later to the most recent source.
//! 2. An anonymity marker anywhere ("familiar with", "on condition of anonymity", "unnamed")
//!    makes the source anonymous, whatever else it says.
//! 3. The **head** is the last word before the first `[head_end]` word ("sources | in the
//!    ruling party"); its first word is the **determiner**.
//! 4. A title head ("minister", "spokeswoman", "chief executive") is named with "the", a
//!    possessive, a proper name or no determiner ("Police spokesman Jan Meyer", "the prime
//!    minister"), and anonymous with an indefinite one ("a minister", "two aides").
//! 5. An anonymous head ("officials", "a diplomat", "sources") is anonymous, even with a
//!    proper adjective ("U.S. officials", "a Western diplomat").
//! 6. A vague head ("critics", "analysts", "some", "people") is vague, unless a proper name
//!    of an organisation qualifies it ("Kessler University researchers" is named).
//! 7. A body ("the ministry", "police", "the company") or a document ("the court filing")
//!    speaks on the record: named (a body with "a" or "an" is vague).
//! 8. Any proper name ("Orlan Motors", "Rahim", "The Kremlin") is named. A capital that only
//!    marks the start of a sentence counts when the word is not an everyday English word
//!    (New Dale-Chall familiar list), so "Rahim said" is named and "Human rights groups" is not.
//! 9. Anything else is not a source.

use super::context::Context;
use super::words::{NounClass, WORDS};
use crate::report::SourceKind;
use crate::wordlists::is_dale_chall_familiar;
use std::ops::Range;

/// What a phrase next to a reporting verb turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Found {
    /// A source of this kind.
    Source(SourceKind),
    /// A pronoun, to resolve to an earlier source.
    Pronoun,
}

/// True when an anonymity marker (word or phrase) occurs among the words `range`.
fn has_marker(cx: &Context, range: Range<usize>) -> bool {
    let words = &cx.lower[range];
    words.iter().any(|w| WORDS.is(w, NounClass::Marker))
        || WORDS.phrases.iter().filter(|(_, c)| *c == NounClass::Marker).any(|(phrase, _)| {
            words.windows(phrase.len()).any(|win| win.iter().zip(phrase).all(|(a, b)| a == b))
        })
}

/// True when the multi-word title (e.g. "prime minister") ends the words `core`.
fn ends_with_title_phrase(cx: &Context, core: Range<usize>) -> bool {
    let words = &cx.lower[core];
    WORDS
        .phrases
        .iter()
        .filter(|(_, c)| *c == NounClass::Title)
        .any(|(phrase, _)| words.len() >= phrase.len() && words[words.len() - phrase.len()..].iter().zip(phrase).all(|(a, b)| a == b))
}

/// True when word `i` is a proper name (see rule 8 of the module docs).
pub fn is_proper(cx: &Context, i: usize) -> bool {
    let lower = cx.lower[i].as_str();
    if !cx.is_capitalised(i) || lower == "i" || WORDS.is_listed(lower) {
        return false;
    }
    !cx.capital_by_position(i) || !is_dale_chall_familiar(lower)
}

/// Classifies the words `range` as a source (rules 1-9 of the module docs).
pub fn classify(cx: &Context, range: Range<usize>) -> Option<Found> {
    if range.is_empty() {
        return None;
    }
    if range.len() == 1 && WORDS.is(&cx.lower[range.start], NounClass::Pronoun) {
        return Some(Found::Pronoun);
    }
    if has_marker(cx, range.clone()) {
        return Some(Found::Source(SourceKind::Anonymous));
    }
    // The head part: up to the first head_end word (but never empty).
    let core_end = (range.start + 1..range.end).find(|&i| WORDS.is(&cx.lower[i], NounClass::HeadEnd)).unwrap_or(range.end);
    let core = range.start..core_end;
    let head = cx.lower[core_end - 1].as_str();
    let determiner = cx.lower[core.start].as_str();
    let indefinite = core.len() > 1 && WORDS.is(determiner, NounClass::Indefinite);
    let proper_words = core.clone().filter(|&i| is_proper(cx, i)).count();
    let head_is_proper = is_proper(cx, core_end - 1);

    if !head_is_proper && (WORDS.is(head, NounClass::Title) || ends_with_title_phrase(cx, core.clone())) {
        let plural_bare = core.len() == 1 && head.ends_with('s');
        return Some(Found::Source(if indefinite || plural_bare { SourceKind::Anonymous } else { SourceKind::Named }));
    }
    if WORDS.is(head, NounClass::Anonymous) {
        return Some(Found::Source(SourceKind::Anonymous));
    }
    if WORDS.is(head, NounClass::Vague) {
        let names_a_body = core.clone().any(|i| WORDS.is(&cx.lower[i], NounClass::Body));
        let named = proper_words >= 2 || (proper_words >= 1 && names_a_body);
        return Some(Found::Source(if named { SourceKind::Named } else { SourceKind::Vague }));
    }
    if WORDS.is(head, NounClass::Body) {
        let a = matches!(determiner, "a" | "an") && core.len() > 1;
        return Some(Found::Source(if a { SourceKind::Vague } else { SourceKind::Named }));
    }
    if WORDS.is(head, NounClass::Document) || proper_words > 0 {
        return Some(Found::Source(SourceKind::Named));
    }
    None
}

/// Classifies a source with an appositive or relative clause beside it ("Lund, 67," or "An
/// aide, who asked not to be named,"): the clause's anonymity markers win, then the main
/// phrase, then the clause (for "Her former employer, Norvik Logistics").
pub fn classify_with_apposition(cx: &Context, main: Range<usize>, apposition: Range<usize>) -> Option<Found> {
    if has_marker(cx, apposition.clone()) {
        return Some(Found::Source(SourceKind::Anonymous));
    }
    let inner = classify(cx, apposition.clone()).filter(|f| *f != Found::Pronoun);
    let named = Some(Found::Source(SourceKind::Named));
    match classify(cx, main) {
        Some(Found::Source(kind)) if kind != SourceKind::Named && inner == named && apposition.clone().any(|i| is_proper(cx, i)) => named,
        Some(found) => Some(found),
        None => inner,
    }
}
