//! A small leftmost-longest multi-pattern matcher over symbols (bytes, or the lexicon's
//! `u16` word ids): the lexicon's phrase finder.
//!
//! Why not the `aho-corasick` crate: it was about 80 KB of the wasm (its automaton builders,
//! search variants, prefilters and `memchr`), a fifth of the code the page downloads, for
//! a job this narrow: a few hundred patterns, each a handful of 3-byte word codes, matched
//! over a stream with one code per word. A byte trie does it:
//!
//! * **Leftmost-longest**, as `aho_corasick::MatchKind::LeftmostLongest`: at the leftmost
//!   position where any pattern matches, report the longest pattern that matches there (the
//!   first one added, if two are equal), then continue after it; matches never overlap.
//!   `tests` checks this against the crate on random patterns and haystacks.
//! * **Linear time**: from each start position the walk down the trie is at most as long as
//!   the longest pattern (a bounded constant: lexicon phrases are a few words), and
//!   positions with no match stop after a byte or two.
//! * **Any symbol type**: the hedging finder matches over one `u16` word id per word, so the
//!   stream is one symbol a word and a match's positions are word indices (no byte encoding
//!   of ids and no map back from bytes to words).

/// Index of a pattern, in the order given to [`PhraseMatcher::new`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PatternId(usize);

impl PatternId {
    /// The index as a `usize`.
    pub fn as_usize(self) -> usize {
        self.0
    }
}

/// One match: pattern `pattern` at bytes `start..end` of the haystack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PhraseMatch {
    start: usize,
    end: usize,
    pattern: PatternId,
}

impl PhraseMatch {
    /// First byte of the match.
    pub fn start(&self) -> usize {
        self.start
    }
    /// One past the last byte of the match.
    pub fn end(&self) -> usize {
        self.end
    }
    /// Which pattern matched.
    pub fn pattern(&self) -> PatternId {
        self.pattern
    }
}

/// One trie node: children sorted by symbol, and the pattern that ends here, if any.
#[derive(Clone, Debug)]
struct Node<T> {
    children: Vec<(T, u32)>,
    pattern: Option<usize>,
}

impl<T> Default for Node<T> {
    fn default() -> Self {
        Node { children: Vec::new(), pattern: None }
    }
}

/// The compiled patterns, over symbols of type `T` (bytes by default).
#[derive(Clone, Debug)]
pub struct PhraseMatcher<T = u8> {
    nodes: Vec<Node<T>>,
    /// The root's children as a dense table indexed by symbol (`u32::MAX`: none). Every
    /// haystack position starts at the root, and most positions stop there, so this step is
    /// one load instead of a binary search.
    root: Vec<u32>,
}

impl<T: Copy + Ord + Into<usize>> PhraseMatcher<T> {
    /// Compiles `patterns`; empty patterns never match.
    pub fn new<P: AsRef<[T]>>(patterns: impl IntoIterator<Item = P>) -> Self {
        let mut nodes = vec![Node::default()];
        for (index, pattern) in patterns.into_iter().enumerate() {
            let pattern = pattern.as_ref();
            if pattern.is_empty() {
                continue;
            }
            let mut node = 0usize;
            for &byte in pattern {
                node = match nodes[node].children.binary_search_by_key(&byte, |&(b, _)| b) {
                    Ok(i) => nodes[node].children[i].1 as usize,
                    Err(i) => {
                        nodes.push(Node::default());
                        let child = nodes.len() - 1;
                        nodes[node].children.insert(i, (byte, child as u32));
                        child
                    }
                };
            }
            // The first of two equal patterns wins, as in aho-corasick.
            nodes[node].pattern.get_or_insert(index);
        }
        let mut root = Vec::new();
        for &(symbol, child) in &nodes[0].children {
            let index = symbol.into();
            if root.len() <= index {
                root.resize(index + 1, u32::MAX);
            }
            root[index] = child;
        }
        PhraseMatcher { nodes, root }
    }

    fn child(&self, node: usize, byte: T) -> Option<usize> {
        if node == 0 {
            return self.root.get(byte.into()).filter(|&&c| c != u32::MAX).map(|&c| c as usize);
        }
        let children = &self.nodes[node].children;
        children.binary_search_by_key(&byte, |&(b, _)| b).ok().map(|i| children[i].1 as usize)
    }

    /// The longest pattern that matches at `start`, as (end, pattern).
    fn longest_at(&self, haystack: &[T], start: usize) -> Option<(usize, usize)> {
        let mut node = 0;
        let mut best = None;
        for (offset, &byte) in haystack[start..].iter().enumerate() {
            match self.child(node, byte) {
                Some(next) => node = next,
                None => break,
            }
            if let Some(pattern) = self.nodes[node].pattern {
                best = Some((start + offset + 1, pattern));
            }
        }
        best
    }

    /// Every leftmost-longest, non-overlapping match in `haystack`, in order.
    pub fn find_iter<'a>(&'a self, haystack: &'a [T]) -> impl Iterator<Item = PhraseMatch> + 'a {
        let mut position = 0;
        std::iter::from_fn(move || {
            while position < haystack.len() {
                let start = position;
                if let Some((end, pattern)) = self.longest_at(haystack, start) {
                    position = end;
                    return Some(PhraseMatch { start, end, pattern: PatternId(pattern) });
                }
                position += 1;
            }
            None
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn matches(patterns: &[&[u8]], haystack: &[u8]) -> Vec<(usize, usize, usize)> {
        PhraseMatcher::new(patterns).find_iter(haystack).map(|m| (m.start(), m.end(), m.pattern().as_usize())).collect()
    }

    #[test]
    fn longest_pattern_at_the_leftmost_position_wins() {
        let patterns: &[&[u8]] = &[b"it seems", b"it seems likely", b"seems"];
        assert_eq!(matches(patterns, b"it seems likely"), [(0, 15, 1)]);
        assert_eq!(matches(patterns, b"so it seems"), [(3, 11, 0)]);
        assert_eq!(matches(patterns, b"seems it seems"), [(0, 5, 2), (6, 14, 0)]);
    }

    #[test]
    fn no_patterns_or_empty_haystack_find_nothing() {
        assert!(matches(&[], b"anything").is_empty());
        assert!(matches(&[b"a"], b"").is_empty());
        assert!(matches(&[b""], b"abc").is_empty());
    }

    /// The same matches as aho-corasick's leftmost-longest search (a dev-dependency, kept
    /// as the reference), on random small alphabets where overlaps are frequent.
    #[cfg(not(target_arch = "wasm32"))]
    mod agrees_with_aho_corasick {
        use super::*;
        use aho_corasick::{AhoCorasick, MatchKind};
        use proptest::prelude::*;

        proptest! {
            #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]
            #[test]
            fn on_random_inputs(
                patterns in prop::collection::vec(prop::collection::vec(0u8..4, 1..6), 1..12),
                haystack in prop::collection::vec(0u8..4, 0..80),
            ) {
                let reference = AhoCorasick::builder().match_kind(MatchKind::LeftmostLongest).build(&patterns).unwrap();
                let expected: Vec<(usize, usize, usize)> =
                    reference.find_iter(&haystack).map(|m| (m.start(), m.end(), m.pattern().as_usize())).collect();
                let ours: Vec<(usize, usize, usize)> = PhraseMatcher::new(&patterns)
                    .find_iter(&haystack)
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                    .collect();
                prop_assert_eq!(ours, expected);
            }
        }
    }
}
