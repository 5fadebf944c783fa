//! Postposed attribution: the words come first, the speaker and cue after them.
//!
//! ```text
//! “Chúng ta không còn thời gian …” – Tổng thống Aliyev nhấn mạnh.      postposed quote
//! Nga sẵn sàng hỗ trợ, ông Peskov nói thêm.                              postposed
//! “…”, ông Peskov nói, cho biết thêm rằng …                              postposed, then a conjoined cue
//! “Khu vực này …”, Interfax trích thông báo của Nga.                     a relay: Nga's words via Interfax
//! ```

use std::ops::Range;

use nom::branch::alt;
use nom::combinator::map;
use nom::Parser;

use crate::grammar::hits::Hit;
use crate::grammar::input::{miss, Res, Toks};
use crate::grammar::parsers::{
    gap_start, openers, punct, quote_close, quote_open, role, skip_many0, time_phrase,
};
use crate::grammar::speaker::{self, looks_like_speaker};
use crate::grammar::words::Words;
use crate::rules::{CueClass, WordRole};
use crate::tokens::Token;

/// The most tokens a relayed source may have (`trích thông báo của Bộ Quốc phòng Nga`).
const MAX_RELAYED_TOKENS: usize = 14;

/// True when the cue `hit` closes a postposed attribution: after it only tail words (`thêm`,
/// `trong một tuyên bố`) up to the end of the sentence, or up to a comma right before the next
/// cue (`“…”, ông Peskov nói, cho biết thêm rằng …`).
pub(crate) fn closes(w: &Words, tokens: &[Token], hit: &Hit, next_hit: Option<usize>) -> bool {
    let after = Toks::new(tokens, hit.end..tokens.len());
    let Ok((rest, _)) = skip_many0(role(w, WordRole::Tail)).parse(after) else {
        return false;
    };
    let to_the_end = |i: Toks<'_>| i.tokens().iter().all(|t| !t.word);
    if to_the_end(rest) {
        return true;
    }
    let before_next_cue = |i| -> Res<'_, ()> {
        let (rest, _) = (punct(","), openers(w)).parse(i)?;
        match next_hit {
            Some(n) if gap_start(w, tokens, rest.pos(), n) == rest.pos() => Ok((rest, ())),
            _ => miss(rest),
        }
    };
    before_next_cue(rest).is_ok()
}

/// `Ít nhất 60 người thiệt mạng, AFP dẫn lời cảnh sát Thổ Nhĩ Kỳ.`, `…, Daily Star dẫn thông báo
/// của cảnh sát Thổ Nhĩ Kỳ ngày 5/2.`: a report cue, the last of its sentence, whose relayed
/// source ends the sentence (but for a time phrase) closes a postposed attribution.
pub(crate) fn relay_closes(
    w: &Words,
    tokens: &[Token],
    hit: &Hit,
    next_hit: Option<usize>,
) -> bool {
    hit.class == CueClass::Report
        && next_hit.is_none()
        && relayed(w, tokens, hit, None).is_some_and(|r| {
            let rest = Toks::new(tokens, r.end..tokens.len());
            let rest = time_phrase(w)(rest).map_or(rest, |(after, _)| after);
            rest.tokens().iter().all(|t| !t.word)
        })
}

/// True when all that follows the cue `hit` (after its tail words) is a short phrase of where,
/// when or to whom it was said (`nói trong thông cáo.`, `nói với tờ KZTV.`, `nói ngày 11/5.`),
/// not what.
pub(crate) fn names_venue(w: &Words, tokens: &[Token], hit: &Hit) -> bool {
    const VENUE_WORDS: usize = 8;
    let after = Toks::new(tokens, hit.end..tokens.len());
    (
        skip_many0(role(w, WordRole::Tail)),
        alt((
            map(role(w, WordRole::Venue), drop),
            map(time_phrase(w), drop),
        )),
    )
        .parse(after)
        .is_ok_and(|(rest, _)| rest.tokens().iter().filter(|t| t.word).count() <= VENUE_WORDS)
}

/// `Triều Tiên tuyên bố rằng …, hãng thông tấn Hàn Quốc Yonhap cho hay.`: a postposed speaker
/// that is an outlet (it opens with an outlet noun, or its cue reports: `đưa tin`) relays the
/// claims before it, as a source prefix does (`Theo hãng tin Yonhap, Triều Tiên tuyên bố …`).
pub(crate) fn outlet_relays(w: &Words, tokens: &[Token], hit: &Hit, sp: &Range<usize>) -> bool {
    hit.class == CueClass::Report || w.is(WordRole::OutletNoun, tokens, sp.start)
}

/// The most words a speaker described by common nouns may have after a quotation.
const MAX_DESCRIBED_WORDS: usize = 10;

/// `“…”, trưởng nghiên cứu Masaya Yamada cho biết.`, `"…", cha của cậu bé cho biết.`,
/// `"…", phát ngôn viên cảnh sát cho hay.`: between a closing quotation (and its comma or dash)
/// and a cue that ends the sentence, a short phrase of words is the speaker, whatever noun heads
/// it: the quotation is the content and the phrase can only say who spoke. Gives the phrase
/// when the usual speaker grammar found none; `lower` is where the phrase may start at the
/// earliest.
pub(crate) fn described_after_quote(
    w: &Words,
    tokens: &[Token],
    hit: &Hit,
    next_hit: Option<usize>,
    lower: usize,
) -> Option<Range<usize>> {
    if !closes(w, tokens, hit, next_hit) {
        return None;
    }
    let end = gap_start(w, tokens, lower, hit.start);
    let mut start = end;
    while start > lower && tokens[start - 1].word && !tokens[start - 1].quoted {
        start -= 1;
    }
    let end = without_manner(w, tokens, start..end);
    let words = end - start;
    ((1..=MAX_DESCRIBED_WORDS).contains(&words)
        && follows_quote(tokens, start)
        && !quote_inside_phrase(tokens, start)
        && !(start..end).any(|k| {
            w.is(WordRole::Aspect, tokens, k)
                || w.is(WordRole::Conjunction, tokens, k)
                || w.cues.first_at(tokens, k).is_some()
        }))
    .then_some(start..end)
}

/// The most lower-case words of manner or feeling after a named speaker (`Hari Won hóm hỉnh
/// nói`, `bà Báo bùi ngùi tâm sự`, `Giang Còi vẫn lạc quan cho biết`).
const MAX_MANNER_WORDS: usize = 3;

/// The end of the phrase `r` without the lower-case words of manner after a name: a name (its
/// words capitalised, not opening with an institution's head), a form of address and a name, a
/// party's alias, or a form of address alone, then one to three lower-case words with no
/// digit. Other phrases (`cha của cậu bé`, `Sở Y tế`) end where they end.
fn without_manner(w: &Words, tokens: &[Token], r: Range<usize>) -> usize {
    let Range { start, end } = r;
    let last_cap = (start..end).rev().find(|&k| tokens[k].cap);
    let name_end = match last_cap {
        Some(l) => l + 1,
        None if start < end && w.addresses_one_word(tokens, start) => start + 1,
        None => return end,
    };
    let tail = &tokens[name_end..end];
    let manner = (1..=MAX_MANNER_WORDS).contains(&tail.len())
        && tail
            .iter()
            .all(|t| t.word && !t.cap && !t.lower.bytes().any(|b| b.is_ascii_digit()));
    if !manner {
        return end;
    }
    let all_cap = |from: usize| from < name_end && tokens[from..name_end].iter().all(|t| t.cap);
    let name = all_cap(start) && w.heads.first_at(tokens, start).is_none()
        || w.addresses_one_word(tokens, start) && (name_end == start + 1 || all_cap(start + 1))
        || w.is_alias(&tokens[start..name_end]);
    if name {
        name_end
    } else {
        end
    }
}

/// `"…", ông nói`, `"…" – ông nói`: the speaker at `sp` right after a closing quotation mark.
pub(crate) fn follows_quote(tokens: &[Token], sp: usize) -> bool {
    closing_quote_before(tokens, sp).is_some()
}

/// The closing quotation mark right before the speaker at `sp` (or before the comma or dash
/// there).
fn closing_quote_before(tokens: &[Token], sp: usize) -> Option<usize> {
    let quote_ends_at = |k: usize| quote_close(Toks::new(tokens, k..tokens.len())).is_ok();
    let close = match sp {
        0 => return None,
        1 => 0,
        _ if quote_ends_at(sp - 1) => sp - 1,
        _ if tokens[sp - 1].is_any(",-–") => sp - 2,
        _ => return None,
    };
    quote_ends_at(close).then_some(close)
}

/// The quotation before the speaker at `sp` is glued to the word before it: a scare quote or a
/// quoted phrase inside a clause (`Về hiệu quả đầu tư của các "cá mập", ông Phú cho biết …`),
/// not words quoted as a clause of their own. Quotation marks nest (`“… mặt bằng “sạch” …”`).
pub(crate) fn quote_inside_phrase(tokens: &[Token], sp: usize) -> bool {
    let Some(close) = closing_quote_before(tokens, sp) else {
        return false;
    };
    let mut depth = 0usize;
    let mut open = None;
    for k in (0..close).rev() {
        let t = &tokens[k];
        if t.is_any("”»") {
            depth += 1;
        } else if t.is_any("“«") {
            if depth == 0 {
                open = Some(k);
                break;
            }
            depth -= 1;
        } else if t.is('"') && tokens[close].is('"') {
            open = Some(k);
            break;
        }
    }
    open.is_some_and(|o| o > 0 && tokens[o - 1].word)
}

/// The content of a postposed claim: tokens `from..sep` without trailing commas and dashes.
/// Says whether it is exactly one quotation.
pub(crate) fn content(tokens: &[Token], from: usize, sep: usize) -> (Option<Range<usize>>, bool) {
    let mut end = sep;
    while end > from && tokens[end - 1].is_any(",-–") {
        end -= 1;
    }
    let opens = from < end && quote_open(Toks::new(tokens, from..end)).is_ok();
    let closes_at = |k: usize| quote_close(Toks::new(tokens, k..k + 1)).is_ok();
    let quote = opens && end > from && closes_at(end - 1)
        || opens && end > from + 1 && tokens[end - 1].is('.') && closes_at(end - 2);
    (trim(tokens, from, end), quote)
}

/// `"…", Interfax trích thông báo của Nga, đồng thời …`: a report cue after a postposed
/// speaker names whose words the speaker relays. Gives the relayed source, which ends at the
/// clause or at the gap words of the next cue (`hãng tin TASS dẫn lời Ngoại trưởng Séc Jakub
/// Kulhanek thông báo trên truyền hình …`); none when the cue names no one who can speak.
pub(crate) fn relayed(
    w: &Words,
    tokens: &[Token],
    hit: &Hit,
    next_hit: Option<usize>,
) -> Option<Range<usize>> {
    let from = hit.content_from;
    let clause_end = (from..tokens.len())
        .find(|&k| tokens[k].is_any(",;"))
        .unwrap_or(tokens.len());
    let mut end = match next_hit {
        Some(n) if n > from && n < clause_end => n,
        _ => clause_end,
    };
    while end > from && !tokens[end - 1].word {
        end -= 1;
    }
    // (`… dẫn thông báo của cảnh sát Thổ Nhĩ Kỳ ngày 5/2.`: a time closes the source.)
    let end = gap_start(w, tokens, from, end);
    let relayed = from..end;
    if !relayed.is_empty()
        && relayed.len() <= MAX_RELAYED_TOKENS
        && looks_like_speaker(w, tokens, relayed.clone())
    {
        return Some(relayed);
    }
    // `"…", CNN dẫn nguồn tin giấu tên cho biết.`: an unnamed source.
    next_hit
        .filter(|&n| n >= from && n <= clause_end)
        .and_then(|n| speaker::anonymous_source(w, tokens, from, n))
}

/// The content between two token indexes, without leading and trailing punctuation (a
/// quotation's marks are kept, and stripped later when the whole content is one quotation).
pub(crate) fn trim(tokens: &[Token], mut from: usize, mut to: usize) -> Option<Range<usize>> {
    to = to.min(tokens.len());
    while from < to && tokens[from].is_any(",:;.-–") {
        from += 1;
    }
    while to > from && tokens[to - 1].is_any(",:;.-–…") {
        to -= 1;
    }
    if from >= to || !tokens[from..to].iter().any(|t| t.word) {
        return None;
    }
    Some(from..to)
}

#[cfg(test)]
mod tests {
    use crate::grammar::testing::*;

    #[test]
    fn postposed_quote_is_attributed_to_the_speaker_after_it() {
        let got = found("\"Chúng ta không còn thời gian để đợi thêm 30 năm nữa. Xung đột phải được giải quyết ngay bây giờ\" – Tổn thống Aliyev nhấn mạnh.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "Tổn thống Aliyev");
        assert_eq!(got[0].3, rule::POSTPOSED_QUOTE);
    }

    /// `“A.¶ B”, ông nói.`: a quotation over several paragraphs, closed right before a postposed
    /// speaker, is one claim of that speaker, whatever marks the quotation (straight marks with a
    /// straight pair inside too); no bare quote of the opening paragraph is left for the claim
    /// before it.
    #[test]
    fn a_quotation_over_several_paragraphs_is_one_postposed_claim() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, text, speaker, content) in [
            ("dantri:news_education_012", "Ông Đức cho biết trường đã cho học sinh nghỉ.\n“Hơn 100 giáo viên đang họp ở khu C nhưng may mắn không có ai bị ảnh hưởng.\nChúng tôi đang đợi hướng xử lý từ các cơ quan chức năng”, ông Đức nói.", "ông Đức", "Hơn 100 giáo viên đang họp ở khu C nhưng may mắn không có ai bị ảnh hưởng.\nChúng tôi đang đợi hướng xử lý từ các cơ quan chức năng"),
            ("dantri:news_world_004", "“Với tôi, ngày bầu cử là một ngày giả định.\nCuối tháng 10 cũng là ngày giả định.\nĐây là cách chúng tôi vận hành. Nếu chúng tôi có thể đưa nó ra sớm hơn, chúng tôi sẽ làm”, ông Slaoui nói.", "ông Slaoui", "Với tôi, ngày bầu cử là một ngày giả định.\nCuối tháng 10 cũng là ngày giả định.\nĐây là cách chúng tôi vận hành. Nếu chúng tôi có thể đưa nó ra sớm hơn, chúng tôi sẽ làm"),
            ("dantri:news_education_084", "Tiến sĩ Trần Việt Hùng nhận định như vậy.\n\"Việc tạo ra các sản phẩm công nghệ có triển vọng khá cao.\nTrong nguy có cơ, chúng ta phải chớp lấy cơ hội.\nViệt Nam đang \"giậm chân tại chỗ\" vì Covid-19. Tôi cho rằng đây là cơ hội nghìn năm có một\", TS. Trần Việt Hùng nói.", "TS. Trần Việt Hùng", "Việc tạo ra các sản phẩm công nghệ có triển vọng khá cao.\nTrong nguy có cơ, chúng ta phải chớp lấy cơ hội.\nViệt Nam đang \"giậm chân tại chỗ\" vì Covid-19. Tôi cho rằng đây là cơ hội nghìn năm có một"),
        ] {
            let claims = analyzer.document("t", "-", text).claims;
            let last = claims.last().expect("a claim");
            assert_eq!(last.speaker.text, speaker, "{source}: {claims:?}");
            assert_eq!(last.content.text, content, "{source}");
            assert!(claims.iter().all(|c| c.rule != rule::BARE_QUOTE), "{source}: {claims:?}");
        }
    }

    /// `"…", OUTLET dẫn lời SPEAKER CUE …`: the relayed speaker ends where the next cue's gap
    /// words begin, and is the speaker; the outlet is the via (the guidelines' relay rule).
    #[test]
    fn a_relayed_speaker_ends_at_the_next_cue() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, speaker, via, content) in [
            ("dantri_150", "\"63 nhân viên Đại sứ quán Nga sẽ phải rời Cộng hòa Séc\", hãng tin TASS dẫn lời Ngoại trưởng Séc Jakub Kulhanek thông báo trên truyền hình quốc gia ngày 22/4.", "Ngoại trưởng Séc Jakub Kulhanek", "TASS", "63 nhân viên Đại sứ quán Nga sẽ phải rời Cộng hòa Séc"),
            ("dantri_150", "\"63 nhân viên Đại sứ quán Nga sẽ phải rời Cộng hòa Séc\", hãng tin TASS dẫn lời Ngoại trưởng Séc Jakub Kulhanek thông báo.", "Ngoại trưởng Séc Jakub Kulhanek", "TASS", "63 nhân viên Đại sứ quán Nga sẽ phải rời Cộng hòa Séc"),
            ("baomoi:22265501", "\"Điều này là có thể\", Reuters dẫn lời Tổng thống Trump phát biểu trên chuyên cơ Air Force One trước khi khởi hành tới Lynchburg, bang Virginia.", "Tổng thống Trump", "Reuters", "Điều này là có thể"),
            ("baomoi:22619954", "\"Chính quyền Triều Tiên đang tạo ra nhiều rắc rối lớn\", AFP dẫn lời Tổng thống Mỹ Donald Trump phát biểu trước báo giới tại Vườn Hồng, Nhà Trắng, ngày 26/6.", "Tổng thống Mỹ Donald Trump", "AFP", "Chính quyền Triều Tiên đang tạo ra nhiều rắc rối lớn"),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims.len(), 1, "{source}: {claims:?}");
            assert_eq!(claims[0].speaker.text, speaker, "{source}");
            assert_eq!(claims[0].via, [via], "{source}");
            assert_eq!(claims[0].content.text, content, "{source}");
        }
    }

    /// `X tuyên bố …, hãng tin Y cho hay.`: an outlet after the words relays the claim whose
    /// speaker opens the sentence (speaker X, via Y), as `Theo hãng tin Y, X tuyên bố …` does; a
    /// pronoun before the outlet stands for no one named, and the outlet speaks.
    #[test]
    fn an_outlet_after_the_words_relays_the_speaker_before_it() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, speaker, via) in [
            ("baomoi_074", "Triều Tiên tuyên bố rằng cái chết của sinh viên Mỹ Otto Warmbier là điều bất ngờ đối với Bình Nhưỡng, hãng thông tấn Hàn Quốc Yonhap cho hay.", "Triều Tiên", Some("Yonhap")),
            ("baomoi:22409743", "Ngày 30.5, Triều Tiên cáo buộc Mỹ vừa điều máy bay ném bom chiến lược B-1B gần lãnh thổ Triều Tiên với âm mưu gây ra một cuộc khủng hoảng chiến tranh hạt nhân, Yonhap đưa tin.", "Triều Tiên", Some("Yonhap")),
            ("baomoi:22489058", "Bộ Ngoại giao Iran hôm thứ Năm 8/6 cho biết 5 người đàn ông tham gia cuộc tấn công quốc hội là công dân Iran đã gia nhập nhóm Nhà nước Hồi giáo (IS), VOA đưa tin.", "Bộ Ngoại giao Iran", Some("VOA")),
            ("baomoi:22708151", "Tổng thống Nga Vladimir Putin khẳng định Moscow không bao giờ cho phép Bình Nhưỡng sở hữu vũ khí hạt nhân, Yonhap đưa tin.", "Tổng thống Nga Vladimir Putin", Some("Yonhap")),
            ("made up", "Ông nói rằng Nga sẵn sàng đối thoại, hãng tin AP cho biết.", "hãng tin AP", None),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims.len(), 1, "{source}: {claims:?}");
            assert_eq!(claims[0].speaker.text, speaker, "{source}");
            assert_eq!(claims[0].via.first().map(String::as_str), via, "{source}");
        }
    }

    /// A quotation glued to the word before it is a quoted phrase inside a clause. When the cue
    /// after it says where, when or to whom (`nói trong thông cáo`, `nói ngày 11/5`), the whole
    /// clause is what was said; when the cue has words of its own, the opening phrase is only
    /// a topic.
    #[test]
    fn quoted_phrases_inside_a_clause() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, canonical, content_starts) in [
            ("baomoi:22247330", "Trump \"nên gặp ngoại trưởng\", người phát ngôn Nhà Trắng Sarah Huckabee Sanders nói ngày 11/5.", "Sarah Huckabee Sanders", "Trump"),
            ("baomoi:22723267", "Cuộc tập trận kéo dài 12 ngày “được thiết kế để nâng cao tính liên kết giữa các lực lượng”, hải quân Mỹ nói trong thông cáo.", "hải quân Mỹ", "Cuộc tập trận"),
            ("baomoi:22616938", "“Chúng tôi vẫn chưa giao mặt bằng tổng thể, mặt bằng “sạch” cho Cty Chuỗi Giá Trị”, ông Tuấn nói với Tiền Phong.", "Tuấn", "Chúng tôi"),
            ("dantri:news_business_164", "Về câu hỏi liên quan đến hiệu quả đầu tư của các \"cá mập\", ông Nguyễn Xuân Phú cho biết trong 100 startup thì khả năng thành công được 5 vụ đã là xuất sắc.", "Nguyễn Xuân Phú", "trong 100 startup"),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims.len(), 1, "{source}: {sentence}");
            assert_eq!(claims[0].speaker.canonical, canonical, "{source}");
            assert!(claims[0].content.text.starts_with(content_starts), "{source}: {}", claims[0].content.text);
        }
    }

    /// `“…”, hãng thông tấn Triều Tiên trích lời một quan chức cấp cao giấu tên thuộc Bộ Ngoại
    /// giao.`: a relayed source of up to fourteen tokens (a role, an office, a name) speaks; the
    /// outlet is its via.
    #[test]
    fn long_relayed_sources_speak() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, canonical, via) in [
            ("baomoi:22613271", "“Mặc dù chúng tôi không có lí do gì phải thể hiện sự quan tâm và đồng cảm với một kẻ tội phạm từ quốc gia đối đầu như vậy”, hãng thông tấn Triều Tiên trích lời một quan chức cấp cao giấu tên thuộc Bộ Ngoại giao.", "một quan chức cấp cao giấu tên thuộc Bộ Ngoại giao", "Triều Tiên"),
            ("baomoi:21486059", "\"Tất cả các thông tin về những cuộc tấn công như vậy - là điều bịa đặt có chủ ý\", bộ phận báo chí trích lời vị đại diện chính thức của Bộ Quốc phòng Nga Igor Konashenkov.", "Igor Konashenkov", "bộ phận báo chí"),
            ("baomoi:22439161", "\"Chúng tôi đã đề nghị Tòa án Tối cao xem xét vụ kiện quan trọng này\", AFP dẫn lời người phát ngôn Bộ Tư pháp Mỹ Sarah Isgur Flores nói ngày 1/6.", "Sarah Isgur Flores", "AFP"),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims.len(), 1, "{source}: {claims:?}");
            assert_eq!(claims[0].speaker.canonical, canonical, "{source}");
            assert_eq!(claims[0].via, [via], "{source}");
        }
    }

    /// `“…”, trưởng nghiên cứu Masaya Yamada cho biết.`: after a quotation, a speaker described
    /// by any nouns, when the cue ends the sentence; lower-case words of manner after a name are
    /// not part of it (`Hari Won hóm hỉnh nói`). When a claim of the sentence already carries the
    /// quotation, its named speaker stays (`Ivanovic cho biết: “…”, cầu thủ người Serbia nói.`).
    #[test]
    fn speakers_described_after_a_quotation() {
        check_speaker_and_opening(&[
            ("baomoi:21481001", "“Động năng của đám mây lớn hơn vài chục lần so với tàn dư siêu tân tinh W44”, trưởng nghiên cứu Masaya Yamada cho biết.", "trưởng nghiên cứu Masaya Yamada", "Động năng"),
            ("baomoi:21487908", "\"Con tôi đã bị tra tấn suốt đêm, và nhân viên y tế đó còn làm gãy chân con tôi nữa\", cha của cậu bé cho biết.", "cha của cậu bé", "Con tôi"),
            ("baomoi:22724785", "“Một số phần thân của nó vẫn ở dưới nước”, ngư dân nói.", "ngư dân", "Một số phần"),
            ("baomoi:22337171", "\"Đã đi làm là phải vứt người tình ở nhà\", Hari Won hóm hỉnh nói.", "Hari Won", "Đã đi làm"),
            ("baomoi:21488477", "Đề cập tới ông thày người Italia, Ivanovic cho biết: “Nếu được lựa chọn, các cầu thủ sẽ muốn được HLV Ancelotti dẫn dắt”, cầu thủ người Serbia nói.", "Ivanovic", "“Nếu được lựa chọn"),
        ]);
    }
}
