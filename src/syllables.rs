//! Syllables of one word.
//!
//! First version: groups of vowel letters (`y` counts as a vowel after the first letter),
//! with a silent final `e` removed, and at least one syllable per word. Numbers count as
//! one syllable per digit group; this is refined by the segmentation issue.

/// Number of syllables in `word` (at least 1 for any word with a letter or digit).
pub fn syllables(word: &str) -> u32 {
    let lower: Vec<char> = word.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect();
    if lower.is_empty() {
        return 0;
    }
    if !lower.iter().any(|c| c.is_alphabetic()) {
        return 1;
    }
    let is_vowel = |i: usize| -> bool {
        match lower[i] {
            'a' | 'e' | 'i' | 'o' | 'u' | 'é' | 'á' | 'í' | 'ó' | 'ú' | 'à' | 'è' | 'ü' | 'ö' | 'ä' => true,
            'y' => i > 0,
            _ => false,
        }
    };
    let mut count = 0u32;
    let mut previous_vowel = false;
    for i in 0..lower.len() {
        let vowel = is_vowel(i);
        if vowel && !previous_vowel {
            count += 1;
        }
        previous_vowel = vowel;
    }
    let n = lower.len();
    // Silent final "e" ("make"), but not "-le" after a consonant ("table").
    if n > 2 && lower[n - 1] == 'e' && !is_vowel(n - 2) && !(lower[n - 2] == 'l' && n > 3 && !is_vowel(n - 3)) {
        count = count.saturating_sub(1);
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::syllables;

    #[test]
    fn counts_common_words() {
        for (word, expected) in [("cat", 1), ("make", 1), ("table", 2), ("readability", 5), ("hedge", 1), ("analysis", 4), ("", 0)] {
            assert_eq!(syllables(word), expected, "{word}");
        }
    }
}
