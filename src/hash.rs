//! One fast hasher for the word tables (lexicons, word lists, the per-text word cache).
//!
//! The std default, SipHash, resists hash-flooding by attacker-chosen keys. Our fixed tables
//! hold only our own words, built once from the embedded lists, and are probed with words of
//! the text: a flood can at worst slow a probe, never change a result. No result depends on
//! a table's iteration order either, so the hasher can change freely.
//!
//! The hasher takes 8 bytes per multiply (most words are one or two steps), where a
//! byte-at-a-time hash such as FNV-1a takes one multiply per byte, plus eight more for the
//! length that `Hash for [u8]` writes first. Word lookups are among the commonest operations
//! of `analyze`, so this matters.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The multiplier of rustc's FxHash (v2): odd, with well-spread bits.
const MULTIPLIER: u64 = 0xf135_7aea_2e62_a9c5;

/// A multiply-xor hash over 8-byte little-endian chunks (see [`WordHasher::write`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct WordHasher(u64);

impl WordHasher {
    /// Mixes one 64-bit chunk in.
    #[inline]
    fn add(&mut self, chunk: u64) {
        self.0 = (self.0 ^ chunk).wrapping_mul(MULTIPLIER);
    }
}

/// The first 8 bytes of `bytes` (at least 8), little-endian.
fn read_u64(bytes: &[u8]) -> u64 {
    let mut word = [0u8; 8];
    word.copy_from_slice(&bytes[..8]);
    u64::from_le_bytes(word)
}

/// The first 4 bytes of `bytes` (at least 4), little-endian.
fn read_u32(bytes: &[u8]) -> u32 {
    let mut word = [0u8; 4];
    word.copy_from_slice(&bytes[..4]);
    u32::from_le_bytes(word)
}

impl Hasher for WordHasher {
    /// A product's high bits depend on every input bit but its low bits only on the low
    /// input bits, and hash tables index by the low bits: so the high half is folded in and
    /// mixed once more, and the best-mixed bits are rotated down (without this, words that
    /// differ in their last letters crowd into few buckets; a test checks the spread).
    fn finish(&self) -> u64 {
        (self.0 ^ (self.0 >> 32)).wrapping_mul(MULTIPLIER).rotate_left(26)
    }
    /// Every 8-byte chunk, then the last 8 bytes (overlapping the chunks) when the length is
    /// not a multiple of 8; a word under 8 bytes is read as two overlapping 4-byte halves or
    /// as its first, middle and last byte. Together with the length, which `Hash for [u8]`
    /// and `Hash for str` write too, the reads cover every byte, with no copy of a
    /// variable-length tail (which costs a `memcpy` call per word).
    fn write(&mut self, bytes: &[u8]) {
        let n = bytes.len();
        if n >= 8 {
            let mut chunks = bytes.chunks_exact(8);
            for chunk in &mut chunks {
                self.add(read_u64(chunk));
            }
            if !chunks.remainder().is_empty() {
                self.add(read_u64(&bytes[n - 8..]));
            }
        } else if n >= 4 {
            self.add((u64::from(read_u32(&bytes[..4])) << 32) | u64::from(read_u32(&bytes[n - 4..])));
        } else if n > 0 {
            self.add((u64::from(bytes[0]) << 16) | (u64::from(bytes[n / 2]) << 8) | u64::from(bytes[n - 1]));
        }
    }
    // The length prefix of `[u8]` and the terminator of `str`: one step each, not 8 and 1.
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn write_u8(&mut self, n: u8) {
        self.add(u64::from(n));
    }
}

/// A `HashMap` with [`WordHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;
/// A `HashSet` with [`WordHasher`].
pub type FastSet<T> = HashSet<T, BuildHasherDefault<WordHasher>>;

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
    use std::hash::BuildHasher;

    #[test]
    fn word_hashes_spread_over_the_low_bits() {
        // Hash tables index by the low bits: words that differ only in their last letters
        // (as inflections do) must still land in different buckets.
        let letters = b"abcdefghijklmnopqrstuvwxyz";
        let mut words = Vec::new();
        for a in letters {
            for b in letters {
                for c in letters {
                    words.push(vec![b's', b't', *a, *b, *c]);
                    words.push(vec![b'c', b'o', b'n', b's', b'i', b'd', *a, *b, *c]);
                }
            }
        }
        let mut buckets = vec![0u32; 1 << 16];
        // `hash_one` hashes a `&[u8]` as the tables do (the length, then the bytes).
        for w in &words {
            let h = BuildHasherDefault::<WordHasher>::default().hash_one(w.as_slice());
            buckets[(h & 0xffff) as usize] += 1;
        }
        // 35,152 words in 65,536 buckets: a good hash puts at most a handful in any one.
        let fullest = *buckets.iter().max().unwrap();
        assert!(fullest <= 8, "{fullest} words in one bucket");
    }

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
