//! Paragraphs and the blocks inside them: runs of prose lines, headings and list items.
//!
//! A paragraph is a run of non-blank lines. Inside it, a line break is a space, except
//! around two kinds of line that stand on their own:
//!
//! * a **list item** starts with a marker: a bullet (`-`, `*`, `+`, `•`, `–`, `—`, `·`, `‣`,
//!   `◦`), a number (`1.`, `12)`, `3.)`), a letter (`a.`, `b)`, `(c)`), or a roman numeral (`iv.`,
//!   `XII)`), followed by whitespace; it runs until the next list item, heading or the end of
//!   the paragraph (so a wrapped item stays one block);
//! * a **heading** is `# Title` (Markdown), or a short line (at most [`HEADING_MAX_WORDS`]
//!   words) that starts with a capital or a digit, ends without punctuation or a word that
//!   needs a continuation ("of", "the", "and"…), comes first in its paragraph or after a line
//!   that ended a sentence, and is followed by a line that starts with a capital, a digit,
//!   a quote or a list marker; and, so that hard-wrapped prose is not mistaken for headings,
//!   has at most four words, is in title case, or is clearly shorter than the next line.
//!
//! Markers are left out of the block, so they are neither part of a sentence nor words.

use super::SentenceKind;
use crate::span::Span;

/// Longest line, in words, that can be a heading.
pub const HEADING_MAX_WORDS: usize = 12;

/// Last words of a line that continues on the next line, so the line is no heading.
const CONTINUES: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "that", "the", "to", "with", "is", "are", "was", "were",
];

/// A run of text that sentences are split from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Block {
    /// The text, without a list or heading marker.
    pub span: Span,
    /// Prose, heading or list item.
    pub kind: SentenceKind,
}

/// Lines of `span`, as spans without their line terminators (`\n`, `\r\n` or `\r`).
pub fn lines(text: &str, span: Span) -> impl Iterator<Item = Span> + '_ {
    let bytes = text.as_bytes();
    let mut pos = span.start;
    std::iter::from_fn(move || {
        if pos >= span.end {
            return None;
        }
        let start = pos;
        pos += super::find_any(&bytes[pos..span.end], [b'\n', b'\r', b'\n', b'\r'], false).unwrap_or(span.end - pos);
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

/// Calls `f` with each paragraph (trimmed) and its blocks, in order.
pub fn for_each_paragraph(text: &str, mut f: impl FnMut(Span, &[Block])) {
    // Reused across paragraphs: no allocation per paragraph.
    let mut paragraph_lines: Vec<Span> = Vec::new();
    let mut blocks: Vec<Block> = Vec::new();
    let mut flush = |paragraph_lines: &mut Vec<Span>, blocks: &mut Vec<Block>| {
        if let (Some(first), Some(last)) = (paragraph_lines.first(), paragraph_lines.last()) {
            let span = Span::new(first.start, last.end).trim(text);
            blocks.clear();
            split_blocks(text, paragraph_lines, blocks);
            f(span, blocks);
        }
        paragraph_lines.clear();
    };
    for line in lines(text, Span::new(0, text.len())) {
        if line.slice(text).trim().is_empty() {
            flush(&mut paragraph_lines, &mut blocks);
        } else {
            paragraph_lines.push(line);
        }
    }
    flush(&mut paragraph_lines, &mut blocks);
}

/// Splits the lines of one paragraph into blocks.
fn split_blocks(text: &str, lines: &[Span], out: &mut Vec<Block>) {
    let mut current: Option<Block> = None;
    let mut previous_ends_sentence = true;
    for (i, line) in lines.iter().enumerate() {
        let this = line.slice(text);
        let next = lines.get(i + 1).map(|n| n.slice(text));
        let marker = list_marker_len(this);
        let markdown_heading = markdown_heading_len(this);
        let heading = markdown_heading.is_some()
            || (marker.is_none() && previous_ends_sentence && next.is_some_and(|n| is_heading(this, n)));
        if marker.is_some() || heading {
            if let Some(block) = current.take() {
                out.push(block);
            }
            let skip = marker.or(markdown_heading).unwrap_or(0);
            let block = Block {
                span: Span::new(line.start + skip, line.end),
                kind: if heading { SentenceKind::Heading } else { SentenceKind::ListItem },
            };
            if heading {
                out.push(block);
            } else {
                current = Some(block);
            }
        } else {
            current = Some(match current {
                Some(block) => Block { span: Span::new(block.span.start, line.end), kind: block.kind },
                None => Block { span: *line, kind: SentenceKind::Prose },
            });
        }
        previous_ends_sentence = heading || ends_sentence(this);
    }
    if let Some(block) = current {
        out.push(block);
    }
    // A paragraph that is one short unpunctuated line is a heading too ("Introduction").
    if let [only] = out.as_mut_slice() {
        let line = only.span.slice(text).trim();
        if only.kind == SentenceKind::Prose && lines.len() == 1 && !ends_sentence(line) && looks_like_title(line) {
            only.kind = SentenceKind::Heading;
        }
    }
}

/// True when a line ends with terminal punctuation (and maybe closing quotes or brackets),
/// or with a colon.
fn ends_sentence(line: &str) -> bool {
    let trimmed = line.trim_end().trim_end_matches(['"', '\'', '”', '’', ')', ']', '»']);
    trimmed.ends_with(['.', '!', '?', '…', '‽', ':'])
}

/// A short line that starts with a capital or digit and ends without punctuation or a
/// continuing word.
fn looks_like_title(line: &str) -> bool {
    let mut words = 0;
    let mut last = "";
    for w in line.split_whitespace() {
        words += 1;
        last = w;
        if words > HEADING_MAX_WORDS {
            return false;
        }
    }
    words > 0
        && !line.ends_with([',', ';', '-', '–', '—', '(', '/', '&'])
        && !ends_sentence(line)
        && !CONTINUES.iter().any(|c| c.eq_ignore_ascii_case(last))
        && line.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric())
}

/// True when `line` is a heading given the line after it.
fn is_heading(line: &str, next: &str) -> bool {
    let line = line.trim();
    let next = next.trim_start();
    if !looks_like_title(line) {
        return false;
    }
    if list_marker_len(next).is_some() {
        return true;
    }
    // Hard-wrapped prose has lines of similar length; a heading is a few words, in title
    // case, or clearly shorter than the line after it.
    let words = line.split_whitespace().count();
    let long_words = line.split_whitespace().filter(|w| w.chars().count() >= 4);
    let capitalised = long_words.clone().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    let title_case = capitalised * 2 >= long_words.count().max(1);
    let short = words <= 4 || title_case || line.len() * 10 < next.trim_end().len() * 6;
    short && next.chars().next().is_some_and(|c| c.is_uppercase() || c.is_numeric() || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '#'))
}

/// Length of a Markdown heading marker (`#`… and the spaces after it), if the line has one.
fn markdown_heading_len(line: &str) -> Option<usize> {
    let lead = line.len() - line.trim_start().len();
    let rest = &line[lead..];
    let hashes = rest.bytes().take_while(|&b| b == b'#').count();
    if (1..=6).contains(&hashes) && rest[hashes..].starts_with([' ', '\t']) {
        let after = &rest[hashes..];
        Some(lead + hashes + (after.len() - after.trim_start().len()))
    } else {
        None
    }
}

/// Length of the list marker at the start of `line` and the whitespace after it, if any.
pub fn list_marker_len(line: &str) -> Option<usize> {
    let lead = line.len() - line.trim_start().len();
    let rest = &line[lead..];
    let mut chars = rest.char_indices();
    let (_, first) = chars.next()?;
    let marker_end = if matches!(first, '-' | '*' | '+' | '•' | '–' | '—' | '·' | '‣' | '◦' | '▪') {
        first.len_utf8()
    } else {
        let word_end = rest.find(char::is_whitespace)?;
        let marker = &rest[..word_end];
        let body = marker.strip_prefix('(').unwrap_or(marker);
        let body = body.strip_suffix(".)").or_else(|| body.strip_suffix(['.', ')']))?;
        if marker.starts_with('(') && !marker.ends_with(')') {
            return None;
        }
        let is_number = !body.is_empty() && body.len() <= 3 && body.bytes().all(|b| b.is_ascii_digit());
        let is_letter = body.len() == 1 && body.bytes().all(|b| b.is_ascii_alphabetic());
        let is_roman = !body.is_empty()
            && body.len() <= 5
            && (body.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')) || body.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')));
        if !(is_number || is_letter || is_roman) {
            return None;
        }
        // "J. R. R. Tolkien": a capital and a period before another initial is a name.
        let next_word = rest[word_end..].split_whitespace().next().unwrap_or("");
        let initial = |w: &str| w.len() == 2 && w.as_bytes()[0].is_ascii_uppercase() && w.ends_with('.');
        if initial(marker) && initial(next_word) {
            return None;
        }
        word_end
    };
    let after = &rest[marker_end..];
    let spaces = after.len() - after.trim_start().len();
    // The marker must be followed by whitespace and then some text.
    (spaces > 0 && spaces < after.len()).then_some(lead + marker_end + spaces)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_markers_are_recognised() {
        for (line, len) in [("1. Open", 3), ("12) Shut", 4), ("a) one", 3), ("(b) two", 4), ("iv. four", 4), ("- dash", 2), ("• dot", 4), ("  2. x", 5), ("1.) x", 4)] {
            assert_eq!(list_marker_len(line), Some(len), "{line}");
        }
        for line in ["3.5 million", "1.", "-5 degrees", "Mr. Smith", "word"] {
            assert_eq!(list_marker_len(line), None, "{line}");
        }
    }

    #[test]
    fn markdown_headings_are_recognised() {
        assert_eq!(markdown_heading_len("## Results"), Some(3));
        assert_eq!(markdown_heading_len("#hashtag"), None);
    }
}
