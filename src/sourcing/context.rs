//! The word stream the attribution finder reads: each word lowercased once, and questions
//! about the punctuation between words ("is there a comma before this verb?").

use crate::lexicon::normalise_into;
use crate::segment::Segments;
use std::borrow::Cow;
use std::ops::Range;

/// Read-only view of one segmented text for the attribution finder.
pub struct Context<'t> {
    /// The analysed text.
    pub text: &'t str,
    /// Its segmentation.
    pub segments: &'t Segments,
    /// Every word, lowercased with straight apostrophes (same index as `segments.words`).
    /// Borrowed from the text when the word is already in that form (most words are), so
    /// only capitalised or curly-apostrophe words allocate.
    pub lower: Vec<Cow<'t, str>>,
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
    /// Lowercases every word once.
    pub fn new(text: &'t str, segments: &'t Segments) -> Self {
        let mut buf = String::new();
        // Possessives name their owner: "Brandt's office" has the head "office", and
        // "the ministry's" is still "ministry".
        let strip_possessive = |w: &str| w.len() - w.strip_suffix("'s").unwrap_or(w).len();
        let lower = segments
            .words
            .iter()
            .map(|w| {
                let word = w.span.slice(text);
                if word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
                    // Already normalised: borrow it.
                    return Cow::Borrowed(&word[..word.len() - strip_possessive(word)]);
                }
                normalise_into(word, &mut buf);
                Cow::Owned(buf[..buf.len() - strip_possessive(&buf)].to_owned())
            })
            .collect();
        Context { text, segments, lower }
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
        let possessive = i > 0 && self.lower[i - 1].ends_with('s') && gap.starts_with(['\'', '’']);
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
