//! The tokenizer's fast path: plain syllables read whole from sixteen classified bytes.

use crate::text::chars::{latin_extended_leads, three_byte_letter_leads};
use crate::text::lanes::Lanes;

/// A word read whole by [`Window::word`].
pub(super) struct FastWord {
    /// Its length in bytes (1 to 15).
    pub(super) len: usize,
    /// Its key's bytes, little-endian, zero past `len`: bytes 0–7 and 8–15.
    pub(super) key: [u64; 2],
    /// Its first letter is a capital.
    pub(super) cap: bool,
}

/// Sixteen bytes of a sentence classified at once ([`Lanes`]), one bit per byte (bit `k` for
/// the byte `k` places on), for the plain words that start in them: a window serves every
/// word that starts and ends in it, two or three Vietnamese syllables, so the classification
/// is paid about once per window, not once per word.
///
/// A plain word is at most fifteen bytes of ASCII letters and digits and the letters
/// [`vietnamese_letter`] reads, ended by a space, by the end of the sentence or by ASCII
/// punctuation that cannot join it to what follows (`-`, `'`, `&` never; `.`, `,`, `/` only
/// after a digit), with no tone for the key to move (`hoà`). Nearly every Vietnamese syllable
/// is one. Anything else goes to the tokenizer's general path, which gives the same key for
/// these words (the tokenizer tests compare the two); every test here that cannot see far
/// enough (a letter at the end of the window) answers "not plain", never a wrong key.
///
/// Vietnamese mixes one-, two- and three-byte letters too irregularly for a processor to
/// predict a branch on each character.
#[derive(Default)]
pub(super) struct Window {
    /// The bytes lower-cased as a key is (`A`→`a`, `Ô`→`ô`, `Ư`→`ư`, `Ạ`→`ạ`), as two
    /// little-endian words.
    lower: [u64; 2],
    /// Bytes of letters: ASCII letters and digits, and the Vietnamese letters, lead and
    /// continuation bytes.
    letters: u32,
    /// First bytes of capital letters.
    capitals: u32,
    /// ASCII digits.
    digits: u32,
    /// An `o` or `u` with a toned letter after it that may be a word's last (its tone moves
    /// onto the `o`/`u` in a key, which only the general path does).
    tone_moves: u32,
}

impl Window {
    /// Classifies the sixteen bytes of `bytes` (the working text) from `i`; the sentence ends
    /// at `end`, and nothing past it is read as part of a word.
    #[inline(always)]
    pub(super) fn classify(bytes: &[u8], i: usize, end: usize) -> Window {
        // `next` and `after_next` are the bytes one and two places on, so that each letter
        // is classified at its lead. They are read from `x` itself (one load, not three): a
        // letter that starts in the last two lanes is not seen whole, so it is not taken for
        // one (`two_byte`, `three_byte` below), and a word reaching it is not plain.
        let x = Lanes::at(bytes, i) & Lanes::first(end.saturating_sub(i));
        let next = x.down::<1>();
        let after_next = x.down::<2>();
        let digit = x.in_range(b'0', b'9');
        let ascii_capital = x.in_range(b'A', b'Z');
        let alnum = digit | ascii_capital | x.in_range(b'a', b'z');
        // The two-byte letters: C3 but × ÷, and Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư.
        let c3 = x.eq(0xC3);
        let latin1 = c3.and_not(next.eq(0x97) | next.eq(0xB7)) & Lanes::first(15);
        let ext = latin_extended_leads(x, next) & Lanes::first(15);
        let e1 = x.eq(0xE1);
        let three_byte = three_byte_letter_leads(x, next, after_next) & Lanes::first(14);
        // À–Þ are C3 80–9E (bit 5 clear), but `ß` C3 9F is a small letter. Of each Latin
        // Extended pair the capital has the even second byte, but `Ư` C6 AF and `ư` C6 B0.
        let capital_plus_20 = latin1.and_not(next.has_bits(0x20) | next.eq(0x9F));
        let capital_plus_1 = ext & (!(next.has_bits(0x01) | next.eq(0xB0)) | next.eq(0xAF));
        let three_byte_capital = three_byte.and_not(after_next.has_bits(0x01));
        let two_byte = latin1 | ext;
        // The bytes of a letter: its lead, then its one or two continuation bytes.
        let letters = alnum
            | two_byte
            | two_byte.up::<1>()
            | three_byte
            | three_byte.up::<1>()
            | three_byte.up::<2>();
        // Lower case: +0x20 on an ASCII capital and on the second byte of `À`–`Þ`, +1 on the
        // last byte of the other capitals.
        let delta = ascii_capital.bits(0x20)
            | capital_plus_20.up::<1>().bits(0x20)
            | capital_plus_1.up::<1>().bits(0x01)
            | three_byte_capital.up::<2>().bits(0x01);
        let lower = x.add(delta);
        let capitals = ascii_capital | capital_plus_20 | capital_plus_1 | three_byte_capital;
        // A key moves a tone only from a word's last letter (or one before a digit) onto an
        // `o` or `u` before it: a letter with an ASCII letter after it (`quốc`, `toàn`,
        // `thuộc`) keeps its tone. Past the window nothing is known, so nothing is kept.
        let o_or_u = lower.eq(b'o') | lower.eq(b'u');
        let ascii_letter = alnum.and_not(digit);
        let keeps = (c3 & ascii_letter.down::<2>()) | (e1 & ascii_letter.down::<3>());
        let toned = (latin1 | three_byte).and_not(keeps);
        Window {
            lower: lower.to_words(),
            letters: letters.mask(),
            capitals: capitals.mask(),
            digits: digit.mask(),
            tone_moves: (o_or_u & toned.down::<1>()).mask(),
        }
    }

    /// The plain word at byte `i` of `bytes`, `o` bytes into this window (`o < 16`), in a
    /// sentence that ends at `end`; `None` when the word there is not plain or not seen whole.
    #[inline(always)]
    pub(super) fn word(&self, bytes: &[u8], o: usize, i: usize, end: usize) -> Option<FastWord> {
        let len = (!(self.letters >> o)).trailing_zeros() as usize;
        // A word that reaches the window's end may go on past it.
        if len == 0 || o + len >= 16 {
            return None;
        }
        let lanes = ((1u32 << len) - 1) << o;
        if self.tone_moves & lanes != 0 {
            return None;
        }
        let last_is_digit = self.digits >> (o + len - 1) & 1 != 0;
        // What the general path would do with the character after the word: a joiner may
        // join it to what follows, a non-ASCII character may be a letter or a joiner (`’`).
        let may_go_on = match bytes.get(i + len).filter(|_| i + len < end) {
            None | Some(b' ') => false,
            Some(b'-' | b'\'' | b'&') => true,
            Some(b'.' | b',' | b'/') => last_is_digit,
            Some(&stop) => stop >= 0x80 || stop.is_ascii_alphanumeric(),
        };
        if may_go_on {
            return None;
        }
        // The key: the lower-cased bytes from `o`, cut to the word (shifts of whole words:
        // no per-byte work).
        let [lo, hi] = self.lower;
        let shift = 8 * (o % 8) as u32;
        let (first, second) = if o < 8 {
            let carried = if shift == 0 { 0 } else { hi << (64 - shift) };
            ((lo >> shift) | carried, hi >> shift)
        } else {
            (hi >> shift, 0)
        };
        let cut = |word: u64, bytes: usize| match bytes {
            0 => 0,
            1..=7 => word & ((1u64 << (8 * bytes)) - 1),
            _ => word,
        };
        Some(FastWord {
            len,
            key: [cut(first, len), cut(second, len.saturating_sub(8))],
            cap: self.capitals >> o & 1 != 0,
        })
    }
}

/// The plain word at byte `i` of `bytes` (in a sentence ending at `end`), read from `window`
/// when it starts in it, else from a new window classified at `i`.
#[inline(always)]
pub(super) fn fast_word(
    window: &mut (usize, Window),
    bytes: &[u8],
    i: usize,
    end: usize,
) -> Option<FastWord> {
    let (start, classes) = window;
    if i >= *start && i < *start + 16 {
        if let Some(word) = classes.word(bytes, i - *start, i, end) {
            return Some(word);
        }
        if i == *start {
            return None;
        }
    }
    *window = (i, Window::classify(bytes, i, end));
    window.1.word(bytes, 0, i, end)
}
