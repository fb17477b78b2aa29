//! Is the text English? A cheap check that feeds the Report's `notices`.
//!
//! Every formula and lexicon here is calibrated for English. Other text still gets a Report
//! (never an error), plus a notice saying so, when either
//! * most of its letters (over [`NON_LATIN_SHARE`]) are not Latin script (Arabic, CJK,
//!   Devanagari, Cyrillic, ...), or
//! * it is Latin script, has at least [`MIN_WORDS`] words, and fewer than
//!   [`MIN_ENGLISH_SHARE`] of them are frequent English words (`data/english_common_words.txt`;
//!   English prose scores about 0.43 (the 5 MB Brown benchmark input); French, German,
//!   Spanish, Dutch and Italian news prose 0.0. Under 0.1, fewer than 1% of Brown's
//!   paragraphs would be flagged on their own: lists of names and recipes).
//!
//! Texts under [`MIN_LETTERS`] letters are not judged: too little evidence. One pass over the
//! characters, no allocation.

use crate::report::Notice;
use std::sync::LazyLock;

/// Letters below which no notice is given.
pub const MIN_LETTERS: usize = 20;
/// Share of non-Latin letters above which the text is "mostly non-Latin script".
pub const NON_LATIN_SHARE: f64 = 0.5;
/// Latin-script words needed before the English-word share is trusted.
pub const MIN_WORDS: usize = 25;
/// Share of frequent English words below which a Latin-script text is "probably not English".
pub const MIN_ENGLISH_SHARE: f64 = 0.1;

/// The longest word on the list, in bytes; longer words are never on it.
const MAX_COMMON_LEN: usize = 8;

/// The list as written in `data/english_common_words.txt`.
fn common_words() -> impl Iterator<Item = &'static str> {
    crate::wordlists::without_comments!(include_str!("../data/english_common_words.txt"))
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Slots of [`COMMON`]: a power of two, about four per word, so that a probe rarely meets
/// another word.
const COMMON_SLOTS: usize = 512;

/// The list packed as integers (see [`pack`]) in an open-addressing table (linear probing,
/// 0 for an empty slot: a packed word is never 0), for a lookup by integer comparison in
/// about one probe: the check runs on every word of every text, so it must cost next to
/// nothing (a binary search over the list was a quarter of this module's time).
static COMMON: LazyLock<Vec<u64>> = LazyLock::new(|| {
    let mut table = vec![0u64; COMMON_SLOTS];
    for word in common_words().filter(|w| w.len() <= MAX_COMMON_LEN) {
        let packed = pack(word.as_bytes());
        let mut i = slot(packed);
        while table[i] != 0 && table[i] != packed {
            i = (i + 1) % COMMON_SLOTS;
        }
        table[i] = packed;
    }
    table
});

/// Where a packed word's probe starts in [`COMMON`] (multiplicative hashing: the high bits
/// of the product depend on every letter).
fn slot(packed: u64) -> usize {
    (packed.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> (64 - COMMON_SLOTS.trailing_zeros())) as usize
}

/// True when the packed word is on the list.
fn is_common(table: &[u64], packed: u64) -> bool {
    let mut i = slot(packed);
    loop {
        match table[i] {
            0 => return false,
            p if p == packed => return true,
            _ => i = (i + 1) % COMMON_SLOTS,
        }
    }
}

/// Up to 8 ASCII bytes as an integer, big-endian and left-aligned (zero-padded on the right).
fn pack(word: &[u8]) -> u64 {
    word.iter().fold(0u64, |acc, &b| (acc << 8) | u64::from(b)) << (8 * (MAX_COMMON_LEN - word.len()))
}

/// What the check measured.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LanguageStats {
    /// Alphabetic characters.
    pub letters: usize,
    /// Alphabetic characters outside the Latin script.
    pub non_latin_letters: usize,
    /// Runs of Latin letters (apostrophes inside a run do not split it).
    pub latin_words: usize,
    /// Of those, how many are on the frequent-English list.
    pub common_english_words: usize,
}

/// `u8::is_ascii_alphabetic` in one comparison: bit 5 set makes an upper-case letter
/// lower-case and leaves a lower-case one as it is.
fn is_ascii_letter(b: u8) -> bool {
    (b | 0x20).wrapping_sub(b'a') < 26
}

fn is_latin_letter(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' | '\u{2C60}'..='\u{2C7F}' | '\u{A720}'..='\u{A7FF}' | '\u{FF21}'..='\u{FF3A}' | '\u{FF41}'..='\u{FF5A}')
            && c != '\u{D7}'
            && c != '\u{F7}'
}

/// Counts letters by script and frequent English words, in one pass (ASCII bytes take a
/// fast path; other characters are decoded).
pub fn stats(text: &str) -> LanguageStats {
    let common = &*COMMON;
    let mut s = LanguageStats::default();
    // The current Latin word packed as in COMMON; `len` is its length in bytes, or
    // MAX_COMMON_LEN + 1 once it is too long or not ASCII (then it is on no list).
    let mut packed = 0u64;
    let mut len = 0usize;
    let mut in_word = false;
    let finish = |s: &mut LanguageStats, packed: u64, len: usize| {
        s.latin_words += 1;
        if len <= MAX_COMMON_LEN && is_common(common, packed << (8 * (MAX_COMMON_LEN - len))) {
            s.common_english_words += 1;
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if is_ascii_letter(b) {
            // A run of ASCII letters, taken whole: a tight loop instead of a trip through
            // every branch below per letter. Every letter is packed (lowercased by setting
            // bit 5); beyond 8 letters the older ones shift out, but then `len` says the
            // word is too long for the list anyway.
            if !in_word {
                (in_word, packed, len) = (true, 0, 0);
            }
            let start = i;
            while i < bytes.len() && is_ascii_letter(bytes[i]) {
                packed = (packed << 8) | u64::from(bytes[i] | 0x20);
                i += 1;
            }
            s.letters += i - start;
            len = (len + (i - start)).min(MAX_COMMON_LEN + 1);
            continue;
        }
        let c = if b < 0x80 {
            i += 1;
            char::from(b)
        } else {
            let c = text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER);
            i += c.len_utf8();
            c
        };
        if c.is_alphabetic() {
            s.letters += 1;
            if is_latin_letter(c) {
                // A non-ASCII Latin letter: the word is on no list, whatever came before.
                in_word = true;
                len = MAX_COMMON_LEN + 1;
                continue;
            }
            s.non_latin_letters += 1;
        } else if in_word && matches!(c, '\'' | '’') {
            // "don't", "it's": one word, never on the list.
            len = MAX_COMMON_LEN + 1;
            continue;
        }
        if in_word {
            finish(&mut s, packed, len);
            in_word = false;
        }
    }
    if in_word {
        finish(&mut s, packed, len);
    }
    s
}

/// The notices for `text`: empty for English (or too little text to tell).
pub fn notices(text: &str) -> Vec<Notice> {
    let s = stats(text);
    if s.letters < MIN_LETTERS {
        return Vec::new();
    }
    if s.non_latin_letters as f64 > NON_LATIN_SHARE * s.letters as f64 {
        return vec![Notice {
            code: "non_latin_script",
            message: "Most of this text is not in the Latin alphabet. The readability formulas and the hedging word lists are calibrated for English, so its scores and findings may mean little.",
        }];
    }
    if s.latin_words >= MIN_WORDS && (s.common_english_words as f64) < MIN_ENGLISH_SHARE * s.latin_words as f64 {
        return vec![Notice {
            code: "not_english",
            message: "This text has few common English words, so it is probably not English. The readability formulas and the hedging word lists are calibrated for English, so its scores and findings may mean little.",
        }];
    }
    Vec::new()
}

#[cfg(test)]
mod tests {
    use super::*;

    static COMMON_WORDS: LazyLock<Vec<&'static str>> = LazyLock::new(|| common_words().collect());

    fn codes(text: &str) -> Vec<&'static str> {
        notices(text).iter().map(|n| n.code).collect()
    }

    const ENGLISH: &str = "The Fulton County Grand Jury said Friday an investigation of Atlanta's recent primary \
        election produced no evidence that any irregularities took place. The jury further said in term-end \
        presentments that the City Executive Committee, which had over-all charge of the election, deserves the \
        praise and thanks of the City of Atlanta for the manner in which the election was conducted.";

    #[test]
    fn english_prose_gets_no_notice_and_scores_high() {
        assert!(codes(ENGLISH).is_empty());
        let s = stats(ENGLISH);
        let share = s.common_english_words as f64 / s.latin_words as f64;
        assert!(share > 0.3, "{share}");
    }

    #[test]
    fn other_latin_languages_are_flagged() {
        for text in [
            "Le gouvernement a annoncé mardi une nouvelle réforme des retraites, qui devrait entrer en vigueur \
             l'année prochaine. Les syndicats ont immédiatement dénoncé un projet injuste et appellent à la grève \
             dans toute la France pour la semaine prochaine.",
            "Die Regierung hat am Dienstag eine neue Rentenreform angekündigt, die im nächsten Jahr in Kraft treten \
             soll. Die Gewerkschaften kritisierten das Vorhaben sofort als ungerecht und riefen für die kommende \
             Woche zu Streiks im ganzen Land auf.",
            "El gobierno anunció el martes una nueva reforma de las pensiones, que debería entrar en vigor el año \
             próximo. Los sindicatos denunciaron de inmediato un proyecto injusto y convocaron huelgas en todo el \
             país para la semana que viene.",
            "De regering heeft dinsdag een nieuwe pensioenhervorming aangekondigd, die volgend jaar in werking moet \
             treden. De vakbonden noemden het plan meteen onrechtvaardig en riepen op tot stakingen in het hele land.",
            "Il governo ha annunciato martedì una nuova riforma delle pensioni, che dovrebbe entrare in vigore il \
             prossimo anno. I sindacati hanno subito denunciato un progetto ingiusto e hanno indetto scioperi.",
        ] {
            assert_eq!(codes(text), ["not_english"], "{text}");
        }
    }

    #[test]
    fn non_latin_scripts_are_flagged() {
        for text in [
            "يقول المسؤولون إن الخطة قد تفشل. وقال مصدر إنه غير متأكد من النتائج النهائية.",
            "官员表示，该计划可能会失败。消息人士称他们不确定最终结果会如何。",
            "अधिकारियों का कहना है कि योजना विफल हो सकती है। सूत्रों ने कहा कि वे निश्चित नहीं हैं।",
        ] {
            assert_eq!(codes(text), ["non_latin_script"], "{text}");
        }
    }

    #[test]
    fn short_or_empty_text_is_not_judged() {
        for text in ["", "Bonjour.", "中文", "1234 5678", "Hola amigos, ¿qué tal?"] {
            assert!(codes(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn english_with_a_foreign_quote_is_still_english() {
        let text = format!("{ENGLISH} He ended with “c'est la vie” and 谢谢.");
        assert!(codes(&text).is_empty());
    }

    #[test]
    fn every_listed_word_is_found_and_its_neighbours_are_not() {
        for w in COMMON_WORDS.iter() {
            assert_eq!(stats(w).common_english_words, 1, "{w}");
            assert_eq!(stats(&w.to_uppercase()).common_english_words, 1, "{w} in capitals");
            assert_eq!(stats(&format!("{w}q")).common_english_words, 0, "{w}q");
            assert_eq!(stats(&format!("{w}’s")).common_english_words, 0, "{w}’s");
        }
        assert_eq!(stats("th thee thexyzabc é the").common_english_words, 1);
    }

    #[test]
    fn the_word_list_parses_and_holds_no_word_of_the_excluded_list() {
        assert!(COMMON_WORDS.len() > 100);
        // Kept in byte order, so that a duplicate or a misplaced edit shows.
        assert!(COMMON_WORDS.windows(2).all(|p| p[0] < p[1]), "data/english_common_words.txt must be in byte order");
        // The table has room: every word is in it, with empty slots left to end a probe.
        assert_eq!(COMMON.iter().filter(|&&p| p != 0).count(), COMMON_WORDS.len());
        assert!(COMMON_WORDS.len() * 2 < COMMON_SLOTS);
        for w in COMMON_WORDS.iter() {
            assert!(w.len() <= MAX_COMMON_LEN && w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
        }
        for excluded in ["a", "an", "die", "in", "was", "so", "also", "de", "en", "la", "van", "are"] {
            assert!(COMMON_WORDS.binary_search(&excluded).is_err(), "{excluded}");
        }
    }
}
