//! The learned part: vowel groups corrected by spelling rules, behind an exceptions table.
//!
//! `syllables = max(1, vowel groups + Σ weight(pattern) × occurrences of pattern in "<word>")`
//!
//! A vowel group is a maximal run of `a e i o u y`; `<` and `>` mark the word's start and end,
//! so a pattern like `e>` (final e, weight -1) or `ia` (weight +1) can say where it applies;
//! in a pattern, `C` stands for any consonant and `V` for any of `a e i o u` (`Cle>`: a
//! consonant then a final "le").
//! Occurrences are counted overlapping. The patterns and weights
//! (`data/syllable_rules.txt`) are learned from the CMU Pronouncing Dictionary by
//! `scripts/gen_syllable_rules.py`, which applies exactly this formula; every pattern occurs
//! in several dictionary words, so the rules describe spelling, not single words. Words the
//! rules still miss, most frequent first, are in `data/syllable_exceptions.txt`.
//!
//! All patterns go into one Aho-Corasick automaton over the alphabet `a-z ' < >`, built here
//! as a full transition table whose states carry the summed weight of every pattern ending
//! there (their own and, through failure links, their suffixes'). A word then costs one
//! table step and one addition per byte, with no allocation. (The aho-corasick crate's
//! overlapping search gives the same sums but has per-call overhead that dominated.)

use crate::hash::FastMap;
use std::sync::LazyLock;

/// Symbols of the trie: `a`-`z`, apostrophe, start mark, end mark.
const SYMBOLS: usize = 29;

/// The rules, compiled once.
struct Rules {
    /// Automaton transitions: `next[state][symbol]` (state 0 is the start).
    next: Vec<[u16; SYMBOLS]>,
    /// Sum of the weights of every pattern that ends at each state.
    weights: Vec<i32>,
    /// Exceptions and abbreviations (which win): word to syllables.
    exceptions: FastMap<&'static [u8], u32>,
    /// Number of patterns read from the data file (checked by the tests).
    #[cfg_attr(not(test), allow(dead_code))]
    patterns: usize,
}

/// Symbol of the start mark, also used for a byte outside the alphabet (which cannot occur
/// in the words this module is given): it never matches inside a pattern.
const SYMBOL_START: usize = 27;

/// Automaton symbol of a byte, if it is in the alphabet.
fn symbol(b: u8) -> Option<usize> {
    match b {
        b'a'..=b'z' => Some(usize::from(b - b'a')),
        b'\'' => Some(26),
        b'<' => Some(27),
        b'>' => Some(28),
        _ => None,
    }
}

/// The `key<TAB>value` lines of a table embedded with `front_coded!` (the rules and the
/// exceptions: sorted, so front coding saves about 1.6 KB of gzipped wasm over plain lines).
/// The coder turns the tab into a space, so each entry splits at its first space.
fn front_coded_pairs(coded: &'static [u8]) -> impl Iterator<Item = (&'static str, &'static str)> {
    crate::wordlists::front_decoded(coded).into_iter().filter_map(|entry| entry.split_once(' '))
}

static RULES: LazyLock<Rules> = LazyLock::new(|| {
    // Pre-sized from the current data (about 9,000 states, under 4,096 exceptions) so the build
    // does not spend its time regrowing and copying: this runs on the page's first analysis.
    let mut children = Vec::with_capacity(9216);
    children.push([0u16; SYMBOLS]);
    let mut weights = Vec::with_capacity(9216);
    weights.push(0i32);
    let mut patterns = 0;
    for (pattern, weight) in front_coded_pairs(crate::wordlists::front_coded!(include_str!("../../data/syllable_rules.txt"))) {
        let Ok(weight) = weight.parse::<i32>() else { continue };
        patterns += 1;
        insert_pattern(&mut children, &mut weights, 0, pattern.as_bytes(), weight);
    }
    let next = complete_automaton(children, &mut weights);
    let table = |source: &'static str| data_lines(source).filter_map(|(word, n)| Some((word.as_bytes(), n.parse::<u32>().ok()?)));
    let mut exceptions: FastMap<&'static [u8], u32> = FastMap::with_capacity_and_hasher(4096, Default::default());
    let coded = crate::wordlists::front_coded!(include_str!("../../data/syllable_exceptions.txt"));
    exceptions.extend(front_coded_pairs(coded).filter_map(|(word, n)| Some((word.as_bytes(), n.parse::<u32>().ok()?))));
    // Abbreviations are counted as spoken, whatever the exceptions say.
    exceptions.extend(table(crate::wordlists::without_comments!(include_str!("../../data/syllable_abbreviations.txt"))));
    Rules { next, weights, exceptions, patterns }
});

/// Consonant letters, which the class symbol `C` in a pattern stands for.
const CONSONANTS: &[u8] = b"bcdfghjklmnpqrstvwxz";
/// Vowel letters (without `y`), which the class symbol `V` in a pattern stands for.
const VOWELS: &[u8] = b"aeiou";

/// Adds `pattern` below trie node `node`, expanding each class symbol (`C`, `V`) into its
/// letters, and adds `weight` at every node where a literal pattern ends. Expanding while
/// walking (rather than inserting each literal pattern from the root) visits each shared
/// prefix once: `<arguV` walks `<argu` once, not five times. A byte outside the alphabet
/// drops the patterns through it (their prefix nodes stay, with no weight).
fn insert_pattern(children: &mut Vec<[u16; SYMBOLS]>, weights: &mut Vec<i32>, node: usize, pattern: &[u8], weight: i32) {
    let Some((first, rest)) = pattern.split_first() else {
        weights[node] += weight;
        return;
    };
    let letters = match first {
        b'C' => CONSONANTS,
        b'V' => VOWELS,
        _ => std::slice::from_ref(first),
    };
    for &letter in letters {
        let Some(sym) = symbol(letter) else { return };
        if children[node][sym] == 0 {
            children[node][sym] = children.len() as u16;
            children.push([0; SYMBOLS]);
            weights.push(0);
        }
        let child = usize::from(children[node][sym]);
        insert_pattern(children, weights, child, rest, weight);
    }
}

/// Turns a trie into a full Aho-Corasick transition table (breadth-first over failure
/// links), adding to each state's weight the weight of its failure state, so that the weight
/// of a state is the sum over all patterns that end at it.
fn complete_automaton(mut next: Vec<[u16; SYMBOLS]>, weights: &mut [i32]) -> Vec<[u16; SYMBOLS]> {
    let mut fail = vec![0u16; next.len()];
    let mut queue = std::collections::VecDeque::new();
    for &child in &next[0] {
        if child != 0 {
            queue.push_back(child);
        }
    }
    while let Some(state) = queue.pop_front() {
        let state = usize::from(state);
        let failure = usize::from(fail[state]);
        weights[state] += weights[failure];
        // Indexing both rows by symbol reads clearer than zipping them.
        #[allow(clippy::needless_range_loop)]
        for sym in 0..SYMBOLS {
            let child = next[state][sym];
            if child == 0 {
                next[state][sym] = next[failure][sym];
            } else {
                fail[usize::from(child)] = next[failure][sym];
                queue.push_back(child);
            }
        }
    }
    next
}

/// The first two tab-separated fields (trimmed; the second is empty when missing) of each
/// line of a data file, skipping blank and `#` lines. No allocation per line: the tables
/// are built on the page's first analysis, so their build time is latency.
/// The files are ASCII, so plain byte searches do (the generic `split`/`trim` machinery
/// cost about three times as much per line).
pub(super) fn data_lines(source: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    source.split('\n').filter(|l| !l.starts_with('#')).filter_map(|l| {
        let (first, rest) = l.split_once('\t').unwrap_or((l, ""));
        let second = rest.split_once('\t').map_or(rest, |(second, _)| second);
        let first = first.trim_ascii();
        (!first.is_empty()).then(|| (first, second.trim_ascii()))
    })
}

/// Syllables of a lowercase ASCII word of letters and apostrophes: abbreviations, then
/// exceptions, then the rules.
pub(super) fn count(lower: &[u8]) -> u32 {
    let rules = &*RULES;
    if let Some(&n) = rules.exceptions.get(lower) {
        return n;
    }
    let step = |state: usize, byte: u8| usize::from(rules.next[state][symbol(byte).unwrap_or(SYMBOL_START)]);
    let mut state = step(0, b'<');
    let mut total = rules.weights[state];
    // Vowel groups are counted in the same pass as the automaton (see `vowel_groups`).
    let mut previous_vowel = false;
    for &b in lower {
        state = step(state, b);
        total += rules.weights[state];
        let vowel = is_group_vowel(b);
        total += i32::from(vowel && !previous_vowel);
        previous_vowel = vowel;
    }
    state = step(state, b'>');
    total += rules.weights[state];
    total.max(1) as u32
}

/// True for the letters whose runs are vowel groups: `a e i o u y`.
fn is_group_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Maximal runs of `a e i o u y` (`count` counts them inline; this is the reference the
/// tests check the formula with).
#[cfg(test)]
fn vowel_groups(lower: &[u8]) -> u32 {
    let mut groups = 0;
    let mut previous = false;
    for &b in lower {
        let vowel = is_group_vowel(b);
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
        assert_eq!(rules.patterns, rule_lines);
        let exception_lines = data_lines(include_str!("../../data/syllable_exceptions.txt")).count();
        assert!(rules.exceptions.len() >= exception_lines);
        // The front-coded table gives back every line of the file (abbreviations may override).
        let abbreviations: Vec<&str> = data_lines(include_str!("../../data/syllable_abbreviations.txt")).map(|(w, _)| w).collect();
        for (word, n) in data_lines(include_str!("../../data/syllable_exceptions.txt")) {
            if !abbreviations.contains(&word) {
                assert_eq!(rules.exceptions.get(word.as_bytes()).map(|n| n.to_string()), Some(n.to_owned()), "{word}");
            }
        }
        assert_eq!(count(b"mr"), 2, "abbreviations are in the map");
        assert!(rules.next.len() < usize::from(u16::MAX), "state indices fit in u16");
    }

    #[test]
    fn class_symbols_expand_to_their_letters() {
        // The literal patterns are the trie's weighted nodes.
        let literal_patterns = |pattern: &[u8]| {
            let (mut children, mut weights) = (vec![[0u16; SYMBOLS]], vec![0]);
            insert_pattern(&mut children, &mut weights, 0, pattern, 1);
            (weights.iter().filter(|&&w| w == 1).count(), children)
        };
        let (count, children) = literal_patterns(b"Cle>");
        assert_eq!(count, CONSONANTS.len());
        let ble = [b'b', b'l', b'e', b'>'].iter().try_fold(0usize, |node, &b| Some(usize::from(children[node][symbol(b)?])).filter(|&n| n != 0));
        assert!(ble.is_some(), "ble> is in the trie");
        assert_eq!(literal_patterns(b"VrV").0, 25);
    }

    #[test]
    fn long_words_are_counted() {
        let long = "pneumonoultramicroscopicsilicovolcanoconiosis".repeat(2);
        assert!(count(long.as_bytes()) > 10);
    }

    /// The formula applied the slow way: every pattern's overlapping occurrences.
    #[cfg(not(target_arch = "wasm32"))]
    fn count_naively(lower: &[u8]) -> u32 {
        let marked = [b"<".as_slice(), lower, b">"].concat();
        let mut total = vowel_groups(lower) as i32;
        for (pattern, weight) in data_lines(include_str!("../../data/syllable_rules.txt")) {
            let (pattern, weight) = (pattern.as_bytes(), weight.parse::<i32>().unwrap());
            let matches = |w: &[u8]| {
                w.iter().zip(pattern).all(|(&c, &p)| match p {
                    b'C' => CONSONANTS.contains(&c),
                    b'V' => VOWELS.contains(&c),
                    _ => c == p,
                })
            };
            total += weight * marked.windows(pattern.len()).filter(|w| matches(w)).count() as i32;
        }
        total.max(1) as u32
    }

    // proptest is a native-only dev-dependency (its randomness does not build for wasm32).
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn automaton_sums_every_overlapping_occurrence(word in "[a-z']{0,16}") {
            let rules = &*RULES;
            proptest::prop_assume!(!rules.exceptions.contains_key(word.as_bytes()));
            proptest::prop_assert_eq!(count(word.as_bytes()), count_naively(word.as_bytes()));
        }
    }
}
