//! A token's match key, held inline, and the hash phrase indexes look it up by.

use std::ops::Deref;

/// A token's lower-case match key ([`crate::text::keys::match_key`]), stored inline when it is
/// short, as nearly every Vietnamese syllable is: tokenising an article then allocates nothing
/// per token. It reads as a `str`.
#[derive(Clone)]
pub struct Key(KeyRepr);

/// Bytes a [`Key`] holds without a heap allocation (the longest Vietnamese syllable,
/// `nghiêng`, is 8 bytes; `Nagorno-Karabakh` is 16). Keys are never changed once made.
pub(super) const INLINE_KEY: usize = 22;

#[derive(Clone)]
enum KeyRepr {
    /// `bytes[..len]` is UTF-8: only [`Key::inline`] and [`Key::from_utf8_unchecked`] make
    /// one, and keys are never changed once made.
    Inline {
        len: u8,
        bytes: [u8; INLINE_KEY],
    },
    Heap(Box<str>),
}

impl Key {
    /// The match key of `text` (equal to [`crate::text::keys::match_key`] of it), without an
    /// allocation in the hot case (`KeyWriter`'s).
    pub fn new(text: &str) -> Key {
        let mut writer = KeyWriter::new();
        for (i, c) in text.char_indices() {
            writer.push(c, &text.as_bytes()[i..i + c.len_utf8()]);
        }
        writer
            .key()
            .unwrap_or_else(|| Key::from(crate::text::keys::match_key(text)))
    }

    fn inline(s: &str) -> Key {
        debug_assert!(s.len() <= INLINE_KEY);
        let mut bytes = [0; INLINE_KEY];
        bytes[..s.len()].copy_from_slice(s.as_bytes());
        // SAFETY: the bytes of a whole `&str`.
        unsafe { Key::from_utf8_unchecked(s.len(), bytes) }
    }

    /// An inline key of `bytes[..len]`, written by the tokenizer without a UTF-8 check (it
    /// runs for every token of every article).
    ///
    /// # Safety
    /// `len <= INLINE_KEY` and `bytes[..len]` is UTF-8. The writers and why each holds it:
    /// - `KeyWriter::key`: the bytes `KeyWriter::push`, `push_letter` and `push_ascii` wrote,
    ///   each character's UTF-8 with only its last byte raised to that of its small letter
    ///   (same length, no carry: checked in `push` and by the `letter_tests_agree_with_unicode`
    ///   test over every code point), or an ASCII letter or digit in lower case;
    /// - `KeyWriter::moved_key`: whole characters written with `char::encode_utf8`;
    /// - the tokenizer's punctuation path: one ASCII byte;
    /// - its plain-word path (`fast::Window::word`): whole letters with the same raised last
    ///   bytes; it ends a word only before a byte that starts a character, because
    ///   `Window::classify` counts no lead byte whose continuation bytes lie past its sixteen
    ///   (the `Lanes::first(15)` and `first(14)` masks) and a sentence's end is a character
    ///   boundary.
    ///
    /// Debug builds check it.
    #[inline(always)]
    pub(super) unsafe fn from_utf8_unchecked(len: usize, bytes: [u8; INLINE_KEY]) -> Key {
        debug_assert!(len <= INLINE_KEY && std::str::from_utf8(&bytes[..len]).is_ok());
        Key(KeyRepr::Inline {
            len: len as u8,
            bytes,
        })
    }

    /// The key as a string slice.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: `bytes[..len]` is UTF-8, the invariant of the only two constructors
            // (`Key::inline`, `Key::from_utf8_unchecked`).
            KeyRepr::Inline { len, bytes } => unsafe {
                std::str::from_utf8_unchecked(&bytes[..usize::from(*len)])
            },
            KeyRepr::Heap(s) => s,
        }
    }

    /// The key's bytes (comparisons need no UTF-8 view).
    pub fn as_bytes(&self) -> &[u8] {
        match &self.0 {
            KeyRepr::Inline { len, bytes } => &bytes[..usize::from(*len)],
            KeyRepr::Heap(s) => s.as_bytes(),
        }
    }
}

impl From<String> for Key {
    fn from(s: String) -> Key {
        if s.len() <= INLINE_KEY {
            Key::inline(&s)
        } else {
            Key(KeyRepr::Heap(s.into_boxed_str()))
        }
    }
}

impl Deref for Key {
    type Target = str;
    fn deref(&self) -> &str {
        self.as_str()
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl Eq for Key {}

impl PartialEq<str> for Key {
    fn eq(&self, other: &str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<&str> for Key {
    fn eq(&self, other: &&str) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl PartialEq<String> for Key {
    fn eq(&self, other: &String) -> bool {
        self.as_bytes() == other.as_bytes()
    }
}

impl std::fmt::Debug for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(self.as_str(), f)
    }
}

impl std::fmt::Display for Key {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The hash of a word's match key, computed once per token: phrase indexes look tokens up by
/// it without hashing strings again. Every hit is confirmed by comparing the words, so a
/// collision costs a comparison, never a wrong match. Fixed (no random seed): lookups only,
/// nothing is ever iterated in hash order.
pub fn word_hash(key: &str) -> u64 {
    hash_bytes(key.as_bytes())
}

#[inline]
fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h: u64 = bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for chunk in &mut chunks {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        h = hash_mix(h, u64::from_le_bytes(word));
    }
    let rest = chunks.remainder();
    if !rest.is_empty() {
        let mut word = [0u8; 8];
        word[..rest.len()].copy_from_slice(rest);
        h = hash_mix(h, u64::from_le_bytes(word));
    }
    hash_finish(h)
}

/// One step of [`word_hash`]: the next 8 bytes of the key, little-endian, zero-padded.
#[inline(always)]
fn hash_mix(h: u64, word: u64) -> u64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    (h.rotate_left(5) ^ word).wrapping_mul(K)
}

/// The last step of [`word_hash`].
#[inline(always)]
fn hash_finish(h: u64) -> u64 {
    // Spread the high bits down: hashbrown takes its bucket from the low bits.
    h ^ (h >> 29)
}

/// [`word_hash`] of a key of `len` bytes held as little-endian 64-bit words, zero past `len`
/// ([`hash_bytes`] reads the same zero-padded 8-byte chunks).
#[inline(always)]
pub(super) fn hash_of_words<const N: usize>(len: usize, words: &[u64; N]) -> u64 {
    let mut h = len as u64;
    for (k, &w) in words.iter().enumerate() {
        if 8 * k < len {
            h = hash_mix(h, w);
        }
    }
    hash_finish(h)
}

/// An inline key's byte array from the key's bytes as little-endian 64-bit words (at most
/// `INLINE_KEY` bytes' worth).
#[inline(always)]
pub(super) fn inline_key_bytes<const N: usize>(words: &[u64; N]) -> [u8; INLINE_KEY] {
    let mut all = [0u8; KEY_WORDS * 8];
    for (chunk, w) in all.chunks_exact_mut(8).zip(words) {
        chunk.copy_from_slice(&w.to_le_bytes());
    }
    let mut bytes = [0u8; INLINE_KEY];
    bytes.copy_from_slice(&all[..INLINE_KEY]);
    bytes
}

/// A key being written while a word is scanned, in the hot case: letters whose lower case
/// needs no table and keeps its length (what [`crate::text::keys::simple_lowercase`] maps).
/// Once a character falls outside it, the key is computed from the word's text instead.
///
/// The bytes are gathered into little-endian 64-bit words, which stay in registers: writing
/// them byte by byte to memory and reading them back whole (to hash, to copy into the token)
/// stalls the processor on every token.
pub(super) struct KeyWriter {
    pub(super) len: usize,
    /// `words[k]` holds key bytes `8k..8k + 8`, little-endian, zero past `len`.
    words: [u64; KEY_WORDS],
    /// The last byte written (0 before the first).
    last: u8,
    pub(super) ok: bool,
    /// An `o` or `u` is followed by a vowel that may carry a tone to move (`hoà`): the general
    /// path decides.
    may_move: bool,
}

/// 64-bit words a [`KeyWriter`] holds: enough for [`INLINE_KEY`] bytes.
const KEY_WORDS: usize = INLINE_KEY.div_ceil(8);

impl KeyWriter {
    pub(super) fn new() -> KeyWriter {
        KeyWriter {
            len: 0,
            words: [0; KEY_WORDS],
            last: 0,
            ok: true,
            may_move: false,
        }
    }

    /// Appends one byte; the caller has checked that it fits.
    #[inline(always)]
    fn put(&mut self, b: u8) {
        self.words[self.len / 8] |= u64::from(b) << ((self.len % 8) * 8);
        self.len += 1;
        self.last = b;
    }

    /// Appends the lower case of `c`, whose UTF-8 bytes in the text are `src`. These lower
    /// cases keep the length and differ from the capital in the last byte only (`À` C3 80 →
    /// `à` C3 A0, `Ạ` E1 BA A0 → `ạ` E1 BA A1), so the bytes are copied and that one adjusted.
    #[inline(always)]
    pub(super) fn push(&mut self, c: char, src: &[u8]) {
        if !self.ok {
            return;
        }
        let n = src.len();
        debug_assert_eq!(n, c.len_utf8(), "`src` must be the UTF-8 of `c`");
        match crate::text::keys::simple_lowercase(c) {
            Some(lower) if self.len + n <= INLINE_KEY => {
                let delta = u32::from(lower) - u32::from(c);
                debug_assert!(lower.len_utf8() == n && delta <= 0x20);
                if self.len > 0 && matches!(self.last, b'o' | b'u') && matches!(src[0], 0xC3 | 0xE1)
                {
                    self.may_move = true;
                }
                // `delta` is 0, 1 or 0x20 and never carries out of the last byte.
                for (k, &b) in src.iter().enumerate() {
                    self.put(if k + 1 == n { b + delta as u8 } else { b });
                }
            }
            _ => self.ok = false,
        }
    }

    /// Appends a letter read by [`vietnamese_letter`]: its bytes `src` with the last one
    /// replaced by `last` (its small letter's).
    #[inline(always)]
    pub(super) fn push_letter(&mut self, src: &[u8], last: u8) {
        if !self.ok {
            return;
        }
        if self.len + src.len() > INLINE_KEY {
            self.ok = false;
            return;
        }
        // A letter led by 0xC3 or 0xE1 may carry a tone that has to move onto a preceding
        // o/u (as in `push`); `ă đ ĩ ũ ơ ư` carry none.
        if self.len > 0 && matches!(self.last, b'o' | b'u') && matches!(src[0], 0xC3 | 0xE1) {
            self.may_move = true;
        }
        let (head, _) = src.split_at(src.len() - 1);
        for &b in head {
            self.put(b);
        }
        self.put(last);
    }

    /// Appends an ASCII letter or digit (`b` < 0x80, alphanumeric): the hottest case, with no
    /// decoding and no table.
    #[inline(always)]
    pub(super) fn push_ascii(&mut self, b: u8) {
        debug_assert!(b.is_ascii_alphanumeric());
        if !self.ok {
            return;
        }
        if self.len < INLINE_KEY {
            self.put(b.to_ascii_lowercase());
        } else {
            self.ok = false;
        }
    }

    /// The bytes written, as an inline key's array.
    pub(super) fn bytes(&self) -> [u8; INLINE_KEY] {
        inline_key_bytes(&self.words)
    }

    /// The key written, when every character took the hot path.
    fn key(&self) -> Option<Key> {
        // SAFETY: what `push`, `push_letter` and `push_ascii` write (see
        // `Key::from_utf8_unchecked`).
        (self.ok && !self.may_move)
            .then(|| unsafe { Key::from_utf8_unchecked(self.len, self.bytes()) })
    }

    /// [`word_hash`] of the bytes written, from the words in hand.
    fn hash(&self) -> u64 {
        hash_of_words(self.len, &self.words)
    }

    /// The key when a tone may have to move: the lower case is written, so the move is made
    /// on it in place of the general path's allocation (`của` is among the commonest words).
    fn moved_key(&self) -> Option<Key> {
        if !self.ok {
            return None;
        }
        let written = self.bytes();
        // UTF-8: see the SAFETY note in `Key::as_str`; checked here all the same.
        let lower = std::str::from_utf8(&written[..self.len]).ok()?;
        let mut bytes = [0u8; INLINE_KEY];
        let mut len = 0;
        let mut fits = true;
        crate::text::keys::move_tones_each(lower, |c| {
            let n = c.len_utf8();
            if len + n <= INLINE_KEY {
                c.encode_utf8(&mut bytes[len..len + n]);
                len += n;
            } else {
                fits = false;
            }
        });
        // SAFETY: whole characters written by `char::encode_utf8`.
        fits.then(|| unsafe { Key::from_utf8_unchecked(len, bytes) })
    }

    /// The key of `text` (the word just scanned) and its [`word_hash`].
    pub(super) fn finish(self, text: &str) -> (Key, u64) {
        if self.may_move {
            if let Some(key) = self.moved_key() {
                debug_assert_eq!(key.as_str(), crate::text::keys::match_key(text));
                let hash = word_hash(&key);
                return (key, hash);
            }
        }
        match self.key() {
            Some(key) => {
                let hash = self.hash();
                debug_assert_eq!(hash, word_hash(&key));
                (key, hash)
            }
            None => {
                let key = Key::from(crate::text::keys::match_key(text));
                let hash = word_hash(&key);
                (key, hash)
            }
        }
    }
}
