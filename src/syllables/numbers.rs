//! Syllables of numbers, as read aloud in American English.
//!
//! The rule, documented because readers disagree:
//!
//! * An integer is read as a cardinal without "and": `1,250` "one thousand two hundred
//!   fifty" (7). Thousands separators are silent.
//! * A plain four-digit year from 1100 to 1999 or 2010 to 2099 is read in pairs: `1990`
//!   "nineteen ninety" (4), `1905` "nineteen oh five" (4), `1900` "nineteen hundred" (4);
//!   2000 to 2009 as cardinals ("two thousand nine"). A plural (`1990s`) reads the same.
//! * A number with a leading zero (`007`) or more than 15 digits is read digit by digit.
//! * Decimals: "point" then each digit: `3.14` "three point one four" (4). Every further dot
//!   (versions, IP addresses) is also "point".
//! * Ordinals: `2nd` "second" and the tens (`20th` "twentieth") add a syllable to the
//!   cardinal; the others (`1st`, `3rd`, `11th`) have as many syllables as the cardinal.
//! * `%` adds "percent" (2); a currency sign adds its unit: `$` "dollars" (2), `€` "euros"
//!   (2), `£` "pounds" (1), `¥` "yen" (1).
//! * Other separators (`:`, `/`, `-`, `,` not followed by three digits) are silent; `:00`
//!   in a time is silent too ("ten o'clock" is read "ten").
//! * Letters after the digits (`3D`, `10km`) count as their own word.

/// Syllables of "zero" to "nineteen".
const UNDER_TWENTY: [u32; 20] = [2, 1, 1, 1, 1, 1, 1, 2, 1, 1, 1, 3, 1, 2, 2, 2, 2, 3, 2, 2];
/// Syllables of "twenty" to "ninety" (index 2 to 9).
const TENS: [u32; 10] = [0, 0, 2, 2, 2, 2, 2, 3, 2, 2];
/// "hundred", "thousand", "million", "billion", "trillion".
const SCALE_WORD: u32 = 2;
/// "point" (decimal point, and the dots of versions and IP addresses).
const POINT: u32 = 1;
/// "percent".
const PERCENT: u32 = 2;

/// Syllables of a token that starts with a digit or a currency sign.
pub(super) fn syllables(token: &str) -> u32 {
    let bytes = token.as_bytes();
    let mut total = 0;
    let mut i = 0;
    let mut groups = 0;
    // One dot between digits is a decimal point; several are a version or an address.
    let is_decimal = bytes.windows(2).filter(|w| w[0] == b'.' && w[1].is_ascii_digit()).count() == 1;
    let mut previous_separator = 0u8;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_digit() {
            // One integer, with thousands separators ("1,000,000").
            let start = i;
            let mut value: u64 = 0;
            let mut digits = 0usize;
            let mut has_commas = false;
            while i < bytes.len() {
                if bytes[i].is_ascii_digit() {
                    value = value.saturating_mul(10).saturating_add(u64::from(bytes[i] - b'0'));
                    digits += 1;
                    i += 1;
                } else if bytes[i] == b',' && is_three_digits(&bytes[i + 1..]) {
                    has_commas = true;
                    i += 1;
                } else {
                    break;
                }
            }
            let text = &token[start..i];
            total += if previous_separator == b'.' && is_decimal {
                // Decimals are read digit by digit.
                digit_by_digit(text)
            } else if previous_separator == b':' && value == 0 {
                0
            } else if text.len() > 1 && text.starts_with('0') || digits > 15 {
                digit_by_digit(text)
            } else if !has_commas && groups == 0 && digits == 4 && is_year(value, &bytes[i..]) {
                year(value)
            } else {
                cardinal(value)
            };
            groups += 1;
            // Ordinal suffix.
            let rest = &token[i..];
            if let Some(suffix) = ["st", "nd", "rd", "th"].iter().find(|s| rest.as_bytes().get(..2).is_some_and(|b| b.eq_ignore_ascii_case(s.as_bytes()))) {
                total += ordinal_extra(value, suffix);
                i += 2;
            }
            previous_separator = 0;
            continue;
        }
        if b.is_ascii_alphabetic() || b >= 0x80 {
            // Letters (or any non-ASCII character) after the number: their own word, unless a
            // plural "s" ("1990s") or a currency/percent sign.
            let ch = token[i..].chars().next().unwrap_or(' ');
            let len = ch.len_utf8();
            if let Some(unit) = currency(ch) {
                total += unit;
                i += len;
                continue;
            }
            if ch.is_alphabetic() {
                let end = token[i..].find(|c: char| !c.is_alphabetic() && !super::is_apostrophe(c)).map_or(token.len(), |e| i + e);
                let word = &token[i..end];
                if !(word.eq_ignore_ascii_case("s") || word == "'s" || word == "’s") {
                    total += super::syllables(word);
                }
                i = end;
                continue;
            }
            i += len;
            continue;
        }
        match b {
            b'.' if i + 1 < bytes.len() && bytes[i + 1].is_ascii_digit() => {
                total += POINT;
            }
            b'%' => total += PERCENT,
            b'$' => total += 2,
            _ => {}
        }
        previous_separator = b;
        i += 1;
    }
    total.max(1)
}

/// True when `rest` starts with three digits not followed by another digit.
fn is_three_digits(rest: &[u8]) -> bool {
    rest.len() >= 3 && rest[..3].iter().all(u8::is_ascii_digit) && !rest.get(3).is_some_and(u8::is_ascii_digit)
}

/// A four-digit number read as a year: nothing after it but an optional plural "s".
fn is_year(value: u64, rest: &[u8]) -> bool {
    let plain = rest.is_empty() || rest == b"s" || rest == b"'s";
    plain && ((1100..=1999).contains(&value) || (2010..=2099).contains(&value))
}

/// "nineteen ninety", "nineteen oh five", "nineteen hundred", "twenty twenty".
fn year(value: u64) -> u32 {
    let (high, low) = (value / 100, value % 100);
    cardinal(high)
        + match low {
            0 => SCALE_WORD,
            1..=9 => 1 + cardinal(low),
            _ => cardinal(low),
        }
}

/// Syllables of each digit's name.
fn digit_by_digit(digits: &str) -> u32 {
    digits.bytes().filter(u8::is_ascii_digit).map(|d| UNDER_TWENTY[usize::from(d - b'0')]).sum()
}

/// Syllables of a cardinal number below 10^18.
fn cardinal(n: u64) -> u32 {
    if n < 20 {
        return UNDER_TWENTY[n as usize];
    }
    if n < 100 {
        return TENS[(n / 10) as usize] + if n.is_multiple_of(10) { 0 } else { UNDER_TWENTY[(n % 10) as usize] };
    }
    if n < 1000 {
        return UNDER_TWENTY[(n / 100) as usize] + SCALE_WORD + if n.is_multiple_of(100) { 0 } else { cardinal(n % 100) };
    }
    // Groups of three digits, each followed by its scale word.
    let mut total = 0;
    let mut rest = n;
    let mut scale = 0;
    while rest > 0 {
        let group = rest % 1000;
        if group > 0 {
            total += cardinal(group) + if scale > 0 { SCALE_WORD + u32::from(scale >= 5) } else { 0 };
        }
        rest /= 1000;
        scale += 1;
    }
    total
}

/// Extra syllables of the ordinal over the cardinal: "second", "-ieth".
fn ordinal_extra(value: u64, suffix: &str) -> u32 {
    let tens = value % 100;
    let second = suffix.eq_ignore_ascii_case("nd") && value % 10 == 2 && tens != 12;
    let tieth = tens >= 20 && tens.is_multiple_of(10);
    u32::from(second || tieth)
}

/// Syllables of a currency sign's unit.
fn currency(c: char) -> Option<u32> {
    match c {
        '$' | '€' => Some(2),
        '£' | '¥' => Some(1),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::syllables;

    /// Expected counts are the spoken forms in the comments, counted by hand.
    #[test]
    fn numbers_count_as_spoken() {
        for (token, expected, spoken) in [
            ("7", 2, "seven"),
            ("21", 3, "twenty-one"),
            ("100", 3, "one hundred"),
            ("1,250", 8, "one thousand two hundred fifty"),
            ("1990", 4, "nineteen ninety"),
            ("1905", 4, "nineteen oh five"),
            ("2005", 4, "two thousand five"),
            ("2024", 5, "twenty twenty-four"),
            ("1990s", 4, "nineteen nineties"),
            ("3.14", 4, "three point one four"),
            ("3.5%", 5, "three point five percent"),
            ("$20", 4, "twenty dollars"),
            ("€5", 3, "five euros"),
            ("2nd", 2, "second"),
            ("21st", 3, "twenty-first"),
            ("20th", 3, "twentieth"),
            ("10:30", 3, "ten thirty"),
            ("10:00", 1, "ten"),
            ("007", 6, "zero zero seven"),
            ("1,000,000", 3, "one million"),
            ("192.168.0.1", 18, "one hundred ninety-two point one hundred sixty-eight point zero point one"),
        ] {
            assert_eq!(syllables(token), expected, "{token}: {spoken}");
        }
    }
}
