//! The abbreviation and sentence-starter lists the sentence splitter consults
//! (`abbreviations.txt` and `sentence_starters.txt` beside this file), parsed once.

use crate::hash::WordMap;
use std::sync::LazyLock;

/// What a period after an abbreviation means (see `abbreviations.txt`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    /// Before a name or date: ends a sentence only before a capitalised sentence starter.
    Name,
    /// Often sentence-final: ends before a capitalised word that is not a month or day.
    End,
    /// Never ends a sentence.
    Never,
    /// Before a number; otherwise an ordinary word.
    Number,
    /// A unit after a number: ends before a capitalised word; otherwise an ordinary word.
    Unit,
}

/// One entry of the list.
#[derive(Clone, Copy, Debug)]
struct Entry {
    class: Class,
    /// Only when written with a capital (the lowercase form is an ordinary word).
    capitalised_only: bool,
}

/// Longest abbreviation, in bytes.
const MAX_LEN: usize = 12;

// `WordMap`s: the same hash-table code as the other word tables (a std `HashMap` here would
// compile a second copy into the wasm, and hash with the slower SipHash).
static ABBREVIATIONS: LazyLock<WordMap<Entry>> = LazyLock::new(|| {
    let mut map = WordMap::default();
    let entries = data_lines(crate::wordlists::without_comments!(include_str!("abbreviations.txt")))
        .filter_map(|line| {
            let (word, class) = line.split_once('\t')?;
            let class = match class.trim() {
                "name" => Class::Name,
                "end" => Class::End,
                "never" => Class::Never,
                "number" => Class::Number,
                "unit" => Class::Unit,
                _ => return None,
            };
            let (word, capitalised_only) = match word.strip_suffix('*') {
                Some(w) => (w, true),
                None => (word, false),
            };
            Some((word, Entry { class, capitalised_only }))
        });
    for (word, entry) in entries {
        // A later line for the same word wins (a test checks there is none).
        *map.get_or_insert_with(word, || entry) = entry;
    }
    map
});

static STARTERS: LazyLock<WordMap<()>> = LazyLock::new(|| {
    let mut map = WordMap::default();
    for word in data_lines(crate::wordlists::without_comments!(include_str!("sentence_starters.txt"))) {
        map.get_or_insert_with(word.trim(), || ());
    }
    map
});

/// Months and days, full or abbreviated, lowercase.
const DATE_WORDS: &[&str] = &[
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august",
    "sep", "sept", "september", "oct", "october", "nov", "november", "dec", "december", "mon", "monday", "tue", "tues",
    "tuesday", "wed", "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday", "sun", "sunday",
];

fn data_lines(source: &'static str) -> impl Iterator<Item = &'static str> {
    source.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// Lowercases an ASCII word of at most `MAX_LEN` bytes into `buf`.
fn lowercase<'b>(word: &str, buf: &'b mut [u8; MAX_LEN]) -> Option<&'b str> {
    if word.len() > MAX_LEN || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..word.len()];
    out.copy_from_slice(word.as_bytes());
    out.make_ascii_lowercase();
    std::str::from_utf8(out).ok()
}

/// The class of `word` (without its final period) if it is a known abbreviation.
pub fn class(word: &str) -> Option<Class> {
    let mut buf = [0u8; MAX_LEN];
    let lower = lowercase(word, &mut buf)?;
    let entry = ABBREVIATIONS.get(lower)?;
    let capitalised = word.chars().next().is_some_and(char::is_uppercase);
    (!entry.capitalised_only || capitalised).then_some(entry.class)
}

/// True for a word that commonly starts a sentence ("The", "He", "However").
pub fn is_sentence_starter(word: &str) -> bool {
    let mut buf = [0u8; MAX_LEN];
    lowercase(word, &mut buf).is_some_and(|w| STARTERS.contains_key(w))
}

/// True for a month or day name, full or abbreviated.
pub fn is_date_word(word: &str) -> bool {
    let mut buf = [0u8; MAX_LEN];
    lowercase(word, &mut buf).is_some_and(|w| DATE_WORDS.contains(&w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_line_parses() {
        let lines = data_lines(include_str!("abbreviations.txt")).count();
        assert_eq!(ABBREVIATIONS.len(), lines, "an abbreviations.txt line has a bad class or a duplicate");
        assert!(STARTERS.len() > 50);
    }

    #[test]
    fn capitalised_only_entries_need_a_capital() {
        assert_eq!(class("Sat"), Some(Class::Name));
        assert_eq!(class("sat"), None);
        assert_eq!(class("DR"), Some(Class::Name));
        assert_eq!(class("e.g"), Some(Class::Never));
    }
}
