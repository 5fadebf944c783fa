//! Prefixes that open a sentence before its claims: a source (`Theo hãng tin TASS, …`), an
//! interview (`Trong cuộc phỏng vấn với kênh Al Jazeera, …`) and a headline's speaker (`Nga:
//! …`); and the same source closing the sentence instead (`…, theo Reuters.`).

use std::ops::Range;

use nom::combinator::{map, opt, verify};
use nom::error::context;
use nom::Parser;

use crate::grammar::input::{miss, Res, Toks};
use crate::grammar::parsers::{capitalised, gap_start, punct, role, skip_many0};
use crate::grammar::speaker::{looks_like_speaker, named_in_full};
use crate::grammar::words::Words;
use crate::rules::WordRole;
use crate::tokens::Token;

/// How far after `Theo` the comma that closes the source may be, in tokens.
const MAX_SOURCE_TOKENS: usize = 14;
/// The most tokens of a headline's speaker (`Bí thư Thành ủy TP HCM Đinh La Thăng`).
const MAX_HEADLINE_SPEAKER: usize = 10;
/// The fewest words a headline's content has.
const MIN_HEADLINE_WORDS: usize = 3;

/// `Theo [hãng tin|thông tin từ] SOURCE ,`: gives the source's tokens; the input after the
/// comma is what the source says (or the clause of a chained claim).
///
/// ```text
/// "Theo hãng tin TASS, Bộ Quốc phòng Armenia thông báo …" → "hãng tin TASS"
/// "Theo thông cáo báo chí của Hạm đội Biển Đen ngày 20/4, …" → "Hạm đội Biển Đen ngày 20/4"
/// ```
pub(crate) fn source<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, Range<usize>> {
    move |i: Toks<'a>| {
        context(
            "source prefix",
            verify(
                (
                    one(w, WordRole::SourcePrefix),
                    skip_many0(role(w, WordRole::SourceIntro)),
                    source_until_comma(w),
                ),
                |(_, _, source): &(usize, (), Range<usize>)| {
                    !source.is_empty() && looks_like_speaker(w, i.all(), source.clone())
                },
            ),
        )
        .parse(i)
        .map(
            |(rest, (_, _, source))| match described_source(w, &rest, &source) {
                Some(comma) => (
                    Toks::new(rest.all(), comma + 1..rest.end()),
                    source.start..comma,
                ),
                None => (rest, source),
            },
        )
    }
}

/// `Thông tin từ SOURCE ,`, `Thông báo của SOURCE ,`: a source intro that ends in an owner word
/// opening the sentence, with no `Theo` before it (it is left out as often as written: on the
/// bulk corpus `Thông tin từ X,` 110 times against 197 `Theo thông tin từ`). Gives the source's
/// tokens, as [`source`] does.
///
/// ```text
/// "Thông tin từ Bộ Y tế, số ca mắc mới đã giảm …" → "Bộ Y tế"
/// "Hãng thông tấn Yonhap, …"                      → no hit (no owner word: the agency is named)
/// ```
pub(crate) fn intro_source<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, Range<usize>> {
    move |i: Toks<'a>| {
        let tokens = i.all();
        let Some(n) = w.at(WordRole::SourceIntro, tokens, i.pos()) else {
            return miss(i);
        };
        if !w.is(WordRole::Owner, tokens, i.pos() + n - 1) {
            return miss(i);
        }
        // `Thông tin từ TAND TP Hà Nội cho biết, …`, `Thông tin từ Công an huyện Hạ Hòa, tỉnh
        // Phú Thọ cho biết, …`, `Báo cáo của EVN cho thấy …`: a cue (or a verb of showing)
        // framed by a comma, a colon or `rằng` anywhere in the sentence, or one inside the
        // source, speaks for itself; the intro only tells where the words came from.
        let (rest, source) = context(
            "source intro prefix",
            verify(source_until_comma(w), |source: &Range<usize>| {
                !source.is_empty() && looks_like_speaker(w, tokens, source.clone())
            }),
        )
        .parse(i.skip(n))?;
        let cue_end = |k: usize| {
            w.cues
                .first_at(tokens, k)
                .map(|(cue, _)| k + cue.len())
                .or_else(|| w.at(WordRole::MediaShows, tokens, k).map(|m| k + m))
        };
        let framed = |end: usize| {
            (end..tokens.len().min(end + 2))
                .any(|k| tokens[k].is_any(",:") || w.is(WordRole::Complementizer, tokens, k))
        };
        // (`Thông tin từ Ban công an xã Thọ Thành (huyện Yên Thành, Nghệ An) …`: a comma inside
        // brackets does not close the source.)
        let opens = tokens[source.clone()].iter().filter(|t| t.is('(')).count();
        let closes = tokens[source.clone()].iter().filter(|t| t.is(')')).count();
        let in_source = opens > closes || (source.start..rest.pos()).any(|k| cue_end(k).is_some());
        let speaks = (rest.pos()..i.end()).any(|k| cue_end(k).is_some_and(framed));
        if in_source || speaks {
            return miss(i);
        }
        Ok((rest, source))
    }
}

/// `Theo ông Chu Phú Mỹ, Giám đốc Sở Nông nghiệp Phát triển nông thôn Hà Nội, diện tích cháy
/// rừng …`: a person named in full as the source, then a part saying who they are (opened by
/// a role title; a noun phrase: words, dashes and brackets, no adverb, negator, `là`,
/// quantifier, passive or cue) closed by a comma close ahead: the part belongs to the source,
/// and what follows its comma is what they said. A second part, opened by a capital, may name
/// where they work (`Theo bác sĩ Trương Hữu Khanh, Trưởng khoa Nhiễm – Thần kinh, Bệnh viện
/// Nhi đồng 1 Thành phố Hồ Chí Minh, …`). Gives the last such comma.
fn described_source(w: &Words, rest: &Toks<'_>, source: &Range<usize>) -> Option<usize> {
    /// The most parts after the name.
    const PARTS: usize = 2;
    let tokens = rest.all();
    let comma = source.end;
    if !tokens.get(comma).is_some_and(|t| t.is(','))
        || !named_in_full(w, tokens, source.start, comma)
    {
        return None;
    }
    let clause_word = |k: usize| {
        [
            WordRole::Adverb,
            WordRole::Negator,
            WordRole::Complementizer,
            WordRole::Quantifier,
            WordRole::Passive,
        ]
        .iter()
        .any(|&role| w.is(role, tokens, k))
            || w.cues.first_at(tokens, k).is_some()
    };
    let plain = |k: usize| {
        let t = &tokens[k];
        !t.quoted && (t.word && !clause_word(k) || t.is_dash() || t.is_any("()&/."))
    };
    let mut found = None;
    let mut from = rest.pos();
    for part in 0..PARTS {
        // (A form of address opens another person: `Theo bà Chí, anh H (SN 1988, …) và …`.)
        // The first part opens with a role title (a group's head, `nhóm`, `Công ty`, may open
        // what was said); a second with a capital.
        let opens = if part == 0 {
            w.titles.first_at(tokens, from).is_some() && !w.addresses(tokens, from)
        } else {
            tokens.get(from).is_some_and(|t| t.word && t.cap)
        };
        let limit = rest.end().min(from + MAX_SOURCE_TOKENS);
        let Some(close) = (from..limit).find(|&k| tokens[k].is(',')) else {
            break;
        };
        let said = tokens[close + 1..rest.end()].iter().any(|t| t.word);
        // `Theo ông La Ngọc Dương, Bí thư Đảng ủy, Chủ tịch UBND xã Húc Động cho hay: …`,
        // `…, giáo sư phụ khoa tại Đại học Gothenburg, Thụy Điển cho biết …`: a cue close
        // after the part makes a blend of `Theo X,` and `X cho biết`, whose parts are read as
        // before (the whole source, whichever part the cue follows).
        let ahead = close + 1..rest.end().min(close + 1 + MAX_SOURCE_TOKENS);
        let blend = ahead.clone().any(|k| w.cues.first_at(tokens, k).is_some());
        if blend {
            return None;
        }
        if !opens || close == from || !(from..close).all(plain) || !said {
            break;
        }
        found = Some(close);
        from = close + 1;
    }
    found
}

/// `SPEAKER: CONTENT`, a headline or sub-heading that gives a speaker's words after a colon.
/// The speaker opens with a title or head (`Bí thư Đinh La Thăng`, `Thủ tướng`, `Bộ Y tế`,
/// `Ông Nguyễn Sự`), words only, and starts the sentence; a topic before a colon (`Tuyển sinh
/// 2017: …`, `Chuẩn bị: …`) is none. A bare party name is none either: on the bulk corpus
/// `Mỹ: Bé trai 11 tuổi …`, `Iraq: IS hành quyết …` (where the news happened) outnumber
/// `Nga: … là bịa đặt` (the guidelines' example), and nothing in the words tells them apart.
/// Gives the speaker's tokens; the input after the colon is the content.
///
/// ```text
/// "Ông Nguyễn Sự: Chức vụ không phải gia tài của riêng ai" → "Ông Nguyễn Sự"
/// "Thi THPT quốc gia 2017: Thí sinh đăng ký thi thế nào?" → none
/// ```
pub(crate) fn headline<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, Range<usize>> {
    move |i: Toks<'a>| {
        // A head (a title, `Bộ Y tế`, `ông`) alone or before a name that ends the phrase
        // (`Nguyên liệu:` opens with the head `nguyên` and names no one), and no clause (two
        // lower-case words in a row after a name: `Tân binh Marco Silva có thể mang về
        // Arsenal:`).
        let headed = |tokens: &[Token], r: Range<usize>| {
            w.heads.first_at(tokens, r.start).is_some_and(|(head, _)| {
                let after = &tokens[r.start + head.len()..r.end];
                let clause = after.windows(3).any(|x| x[0].cap && !x[1].cap && !x[2].cap);
                // It ends with a name (`Sinh viên Mỹ chết:` ends with a verb).
                (after.is_empty() || after.last().is_some_and(|t| t.cap)) && !clause
            })
        };
        colon_heading(w, i, headed)
    }
}

/// `PARTY: CONTENT`, a headline whose speaker is a bare party name (`Nga: Tổng thống Mỹ tiết
/// lộ thông tin tối mật cho Moskva là bịa đặt`). Found as a candidate only: the words alone do
/// not tell it from a dateline (`Mỹ: Chủ bị giết, chó tự nhai nát chân …`), so the grammar
/// keeps it only when the article echoes it (`super::super::echoed_headlines`).
///
/// ```text
/// "Nga: Tổng thống Mỹ tiết lộ thông tin tối mật cho Moskva là bịa đặt" → "Nga"
/// "Ông Nguyễn Sự: Chức vụ không phải gia tài của riêng ai" → none (a headline)
/// ```
pub(crate) fn party_headline<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, Range<usize>> {
    move |i: Toks<'a>| colon_heading(w, i, |tokens, r| w.is_party(&tokens[r]))
}

/// `SPEAKER: CONTENT` at the start of the input, with a speaker `accept` takes.
fn colon_heading<'a>(
    w: &'a Words,
    i: Toks<'a>,
    accept: impl Fn(&[Token], Range<usize>) -> bool,
) -> Res<'a, Range<usize>> {
    {
        let tokens = i.all();
        let start = i.pos();
        let limit = i.end().min(start + MAX_HEADLINE_SPEAKER + 1);
        let Some(colon) = (start..limit).find(|&k| !tokens[k].word) else {
            return miss(i);
        };
        let speaker = start..colon;
        let content = colon + 1..i.end();
        let content_words = tokens[content.clone()].iter().filter(|t| t.word).count();
        let opens_words = tokens.get(colon + 1).is_some_and(|t| {
            (t.word && !t.lower.bytes().all(|b| b.is_ascii_digit())) || t.is_any("“\"«")
        });
        if !tokens[colon].is(':')
            || speaker.is_empty()
            || !tokens[start].cap
            || !accept(tokens, speaker.clone())
            || !looks_like_speaker(w, tokens, speaker.clone())
            || content_words < MIN_HEADLINE_WORDS
            || !opens_words
        {
            return miss(i);
        }
        Ok((Toks::new(tokens, colon + 1..i.end()), speaker))
    }
}

/// `…, theo [tờ|số liệu của] SOURCE [time].` closing the sentence: gives the comma before
/// `theo` and the source's tokens (without a time after them).
///
/// ```text
/// "…, theo tờ Rappler." → "tờ Rappler"
/// "…, theo The New Arab hôm 8/2." → "The New Arab"
/// "…, theo thỏa thuận ký năm 2014." → none (an agreement says nothing)
/// ```
pub(crate) fn source_after(
    w: &Words,
    tokens: &[Token],
    from: usize,
) -> Option<(usize, Range<usize>)> {
    let end = tokens.iter().rposition(|t| t.word)? + 1;
    let lowest = end.saturating_sub(MAX_SOURCE_TOKENS + 2).max(from);
    let comma = (lowest..end).rev().find(|&k| tokens[k].is(','))?;
    let i = Toks::new(tokens, comma + 1..end);
    let (rest, _) = (
        one(w, WordRole::SourcePrefix),
        skip_many0(role(w, WordRole::SourceIntro)),
    )
        .parse(i)
        .ok()?;
    let source = rest.pos()..gap_start(w, tokens, rest.pos(), end);
    (comma > from && !source.is_empty() && looks_like_speaker(w, tokens, source.clone()))
        .then_some((comma, source))
}

/// The source's words up to a comma close ahead, without the gap words before the comma
/// (`Theo Bộ Quốc phòng Nga hôm 3/10,`) and without a cue that repeats the prefix's sense
/// (`Theo gia đình nạn nhân cho biết,`, a blend of `Theo X,` and `X cho biết,`); consumes
/// the comma.
fn source_until_comma<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, Range<usize>> {
    move |i: Toks<'a>| {
        let tokens = i.all();
        let limit = tokens.len().min(i.pos() + MAX_SOURCE_TOKENS);
        let Some(comma) = (i.pos()..limit).find(|&k| tokens[k].is(',')) else {
            return miss(i);
        };
        let mut end = gap_start(w, tokens, i.pos(), comma);
        if let Some((cue, _)) = w.cues.first_before(tokens, end) {
            let at = end - cue.len();
            // Not a cue word inside a noun (`Theo các nhà phân tích,`, `Theo người viết,`), and
            // not what some information says (`Theo những thông tin chia sẻ,` keeps its words).
            let verb = !w.in_compound(tokens, at, end)
                && [WordRole::NounMarker, WordRole::Information]
                    .iter()
                    .all(|&role| w.before(role, tokens, at).is_none());
            if at > i.pos() && verb {
                end = gap_start(w, tokens, i.pos(), at);
            }
        }
        Ok((Toks::new(tokens, comma + 1..i.end()), i.pos()..end))
    }
}

/// `Trong cuộc phỏng vấn với kênh Al Jazeera,`, `Trả lời phỏng vấn CNN,`: an interview
/// intro, the outlet (capitalised words after an optional outlet noun) and a comma. Gives the
/// outlet's tokens.
pub(crate) fn interview<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, Range<usize>> {
    move |i: Toks<'a>| {
        context(
            "interview prefix",
            map(
                (
                    role(w, WordRole::InterviewIntro),
                    opt(one(w, WordRole::OutletNoun)),
                    capitalised(5),
                    punct(","),
                ),
                |(_, _, outlet, _)| outlet,
            ),
        )
        .parse(i)
    }
}

/// One token that is, by itself, a phrase of `role`.
pub(crate) fn one<'a>(w: &'a Words, r: WordRole) -> impl Fn(Toks<'a>) -> Res<'a, usize> {
    move |i: Toks<'a>| {
        if i.first().is_some() && w.is(r, i.all(), i.pos()) {
            Ok((i.skip(1), i.pos()))
        } else {
            miss(i)
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::grammar::testing::*;

    /// `Thông tin từ X, …`: a source intro ending in an owner word opens the sentence without
    /// `Theo`: the source said what follows the comma (rule `source-prefix`, the intro as its
    /// cue). A cue of the sentence's own, framed by a comma, or a comma inside the source's
    /// name or address, leaves the claim to that cue.
    #[test]
    fn a_source_intro_without_theo_opens_a_source_prefix() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in [
            ("baomoi:22265455", "Thông tin từ quân đội Hàn Quốc, vụ thử tên lửa của Triều Tiên diễn ra lúc 5h27 sáng Chủ nhật, từ một địa điểm phóng trong khu vực lân cận vùng Kusong, tỉnh Bắc Pyongan.", ("quân đội Hàn Quốc", "Thông tin từ")),
            ("baomoi:22320628", "Thông tin từ Tổng công ty Hàng không Việt Nam (Vietnam Airlines), hãng đã khai trương hệ thống dịch vụ tại nhà ga quốc tế T2 Đà Nẵng vào hôm nay (19/5).", ("Tổng công ty Hàng không Việt Nam (Vietnam Airlines)", "Thông tin từ")),
            ("dantri:news_society_040", "Thông tin từ Bộ Y tế, từ 18h ngày 30/4 đến 6h ngày 1/5, Việt Nam không ghi nhận có ca mắc Covid-19 mới.", ("Bộ Y tế", "Thông tin từ")),
            ("shortened from baomoi:21512223", "Thông tin từ TAND TP Hà Nội cho biết, ngày 27/2 tới sẽ diễn ra phiên tòa xét xử sơ thẩm bị cáo Hà Văn Thắm, nguyên Chủ tịch Hội đồng quản trị Ngân hàng Đại Dương (Oceanbank) cùng 47 bị cáo khác.", ("TAND TP Hà Nội", "cho biết")),
            ("shortened from baomoi:22309141", "Thông tin từ Công an huyện Hạ Hòa, tỉnh Phú Thọ cho biết, ngày 18/5 đơn vị đã tiến hành khởi tố vụ án.", ("Công an huyện Hạ Hòa, tỉnh Phú Thọ", "cho biết")),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            let got: Vec<(&str, &str)> = claims
                .iter()
                .map(|c| (c.speaker.text.as_str(), c.cue.text.as_str()))
                .collect();
            assert_eq!(got, vec![want], "{source}");
        }
    }

    /// `Theo ông X, Giám đốc Sở Y, …`: the role after the source's name is the source's, not
    /// the start of what they said; a blend with a cue after the role, or a second person, is
    /// read as before.
    #[test]
    fn a_role_after_the_source_belongs_to_it() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, speaker, content) in [
            ("baomoi:22464580", "Theo ông Chu Phú Mỹ, Giám đốc Sở Nông nghiệp Phát triển nông thôn Hà Nội, diện tích cháy rừng lên đến 50 ha.", "ông Chu Phú Mỹ, Giám đốc Sở Nông nghiệp Phát triển nông thôn Hà Nội", "diện tích cháy rừng lên đến 50 ha"),
            ("baomoi:21491137", "Theo bác sỹ Trương Hữu Khanh, Trưởng khoa Nhiễm – Thần kinh, Bệnh viện Nhi đồng 1 Thành phố Hồ Chí Minh, tại các tỉnh miền Nam, bệnh thủy đậu diễn ra theo chu kỳ từ tháng 2 đến tháng 6 hàng năm.", "bác sỹ Trương Hữu Khanh, Trưởng khoa Nhiễm – Thần kinh, Bệnh viện Nhi đồng 1 Thành phố Hồ Chí Minh", "tại các tỉnh miền Nam, bệnh thủy đậu diễn ra theo chu kỳ từ tháng 2 đến tháng 6 hàng năm"),
            ("baomoi:22269688", "Theo Đại úy Pamela Kunze, người phát ngôn của lực lượng Hải quân Mỹ Châu Âu, máy bay của Hải quân Mỹ tiến hành “hoạt động tuần tra trường xuyên trong không phận quốc tế”.", "Đại úy Pamela Kunze, người phát ngôn của lực lượng Hải quân Mỹ Châu Âu", "máy bay của Hải quân Mỹ tiến hành “hoạt động tuần tra trường xuyên trong không phận quốc tế”"),
            ("baomoi:22531086", "Theo bà Chí, anh H (SN 1988, bố cháu V.A) và P.T.T cưới nhau hồi tháng 9.2016.", "bà Chí", "anh H (SN 1988, bố cháu V.A) và P.T.T cưới nhau hồi tháng 9.2016"),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims.len(), 1, "{source}: {claims:?}");
            assert_eq!(claims[0].speaker.text, speaker, "{source}");
            assert_eq!(claims[0].content.text, content, "{source}");
        }
        let claims = analyzer
            .document("t", "-", "Theo ông La Ngọc Dương, Bí thư Đảng ủy, Chủ tịch UBND xã Húc Động cho hay: \"Xã Húc Động gồm 5 đồng bào dân tộc.\"")
            .claims;
        assert!(
            claims
                .iter()
                .all(|c| !c.content.text.starts_with("cho hay")),
            "{claims:?}"
        );
    }

    #[test]
    fn source_prefix_becomes_via_of_a_chained_claim() {
        let got = found("Theo hãng tin TASS, Bộ Quốc phòng Armenia thông báo đã bắn hạ 3 máy bay.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "Bộ Quốc phòng Armenia");
    }

    /// `…, theo SOURCE.`: a source closing a sentence with no claim speaks the words before it;
    /// in a sentence with claims it is their outermost via. `Theo số liệu của X, …`: a noun of
    /// information before its owner names the source; a regulation does not.
    #[test]
    fn sources_closing_a_sentence_or_behind_information() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, canonical, via, rule_name) in [
            ("baomoi:22417296", "Đối tượng bị nghi sẽ tiến hành tấn công là nhóm vũ trang Maute, theo tờ Rappler.", "Rappler", None, rule::SOURCE_AFTER),
            ("baomoi:21491321", "Chính quyền đã sa thải 500 công chức sau vụ đảo chính bất thành hồi tháng 7 năm ngoái, theo The New Arab hôm 8/2.", "The New Arab", None, rule::SOURCE_AFTER),
            ("baomoi:21487539", "Lực lượng không quân là bộ phận được kiểm tra kỹ nhất, theo Bộ trưởng Shoigu.", "Sergei Shoigu", None, rule::SOURCE_AFTER),
            ("baomoi:21478747", "Hiện giá vàng đang ở mức cao nhất kể từ ngày 10/11/2016, theo số liệu nghiên cứu của FactSet.", "FactSet", None, rule::SOURCE_AFTER),
            ("baomoi:22567243", "“Tôi đã bị đánh khi đang quỳ, ghi hình”, Thượng tá Ân cho biết, theo tin tức trên báo PL TP.", "Ân", Some("tin tức trên báo PL TP"), rule::POSTPOSED_QUOTE),
            ("baomoi:21478258", "Theo số liệu của Viện kinh tế Brookings, cả hai hiệp định có quy mô gần tương đương.", "Viện kinh tế Brookings", None, rule::SOURCE_PREFIX),
            ("baomoi:21488047", "Theo ước tính của Forbes, vợ chồng bà DeVos sở hữu 1/4 số tài sản của công ty.", "Forbes", None, rule::SOURCE_PREFIX),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims.len(), 1, "{source}: {sentence}");
            assert_eq!(claims[0].speaker.canonical, canonical, "{source}");
            assert_eq!(claims[0].via.first().map(String::as_str), via, "{source}");
            assert_eq!(claims[0].rule.split('+').next(), Some(rule_name), "{source}");
        }
        // Both claims of a sentence closed by its source come through it.
        let claims = analyzer
            .document("t", "-", "Ông Trump yêu cầu ông hủy bỏ cuộc điều tra, đồng thời khẳng định Flynn là \"người tốt\", theo AFP.")
            .claims;
        assert_eq!(claims.len(), 2);
        assert!(claims.iter().all(|c| c.via == ["AFP"]), "{claims:?}");
        for sentence in [
            "Thổ Nhĩ Kỳ hôm 7/6 thúc đẩy luật nhằm cho phép nhiều binh sĩ được triển khai đến căn cứ quân sự ở Qatar, theo thỏa thuận ký năm 2014.",
            "Nghi phạm Thịnh từ quê Quảng Bình vào Huế từ mấy năm trước, theo học nghề đúc đồng tại nhà bà H.",
            "Theo quy định của Bộ Y tế, người dân phải đeo khẩu trang nơi công cộng.",
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert!(claims.is_empty(), "{sentence}: {claims:?}");
        }
    }

    /// `Cũng theo X, …`, `Còn theo X, …`, `Bởi theo X, …`: a particle before the source prefix
    /// (780 times on the bulk corpus for `Cũng theo` alone) is no part of it; a regulation after it is still no
    /// source.
    #[test]
    fn a_particle_before_a_source_prefix() {
        check_rows(
            "source particle",
            &[
                ("baomoi:21472056", "Cũng theo ông Dũng, lượng du khách về thăm quan, vãn cảnh, chiêm bái tại danh thắng Yên Tử năm 2016 đạt hơn 1,6 triệu lượt.", &[("ông Dũng", "theo")]),
                ("baomoi:21472386", "Cũng theo ông Hải, tuyến buýt nhanh số 2 sẽ chạy ở 2 đường gom trên Đại lộ Thăng Long.", &[("ông Hải", "theo")]),
                ("baomoi:22247163", "Còn theo ông Elleman, mối đe dọa với Hàn Quốc và Nhật Bản từ các loại vũ khí tầm ngắn hơn của Triều Tiên hiện là “trước mắt”.", &[("ông Elleman", "theo")]),
                ("baomoi:21480496", "Nhưng theo Trần Phá Không, thực ra trong chuyện này chính Trung Quốc đang âm thầm \"cống nạp\" cho nước Mỹ.", &[("Trần Phá Không", "theo")]),
                ("baomoi:22337005", "Song theo Hưng, chúng ta nên bắt đầu từ những cái nhỏ nhất.", &[("Hưng", "theo")]),
                ("baomoi:22324993", "Còn theo Thông tư liên tịch số 01/2015, nếu được chủ tịch tỉnh tặng bằng khen thì bà Oanh sẽ được thưởng đến 20 tháng lương tối thiểu.", &[]),
                // A causal conjunction before it (`Bởi theo`, `Vì theo`: 55 and 13 times).
                ("baomoi:21472612", "Bởi theo giới phân tích, nhà lãnh đạo Kim Jong-un đang \"án binh bất động\" theo dõi mọi động tĩnh từ chính quyền mới của ông Trump.", &[("giới phân tích", "theo")]),
                ("baomoi:21473213", "Bởi theo bà Thu, những năm trước tuyến đường này rất khó kêu gọi tài trợ để trang trí ánh sáng nhưng năm nay đã thực hiện được.", &[("bà Thu", "theo")]),
                ("baomoi:22487926", "Bởi theo ông Cảnh, giá đất thì biến động trong khi nguồn lực thì có hạn.", &[("ông Cảnh", "theo")]),
            ],
        );
    }

    /// Headlines and sub-headings `SPEAKER: CONTENT` (the guidelines' conventions) with a
    /// titled or headed speaker; a topic, a bare place or a phrase ending in a verb before the
    /// colon is none.
    /// `Theo X cho biết, …`, a blend of `Theo X,` and `X cho biết,`: the source is X; a cue
    /// word inside a noun (`nhà phân tích`) or what information says stays in the source.
    #[test]
    fn a_source_prefix_ending_in_a_cue() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, speaker) in [
            ("baomoi:22316586", "Tuy nhiên, theo nhiều nguồn tin thân cận cho biết, nữ diễn viên hy vọng ở gần nhau sẽ thuận tiện các con có cơ hội gần gũi cha của chúng hơn.", "nhiều nguồn tin thân cận"),
            ("baomoi:21477938", "Theo một số nhân chứng cho biết, vào khoảng thời gian trên, chiếc container chạy với tốc độ cao.", "một số nhân chứng"),
            ("baomoi:21480335", "Theo thông tin từ Bộ Ngoại giao cho biết, Bộ trưởng Bộ Kế hoạch và Đầu tư thay mặt Chính phủ Việt Nam ký kết các văn kiện.", "Bộ Ngoại giao"),
            ("baomoi:22708649", "Theo gia đình ông Hùng cho biết, vào trưa ngày 5/7, con gái ông xin gia đình đi cưới bạn.", "gia đình ông Hùng"),
            ("baomoi:22744051", "Theo các nhà phân tích, doanh số bán Galaxy S8 và S8+ năm nay sẽ thấp hơn so với Galaxy S7.", "các nhà phân tích"),
            ("baomoi:22274356", "Theo những thông tin chia sẻ, đoạn clip trên được quay ở hẻm 19 đường Bình Thới.", "những thông tin chia sẻ"),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims.len(), 1, "{source}: {claims:?}");
            assert_eq!(claims[0].speaker.text, speaker, "{source}");
        }
    }

    /// A bare party's headline is its claim when the article echoes it (a claim by a speaker
    /// naming the party, with most of the headline's words) and its words hold a proposition; a
    /// dateline over an event the article reports is none.
    #[test]
    fn party_headlines_stand_when_the_article_echoes_them() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, text, want) in [
            ("baomoi:22290800", "Nga: Tổng thống Mỹ tiết lộ thông tin tối mật cho Moskva là bịa đặt\nBộ Ngoại giao Nga khẳng định thông tin Tổng thống Mỹ Donald Trump đã chuyển thông tin tối mật về tổ chức IS cho Ngoại trưởng Nga Sergey Lavrov là hoàn toàn bịa đặt.", Some(("Nga", "Tổng thống Mỹ tiết lộ thông tin tối mật cho Moskva là bịa đặt"))),
            ("baomoi:22754372", "Malaysia: Các mảnh vỡ ở Seychelles không phải của máy bay MH370\nMalaysia khẳng định các mảnh vỡ được phát hiện tại Seychelles không phải của máy bay bị mất tích mang số hiệu MH370, gặp nạn hồi tháng 3/2014.", Some(("Malaysia", "Các mảnh vỡ ở Seychelles không phải của máy bay MH370"))),
            ("baomoi:22319986", "Nga: Mỹ ném bom quân Syria là 'không thể chấp nhận'\nThứ trưởng Bộ Ngoại giao Nga Gennady Gatilov vừa tuyên bố cuộc tấn công do Mỹ thực hiện nhằm vào một đoàn xe của quân đội Syria là không thể chấp nhận được và vi phạm chủ quyền của đất nước này, RT đưa tin.", Some(("Nga", "Mỹ ném bom quân Syria là 'không thể chấp nhận'"))),
            // Echoed by the survey's report, but an event, not a proposition.
            ("baomoi:22443901", "Mỹ: Động đất 6,8 độ richter ngoài khơi bang Alaska\nCơ quan Khảo sát Địa chất Mỹ (USGS) cho biết một trận động đất cường độ 6,8 độ richter đã làm rung chuyển khu vực ngoài khơi bang Alaska của Mỹ vào lúc 22 giờ 24 phút ngày 2/6 (giờ GMT).", None),
            // A proposition, but nothing in the article echoes it.
            ("constructed from baomoi:22290800", "Nga: Tổng thống Mỹ tiết lộ thông tin tối mật cho Moskva là bịa đặt\nCác cuộc giao tranh vẫn tiếp diễn ở Syria.", None),
        ] {
            let claims = analyzer.document("t", "-", text).claims;
            let headline = claims.iter().find(|c| c.rule == crate::grammar::rule::PARTY_HEADLINE);
            let got = headline.map(|c| (c.speaker.text.as_str(), c.content.text.as_str()));
            assert_eq!(got, want, "{source}: {claims:?}");
        }
    }

    #[test]
    fn headlines_name_their_speaker() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in [
            (
                "baomoi:21468692",
                "Ông Nguyễn Sự: Chức vụ không phải gia tài của riêng ai",
                &[("Ông Nguyễn Sự", "Chức vụ không phải gia tài của riêng ai")][..],
            ),
            (
                "baomoi:22491936",
                "Chủ tịch quận Đống Đa: Cá chết hồ Hoàng Cầu do thời tiết",
                &[("Chủ tịch quận Đống Đa", "Cá chết hồ Hoàng Cầu do thời tiết")],
            ),
            (
                "baomoi:22292817",
                "Tổng thống Trump: Tôi có toàn quyền chia sẻ thông tin với ông Lavrov",
                &[(
                    "Tổng thống Trump",
                    "Tôi có toàn quyền chia sẻ thông tin với ông Lavrov",
                )],
            ),
            (
                "baomoi:22258078",
                "Mỹ: Chủ bị giết, chó tự nhai nát chân để tháo xích",
                &[],
            ),
            (
                "baomoi:22429361",
                "Nguyên liệu: 60g mỗi loại: xoài, dâu tây, mâm xôi",
                &[],
            ),
            (
                "baomoi_075",
                "Sinh viên Mỹ chết: Triều Tiên nhận là 'nạn nhân lớn nhất'",
                &[],
            ),
        ] {
            assert_said(&analyzer, source, sentence, want);
        }
    }
}
