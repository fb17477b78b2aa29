//! The word stream the attribution finder reads: each word lowercased once, and questions
//! about the punctuation between words ("is there a comma before this verb?").

use super::words::WORDS;
use crate::counts::{PerForm, TextCounts};
use crate::lexicon::normalise_into;
use crate::segment::Segments;
use std::ops::Range;

/// Read-only view of one segmented text for the attribution finder.
pub struct Context<'t> {
    /// The analysed text.
    pub text: &'t str,
    /// Its segmentation.
    pub segments: &'t Segments,
    /// Per word (same index as `segments.words`): [`IN_TEXT`] when its lowercase form is
    /// the word as written (minus a possessive "'s"), as most words are, else the index of
    /// its form in `owned_ends`. Four bytes a word, and no allocation per word: this vector
    /// is alive at the analysis' peak memory. Filled per word form (`TextCounts::forms`), so
    /// that each distinct form is lowercased once.
    forms: Vec<u32>,
    /// The counts, for each word's form id (`TextCounts::form_of`).
    counts: &'t TextCounts,
    /// Per form: what `forms` holds for its words, and whether some reporting expression
    /// starts with it (most words start none, and the finder asks at every word).
    per_form: PerForm<(u32, bool)>,
    /// The lowercase forms of the other words, end to end.
    owned: String,
    /// Where each form in `owned` ends (form `k` starts where form `k - 1` ends).
    owned_ends: Vec<usize>,
}

/// A word whose lowercase form is its own text (see `Context::forms`).
const IN_TEXT: u32 = u32::MAX;

/// `word` without a final "'s": possessives name their owner ("Brandt's office" has the
/// head "office", and "the ministry's" is still "ministry").
#[inline]
fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s").unwrap_or(word)
}

/// True for a gap between words that holds nothing but whitespace.
pub fn is_plain(gap: &str) -> bool {
    gap.chars().all(char::is_whitespace)
}

/// True for a gap that holds a quotation mark.
pub fn has_quote(gap: &str) -> bool {
    gap.contains(['"', '“', '”', '‘', '’', '\'', '«', '»', '„'])
}

impl<'t> Context<'t> {
    /// Lowercases every distinct word form once.
    pub fn new(text: &'t str, segments: &'t Segments, counts: &'t TextCounts) -> Self {
        let mut buf = String::new();
        let mut forms = Vec::with_capacity(segments.words.len());
        // Per form: what `forms` holds for its words, and whether a reporting expression
        // may start with it.
        let mut per_form = PerForm::for_counts(counts);
        let (mut owned, mut owned_ends) = (String::new(), Vec::new());
        for (i, w) in segments.words.iter().enumerate() {
            let (k, _) = per_form.get_or_compute(counts.form_of(i), || {
                let word = w.span.slice(text);
                let (k, lower) = if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                    // Already normalised: read from the text.
                    (IN_TEXT, strip_possessive(word))
                } else {
                    normalise_into(word, &mut buf);
                    let start = owned.len();
                    owned.push_str(strip_possessive(&buf));
                    // More than 4 G forms would need a 4 GB text with 16 GB of spans.
                    owned_ends.push(owned.len());
                    ((owned_ends.len() - 1) as u32, &owned[start..])
                };
                (k, WORDS.expressions.contains_key(lower))
            });
            forms.push(k);
        }
        Context { text, segments, forms, counts, per_form, owned, owned_ends }
    }

    /// Word `i` lowercased, with straight apostrophes and without a possessive "'s".
    /// (Inlined: the attribution finder asks this for every word of the text.)
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        match self.forms[i] {
            IN_TEXT => {
                let span = self.segments.words[i].span;
                strip_possessive(&self.text[span.start..span.end])
            }
            k => {
                let k = k as usize;
                let start = if k == 0 { 0 } else { self.owned_ends[k - 1] };
                &self.owned[start..self.owned_ends[k]]
            }
        }
    }

    /// False when no reporting expression starts with word `i` (`words::SourcingWords`);
    /// true when one may. (Inlined: asked at every word.)
    #[inline]
    pub fn may_start_expression(&self, i: usize) -> bool {
        self.per_form.get(self.counts.form_of(i)).is_none_or(|(_, starts)| starts)
    }

    /// Word indices of sentence `s`.
    pub fn sentence_words(&self, s: usize) -> Range<usize> {
        self.segments.sentences[s].words.clone()
    }

    /// The text between word `i - 1` and word `i` (from the sentence start for its first word).
    pub fn gap_before(&self, i: usize) -> &'t str {
        let word = self.segments.words[i];
        let sentence = &self.segments.sentences[word.sentence];
        let from = if i > sentence.words.start { self.segments.words[i - 1].span.end } else { sentence.span.start };
        &self.text[from.min(word.span.start)..word.span.start]
    }

    /// The text between word `i` and word `i + 1` (to the sentence end for its last word).
    pub fn gap_after(&self, i: usize) -> &'t str {
        let word = self.segments.words[i];
        let sentence = &self.segments.sentences[word.sentence];
        let to = if i + 1 < sentence.words.end { self.segments.words[i + 1].span.start } else { sentence.span.end };
        &self.text[word.span.end..to.max(word.span.end)]
    }

    /// True when only whitespace, or the apostrophe of a plural possessive ("farmers' union"),
    /// separates word `i` from the word before it.
    pub fn plain_before(&self, i: usize) -> bool {
        let gap = self.gap_before(i);
        let possessive = i > 0 && self.lower(i - 1).ends_with('s') && gap.starts_with(['\'', '’']);
        is_plain(if possessive { &gap[gap.chars().next().map_or(0, char::len_utf8)..] } else { gap })
    }

    /// The word as written.
    pub fn word(&self, i: usize) -> &'t str {
        self.segments.words[i].span.slice(self.text)
    }

    /// True when word `i` starts with a capital letter.
    pub fn is_capitalised(&self, i: usize) -> bool {
        self.word(i).chars().next().is_some_and(char::is_uppercase)
    }

    /// True when word `i` would be capitalised anyway: first in its sentence, or right after
    /// an opening quotation mark or a colon.
    pub fn capital_by_position(&self, i: usize) -> bool {
        let sentence = &self.segments.sentences[self.segments.words[i].sentence];
        let gap = self.gap_before(i);
        i == sentence.words.start || gap.ends_with(['"', '“', '‘', '«']) || gap.trim_end().ends_with(':')
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::counts::{count, NO_FORM};
    use crate::segment::segment;

    #[test]
    fn words_with_and_without_form_ids_read_the_same() {
        // Per-form data (from `count`'s form ids) and the per-word path for words without
        // one (`NO_FORM`) must agree, for repeated forms in any case too.
        let text = "Officials said the Minister’s aide SAID no. The minister's aide said yes; \
                    ÉTÉ, été and Été. According to Reuters, officials said it again.";
        let segments = segment(text);
        let counts = count(text, &segments);
        let formless = TextCounts { forms: vec![NO_FORM; segments.words.len()], form_count: 0, ..counts.clone() };
        let (with, without) = (Context::new(text, &segments, &counts), Context::new(text, &segments, &formless));
        let lower: Vec<&str> = (0..segments.words.len()).map(|i| with.lower(i)).collect();
        assert_eq!(lower, (0..segments.words.len()).map(|i| without.lower(i)).collect::<Vec<_>>());
        assert_eq!(&lower[..6], ["officials", "said", "the", "minister", "aide", "said"]);
        assert!(lower.contains(&"été"));
        // An expression can start only where the words list has one ("said", "according").
        for i in 0..segments.words.len() {
            assert!(without.may_start_expression(i));
            assert_eq!(with.may_start_expression(i), WORDS.expressions.contains_key(lower[i]), "{}", lower[i]);
        }
        assert!(with.may_start_expression(1) && !with.may_start_expression(0));
    }
}
