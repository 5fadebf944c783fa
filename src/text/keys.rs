//! Lossy match keys: lower case, NFC and one tone-mark placement ([`match_key`]), and the
//! syllables pairing compares contents by, cut as the reference scorer cuts them
//! ([`syllables`]). They are never working text, only lookup keys.

use unicode_normalization::char::canonical_combining_class;
use unicode_normalization::UnicodeNormalization;

/// A combining mark (any non-zero canonical combining class).
pub fn is_mark(c: char) -> bool {
    canonical_combining_class(c) != 0
}

/// The tone marks of Vietnamese, as combining characters.
fn is_tone_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}' | '\u{0301}' | '\u{0303}' | '\u{0309}' | '\u{0323}'
    )
}

/// A lossy lookup key: lower case, NFC, and one placement of the tone mark, so that `hoà` and
/// `hòa`, `thuỷ` and `thủy`, `đe doạ` and `đe dọa` give the same key (the modern placement, on
/// the first vowel of an open `oa`, `oe`, `uy`). It stays readable, so tokens use it as their
/// lower-case form. Never used as working text.
pub fn match_key(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    if !text.chars().all(precomposed_safe) {
        return match_key_decomposed(text);
    }
    // Precomposed letters only (the working text is NFC): lower-case letter by letter and
    // move the tone of an open `oa`/`oe`/`uy` onto its first vowel, without decomposing.
    let mut lower = String::with_capacity(text.len());
    lower_into(text, &mut lower, |out, c| {
        push_lowercase(out, c);
        true
    });
    if !lower.contains(['o', 'u']) {
        return lower;
    }
    move_tones(&lower)
}

/// Writes the lower case of `text` into `out` (cleared first), as [`match_key`] writes it
/// before it moves any tone; false, with `out` left unspecified, when `text` holds a
/// combining mark or another character [`match_key`] decomposes first.
pub(crate) fn lowercase_into(text: &str, out: &mut String) -> bool {
    out.clear();
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if precomposed_safe(c) {
            push_lowercase(out, c);
        } else {
            return false;
        }
    }
    true
}

/// Lower-case precomposed `lower` with the tone of an open `oa`, `oe`, `uy` moved onto its
/// first vowel (`hoà` → `hòa`).
fn move_tones(lower: &str) -> String {
    let mut out = String::with_capacity(lower.len());
    move_tones_each(lower, |c| out.push(c));
    out
}

/// [`move_tones`], handing each character of the result to `emit` (the tokenizer writes them
/// into a token's inline key).
pub(crate) fn move_tones_each(lower: &str, mut emit: impl FnMut(char)) {
    let mut chars = lower.chars().peekable();
    let mut prev = None;
    while let Some(c) = chars.next() {
        if matches!(c, 'o' | 'u') && prev != Some('q') {
            // A toned vowel is never ASCII: a plain letter after it is told apart at once.
            if let Some(&next) = chars.peek().filter(|n| !n.is_ascii()) {
                if let Some((base, tone)) = toned_vowel(next, &['a', 'e', 'y']) {
                    let mut ahead = chars.clone();
                    ahead.next();
                    if !ahead.peek().is_some_and(|n| n.is_alphabetic()) {
                        emit(with_tone(c, tone));
                        emit(base);
                        chars.next();
                        prev = Some(base);
                        continue;
                    }
                }
            }
        }
        emit(c);
        prev = Some(c);
    }
}

/// The lower case of the letters of Vietnamese, without the Unicode tables: in Latin Extended
/// Additional and in the Latin-1 and Extended-A/B letters Vietnamese uses, the lower-case
/// letter follows its capital. `None` for any other character.
#[inline]
pub(crate) fn simple_lowercase(c: char) -> Option<char> {
    let code = u32::from(c);
    let lower = match code {
        0x41..=0x5A => code + 0x20,
        0..=0x7F => code,
        0xC0..=0xDE if code != 0xD7 => code + 0x20,
        0x1EA0..=0x1EF9 | 0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 if code % 2 == 0 => code + 1,
        0x1AF => 0x1B0,
        0x1EA1..=0x1EF9 | 0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 | 0xDF..=0xFF => code,
        _ => return None,
    };
    char::from_u32(lower)
}

/// `text.to_lowercase()`, the same string for any text, with the letters of Vietnamese
/// lower-cased by [`simple_lowercase`] rather than the Unicode tables' search (a speaker's
/// words are lower-cased several times each while their mention is resolved: std's was 3 % of
/// a corpus run's instructions). `str::to_lowercase` is `char::to_lowercase` letter by letter
/// but for a capital sigma, whose small form depends on the letters around it: a text with
/// one is left to std.
pub(crate) fn lowercase(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let whole = lower_into(text, &mut out, |out, c| match simple_lowercase(c) {
        Some(l) => {
            out.push(l);
            true
        }
        None if c == '\u{03A3}' => false,
        None => {
            out.extend(c.to_lowercase());
            true
        }
    });
    if whole {
        out
    } else {
        text.to_lowercase()
    }
}

/// Lower-cases `text` onto `out`: ASCII bytes (most of a Vietnamese word's) without decoding,
/// any other letter by `other`, which may give up on it (false: the rest is not written).
/// Gives whether every letter was written.
#[inline]
fn lower_into(
    text: &str,
    out: &mut String,
    mut other: impl FnMut(&mut String, char) -> bool,
) -> bool {
    let mut rest = text;
    while let Some(&b) = rest.as_bytes().first() {
        if b.is_ascii() {
            out.push(char::from(b.to_ascii_lowercase()));
            rest = &rest[1..];
            continue;
        }
        let mut chars = rest.chars();
        let Some(c) = chars.next() else { break };
        if !other(out, c) {
            return false;
        }
        rest = chars.as_str();
    }
    true
}

/// Pushes `c` in lower case ([`simple_lowercase`], else the Unicode tables).
#[inline]
fn push_lowercase(out: &mut String, c: char) {
    match simple_lowercase(c) {
        Some(l) => out.push(l),
        None => out.extend(c.to_lowercase()),
    }
}

/// Characters [`match_key`] may lower-case one by one: ASCII, Latin blocks without combining
/// marks, and the precomposed Vietnamese letters of Latin Extended Additional.
fn precomposed_safe(c: char) -> bool {
    c < '\u{0300}' || ('\u{1E00}'..='\u{1EFF}').contains(&c) || (c > '\u{036F}' && !is_mark(c))
}

/// The five tones as precomposed lower-case letters, in the order sắc, huyền, hỏi, ngã, nặng.
const TONED: [(char, [char; 5]); 5] = [
    ('a', ['á', 'à', 'ả', 'ã', 'ạ']),
    ('e', ['é', 'è', 'ẻ', 'ẽ', 'ẹ']),
    ('y', ['ý', 'ỳ', 'ỷ', 'ỹ', 'ỵ']),
    ('o', ['ó', 'ò', 'ỏ', 'õ', 'ọ']),
    ('u', ['ú', 'ù', 'ủ', 'ũ', 'ụ']),
];

/// `c` as (base letter, tone index) when it is one of `bases` with a tone.
fn toned_vowel(c: char, bases: &[char]) -> Option<(char, usize)> {
    TONED
        .iter()
        .filter(|(b, _)| bases.contains(b))
        .find_map(|(b, forms)| forms.iter().position(|&f| f == c).map(|t| (*b, t)))
}

/// `base` (a plain vowel of [`TONED`]) carrying tone `tone`.
fn with_tone(base: char, tone: usize) -> char {
    TONED
        .iter()
        .find(|(b, _)| *b == base)
        .map_or(base, |(_, forms)| forms[tone])
}

/// [`match_key`] for text with combining marks: decompose, then compose again.
fn match_key_decomposed(text: &str) -> String {
    let lower: Vec<char> = text.nfd().flat_map(char::to_lowercase).collect();
    let mut out: Vec<char> = Vec::with_capacity(lower.len());
    let mut i = 0;
    while i < lower.len() {
        let c = lower[i];
        // `o|u` + `a|e|y` + tone, at the end of a syllable: the tone moves onto `o|u`.
        if matches!(c, 'o' | 'u')
            && i + 2 < lower.len() + 1
            && lower
                .get(i + 1)
                .is_some_and(|n| matches!(n, 'a' | 'e' | 'y'))
            && lower.get(i + 2).is_some_and(|t| is_tone_mark(*t))
            && !lower
                .get(i + 3)
                .is_some_and(|n| n.is_alphabetic() || is_mark(*n))
            && !(c == 'u' && out.last() == Some(&'q'))
        {
            out.push(c);
            out.push(lower[i + 2]);
            out.push(lower[i + 1]);
            i += 3;
            continue;
        }
        out.push(c);
        i += 1;
    }
    out.into_iter().nfc().collect()
}

/// True when a precomposed text's plain lower case contains `word` (a match key) wherever the
/// text's match key does. The key differs from the lower case only where it moves a tone from
/// `a`, `e`, `y` onto the `o` or `u` before it (`hoà` → `hòa`): a toned `o`/`u` in the key, a
/// plain `a`/`e`/`y` after it. A word with no toned `o`/`u`, and that does not start with a
/// plain `a`, `e` or `y`, cannot meet such a place.
pub fn lowercase_finds(word: &str) -> bool {
    // A plain `o` or `u` with one of the five tone marks (grave, acute, tilde, hook, dot).
    let toned_o_u = |c: char| {
        let mut parts = std::iter::once(c).nfd();
        matches!(
            (parts.next(), parts.next(), parts.next()),
            (
                Some('o' | 'u'),
                Some('\u{0300}' | '\u{0301}' | '\u{0303}' | '\u{0309}' | '\u{0323}'),
                None
            )
        )
    };
    !word.chars().any(toned_o_u) && !word.starts_with(['a', 'e', 'y'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_agrees_with_std() {
        let texts = [
            "Ông Nguyễn Xuân Phúc",
            "BỘ NGOẠI GIAO",
            "ĐOÀN Ước",
            "İstanbul",
            "ΟΔΥΣΣΕΥΣ Σ",
            "Σ",
            "ΑΣ.",
            "Straße ǅ ẞ",
            "",
        ];
        for text in texts {
            assert_eq!(lowercase(text), text.to_lowercase(), "{text:?}");
        }
        let ranges = [0u32..0x600, 0x1E00..0x2200, 0x2C00..0x2D40, 0xA640..0xA800];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let text = format!("A{c}b{c}");
            assert_eq!(lowercase(&text), text.to_lowercase(), "{c:?}");
        }
    }

    #[test]
    fn push_lowercase_agrees_with_unicode() {
        let ranges = [0u32..0x250, 0x1E00..0x1F00];
        for c in ranges.into_iter().flatten().filter_map(char::from_u32) {
            let mut fast = String::new();
            push_lowercase(&mut fast, c);
            assert_eq!(fast, c.to_lowercase().collect::<String>(), "{c:?}");
        }
    }

    #[test]
    fn match_key_fast_path_agrees_with_the_decomposing_one() {
        let words = [
            "Hoà",
            "hòa",
            "THUỶ",
            "thủy",
            "đe doạ",
            "dọa",
            "quý",
            "qúy",
            "khoẻ",
            "khỏe",
            "Hoàng",
            "xoáy",
            "tuỳ",
            "Nguyễn",
            "ƯỚC",
            "oà",
            "uý",
            "İstanbul",
            "Ωmega",
            "Ẳ",
            "hoạ sĩ",
            "Phú Quý",
            "quà",
            "ĐOÀN",
            "Thuý",
            "toà",
            "loè",
            "Việt",
            "naïve",
        ];
        for w in words {
            assert_eq!(match_key(w), match_key_decomposed(w), "{w}");
        }
        assert_eq!(match_key("Hoà bình"), "hòa bình");
        assert_eq!(match_key("THUỶ"), "thủy");
        assert_eq!(match_key("Hoàng"), "hoàng");
    }
    #[test]
    fn match_key_puts_tone_marks_in_one_place() {
        assert_eq!(match_key("hoà bình"), match_key("Hòa Bình"));
        assert_eq!(match_key("thuỷ"), match_key("thủy"));
        assert_eq!(match_key("đe doạ"), "đe dọa");
        assert_eq!(match_key("quý"), "quý");
        assert_ne!(match_key("hoà"), match_key("hoa"));
    }
}
