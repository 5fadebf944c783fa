//! Lossy match keys: lower case, NFC and one tone-mark placement ([`match_key`]), and the
//! syllables pairing compares contents by, cut as the reference scorer cuts them
//! ([`syllables`]). They are never working text, only lookup keys.

use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
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
    for c in text.chars() {
        push_lowercase(&mut lower, c);
    }
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
            if let Some(&next) = chars.peek() {
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

/// The syllables of a piece of text as the reference scorer cuts text to compare it
/// (`syllables()` in `score.py`): invisible format characters dropped, broken characters
/// repaired the scorer's way ([`scorer_repair`]), lower case, then the runs of letters, digits
/// and `_`, everything else a separator (a combining mark left on its own splits a word).
///
/// The scorer reads Unicode as Python 3.11 does; this reads it as Rust does, which differs
/// only on characters newer than Unicode 14 and on circled letters, none of them Vietnamese.
pub(crate) fn syllables(text: &str) -> Vec<String> {
    let visible = text.chars().filter(|&c| !is_invisible_format(c));
    let lower = scorer_repair(visible).to_lowercase();
    let mut words = Vec::new();
    let mut word = String::new();
    for c in lower.chars() {
        if c == '_' || (c.is_alphanumeric() && !is_combining_mark(c)) {
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// The scorer's repair of Windows-1252 text read as Windows-1258 (`repair()` in `score.py`),
/// which it applies to every text, broken or not: decomposed, a lone acute, dot below, grave or
/// hook above on a consonant is the lost vowel `ì`, `ò`, `Ì` or `Ò`; composed again, an `ă` that
/// no final consonant (`c`, `m`, `n` but not `nh`, `p`, `t`) follows is `ã` (`Đăk` → `Đãk`).
fn scorer_repair(text: impl Iterator<Item = char>) -> String {
    let mut out: Vec<char> = Vec::new();
    for c in text.nfd() {
        let lost = match c {
            '\u{0301}' => Some('ì'),
            '\u{0323}' => Some('ò'),
            '\u{0300}' => Some('Ì'),
            '\u{0309}' => Some('Ò'),
            _ => None,
        };
        let after_consonant = out.last().is_some_and(|&p| {
            let base = std::iter::once(p).nfd().next().unwrap_or(p);
            p.is_alphabetic()
                && !p.is_numeric()
                && !is_combining_mark(p)
                && !"aeiouyAEIOUY".contains(base)
        });
        out.push(lost.filter(|_| after_consonant).unwrap_or(c));
    }
    let composed: Vec<char> = out.into_iter().nfc().collect();
    let final_follows = |rest: &[char]| match rest {
        ['c' | 'C' | 'm' | 'M' | 'p' | 'P' | 't' | 'T', ..] => true,
        ['n' | 'N', next, ..] => !matches!(next, 'h' | 'H'),
        ['n' | 'N'] => true,
        _ => false,
    };
    composed
        .iter()
        .enumerate()
        .map(|(i, &c)| match c {
            'ă' if !final_follows(&composed[i + 1..]) => 'ã',
            'Ă' if !final_follows(&composed[i + 1..]) => 'Ã',
            c => c,
        })
        .collect()
}

/// Format characters that can survive normalization: soft hyphen, zero-width characters,
/// direction marks and embeddings, word joiner and invisible operators, byte-order mark.
fn is_invisible_format(c: char) -> bool {
    matches!(
        c,
        '\u{00AD}'
            | '\u{061C}'
            | '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2064}'
            | '\u{2066}'..='\u{206F}'
            | '\u{FEFF}'
    )
}

/// How much two pieces of text say in the same syllables ([`syllables`]): the harmonic
/// mean of the share of `b`'s syllables found in `a` and the share of `a`'s found in `b`, each
/// syllable counted as often as it occurs; 0 when either has none. The scorer's syllable F1,
/// with the same floating-point operations.
pub(crate) fn syllable_f1(a: &str, b: &str) -> f64 {
    let (mut a, mut b) = (syllables(a), syllables(b));
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    a.sort_unstable();
    b.sort_unstable();
    // Common syllables, with multiplicity: a merge of the two sorted lists.
    let (mut i, mut j, mut hit) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                hit += 1;
                i += 1;
                j += 1;
            }
        }
    }
    if hit == 0 {
        return 0.0;
    }
    let p = hit as f64 / b.len() as f64;
    let r = hit as f64 / a.len() as f64;
    2.0 * p * r / (p + r)
}

#[cfg(test)]
mod tests {
    use super::*;

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
