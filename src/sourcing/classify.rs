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
//! 9. "the" + an unlisted noun ("the league", "the carmaker") is an entity the article has
//!    introduced: named. An unlisted common noun with an indefinite determiner or a quantifier ("a taxi driver",
//!    "some shopkeepers") is vague. Anything else is not a source.
//!
//! Heads are looked up in the singular and the plural ("one resident" as "residents").

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
pub fn has_marker(cx: &Context, range: Range<usize>) -> bool {
    // Word by word, each word lowercased once: a marker word, or a marker phrase that starts
    // there and ends inside the range.
    range.clone().any(|at| {
        let word = cx.lower(at);
        WORDS.is(word, NounClass::Marker)
            || WORDS.phrases.iter().any(|(phrase, c)| {
                *c == NounClass::Marker && phrase.first() == Some(&word) && at + phrase.len() <= range.end && phrase_at(cx, at, phrase)
            })
    })
}

/// True when the multi-word title (e.g. "prime minister") ends the words `core`.
fn ends_with_title_phrase(cx: &Context, core: Range<usize>) -> bool {
    WORDS
        .phrases
        .iter()
        .filter(|(_, c)| *c == NounClass::Title)
        .any(|(phrase, _)| core.len() >= phrase.len() && phrase_at(cx, core.end - phrase.len(), phrase))
}

/// True when the words from `at` on are `phrase` (lowercased).
fn phrase_at(cx: &Context, at: usize, phrase: &[&str]) -> bool {
    phrase.iter().enumerate().all(|(k, w)| cx.lower(at + k) == *w)
}

/// True when word `i` of a phrase ending before word `end` is a proper name (rule 8 of the
/// module docs). A word capitalised only by its position counts when it is not an everyday
/// word and is not an adjective before a lowercase noun: it ends the phrase or a capitalised
/// word follows ("Rahim", "Kessler University", but not "Environmental groups").
pub fn is_proper_in(cx: &Context, i: usize, end: usize) -> bool {
    let lower = &*cx.lower(i);
    if !cx.is_capitalised(i) || lower == "i" || WORDS.is_listed(lower) {
        return false;
    }
    !cx.capital_by_position(i) || (!is_dale_chall_familiar(lower) && (i + 1 >= end || cx.is_capitalised(i + 1)))
}

/// True when word `i` is a proper name, judged with the rest of its sentence.
pub fn is_proper(cx: &Context, i: usize) -> bool {
    let sentence = cx.segments.words[i].sentence;
    is_proper_in(cx, i, cx.segments.sentences[sentence].words.end)
}

/// True when word `i` (not the first of a phrase) ends the head part: a `[head_end]` word, a
/// lowercase "-ing" participle ("a driver *waiting* near"), or an "-ed" participle before
/// "by" ("figures *published* by the ministry").
fn ends_head(cx: &Context, i: usize, end: usize) -> bool {
    let w = &*cx.lower(i);
    WORDS.is(w, NounClass::HeadEnd)
        || (w.len() > 4 && w.ends_with("ing") && !cx.is_capitalised(i) && !WORDS.is(&cx.lower(i - 1), NounClass::Determiner))
        || (w.ends_with("ed") && i + 1 < end && cx.lower(i + 1) == "by")
}

/// The head part of a source phrase: from its start to the first word that ends the head,
/// looking through a quantity ("a number *of* lawmakers") to the noun after "of".
fn head_part(cx: &Context, range: Range<usize>) -> Range<usize> {
    let end_from = |from: usize| (from + 1..range.end).find(|&i| ends_head(cx, i, range.end)).unwrap_or(range.end);
    let core_end = end_from(range.start);
    let quantity = WORDS.is(&cx.lower(core_end - 1), NounClass::Quantity);
    if quantity && core_end + 1 < range.end && cx.lower(core_end) == "of" {
        return range.start..end_from(core_end + 1);
    }
    range.start..core_end
}

/// Classifies the words `range` as a source (rules 1-9 of the module docs).
pub fn classify(cx: &Context, range: Range<usize>) -> Option<Found> {
    if range.is_empty() {
        return None;
    }
    if range.len() == 1 && WORDS.is(&cx.lower(range.start), NounClass::Pronoun) {
        return Some(Found::Pronoun);
    }
    if has_marker(cx, range.clone()) {
        return Some(Found::Source(SourceKind::Anonymous));
    }
    let core = head_part(cx, range.clone());
    let head_index = core.end - 1;
    let head = &*cx.lower(head_index);
    // "one of them said": a part of an earlier source.
    if core.len() > 1 && WORDS.is(head, NounClass::Pronoun) {
        return Some(Found::Pronoun);
    }
    let determiner = &*cx.lower(core.start);
    let indefinite = core.len() > 1 && WORDS.is(determiner, NounClass::Indefinite);
    let quantifier = core.len() > 1 && WORDS.is(determiner, NounClass::Vague);
    let possessive = cx.word(core.start).ends_with("'s") || cx.word(core.start).ends_with("’s");
    let definite = core.len() > 1 && !indefinite && (WORDS.is(determiner, NounClass::Determiner) || possessive);
    let proper_words = core.clone().filter(|&i| is_proper_in(cx, i, core.end)).count();
    let head_is_proper = is_proper_in(cx, head_index, core.end);
    let names_an_organisation = |range: Range<usize>| range.clone().any(|i| is_proper_in(cx, i, range.end) || WORDS.is_any_number(&cx.lower(i), NounClass::Body));
    let source = |kind| Some(Found::Source(kind));

    if !head_is_proper && WORDS.is(head, NounClass::OnRecord) {
        // "a spokeswoman for the World Health Organization" speaks for it on the record.
        return source(if names_an_organisation(range.clone()) || definite { SourceKind::Named } else { SourceKind::Anonymous });
    }
    if !head_is_proper && (WORDS.is(head, NounClass::Title) || ends_with_title_phrase(cx, core.clone())) {
        let plural_bare = core.len() == 1 && head.ends_with('s');
        return source(if indefinite || plural_bare { SourceKind::Anonymous } else { SourceKind::Named });
    }
    if WORDS.is_any_number(head, NounClass::Anonymous) {
        return source(SourceKind::Anonymous);
    }
    if WORDS.is_any_number(head, NounClass::Vague) {
        let names_a_body = (core.start..head_index).any(|i| WORDS.is_any_number(&cx.lower(i), NounClass::Body));
        let named = proper_words >= 2 || (proper_words >= 1 && names_a_body);
        return source(if named { SourceKind::Named } else { SourceKind::Vague });
    }
    if WORDS.is(head, NounClass::Body) {
        return source(if indefinite { SourceKind::Vague } else { SourceKind::Named });
    }
    if WORDS.is_any_number(head, NounClass::Body) {
        // A plural body: "the organisations" are identified, bare "organisations" are not.
        return source(if definite || proper_words > 0 { SourceKind::Named } else { SourceKind::Vague });
    }
    if WORDS.is_any_number(head, NounClass::Document) || proper_words > 0 {
        return source(SourceKind::Named);
    }
    // A compound after a body ("the police force"), or any "the" + noun that speaks: news
    // refers back to an organisation or person it has introduced as "the league", "the
    // carmaker" (things that cannot speak, "the fire claimed three lives", fail rule 1 of
    // the attribution finder first).
    let the_noun = determiner == "the" && core.len() >= 2 && !cx.is_capitalised(head_index);
    if definite && (the_noun || (core.start..head_index).any(|i| WORDS.is(&cx.lower(i), NounClass::Body))) {
        return source(SourceKind::Named);
    }
    // An unlisted common noun: "one resident", "a taxi driver", "some shopkeepers".
    let common_noun = !cx.is_capitalised(head_index) || cx.capital_by_position(head_index) && core.len() == 1;
    if (indefinite || quantifier) && common_noun {
        return source(SourceKind::Vague);
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
