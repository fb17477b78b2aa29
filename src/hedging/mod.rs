//! Finds hedges, boosters, vague or anonymous sourcing and open questions.
//!
//! One pass: every word is normalised and mapped to its lexicon id, the ids of each clause
//! (split between sentences and at clause punctuation, so that "it was said, to the crowd"
//! is not "is said to") form a string, and the lexicon's leftmost-longest automaton over
//! ids finds every phrase, so "it seems likely" wins over "it seems" and "no doubt" (a booster)
//! over "doubt". Then the context rules that the lexicon line names ([`rules::Rule`]) drop
//! the readings that are not cues: "May" the month, "might" the noun, "could not open the
//! door", "suggested a plan", "appeared on stage", "some 350".

pub mod rules;

use crate::counts::{PerForm, TextCounts};
use crate::lexicon::{self, Category, Lexicon, Strength, LEXICON, OTHER_WORD};
use crate::segment::Segments;
use crate::span::Span;
use rules::Context;

/// One finding: a cue in the text with its category and explanation.
#[derive(Clone, Debug, PartialEq)]
pub struct Finding {
    /// The cue's span.
    pub span: Span,
    /// What kind of cue it is.
    pub category: Category,
    /// Index of the sentence it is in.
    pub sentence: usize,
    /// The lexicon phrase that matched.
    pub cue: &'static str,
    /// Weak or strong, where the lexicon says so.
    pub strength: Option<Strength>,
    /// One line for the reader: why this was flagged.
    pub explanation: &'static str,
}

/// Punctuation between two words that no lexicon phrase spans: a phrase is a run of words
/// inside one clause. Line breaks and spaces are not here: they never split a phrase.
const CLAUSE_PUNCTUATION: &[char] = &[',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '—', '–', '!', '?'];

/// Finds every cue in the segmented, counted text, in text order.
pub fn find(text: &str, segments: &Segments, counts: &TextCounts) -> Vec<Finding> {
    let lexicon = &*LEXICON;
    // Lexicon id per word form (`TextCounts::forms`): most words are forms seen before, and
    // one array read replaces lowercasing and hashing them again.
    let mut form_ids: PerForm<u16> = PerForm::for_counts(counts);
    let mut findings = Vec::new();
    // The word ids of the current clause (one per word) and the index of its first word: a
    // match's positions in `clause` are then word indices, with no map back from a stream.
    let mut clause: Vec<u16> = Vec::new();
    let mut clause_start = 0;
    let mut buf = String::new();
    let mut previous_sentence = usize::MAX;
    let mut previous_end = 0;
    for (i, word) in segments.words.iter().enumerate() {
        // A single space, the usual gap, is checked as one byte (no string compare, which
        // calls `memcmp`), without the punctuation search.
        let single_space = word.span.start == previous_end + 1 && text.as_bytes().get(previous_end) == Some(&b' ');
        let gap = || text.get(previous_end..word.span.start).unwrap_or("");
        if word.sentence != previous_sentence || (!single_space && gap().contains(CLAUSE_PUNCTUATION)) {
            find_in_clause(text, segments, &clause, clause_start, &mut findings);
            clause.clear();
            clause_start = i;
            previous_sentence = word.sentence;
        }
        previous_end = word.span.end;
        clause.push(form_ids.get_or_compute(counts.form_of(i), || word_id(lexicon, word.span.slice(text), &mut buf)));
    }
    find_in_clause(text, segments, &clause, clause_start, &mut findings);
    findings
}

/// The lexicon id of a word as written. `buf` is scratch space. (Runs once per word form:
/// `find` reuses the id for the form's other occurrences.)
fn word_id(lexicon: &Lexicon, written: &str, buf: &mut String) -> u16 {
    lexicon::normalise_into(written, buf);
    lexicon.word_id(buf)
}

/// Adds the cues of one clause, whose words have the lexicon ids `ids` and start at word
/// `first_word`. No phrase spans two clauses (see [`CLAUSE_PUNCTUATION`]).
fn find_in_clause(text: &str, segments: &Segments, ids: &[u16], first_word: usize, findings: &mut Vec<Finding>) {
    // Most clauses hold no lexicon word at all.
    if ids.iter().all(|&id| id == OTHER_WORD) {
        return;
    }
    let lexicon = &*LEXICON;
    for m in lexicon.automaton().find_iter(ids) {
        let (first, last) = (first_word + m.start(), first_word + m.end() - 1);
        let entry = &lexicon.entries[m.pattern().as_usize()];
        let context = Context::new(text, segments, first, last);
        if !entry.rules.iter().all(|rule| rule.accepts(&context)) {
            continue;
        }
        let (start, end) = (segments.words[first].span.start, segments.words[last].span.end);
        findings.push(Finding {
            span: Span::new(start, end),
            category: entry.category,
            sentence: segments.words[first].sentence,
            cue: entry.phrase,
            strength: entry.strength,
            explanation: entry.explanation,
        });
    }
}

#[cfg(test)]
mod tests;
