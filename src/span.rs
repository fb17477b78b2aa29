//! Byte spans into the analysed text.
//!
//! Every position the core produces is a UTF-8 byte offset into the input, half-open
//! (`start..end`), like `str::char_indices` and `aho_corasick::Match`. Only the wasm
//! boundary (`api.rs`) converts them, once, to the UTF-16 code units that JS strings use.

use serde::Serialize;

/// A half-open byte range `start..end` into the input text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the span.
    pub start: usize,
    /// One past the last byte of the span.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (callers guarantee `start <= end`).
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// Length in bytes.
    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    /// True for an empty span.
    pub const fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// True when `other` lies entirely inside `self`.
    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// This span with leading and trailing whitespace removed (stays inside `self`).
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let trimmed = s.trim();
        let start = self.start + lead;
        Span::new(start, start + trimmed.len())
    }
}

/// Converts byte offsets of one text into UTF-16 code-unit offsets.
///
/// Built once per text in one pass; ASCII text maps every offset to itself without a table.
/// Otherwise it keeps the UTF-16 offset of every 64th byte (a table of 1/16 the text's size,
/// not 4 bytes per byte) and counts the rest of the way, so a lookup reads at most 63 bytes
/// and lookups may come in any order.
pub struct Utf16Offsets<'t> {
    text: &'t [u8],
    /// `checkpoints[i]` is the UTF-16 offset of byte `i * CHECKPOINT`; empty for ASCII.
    checkpoints: Vec<u32>,
}

/// Bytes between two checkpoints.
const CHECKPOINT: usize = 64;

/// UTF-16 code units that the characters starting in `bytes` take: every byte that is not a
/// continuation byte starts a character (1 unit), and a 4-byte lead (0xF0..) needs 2 units.
fn utf16_units(bytes: &[u8]) -> u32 {
    bytes.iter().map(|&b| u32::from(b & 0xC0 != 0x80) + u32::from(b >= 0xF0)).sum()
}

impl<'t> Utf16Offsets<'t> {
    /// Prepares the conversion for `text`.
    pub fn new(text: &'t str) -> Self {
        let bytes = text.as_bytes();
        if text.is_ascii() {
            return Utf16Offsets { text: bytes, checkpoints: Vec::new() };
        }
        let mut checkpoints = Vec::with_capacity(bytes.len() / CHECKPOINT + 2);
        let mut units = 0u32;
        for chunk in bytes.chunks(CHECKPOINT) {
            checkpoints.push(units);
            units += utf16_units(chunk);
        }
        // The end of the text: when its length is a multiple of CHECKPOINT, the offset of its
        // last byte + 1 (the end of a text that ends without a line break) needs this entry.
        checkpoints.push(units);
        Utf16Offsets { text: bytes, checkpoints }
    }

    /// UTF-16 offset of byte offset `byte` (offsets inside a character map to its start;
    /// offsets past the end map to the end).
    pub fn convert(&self, byte: usize) -> usize {
        let mut byte = byte.min(self.text.len());
        if self.checkpoints.is_empty() {
            return byte;
        }
        while byte > 0 && byte < self.text.len() && self.text[byte] & 0xC0 == 0x80 {
            byte -= 1;
        }
        let checkpoint = byte / CHECKPOINT;
        let start = checkpoint * CHECKPOINT;
        let units_before = self.checkpoints[checkpoint];
        // Fast path for blocks of plain ASCII, most blocks of most texts (the Report asks
        // for about a million offsets on 5 MB; counting bytes for each was 65 ms in wasm): a
        // block whose UTF-16 units equal its bytes has no continuation byte and no 4-byte
        // lead (each byte counts exactly 1), so the units before any byte of it are its
        // distance from the block start, even if a character begins in its last bytes.
        if self.checkpoints.get(checkpoint + 1).is_some_and(|&next| next - units_before == CHECKPOINT as u32) {
            return units_before as usize + (byte - start);
        }
        (units_before + utf16_units(&self.text[start..byte])) as usize
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_removes_surrounding_whitespace_only() {
        let text = "  Hello there. \n";
        let span = Span::new(0, text.len()).trim(text);
        assert_eq!(span.slice(text), "Hello there.");
    }

    #[test]
    fn utf16_offsets_count_surrogate_pairs_as_two() {
        // "é" is 2 bytes / 1 unit; "😀" is 4 bytes / 2 units.
        let text = "é😀a";
        let map = Utf16Offsets::new(text);
        assert_eq!(map.convert(0), 0);
        assert_eq!(map.convert(2), 1);
        assert_eq!(map.convert(6), 3);
        assert_eq!(map.convert(7), 4);
    }

    #[test]
    fn utf16_offsets_agree_with_encode_utf16_at_every_byte() {
        // Long enough to cross several checkpoints, with 1-, 2-, 3- and 4-byte characters.
        let text = "a é 中 😀 b".repeat(40);
        let map = Utf16Offsets::new(&text);
        for byte in 0..=text.len() + 3 {
            let boundary = (0..=byte.min(text.len())).rev().find(|&b| text.is_char_boundary(b)).unwrap();
            let expected = text[..boundary].encode_utf16().count();
            assert_eq!(map.convert(byte), expected, "byte {byte}");
        }
    }

    #[test]
    fn utf16_offsets_agree_where_characters_straddle_ascii_blocks() {
        // Multi-byte characters at every position around the 64-byte block edges, between
        // long ASCII runs (the fast path for all-ASCII blocks).
        for lead in 55..70 {
            for ch in ["é", "中", "😀"] {
                let text = format!("{}{ch}{}{ch}", "a".repeat(lead), "b".repeat(130));
                let map = Utf16Offsets::new(&text);
                for byte in 0..=text.len() {
                    let boundary = (0..=byte).rev().find(|&b| text.is_char_boundary(b)).unwrap();
                    assert_eq!(map.convert(byte), text[..boundary].encode_utf16().count(), "{ch} after {lead}, byte {byte}");
                }
            }
        }
    }

    // proptest is a native-only dev-dependency.
    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #[test]
        fn utf16_offsets_agree_with_encode_utf16_on_any_text(text in "(a{0,70}|[é中😀\u{301}\n ]){0,12}") {
            let map = Utf16Offsets::new(&text);
            for byte in 0..=text.len() + 1 {
                let boundary = (0..=byte.min(text.len())).rev().find(|&b| text.is_char_boundary(b)).unwrap();
                proptest::prop_assert_eq!(map.convert(byte), text[..boundary].encode_utf16().count(), "byte {}", byte);
            }
        }
    }

    #[test]
    fn ascii_offsets_are_identity() {
        let map = Utf16Offsets::new("plain");
        assert_eq!(map.convert(3), 3);
    }
}
