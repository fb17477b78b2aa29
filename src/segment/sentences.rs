//! The sentence splitter: one pass over a block of text, abbreviation-aware.
//!
//! A sentence can end only at a run of terminal punctuation — `.`, `!`, `?`, `‽`, `…`, an
//! ellipsis `...` or `. . .` — with any closing quotes and brackets after it (`."`, `?)`,
//! `!”`), followed by whitespace or the end of the block. So decimals (`3.14`), versions
//! (`v2.0.1`), IP addresses, `U.S.A`, domain names, URLs and e-mail addresses never split.
//! Then the run and the next word decide:
//!
//! * closing quote or bracket, then a lowercase word: no end (`“Stop!” he said.`);
//! * `?` or `‽` in the run (`?!` runs included): end; `!` alone: end unless a lowercase word
//!   follows (`Yahoo! in the…`);
//! * an ellipsis: end only before a capitalised word other than the pronoun "I"
//!   (`I think... maybe` and `the thing is . . . I didn't` go on);
//! * a single `.` after an initial (`J. R. R. Tolkien`, `Robert I. Smith`), or after an
//!   abbreviation of class `name` (titles, months, days, `U.S.`): end only before a
//!   capitalised sentence starter (`the Dr. He…`, `Plan B. Then…`) — see
//!   `sentence_starters.txt`;
//! * after an abbreviation of class `end` (`etc.`, `a.m.`, `p.m.`, `Inc.`, `Jr.`, `Ph.D.`) or
//!   an unknown dotted abbreviation: end before a capitalised word that is not a month or day;
//! * after `e.g.`, `i.e.`, `vs.` (class `never`): no end;
//! * after `No.`, `pp.`, `Fig.` (class `number`): no end before a number;
//! * after a unit that follows a number (`5 in.`, `40 mg.`, `24-in.`, class `unit`): end only
//!   before a capitalised word;
//! * `ex-Gov.`, `24-in.`: the part after the last hyphen is looked up;
//! * after a small number that follows a colon (`Steps: 1. Open…`): no end (a list marker);
//! * after any other word: end, whatever the next word (a sentence may start with a number or
//!   a lowercase letter).
//!
//! A sentence that starts with an inline list marker (`2. `, `2.) `, `b) `, `(3) `) starts
//! after it.

use super::abbreviations::{self, Class};
use crate::span::Span;

/// How far back (in bytes) the word before a period is looked for: no abbreviation is longer.
const WORD_LOOKBACK: usize = 64;
/// How far ahead (in bytes) the next word is read.
const WORD_LOOKAHEAD: usize = 32;

/// Calls `emit` with each sentence of `block` (trimmed, never empty), in order.
pub fn for_each_sentence(text: &str, block: Span, mut emit: impl FnMut(Span)) {
    let bytes = text.as_bytes();
    let end = block.end;
    let mut start = sentence_start(text, block.start, end);
    let mut i = start;
    while i < end {
        // Skip straight to the next byte that can start terminal punctuation.
        match super::find_any(&bytes[i..end], [b'.', b'!', b'?', 0xE2], false) {
            Some(k) => i += k,
            None => break,
        }
        let Some(first_len) = terminal_len(text, i) else {
            i += 1;
            continue;
        };
        let punct_start = i;
        let mut j = i + first_len;
        let mut dots = usize::from(bytes[i] == b'.');
        let mut strong = bytes[i] == b'!' || bytes[i] == b'?' || text[i..].starts_with('‽');
        let mut ellipsis = text[i..].starts_with('…');
        let mut closer = false;
        // The rest of the run: more terminal punctuation, spaced ellipsis dots, closers.
        while j < end {
            let rest = &text[j..end];
            if let Some(len) = terminal_len(text, j) {
                dots += usize::from(bytes[j] == b'.');
                strong |= bytes[j] == b'!' || bytes[j] == b'?' || rest.starts_with('‽');
                ellipsis |= rest.starts_with('…');
                j += len;
            } else if bytes[j - 1] == b'.' && (rest.starts_with(" . .") || (dots >= 2 && rest.starts_with(" ."))) {
                dots += 1;
                j += 2;
            } else if let Some(c) = rest.chars().next().filter(|&c| is_closer(c)) {
                closer = true;
                j += c.len_utf8();
            } else {
                break;
            }
        }
        ellipsis |= dots >= 2;
        if j < end && !is_space_at(text, j) {
            // "3.14", "U.S.A", "example.com", "?q=": not a boundary.
            i = j;
            continue;
        }
        if j >= end || ends_sentence(text, block.start, start, punct_start, j, strong, ellipsis, closer) {
            let span = Span::new(start, j).trim(text);
            if !span.is_empty() {
                emit(span);
            }
            start = sentence_start(text, j, end);
            i = start;
        } else {
            i = j;
        }
    }
    let span = Span::new(start.min(end), end).trim(text);
    if !span.is_empty() {
        emit(span);
    }
}

/// Decides whether the punctuation run `punct_start..run_end` ends the sentence.
#[allow(clippy::too_many_arguments)]
fn ends_sentence(text: &str, block_start: usize, sentence_start: usize, punct_start: usize, run_end: usize, strong: bool, ellipsis: bool, closer: bool) -> bool {
    let next = next_word(text, run_end);
    let first = next.chars().next();
    let next_upper = first.is_some_and(char::is_uppercase);
    let next_lower = first.is_some_and(char::is_lowercase);
    let next_digit = first.is_some_and(|c| c.is_ascii_digit());
    if closer && next_lower {
        return false;
    }
    if strong {
        // "Yahoo! in the…": an exclamation mark before a lowercase word is inside the
        // sentence; a question mark still ends it ("Really? no.").
        let question = text[punct_start..run_end].contains(['?', '‽']);
        return question || !next_lower;
    }
    if ellipsis {
        // "the thing is . . . I didn't": after an ellipsis the pronoun "I" is no evidence.
        let pronoun_i = matches!(alphabetic_prefix(next), "I" | "I'm" | "I’m" | "I'd" | "I’d" | "I've" | "I’ve" | "I'll" | "I’ll");
        return next_upper && !pronoun_i;
    }
    let word = word_before(text, block_start.max(sentence_start), punct_start);
    if word.is_empty() {
        return true;
    }
    // A capitalised sentence starter, but not an initial ("Mr. A., a laborer").
    let next_is_initial = next.len() >= 2 && next.as_bytes()[1] == b'.' && next.as_bytes()[0].is_ascii_uppercase();
    let starter = || next_upper && !next_is_initial && abbreviations::is_sentence_starter(alphabetic_prefix(next));
    if is_initial(word) {
        return starter();
    }
    // "ex-Gov.", "24-in.": the part after the last hyphen decides.
    let (prefix, last_part) = word.rsplit_once('-').unwrap_or(("", word));
    let class = abbreviations::class(last_part).or_else(|| dotted_class(last_part));
    let capitalised_end = || next_upper && !next_is_initial && !abbreviations::is_date_word(alphabetic_prefix(next));
    match class {
        Some(Class::Name) => starter(),
        Some(Class::End) => capitalised_end(),
        Some(Class::Never) => false,
        Some(Class::Number) => !next_digit,
        Some(Class::Unit) if ends_with_number(prefix) || ends_with_number(previous_word(text, sentence_start, punct_start - word.len())) => capitalised_end(),
        Some(Class::Unit) => true,
        None => !(is_small_number(word) && follows_colon(text, sentence_start, punct_start - word.len())),
    }
}

/// Class of an abbreviation written with periods that is not in the list: initials like
/// `J.R.R` are names; others (`a.k.a`, `B.Sc`) behave like `etc.`.
fn dotted_class(word: &str) -> Option<Class> {
    let dotted = word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.');
    if !dotted {
        return None;
    }
    let initials = word.split('.').all(|p| p.is_empty() || (p.chars().count() == 1 && p.chars().all(char::is_uppercase)));
    Some(if initials { Class::Name } else { Class::End })
}

/// A single capital letter: an initial ("J", "I").
fn is_initial(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
}

/// True when `word` ends with a digit ("24", "0.5", "3-by-6").
fn ends_with_number(word: &str) -> bool {
    word.trim_end_matches([',', ')']).bytes().next_back().is_some_and(|b| b.is_ascii_digit())
}

/// One or two digits.
fn is_small_number(word: &str) -> bool {
    (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// True when the last non-space character before `pos` (after `floor`) is a colon.
fn follows_colon(text: &str, floor: usize, pos: usize) -> bool {
    text[floor.min(pos)..pos].trim_end().ends_with(':')
}

/// Byte length of a terminal punctuation character at `i`, if there is one.
fn terminal_len(text: &str, i: usize) -> Option<usize> {
    match text.as_bytes()[i] {
        b'.' | b'!' | b'?' => Some(1),
        0xE2 if text[i..].starts_with('…') || text[i..].starts_with('‽') => Some(3),
        _ => None,
    }
}

/// Closing quotes and brackets that may follow terminal punctuation.
fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '}' | '”' | '’' | '»' | '›')
}

/// Opening quotes and brackets that may precede a word.
fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '[' | '{' | '“' | '‘' | '«' | '‹' | '¿' | '¡' | '*' | '_')
}

/// True when the character at byte `j` is whitespace.
fn is_space_at(text: &str, j: usize) -> bool {
    let b = text.as_bytes()[j];
    if b < 0x80 {
        b.is_ascii_whitespace()
    } else {
        text[j..].chars().next().is_some_and(char::is_whitespace)
    }
}

/// The word (whitespace-delimited, without opening quotes or brackets) that ends at `end`,
/// looking back no further than `floor` or [`WORD_LOOKBACK`] bytes.
fn word_before(text: &str, floor: usize, end: usize) -> &str {
    let mut from = end.saturating_sub(WORD_LOOKBACK).max(floor);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..end];
    let start = before.rfind(char::is_whitespace).map_or(0, |k| k + before[k..].chars().next().map_or(1, char::len_utf8));
    if start == 0 && from > floor {
        // No whitespace within the look-back: a long token, not an abbreviation.
        return "";
    }
    before[start..].trim_start_matches(is_opener)
}

/// The word before the word that starts at `word_start` (empty at the sentence start).
fn previous_word(text: &str, sentence_start: usize, word_start: usize) -> &str {
    let floor = sentence_start.min(word_start);
    let end = floor + text[floor..word_start].trim_end().len();
    word_before(text, floor, end)
}

/// The next whitespace-delimited word after `pos` (at most [`WORD_LOOKAHEAD`] bytes),
/// without opening quotes or brackets.
fn next_word(text: &str, pos: usize) -> &str {
    let rest = text[pos..].trim_start();
    let mut end = rest.find(char::is_whitespace).unwrap_or(rest.len()).min(WORD_LOOKAHEAD);
    while !rest.is_char_boundary(end) {
        end -= 1;
    }
    rest[..end].trim_start_matches(is_opener)
}

/// The leading letters and apostrophes of `word` ("He," gives "He").
fn alphabetic_prefix(word: &str) -> &str {
    let end = word.find(|c: char| !(c.is_alphabetic() || c == '\'' || c == '’')).unwrap_or(word.len());
    &word[..end]
}

/// Where a sentence starting at or after `pos` begins: after whitespace and an inline list
/// marker (`2. `, `b) `, `(3) `).
fn sentence_start(text: &str, pos: usize, end: usize) -> usize {
    let rest = &text[pos..end];
    let trimmed = rest.trim_start();
    let at = pos + (rest.len() - trimmed.len());
    let bytes = trimmed.as_bytes();
    let body = usize::from(bytes.first() == Some(&b'('));
    let digits = bytes[body..].iter().take_while(|b| b.is_ascii_digit()).count();
    let letter = digits == 0 && bytes.get(body).is_some_and(u8::is_ascii_lowercase) && bytes.get(body + 1) == Some(&b')');
    let marker_len = if (1..=2).contains(&digits) {
        match bytes.get(body + digits) {
            Some(b'.') if body == 0 && bytes.get(digits + 1) == Some(&b')') => Some(digits + 2),
            Some(b'.') if body == 0 => Some(digits + 1),
            Some(b')') => Some(body + digits + 1),
            _ => None,
        }
    } else if letter {
        Some(body + 2)
    } else {
        None
    };
    match marker_len {
        Some(len) if bytes.get(len).is_some_and(u8::is_ascii_whitespace) => {
            let after = &trimmed[len..];
            let text_after = after.trim_start();
            if text_after.is_empty() {
                at
            } else {
                at + len + (after.len() - text_after.len())
            }
        }
        _ => at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_before_strips_openers_and_stops_at_whitespace() {
        let text = "see (Dr. Who";
        assert_eq!(word_before(text, 0, 7), "Dr");
    }

    #[test]
    fn next_word_skips_space_and_quotes() {
        assert_eq!(next_word(". “Then he", 1), "Then");
    }

    #[test]
    fn inline_list_markers_are_skipped() {
        assert_eq!(sentence_start(" 2. Open", 0, 8), 4);
        assert_eq!(sentence_start("b) Open", 0, 7), 3);
        assert_eq!(sentence_start("2.5 kg", 0, 6), 0);
        assert_eq!(sentence_start("2. ", 0, 3), 0);
    }
}
