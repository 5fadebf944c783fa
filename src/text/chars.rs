//! Character classes of the letters Vietnamese is written in, answered without Unicode tables
//! for the common cases, and byte scans that test sixteen bytes at once.

use super::lanes::Lanes;

/// The first character boundary of `text` at or after byte `at` (for the start of a window
/// measured in bytes back from somewhere).
pub(crate) fn ceil_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The letters ending `head` (the word right before its end; empty when it ends in a
/// non-letter). The word starts after the last non-letter, which may be several bytes long
/// (`mã “Yoshino`).
pub(crate) fn trailing_word(head: &str) -> &str {
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, ch)| !is_letter(ch))
        .map_or(0, |(k, ch)| k + ch.len_utf8());
    &head[start..]
}

/// The last character boundary of `text` at or before byte `at` (for the end of a window
/// measured in bytes).
pub(crate) fn floor_boundary(text: &str, mut at: usize) -> usize {
    at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    if is_general_punctuation(c) {
        // No letter, digit or combining mark there (`“`, `”`, `–`, `…`: the commonest
        // characters outside the letters), and the tables need not be asked.
        return false;
    }
    is_letter(c) || c.is_numeric() || unicode_normalization::char::canonical_combining_class(c) != 0
}

/// The General Punctuation block, U+2000–U+206F (spaces, dashes, quotation marks, `…`): it
/// holds no letter, number or combining mark (a test checks every character against the
/// Unicode tables), and its marks are most of the non-letters of Vietnamese news, each of
/// which cost a search of std's tables (with normalization's letter tests moved from
/// `char::is_alphabetic` to [`is_letter`]: 2.1 % fewer instructions in a corpus run;
/// callgrind, 1,000 bulk records).
#[inline(always)]
fn is_general_punctuation(c: char) -> bool {
    matches!(u32::from(c), 0x2000..=0x206F)
}

/// `char::is_alphabetic`, answered without a table lookup for ASCII and the Latin blocks
/// Vietnamese is written in (the hot case: every character of every article).
#[inline]
pub fn is_letter(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xC0..=0x24F => c != '×' && c != '÷',
        0x1E00..=0x1EFF => true,
        0x2000..=0x206F => false,
        _ => c.is_alphabetic(),
    }
}

/// The base letter of `c`: the first character of its canonical decomposition (`ầ` → `a`),
/// `c` itself when it has none.
pub(crate) fn first_decomposed(c: char) -> char {
    let mut first = None;
    unicode_normalization::char::decompose_canonical(c, |d| {
        if first.is_none() {
            first = Some(d);
        }
    });
    first.unwrap_or(c)
}

/// Whether `word` reads as a syllable or a name rather than an abbreviation: it holds a vowel
/// letter (`a e i o u` under any marks, `ă â ê ô ơ ư`), or `y` in a word of at most three
/// letters (`Mỹ`, `Lý`, `Thy`). Abbreviations mostly do not (`hđtv`, `bhxh`, `bhyt`).
pub(crate) fn has_vowel(word: &str) -> bool {
    let mut letters = 0;
    let mut y = false;
    for c in word.chars() {
        letters += 1;
        match first_decomposed(c).to_ascii_lowercase() {
            'a' | 'e' | 'i' | 'o' | 'u' => return true,
            'y' => y = true,
            _ => {}
        }
    }
    y && letters <= 3
}

/// `char::is_lowercase`, without the Unicode tables for the letters Vietnamese is written in.
#[inline]
pub fn is_lower(c: char) -> bool {
    match crate::text::keys::simple_lowercase(c) {
        Some(lower) => lower == c && is_letter(c),
        None => c.is_lowercase(),
    }
}

/// `char::is_uppercase`, without the Unicode tables for the letters Vietnamese is written in.
#[inline]
pub fn is_upper(c: char) -> bool {
    match crate::text::keys::simple_lowercase(c) {
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
pub(crate) fn latin_extended_leads(x: Lanes, next: Lanes) -> Lanes {
    // `next` with bit 0 cleared folds each pair onto its capital.
    let pair = next.bits(0xFE);
    (x.eq(0xC4) & (pair.eq(0x82) | pair.eq(0x90) | pair.eq(0xA8)))
        | (x.eq(0xC5) & pair.eq(0xA8))
        | (x.eq(0xC6) & (pair.eq(0xA0) | next.eq(0xAF) | next.eq(0xB0)))
}

/// The lead bytes of `Ạ`–`ỹ` (U+1EA0–U+1EF9: E1 BA A0–BF, E1 BB 80–B9) among the lanes
/// `x`, given the bytes one and two on. Shared by [`Window::classify`] and [`plain_text`].
#[inline(always)]
pub(crate) fn three_byte_letter_leads(x: Lanes, next: Lanes, after_next: Lanes) -> Lanes {
    x.eq(0xE1)
        & ((next.eq(0xBA) & after_next.at_least(0xA0))
            | (next.eq(0xBB) & after_next.in_range(0x80, 0xB9)))
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
pub(crate) fn decode(bytes: &[u8], i: usize) -> Option<(char, usize)> {
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
pub(crate) fn is_alphanumeric(c: char) -> bool {
    is_letter(c)
        || (!c.is_ascii() && !is_general_punctuation(c) && c.is_numeric())
        || c.is_ascii_digit()
}

/// `char::is_whitespace`, with the ASCII answer first.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    match c {
        '\t'..='\r' | ' ' => true,
        '\0'..='\x7F' => false,
        _ => c.is_whitespace(),
    }
}

/// The common Vietnamese letters, read from their bytes at `at`: Latin-1 `À`–`ÿ` (but `×`,
/// `÷`), the six pairs Vietnamese takes from Latin Extended-A and -B (`Ă ă Đ đ Ĩ ĩ Ũ ũ Ơ ơ
/// Ư ư`: `đ`, `ư` and `ơ` are in many of the commonest syllables, `được`, `người`) and Latin
/// Extended Additional `Ạ`–`ỹ`. Returns the letter's length in bytes and the
/// last byte of its small letter (the other bytes are the same: what
/// [`crate::text::keys::simple_lowercase`] maps these to); `None` for anything else, which the
/// caller decodes.
#[inline(always)]
pub(crate) fn vietnamese_letter(bytes: &[u8], at: usize) -> Option<(usize, u8)> {
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
