//! Finds hedges, boosters, vague or anonymous sourcing and open questions.
//!
//! One pass: every word is normalised and mapped to its lexicon id, the ids form an encoded
//! stream (with a break between sentences and at clause punctuation, so that "it was said,
//! to the crowd" is not "is said to"), and the lexicon's leftmost-longest automaton
//! finds every phrase, so "it seems likely" wins over "it seems" and "no doubt" (a booster)
//! over "doubt". Then the context rules that the lexicon line names ([`rules::Rule`]) drop
//! the readings that are not cues: "May" the month, "might" the noun, "could not open the
//! door", "suggested a plan", "appeared on stage", "some 350".

pub mod rules;

use crate::lexicon::{self, Category, Strength, CODE_WIDTH, LEXICON, SENTENCE_BREAK};
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

/// Finds every cue in the segmented text, in text order.
pub fn find(text: &str, segments: &Segments) -> Vec<Finding> {
    let lexicon = &*LEXICON;
    // Encoded stream and, per code, the index of its word (usize::MAX for sentence breaks).
    let mut stream = Vec::with_capacity((segments.words.len() + segments.sentences.len()) * CODE_WIDTH);
    let mut code_word = Vec::with_capacity(segments.words.len() + segments.sentences.len());
    let mut buf = String::new();
    let mut previous_sentence = usize::MAX;
    let mut previous_end = 0;
    for (i, word) in segments.words.iter().enumerate() {
        let gap = text.get(previous_end..word.span.start).unwrap_or("");
        if word.sentence != previous_sentence || gap.contains(CLAUSE_PUNCTUATION) {
            lexicon::push_code(&mut stream, SENTENCE_BREAK);
            code_word.push(usize::MAX);
            previous_sentence = word.sentence;
        }
        previous_end = word.span.end;
        lexicon::normalise_into(word.span.slice(text), &mut buf);
        lexicon::push_code(&mut stream, lexicon.word_id(&buf));
        code_word.push(i);
    }
    let mut findings = Vec::new();
    for m in lexicon.automaton().find_iter(&stream) {
        // Every pattern starts with a code marker, so matches are code-aligned; no pattern
        // contains the sentence break, so both ends are words.
        let (Some(&first), Some(&last)) = (code_word.get(m.start() / CODE_WIDTH), code_word.get(m.end() / CODE_WIDTH - 1)) else {
            continue;
        };
        if first == usize::MAX || last == usize::MAX {
            continue;
        }
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
    findings
}

#[cfg(test)]
mod tests;
