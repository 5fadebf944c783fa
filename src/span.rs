//! The one offset type of the crate.
//!
//! Every position doichieu reports is a [`Span`]: a half-open range of byte offsets into the
//! *original* input, before any normalization. Readers can slice their own copy of the article
//! with it and get exactly the bytes the claim came from, whatever repairs were applied.
//! Line and column are computed only for display, by [`line_col`].

use crate::text::lanes::Lanes;
use serde::Serialize;

/// A half-open byte range `start..end` into the original input.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// First byte of the range.
    pub start: usize,
    /// One past the last byte of the range.
    pub end: usize,
}

impl Span {
    /// Makes a span; `start <= end` is an invariant, so a reversed range is a bug and panics.
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "span start {start} is after its end {end}");
        Span { start, end }
    }

    /// Length in bytes.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The smallest span covering both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// True when `other` lies inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The same span moved `k` bytes to the right (a document with `k` bytes prepended).
    pub fn shifted(&self, k: usize) -> Span {
        Span::new(self.start + k, self.end + k)
    }

    /// The bytes of `input` under this span, when it lies on character boundaries.
    pub fn slice<'a>(&self, input: &'a str) -> Option<&'a str> {
        input.get(self.start..self.end)
    }

    /// Character offsets (Unicode scalar values) of this span in `input`, for consumers that
    /// index by character (JavaScript, Python).
    pub fn char_range(&self, input: &str) -> (usize, usize) {
        let start = input[..self.start.min(input.len())].chars().count();
        let len = input
            .get(self.start..self.end)
            .map_or(0, |s| s.chars().count());
        (start, start + len)
    }
}

/// Byte offset → character offset for one text, answered in time bounded by [`CHAR_BLOCK`]
/// whatever the offset: a report converts every span of a document, and counting from the
/// start each time would make that quadratic in the document's size.
#[derive(Clone, Debug)]
pub struct CharIndex<'a> {
    text: &'a str,
    /// Characters before the start of each block of [`CHAR_BLOCK`] bytes.
    before_block: Vec<usize>,
}

/// Bytes per block of a [`CharIndex`].
pub const CHAR_BLOCK: usize = 256;

/// The characters that start in `bytes`: a character starts at every byte that is not a UTF-8
/// continuation byte (`10xxxxxx`). Sixteen bytes are counted at a time ([`Lanes`]).
fn chars_in(bytes: &[u8]) -> usize {
    let mut count = 0;
    let mut i = 0;
    while i < bytes.len() {
        let lanes = Lanes::at(bytes, i);
        let starts = !lanes.in_range(0x80, 0xBF) & Lanes::first(bytes.len() - i);
        count += starts.mask().count_ones() as usize;
        i += 16;
    }
    count
}

impl<'a> CharIndex<'a> {
    /// Indexes `text` in one pass.
    pub fn new(text: &'a str) -> CharIndex<'a> {
        let bytes = text.as_bytes();
        let mut before_block = Vec::with_capacity(bytes.len() / CHAR_BLOCK + 1);
        let mut count = 0;
        for block in bytes.chunks(CHAR_BLOCK) {
            before_block.push(count);
            count += chars_in(block);
        }
        before_block.push(count);
        CharIndex { text, before_block }
    }

    /// The number of characters before byte `offset` (clamped to the text).
    pub fn chars_before(&self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        let block = offset / CHAR_BLOCK;
        let from = block * CHAR_BLOCK;
        self.before_block[block]
            + self.text.as_bytes()[from..offset]
                .iter()
                .filter(|&&b| (b as i8) >= -0x40)
                .count()
    }
}

/// 1-based line and column (in characters) of byte `offset` in `input`, for messages.
pub fn line_col(input: &str, offset: usize) -> (usize, usize) {
    let offset = crate::text::chars::floor_boundary(input, offset);
    let before = &input[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = input[line_start..offset].chars().count() + 1;
    (line, col)
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn chars_in_counts_the_bytes_that_start_characters(
            bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..70),
        ) {
            let naive = bytes.iter().filter(|&&b| b & 0xC0 != 0x80).count();
            proptest::prop_assert_eq!(chars_in(&bytes), naive);
        }
    }

    #[test]
    fn char_index_counts_like_chars() {
        let text = "Bộ Quốc phòng “Azerbaijan” – ".repeat(40);
        let index = CharIndex::new(&text);
        for (offset, _) in text.char_indices().chain([(text.len(), ' ')]) {
            assert_eq!(index.chars_before(offset), text[..offset].chars().count());
        }
        assert_eq!(index.chars_before(usize::MAX), text.chars().count());
    }

    #[test]
    #[should_panic(expected = "is after its end")]
    fn reversed_span_is_a_bug() {
        Span::new(5, 4);
    }

    #[test]
    fn shifting_moves_both_ends() {
        assert_eq!(Span::new(3, 7).shifted(10), Span::new(13, 17));
    }

    #[test]
    fn char_range_counts_vietnamese_letters_once() {
        let text = "Ông Peskov nói";
        let span = Span::new(text.find("nói").unwrap(), text.len());
        assert_eq!(span.char_range(text), (11, 14));
    }

    #[test]
    fn line_col_is_one_based_and_counts_characters() {
        let text = "một\nhai ba";
        assert_eq!(line_col(text, 0), (1, 1));
        assert_eq!(line_col(text, text.find("ba").unwrap()), (2, 5));
    }
}
