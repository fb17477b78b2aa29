//! Direct quotations: which bytes of the text are quoted speech.
//!
//! One pass over each paragraph with a stack of open quotation marks:
//!
//! * **Marks.** Curly double quotes (“ ”), low-9 (`„`), guillemets (« »), curly single quotes
//!   (‘ ’) and straight quotes (`"` and `'`). A straight quote opens after whitespace, an
//!   opening bracket, a dash or another opening quote (or at the start of a paragraph), and
//!   closes otherwise. A single quote (’ or ') closes only when a single quote is open and it is
//!   not followed by a letter, so apostrophes ("Venezuela’s", "don’t", "the students’ union")
//!   are never mistaken for quotation marks.
//! * **Nesting.** Quotes inside quotes (“He told me ‘no’,” she said) push onto the stack; the
//!   quotation ends when the outermost mark closes.
//! * **Paragraphs.** A quotation never runs past its paragraph. News style opens each paragraph
//!   of a multi-paragraph quotation again without closing the one before, so a quotation still
//!   open at a paragraph's end is quoted up to that end, and the next paragraph's opening mark
//!   starts the continuation. An unbalanced mark therefore can never turn the rest of a
//!   document into quoted speech.

use crate::report::Voice;
use crate::segment::Segments;
use crate::span::Span;

/// The quoted stretches of a text, sorted and non-overlapping, each from its opening mark to
/// its closing mark (or to the end of its paragraph).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quotes {
    /// The quotations in text order.
    pub spans: Vec<Span>,
}

/// Kinds of quotation mark, to pair a closing mark with its opening one.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Double,
    Single,
    Guillemet,
}

/// True for characters after which a straight quote opens a quotation.
fn opens_after(previous: Option<char>) -> bool {
    previous.is_none_or(|p| p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | '“' | '‘' | '«' | '„' | '"' | '\'' | ':'))
}

impl Quotes {
    /// Finds every quotation in the paragraphs of `segments`.
    pub fn find(text: &str, segments: &Segments) -> Quotes {
        let mut spans = Vec::new();
        for paragraph in &segments.paragraphs {
            scan_paragraph(text, paragraph.span, &mut spans);
        }
        Quotes { spans }
    }

    /// The voice at byte `position`: quoted inside a quotation, the reporter's elsewhere.
    pub fn voice_at(&self, position: usize) -> Voice {
        let i = self.spans.partition_point(|s| s.end <= position);
        match self.spans.get(i) {
            Some(s) if s.start <= position => Voice::Quoted,
            _ => Voice::Reporter,
        }
    }

    /// A reader of [`Quotes::voice_at`] for positions given in increasing order (the words
    /// of the text): it walks the quotations once instead of searching them for each word.
    pub fn cursor(&self) -> VoiceCursor<'_> {
        VoiceCursor { spans: &self.spans, next: 0 }
    }
}

/// See [`Quotes::cursor`].
pub struct VoiceCursor<'q> {
    spans: &'q [Span],
    /// The first quotation that does not end at or before the last position asked.
    next: usize,
}

impl VoiceCursor<'_> {
    /// The voice at `position`, which is at or after the position of the previous call.
    pub fn voice_at(&mut self, position: usize) -> Voice {
        while self.spans.get(self.next).is_some_and(|s| s.end <= position) {
            self.next += 1;
        }
        match self.spans.get(self.next) {
            Some(s) if s.start <= position => Voice::Quoted,
            _ => Voice::Reporter,
        }
    }
}

/// The stack of open quotation marks, with the stack depths of each kind's marks, so that
/// "is a mark of this kind open?" and "close the innermost one" cost O(1) amortised: a
/// paragraph of 100,000 nested quotes must stay linear (a scan of the stack per character
/// made it quadratic).
#[derive(Default)]
struct OpenMarks {
    /// Every open mark, outermost first.
    stack: Vec<Mark>,
    /// For each kind (Double, Single, Guillemet), the stack positions of its open marks.
    positions: [Vec<usize>; 3],
}

impl OpenMarks {
    fn kind(mark: Mark) -> usize {
        match mark {
            Mark::Double => 0,
            Mark::Single => 1,
            Mark::Guillemet => 2,
        }
    }

    fn contains(&self, mark: Mark) -> bool {
        !self.positions[Self::kind(mark)].is_empty()
    }

    fn is_empty(&self) -> bool {
        self.stack.is_empty()
    }

    fn push(&mut self, mark: Mark) {
        self.positions[Self::kind(mark)].push(self.stack.len());
        self.stack.push(mark);
    }

    /// Closes the innermost open `mark` and every mark opened inside it; false when no such
    /// mark is open.
    fn close(&mut self, mark: Mark) -> bool {
        let Some(&depth) = self.positions[Self::kind(mark)].last() else { return false };
        self.stack.truncate(depth);
        for positions in &mut self.positions {
            while positions.last().is_some_and(|&p| p >= depth) {
                positions.pop();
            }
        }
        true
    }
}

/// Appends the quotations of one paragraph to `out`.
fn scan_paragraph(text: &str, paragraph: Span, out: &mut Vec<Span>) {
    let body = paragraph.slice(text);
    let mut open = OpenMarks::default();
    let mut outer_start = 0;
    let mut previous: Option<char> = None;
    let bytes = body.as_bytes();
    let mut i = 0;
    // (Written without panicking indexing: each panic site adds data that shifts the wasm.)
    while let Some(&b) = bytes.get(i) {
        if b < 0x80 && b != b'"' && b != b'\'' {
            // A run of ASCII without quotation marks (most of any text) does nothing but
            // move `previous` on: skip it in one search.
            let rest = bytes.get(i..).unwrap_or_default();
            i += crate::segment::find_any(rest, [b'"', b'\'', b'"', b'\''], true).unwrap_or(rest.len());
            previous = i.checked_sub(1).and_then(|k| bytes.get(k)).map(|&b| char::from(b));
            continue;
        }
        let mut rest = body.get(i..).unwrap_or_default().chars();
        let Some(c) = rest.next() else { break };
        let next = rest.next();
        let followed_by_letter = next.is_some_and(char::is_alphanumeric);
        // An opening single quote needs a letter after it: "the '90s" is an elision, not a quote.
        let opens_word = next.is_some_and(char::is_alphabetic);
        let single_open = open.contains(Mark::Single);
        let double_open = open.contains(Mark::Double);
        // What this character does: Some(Ok(mark)) opens, Some(Err(mark)) closes.
        let action = match c {
            '“' | '„' => Some(Ok(Mark::Double)),
            '”' if double_open => Some(Err(Mark::Double)),
            '«' => Some(Ok(Mark::Guillemet)),
            '»' if open.contains(Mark::Guillemet) => Some(Err(Mark::Guillemet)),
            '"' if opens_after(previous) && !(double_open && next.is_none_or(|n| n.is_whitespace() || matches!(n, ',' | '.' | ';' | ':' | '!' | '?'))) => {
                Some(Ok(Mark::Double))
            }
            '"' if double_open => Some(Err(Mark::Double)),
            '‘' | '\'' if opens_after(previous) && opens_word => Some(Ok(Mark::Single)),
            '’' | '\'' if single_open && !followed_by_letter && previous.is_some_and(|p| !p.is_whitespace()) => Some(Err(Mark::Single)),
            _ => None,
        };
        match action {
            Some(Ok(mark)) => {
                if open.is_empty() {
                    outer_start = i;
                }
                open.push(mark);
            }
            Some(Err(mark)) => {
                // Close the innermost mark of this kind and anything left open inside it.
                if open.close(mark) {
                    if open.is_empty() {
                        let start = paragraph.start + outer_start;
                        out.push(Span::new(start, paragraph.start + i + c.len_utf8()));
                    }
                }
            }
            None => {}
        }
        previous = Some(c);
        i += c.len_utf8();
    }
    if !open.is_empty() {
        out.push(Span::new(paragraph.start + outer_start, paragraph.end));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::segment;

    fn quoted(text: &str) -> Vec<&str> {
        Quotes::find(text, &segment(text)).spans.iter().map(|s| s.slice(text)).collect()
    }

    #[test]
    fn the_cursor_reads_the_voices_that_voice_at_gives() {
        let text = "“We will win,” she said. He said \"no way\" twice. ‘Fine.’\n\n«Oui» and “open";
        let quotes = Quotes::find(text, &segment(text));
        assert!(quotes.spans.len() >= 3);
        let mut cursor = quotes.cursor();
        for position in 0..=text.len() + 1 {
            assert_eq!(cursor.voice_at(position), quotes.voice_at(position), "at {position}");
        }
    }

    #[test]
    fn finds_curly_and_straight_quotations() {
        assert_eq!(quoted("“We will win,” she said. He said \"no way\" twice."), ["“We will win,”", "\"no way\""]);
    }

    #[test]
    fn apostrophes_are_not_quotation_marks() {
        assert!(quoted("Venezuela’s oil and the students’ union don't matter.").is_empty());
    }

    #[test]
    fn nested_quotes_stay_inside_the_outer_quotation() {
        assert_eq!(quoted("“He told me ‘never again’ and left,” she said."), ["“He told me ‘never again’ and left,”"]);
    }

    #[test]
    fn a_hundred_thousand_nested_quotes_are_one_quotation() {
        // Once quadratic (a scan of the open-mark stack per character); see OpenMarks.
        let text = format!("{}deep{}", "“".repeat(100_000), "”".repeat(100_000));
        assert_eq!(quoted(&text), [text.as_str()]);
        let mixed = format!("{}x{} said", "“‘".repeat(50_000), "’”".repeat(50_000));
        assert_eq!(quoted(&mixed).len(), 1);
    }

    #[test]
    fn british_single_quotes_work() {
        assert_eq!(quoted("‘It is over,’ the minister said."), ["‘It is over,’"]);
    }

    #[test]
    fn a_quote_reopened_in_the_next_paragraph_covers_both() {
        let text = "“The first part goes on.\n\n“And the second ends here,” he said.";
        assert_eq!(quoted(text), ["“The first part goes on.", "“And the second ends here,”"]);
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        let text = "He said \"this never closes.\n\nThe reporter speaks here.";
        let q = Quotes::find(text, &segment(text));
        assert_eq!(q.voice_at(text.find("reporter").unwrap()), Voice::Reporter);
        assert_eq!(q.voice_at(text.find("never").unwrap()), Voice::Quoted);
    }
}
