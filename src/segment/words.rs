//! The word tokenizer.
//!
//! Text is cut at whitespace into chunks. A chunk that is a URL (`https://…`, `www.…`) or an
//! e-mail address is one word, without surrounding punctuation. Any other chunk is cut into
//! UAX #29 word segments (the `unicode-segmentation` crate), keeping those with a letter or
//! digit, so contractions and possessives (`don't`, `Venezuela’s`), numbers with decimals and
//! thousands separators (`1,000.50`), dotted abbreviations (`U.S`) stay whole and
//! punctuation is never a word. Then:
//!
//! * segments joined by a single hyphen (`-`, `‐`, `‑`) are one compound (`well-informed`,
//!   `mother-in-law`, `COVID-19`); a double hyphen or a dash separates;
//! * a currency sign right before a number (`$`, `€`, `£`, `¥`) and a percent sign right after
//!   one (`%`) belong to the number (`$1,000`, `50%`).
//!
//! ASCII chunks, by far the most common (also with curly quotes, as in edited prose), take a
//! fast path that applies the same UAX #29 rules to them directly (tested against the crate
//! in `tests/segmentation.rs`).

use crate::span::Span;
use unicode_segmentation::UnicodeSegmentation;

/// Calls `emit` with the span of every word in `span`, in order.
///
/// The commonest chunk of prose, ASCII letters with at most one ASCII punctuation byte after
/// them ("word", "word,", "word."), is recognised as it is scanned, and is one word, the
/// letters: no UAX #29 rule joins a single trailing non-word byte, the hyphen, currency and
/// percent rules need a digit or a second segment, and such a chunk is never a URL or an
/// e-mail address (those need `://`, `www.` and more, or `@` and a dotted domain). Any other
/// chunk is scanned again by [`next_chunk`] and segmented by [`segment_chunk`]. (A property
/// test checks the shortcut against segmenting every chunk.)
pub fn for_each_word(text: &str, span: Span, mut emit: impl FnMut(Span)) {
    let s = span.slice(text);
    let bytes = s.as_bytes();
    let n = bytes.len();
    let mut i = 0;
    loop {
        while i < n && bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if i == n {
            return;
        }
        let start = i;
        let mut end = i;
        while end < n && is_ascii_letter(bytes[end]) {
            end += 1;
        }
        if end > start {
            // Where the chunk ends if it is plain: here, or after one punctuation byte.
            let plain_end = match bytes.get(end) {
                None => Some(end),
                Some(b) if b.is_ascii_whitespace() => Some(end),
                Some(&b) if b.is_ascii() && !b.is_ascii_alphanumeric() && b != b'_' && bytes.get(end + 1).is_none_or(u8::is_ascii_whitespace) => Some(end + 1),
                _ => None,
            };
            if let Some(plain_end) = plain_end {
                emit(Span::new(span.start + start, span.start + end));
                i = plain_end;
                continue;
            }
        }
        let Some((start, end, flags)) = next_chunk(s, start) else { return };
        segment_chunk(&s[start..end], span.start + start, flags, &mut emit);
        i = end;
    }
}

/// `u8::is_ascii_alphabetic` in one comparison (bit 5 set lower-cases an ASCII letter).
fn is_ascii_letter(b: u8) -> bool {
    (b | 0x20).wrapping_sub(b'a') < 26
}

/// What the chunk scan learned about a chunk, so later steps need no second pass.
#[derive(Clone, Copy, Default)]
struct ChunkFlags {
    /// Some character is neither ASCII nor a curly quote (`“ ” ‘ ’`): the chunk needs the
    /// full UAX #29 tables.
    non_ascii: bool,
    /// Has `@`, `/` or starts like `www.`: may be an e-mail address or a URL.
    maybe_link: bool,
}

/// The first whitespace-delimited chunk of `s` at or after byte `i`, as `(start, end,
/// flags)`; `None` when only whitespace is left.
fn next_chunk(s: &str, mut i: usize) -> Option<(usize, usize, ChunkFlags)> {
    let bytes = s.as_bytes();
    let mut start: Option<usize> = None;
    let mut flags = ChunkFlags::default();
    while i < bytes.len() {
        if start.is_some() {
            // Fast path inside a chunk: plain ASCII bytes that are not whitespace.
            while i < bytes.len() && bytes[i] < 0x80 && !bytes[i].is_ascii_whitespace() {
                flags.maybe_link |= matches!(bytes[i], b'@' | b'/');
                i += 1;
            }
            if i == bytes.len() {
                break;
            }
        }
        let b = bytes[i];
        let (space, len, simple) = if b < 0x80 {
            (b.is_ascii_whitespace(), 1, true)
        } else {
            let c = s[i..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), c.len_utf8(), is_curly_quote(c))
        };
        match (space, start) {
            (true, Some(st)) => return Some((st, i, flags)),
            (false, None) => start = Some(i),
            _ => {}
        }
        if !space {
            flags.non_ascii |= !simple;
            flags.maybe_link |= matches!(b, b'@' | b'/' | b'w' | b'W') && (b != b'w' && b != b'W' || start.is_some_and(|st| i - st <= 2));
        }
        i += len;
    }
    start.map(|st| (st, bytes.len(), flags))
}

/// Emits the words of one whitespace-free chunk that starts at byte `base`.
fn segment_chunk(chunk: &str, base: usize, flags: ChunkFlags, emit: &mut impl FnMut(Span)) {
    if flags.maybe_link {
        if let Some((start, end)) = url_or_email(chunk) {
            emit(Span::new(base + start, base + end));
            return;
        }
    }
    let mut joiner = Joiner { chunk, base, pending: None, emitted_end: 0 };
    if !flags.non_ascii {
        ascii_word_segments(chunk.as_bytes(), |start, end| joiner.push(start, end, emit));
    } else {
        for (start, segment) in chunk.split_word_bound_indices() {
            if segment.chars().any(char::is_alphanumeric) {
                joiner.push(start, start + segment.len(), emit);
            }
        }
    }
    joiner.finish(emit);
}

/// Joins hyphenated segments and attaches currency and percent signs.
struct Joiner<'c> {
    chunk: &'c str,
    base: usize,
    /// The word being built, as offsets into the chunk.
    pending: Option<(usize, usize)>,
    /// End of the last word emitted (signs are never taken from it).
    emitted_end: usize,
}

impl Joiner<'_> {
    fn push(&mut self, start: usize, end: usize, emit: &mut impl FnMut(Span)) {
        if let Some((p_start, p_end)) = self.pending {
            if matches!(&self.chunk[p_end..start], "-" | "‐" | "‑") {
                self.pending = Some((p_start, end));
                return;
            }
            self.flush(start, emit);
        }
        self.pending = Some((start, end));
    }

    /// Emits the pending word; `limit` is where the next word starts (signs never overlap it).
    fn flush(&mut self, limit: usize, emit: &mut impl FnMut(Span)) {
        let Some((mut start, mut end)) = self.pending.take() else { return };
        let bytes = self.chunk.as_bytes();
        if bytes[start].is_ascii_digit() {
            if let Some(sign) = self.chunk[self.emitted_end..start].chars().next_back().filter(|c| matches!(c, '$' | '€' | '£' | '¥')) {
                start -= sign.len_utf8();
            }
        }
        if bytes[end - 1].is_ascii_digit() && bytes.get(end) == Some(&b'%') && end < limit {
            end += 1;
        }
        self.emitted_end = end;
        emit(Span::new(self.base + start, self.base + end));
    }

    fn finish(mut self, emit: &mut impl FnMut(Span)) {
        let limit = self.chunk.len();
        self.flush(limit, emit);
    }
}

/// Curly quotes, common in edited prose, that the fast path of [`ascii_word_segments`] knows:
/// in UAX #29, `‘` and `’` are MidNumLet (like `.` and `'`: `don’t` is one word) and `“` `”`
/// are Other (always a break). Chunks with any other non-ASCII character take the crate.
fn is_curly_quote(c: char) -> bool {
    matches!(c, '“' | '”' | '‘' | '’')
}

/// UTF-8 of the curly single quotes `‘` and `’` (MidNumLet in UAX #29).
const CURLY_SINGLE_QUOTES: [&[u8]; 2] = ["‘".as_bytes(), "’".as_bytes()];

/// UAX #29 word segments that contain a letter or digit of a chunk of ASCII and curly
/// quotes (see [`is_curly_quote`]), as `f(start, end)`. For these characters the rules
/// reduce to: runs of letters, digits and `_`, where a single `.`, `'`, `‘`, `’` or `:` between
/// two letters, or a single `.`, `'`, `‘`, `’`, `,` or `;` between two digits, does not break
/// the run (WB6/7, WB11/12). None of these characters is Extend, Format or ZWJ, so WB4 never
/// applies. Checked against the crate by a property test in `tests/segmentation.rs`.
pub fn ascii_word_segments(chunk: &[u8], mut f: impl FnMut(usize, usize)) {
    let is_word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let n = chunk.len();
    let mut i = 0;
    while i < n {
        if !is_word(chunk[i]) {
            i += 1;
            continue;
        }
        let start = i;
        let mut has_alnum = false;
        loop {
            while i < n && is_word(chunk[i]) {
                has_alnum |= chunk[i] != b'_';
                i += 1;
            }
            // The separator at `i`: its length in bytes and its UAX #29 class.
            let (mid_len, mid_letter, mid_num) = match chunk.get(i) {
                Some(b'.' | b'\'') => (1, true, true),
                Some(b':') => (1, true, false),
                Some(b',' | b';') => (1, false, true),
                Some(0xE2) if CURLY_SINGLE_QUOTES.iter().any(|q| chunk[i..].starts_with(q)) => (3, true, true),
                _ => (0, false, false),
            };
            if mid_len > 0 && i + mid_len < n && is_word(chunk[i + mid_len]) {
                let (prev, next) = (chunk[i - 1], chunk[i + mid_len]);
                let letters = mid_letter && prev.is_ascii_alphabetic() && next.is_ascii_alphabetic();
                let digits = mid_num && prev.is_ascii_digit() && next.is_ascii_digit();
                if letters || digits {
                    i += mid_len;
                    continue;
                }
            }
            break;
        }
        if has_alnum {
            f(start, i);
        }
    }
}

/// The URL or e-mail address in `chunk`, without surrounding punctuation, as byte offsets.
fn url_or_email(chunk: &str) -> Option<(usize, usize)> {
    let start = chunk.find(|c: char| !matches!(c, '(' | '[' | '<' | '"' | '\'' | '“' | '‘' | '«'))?;
    let mut core = &chunk[start..];
    let has_prefix = |prefix: &str| core.len() > prefix.len() && core.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes());
    let is_url = has_prefix("http://") || has_prefix("https://") || has_prefix("ftp://") || has_prefix("www.");
    if !is_url && !core.contains('@') {
        return None;
    }
    // Trailing punctuation is not part of it; a ")" only when unbalanced.
    // Parentheses are counted once and updated as they are stripped: linear time.
    let open = core.bytes().filter(|&b| b == b'(').count();
    let mut close = core.bytes().filter(|&b| b == b')').count();
    loop {
        let last = core.chars().next_back()?;
        let unbalanced_paren = last == ')' && open < close;
        if matches!(last, '.' | ',' | ';' | ':' | '!' | '?' | '"' | '\'' | '”' | '’' | ']' | '>' | '»') || unbalanced_paren {
            core = &core[..core.len() - last.len_utf8()];
            close -= usize::from(last == ')');
        } else {
            break;
        }
    }
    let is_email = !is_url
        && core.split_once('@').is_some_and(|(user, domain)| {
            !user.is_empty()
                && user.bytes().all(|b| b.is_ascii_alphanumeric() || b"._%+-".contains(&b))
                && domain.contains('.')
                && domain.split('.').all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-'))
        });
    let has_host = is_url && core.trim_start_matches(|c: char| c != '/' && c != '.').len() > 1;
    (is_email || has_host).then_some((start, start + core.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for_each_word(s, Span::new(0, s.len()), |w| out.push(w.slice(s)));
        out
    }

    // proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn the_plain_word_shortcut_agrees_with_full_segmentation(text in "[a-zA-Z0-9_.,;:'\"“”‘’!?()$%/@ \t\u{a0}w-]{0,16}") {
            // Every chunk through `segment_chunk`, without the shortcut.
            let mut full = Vec::new();
            let mut i = 0;
            while let Some((start, end, flags)) = next_chunk(&text, i) {
                segment_chunk(&text[start..end], start, flags, &mut |w| full.push(w));
                i = end;
            }
            let mut fast = Vec::new();
            for_each_word(&text, Span::new(0, text.len()), |w| fast.push(w));
            assert_eq!(fast, full, "{text:?}");
        }
    }

    #[test]
    fn plain_words_take_the_shortcut() {
        assert_eq!(words("word word, word. (word) wörd don't"), ["word", "word", "word", "word", "wörd", "don't"]);
    }

    #[test]
    fn urls_and_emails_are_one_word_without_trailing_punctuation() {
        assert_eq!(words("Mail ann.lee@example.org, or see (www.example.com/a_(b))."), ["Mail", "ann.lee@example.org", "or", "see", "www.example.com/a_(b)"]);
        assert_eq!(words("at https://x.org/?q=1&r=2."), ["at", "https://x.org/?q=1&r=2"]);
    }

    #[test]
    fn currency_and_percent_signs_join_numbers() {
        assert_eq!(words("$5 and 50% and €3,5 and 5 %"), ["$5", "and", "50%", "and", "€3,5", "and", "5"]);
    }

    #[test]
    fn dashes_separate_but_single_hyphens_join() {
        assert_eq!(words("mother-in-law -- then—now"), ["mother-in-law", "then", "now"]);
    }

    #[test]
    fn punctuation_alone_is_no_word() {
        assert!(words("... — !? & * ---").is_empty());
    }
}
