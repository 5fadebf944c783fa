//! Words of a sentence, for the grammar and attribution stages.
//!
//! Vietnamese writes one syllable per space-separated token, so a multi-word cue like
//! `cho biết thêm` is a run of tokens. Tokens keep numbers, dates and hyphenated names whole
//! (`40.000`, `3,5`, `19/9`, `3-10`, `Nagorno-Karabakh`, `Su-25SM3`) and split punctuation into
//! one token per character. Matching is by lower-cased text; positions stay byte ranges of the
//! working text.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::{Deref, Range};

use crate::lanes::Lanes;

/// A token's lower-case match key ([`crate::normalize::match_key`]), stored inline when it is
/// short, as nearly every Vietnamese syllable is: tokenising an article then allocates nothing
/// per token. It reads as a `str`.
#[derive(Clone)]
pub struct Key(KeyRepr);

/// Bytes a [`Key`] holds without a heap allocation (the longest Vietnamese syllable,
/// `nghiêng`, is 8 bytes; `Nagorno-Karabakh` is 16). Keys are never changed once made.
const INLINE_KEY: usize = 22;

#[derive(Clone)]
enum KeyRepr {
    /// `bytes[..len]` is UTF-8: see the SAFETY note in [`Key::as_str`] for every writer.
    Inline {
        len: u8,
        bytes: [u8; INLINE_KEY],
    },
    Heap(Box<str>),
}

impl Key {
    /// The match key of `text` (equal to [`crate::normalize::match_key`] of it), without an
    /// allocation in the hot case (`KeyWriter`'s).
    pub fn new(text: &str) -> Key {
        let mut writer = KeyWriter::new();
        for (i, c) in text.char_indices() {
            writer.push(c, &text.as_bytes()[i..i + c.len_utf8()]);
        }
        writer
            .key()
            .unwrap_or_else(|| Key::from(crate::normalize::match_key(text)))
    }

    fn inline(s: &str) -> Key {
        debug_assert!(s.len() <= INLINE_KEY);
        let mut bytes = [0; INLINE_KEY];
        bytes[..s.len()].copy_from_slice(s.as_bytes());
        Key(KeyRepr::Inline {
            len: s.len() as u8,
            bytes,
        })
    }

    /// The key as a string slice.
    pub fn as_str(&self) -> &str {
        match &self.0 {
            // SAFETY: `bytes[..len]` is UTF-8 on every path that makes an inline key:
            // `Key::inline` copies the bytes of a whole `&str`; `KeyWriter::key` hands over the
            // bytes `KeyWriter::push` and `KeyWriter::push_ascii` wrote: each character's UTF-8
            // with only its last byte raised to that of its small letter (same length, no
            // carry: checked in `push` and by the `letter_tests_agree_with_unicode` test over
            // every code point), or an ASCII letter or digit in lower case; and
            // `KeyWriter::moved_key` writes whole characters with `char::encode_utf8`; and
            // `Window::word` gives the UTF-8 of whole letters with the same raised last bytes:
            // it ends a word only before a byte that starts a character, because
            // `Window::classify` counts no lead byte whose continuation bytes lie past its
            // sixteen (the `Lanes::first(15)` and `first(14)` masks) and the sentence's `end`
            // is a character boundary. Nothing else writes
            // them, and keys are never changed once made.
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
fn hash_of_words<const N: usize>(len: usize, words: &[u64; N]) -> u64 {
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
fn inline_key_bytes<const N: usize>(words: &[u64; N]) -> [u8; INLINE_KEY] {
    let mut all = [0u8; KEY_WORDS * 8];
    for (chunk, w) in all.chunks_exact_mut(8).zip(words) {
        chunk.copy_from_slice(&w.to_le_bytes());
    }
    let mut bytes = [0u8; INLINE_KEY];
    bytes.copy_from_slice(&all[..INLINE_KEY]);
    bytes
}

/// A hasher for keys that are already hashes ([`word_hash`]).
#[derive(Default)]
pub struct PassThrough(u64);

impl Hasher for PassThrough {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        // Only `write_u64` is used by `WordMap`; anything else still hashes, slowly.
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

/// A map from [`word_hash`] to what is indexed under that word.
///
/// Every token of an article asks several of these maps about its word (is it a cue, a title,
/// an alias?) and nearly every answer is no. A bit per hash bucket, set for each key, answers
/// most of those noes from one cached word, before the hash table is probed.
#[derive(Clone)]
pub struct WordMap<V> {
    map: HashMap<u64, V, BuildHasherDefault<PassThrough>>,
    filter: [u64; FILTER_WORDS],
}

/// 64-bit words of a [`WordMap`]'s filter: 4,096 bits, half a kilobyte. A few hundred keys
/// leave most bits clear.
const FILTER_WORDS: usize = 64;

/// The filter bit of `hash`: bits that the hash table's bucket choice (the low bits) does not
/// use, so a bucket's keys do not share one bit.
#[inline(always)]
fn filter_bit(hash: u64) -> (usize, u64) {
    let bit = (hash >> 40) as usize % (FILTER_WORDS * 64);
    (bit / 64, 1 << (bit % 64))
}

impl<V> Default for WordMap<V> {
    fn default() -> WordMap<V> {
        WordMap {
            map: HashMap::default(),
            filter: [0; FILTER_WORDS],
        }
    }
}

impl<V: std::fmt::Debug> std::fmt::Debug for WordMap<V> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_map().entries(self.map.iter()).finish()
    }
}

impl<V> WordMap<V> {
    /// The value under `hash`, made with `V::default()` when there is none yet.
    pub fn entry_or_default(&mut self, hash: u64) -> &mut V
    where
        V: Default,
    {
        let (word, bit) = filter_bit(hash);
        self.filter[word] |= bit;
        self.map.entry(hash).or_default()
    }

    /// Sets the value under `hash`.
    pub fn insert(&mut self, hash: u64, value: V) {
        let (word, bit) = filter_bit(hash);
        self.filter[word] |= bit;
        self.map.insert(hash, value);
    }

    /// The value under `hash`.
    #[inline]
    pub fn get(&self, hash: &u64) -> Option<&V> {
        let (word, bit) = filter_bit(*hash);
        if self.filter[word] & bit == 0 {
            return None;
        }
        self.map.get(hash)
    }

    /// True when something is indexed under `hash`.
    #[inline]
    pub fn contains_key(&self, hash: &u64) -> bool {
        self.get(hash).is_some()
    }

    /// The keys, in no order (for building sets).
    pub fn keys(&self) -> impl Iterator<Item = &u64> {
        self.map.keys()
    }

    /// The values, in no order, to change them in place.
    pub fn values_mut(&mut self) -> impl Iterator<Item = &mut V> {
        self.map.values_mut()
    }
}

impl<V> FromIterator<(u64, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (u64, V)>>(iter: I) -> WordMap<V> {
        let mut map = WordMap::default();
        for (hash, value) in iter {
            map.insert(hash, value);
        }
        map
    }
}

/// One token of the working text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the working text.
    pub range: Range<usize>,
    /// Lower-cased text with one tone-mark placement ([`crate::normalize::match_key`]).
    pub lower: Key,
    /// [`word_hash`] of `lower`.
    pub hash: u64,
    /// A word (letters or digits), not punctuation.
    pub word: bool,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Lies inside an outer quotation (its marks excluded).
    pub quoted: bool,
}

impl Token {
    /// True when the token is this punctuation character.
    #[inline]
    pub fn is(&self, c: char) -> bool {
        self.punctuation() == Some(c)
    }

    /// True for a punctuation token that is one of `chars`.
    #[inline]
    pub fn is_any(&self, chars: &str) -> bool {
        // A scan of the few characters: `str::contains(char)` searches for the character's
        // UTF-8 as a substring, a library call per question.
        self.punctuation()
            .is_some_and(|c| chars.chars().any(|x| x == c))
    }

    /// The character of a one-character punctuation token.
    #[inline]
    fn punctuation(&self) -> Option<char> {
        if self.word {
            return None;
        }
        let mut chars = self.lower.chars();
        let c = chars.next()?;
        chars.next().is_none().then_some(c)
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_letter(c) || c.is_numeric() || unicode_normalization::char::canonical_combining_class(c) != 0
}

/// `char::is_alphabetic`, answered without a table lookup for ASCII and the Latin blocks
/// Vietnamese is written in (the hot case: every character of every article).
#[inline]
pub fn is_letter(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xC0..=0x24F => c != '×' && c != '÷',
        0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

/// `char::is_lowercase`, without the Unicode tables for the letters Vietnamese is written in.
#[inline]
pub fn is_lower(c: char) -> bool {
    match crate::normalize::simple_lowercase(c) {
        Some(lower) => lower == c && is_letter(c),
        None => c.is_lowercase(),
    }
}

/// `char::is_uppercase`, without the Unicode tables for the letters Vietnamese is written in.
#[inline]
pub fn is_upper(c: char) -> bool {
    match crate::normalize::simple_lowercase(c) {
        Some(lower) => lower != c,
        None => c.is_uppercase(),
    }
}

/// Whether the character starting at byte `i` of `bytes` (valid UTF-8, `i` on a boundary) is
/// upper-case, told from its bytes alone for the letters [`vietnamese_letter`] reads (Latin-1
/// `À`–`ÿ` but `×` `÷`, `Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư`, and `Ạ`–`ỹ`); `None` when the character
/// must be decoded and asked ([`is_upper`]).
#[inline]
pub(crate) fn upper_by_bytes(bytes: &[u8], i: usize) -> Option<bool> {
    // A capital is the letter whose small form differs (in its last byte).
    vietnamese_letter(bytes, i).map(|(n, last)| last != bytes[i + n - 1])
}

/// The first byte at or after `from` that is one of `set`. Sixteen bytes are tested at a time
/// ([`Lanes`]): a scan for rare bytes (quotation marks, date separators) then costs well under
/// an instruction per byte.
pub(crate) fn find_byte_of<const N: usize>(
    bytes: &[u8],
    from: usize,
    set: [u8; N],
) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        // Zeros past the end: a zero in `set` could be found there, so the answer is bounded.
        let x = Lanes::at(bytes, i);
        let mut found = Lanes::splat(0);
        for &b in &set {
            found = found | x.eq(b);
        }
        let found = found.mask();
        if found != 0 {
            let at = i + found.trailing_zeros() as usize;
            return (at < bytes.len()).then_some(at);
        }
        i += 16;
    }
    None
}

/// The first character at or after byte `from` (a character boundary of UTF-8 `bytes`) that
/// may be a capital or a sentence terminator (`.` `!` `?` `…`): what the sentence splitter
/// stops at. Every character for which that may hold is returned, and some others (the
/// caller tells them apart); the small Vietnamese letters (`à`–`ÿ`, `ạ`–`ỹ`, `ă đ ĩ ũ ơ
/// ư`), the bulk of the non-ASCII text, are passed over with the rest of the lower case.
///
/// Sixteen bytes are classified at a time ([`Lanes`]), without a branch per character:
/// Vietnamese text alternates ASCII and non-ASCII letters too irregularly for a processor to
/// predict a branch on each.
pub(crate) fn next_capital_or_stop(bytes: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while i < bytes.len() {
        // Zeros past the end are neither capitals nor stops. A character's last byte may lie
        // two bytes past the lane of its first, so the bytes one and two on are read from the
        // same sixteen and only the first fourteen lanes are answered for.
        let x = Lanes::at(bytes, i);
        let next = x.down::<1>();
        let after_next = x.down::<2>();
        let capital = x.in_range(b'A', b'Z');
        let stop = x.eq(b'.') | x.eq(b'!') | x.eq(b'?');
        let lead = x.at_least(0xC0);
        // `à`–`ÿ`: C3 then A0–BF, the continuation byte's bit 5 set.
        let small_latin1 = x.eq(0xC3) & next.has_bits(0x20);
        // `ạ`–`ỹ` (and the rest of E1 BA/BB): an odd last byte.
        let small_extended =
            x.eq(0xE1) & (next.eq(0xBA) | next.eq(0xBB)) & after_next.has_bits(0x01);
        let small_ext_ab = (x.eq(0xC4) & (next.eq(0x83) | next.eq(0x91) | next.eq(0xA9)))
            | (x.eq(0xC5) & next.eq(0xA9))
            | (x.eq(0xC6) & (next.eq(0xA1) | next.eq(0xB0)));
        let small = small_latin1 | small_extended | small_ext_ab;
        let wanted = (capital | stop | lead.and_not(small)).mask() & 0x3FFF;
        if wanted != 0 {
            return Some(i + wanted.trailing_zeros() as usize);
        }
        i += 14;
    }
    None
}

/// The lead bytes of `Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư` among the lanes `x`, given the bytes one on
/// (`next`). Shared by [`Window::classify`] and [`plain_text`].
#[inline(always)]
fn latin_extended_leads(x: Lanes, next: Lanes) -> Lanes {
    // `next` with bit 0 cleared folds each pair onto its capital.
    let pair = next.bits(0xFE);
    (x.eq(0xC4) & (pair.eq(0x82) | pair.eq(0x90) | pair.eq(0xA8)))
        | (x.eq(0xC5) & pair.eq(0xA8))
        | (x.eq(0xC6) & (pair.eq(0xA0) | next.eq(0xAF) | next.eq(0xB0)))
}

/// The lead bytes of `Ạ`–`ỹ` (U+1EA0–U+1EF9: E1 BA A0–BF, E1 BB 80–B9) among the lanes
/// `x`, given the bytes one and two on. Shared by [`Window::classify`] and [`plain_text`].
#[inline(always)]
fn three_byte_letter_leads(x: Lanes, next: Lanes, after_next: Lanes) -> Lanes {
    x.eq(0xE1)
        & ((next.eq(0xBA) & after_next.at_least(0xA0))
            | (next.eq(0xBB) & after_next.in_range(0x80, 0xB9)))
}

/// A word read whole by [`Window::word`].
struct FastWord {
    /// Its length in bytes (1 to 15).
    len: usize,
    /// Its key's bytes, little-endian, zero past `len`: bytes 0–7 and 8–15.
    key: [u64; 2],
    /// Its first letter is a capital.
    cap: bool,
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
struct Window {
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
    fn classify(bytes: &[u8], i: usize, end: usize) -> Window {
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
    fn word(&self, bytes: &[u8], o: usize, i: usize, end: usize) -> Option<FastWord> {
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
fn fast_word(window: &mut (usize, Window), bytes: &[u8], i: usize, end: usize) -> Option<FastWord> {
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

/// True when every character of `text` is plain: an ASCII character that is printable, a tab
/// or a line feed, a letter of the Vietnamese alphabet (precomposed, with its tone: `À Á Â Ã
/// È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý`, their small letters, `Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư` and `Ạ`–`ỹ`), or
/// another character that `other_plain` accepts. Sixteen bytes are tested at a time
/// ([`Lanes`]); only the characters that are none of these are decoded.
pub(crate) fn plain_text(text: &str, other_plain: impl Fn(char) -> bool) -> bool {
    let bytes = text.as_bytes();
    let plain_at = |at: usize| text[at..].chars().next().is_some_and(&other_plain);
    let mut i = 0;
    while i < bytes.len() {
        // The bytes one and two on are read from the same sixteen, so only the first fourteen
        // lanes (and none past the end) are answered for.
        let x = Lanes::at(bytes, i);
        let next = x.down::<1>();
        let after_next = x.down::<2>();
        let answered = Lanes::first((bytes.len() - i).min(14)).mask();
        let printable = x.in_range(0x20, 0x7E) | x.eq(b'\t') | x.eq(b'\n');
        let control = (!x.at_least(0x80)).and_not(printable);
        if control.mask() & answered != 0 {
            return false;
        }
        // À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý: C3 80–9D, their small letters 0x20 above.
        let folded = next.bits(0xDF);
        let latin1 = x.eq(0xC3)
            & (folded.in_range(0x80, 0x83)
                | folded.in_range(0x88, 0x8A)
                | folded.in_range(0x8C, 0x8D)
                | folded.in_range(0x92, 0x95)
                | folded.in_range(0x99, 0x9A)
                | folded.eq(0x9D));
        let known =
            latin1 | latin_extended_leads(x, next) | three_byte_letter_leads(x, next, after_next);
        let mut others = x.at_least(0xC0).and_not(known).mask() & answered;
        while others != 0 {
            if !plain_at(i + others.trailing_zeros() as usize) {
                return false;
            }
            others &= others - 1;
        }
        i += 14;
    }
    true
}

/// The character starting at byte `i` of `bytes` (a whole `str`, so valid UTF-8 with `i` on a
/// character boundary) and its length, decoded without the checks `str::chars` repeats.
#[inline]
fn decode(bytes: &[u8], i: usize) -> Option<(char, usize)> {
    let b0 = *bytes.get(i)?;
    let cont = |k: usize| u32::from(bytes.get(i + k).copied().unwrap_or(0x80) & 0x3F);
    let (code, len) = match b0 {
        0..=0x7F => return Some((char::from(b0), 1)),
        0xC0..=0xDF => ((u32::from(b0 & 0x1F) << 6) | cont(1), 2),
        0xE0..=0xEF => ((u32::from(b0 & 0x0F) << 12) | (cont(1) << 6) | cont(2), 3),
        _ => (
            (u32::from(b0 & 0x07) << 18) | (cont(1) << 12) | (cont(2) << 6) | cont(3),
            4,
        ),
    };
    Some((
        char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER),
        len,
    ))
}

/// `char::is_alphanumeric`, through [`is_letter`] for the letters of Vietnamese.
#[inline]
fn is_alphanumeric(c: char) -> bool {
    is_letter(c) || (!c.is_ascii() && c.is_numeric()) || c.is_ascii_digit()
}

/// `char::is_whitespace`, with the ASCII answer first.
#[inline]
fn is_space(c: char) -> bool {
    match c {
        '\t'..='\r' | ' ' => true,
        '\0'..='\x7F' => false,
        _ => c.is_whitespace(),
    }
}

/// A key being written while a word is scanned, in the hot case: letters whose lower case
/// needs no table and keeps its length (what [`crate::normalize::simple_lowercase`] maps).
/// Once a character falls outside it, the key is computed from the word's text instead.
///
/// The bytes are gathered into little-endian 64-bit words, which stay in registers: writing
/// them byte by byte to memory and reading them back whole (to hash, to copy into the token)
/// stalls the processor on every token.
struct KeyWriter {
    len: usize,
    /// `words[k]` holds key bytes `8k..8k + 8`, little-endian, zero past `len`.
    words: [u64; KEY_WORDS],
    /// The last byte written (0 before the first).
    last: u8,
    ok: bool,
    /// An `o` or `u` is followed by a vowel that may carry a tone to move (`hoà`): the general
    /// path decides.
    may_move: bool,
}

/// 64-bit words a [`KeyWriter`] holds: enough for [`INLINE_KEY`] bytes.
const KEY_WORDS: usize = INLINE_KEY.div_ceil(8);

impl KeyWriter {
    fn new() -> KeyWriter {
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
    fn push(&mut self, c: char, src: &[u8]) {
        if !self.ok {
            return;
        }
        let n = src.len();
        debug_assert_eq!(n, c.len_utf8(), "`src` must be the UTF-8 of `c`");
        match crate::normalize::simple_lowercase(c) {
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
    fn push_letter(&mut self, src: &[u8], last: u8) {
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
    fn push_ascii(&mut self, b: u8) {
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
    fn bytes(&self) -> [u8; INLINE_KEY] {
        inline_key_bytes(&self.words)
    }

    /// The key written, when every character took the hot path.
    fn key(&self) -> Option<Key> {
        (self.ok && !self.may_move).then(|| {
            Key(KeyRepr::Inline {
                len: self.len as u8,
                bytes: self.bytes(),
            })
        })
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
        crate::normalize::move_tones_each(lower, |c| {
            let n = c.len_utf8();
            if len + n <= INLINE_KEY {
                c.encode_utf8(&mut bytes[len..len + n]);
                len += n;
            } else {
                fits = false;
            }
        });
        fits.then_some(Key(KeyRepr::Inline {
            len: len as u8,
            bytes,
        }))
    }

    /// The key of `text` (the word just scanned) and its [`word_hash`].
    fn finish(self, text: &str) -> (Key, u64) {
        if self.may_move {
            if let Some(key) = self.moved_key() {
                debug_assert_eq!(key.as_str(), crate::normalize::match_key(text));
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
                let key = Key::from(crate::normalize::match_key(text));
                let hash = word_hash(&key);
                (key, hash)
            }
        }
    }
}

/// The common Vietnamese letters, read from their bytes at `at`: Latin-1 `À`–`ÿ` (but `×`,
/// `÷`), the six pairs Vietnamese takes from Latin Extended-A and -B (`Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ
/// Ư ư`: `đ`, `ư` and `ơ` are in many of the commonest syllables, `được`, `người`) and Latin
/// Extended Additional `Ạ`–`ỹ`. Returns the letter's length in bytes and the
/// last byte of its small letter (the other bytes are the same: what
/// [`crate::normalize::simple_lowercase`] maps these to); `None` for anything else, which the
/// caller decodes.
#[inline(always)]
fn vietnamese_letter(bytes: &[u8], at: usize) -> Option<(usize, u8)> {
    match *bytes.get(at)? {
        0xC3 => {
            let b1 = *bytes.get(at + 1)?;
            match b1 {
                0x97 | 0xB7 => None,
                0x80..=0x9E => Some((2, b1 + 0x20)),
                0x9F..=0xBF => Some((2, b1)),
                _ => None,
            }
        }
        // Capitals are the first of each pair, their small letters the next code point,
        // one more in the last byte (`Ư` C6 AF → `ư` C6 B0).
        0xC4 => match *bytes.get(at + 1)? {
            b1 @ (0x82 | 0x90 | 0xA8) => Some((2, b1 + 1)),
            b1 @ (0x83 | 0x91 | 0xA9) => Some((2, b1)),
            _ => None,
        },
        0xC5 => match *bytes.get(at + 1)? {
            b1 @ 0xA8 => Some((2, b1 + 1)),
            b1 @ 0xA9 => Some((2, b1)),
            _ => None,
        },
        0xC6 => match *bytes.get(at + 1)? {
            b1 @ (0xA0 | 0xAF) => Some((2, b1 + 1)),
            b1 @ (0xA1 | 0xB0) => Some((2, b1)),
            _ => None,
        },
        0xE1 => {
            let (b1, b2) = (*bytes.get(at + 1)?, *bytes.get(at + 2)?);
            if !matches!(b1, 0xBA | 0xBB) {
                return None;
            }
            let code = 0x1E00 | (u32::from(b1 & 0x3F) << 6) | u32::from(b2 & 0x3F);
            // Capitals are even, their small letters the next code point (no carry: even).
            (0x1EA0..=0x1EF9)
                .contains(&code)
                .then_some((3, b2 + u8::from(code % 2 == 0)))
        }
        _ => None,
    }
}

/// Tells whether tokens, asked in text order, lie inside one of sorted `quotes`.
struct QuoteCursor<'q> {
    quotes: &'q [Range<usize>],
    /// How many quotations open before the last token asked about.
    next: usize,
}

impl QuoteCursor<'_> {
    #[inline(always)]
    fn covers(&mut self, token: &Range<usize>) -> bool {
        while self
            .quotes
            .get(self.next)
            .is_some_and(|q| q.start < token.start)
        {
            self.next += 1;
        }
        self.next > 0 && self.quotes[self.next - 1].end > token.end
    }
}

/// Splits `text[range]` into tokens; `quotes` are the outer quotation ranges (sorted), used to
/// mark quoted tokens.
///
/// One pass over the bytes: word boundaries are found and the lower-case key written in the
/// same step. ASCII punctuation and plain syllables (`Window`, sixteen bytes at a time)
/// take fast paths; the general path tells ASCII and the common Vietnamese letters apart by
/// their bytes and decodes the rest.
pub fn tokenize(text: &str, range: Range<usize>, quotes: &[Range<usize>]) -> Vec<Token> {
    // Vietnamese prose has about one token per four to five bytes.
    let mut tokens = Vec::with_capacity(range.len() / 4 + 1);
    tokenize_into(text, range, quotes, &mut tokens);
    tokens
}

/// [`tokenize`], the tokens appended to `tokens`.
pub fn tokenize_into(
    text: &str,
    range: Range<usize>,
    quotes: &[Range<usize>],
    tokens: &mut Vec<Token>,
) {
    let s = &text[range.clone()];
    let bytes = s.as_bytes();
    let mut inside = QuoteCursor {
        quotes,
        next: quotes.partition_point(|q| q.start < range.start),
    };
    // The window the last plain word was read from; none yet (it starts past every byte).
    let mut window = (usize::MAX - 16, Window::default());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b' ' {
            i += 1;
            continue;
        }
        let start = i;
        if b.is_ascii_punctuation() {
            // A token of its own, its own key: what the general path makes of it.
            i += 1;
            let abs = range.start + start..range.start + i;
            let quoted = inside.covers(&abs);
            let key = [u64::from(b)];
            tokens.push(Token {
                hash: hash_of_words(1, &key),
                lower: Key(KeyRepr::Inline {
                    len: 1,
                    bytes: inline_key_bytes(&key),
                }),
                word: false,
                cap: false,
                range: abs,
                quoted,
            });
            continue;
        }
        if let Some(fast) = fast_word(&mut window, text.as_bytes(), range.start + i, range.end) {
            i += fast.len;
            let abs = range.start + start..range.start + i;
            let quoted = inside.covers(&abs);
            tokens.push(Token {
                hash: hash_of_words(fast.len, &fast.key),
                lower: Key(KeyRepr::Inline {
                    len: fast.len as u8,
                    bytes: inline_key_bytes(&fast.key),
                }),
                word: true,
                cap: fast.cap,
                range: abs,
                quoted,
            });
            continue;
        }
        let mut key = KeyWriter::new();
        // The first character, told apart by its bytes when it is ASCII or a common
        // Vietnamese letter: (a word?, a capital?, alphanumeric?, a digit?, its length).
        let (word, cap, mut prev_alphanumeric, mut prev_digit, len) = if b.is_ascii_alphanumeric() {
            key.push_ascii(b);
            (true, b.is_ascii_uppercase(), true, b.is_ascii_digit(), 1)
        } else if let Some((n, last)) = vietnamese_letter(bytes, i) {
            key.push_letter(&bytes[i..i + n], last);
            // A capital is the letter whose small form differs.
            (true, last != bytes[i + n - 1], true, false, n)
        } else {
            let Some((c, n)) = decode(bytes, i) else {
                break;
            };
            if is_space(c) {
                i += n;
                continue;
            }
            key.push(c, &bytes[i..i + n]);
            let alphanumeric = is_alphanumeric(c);
            (
                is_word_char(c),
                is_upper(c),
                alphanumeric,
                c.is_ascii_digit(),
                n,
            )
        };
        let mut end = i + len;
        if word {
            // `prev_alphanumeric` and `prev_digit` are of the character before `end`: the
            // joiner rules ask only these.
            // Joiners inside a word: `40.000`, `3,5`, `19/9`, `Nagorno-Karabakh`, `Xi'an`.
            loop {
                // ASCII letters and digits, the bulk of most words, without decoding.
                while let Some(&b) = bytes.get(end) {
                    if !b.is_ascii_alphanumeric() {
                        break;
                    }
                    key.push_ascii(b);
                    prev_alphanumeric = true;
                    prev_digit = b.is_ascii_digit();
                    end += 1;
                }
                if let Some((lj, last)) = vietnamese_letter(bytes, end) {
                    key.push_letter(&bytes[end..end + lj], last);
                    prev_alphanumeric = true;
                    prev_digit = false;
                    end += lj;
                    continue;
                }
                let Some((cj, lj)) = decode(bytes, end) else {
                    break;
                };
                if is_word_char(cj) {
                    key.push(cj, &bytes[end..end + lj]);
                    prev_alphanumeric = is_alphanumeric(cj);
                    prev_digit = cj.is_ascii_digit();
                    end += lj;
                    continue;
                }
                let next = decode(bytes, end + lj).map(|x| x.0);
                let next_is_word = next.is_some_and(is_word_char);
                let joins = match cj {
                    // `LĐ-TB&XH`, `TN&MT`: an ampersand inside an abbreviation.
                    '-' | '\'' | '’' | '&' => next_is_word && prev_alphanumeric,
                    '.' | ',' | '/' => {
                        next_is_word && prev_digit && next.is_some_and(|n| n.is_ascii_digit())
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                key.push(cj, &bytes[end..end + lj]);
                prev_alphanumeric = is_alphanumeric(cj);
                prev_digit = false;
                end += lj;
            }
        }
        i = end;
        let abs = range.start + start..range.start + end;
        let quoted = inside.covers(&abs);
        let (lower, hash) = key.finish(&s[start..end]);
        tokens.push(Token {
            hash,
            lower,
            word,
            cap,
            range: abs,
            quoted,
        });
    }
}

/// The tokens of every sentence of a document, in one buffer (one allocation for the
/// document, not one per sentence): sentence `i`'s tokens are `self[i]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SentenceTokens {
    tokens: Vec<Token>,
    /// Where each sentence's tokens end in `tokens`.
    ends: Vec<usize>,
}

impl SentenceTokens {
    /// No sentences, room for about `bytes` bytes of text.
    pub fn with_capacity(sentences: usize, bytes: usize) -> SentenceTokens {
        SentenceTokens {
            tokens: Vec::with_capacity(bytes / 4 + 1),
            ends: Vec::with_capacity(sentences),
        }
    }

    /// Tokenises `text[range]` ([`tokenize`]) as the next sentence.
    pub fn push_sentence(&mut self, text: &str, range: Range<usize>, quotes: &[Range<usize>]) {
        tokenize_into(text, range, quotes, &mut self.tokens);
        self.ends.push(self.tokens.len());
    }

    /// How many sentences.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when there is no sentence.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The tokens of sentence `i`.
    pub fn get(&self, i: usize) -> Option<&[Token]> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        Some(&self.tokens[start..end])
    }

    /// The tokens of each sentence, in order.
    pub fn iter(&self) -> impl Iterator<Item = &[Token]> + '_ {
        (0..self.len()).map(|i| &self[i])
    }
}

impl<'a> IntoIterator for &'a SentenceTokens {
    type Item = &'a [Token];
    type IntoIter = Box<dyn Iterator<Item = &'a [Token]> + 'a>;
    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl std::ops::Index<usize> for SentenceTokens {
    type Output = [Token];
    fn index(&self, i: usize) -> &[Token] {
        self.get(i).expect("a sentence index")
    }
}

/// The lower-cased words of a phrase, for matching against tokens.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    tokenize(phrase, 0..phrase.len(), &[])
        .into_iter()
        .map(|t| t.lower.to_string())
        .collect()
}

/// Phrases (lower-cased words) with a value each, indexed by their first and last words so
/// that finding the phrases at a token costs one probe by the token's [`word_hash`], not a
/// scan of the whole list. Phrases keep the order they were given in (callers sort them
/// longest first), so the first match is the one a scan of the list would find.
#[derive(Clone, Debug)]
pub struct PhraseSet<T> {
    phrases: Vec<(Vec<String>, T)>,
    /// The [`word_hash`] of each phrase's words.
    hashes: Vec<Vec<u64>>,
    by_first: WordMap<Vec<usize>>,
    by_last: WordMap<Vec<usize>>,
}

impl<T> PhraseSet<T> {
    /// Indexes `phrases`; empty phrases are kept in the list but never match.
    pub fn new(phrases: Vec<(Vec<String>, T)>) -> PhraseSet<T> {
        let mut by_first: WordMap<Vec<usize>> = WordMap::default();
        let mut by_last: WordMap<Vec<usize>> = WordMap::default();
        for (i, (words, _)) in phrases.iter().enumerate() {
            if let (Some(first), Some(last)) = (words.first(), words.last()) {
                by_first.entry_or_default(word_hash(first)).push(i);
                by_last.entry_or_default(word_hash(last)).push(i);
            }
        }
        let hashes = phrases
            .iter()
            .map(|(words, _)| word_hashes(words))
            .collect();
        PhraseSet {
            phrases,
            hashes,
            by_first,
            by_last,
        }
    }

    /// True when the tokens starting at `at` spell phrase `i`.
    #[inline]
    fn spelled_at(&self, i: usize, tokens: &[Token], at: usize) -> bool {
        matches_hashed_at(tokens, at, &self.phrases[i].0, &self.hashes[i])
    }

    /// True when the tokens ending at `end` spell phrase `i`.
    #[inline]
    fn spelled_before(&self, i: usize, tokens: &[Token], end: usize) -> bool {
        self.phrases[i].0.len() <= end && self.spelled_at(i, tokens, end - self.phrases[i].0.len())
    }

    /// The [`word_hash`] of every phrase's first word (in no order: for building sets).
    pub fn first_word_hashes(&self) -> impl Iterator<Item = u64> + '_ {
        self.by_first.keys().copied()
    }

    /// Every phrase spelled by the tokens starting at `at`, in list order.
    pub fn all_at<'a>(
        &'a self,
        tokens: &'a [Token],
        at: usize,
    ) -> impl Iterator<Item = &'a (Vec<String>, T)> + 'a {
        tokens
            .get(at)
            .and_then(|t| self.by_first.get(&t.hash))
            .into_iter()
            .flatten()
            .filter(move |&&i| self.spelled_at(i, tokens, at))
            .map(|&i| &self.phrases[i])
    }

    /// The first phrase (in list order) spelled by the tokens starting at `at`.
    pub fn first_at(&self, tokens: &[Token], at: usize) -> Option<&(Vec<String>, T)> {
        self.by_first
            .get(&tokens.get(at)?.hash)?
            .iter()
            .find(|&&i| self.spelled_at(i, tokens, at))
            .map(|&i| &self.phrases[i])
    }

    /// The first phrase (in list order) spelled by the tokens ending just before `end`.
    pub fn first_before(&self, tokens: &[Token], end: usize) -> Option<&(Vec<String>, T)> {
        let last = tokens.get(end.checked_sub(1)?)?;
        self.by_last
            .get(&last.hash)?
            .iter()
            .find(|&&i| self.spelled_before(i, tokens, end))
            .map(|&i| &self.phrases[i])
    }

    /// Every phrase that occurs in `tokens`, as (its index in list order, the first token it
    /// starts at), sorted by index: what asking each phrase in turn for its first occurrence
    /// gives, in one pass over the tokens.
    pub fn first_occurrences(&self, tokens: &[Token]) -> Vec<(usize, usize)> {
        let mut found: Vec<(usize, usize)> = Vec::new();
        for (k, t) in tokens.iter().enumerate() {
            let Some(list) = self.by_first.get(&t.hash) else {
                continue;
            };
            for &i in list {
                if !found.iter().any(|&(f, _)| f == i) && self.spelled_at(i, tokens, k) {
                    found.push((i, k));
                }
            }
        }
        found.sort_unstable();
        found
    }

    /// The value of the phrase at `index` in list order.
    pub fn value(&self, index: usize) -> &T {
        &self.phrases[index].1
    }

    /// The phrases in list order.
    pub fn iter(&self) -> impl Iterator<Item = &(Vec<String>, T)> {
        self.phrases.iter()
    }
}

/// The [`word_hash`] of each of `words`, for [`matches_hashed_at`].
pub fn word_hashes(words: &[String]) -> Vec<u64> {
    words.iter().map(|w| word_hash(w)).collect()
}

/// [`matches_at`] for words whose hashes (`hashes`, [`word_hashes`]) are at hand: a token
/// whose hash differs is told apart without comparing its text; equal hashes are confirmed by
/// the text, so a collision never matches.
#[inline]
pub fn matches_hashed_at(tokens: &[Token], at: usize, words: &[String], hashes: &[u64]) -> bool {
    debug_assert_eq!(words.len(), hashes.len());
    !words.is_empty()
        && at + words.len() <= tokens.len()
        && tokens[at..at + words.len()]
            .iter()
            .zip(hashes)
            .all(|(t, &h)| t.hash == h)
        && tokens[at..at + words.len()]
            .iter()
            .zip(words)
            .all(|(t, w)| t.lower == *w)
}

/// True when the tokens starting at `at` spell `words`.
pub fn matches_at(tokens: &[Token], at: usize, words: &[String]) -> bool {
    !words.is_empty()
        && at + words.len() <= tokens.len()
        && tokens[at..at + words.len()]
            .iter()
            .zip(words)
            .all(|(t, w)| t.lower == *w)
}

/// The number of words of `phrase` (lower case, words separated by single spaces) when the
/// tokens starting at `at` spell it; no allocation, for fixed phrases in the code.
pub fn phrase_at(tokens: &[Token], at: usize, phrase: &str) -> Option<usize> {
    let mut n = 0;
    for word in phrase.split(' ') {
        if tokens.get(at + n)?.lower != word {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// True when the tokens ending just before `end` spell `words`.
pub fn matches_before(tokens: &[Token], end: usize, words: &[String]) -> bool {
    words.len() <= end && matches_at(tokens, end - words.len(), words)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokenizer as first written, character by character: the fast one must agree.
    mod reference {
        use super::super::*;
        /// The character at byte `i` of `s` and its length (ASCII without decoding).
        #[inline]
        fn char_at(s: &str, i: usize) -> Option<(char, usize)> {
            let b = *s.as_bytes().get(i)?;
            if b < 0x80 {
                return Some((char::from(b), 1));
            }
            let c = s[i..].chars().next()?;
            Some((c, c.len_utf8()))
        }

        /// Splits `text[range]` into tokens; `quotes` are the outer quotation ranges (sorted), used to
        /// mark quoted tokens.
        pub fn tokenize(text: &str, range: Range<usize>, quotes: &[Range<usize>]) -> Vec<Token> {
            let s = &text[range.clone()];
            // About one token per five bytes of Vietnamese prose.
            let mut tokens = Vec::with_capacity(s.len() / 5 + 1);
            let mut i = 0;
            while let Some((c, len)) = char_at(s, i) {
                if c.is_whitespace() {
                    i += len;
                    continue;
                }
                let start = i;
                let word = is_word_char(c);
                let end = if word {
                    let mut prev = c;
                    let mut j = i + len;
                    // Joiners inside a word: `40.000`, `3,5`, `19/9`, `Nagorno-Karabakh`, `Xi'an`.
                    while let Some((cj, lj)) = char_at(s, j) {
                        if is_word_char(cj) {
                            prev = cj;
                            j += lj;
                            continue;
                        }
                        let next = char_at(s, j + lj).map(|x| x.0);
                        let next_is_word = next.is_some_and(is_word_char);
                        let joins = match cj {
                            // `LĐ-TB&XH`, `TN&MT`: an ampersand inside an abbreviation.
                            '-' | '\'' | '’' | '&' => next_is_word && prev.is_alphanumeric(),
                            '.' | ',' | '/' => {
                                next_is_word
                                    && prev.is_ascii_digit()
                                    && next.is_some_and(|n| n.is_ascii_digit())
                            }
                            _ => false,
                        };
                        if !joins {
                            break;
                        }
                        prev = cj;
                        j += lj;
                    }
                    j
                } else {
                    i + len
                };
                i = end;
                let abs = range.start + start..range.start + end;
                let quoted = {
                    let idx = quotes.partition_point(|q| q.start < abs.start);
                    idx > 0 && quotes[idx - 1].end > abs.end
                };
                let lower = Key::new(&s[start..end]);
                tokens.push(Token {
                    hash: word_hash(&lower),
                    lower,
                    word,
                    cap: c.is_uppercase(),
                    range: abs,
                    quoted,
                });
            }
            tokens
        }
    }

    fn fast_word_of(text: &str) -> Option<FastWord> {
        Window::classify(text.as_bytes(), 0, text.len()).word(text.as_bytes(), 0, 0, text.len())
    }

    fn agrees_with_reference(s: &str) {
        let quotes: Vec<Range<usize>> = s
            .char_indices()
            .filter(|(_, c)| *c == '“')
            .map(|(i, _)| i..(i + 40).min(s.len()))
            .filter(|r| s.is_char_boundary(r.end))
            .collect();
        assert_eq!(
            tokenize(s, 0..s.len(), &quotes),
            reference::tokenize(s, 0..s.len(), &quotes),
            "{s:?}"
        );
    }

    #[test]
    fn fast_tokenizer_agrees_with_the_reference_on_the_fixtures() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let mut checked = 0;
        for dir in ["seeds", "corpus"] {
            for entry in std::fs::read_dir(root.join(dir)).expect("fixtures folder") {
                let path = entry.expect("fixture").path();
                if path.extension().is_some_and(|x| x == "txt") {
                    let text = std::fs::read_to_string(&path).expect("fixture text");
                    for line in text.lines() {
                        agrees_with_reference(line);
                    }
                    checked += 1;
                }
            }
        }
        assert!(checked >= 35, "only {checked} fixtures");
    }

    proptest::proptest! {
        #[test]
        fn fast_tokenizer_agrees_with_the_reference(s in "\\PC{0,60}") {
            agrees_with_reference(&s);
        }

        #[test]
        fn fast_tokenizer_agrees_on_vietnamese_shapes(
            s in "([A-Za-zĐđĂăĨĩŨũÀ-ỹƯưƠơ0-9]{1,6}[ .,/'’&“”\\-]{0,2}){0,12}"
        ) {
            agrees_with_reference(&s);
        }
    }

    #[test]
    fn letters_from_latin_extended_a_and_b_tokenize_as_the_reference_does() {
        // `ơ` after `u` carries no tone to move; `ở` does (`thuở`, `thủơ`).
        // The last two once made the fast path shift by 64 (a first character it does not
        // read).
        for s in [
            "ĐƯỢC người đã Ăn ĩ Ũ thuở thủơ uơ Ơn ƯU lĐ-tB",
            "Ưu Đđ-Ăă ươn 3,5đ",
            "ࠀ0aaA“",
            "ࠀ0aaA“ và thêm nữa",
        ] {
            agrees_with_reference(s);
        }
    }

    fn words(s: &str) -> Vec<String> {
        tokenize(s, 0..s.len(), &[])
            .into_iter()
            .map(|t| t.lower.to_string())
            .collect()
    }

    #[test]
    fn keys_with_a_tone_to_move_match_the_general_path() {
        for w in [
            "của", "hoà", "Thuý", "xoè", "HOÀ", "quả", "cuộc", "khoẻ", "thuỷ", "hoàng",
        ] {
            assert_eq!(words(w), vec![crate::normalize::match_key(w)], "{w}");
        }
        // The tone moves only at the end of an open syllable (`hoàng` keeps it).
        assert_eq!(words("hoà hoàng"), ["hòa", "hoàng"]);
    }

    #[test]
    fn letter_tests_agree_with_unicode() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
            assert_eq!(is_space(c), c.is_whitespace(), "{c:?}");
            let mut key = KeyWriter::new();
            let mut buf = [0; 4];
            key.push(c, c.encode_utf8(&mut buf).as_bytes());
            let want = crate::normalize::simple_lowercase(c).map(String::from);
            let got = key
                .ok
                .then(|| String::from_utf8(key.bytes()[..key.len].to_vec()).unwrap());
            assert_eq!(got, want, "{c:?}");
        }
    }

    /// Checks [`next_capital_or_stop`] from every boundary of `s`: it stops at a character
    /// boundary, never passes a capital or a terminator, and finds nothing only when none
    /// follows.
    fn stops_at_every_capital_and_terminator(s: &str) {
        let must_stop = |c: char| is_upper(c) || matches!(c, '.' | '!' | '?' | '…');
        for (from, _) in s.char_indices() {
            let first_needed = s[from..]
                .char_indices()
                .find(|&(_, c)| must_stop(c))
                .map(|(k, _)| from + k);
            match next_capital_or_stop(s.as_bytes(), from) {
                Some(at) => {
                    assert!(
                        at >= from && s.is_char_boundary(at),
                        "{s:?} from {from}: {at}"
                    );
                    assert!(
                        first_needed.is_none_or(|n| at <= n),
                        "{s:?} from {from}: {at}"
                    );
                }
                None => assert_eq!(first_needed, None, "{s:?} from {from}"),
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn capital_scan_misses_no_capital(s in "\\PC{0,40}") {
            stops_at_every_capital_and_terminator(&s);
        }

        #[test]
        fn capital_scan_misses_no_vietnamese_capital(
            s in "[a-zA-Z .!?…ĐđĂăĨĩŨũƯưƠơÀ-ÿẠ-ỹḀ-ỿἀ-ἏĀ-ſ]{0,40}"
        ) {
            stops_at_every_capital_and_terminator(&s);
        }
    }

    #[test]
    fn fast_words_have_the_general_paths_keys() {
        // Each word followed by a stop and more text, and alone at the end of the text.
        let words = [
            "được",
            "Người",
            "ĐÃ",
            "những",
            "trưởng",
            "Ưu",
            "ơn",
            "Ăn",
            "ĩ",
            "Ũ",
            "ß",
            "ẞx",
            "Ỹ",
            "ỹ",
            "Ạ",
            "thuở",
            "quá",
            "hoà",
            "Hoá",
            "2020",
            "3,5",
            "Su",
            "BỘ",
            "ÀÁÂ",
            "ÞÝ",
            "ỻ",
            "ẁẀ",
            "×",
            "a÷",
        ];
        let mut fast = 0;
        for word in words {
            for stop in [" ", ".", ",", "-", "”", "/", "!", "END"] {
                let text = match stop {
                    "END" => word.to_string(),
                    _ => format!("{word}{stop} và thêm"),
                };
                agrees_with_reference(&text);
                if let Some(f) = fast_word_of(&text) {
                    fast += 1;
                    let raw = &text[..f.len];
                    let key = Key::new(raw);
                    let mut want = [0u8; 16];
                    want[..key.len()].copy_from_slice(key.as_bytes());
                    let got = [f.key[0].to_le_bytes(), f.key[1].to_le_bytes()].concat();
                    assert_eq!(got, want, "{text:?}");
                    assert_eq!(raw, word, "{text:?}");
                    assert_eq!(f.cap, raw.chars().next().is_some_and(char::is_uppercase));
                }
            }
        }
        // Plain syllables take the fast path, with a tone that stays (`quốc`); `hoà` (a tone
        // to move), `3,5` (a joiner), `-` and `”` after a word do not.
        assert!(fast > 60, "{fast}");
        assert!(fast_word_of("hoà và thêm").is_none());
        assert!(fast_word_of("hoà2 và thêm").is_none());
        assert!(fast_word_of("quốc và thêm").is_some());
        assert!(fast_word_of("3,5 và thêm").is_none());
        assert!(fast_word_of("được” và thêm").is_none());
        assert!(fast_word_of("người và thêm").is_some());
        assert!(fast_word_of("nghiêng và thêm").is_some());
    }

    proptest::proptest! {
        #[test]
        fn plain_text_asks_every_character(
            s in "[a-zA-Z \t\n\r\x00\x7fàÀđĐ“”…ẠỹῺ×÷ÄäÆæÞþẞỺỻΩ-]{0,40}"
        ) {
            let plain = |c: char| c != 'Ω' && c != '“';
            let naive = s.chars().all(|c| match c {
                '\t' | '\n' | ' '..='~' => true,
                '\0'..='\x7f' => false,
                _ => vietnamese_alphabet(c) || plain(c),
            });
            proptest::prop_assert_eq!(plain_text(&s, plain), naive);
        }
    }

    /// The letters [`plain_text`] knows without asking, by their definition.
    fn vietnamese_alphabet(c: char) -> bool {
        "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư".contains(c)
            || ('\u{1EA0}'..='\u{1EF9}').contains(&c)
    }

    #[test]
    fn plain_text_knows_the_vietnamese_alphabet_and_asks_of_the_rest() {
        // Every character from U+0080 on, alone and after thirteen or fifteen bytes of ASCII
        // (so that it also straddles the end of the fourteen lanes answered at once).
        let chars = ('\u{80}'..='\u{FFFF}').chain(['\u{1F600}', '\u{10FFFF}']);
        for c in chars {
            for pad in [0, 13, 15] {
                let text = format!("{}{c}", "a".repeat(pad));
                assert_eq!(
                    plain_text(&text, |_| false),
                    vietnamese_alphabet(c),
                    "{c:?}"
                );
                assert!(plain_text(&text, |_| true), "{c:?}");
            }
        }
    }

    #[test]
    fn sentence_tokens_are_each_sentences_tokens() {
        let text = "Ông Peskov nói. “Không”, ông nói. . Hết";
        let at = |piece: &str| text.find(piece).expect("a piece of the text");
        let (second, dot, last) = (at("“"), at(". .") + 2, at("Hết"));
        let ranges = [
            0..second - 1,
            second..dot - 1,
            dot..dot + 1,
            dot + 1..dot + 1,
            last..text.len(),
        ];
        let quote: Range<usize> = second..at(",");
        let quotes = std::slice::from_ref(&quote);
        let mut all = SentenceTokens::with_capacity(ranges.len(), text.len());
        for r in &ranges {
            all.push_sentence(text, r.clone(), quotes);
        }
        assert_eq!(all.len(), ranges.len());
        for (i, r) in ranges.iter().enumerate() {
            assert_eq!(&all[i], tokenize(text, r.clone(), quotes).as_slice(), "{i}");
        }
        assert!(all[3].is_empty());
        assert_eq!(all.iter().count(), ranges.len());
        assert_eq!((&all).into_iter().count(), ranges.len());
        assert_eq!(all.get(ranges.len()), None);
        assert!(SentenceTokens::default().is_empty());
    }

    #[test]
    fn capital_scan_passes_over_small_vietnamese_letters() {
        let s = "được người đã những trước ở là của ạ ỹ ă ĩ ũ ơ ư Việt";
        assert_eq!(next_capital_or_stop(s.as_bytes(), 0), s.find('V'));
        stops_at_every_capital_and_terminator(s);
        stops_at_every_capital_and_terminator("ẞ Ἁ ẁ Ẁ ỻ Ỻ × ÷ ß Ÿ ÿ İ ı … Đ Ă Ĩ Ũ Ơ Ư À Þ ẠỸ");
    }

    proptest::proptest! {
        #[test]
        fn word_map_answers_as_its_table_does(
            keys in proptest::collection::vec(proptest::num::u64::ANY, 0..300),
            asked in proptest::collection::vec(proptest::num::u64::ANY, 0..300),
        ) {
            let mut map: WordMap<usize> = WordMap::default();
            let mut table = std::collections::BTreeMap::new();
            for (i, &k) in keys.iter().enumerate() {
                *map.entry_or_default(k) += i;
                *table.entry(k).or_insert(0) += i;
            }
            // Every key is found whatever its filter bit; anything else is not.
            for k in keys.iter().chain(&asked) {
                proptest::prop_assert_eq!(map.get(k), table.get(k));
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn byte_scans_agree_with_naive_ones(
            bytes in proptest::collection::vec(proptest::sample::select(
                vec![b'a', b' ', b'"', b'/', b'.', b'0', b'9', b':', 0x2F, 0xB0, 0xC2, 0xE2, 0]), 0..40),
            from in 0usize..45,
        ) {
            let set = [b'"', b'/', 0xC2, 0xE2];
            let naive = (from..bytes.len()).find(|&i| set.contains(&bytes[i]));
            proptest::prop_assert_eq!(find_byte_of(&bytes, from, set), naive);
            // A zero in the set is not found in the zeros the scan reads past the end.
            let naive = (from..bytes.len()).find(|&i| bytes[i] == 0 || bytes[i] == b'/');
            proptest::prop_assert_eq!(find_byte_of(&bytes, from, [0, b'/']), naive);
        }
    }

    #[test]
    fn vietnamese_letters_read_from_bytes_agree_with_the_general_path() {
        let mut seen = 0;
        for c in (0x80..0x3_0000).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if let Some((len, last)) = vietnamese_letter(bytes, 0) {
                seen += 1;
                assert_eq!(len, bytes.len(), "{c:?}");
                assert!(is_word_char(c) && is_alphanumeric(c), "{c:?}");
                let lower = crate::normalize::simple_lowercase(c).expect("mapped");
                let mut want = [0; 4];
                let want = lower.encode_utf8(&mut want).as_bytes();
                assert_eq!(&want[..len - 1], &bytes[..len - 1], "{c:?}");
                assert_eq!(want[len - 1], last, "{c:?}");
            }
        }
        // À–ÿ but × ÷ (62), Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ Ư ư (12), Ạ–ỹ (90).
        assert_eq!(seen, 62 + 12 + 90);
    }

    #[test]
    fn upper_by_bytes_agrees_with_unicode() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            let mut buf = [0; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if let Some(upper) = upper_by_bytes(bytes, 0) {
                assert_eq!(upper, c.is_uppercase(), "{c:?}");
            }
        }
        assert_eq!(upper_by_bytes("Ạ".as_bytes(), 0), Some(true));
        assert_eq!(upper_by_bytes("à".as_bytes(), 0), Some(false));
        assert_eq!(upper_by_bytes("a".as_bytes(), 0), None);
    }

    #[test]
    fn case_tests_agree_with_unicode() {
        for c in (0..0x3_0000).filter_map(char::from_u32) {
            assert_eq!(is_lower(c), c.is_lowercase(), "{c:?}");
            assert_eq!(is_upper(c), c.is_uppercase(), "{c:?}");
        }
    }

    #[test]
    fn numbers_dates_and_hyphenated_names_stay_whole() {
        assert_eq!(
            words("Hơn 40.000 người, 3,5%, hôm 3-10 ở Nagorno-Karabakh."),
            vec![
                "hơn",
                "40.000",
                "người",
                ",",
                "3,5",
                "%",
                ",",
                "hôm",
                "3-10",
                "ở",
                "nagorno-karabakh",
                "."
            ]
        );
    }

    #[test]
    fn punctuation_is_one_token_per_character() {
        assert_eq!(words("nói: “Cần”"), vec!["nói", ":", "“", "cần", "”"]);
    }

    #[test]
    fn first_occurrences_are_what_asking_each_phrase_gives() {
        let phrases: Vec<(Vec<String>, ())> = ["cáo buộc", "nga", "bịa đặt", "cáo", "mỹ nga"]
            .iter()
            .map(|p| (phrase_words(p), ()))
            .collect();
        let set = PhraseSet::new(phrases.clone());
        let text = "Nga cáo buộc Mỹ, Mỹ Nga bịa đặt và cáo buộc Nga";
        let tokens = tokenize(text, 0..text.len(), &[]);
        let asked: Vec<(usize, usize)> = phrases
            .iter()
            .enumerate()
            .filter_map(|(i, (w, _))| {
                (0..tokens.len())
                    .find(|&k| matches_at(&tokens, k, w))
                    .map(|k| (i, k))
            })
            .collect();
        assert_eq!(set.first_occurrences(&tokens), asked);
        assert_eq!(asked.len(), 5);
    }

    #[test]
    fn quoted_tokens_are_marked() {
        let s = "nói “Cần đối thoại” thêm";
        let q = s.find('“').unwrap()..s.find('”').unwrap() + '”'.len_utf8();
        let toks = tokenize(s, 0..s.len(), &[q]);
        let quoted: Vec<&str> = toks
            .iter()
            .filter(|t| t.quoted)
            .map(|t| t.lower.as_str())
            .collect();
        assert_eq!(quoted, vec!["cần", "đối", "thoại"]);
    }
}
