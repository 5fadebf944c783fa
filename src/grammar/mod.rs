//! Stage 3: sentences → reported-speech occurrences ([`Found`]), before names are resolved.
//!
//! The grammar is cue-driven and built from nom parsers over a sentence's tokens ([`input`]).
//! A scan finds the reporting cues that act as verbs ([`hits`]); for each, the speaker is the
//! noun phrase that opens its clause ([`speaker`]); what follows the cue up to the end of its
//! clause is the content. Around that core, each reported-speech construction is a pattern of
//! its own ([`patterns`]): a source prefix (`Theo X, …`), an interview prefix, a postposed
//! attribution (`“…”, ông Peskov nói.`), a relay (`“…”, Interfax trích thông báo của Nga`), a
//! bare quotation continuing the last speaker, a side's own words (`phía Azerbaijan "…"`),
//! published footage (`công bố video … cho thấy`). How a claim relates to the one before it
//! in the sentence (a chain, a postposed speaker, a new clause, relayed speech, a conjoined
//! cue) is one explicit step ([`sentence`]). The categories they are all made of (punctuation,
//! a phrase of a grammar role, gap words, complements, quotation marks) are in [`parsers`].
//!
//! Every word the grammar knows comes from `rules/` ([`words`]); the code knows punctuation.
//! Each occurrence names the pattern that fired in [`Found::rule`]. The grammar only finds
//! *where* things are; who a mention refers to is the attribution stage's business.
//!
//! `docs/new-pattern.md` shows how to add a construction: a new parser with its table of
//! real examples, not a new branch in an existing function.

use std::ops::Range;

use crate::lexicon::Lexicon;
use crate::normalize::Text;
use crate::rules::CueClass;
use crate::segment::Segments;
use crate::tokens::SentenceTokens;

mod hits;
mod input;
mod parsers;
mod patterns;
mod sentence;
mod speaker;
mod words;

pub use parsers::date;

/// The pattern that found a claim.
pub mod rule {
    /// `SPEAKER CUE [rằng|là|:] CONTENT`
    pub const SPEAKER_CUE: &str = "speaker-cue";
    /// `SPEAKER CUE: “QUOTE”`
    pub const SPEAKER_CUE_QUOTE: &str = "speaker-cue-quote";
    /// `“QUOTE”, SPEAKER CUE.` or `“QUOTE” – SPEAKER CUE.`
    pub const POSTPOSED_QUOTE: &str = "postposed-quote";
    /// `CONTENT, SPEAKER CUE [thêm].`
    pub const POSTPOSED: &str = "postposed";
    /// `Theo SOURCE, CONTENT`
    pub const SOURCE_PREFIX: &str = "source-prefix";
    /// `CONTENT, theo SOURCE.`
    pub const SOURCE_AFTER: &str = "source-after";
    /// `SPEAKER: CONTENT` as a headline or sub-heading (`Nga: … là bịa đặt`).
    pub const HEADLINE: &str = "headline";
    /// `X kêu gọi … và nói rằng …`: a second cue sharing the first one's speaker.
    pub const CONJOINED: &str = "conjoined-cue";
    /// `A và B cáo buộc nhau …`
    pub const RECIPROCAL: &str = "reciprocal";
    /// `Mỹ trục xuất 35 nhà ngoại giao Nga, với cáo buộc …`: an accusation written as a noun,
    /// by the clause's subject.
    pub const CHARGE: &str = "nominal-charge";
    /// `Truyền hình Ukraine phát phóng sự mới, trong đó cho biết …`: a cue of the subject's
    /// second verb phrase, with no claim before it.
    pub const SERIAL: &str = "serial-cue";
    /// A quotation with no cue, spoken by the previous claim's speaker.
    pub const BARE_QUOTE: &str = "bare-quote";
    /// `X công bố video cho thấy …`, `Video được X đăng … cho thấy …`
    pub const MEDIA: &str = "media-shows";
    /// `phía Azerbaijan "chiếm được những cứ điểm mới"`: a side and its own words, no cue.
    pub const SIDE_QUOTE: &str = "side-quote";
}

/// One reported-speech occurrence, with byte ranges into the working text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The pattern that fired (see [`rule`]).
    pub rule: &'static str,
    /// The speaker mentions; several for a group (`EU, Pháp và Đức`); empty when the speaker
    /// is inherited from the previous claim.
    pub speakers: Vec<Range<usize>>,
    /// The whole speaker phrase as written (covers all members and appositions).
    pub speaker_phrase: Option<Range<usize>>,
    /// The speaker is "the two sides" (`Hai bên`), to be resolved from the article.
    pub both_sides: bool,
    /// Each speaker accuses the other (`cáo buộc nhau`).
    pub reciprocal: bool,
    /// The cue as written (`cho biết thêm rằng`, `Theo`, or empty for a bare quote).
    pub cue: Range<usize>,
    /// The cue's class.
    pub class: CueClass,
    /// The reported content.
    pub content: Range<usize>,
    /// Sources the claim came through, outermost first.
    pub via: Vec<Range<usize>>,
    /// A time phrase next to the speaker (`hôm 3-10`).
    pub time: Option<Range<usize>>,
    /// Index of the sentence.
    pub sentence: usize,
}

/// What the grammar stage hands on: every sentence's tokens (tokenised once, for all later
/// stages) and the reported speech found in them.
#[derive(Clone, Debug, Default)]
pub struct Parsed {
    /// The tokens of each sentence of [`Segments::sentences`], by sentence index, with tokens
    /// inside outer quotations marked.
    pub tokens: SentenceTokens,
    /// The occurrences of reported speech, in sentence order.
    pub found: Vec<Found>,
}

/// The grammar compiled from the rules once, for many documents.
pub struct Grammar {
    words: words::Words,
}

impl Grammar {
    /// Compiles the word lists of `lex`.
    pub fn new(lex: &Lexicon) -> Grammar {
        Grammar {
            words: words::Words::new(lex),
        }
    }

    /// Finds reported speech in every sentence of a document.
    pub fn parse(&self, text: &Text, seg: &Segments) -> Parsed {
        let w = &self.words;
        let s = text.as_str();
        let outer: Vec<Range<usize>> = seg
            .quotes
            .iter()
            .filter(|q| q.depth == 0)
            .map(|q| q.range.clone())
            .collect();
        let mut found: Vec<Found> = Vec::new();
        let mut all_tokens = SentenceTokens::with_capacity(seg.sentences.len(), s.len());
        for (si, sentence) in seg.sentences.iter().enumerate() {
            all_tokens.push_sentence(s, sentence.range.clone(), &outer);
            let tokens = &all_tokens[si];
            if sentence.boilerplate.is_some() {
                continue;
            }
            let before = found.len();
            sentence::parse(w, tokens, si, &mut found);
            side_quotes(w, tokens, si, seg, before, &mut found);
            if found.len() == before {
                bare_quote(tokens, si, seg, &mut found);
            }
        }
        Parsed {
            tokens: all_tokens,
            found,
        }
    }
}

/// Finds reported speech in every sentence of a document (compiling the grammar for this one
/// call; use [`Grammar`] for many documents). For the unit tests.
#[cfg(test)]
pub fn parse(text: &Text, seg: &Segments, lex: &Lexicon) -> Parsed {
    Grammar::new(lex).parse(text, seg)
}

/// `phía Azerbaijan "chiếm được những cứ điểm mới"`: a side and its own words, outside every
/// claim found in the sentence (from `first_of_sentence` on). The cue is the quotation itself.
fn side_quotes(
    w: &words::Words,
    tokens: &[crate::tokens::Token],
    si: usize,
    seg: &Segments,
    first_of_sentence: usize,
    out: &mut Vec<Found>,
) {
    for (k, t) in tokens.iter().enumerate() {
        let covered = out[first_of_sentence..]
            .iter()
            .any(|f| f.content.start <= t.range.start && t.range.start < f.content.end);
        if covered {
            continue;
        }
        let Some((sp, quote)) = patterns::quotes::side(w, tokens, seg, k) else {
            continue;
        };
        let sp = sentence::span(tokens, sp);
        out.push(Found {
            rule: rule::SIDE_QUOTE,
            speakers: vec![sp.clone()],
            speaker_phrase: Some(sp),
            both_sides: false,
            reciprocal: false,
            cue: t.range.start..t.range.start,
            class: CueClass::State,
            content: quote,
            via: Vec::new(),
            time: None,
            sentence: si,
        });
    }
}

/// A sentence that opens with a quotation and has no cue: a bare quote, attributed to the
/// previous claim's speaker when that claim is at most two sentences back.
fn bare_quote(tokens: &[crate::tokens::Token], si: usize, seg: &Segments, out: &mut Vec<Found>) {
    let Some(last) = out.last() else { return };
    if si > last.sentence + 2 {
        return;
    }
    let Some(quote) = patterns::quotes::bare(tokens, seg) else {
        return;
    };
    let at = tokens[0].range.start;
    out.push(Found {
        rule: rule::BARE_QUOTE,
        speakers: Vec::new(),
        speaker_phrase: None,
        both_sides: false,
        reciprocal: false,
        cue: at..at,
        class: CueClass::State,
        content: quote,
        via: Vec::new(),
        time: None,
        sentence: si,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::segment::segment;

    fn found(raw: &str) -> Vec<(String, String, String, &'static str)> {
        let rules = Lexicon::new(&crate::rules::Rules::embedded());
        let text = normalize(raw, &rules.repairs);
        let seg = segment(&text, &rules);
        let s = text.as_str();
        parse(&text, &seg, &rules)
            .found
            .into_iter()
            .map(|f| {
                let speakers: Vec<&str> = f.speakers.iter().map(|r| &s[r.clone()]).collect();
                (
                    speakers.join(" + "),
                    s[f.cue.clone()].to_string(),
                    s[f.content.clone()].to_string(),
                    f.rule,
                )
            })
            .collect()
    }

    #[test]
    fn speaker_cue_content() {
        let got =
            found("Bộ Quốc phòng Armenia thông báo lực lượng Armenia đang bao vây một đơn vị.");
        assert_eq!(
            got,
            vec![(
                "Bộ Quốc phòng Armenia".into(),
                "thông báo".into(),
                "lực lượng Armenia đang bao vây một đơn vị".into(),
                rule::SPEAKER_CUE
            )]
        );
    }

    #[test]
    fn time_phrases_are_not_part_of_the_speaker() {
        let got = found("Bộ Quốc phòng Azerbaijan hôm 3-10 cho biết phía Armenia đã bị tổn thất.");
        assert_eq!(got[0].0, "Bộ Quốc phòng Azerbaijan");
    }

    #[test]
    fn postposed_quote_is_attributed_to_the_speaker_after_it() {
        let got = found("\"Chúng ta không còn thời gian để đợi thêm 30 năm nữa. Xung đột phải được giải quyết ngay bây giờ\" – Tổn thống Aliyev nhấn mạnh.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "Tổn thống Aliyev");
        assert_eq!(got[0].3, rule::POSTPOSED_QUOTE);
    }

    #[test]
    fn source_prefix_becomes_via_of_a_chained_claim() {
        let got = found("Theo hãng tin TASS, Bộ Quốc phòng Armenia thông báo đã bắn hạ 3 máy bay.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "Bộ Quốc phòng Armenia");
    }

    #[test]
    fn independence_declaration_is_not_a_claim() {
        assert!(
            found("Nargorno - Karabakh tuyên bố độc lập với Azerbaijan vào năm 1988.").is_empty()
        );
    }

    #[test]
    fn conjoined_cues_give_two_claims() {
        let got = found("Ngoại trưởng Mỹ Antony Blinken đã kêu gọi Azerbaijan dừng chiến dịch ngay lập tức và nói rằng việc đó khiến tình hình càng trở nên nghiêm trọng.");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].2, "Azerbaijan dừng chiến dịch ngay lập tức");
        assert_eq!(got[1].3, rule::CONJOINED);
    }

    /// `đăng` was listed before `đăng tải`, so `đăng tải video … cho thấy` met `tải` where the
    /// media noun should be and was never read as published footage.
    #[test]
    fn bug_dang_tai_video_is_published_footage() {
        let got =
            found("Bộ Quốc phòng Azerbaijan đăng tải video cho thấy xe tăng Armenia bị phá hủy.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Bộ Quốc phòng Azerbaijan");
        assert_eq!(got[0].3, rule::MEDIA);
    }

    #[test]
    fn group_speakers_are_split() {
        let got = found("EU, Pháp và Đức cũng lên án hành động quân sự của Azerbaijan.");
        assert_eq!(got[0].0, "EU + Pháp + Đức");
    }

    /// Sources, chains and relays: who speaks, by which cue, what content. Each row is a
    /// sentence shape seen in the corpus, shortened.
    #[test]
    fn sources_chains_and_relays_name_the_issuer() {
        for (sentence, want) in [
            (
                "Hãng tin Tass dẫn nguồn tin từ Bộ Quốc phòng Nga cho biết Moscow đã triển khai hơn 50 máy bay.",
                vec![("Bộ Quốc phòng Nga", "cho biết", "Moscow đã triển khai hơn 50 máy bay")],
            ),
            (
                "Theo thông cáo báo chí của Hạm đội Biển Đen ngày 20/4, hơn 20 tàu chiến đã tham gia tập trận.",
                vec![("Hạm đội Biển Đen", "Theo thông cáo báo chí của", "hơn 20 tàu chiến đã tham gia tập trận")],
            ),
            (
                "\"Các tàu đã tham gia tập trận nhằm đẩy lùi vũ khí tấn công\", thông cáo của Hạm đội Biển Đen cho biết.",
                vec![("Hạm đội Biển Đen", "cho biết", "\"Các tàu đã tham gia tập trận nhằm đẩy lùi vũ khí tấn công\"")],
            ),
            (
                "\"Các phi hành đoàn sẽ thực hiện các vụ phóng tên lửa\", tuyên bố cho biết.",
                vec![("tuyên bố", "cho biết", "\"Các phi hành đoàn sẽ thực hiện các vụ phóng tên lửa\"")],
            ),
            // The agency itself speaks: `hãng thông tấn` is not a document before its issuer.
            (
                "Hãng thông tấn Yonhap cho biết quân đội đã bắn 90 phát súng máy.",
                vec![("Hãng thông tấn Yonhap", "cho biết", "quân đội đã bắn 90 phát súng máy")],
            ),
            // A cue word right after a cue is its object.
            (
                "Moscow phủ nhận thông tin này và nói rằng đây là những lời bịa đặt.",
                vec![
                    ("Moscow", "phủ nhận", "thông tin này"),
                    ("Moscow", "nói rằng", "đây là những lời bịa đặt"),
                ],
            ),
            // The relayed source ends at the comma, and the relayer goes on speaking.
            (
                "\"Khu vực này được tuyên bố là tạm thời nguy hiểm\", Interfax trích thông báo của Nga, đồng thời cho biết thêm rằng các hạn chế áp dụng ở độ cao tối đa 19.000 mét.",
                vec![
                    ("Nga", "trích", "\"Khu vực này được tuyên bố là tạm thời nguy hiểm\""),
                    ("Interfax", "cho biết thêm rằng", "các hạn chế áp dụng ở độ cao tối đa 19.000 mét"),
                ],
            ),
            // A postposed speaker is never part of the content a conjoined cue trims.
            (
                "\"Quân đội đang nỗ lực đưa quá trình giải quyết trở lại con đường chính trị\", ông Peskov nói và cho biết thêm Nga sẵn sàng hỗ trợ.",
                vec![
                    ("ông Peskov", "nói", "\"Quân đội đang nỗ lực đưa quá trình giải quyết trở lại con đường chính trị\""),
                    ("ông Peskov", "cho biết thêm", "Nga sẵn sàng hỗ trợ"),
                ],
            ),
            // A capitalised cue inside a sentence opens a caption glued on; `tránh … bình
            // luận` takes the cue as its object.
            ("Ảnh: AFP/TTXVN Phát biểu trước những người ủng hộ tại một sự kiện ở Washington.", vec![]),
            ("Bắc Kinh tránh công khai bình luận về sự kiện này.", vec![]),
        ] {
            let got: Vec<(String, String, String)> =
                found(sentence).into_iter().map(|(sp, cue, content, _)| (sp, cue, content)).collect();
            let want: Vec<(String, String, String)> = want
                .into_iter()
                .map(|(sp, cue, content)| (sp.to_string(), cue.to_string(), content.to_string()))
                .collect();
            assert_eq!(got, want, "{sentence}");
        }
    }

    /// A table row: where the sentence is from, the sentence, the (speaker, cue) of each claim.
    type Row<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

    /// Runs each row (a sentence from the news, shortened at most) through the whole pipeline
    /// and compares the speakers (as written) and cues of the claims, in order.
    fn check_rows(class: &str, rows: &[Row]) {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in rows {
            let got: Vec<(String, String)> = analyzer
                .document("t", "-", sentence)
                .claims
                .into_iter()
                .map(|c| (c.speaker.text, c.cue.text))
                .collect();
            let want: Vec<(String, String)> = want
                .iter()
                .map(|(sp, cue)| (sp.to_string(), cue.to_string()))
                .collect();
            assert_eq!(got, want, "{class}, {source}: {sentence}");
        }
    }

    /// A cue in a clause that modifies a noun (`mà`, `do` after a word) reports nothing, and
    /// the claim around it keeps its whole content.
    #[test]
    fn cues_in_relative_clauses_report_nothing() {
        check_rows(
            "relative clause",
            &[
                ("baomoi:21474077", "Chuyên gia Konovalov có cái nhìn ảm đạm về Schengen Quân sự - hệ thống mà ông cho là sẽ không thể đối phó được với những thách thức hiện nay.", &[]),
                ("baomoi:21481088", "Theo số liệu thống kê mới nhất do Bộ Nhập cư Hy Lạp công bố ngày 6/2, hiện có khoảng 62.000 người di cư.", &[]),
                // `việc X thừa nhận …` (the fact that X admitted …) is a claim: the speech happened.
                ("baomoi_058", "Liên quan đến việc cựu Giám đốc FBI thừa nhận đã để lộ với bạn bè các bản ghi nhớ.", &[("cựu Giám đốc FBI", "thừa nhận")]),
                ("baomoi_033", "Một quan chức Mỹ nói rằng thông tin tình báo mà ông Trump tiết lộ với hai vị quan chức Nga là thông tin tuyệt mật.", &[("Một quan chức Mỹ", "nói rằng")]),
            ],
        );
    }

    /// `X ra một tuyên bố, nói rằng …`, `X đưa ra tuyên bố rằng …`: the issuer of a document
    /// speaks through it; `Tuyên bố của X nêu rõ …`: the issuer after the document speaks.
    #[test]
    fn issued_documents_speak_for_their_issuer() {
        check_rows(
            "issued document",
            &[
                ("baomoi:22263604", "Bộ Nội vụ Nga cũng đưa ra tuyên bố rằng máy tính của cơ quan này đã bị tấn công.", &[("Bộ Nội vụ Nga", "tuyên bố rằng")]),
                ("baomoi:22285537", "Nhà Trắng ngay lập tức ra tuyên bố nói đây là cáo buộc không chính xác.", &[("Nhà Trắng", "nói")]),
                ("baomoi:22531631", "Lý Hiển Dương đã đưa ra một tuyên bố nói rằng họ mất niềm tin vào người anh trai.", &[("Lý Hiển Dương", "nói rằng")]),
                ("baomoi_033", "Phó cố vấn an ninh quốc gia Mỹ Dina Powell cũng ra một tuyên bố, nói rằng cáo buộc của tờ Washington Post là sai lệch.", &[("Phó cố vấn an ninh quốc gia Mỹ Dina Powell", "nói rằng")]),
                ("baomoi:21511110", "Tuyên bố của Chính phủ Iraq nêu rõ chính Tổng thống Trump đã chủ động gọi điện cho Thủ tướng al-Abadi.", &[("Chính phủ Iraq", "nêu rõ")]),
                ("baomoi:22219166", "Thông cáo của Nhà Trắng ngày 8/5 cho biết hai nhà lãnh đạo đã có cuộc trò chuyện qua điện thoại.", &[("Nhà Trắng", "cho biết")]),
                ("baomoi:22479766", "Tuyên bố của BPI nêu rõ vấn đề này là do lỗi xử lý dữ liệu nội bộ.", &[("BPI", "nêu rõ")]),
            ],
        );
    }

    /// `… với cáo buộc …`: an accusation written as a noun, by the subject of its clause or
    /// the speaker of the claim it follows; none when the subject was acted on (`bị bắt`).
    #[test]
    fn charges_written_as_nouns_belong_to_the_accuser() {
        check_rows(
            "nominal charge",
            &[
                ("dantri_150", "Séc tuyên bố trục xuất 18 nhà ngoại giao Nga với cáo buộc họ là gián điệp.", &[("Séc", "tuyên bố"), ("Séc", "cáo buộc")]),
                ("baomoi:22754776", "Mỹ trục xuất 35 nhà ngoại giao Nga, với cáo buộc Moskva liên quan tới cuộc tấn công mạng.", &[("Mỹ", "cáo buộc")]),
                ("baomoi:22540762", "Ngày 15/6, nhà chức trách Mỹ cho biết họ đã phát lệnh bắt giữ 12 nhân viên an ninh với cáo buộc tấn công những người phản đối.", &[("nhà chức trách Mỹ", "cho biết"), ("nhà chức trách Mỹ", "cáo buộc")]),
                ("baomoi:22219150", "Hiện nghi phạm Shibuya đã bị bắt giữ lại từ ngày 5/5 với cáo buộc giết người.", &[]),
            ],
        );
    }

    /// `…, đồng thời khẳng định …`, `…, trong đó cho biết …`: a cue of the subject's second
    /// verb phrase.
    #[test]
    fn serial_cues_belong_to_the_subject() {
        check_rows(
            "serial cue",
            &[
                ("baomoi:21487277", "Marcos Alonso cũng đã lên tiếng phân trần, đồng thời khẳng định mình không cố tình chơi xấu Hector Bellerin.", &[("Marcos Alonso", "khẳng định")]),
                ("baomoi:21512178", "Truyền hình Ukraine vừa phát phóng sự mới đáng chú ý, trong đó cho biết, Kiev đã phải bỏ ra khoản tiền đáng kể.", &[("Truyền hình Ukraine", "cho biết")]),
                ("baomoi:21473271", "Tân Tổng thống Mỹ Donald Trump cho rằng, ông không bắt nạt Iran, đồng thời khẳng định Tehran coi thường Mỹ.", &[("Tân Tổng thống Mỹ Donald Trump", "cho rằng"), ("Tân Tổng thống Mỹ Donald Trump", "khẳng định")]),
            ],
        );
    }

    /// A cue word inside another word (`bài viết`, `nhà phân tích`, `sửa đổi, bổ sung`), in
    /// a naming phrase (`còn gọi là`, `nói trên`) or in a caption before its credit reports
    /// nothing; a statement whose content is only its topic (`lên tiếng về …`) is no claim.
    #[test]
    fn cue_words_in_other_senses_report_nothing() {
        check_rows(
            "not a cue",
            &[
                ("baomoi:22349182", "Bài viết nói Tổng thống Mỹ Donald Trump đã sử dụng chủ nghĩa khủng bố.", &[]),
                ("baomoi:21478343", "Các nhà phân tích Trung Quốc nhiều lần cho rằng Mỹ sẽ gây sức ép.", &[("Các nhà phân tích Trung Quốc", "cho rằng")]),
                ("baomoi:21469370", "Bộ sẽ sửa đổi, bổ sung quy định một số thủ tục hành chính.", &[]),
                ("baomoi:21472184", "Bản đồ đưa quần đảo Đông Sa (còn gọi là quần đảo Pratas) vào trong bản đồ.", &[]),
                ("baomoi:22228101", "Tổng thống Nga Vladimir Putin phát biểu tại lễ duyệt binh kỉ niệm Ngày Chiến thắng (Ảnh: Reuters)", &[]),
                ("baomoi:21495061", "Alexei Navalny nói các cáo buộc ông mang động cơ không lành mạnh (Ảnh: AP)", &[]),
                ("baomoi:21472074", "Bộ GD&ĐT đã lên tiếng về vấn đề này.", &[]),
                ("baomoi:21471491", "Ông Hoàng Hữu Nam thông báo về chuyến đi Thanh Hóa.", &[]),
            ],
        );
    }

    /// `Ông Nguyễn Lương Am, Chủ tịch HĐQT …, cho biết`: the person named before a role
    /// phrase speaks; `Theo AFP, ngày 14/7, X khẳng định …`: a source before a fronted time is
    /// the via of X's claim.
    #[test]
    fn named_people_before_their_role_speak() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, canonical, via) in [
            ("baomoi:21471067", "Ông Nguyễn Lương Am, Chủ tịch HĐQT Công ty CP Xây dựng 47 cho biết, công ty là nhà thầu thi công gói thầu 12.", "Nguyễn Lương Am", None),
            ("baomoi:21472851", "Ông Nguyễn Đình Tùng, Chủ tịch UBND huyện Quỳ Hợp cho biết, từ xưa người Thái tại địa bàn vẫn có phong tục bắt vợ.", "Nguyễn Đình Tùng", None),
            ("baomoi:22256583", "Hãng thông tấn AP dẫn lời trung tướng Raul del Rosario, người đứng đầu Bộ Chỉ huy Phía Tây quân đội Philippines cho biết binh sỹ đã được đưa tới đảo Thị Tứ.", "Raul del Rosario", Some("AP")),
            ("baomoi:22753639", "Theo AFP, ngày 14/7, Tổng thống Pháp Emmanuel Macron khẳng định rằng không có gì có thể chia rẽ Pháp và Mỹ.", "Emmanuel Macron", Some("AFP")),
            ("baomoi:21495144", "Theo Reuters, ngày 8/2, Bộ Ngoại giao Canada khẳng định nước này phản đối mạnh mẽ ý tưởng của Mỹ.", "Bộ Ngoại giao Canada", Some("Reuters")),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims.len(), 1, "{source}: {sentence}");
            assert_eq!(claims[0].speaker.canonical, canonical, "{source}");
            assert_eq!(claims[0].via.first().map(String::as_str), via, "{source}");
        }
    }
    /// `Wayde Nixon, một trong những chủ sở hữu đàn lợn, cho biết …`: a name, then a lower-case
    /// description between commas; the name speaks. `Reuters đưa tin ngày 15/5, X … cáo buộc`:
    /// a report cue, a time and a speaker of its own make the report's speaker the via.
    #[test]
    fn names_described_between_commas_speak() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, canonical, via) in [
            ("baomoi:22228454", "Wayde Nixon, một trong những chủ sở hữu đàn lợn, cho biết ông đã mất gần 40 con lợn.", "Wayde Nixon", None),
            ("baomoi:22464953", "Thổ Nhĩ Kỳ, quốc gia có quan hệ mật thiết với Qatar trong lĩnh vực năng lượng, tuyên bố sẽ hỗ trợ Qatar.", "Thổ Nhĩ Kỳ", None),
            ("baomoi:21491668", "Richard Nephew, người từng làm việc trong Bộ Ngoại giao Mỹ dưới thời Tổng thống Barack Obama, cho rằng các lệnh trừng phạt có hiệu quả.", "Richard Nephew", None),
            ("baomoi:22587022", "Chị Minh, một người bán nước vỉa hè khu vực Bến xe Giáp Bát, cho biết giá nước tăng mạnh.", "Minh", None),
            ("baomoi:22493742", "Anna Soubry, một nghị sĩ đảng Bảo thủ, nói bà sẽ bỏ phiếu chống dự luật.", "Anna Soubry", None),
            ("baomoi:21510623", "Ming Chi Kuo, nhà phân tích từ công ty KGI Securities, người từng đưa ra các dự báo chính xác về các sản phẩm của Apple, cho biết Apple phải thiết kế lại cảm biến 3D Touch.", "Ming Chi Kuo", None),
            // A qualifying part after a comma: an administrative unit, a second post.
            ("baomoi:21487864", "Ngày 8/2, ông Dương Văn Kỷ, Chủ tịch UBND xã Hương Vĩnh, huyện Hương Khê (Hà Tĩnh) cho biết, trên địa bàn xã vừa xảy ra vụ 8 con bò chết.", "Dương Văn Kỷ", None),
            ("baomoi:21494928", "Ông Phùng Văn Hà, ở thôn Nhân Lý, xã Nam Phương Tiến cho biết nước lũ dâng rất nhanh trong đêm.", "Phùng Văn Hà", None),
            ("baomoi:22635660", "Ông Dương Văn Thắng, Phó Chủ tịch UBND tỉnh Tây Ninh, kiêm Trưởng Ban Chỉ đạo 389 tỉnh cho biết tình trạng buôn lậu giảm mạnh.", "Dương Văn Thắng", None),
            // A scare quote inside the opening phrase is not a quotation the speaker follows.
            ("dantri:news_business_164", "Về câu hỏi liên quan đến hiệu quả đầu tư của các \"cá mập\", ông Nguyễn Xuân Phú cho biết trong 100 startup thì khả năng thành công được 5 vụ đã là xuất sắc.", "Nguyễn Xuân Phú", None),
            ("baomoi_028", "Reuters đưa tin ngày 15/5, Triều Tiên, quốc gia ngày càng bị cô lập vì liên tục thực hiện các vụ thử vũ khí, đã tiếp tục cáo buộc các cơ quan tình báo Mỹ âm mưu ám sát ông Kim.", "Triều Tiên", Some("Reuters")),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims.len(), 1, "{source}: {sentence}");
            assert_eq!(claims[0].speaker.canonical, canonical, "{source}");
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
    /// `một quan chức Mỹ giấu tên cho hay`, `Hai vị quan chức đề nghị giấu danh tính nói`: words
    /// saying the speaker is not named close the speaker, and the cue word inside them
    /// (`đề nghị`, `yêu cầu`) is no cue. `Chỉ sau vài giờ đăng tải`: a quantity of time is no one.
    #[test]
    fn speakers_not_named_and_quantities_of_time() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, speaker, content_starts) in [
            ("baomoi:22285537", "Hai vị quan chức đề nghị giấu danh tính nói thông tin tình báo trên đã được ông Trump chia sẻ với ông Lavrov.", "Hai vị quan chức đề nghị giấu danh tính", "thông tin tình báo"),
            ("baomoi:22559851", "Trong khi đó, một quan chức Palestine giấu tên cùng ngày cho hay, tại cuộc gặp hồi tuần trước, Ai Cập đã nhất trí với Hamas về việc bán nhiên liệu.", "một quan chức Palestine giấu tên", "tại cuộc gặp"),
            ("baomoi:21484698", "Một thí sinh khác tại Thái Bình xin được giấu tên cho hay: “Đề thi có khoảng 3 câu hỏi mở rộng”.", "Một thí sinh khác tại Thái Bình xin được giấu tên", "Đề thi"),
            ("baomoi:22315300", "Một quan chức tham gia phái đoàn Hàn Quốc tới Mỹ yêu cầu giấu tên nói rằng ông Tillerson nhấn mạnh phía Mỹ chỉ truy tìm các biện pháp hòa bình.", "Một quan chức tham gia phái đoàn Hàn Quốc tới Mỹ yêu cầu giấu tên", "ông Tillerson"),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims.len(), 1, "{source}: {claims:?}");
            assert_eq!(claims[0].speaker.text, speaker, "{source}");
            assert!(claims[0].content.text.starts_with(content_starts), "{source}: {}", claims[0].content.text);
        }
        for (source, sentence) in [
            ("baomoi:21471911", "Chỉ sau vài giờ đăng tải, đoạn clip của Phương Vy đã thu hút hơn 1 triệu lượt xem."),
            ("baomoi:21481633", "Một ngày các cô nàng nói nhiều hơn đàn ông một chút, khoảng gần 20.000 từ."),
            ("baomoi:22599746", "Một tuần sau đó, đội tuần tra bờ biển đã hỏi cô bé về những gì xảy ra trên chiếc du thuyền hôm đó."),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            let counted = claims.iter().any(|c| {
                let speaker = c.speaker.text.to_lowercase();
                speaker.starts_with("vài") || speaker.starts_with("một")
            });
            assert!(!counted, "{source}: {claims:?}");
        }
    }
    /// `tiết lộ thông tin tối mật cho Nga`: a verb of disclosure whose object is a noun of
    /// information reports nothing, and a source after it speaks the whole clause; when the
    /// clause says what the information holds, or a cue follows the document, it is a claim.
    #[test]
    fn disclosed_information_is_no_claim() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence) in [
            ("baomoi:22373136", "Đạo diễn Lê Thanh Sơn tiết lộ thông tin cực nóng về siêu phẩm “Em chưa 18”."),
            ("baomoi:22537367", "Ngày 15/6, Cục Hàng không Việt Nam công bố số liệu chậm, hủy chuyến của 4 hãng hàng không."),
            ("baomoi:22625151", "Thanh tra Chính phủ công bố kết luận thanh tra tại PVTex."),
            ("baomoi:21487759", "Mới đây, Hòa Minzy đã tiết lộ bí mật chiều cao của mình khiến các fan sửng sốt."),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert!(claims.is_empty(), "{source}: {claims:?}");
        }
        for (source, sentence, speaker, content_starts) in [
            ("baomoi:22284899", "Tổng thống Mỹ Donald Trump đã tiết lộ thông tin tối mật cho Ngoại trưởng Nga, hai quan chức Mỹ ngày 15-5 cho biết.", "hai quan chức Mỹ", "Tổng thống Mỹ Donald Trump đã tiết lộ"),
            ("baomoi:21473164", "Bà Tomomi Inada cũng hé lộ thông tin cho thấy khả năng Tokyo đang lên kế hoạch giúp đỡ các nước trong khu vực.", "Bà Tomomi Inada", "thông tin cho thấy"),
            ("baomoi:22290252", "Chi nhánh Fed bang New York vừa công bố báo cáo cho hay chỉ số hoạt động chế tạo của bang này bất ngờ sụt giảm.", "Chi nhánh Fed bang New York", "chỉ số hoạt động"),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims.len(), 1, "{source}: {claims:?}");
            assert_eq!(claims[0].speaker.text, speaker, "{source}");
            assert!(claims[0].content.text.starts_with(content_starts), "{source}: {}", claims[0].content.text);
        }
    }
    /// `Đáng lưu ý, …` ("worth noting"): a cue word after `đáng` is an adjective, not a cue,
    /// and the claim after the comma keeps its own speaker.
    #[test]
    fn cue_words_after_dang_are_no_cues() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        let claims = analyzer
            .document("t", "-", "Đáng lưu ý, bà Lam cũng cam kết sẽ thực hiện các biện pháp cứng rắn đối với những kẻ phá hoại.")
            .claims;
        assert_eq!(claims.len(), 1, "baomoi:22656599: {claims:?}");
        assert_eq!(claims[0].speaker.text, "bà Lam");
        for (source, sentence) in [
            ("baomoi:22339706", "Đáng lưu ý, thực hiện visa điện tử, cơ quan chức năng đã cấp gần 18.000 lượt visa điện tử."),
            ("baomoi:22317193", "Một điểm đáng lưu ý là chương trình an ninh hàng không này không áp dụng cho các chuyến bay nội địa."),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert!(claims.is_empty(), "{source}: {claims:?}");
        }
    }
    /// `… đã được HLV Nguyễn Hữu Thắng công bố, trong số …`: a passive whose agent speaks and
    /// whose cue closes the clause before a comma modifies a noun; nothing after the comma is
    /// its content. A source (`Theo báo cáo vừa được X công bố, …`) names the agent; a warning
    /// keeps its words (`được các bác sĩ cảnh báo, nguyên nhân do …`).
    #[test]
    fn passive_clauses_closed_by_a_comma() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence) in [
            ("baomoi:22442022", "Danh sách tập trung để chuẩn bị cho trận đấu với ĐT Jordan vào ngày 13.6 đã được HLV Nguyễn Hữu Thắng công bố, trong số 28 cái tên được triệu tập không có 2 trò cưng của ông."),
            ("baomoi:22239576", "Vụ việc có dấu hiệu bị lừa đảo đã được các cơ quan thông tấn báo chí đăng tải, Agribank vừa có công văn gửi chi nhánh."),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert!(claims.is_empty(), "{source}: {claims:?}");
        }
        for (source, sentence, speaker) in [
            ("baomoi:21473371", "Theo báo cáo vừa được hãng tư vấn định giá thương hiệu Brand Finance (Anh) công bố, hầu hết những cái tên trong danh sách 10 thương hiệu là các đại gia Internet.", "hãng tư vấn định giá thương hiệu Brand Finance (Anh)"),
            ("baomoi:21487660", "Tất cả những triệu chứng này được các bác sĩ cảnh báo, nguyên nhân do ăn đồ tái sống như gỏi, nem chua, chạo hay tiết canh.", "các bác sĩ"),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims.len(), 1, "{source}: {claims:?}");
            assert_eq!(claims[0].speaker.text, speaker, "{source}");
        }
    }

    /// Each claim as (speaker as written, content).
    fn said(claims: &[crate::report::ClaimOut]) -> Vec<(&str, &str)> {
        claims
            .iter()
            .map(|c| (c.speaker.text.as_str(), c.content.text.as_str()))
            .collect()
    }

    /// The claims of `sentence` are exactly `want`, as (speaker as written, content).
    fn assert_said(
        analyzer: &crate::Analyzer,
        source: &str,
        sentence: &str,
        want: &[(&str, &str)],
    ) {
        let claims = analyzer.document("t", "-", sentence).claims;
        assert_eq!(said(&claims), want, "{source}");
    }

    /// Words of manner or feeling between a named speaker and the cue (`bức xúc nói`, `một mực
    /// khẳng định`) are gap words, not part of the speaker; two cues joined by `và` over one
    /// content (`nói và cho biết …`) are one claim, while a comma alone (`cho biết, đề nghị của
    /// …`) does not join a cue to a noun, and a denial stays a claim of its own.
    #[test]
    fn manner_words_and_cues_sharing_one_content() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, speakers, contents) in [
            ("baomoi:22305905", "“Xe này gây nguy hiểm cho người đi bộ”, ông Hùng bức xúc nói.", &["ông Hùng"][..], &["Xe này gây nguy hiểm"][..]),
            ("baomoi:21475909", "Song, Hoài vẫn một mực yêu cầu tôi như vậy.", &["Hoài"], &["tôi như vậy"]),
            ("baomoi:22728273", "Phi Thanh Vân thẳng thắn tuyên bố: \"Riêng tôi, vì tôi xấu nhiều hơn đẹp nên chẳng thể làm gì\".", &["Phi Thanh Vân"], &["Riêng tôi"]),
            ("baomoi:22218587", "Anh Sâm nói và cho biết, làm nghề nhiều năm, anh nghe được đủ chiêu.", &["Anh Sâm"], &["làm nghề nhiều năm"]),
            ("baomoi:22598772", "“Không đáp ứng nhu cầu phát triển”, Bí thư Sóc Trăng Nguyễn Văn Thể nói và cho biết nếu thay cát bằng đá mi thì đội giá lớn.", &["Bí thư Sóc Trăng Nguyễn Văn Thể", "Bí thư Sóc Trăng Nguyễn Văn Thể"], &["Không đáp ứng", "nếu thay cát"]),
            ("baomoi:22688285", "Phó Giáo sư Nguyễn Duy Thịnh cho biết, đề nghị của doanh nghiệp sẽ giảm chi phí.", &["Phó Giáo sư Nguyễn Duy Thịnh"], &["đề nghị của doanh nghiệp"]),
            ("baomoi:22273610", "Tuy nhiên, ông Trump phủ nhận và nói rằng ông Comey mất chức vì làm việc không hiệu quả.", &["ông Trump", "ông Trump"], &["và nói rằng", "ông Comey"]),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            let got = said(&claims);
            assert_eq!(got.len(), speakers.len(), "{source}: {got:?}");
            for ((speaker, content), (want_speaker, want_start)) in got.iter().zip(speakers.iter().zip(contents)) {
                assert_eq!(speaker, want_speaker, "{source}: {got:?}");
                assert!(content.starts_with(want_start), "{source}: {got:?}");
            }
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

    /// A time phrase opening the sentence without a comma is not part of the speaker (`Hôm qua
    /// Bộ Ngoại giao Nga cho biết`), nor of a subject before a charge; a conjunction opening a
    /// clause with a dated subject of its own ends the content, and that subject speaks the
    /// cue joined after it (dantri_150).
    #[test]
    fn fronted_times_and_clauses_with_a_subject_of_their_own() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in [
            ("baomoi:22546142", "Ngày 16-6 Bộ Quốc phòng Nga cho biết thủ lĩnh IS có thể đã bị tiêu diệt.", &[("Bộ Quốc phòng Nga", "thủ lĩnh IS có thể đã bị tiêu diệt")][..]),
            ("baomoi:22619315", "Chiều 25/6 Sở GD&ĐT Hà Nội công bố điểm chuẩn vào lớp 10 chuyên.", &[("Sở GD&ĐT Hà Nội", "điểm chuẩn vào lớp 10 chuyên")]),
            ("dantri_150", "Cuối tuần trước Séc bất ngờ trục xuất 18 nhà ngoại giao Nga với cáo buộc những người này hoạt động tình báo dưới vỏ bọc ngoại giao đồng thời cáo buộc Moscow có liên quan đến vụ nổ kho đạn ở Séc năm 2014.", &[("Séc", "những người này hoạt động tình báo dưới vỏ bọc ngoại giao"), ("Séc", "Moscow có liên quan đến vụ nổ kho đạn ở Séc năm 2014")]),
            ("dantri_150", "Moscow đã bác bỏ cáo buộc và Bộ Ngoại giao Nga ngày 18/4 đáp trả bằng việc trục xuất 20 nhà ngoại giao Séc, yêu cầu họ phải rời khỏi Nga trong vòng 24 giờ.", &[("Moscow", "cáo buộc"), ("Bộ Ngoại giao Nga", "họ phải rời khỏi Nga trong vòng 24 giờ")]),
            // Two subjects of the reported clause, and a ministry's name, are not clauses.
            ("made up", "Ông Lavrov cho biết Nga và Mỹ ngày 5/6 đã ký thỏa thuận.", &[("Ông Lavrov", "Nga và Mỹ ngày 5/6 đã ký thỏa thuận")]),
            ("baomoi:22223078", "Ông Liêm cho biết Sở Giáo dục và Đào tạo tỉnh Đồng Tháp sáng 9/5 đã dừng kỳ thi.", &[("Ông Liêm", "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp sáng 9/5 đã dừng kỳ thi")]),
        ] {
            assert_said(&analyzer, source, sentence, want);
        }
    }

    /// Headlines and sub-headings `SPEAKER: CONTENT` (the guidelines' conventions) with a
    /// titled or headed speaker; a topic, a bare place or a phrase ending in a verb before the
    /// colon is none. The reporting verbs of domestic news (`chia sẻ`, `kể`, `tâm sự`), but not
    /// `kể từ`, `kể cả`, `chưa kể`; a disclosure verb in a passive whose subject is information.
    #[test]
    fn headlines_domestic_cues_and_disclosed_information() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in [
            ("baomoi:21468692", "Ông Nguyễn Sự: Chức vụ không phải gia tài của riêng ai", &[("Ông Nguyễn Sự", "Chức vụ không phải gia tài của riêng ai")][..]),
            ("baomoi:22491936", "Chủ tịch quận Đống Đa: Cá chết hồ Hoàng Cầu do thời tiết", &[("Chủ tịch quận Đống Đa", "Cá chết hồ Hoàng Cầu do thời tiết")]),
            ("baomoi:22292817", "Tổng thống Trump: Tôi có toàn quyền chia sẻ thông tin với ông Lavrov", &[("Tổng thống Trump", "Tôi có toàn quyền chia sẻ thông tin với ông Lavrov")]),
            ("baomoi:22258078", "Mỹ: Chủ bị giết, chó tự nhai nát chân để tháo xích", &[]),
            ("baomoi:22429361", "Nguyên liệu: 60g mỗi loại: xoài, dâu tây, mâm xôi", &[]),
            ("baomoi_075", "Sinh viên Mỹ chết: Triều Tiên nhận là 'nạn nhân lớn nhất'", &[]),
            ("baomoi:21471415", "Nói về chuyện học của mình, Huyền chia sẻ: \"Trong suốt 12 năm học, em phải vượt đèo\".", &[("Huyền", "Trong suốt 12 năm học, em phải vượt đèo")]),
            ("baomoi:21472531", "Chị Dương chua xót kể: “Hồi cha của Hảo bỏ đi, anh em Hảo vẫn còn quá nhỏ”.", &[("Chị Dương", "Hồi cha của Hảo bỏ đi, anh em Hảo vẫn còn quá nhỏ")]),
            ("baomoi:22345514", "Đây là vụ phóng thử tên lửa thứ hai của Triều Tiên kể từ khi tân Tổng thống Hàn Quốc lên nắm quyền.", &[]),
            ("baomoi:21486404", "Chưa kể, cả sau khi bình phục, di chứng của những vết thương cũng sẽ ảnh hưởng.", &[]),
            ("baomoi_033", "Hai quan chức nói thông tin tình báo trên đã được ông Trump chia sẻ với ông Lavrov và Đại sứ Nga.", &[("Hai quan chức", "thông tin tình báo trên đã được ông Trump chia sẻ với ông Lavrov và Đại sứ Nga")]),
        ] {
            assert_said(&analyzer, source, sentence, want);
        }
    }

    /// `X cho hay, FRONTED PHRASE, Y CUE …`: the relayer's content is whole, and the relayed
    /// speaker's claim has the relayer as its via (the guidelines' relay rule); after a report
    /// (`Reuters đưa tin, …`) it is a chain; a content that is a clause of its own before the
    /// comma is still cut there.
    #[test]
    fn a_speaker_relayed_after_a_fronted_phrase() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in [
            ("baomoi:21487620", "Nhà Trắng cho hay, trong một cuộc điện đàm ngày 7/2, Tổng thống Mỹ Donald Trump đã tái khẳng định sự ủng hộ của Mỹ đối với Thổ Nhĩ Kỳ.", &[("Nhà Trắng", "trong một cuộc điện đàm ngày 7/2, Tổng thống Mỹ Donald Trump đã tái khẳng định sự ủng hộ của Mỹ đối với Thổ Nhĩ Kỳ", 0), ("Tổng thống Mỹ Donald Trump", "sự ủng hộ của Mỹ đối với Thổ Nhĩ Kỳ", 1)][..]),
            ("baomoi:22512546", "Reuters đưa tin, trong bài phỏng vấn phát sóng ngày 12/6, Bộ trưởng Tài chính Qatar Ali Sherif al-Emadi tuyên bố nước này có thể dễ dàng bảo vệ nền kinh tế.", &[("Bộ trưởng Tài chính Qatar Ali Sherif al-Emadi", "nước này có thể dễ dàng bảo vệ nền kinh tế", 1)]),
            ("made up", "Ông Hùng cho biết, dự án đã hoàn thành, ông Nam nói thêm rằng chi phí vượt dự toán.", &[("Ông Hùng", "dự án đã hoàn thành", 0), ("ông Nam", "chi phí vượt dự toán", 0)]),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            let got: Vec<(&str, &str, usize)> = claims.iter().map(|c| (c.speaker.text.as_str(), c.content.text.as_str(), c.via.len())).collect();
            assert_eq!(got, want, "{source}");
        }
    }
}
