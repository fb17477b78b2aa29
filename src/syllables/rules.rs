//! The learned part: vowel groups corrected by spelling rules, behind an exceptions table.
//!
//! `syllables = max(1, vowel groups + Σ weight(pattern) × occurrences of pattern in "<word>")`
//!
//! A vowel group is a maximal run of `a e i o u y`; `<` and `>` mark the word's start and end,
//! so a pattern like `e>` (final e, weight -1) or `ia` (weight +1) can say where it applies.
//! Occurrences are counted overlapping. The patterns and weights
//! (`data/syllable_rules.txt`) are learned from the CMU Pronouncing Dictionary by
//! `scripts/gen_syllable_rules.py`, which applies exactly this formula; every pattern occurs
//! in several dictionary words, so the rules describe spelling, not single words. Words the
//! rules still miss, most frequent first, are in `data/syllable_exceptions.txt`.
//!
//! All patterns go into one Aho-Corasick automaton (overlapping matches), so a word costs
//! one pass over its bytes whatever the number of rules.

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::sync::LazyLock;

/// The rules, compiled once.
struct Rules {
    /// Every pattern; match ids index `weights`.
    automaton: AhoCorasick,
    /// Weight of each pattern.
    weights: Vec<i32>,
    /// Exceptions sorted by word, for binary search.
    exceptions: Vec<(&'static [u8], u32)>,
}

static RULES: LazyLock<Rules> = LazyLock::new(|| {
    let (patterns, weights): (Vec<&str>, Vec<i32>) = data_lines(include_str!("../../data/syllable_rules.txt"))
        .filter_map(|fields| Some((*fields.first()?, fields.get(1)?.parse::<i32>().ok()?)))
        .unzip();
    let automaton = AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .kind(Some(AhoCorasickKind::DFA))
        .build(&patterns)
        .expect("syllable patterns are short literals and always compile");
    let mut exceptions: Vec<(&'static [u8], u32)> = data_lines(include_str!("../../data/syllable_exceptions.txt"))
        .filter_map(|fields| Some((fields.first()?.as_bytes(), fields.get(1)?.parse().ok()?)))
        .collect();
    exceptions.sort_unstable();
    Rules { automaton, weights, exceptions }
});

/// Tab-separated fields of each line of a data file, skipping blank and `#` lines.
pub(super) fn data_lines(source: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    source
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

/// Syllables of a lowercase ASCII word of letters and apostrophes.
pub(super) fn count(lower: &[u8]) -> u32 {
    let rules = &*RULES;
    if let Ok(i) = rules.exceptions.binary_search_by(|(k, _)| (*k).cmp(lower)) {
        return rules.exceptions[i].1;
    }
    let mut stack = [0u8; super::STACK_WORD + 2];
    let mut heap = Vec::new();
    let marked: &mut [u8] = if lower.len() <= super::STACK_WORD {
        &mut stack[..lower.len() + 2]
    } else {
        heap.resize(lower.len() + 2, 0);
        &mut heap
    };
    let last = marked.len() - 1;
    marked[0] = b'<';
    marked[1..last].copy_from_slice(lower);
    marked[last] = b'>';

    let mut total = vowel_groups(lower) as i32;
    for m in rules.automaton.find_overlapping_iter(&*marked) {
        total += rules.weights[m.pattern().as_usize()];
    }
    total.max(1) as u32
}

/// Maximal runs of `a e i o u y`.
fn vowel_groups(lower: &[u8]) -> u32 {
    let mut groups = 0;
    let mut previous = false;
    for &b in lower {
        let vowel = matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y');
        groups += u32::from(vowel && !previous);
        previous = vowel;
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn vowel_groups_are_maximal_runs() {
        assert_eq!(vowel_groups(b"beautiful"), 3);
        assert_eq!(vowel_groups(b"rhythm"), 1);
        assert_eq!(vowel_groups(b"strength"), 1);
    }

    #[test]
    fn every_rule_and_exception_line_parses() {
        let rules = &*RULES;
        let rule_lines = data_lines(include_str!("../../data/syllable_rules.txt")).count();
        assert_eq!(rules.weights.len(), rule_lines);
        let exception_lines = data_lines(include_str!("../../data/syllable_exceptions.txt")).count();
        assert_eq!(rules.exceptions.len(), exception_lines);
        assert!(rules.weights.iter().all(|&w| w != 0));
    }

    #[test]
    fn long_words_use_the_heap_path() {
        let long = "pneumonoultramicroscopicsilicovolcanoconiosis".repeat(2);
        assert!(count(long.as_bytes()) > 10);
    }
}
