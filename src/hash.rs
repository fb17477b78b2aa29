//! One fast hasher for the fixed word tables (lexicons and word lists).
//!
//! The std default, SipHash, resists hash-flooding by attacker-chosen keys. Our tables hold
//! only our own words, built once from the embedded lists, and are probed with words of the
//! text: a flood can at worst slow a probe, never change a result. FNV-1a is several times
//! cheaper than SipHash on short words. (`wordlists.rs` and `syllables/rules.rs` carry their
//! own private copies of this hasher; they could use this one.)

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FNV-1a over the written bytes.
#[derive(Clone, Copy, Debug)]
pub struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut h = self.0;
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A `HashMap` with the FNV hasher.
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<Fnv>>;
/// A `HashSet` with the FNV hasher.
pub type FastSet<T> = HashSet<T, BuildHasherDefault<Fnv>>;

/// A fixed table keyed by words, that rejects most words of a text before hashing: a word
/// whose (first byte, length) pair starts no key is not looked up.
#[derive(Clone, Debug)]
pub struct WordMap<V> {
    /// Keyed by bytes, so that a word lowercased into a byte buffer is looked up as is.
    map: FastMap<&'static [u8], V>,
    /// For each first byte, bit `n` is set when some key of that first byte is `n` bytes
    /// long (bit 63: 63 bytes or more).
    lengths_by_first_byte: Box<[u64; 256]>,
}

/// The bit of a key's length in [`WordMap`]'s masks.
fn length_bit(word: &[u8]) -> u64 {
    1 << word.len().min(63)
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap { map: FastMap::default(), lengths_by_first_byte: Box::new([0; 256]) }
    }
}

impl<V> From<FastMap<&'static str, V>> for WordMap<V> {
    fn from(map: FastMap<&'static str, V>) -> Self {
        let mut lengths_by_first_byte = Box::new([0u64; 256]);
        for key in map.keys() {
            if let Some(&b) = key.as_bytes().first() {
                lengths_by_first_byte[usize::from(b)] |= length_bit(key.as_bytes());
            }
        }
        let map = map.into_iter().map(|(k, v)| (k.as_bytes(), v)).collect();
        WordMap { map, lengths_by_first_byte }
    }
}

impl<V> WordMap<V> {
    /// The value of `word`, if it is a key.
    pub fn get(&self, word: &str) -> Option<&V> {
        self.get_bytes(word.as_bytes())
    }

    /// The value of the word with UTF-8 bytes `word`, if it is a key.
    pub fn get_bytes(&self, word: &[u8]) -> Option<&V> {
        match word.first() {
            Some(&b) if self.lengths_by_first_byte[usize::from(b)] & length_bit(word) == 0 => None,
            _ => self.map.get(word),
        }
    }

    /// True when `word` is a key.
    pub fn contains_key(&self, word: &str) -> bool {
        self.get(word).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_map_finds_exactly_its_keys() {
        let map: FastMap<&'static str, u8> = [("said", 1), ("according", 2), ("", 3)].into_iter().collect();
        let map = WordMap::from(map);
        assert_eq!(map.get("said"), Some(&1));
        assert_eq!(map.get("according"), Some(&2));
        assert_eq!(map.get(""), Some(&3));
        // Same first byte and length, other word; other length; unknown first byte.
        assert_eq!(map.get("sail"), None);
        assert_eq!(map.get("sad"), None);
        assert_eq!(map.get("accordingly"), None);
        assert_eq!(map.get("told"), None);
        assert_eq!(map.get("é"), None);
    }
}
