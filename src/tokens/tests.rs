//! Tests of the tokenizer and the character scans it relies on, compiled under
//! `#[cfg(test)]` only (declared in `tokens/mod.rs`).

use super::fast::*;
use super::key::*;
use super::*;
use crate::text::chars::*;

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
        assert_eq!(words(w), vec![crate::text::keys::match_key(w)], "{w}");
    }
    // The tone moves only at the end of an open syllable (`hoàng` keeps it).
    assert_eq!(words("hoà hoàng"), ["hòa", "hoàng"]);
}

#[test]
fn letter_tests_agree_with_unicode() {
    for c in (0..0x3_0000).filter_map(char::from_u32) {
        assert_eq!(is_letter(c), c.is_alphabetic(), "{c:?}");
        assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        let combining = unicode_normalization::char::canonical_combining_class(c) != 0;
        assert_eq!(is_word_char(c), c.is_alphanumeric() || combining, "{c:?}");
        assert_eq!(is_space(c), c.is_whitespace(), "{c:?}");
        let mut key = KeyWriter::new();
        let mut buf = [0; 4];
        key.push(c, c.encode_utf8(&mut buf).as_bytes());
        let want = crate::text::keys::simple_lowercase(c).map(String::from);
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
            let lower = crate::text::keys::simple_lowercase(c).expect("mapped");
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
