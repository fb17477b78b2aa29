//! Paragraphs, sentences and words, as byte spans.
//!
//! Segmentation runs once per text and everything downstream (counts, formulas,
//! hedging) reads its output. Every span is a UTF-8 byte range into the input; spans are
//! sorted, never overlap, and every word lies inside exactly one sentence, which lies inside
//! one paragraph. All of it is one left-to-right pass: linear time, no allocation per word.
//!
//! The policies (each one is tested in `tests/segmentation.rs`):
//!
//! * **Paragraphs** are separated by one or more blank lines (`\n`, `\r\n` or a lone `\r`;
//!   a line of only whitespace is blank).
//! * **No empty units**: a sentence without a word (`***`, `...`) is not a sentence, and a
//!   paragraph without a sentence is not a paragraph.
//! * **Lines.** A single line break inside a paragraph is a space: it does not end a
//!   sentence, unless the line is a heading or a list item ([`blocks`]).
//! * **Headings and list items are sentences**, even of one word and without final
//!   punctuation: a reader reads them as units, merging them into the next sentence would
//!   make a run-on sentence, and dropping them would drop their words from the counts.
//!   [`Sentence::kind`] tells them apart for anyone who wants to leave them out. List markers
//!   (`1.`, `a)`, `ii.`, `-`, `•`) are not part of the sentence and are not words.
//! * **Sentences** end at `.`, `!`, `?`, `‽` or an ellipsis, with any closing quotes and
//!   brackets, followed by whitespace; abbreviations, initials, decimals, versions, URLs and
//!   ellipses are handled as described in [`sentences`].
//! * **Words** are UAX #29 word segments with a letter or digit ([`words`]); contractions and
//!   possessives (straight or curly apostrophe), hyphenated compounds, numbers with their
//!   decimals, thousands separators, currency sign and percent sign, URLs and e-mail
//!   addresses are one word each. Punctuation is never a word.
//! * **Letters** (Coleman-Liau, ARI) are the letters and digits inside words: punctuation
//!   inside a word (apostrophe, hyphen, `.` of `U.S.`, `$`, `%`) never counts.

mod abbreviations;
pub mod blocks;
pub mod sentences;
pub mod words;

use crate::span::Span;
use std::ops::Range;

pub use words::for_each_word;

/// Position of the first byte of `bytes` that is one of `needles` (repeat one to look for
/// fewer), or (when `non_ascii`) any byte from 0x80 up.
///
/// The scans for line breaks, terminal punctuation and quotation marks skip long runs of
/// ordinary text; this reads them eight bytes at a time (SWAR: a zero byte in
/// `word ^ needle` is a match, found with the carry trick), which costs a fraction of a
/// byte-by-byte loop, also in wasm. One non-generic, non-inlined copy keeps the wasm small.
#[inline(never)]
pub(crate) fn find_any(bytes: &[u8], needles: [u8; 4], non_ascii: bool) -> Option<usize> {
    const ONES: u64 = u64::from_ne_bytes([0x01; 8]);
    const HIGHS: u64 = u64::from_ne_bytes([0x80; 8]);
    let high = if non_ascii { HIGHS } else { 0 };
    // Flags (0x80) the bytes of `word` that match. A borrow can flag more bytes, but only
    // after a true match, so the lowest flag is exact.
    // Written out for the four needles, each already spread over a word: the release
    // profile optimises for size and would otherwise loop over them (and multiply) for every
    // eight bytes.
    let [a, b, c, d] = needles.map(|n| ONES * u64::from(n));
    let zeros = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let flags = |word: u64| (word & high) | zeros(word ^ a) | zeros(word ^ b) | zeros(word ^ c) | zeros(word ^ d);
    let mut chunks = bytes.chunks_exact(8);
    let mut offset = 0;
    for chunk in &mut chunks {
        let found = flags(u64::from_le_bytes(chunk.try_into().unwrap_or_default()));
        if found != 0 {
            return Some(offset + (found.trailing_zeros() / 8) as usize);
        }
        offset += 8;
    }
    // The last 0-7 bytes as one more word, built byte by byte (no `memcpy` call, no
    // per-byte search), with the flags of the missing bytes masked off.
    let rest = chunks.remainder();
    let word = rest.iter().rev().fold(0u64, |word, &b| (word << 8) | u64::from(b));
    let found = flags(word) & !(u64::MAX << (8 * rest.len()));
    (found != 0).then(|| offset + (found.trailing_zeros() / 8) as usize)
}

/// One word token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// Where the word is.
    pub span: Span,
    /// Index of the sentence that holds it.
    pub sentence: usize,
}

/// What kind of line a sentence comes from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum SentenceKind {
    /// Running text.
    #[default]
    Prose,
    /// A heading: a short line without final punctuation before more text, or `# Title`.
    Heading,
    /// A list item (its marker is outside the sentence span).
    ListItem,
}

/// One sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence, trimmed of surrounding whitespace.
    pub span: Span,
    /// Index of the paragraph that holds it.
    pub paragraph: usize,
    /// Its words, as a range of indices into [`Segments::words`].
    pub words: Range<usize>,
    /// Prose, heading or list item.
    pub kind: SentenceKind,
}

/// One paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph, trimmed of surrounding whitespace.
    pub span: Span,
    /// Its sentences, as a range of indices into [`Segments::sentences`].
    pub sentences: Range<usize>,
}

/// Everything segmentation finds, in text order.
#[derive(Clone, Debug, Default)]
pub struct Segments {
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order; they never overlap.
    pub sentences: Vec<Sentence>,
    /// Words in order; each lies inside exactly one sentence.
    pub words: Vec<Word>,
}

/// Splits `text` into paragraphs, sentences and words.
pub fn segment(text: &str) -> Segments {
    // English averages about six bytes per word and a hundred per sentence; reserving a
    // little above that avoids repeated reallocation and copying on large texts, and the
    // vectors are cut to their length at the end (the words are alive until the Report is
    // built, so capacity left over from doubling would be a large part of the peak memory).
    let mut segments = Segments {
        paragraphs: Vec::new(),
        sentences: Vec::with_capacity(text.len() / 96),
        words: Vec::with_capacity(text.len() / 5),
    };
    blocks::for_each_paragraph(text, |paragraph_span, blocks| {
        let paragraph = segments.paragraphs.len();
        let first_sentence = segments.sentences.len();
        for block in blocks {
            sentences::for_each_sentence(text, block.span, |sentence_span| {
                let first_word = segments.words.len();
                let sentence = segments.sentences.len();
                for_each_word(text, sentence_span, |span| segments.words.push(Word { span, sentence }));
                if segments.words.len() == first_word {
                    // Punctuation alone ("***", "...") is not a sentence.
                    return;
                }
                segments.sentences.push(Sentence {
                    span: sentence_span,
                    paragraph,
                    words: first_word..segments.words.len(),
                    kind: block.kind,
                });
            });
        }
        if segments.sentences.len() > first_sentence {
            segments.paragraphs.push(Paragraph { span: paragraph_span, sentences: first_sentence..segments.sentences.len() });
        }
    });
    segments.words.shrink_to_fit();
    segments.sentences.shrink_to_fit();
    segments.paragraphs.shrink_to_fit();
    segments
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        segment(text).sentences.iter().map(|s| s.span.slice(text)).collect()
    }

    fn words(text: &str) -> Vec<&str> {
        segment(text).words.iter().map(|w| w.span.slice(text)).collect()
    }

    #[test]
    fn find_any_finds_the_first_needle_or_non_ascii_byte() {
        // Every position of a match, in the eight-byte words and in the remainder, next to
        // bytes that differ from a needle by one (the carry trick's hard cases).
        for len in 0..40 {
            for at in 0..=len {
                let mut bytes: Vec<u8> = (0..len).map(|k| [b'a', b'\x0b', b'\x0c', 0x7f, b'!', b'"' + 1][k % 6]).collect();
                let expected = (at < len).then_some(at);
                if at < len {
                    bytes[at] = b'\n';
                }
                assert_eq!(find_any(&bytes, [b'\n', b'\r', b'\n', b'\r'], false), expected, "{bytes:?}");
                if at < len {
                    bytes[at] = 0xE2;
                }
                assert_eq!(find_any(&bytes, [b'"'; 4], true), expected, "{bytes:?}");
                assert_eq!(find_any(&bytes, [b'"'; 4], false), None, "{bytes:?}");
                // A second match later never hides the first.
                bytes.push(b'"');
                assert_eq!(find_any(&bytes, [b'"', b'\'', b'"', b'\''], true), Some(at.min(len)), "{bytes:?}");
            }
        }
        assert_eq!(find_any(b"\x00\x01\x00\x01\x00\x01\x00\x01\x01", [1; 4], false), Some(1));
        assert_eq!(find_any(b"\x01\x00\x01\x00\x01\x00\x01\x00", [0; 4], false), Some(1));
    }

    #[test]
    fn splits_plain_sentences() {
        assert_eq!(sentences("It rained. We stayed in! Did you?"), ["It rained.", "We stayed in!", "Did you?"]);
    }

    #[test]
    fn titles_do_not_end_sentences() {
        assert_eq!(sentences("Mr. Smith met Dr. Jones. They talked."), ["Mr. Smith met Dr. Jones.", "They talked."]);
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        let s = segment("One.\n\nTwo. Three.\r\n\r\nFour");
        assert_eq!(s.paragraphs.len(), 3);
        assert_eq!(s.sentences.len(), 4);
    }

    #[test]
    fn curly_and_straight_possessives_are_one_word() {
        assert_eq!(words("Venezuela’s oil and Venezuela's gas"), ["Venezuela’s", "oil", "and", "Venezuela's", "gas"]);
    }

    #[test]
    fn hyphenated_compounds_numbers_and_urls_are_one_word() {
        assert_eq!(words("A well-informed source paid $1,000.50 (see https://example.com/a.b)."), ["A", "well-informed", "source", "paid", "$1,000.50", "see", "https://example.com/a.b"]);
    }

    #[test]
    fn empty_and_blank_text_has_no_segments() {
        for text in ["", "   ", "\n\n\r\n", "...", "— !"] {
            let s = segment(text);
            assert!(s.words.is_empty(), "{text:?}");
        }
        assert!(segment("").paragraphs.is_empty());
    }
}
