//! One fast hasher for the fixed word tables (lexicons and word lists).
//!
//! The std default, SipHash, resists hash-flooding by attacker-chosen keys. Our tables hold
//! only our own words, built once from the embedded lists, and are probed with words of the
//! text: a flood can at worst slow a probe, never change a result. FNV-1a is several times
//! cheaper than SipHash on short words. Every word table in the crate uses it.

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
///
/// Every `WordMap`, whatever its value type, hashes through the same `FastMap<&[u8], u32>`
/// (key -> index into `values`), so the hash table code is compiled once: this keeps the
/// wasm small.
#[derive(Clone, Debug)]
pub struct WordMap<V> {
    /// Key bytes -> index into `values`.
    index: FastMap<&'static [u8], u32>,
    values: Vec<V>,
    /// For each first byte, bit `n` is set when some key of that first byte is `n` bytes
    /// long (bit 63: 63 bytes or more).
    lengths_by_first_byte: Box<[u64; 256]>,
}

/// The index of `word` in a `WordMap`'s table, or `None`. Not generic, like `insert_key`, so
/// the hash-table probe is compiled once for all value types (a smaller wasm).
fn index_of(index: &FastMap<&'static [u8], u32>, lengths_by_first_byte: &[u64; 256], word: &[u8]) -> Option<usize> {
    match word.first() {
        Some(&b) if lengths_by_first_byte[usize::from(b)] & length_bit(word) == 0 => None,
        _ => index.get(word).map(|&i| i as usize),
    }
}

/// The index of `key`, inserted as `next` (and its first byte and length recorded) when new.
fn insert_key(index: &mut FastMap<&'static [u8], u32>, lengths_by_first_byte: &mut [u64; 256], key: &'static [u8], next: usize) -> usize {
    let i = *index.entry(key).or_insert(next as u32) as usize;
    if i == next {
        if let Some(&b) = key.first() {
            lengths_by_first_byte[usize::from(b)] |= length_bit(key);
        }
    }
    i
}

/// The bit of a key's length in [`WordMap`]'s masks.
fn length_bit(word: &[u8]) -> u64 {
    1 << word.len().min(63)
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap { index: FastMap::default(), values: Vec::new(), lengths_by_first_byte: Box::new([0; 256]) }
    }
}

impl<V> WordMap<V> {
    /// The value of `key`, inserted with `make` if it is not there yet.
    pub fn get_or_insert_with(&mut self, key: &'static str, make: impl FnOnce() -> V) -> &mut V {
        let i = insert_key(&mut self.index, &mut self.lengths_by_first_byte, key.as_bytes(), self.values.len());
        if i == self.values.len() {
            self.values.push(make());
        }
        &mut self.values[i]
    }

    /// How many keys there are.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// True when there are no keys.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    /// Every value, mutably.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.values.iter_mut()
    }

    /// Every key, in no particular order.
    pub fn keys(&self) -> impl Iterator<Item = &'static [u8]> + '_ {
        self.index.keys().copied()
    }

    /// The value of `word`, if it is a key.
    pub fn get(&self, word: &str) -> Option<&V> {
        self.get_bytes(word.as_bytes())
    }

    /// The value of the word with UTF-8 bytes `word`, if it is a key.
    pub fn get_bytes(&self, word: &[u8]) -> Option<&V> {
        index_of(&self.index, &self.lengths_by_first_byte, word).map(|i| &self.values[i])
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
        let mut map = WordMap::default();
        for (k, v) in [("said", 1), ("according", 2), ("", 3)] {
            *map.get_or_insert_with(k, || 0) = v;
        }
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
