//! The couple a `cặp đôi` speaker stands for: `Chuyện tình của Lưu Diệc Phi và Song Seung Heon
//! … cặp đôi xác nhận chia tay …`, `Hoàng tử Harry và vợ Meghan … Vợ chồng Harry cáo buộc …`.
//!
//! A [`WordRole::Couple`] phrase opening a speaker (`cặp đôi`, `vợ chồng`, `Vợ chồng Harry`) is
//! the two people last named together before it: two names of capitalised words joined by a
//! [`WordRole::PairJoiner`] (`và`), the second one after a [`WordRole::Spouse`] word (`và vợ
//! Meghan`, `và bạn gái Georgia Groome`) up to [`SPOUSE_BACK`] sentences before, or without
//! one in the same sentence or the one before (`Harry và Meghan kết hôn hồi tháng 5/2018. Đến
//! cuối năm 2019, cặp đôi …`: further back, two names joined by `và` are as often two
//! children, two films or two rivals). A name that is an entity of another kind (`Trung Quốc
//! và Hàn Quốc`) is no partner. When the couple phrase names one of them (`Vợ chồng Harry`),
//! the pair must hold that name.

use std::ops::Range;

use crate::lexicon::Lexicon;
use crate::rules::{EntityKind, WordRole};
use crate::tokens::{matches_at, SentenceTokens, Token};

/// How many sentences back two names joined without a spouse word are a couple (0: the
/// claim's own sentence).
const PLAIN_BACK: usize = 1;
/// How many sentences back a couple is looked for at all: a bound on the work one couple
/// speaker costs (an article of thousands of them stays linear).
const SPOUSE_BACK: usize = 30;
/// The most words of one partner's name.
const NAME_WORDS: usize = 4;

/// The number of words of the couple phrase opening `mention`, if one does.
pub(super) fn couple_phrase(rules: &Lexicon, mention: &[Token]) -> Option<usize> {
    rules
        .phrases(WordRole::Couple)
        .iter()
        .find(|p| matches_at(mention, 0, p))
        .map(Vec::len)
}

/// The byte ranges of the two partners named together last before byte `before` in sentence
/// `si` or the sentences before it, and the sentence that names them; when `named` is given
/// (the last word of a name written after the couple phrase), one of them ends with it.
pub(super) fn couple_before(
    s: &str,
    sentences: &SentenceTokens,
    si: usize,
    before: usize,
    named: Option<&str>,
    rules: &Lexicon,
) -> Option<([Range<usize>; 2], usize)> {
    let joiners = rules.role_words(WordRole::PairJoiner);
    for back in 0..=si.min(SPOUSE_BACK) {
        let tokens = sentences.get(si - back)?;
        let end = tokens.partition_point(|t| t.range.start < before);
        for j in (1..end).rev() {
            if !joiners.contains(&tokens[j]) {
                continue;
            }
            let Some(first) = name_ending(tokens, j, rules) else {
                continue;
            };
            let spouse = rules
                .phrases(WordRole::Spouse)
                .iter()
                .find(|p| matches_at(tokens, j + 1, p))
                .map_or(0, Vec::len);
            if spouse == 0 && back > PLAIN_BACK {
                continue;
            }
            let Some(second) = name_starting(tokens, j + 1 + spouse, end, rules) else {
                continue;
            };
            let bytes = |r: &Range<usize>| tokens[r.start].range.start..tokens[r.end - 1].range.end;
            let pair = [bytes(&first), bytes(&second)];
            let holds = |name: &str| pair.iter().any(|r| s[r.clone()].ends_with(name));
            if named.is_none_or(holds) {
                return Some((pair, si - back));
            }
        }
    }
    None
}

/// The capitalised name ending just before token `end` (one to [`NAME_WORDS`] words), if it
/// is no entity of another kind than a person.
fn name_ending(tokens: &[Token], end: usize, rules: &Lexicon) -> Option<Range<usize>> {
    let start = (end.saturating_sub(NAME_WORDS)..end)
        .rev()
        .take_while(|&k| tokens[k].word && tokens[k].cap)
        .last()?;
    person_like(tokens, start..end, rules)
}

/// The capitalised name starting at token `start`, before token `end`.
fn name_starting(
    tokens: &[Token],
    start: usize,
    end: usize,
    rules: &Lexicon,
) -> Option<Range<usize>> {
    let stop = (start..end.min(start + NAME_WORDS))
        .take_while(|&k| tokens[k].word && tokens[k].cap)
        .last()?
        + 1;
    person_like(tokens, start..stop, rules)
}

fn person_like(tokens: &[Token], r: Range<usize>, rules: &Lexicon) -> Option<Range<usize>> {
    let other = (r.start..r.end).any(|k| {
        rules
            .entity_at(tokens, k)
            .is_some_and(|(_, e)| e.kind != EntityKind::Person)
    });
    (!other).then_some(r)
}

#[cfg(test)]
mod tests {
    use crate::attribution::claims_of;

    fn speakers(raw: &str) -> Vec<String> {
        claims_of(raw).into_iter().map(|c| c.0).collect()
    }

    /// Couples from three articles of the bulk corpus and dantri_085; `cặp đôi`, `vợ chồng`
    /// are `couple` phrases and `vợ` a `spouse` word of `rules/grammar.txt`.
    #[test]
    fn a_couple_speaks_as_the_two_people_named_together_before() {
        let cases: &[(&str, &[&str])] = &[
            // dantri:news_entertainment_160
            (
                "Chuyện tình của Lưu Diệc Phi và Song Seung Heon kéo dài 3 năm và tới năm 2018, cặp đôi xác nhận chia tay vì khoảng cách địa lý và văn hóa.",
                &["Lưu Diệc Phi", "Song Seung Heon"],
            ),
            // dantri_085 (dantri:news_world_115)
            (
                "Hoàng tử Harry và vợ Meghan kết hôn hồi tháng 5/2018. Đến cuối năm 2019, cặp đôi bất ngờ thông báo ý định từ bỏ các nghĩa vụ hoàng gia.",
                &["Harry", "Meghan"],
            ),
            (
                "Hoàng tử Harry và vợ Meghan đã đưa ra hàng loạt cáo buộc nhằm vào Hoàng gia Anh. Vợ chồng Harry cáo buộc Hoàng gia phân biệt chủng tộc.",
                &["Harry", "Meghan"],
            ),
            // dantri:news_entertainment_024
            (
                "Brooklyn Beckham và bạn gái Hana Cross đi dạo cùng nhau. Tuần trước, cặp đôi thông báo rằng họ đã chia tay.",
                &["Brooklyn Beckham", "Hana Cross"],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(speakers(text), *want, "{text}");
        }
    }

    /// Two countries are no couple; a couple with nobody named before speaks as a group; a
    /// named couple whose partner was never named is that person alone.
    #[test]
    fn a_couple_never_named_stays_as_written() {
        assert_eq!(
            speakers(
                "Trung Quốc và Hàn Quốc đã ký thỏa thuận. Cặp đôi cho biết, họ khao khát có con."
            ),
            ["Cặp đôi"]
        );
        assert_eq!(
            speakers("Vợ chồng Harry cáo buộc Hoàng gia phân biệt chủng tộc."),
            ["Harry"]
        );
        // baomoi:21488437: the person after the couple phrase, whose middle name is no country.
        let got = claims_of("Trò chuyện với PV, vợ chồng anh Chử Đức Chiến cho biết: \"Là vợ chồng trẻ, ban đầu 2 vợ chồng có chút ngại ngùng\".");
        assert_eq!(got, [("Chử Đức Chiến".to_string(), None, String::new())]);
    }
}
