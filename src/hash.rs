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
