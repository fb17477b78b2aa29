//! Paragraphs, sentences and words, as byte spans.
//!
//! Segmentation runs once per text and everything downstream (counts, formulas,
//! hedging) reads its output. The policies:
//!
//! * **Paragraphs** are separated by one or more blank lines (`\n`, `\r\n` or a lone `\r`).
//! * **Sentences** end at `.`, `!`, `?` or `…` (plus any closing quotes or brackets) that are
//!   followed by whitespace, unless the word before a `.` is a known abbreviation or an
//!   initial. A line inside a paragraph that is a list item or a heading is its own sentence.
//! * **Words** are UAX #29 word segments that contain a letter or a digit, with hyphenated
//!   compounds joined and URLs and e-mail addresses kept whole.

use crate::span::Span;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// One word token.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Word {
    /// Where the word is.
    pub span: Span,
    /// Index of the sentence that holds it.
    pub sentence: usize,
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

/// Abbreviations after which a period does not end a sentence, lowercased, without the final
/// period. Titles and other words that are almost never sentence-final.
const NEVER_FINAL: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "sen", "gov", "gen", "rep", "st", "jr", "sr", "lt", "col",
    "capt", "sgt", "cmdr", "adm", "maj", "rev", "hon", "pres", "supt", "insp", "messrs", "mme",
    "mlle", "e.g", "i.e", "vs", "cf", "no", "nos", "vol", "pp", "fig", "figs", "approx", "dept",
    "est", "inc", "corp", "ltd", "co", "bros", "mt", "ft", "ave", "blvd", "rd", "jan", "feb",
    "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues",
    "wed", "thu", "thur", "thurs", "fri", "sat", "sun", "al", "ed", "eds", "op", "art", "sec",
    "ch", "para",
];

/// Abbreviations that often end a sentence too: a period after them ends the sentence only
/// when the next word starts with a capital letter.
const MAYBE_FINAL: &[&str] = &["etc", "a.m", "p.m", "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "ph.d", "jr"];

/// Splits `text` into paragraphs, sentences and words.
pub fn segment(text: &str) -> Segments {
    let mut segments = Segments::default();
    for paragraph_span in paragraph_spans(text) {
        let paragraph = segments.paragraphs.len();
        let first_sentence = segments.sentences.len();
        for sentence_span in sentence_spans(text, paragraph_span) {
            let first_word = segments.words.len();
            let sentence = segments.sentences.len();
            for_each_word(text, sentence_span, |span| segments.words.push(Word { span, sentence }));
            segments.sentences.push(Sentence {
                span: sentence_span,
                paragraph,
                words: first_word..segments.words.len(),
            });
        }
        segments.paragraphs.push(Paragraph {
            span: paragraph_span,
            sentences: first_sentence..segments.sentences.len(),
        });
    }
    segments
}

/// Lines of `span`, as spans without their line terminators (`\n`, `\r\n` or `\r`).
fn lines(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut pos = span.start;
    std::iter::from_fn(move || {
        if pos >= span.end {
            return None;
        }
        let start = pos;
        while pos < span.end && bytes[pos] != b'\n' && bytes[pos] != b'\r' {
            pos += 1;
        }
        let end = pos;
        if pos < span.end && bytes[pos] == b'\r' {
            pos += 1;
        }
        if pos < span.end && bytes[pos] == b'\n' {
            pos += 1;
        }
        Some(Span::new(start, end))
    })
}

/// Paragraphs: runs of non-blank lines, trimmed.
fn paragraph_spans(text: &str) -> Vec<Span> {
    let mut paragraphs = Vec::new();
    let mut current: Option<Span> = None;
    for line in lines(text, Span::new(0, text.len())) {
        if line.slice(text).trim().is_empty() {
            if let Some(p) = current.take() {
                paragraphs.push(p.trim(text));
            }
        } else {
            current = Some(match current {
                Some(p) => Span::new(p.start, line.end),
                None => line,
            });
        }
    }
    if let Some(p) = current {
        paragraphs.push(p.trim(text));
    }
    paragraphs
}

/// True when a line starts with a list marker: a bullet, `1.`, `2)`, `a)`, `(b)`, `iv.`.
pub(crate) fn is_list_item(line: &str) -> bool {
    let line = line.trim_start();
    let mut chars = line.chars();
    match chars.next() {
        Some('-' | '*' | '•' | '–' | '—' | '·' | '+') => {
            return chars.next().is_some_and(char::is_whitespace);
        }
        None => return false,
        _ => {}
    }
    let marker = line.split_whitespace().next().unwrap_or("");
    let body = marker.trim_start_matches('(');
    let Some(body) = body.strip_suffix(['.', ')']) else { return false };
    if body.is_empty() || body.len() > 4 {
        return false;
    }
    body.chars().all(|c| c.is_ascii_digit())
        || (body.len() == 1 && body.chars().all(|c| c.is_ascii_alphabetic()))
        || body.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'I' | 'V' | 'X'))
}

/// Words that end a wrapped line but never a heading.
const CONTINUES: &[&str] = &["the", "a", "an", "of", "to", "and", "or", "with", "in", "on", "for", "by", "at", "from", "that", "as"];

/// True when a line looks like a heading: short, capitalised, without final punctuation or a
/// trailing function word, and followed by a line that starts with a capital.
fn is_heading(line: &str, next: &str) -> bool {
    let line = line.trim();
    let words = line.split_whitespace().count();
    let last = line.split_whitespace().last().unwrap_or("").to_lowercase();
    words > 0
        && words <= 10
        && !line.ends_with(['.', '!', '?', ',', ';', ':', '…', '"', '”', ')', '-'])
        && !CONTINUES.contains(&last.as_str())
        && line.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())
        && next.trim_start().chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// Sentences of one paragraph. A line that is a list item or heading is closed at its end;
/// other line breaks are ordinary spaces.
fn sentence_spans(text: &str, paragraph: Span) -> Vec<Span> {
    let line_spans: Vec<Span> = lines(text, paragraph).collect();
    let mut out = Vec::new();
    let mut block_start = paragraph.start;
    for (i, line) in line_spans.iter().enumerate() {
        let this = line.slice(text);
        let next = line_spans.get(i + 1).map_or("", |n| n.slice(text));
        let is_last = i + 1 == line_spans.len();
        let closes = !is_last && (is_list_item(this) || is_list_item(next) || (i == 0 && is_heading(this, next)));
        if closes || is_last {
            split_sentences(text, Span::new(block_start, line.end), &mut out);
            block_start = line_spans.get(i + 1).map_or(line.end, |n| n.start);
        }
    }
    out
}

/// The lowercased whitespace-delimited word that ends at byte `end`, without leading
/// brackets or quotes and without the final period.
fn word_before(text: &str, end: usize) -> &str {
    let before = &text[..end];
    let start = before.rfind(|c: char| c.is_whitespace()).map_or(0, |i| i + before[i..].chars().next().map_or(1, char::len_utf8));
    before[start..].trim_start_matches(['(', '[', '"', '\'', '“', '‘'])
}

/// Splits one block of text into sentences, appending trimmed spans to `out`.
fn split_sentences(text: &str, block: Span, out: &mut Vec<Span>) {
    let s = block.slice(text);
    let mut start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !matches!(c, '.' | '!' | '?' | '…' | '‽') {
            continue;
        }
        // Extend over a run of terminal punctuation and closing quotes or brackets.
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = iter.peek() {
            if matches!(d, '.' | '!' | '?' | '…' | '"' | '\'' | '”' | '’' | ')' | ']' | '»') {
                end = j + d.len_utf8();
                iter.next();
            } else {
                break;
            }
        }
        // A boundary needs whitespace after it (or the end of the block).
        let rest = &s[end..];
        if rest.is_empty() {
            break;
        }
        if !rest.starts_with(char::is_whitespace) {
            continue;
        }
        let next_word = rest.trim_start();
        let next_char = next_word.chars().next();
        if c == '.' && !s[i..end].contains(['!', '?', '…']) {
            let dots = s[i..end].chars().filter(|&d| d == '.').count();
            let word = word_before(s, i);
            let lower = word.to_lowercase();
            let next_upper = next_char.is_some_and(|n| n.is_uppercase() || n.is_numeric() || "\"“‘'(".contains(n));
            if dots == 1 {
                // Initials ("J. R. R. Tolkien") and titles never end a sentence.
                let is_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
                if is_initial || NEVER_FINAL.contains(&lower.as_str()) {
                    continue;
                }
                let dotted = lower.contains('.') && lower.chars().all(|c| c.is_alphabetic() || c == '.');
                if (MAYBE_FINAL.contains(&lower.as_str()) || dotted) && !next_upper {
                    continue;
                }
            } else if !next_upper {
                // An ellipsis followed by a lowercase word continues the sentence.
                continue;
            }
        }
        let span = Span::new(block.start + start, block.start + end).trim(text);
        if !span.is_empty() {
            out.push(span);
        }
        start = end;
    }
    let span = Span::new(block.start + start, block.end).trim(text);
    if !span.is_empty() {
        out.push(span);
    }
}

/// True for a whitespace-delimited chunk that is a URL or an e-mail address.
fn is_url_or_email(chunk: &str) -> bool {
    let lower = chunk.to_ascii_lowercase();
    if lower.contains("://") || lower.starts_with("www.") {
        return true;
    }
    match chunk.split_once('@') {
        Some((user, domain)) => !user.is_empty() && domain.contains('.') && !domain.ends_with('.'),
        None => false,
    }
}

/// Calls `emit` with the span of every word in `span`, in order.
pub fn for_each_word(text: &str, span: Span, mut emit: impl FnMut(Span)) {
    let s = span.slice(text);
    for (offset, chunk) in s.split_whitespace_indices() {
        let base = span.start + offset;
        let trimmed = chunk.trim_matches(|c: char| !c.is_alphanumeric() && c != '/');
        if is_url_or_email(chunk) && !trimmed.is_empty() {
            let lead = chunk.find(trimmed).unwrap_or(0);
            let core = chunk[lead..].trim_end_matches(|c: char| matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | '"' | '\'' | '”' | '’'));
            emit(Span::new(base + lead, base + lead + core.len()));
            continue;
        }
        // UAX #29 segments; hyphen-joined runs without spaces form one compound word.
        let mut pending: Option<Span> = None;
        let mut joiner = false;
        for (i, seg) in chunk.split_word_bound_indices() {
            let seg_span = Span::new(base + i, base + i + seg.len());
            if seg.chars().any(char::is_alphanumeric) {
                pending = match pending {
                    Some(p) if joiner => Some(Span::new(p.start, seg_span.end)),
                    Some(p) => {
                        emit(p);
                        Some(seg_span)
                    }
                    None => Some(seg_span),
                };
                joiner = false;
            } else if matches!(seg, "-" | "‐" | "‑") && pending.is_some_and(|p| p.end == seg_span.start) && !joiner {
                joiner = true;
            } else {
                if let Some(p) = pending.take() {
                    emit(p);
                }
                joiner = false;
            }
        }
        if let Some(p) = pending {
            emit(p);
        }
    }
}

/// Whitespace-delimited chunks with their byte offsets.
trait SplitWhitespaceIndices {
    fn split_whitespace_indices(&self) -> Vec<(usize, &str)>;
}

impl SplitWhitespaceIndices for str {
    fn split_whitespace_indices(&self) -> Vec<(usize, &str)> {
        let mut out = Vec::new();
        let mut start = None;
        for (i, c) in self.char_indices() {
            if c.is_whitespace() {
                if let Some(s) = start.take() {
                    out.push((s, &self[s..i]));
                }
            } else if start.is_none() {
                start = Some(i);
            }
        }
        if let Some(s) = start {
            out.push((s, &self[s..]));
        }
        out
    }
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
        assert_eq!(words("A well-informed source paid $1,000.50 (see https://example.com/a.b)."), ["A", "well-informed", "source", "paid", "1,000.50", "see", "https://example.com/a.b"]);
    }
}
