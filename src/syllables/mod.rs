//! Syllables of one word, as a careful reader would say it.
//!
//! What a word is decides how it is counted:
//!
//! * **Ordinary words** (letters, apostrophes): an exceptions table first, then learned
//!   spelling rules (see [`rules`]). Curly apostrophes count like straight ones, accented
//!   Latin letters like their base letters (`café` like `cafe`).
//! * **Abbreviations** are counted as spoken: `Dr` as "doctor" (2), `etc` as "et cetera" (4),
//!   from `data/syllable_abbreviations.txt`; dotted initials letter by letter (`U.S` 2,
//!   `a.m` 2); an all-capital acronym of up to three letters, or with no vowel, letter by
//!   letter (`FBI` 3, `HTML` 4) unless it is a familiar word written in capitals (`THE`, `IT`).
//!   Every letter name has one syllable except `W` ("double-u", 3).
//! * **Numbers** are counted as spoken in American English (see [`numbers`]): `1,200` "one
//!   thousand two hundred" (6), `1990` "nineteen ninety" (4), `3.5%` "three point five
//!   percent" (5), `$20` "twenty dollars" (4).
//! * **Compounds** (`well-informed`, `COVID-19`, `mp3`) are the sum of their parts, split at
//!   hyphens, slashes and letter–digit changes.
//! * Letters of other scripts (Greek, Cyrillic, CJK…) count one syllable per run: the rules
//!   only know English spelling.
//!
//! Anything without a letter or digit has 0 syllables; anything with one has at least 1.

mod numbers;
mod rules;

/// Longest word (in bytes) handled in the stack buffer; longer ones use the heap.
const STACK_WORD: usize = 64;

/// Number of syllables in `word` (0 when it has no letter or digit, else at least 1).
pub fn syllables(word: &str) -> u32 {
    // Fast path: a plain ASCII word of letters and apostrophes, not in capitals. One pass
    // checks the bytes, counts capitals and lowercases into a stack buffer (no allocation).
    let bytes = word.as_bytes();
    if !bytes.is_empty() && bytes.len() <= STACK_WORD {
        let mut buf = [0u8; STACK_WORD];
        let mut upper = 0;
        let mut plain = true;
        for (out, &b) in buf.iter_mut().zip(bytes) {
            plain &= b.is_ascii_alphabetic() || b == b'\'';
            upper += usize::from(b.is_ascii_uppercase());
            *out = b.to_ascii_lowercase();
        }
        if plain && (upper < 2 || upper < bytes.len()) {
            return letters_word(&buf[..bytes.len()]);
        }
    }
    general(word)
}

/// Any word: dispatches on its shape (number, initials, compound, acronym, word).
fn general(word: &str) -> u32 {
    let Some(first) = word.chars().find(|c| c.is_alphanumeric()) else { return 0 };
    if first.is_ascii_digit() || (first.is_numeric() && !word.chars().any(char::is_alphabetic)) {
        return numbers::syllables(word);
    }
    if is_dotted_initials(word) {
        return word.chars().filter(|c| c.is_alphabetic()).map(letter_name).sum();
    }
    // Compounds: split at anything that is not a letter or an apostrophe (hyphens, slashes,
    // digits), counting each part on its own.
    if word.chars().any(|c| !(c.is_alphabetic() || is_apostrophe(c))) {
        let mut total = 0;
        let mut part_start = None;
        let mut in_digits = false;
        for (i, c) in word.char_indices() {
            let is_part = c.is_alphanumeric() || (is_apostrophe(c) && part_start.is_some());
            let digit = c.is_numeric();
            match part_start {
                Some(s) if !is_part || (c.is_alphanumeric() && digit != in_digits) => {
                    total += part(&word[s..i], in_digits);
                    part_start = is_part.then_some(i);
                }
                None if is_part => part_start = Some(i),
                _ => {}
            }
            if c.is_alphanumeric() {
                in_digits = digit;
            }
        }
        if let Some(s) = part_start {
            total += part(&word[s..], in_digits);
        }
        return total.max(1);
    }
    letters_only(word)
}

/// One part of a compound: a run of digits or of letters.
fn part(text: &str, digits: bool) -> u32 {
    if digits {
        numbers::syllables(text)
    } else if text.chars().filter(|c| c.is_alphabetic()).count() <= 2 && text.chars().all(|c| c.is_uppercase()) {
        // "F-16", "3D", "COVID-19" parts like "F" or "D" are letter names.
        text.chars().map(letter_name).sum()
    } else {
        letters_only(text)
    }
}

/// A word of letters and apostrophes only, any script or case.
fn letters_only(word: &str) -> u32 {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    if letters >= 2 && word.chars().all(|c| c.is_uppercase() || is_apostrophe(c)) && is_spelled_acronym(word) {
        return word.chars().filter(|c| c.is_alphabetic()).map(letter_name).sum();
    }
    let mut folded = Vec::with_capacity(word.len());
    let mut other_script_runs = 0;
    let mut in_other = false;
    for c in word.chars() {
        if let Some(ascii) = fold_to_ascii(c) {
            folded.extend_from_slice(ascii.as_bytes());
            in_other = false;
        } else if c.is_alphabetic() {
            other_script_runs += u32::from(!in_other);
            in_other = true;
        }
    }
    let latin = if folded.iter().any(u8::is_ascii_alphabetic) { letters_word(&folded) } else { 0 };
    (latin + other_script_runs).max(u32::from(letters > 0))
}

/// A lowercase ASCII word of letters and apostrophes: abbreviations, exceptions, rules.
fn letters_word(lower: &[u8]) -> u32 {
    rules::count(lower)
}

/// True for an all-capital word read letter by letter: up to three letters or no vowel,
/// and not a familiar word in capitals.
fn is_spelled_acronym(word: &str) -> bool {
    let letters = word.chars().filter(|c| c.is_alphabetic()).count();
    let has_vowel = word.chars().any(|c| matches!(c, 'A' | 'E' | 'I' | 'O' | 'U' | 'Y'));
    (letters <= 3 || !has_vowel) && !crate::wordlists::is_dale_chall_familiar(word)
}

/// True for initials written with periods: `U.S`, `a.m`, `e.g`, `U.S.A.`.
fn is_dotted_initials(word: &str) -> bool {
    word.contains('.') && word.split('.').all(|p| p.is_empty() || p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// Syllables of a letter's name: one, except "double-u".
fn letter_name(c: char) -> u32 {
    if matches!(c, 'w' | 'W') { 3 } else { 1 }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '’' | 'ʼ')
}

/// ASCII spelling of a Latin letter (accents dropped) or apostrophe; `None` for anything else.
fn fold_to_ascii(c: char) -> Option<&'static str> {
    const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
    if c.is_ascii_alphabetic() {
        let i = (c.to_ascii_lowercase() as u8 - b'a') as usize;
        return Some(&LOWER[i..i + 1]);
    }
    let lower = c.to_lowercase().next().unwrap_or(c);
    Some(match lower {
        '\'' | '’' | 'ʼ' => "'",
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => "e",
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' | 'ı' => "i",
        'ñ' | 'ń' | 'ň' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => "o",
        'œ' => "oe",
        'ř' => "r",
        'ś' | 'š' | 'ş' => "s",
        'ß' => "ss",
        'ť' | 'ţ' => "t",
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => "u",
        'ý' | 'ÿ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        'ł' => "l",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::syllables;

    /// Counts checked by hand against the CMU Pronouncing Dictionary (any pronunciation).
    #[test]
    fn counts_common_words() {
        for (word, expected) in [
            ("cat", 1),
            ("make", 1),
            ("table", 2),
            ("readability", 5),
            ("hedge", 1),
            ("analysis", 4),
            ("the", 1),
            ("created", 3),
            ("jumped", 1),
            ("wanted", 2),
            ("idea", 3),
            ("people", 2),
            ("business", 2),
            ("science", 2),
            ("beautiful", 3),
            ("", 0),
        ] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn curly_and_straight_apostrophes_count_alike() {
        assert_eq!(syllables("Venezuela’s"), syllables("Venezuela's"));
        assert_eq!(syllables("didn’t"), 2);
    }

    #[test]
    fn accented_letters_count_like_their_base_letters() {
        assert_eq!(syllables("café"), syllables("cafe"));
        assert_eq!(syllables("naïve"), syllables("naive"));
    }

    #[test]
    fn abbreviations_and_acronyms_count_as_spoken() {
        for (word, expected) in [("Dr", 2), ("Mrs", 2), ("etc", 4), ("U.S", 2), ("a.m", 2), ("FBI", 3), ("HTML", 4), ("WWW", 9), ("NASA", 2), ("THE", 1)] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }

    #[test]
    fn compounds_are_the_sum_of_their_parts() {
        assert_eq!(syllables("well-informed"), 3);
        assert_eq!(syllables("F-16"), 3, "ef six-teen");
        assert_eq!(syllables("COVID-19"), 4, "co-vid nine-teen");
    }

    #[test]
    fn symbols_alone_have_no_syllables() {
        assert_eq!(syllables("—"), 0);
        assert_eq!(syllables("&"), 0);
    }

    #[test]
    fn other_scripts_count_one_per_run() {
        assert_eq!(syllables("Москва"), 1);
        assert_eq!(syllables("東京"), 1);
    }
}
