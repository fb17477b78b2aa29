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
/// Built once per text; ASCII text maps every offset to itself without a table.
pub struct Utf16Offsets {
    /// `table[b]` is the UTF-16 offset of byte `b`; empty when the text is ASCII.
    table: Vec<u32>,
}

impl Utf16Offsets {
    /// Prepares the conversion for `text`.
    pub fn new(text: &str) -> Self {
        if text.is_ascii() {
            return Utf16Offsets { table: Vec::new() };
        }
        let mut table = vec![0u32; text.len() + 1];
        let mut units = 0u32;
        for (byte, ch) in text.char_indices() {
            for slot in &mut table[byte..byte + ch.len_utf8()] {
                *slot = units;
            }
            units += ch.len_utf16() as u32;
        }
        table[text.len()] = units;
        Utf16Offsets { table }
    }

    /// UTF-16 offset of byte offset `byte` (offsets inside a character map to its start).
    pub fn convert(&self, byte: usize) -> usize {
        if self.table.is_empty() {
            byte
        } else {
            self.table.get(byte).copied().unwrap_or(*self.table.last().unwrap_or(&0)) as usize
        }
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
    fn ascii_offsets_are_identity() {
        let map = Utf16Offsets::new("plain");
        assert_eq!(map.convert(3), 3);
    }
}
