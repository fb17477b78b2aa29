//! Finds hedges, boosters and vague or anonymous sourcing.
//!
//! One pass: every word is normalised and mapped to its lexicon id, the ids form an encoded
//! stream (with a break between sentences), and the lexicon's leftmost-longest automaton
//! finds every phrase. Context rules then drop the readings that are not hedges ("May" the
//! month, "might" the noun, numeric "about 300").

use crate::lexicon::{self, Category, Strength, CODE_WIDTH, LEXICON, SENTENCE_BREAK};
use crate::segment::Segments;
use crate::span::Span;

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

/// Finds every cue in the segmented text.
pub fn find(text: &str, segments: &Segments) -> Vec<Finding> {
    let lexicon = &*LEXICON;
    // Encoded stream and, per code, the index of its word (usize::MAX for sentence breaks).
    let mut stream = Vec::with_capacity(segments.words.len() * CODE_WIDTH);
    let mut code_word = Vec::with_capacity(segments.words.len() + segments.sentences.len());
    let mut buf = String::new();
    let mut previous_sentence = usize::MAX;
    for (i, word) in segments.words.iter().enumerate() {
        if word.sentence != previous_sentence {
            lexicon::push_code(&mut stream, SENTENCE_BREAK);
            code_word.push(usize::MAX);
            previous_sentence = word.sentence;
        }
        lexicon::normalise_into(word.span.slice(text), &mut buf);
        lexicon::push_code(&mut stream, lexicon.word_id(&buf));
        code_word.push(i);
    }
    let mut findings = Vec::new();
    for m in lexicon.automaton().find_iter(&stream) {
        // Every pattern starts with a code marker, so matches are code-aligned.
        let first = code_word[m.start() / CODE_WIDTH];
        let last = code_word[m.end() / CODE_WIDTH - 1];
        let entry = &lexicon.entries[m.pattern().as_usize()];
        if !context_allows(text, segments, first, last, entry.phrase) {
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

/// The word at index `i`, if it exists and is in the same sentence as word `of`.
fn word_in_sentence<'t>(text: &'t str, segments: &Segments, of: usize, i: Option<usize>) -> Option<&'t str> {
    let w = segments.words.get(i?)?;
    (w.sentence == segments.words[of].sentence).then(|| w.span.slice(text))
}

/// Context rules: false when the matched words are not a hedge here.
fn context_allows(text: &str, segments: &Segments, first: usize, last: usize, phrase: &str) -> bool {
    let word = segments.words[first].span.slice(text);
    let previous = word_in_sentence(text, segments, first, first.checked_sub(1)).map(str::to_lowercase);
    let next = word_in_sentence(text, segments, last, Some(last + 1));
    match phrase {
        // "May" the month: capitalised mid-sentence, or next to a day number or a year.
        "may" => {
            let capital_mid_sentence = word.starts_with('M') && previous.is_some();
            let near_number = next.is_some_and(|n| n.chars().all(|c| c.is_ascii_digit()))
                || previous.as_deref().is_some_and(|p| p.chars().all(|c| c.is_ascii_digit()) || p == "of" && word.starts_with('M'));
            !(capital_mid_sentence || near_number)
        }
        // "might" the noun: "with all his might", "the might of".
        "might" => {
            let noun_before = previous.as_deref().is_some_and(|p| matches!(p, "the" | "his" | "her" | "their" | "its" | "our" | "my" | "your" | "military" | "economic"));
            let noun_after = next.is_some_and(|n| n.eq_ignore_ascii_case("of"));
            !(noun_before || (noun_after && previous.as_deref() == Some("the")))
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn cues(text: &str) -> Vec<(String, Category)> {
        let segments = segment(text);
        find(text, &segments).into_iter().map(|f| (f.span.slice(text).to_owned(), f.category)).collect()
    }

    #[test]
    fn finds_each_category() {
        let found = cues("The plan may fail. Officials reportedly agreed. Critics disagree. Sources said so. It is clearly wrong. We believe it.");
        let categories: Vec<Category> = found.iter().map(|(_, c)| *c).collect();
        assert_eq!(categories, [Category::Epistemic, Category::Attribution, Category::VagueSource, Category::AnonymousSource, Category::Booster, Category::Doxastic]);
    }

    #[test]
    fn longest_phrase_wins() {
        assert_eq!(cues("It seems likely to rain."), [("It seems likely".to_owned(), Category::Epistemic)]);
    }

    #[test]
    fn phrase_split_by_line_break_and_curly_quotes_still_matches() {
        assert_eq!(cues("This was, according\nto officials, fine."), [("according\nto".to_owned(), Category::Attribution)]);
    }

    #[test]
    fn may_the_month_is_not_a_hedge() {
        assert!(cues("The vote took place on 3 May 2021.").is_empty());
        assert!(cues("In May the council met.").is_empty());
        assert_eq!(cues("In May it may rain.").len(), 1);
    }

    #[test]
    fn might_the_noun_is_not_a_hedge() {
        assert!(cues("He pushed with all his might.").is_empty());
    }

    #[test]
    fn no_match_inside_a_word() {
        assert!(cues("Their dismay was visible.").is_empty());
    }
}
