//! Cue hits: the places in a sentence where a reporting cue acts as a reporting verb, found
//! before any speaker is looked for (the grammar is cue-driven).
//!
//! A hit is one of four shapes, each a nom parser ([`hit`]):
//! - a cue of `rules/cues.txt` with what follows it up to the content: a reciprocal object
//!   (`cáo buộc nhau về`), a report's source words (`dẫn nguồn tin từ`), an audience
//!   (`nói với các phóng viên:`) and the complement (`rằng`, `:`);
//! - published footage: `công bố video [tổng hợp] cho thấy` ([`media`]);
//! - footage in the passive: `Video được X đăng … cho thấy` ([`passive_media`]);
//! - a relay verb before a source, `CNN dẫn một nguồn tin …` ([`relay`]), which reports only
//!   when the sentence reads a speaker from the source (`grammar::sentence`).
//!
//! A cue word that is a noun (`trong một tuyên bố`), a verb's object (`từ chối bình luận`), a
//! phrase that reports nothing (`tuyên bố độc lập`) or the object of the cue before it
//! (`phủ nhận cáo buộc`) is no hit.

use std::ops::Range;

use nom::branch::alt;
use nom::combinator::opt;
use nom::error::context;
use nom::Parser;

use super::input::{miss, Res, Toks};
use super::parsers::{complement, gap_start, inside_name, punct, quote_open, role, skip_many0};
use super::words::Words;
use crate::rules::{CueClass, WordRole, SPLIT_CUE_REACH};
use crate::tokens::Token;

/// A cue occurrence in a sentence, by token index.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Hit {
    pub(crate) start: usize,
    pub(crate) end: usize,
    pub(crate) class: CueClass,
    /// The content begins at this token (after the cue, `thêm`, `rằng`, `:` …).
    pub(crate) content_from: usize,
    /// Each speaker accuses the other (`cáo buộc nhau`).
    pub(crate) reciprocal: bool,
    /// Published footage (`công bố video … cho thấy`), whose content needs no complementizer.
    pub(crate) media: bool,
    /// An accusation written as a noun (`… với cáo buộc …`): its accuser is the subject of
    /// the clause, not a speaker before the cue.
    pub(crate) charge: bool,
    /// The speech did not happen (`X không nói rằng …`): the hit still opens a clause, takes
    /// its content and gives its subject to the cues after it, but reports nothing.
    pub(crate) negated: bool,
    /// A relay verb (`dẫn`, [`relay`]): it reports only through the source after it, named by
    /// the next cue or after a postposed content; alone it says nothing.
    pub(crate) relay: bool,
}

impl Hit {
    /// The cue's tokens.
    pub(crate) fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// A cue at `start..end` whose content begins at `content_from`: no footage, relay,
    /// reciprocal object or accusation noun; negated when a negator stands before it.
    fn spoken(
        w: &Words,
        tokens: &[Token],
        (start, end): (usize, usize),
        class: CueClass,
        content_from: usize,
    ) -> Hit {
        Hit {
            start,
            end,
            class,
            content_from,
            reciprocal: false,
            media: false,
            charge: false,
            negated: negated(w, tokens, start),
            relay: false,
        }
    }
}

/// What the scan finds at a token.
enum Found {
    Hit(Hit),
    /// A cue word that is not a hit here; the scan goes on after it.
    Skip(usize),
}

/// Finds the hits of a sentence, outside quotations, left to right.
pub(crate) fn scan(w: &Words, tokens: &[Token]) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        if t.quoted || !t.word || !w.may_start_hit(t) {
            i += 1;
            continue;
        }
        match hit(w, &mut hits, Toks::new(tokens, i..tokens.len())) {
            Ok((_, Found::Hit(h))) => {
                i = h.end;
                hits.push(h);
            }
            Ok((_, Found::Skip(end))) => i = end,
            Err(_) => i += 1,
        }
    }
    hits
}

/// One hit at the start of `i`: published footage, active or passive, or a cue. `hits` are
/// the hits before it in the sentence (a cue right after a cue is that cue's object).
fn hit<'a>(w: &'a Words, hits: &mut Vec<Hit>, i: Toks<'a>) -> Res<'a, Found> {
    if let Ok((rest, h)) = alt((media(w), passive_media(w))).parse(i) {
        return Ok((rest, Found::Hit(h)));
    }
    match cue(w, hits, i) {
        Err(_) => alt((
            relay(w),
            told(w, hits.last().map(|h| h.end)),
            short_accuse(w),
        ))
        .parse(i)
        .map(|(rest, h)| (rest, Found::Hit(h))),
        found => found,
    }
}

/// `Các quốc gia vùng Vịnh từ lâu đã tố Doha hỗ trợ …`: a colloquial accusation verb
/// (`short_accuse`) written in lower case, with the accused right after it, capitalised. The
/// content opens with the accused, as after `cáo buộc`.
///
/// ```text
/// "đã tố Doha hỗ trợ các nhóm cực đoan"   → cue "tố", content from "Doha"
/// "Phi Thanh Vân tố Bảo Duy trên trang"   → cue "tố", content from "Bảo"
/// "cơ quan tiến hành tố tụng yêu cầu"      → no hit: no capital after it
/// "trường THCS Ngô Tất Tố cho biết"        → no hit: a syllable of a name
/// "Viện Công tố Nga bác bỏ …"              → no hit: the end of a compound (`cue_compound`)
/// ```
fn short_accuse<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, Hit> {
    move |i: Toks<'a>| {
        let (tokens, start) = (i.all(), i.pos());
        let (rest, _) = context("short accusation", role(w, WordRole::ShortAccuse)).parse(i)?;
        let end = rest.pos();
        let accused_next = tokens
            .get(end)
            .is_some_and(|t| t.word && t.cap && !t.quoted);
        if tokens[start].cap || !accused_next || w.in_compound(tokens, start, end) {
            return miss(i);
        }
        Ok((
            rest,
            Hit::spoken(w, tokens, (start, end), CueClass::Accuse, end),
        ))
    }
}

/// `Ông Hùng cho PV biết mọi việc đều ổn`, `… cho phóng viên hay rằng, …`: a cue of two words
/// (`split_cue`) with the one told between them, a capitalised name or a `hearer` word and at
/// most [`SPLIT_CUE_REACH`] words in all. The cue is the whole frame.
///
/// ```text
/// "cho PV Dân trí biết, ngay sau khi …"   → cue "cho PV Dân trí biết", content from "ngay"
/// "cho phóng viên hay rằng, ông đang …"   → cue "cho phóng viên hay", content from "ông"
/// "cho chúng tôi biết: “Từ năm 2013 …"     → cue "cho chúng tôi biết"
/// "cho Nicolas Nkoulou (26 tuổi) hay …"   → no hit: a bracket in the one told
/// "cho Phim hay nhất"                     → no hit: `hay` ("or", "good") opens no content
/// ```
///
/// After the cue a comma, a colon, `rằng` or the sentence's end must follow (`hay` is also
/// "or": `cho trâu hay không`), unless the split cue is a `bare_split_cue` (`cho Zing.vn biết
/// sau cơn mưa …`). A cue before it in the same clause owns the one told (`cậu bé kể những lời
/// mẹ dặn cho chúng tôi hay`).
///
/// `last_hit` is where the sentence's last hit before it ends.
fn told<'a>(w: &'a Words, last_hit: Option<usize>) -> impl Fn(Toks<'a>) -> Res<'a, Hit> {
    move |i: Toks<'a>| {
        let (tokens, start) = (i.all(), i.pos());
        let Some(first) = i.first() else {
            return miss(i);
        };
        let owned = last_hit.is_some_and(|end| {
            tokens
                .get(end..start)
                .is_some_and(|between| between.iter().all(|t| t.word))
        });
        if owned {
            return miss(i);
        }
        let hearer = start + 1;
        let opens_hearer = tokens.get(hearer).is_some_and(|t| {
            t.word && !t.quoted && (t.cap || w.at(WordRole::Hearer, tokens, hearer).is_some())
        });
        if !opens_hearer {
            return miss(i);
        }
        let limit = i.end().min(start + 1 + SPLIT_CUE_REACH);
        let Some((close, (class, bare))) = (hearer + 1..limit)
            .take_while(|&k| {
                let t = &tokens[k];
                // `các bác sĩ điều trị cho Otto Warmbier cho biết`: a second `cho` opens the
                // cue itself, and the first one is a preposition.
                // A dot inside the sentence is a name's (`Zing.vn`): it ends no sentence.
                (t.word || t.is('.')) && !t.quoted && t.hash != first.hash
            })
            .find_map(|k| Some((k, w.split_cue(first.hash, tokens[k].hash)?)))
        else {
            return miss(i);
        };
        let end = close + 1;
        let (rest, content_from) = complement(w)(Toks::new(tokens, end..i.end()))?;
        let opens_content = bare || content_from > end || tokens.get(end).is_none_or(|t| !t.word);
        if !opens_content {
            return miss(i);
        }
        Ok((
            rest,
            Hit::spoken(w, tokens, (start, end), class, content_from),
        ))
    }
}

/// A relay verb before a relayed source: a report whose content opens with the source, which
/// the next cue names as the speaker (the outlet becomes the via), as after `dẫn lời`.
///
/// ```text
/// "CNN dẫn một nguồn tin thân quen với … cho hay" → cue "dẫn", content from "một"
/// "Tass dẫn thông tin từ Bộ trưởng … cho biết"    → cue "dẫn", content from "thông tin"
/// "Hãng Kyodo dẫn tờ The Daily Mirror … đưa tin"  → cue "dẫn", content from "tờ"
/// "ống dẫn tinh", "hướng dẫn thông tin"          → no hit
/// ```
fn relay<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, Hit> {
    move |i: Toks<'a>| {
        let (tokens, start) = (i.all(), i.pos());
        let (rest, _) = context("relay verb", role(w, WordRole::RelayVerb)).parse(i)?;
        let end = rest.pos();
        let (after, _) = skip_many0(role(w, WordRole::Quantifier)).parse(rest)?;
        let source = [
            WordRole::RelaySource,
            WordRole::SourceNoun,
            WordRole::Document,
            WordRole::OutletNoun,
        ];
        let opens_source = source
            .iter()
            .any(|&r| w.at(r, tokens, after.pos()).is_some());
        if w.in_compound(tokens, start, end) || !opens_source {
            return miss(i);
        }
        let hit = Hit {
            start,
            end,
            class: CueClass::Report,
            content_from: end,
            reciprocal: false,
            media: false,
            charge: false,
            negated: negated(w, tokens, start),
            relay: true,
        };
        Ok((rest, hit))
    }
}

/// A cue of `rules/cues.txt` acting as a reporting verb, and what follows it up to the content.
///
/// ```text
/// "cáo buộc nhau về việc vi phạm …" → cue "cáo buộc", reciprocal, content from "việc"
/// "nói với các phóng viên: “…”" → cue "nói", content from "“"
/// ```
fn cue<'a>(w: &'a Words, hits: &mut Vec<Hit>, i: Toks<'a>) -> Res<'a, Found> {
    let tokens = i.all();
    let at = i.pos();
    let Some((words, class)) = w.cues.first_at(tokens, at) else {
        return miss(i);
    };
    let (class, end) = (*class, at + words.len());
    let skip = |end| Ok((Toks::new(tokens, end..i.end()), Found::Skip(end)));
    // `Nguyễn Viết Tiến`, `Trần Viết Hoàn`: a one-word cue capitalised between two capitalised
    // words is a syllable of a name.
    if words.len() == 1 && inside_name(tokens, at) {
        return skip(end);
    }
    if bare_footage(w, tokens, end) {
        return skip(end);
    }
    // The noun disclosed is an object, not a cue (`công bố kết luận …`).
    if let Some(object_end) = discloses_information(w, tokens, at, end) {
        return skip(object_end);
    }
    // `thông tin tình báo … được ông Trump chia sẻ với …`: a noun of information handed over.
    if information_disclosed_by(w, tokens, at) {
        return skip(end);
    }
    // `Giá bán … chưa được Ford công bố.`: a thing published, nothing said of it.
    if published_in_passive(w, tokens, at, end) {
        return skip(end);
    }
    // `phủ nhận cáo buộc …`, `trích thông báo của Nga`: a cue word right after a cue is that
    // cue's object, a noun; but `tuyên bố cho biết`, `thông báo nêu rõ`: the document before
    // it is the subject, not a cue.
    // (`dẫn nguồn tin cho hay`: the cue after a report's source noun is the source's; not
    // one owned, `dẫn nguồn chia sẻ của …`.)
    let mut object = hits.last().is_some_and(|h| {
        h.end == at
            && !h.media
            && !(h.class == CueClass::Report
                && w.before(WordRole::SourceNoun, tokens, at).is_some()
                && !w.is(WordRole::Possessive, tokens, end))
    });
    if object
        && class == CueClass::State
        && hits.last().is_some_and(|h| {
            h.start > 0
                && !tokens[h.start - 1].word
                && w.at(WordRole::GroupPronoun, tokens, h.start) == Some(h.end - h.start)
        })
    {
        hits.pop();
        object = false;
    }
    let charge = class == CueClass::Accuse && after_marker(w, tokens, at, WordRole::ChargeIntro);
    // `kiến nghị của cử tri`, `phán quyết của tòa án`, `Đoạn chia sẻ của quản lý Lan Khuê`: a
    // reporting verb never takes `của` after it, so the cue is a noun and its possessor
    // follows; but a relaying cue ends in the noun it cites (`dẫn lời của Tom Dyer`, `dẫn
    // nguồn tin của một hãng tin Mỹ`).
    let possessed = class != CueClass::Report && w.is(WordRole::Possessive, tokens, end);
    // `Hữu Thắng nói gì về Công Phượng …`, `Ông nhận xét thế nào về …?`: a question word
    // right after the cue asks what was said; nothing is reported.
    let asked = w.at(WordRole::Interrogative, tokens, end).is_some();
    // `X bày tỏ như vậy tại cuộc làm việc …`, `… tuyên bố như trên trong cuộc phỏng vấn …`: an
    // echo with nothing after it but where, when or to whom: words already reported. Right
    // after a quotation (`“…”, Trio viết như vậy trên Facebook`) the cue attributes it.
    let echoed = w.at(WordRole::Echo, tokens, end).is_some_and(|n| {
        tokens
            .get(end + n)
            .is_none_or(|t| !t.word || w.is_any(&SETTING, tokens, end + n))
    }) && !tokens[at.saturating_sub(ECHO_QUOTE_REACH)..at]
        .iter()
        .any(|t| t.quoted);
    if object
        || possessed
        || asked
        || echoed
        || (!charge && is_noun(w, tokens, at, end))
        || not_cue(w, tokens, at)
        || w.in_compound(tokens, at, end)
        || act_sense(w, tokens, at, end)
    {
        return skip(end);
    }
    let after = Toks::new(tokens, end..i.end());
    let (rest, (reciprocal, _, _)) = (
        context(
            "reciprocal",
            opt((
                role(w, WordRole::Reciprocal),
                opt(word_of(w, WordRole::Topic)),
            )),
        ),
        context("report source", report_source(w, class)),
        context("audience", opt(audience(w))),
    )
        .parse(after)?;
    let (rest, content_from) = complement(w)(rest)?;
    let hit = Hit {
        reciprocal: reciprocal.is_some(),
        charge,
        ..Hit::spoken(w, tokens, (at, end), class, content_from)
    };
    Ok((rest, Found::Hit(hit)))
}

/// `dẫn nguồn tin từ X cho biết`: after a report cue, the words that lead to its source.
fn report_source<'a>(w: &'a Words, class: CueClass) -> impl Fn(Toks<'a>) -> Res<'a, ()> {
    move |i: Toks<'a>| {
        if class != CueClass::Report {
            return Ok((i, ()));
        }
        skip_many0(word_of(w, WordRole::ReportSource)).parse(i)
    }
}

/// One token that is a one-word phrase of `role`.
fn word_of<'a>(w: &'a Words, r: WordRole) -> impl Fn(Toks<'a>) -> Res<'a, usize> {
    move |i: Toks<'a>| {
        if i.first().is_some() && w.is(r, i.all(), i.pos()) {
            Ok((i.skip(1), i.pos()))
        } else {
            miss(i)
        }
    }
}

/// Words an audience or channel may take before its colon, complementizer or quotation.
const AUDIENCE_WORDS: usize = 6;

/// Words a longer audience may take before a colon or `rằng` (`nói với báo chí sau hội nghị
/// thượng đỉnh trên rằng:`, `nói với Thủ tướng Anh Theresa May rằng`): further on, `là` or a
/// quotation is more often a word of what is said (`cho rằng trên thực tế Thái Sơn Nam không
/// hẳn là …`, `Tôi nói với anh cái máy xài hoài cũng cần "restart"`).
const LONG_AUDIENCE_WORDS: usize = 12;

/// `nói với các phóng viên:`, `viết trên Twitter:`: the audience or channel, skipped up to a
/// colon, a complementizer or a quotation within a few words, or a colon or `rằng` a little
/// further; a comma ends the audience first (`nói với X, Y …` says nothing to X).
fn audience<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, ()> {
    move |i: Toks<'a>| {
        word_of(w, WordRole::Audience)(i)?;
        let tokens = i.all();
        let limit = i.end().min(i.pos() + LONG_AUDIENCE_WORDS);
        let stop = (i.pos()..limit)
            .take_while(|&k| !tokens[k].is_any(",;"))
            .find(|&k| {
                let at = Toks::new(tokens, k..i.end());
                let short = k < i.pos() + AUDIENCE_WORDS;
                punct(":")(at).is_ok()
                    || role(w, WordRole::That)(at).is_ok()
                    || (short
                        && (role(w, WordRole::Complementizer)(at).is_ok()
                            || quote_open(at).is_ok()))
            });
        match stop {
            Some(k) => Ok((Toks::new(tokens, k..i.end()), ())),
            None => miss(i),
        }
    }
}

/// Words that open only the setting of a speech act, where, to whom or when it was made
/// (`tại …`, `với các phóng viên`, `hôm 5/6`): after a cue and its object, nothing was said.
const SETTING: [WordRole; 3] = [WordRole::Venue, WordRole::Audience, WordRole::Time];

/// How many tokens before an echoing cue (`viết như vậy`) a quotation it attributes may end:
/// the speaker's phrase between them, with its role (`“…”, Thiếu tướng Vladimir Dvorkin, cựu
/// Giám đốc Viện … từng nói như vậy`).
const ECHO_QUOTE_REACH: usize = 60;

/// A cue word at `at` in a phrase where it means something else (`nói trên`, "aforementioned").
/// A phrase that ends in a venue word and is followed by an outlet (`Ông nói trên BD+:`, `nói
/// trên kênh Fox News`) is the cue and where it was said after all.
fn not_cue(w: &Words, tokens: &[Token], at: usize) -> bool {
    let Some(n) = w.at(WordRole::NotCue, tokens, at) else {
        return false;
    };
    let venue_last = w.is(WordRole::Venue, tokens, at + n - 1);
    let outlet_next = tokens.get(at + n).is_some_and(|t| t.word && t.cap)
        || w.is(WordRole::OutletPrefix, tokens, at + n);
    !(venue_last && outlet_next)
}

/// `X không nói rằng …`, `Y chưa chính thức công bố …`, `Z không hề bình luận`: a lower-case
/// negator before the cue (its gap words between) says the speech did not happen. A compound
/// that starts like a negator is none (`Cục Hàng không cho biết`, `không quân`), nor is a name
/// (`Ông Trần Phá Không cho rằng`).
pub(crate) fn negated(w: &Words, tokens: &[Token], at: usize) -> bool {
    let gap = gap_start(w, tokens, 0, at);
    [at, gap].into_iter().any(|end| {
        w.before(WordRole::Negator, tokens, end).is_some_and(|n| {
            let from = end - n;
            if tokens[from].cap {
                return false;
            }
            // A compound around the negator (`hàng không`, `không kích`) negates nothing.
            !(from.saturating_sub(1)..=from).any(|k| {
                w.at(WordRole::NotNegator, tokens, k)
                    .is_some_and(|m| k + m > from)
            })
        })
    })
}

/// True when the cue word from `at` to `end` is a noun or a verb's object: after `là` or
/// before `này` (`Đây là yêu cầu của …`, `đề xuất này`), after a noun marker (`trong một
/// tuyên bố`), after an object verb with adverbs between (`Bắc Kinh tránh công khai bình
/// luận`), or a document noun whose issuer follows (`Tuyên bố của Nhà Trắng nêu rõ`). A
/// document issued (`X đưa ra tuyên bố rằng …`) is a cue, unless a cue after it gives its
/// words (`X ra tuyên bố nói …`).
fn is_noun(w: &Words, tokens: &[Token], at: usize, end: usize) -> bool {
    // `Đây là yêu cầu của …`, `đề xuất này`: a noun by the words around it.
    if nominalized(w, tokens, at) || w.is(WordRole::Demonstrative, tokens, end) {
        return true;
    }
    if examined(w, tokens, at) {
        return true;
    }
    if let Some(n) = w.at(WordRole::Document, tokens, at) {
        let after = at + n;
        if w.is(WordRole::Owner, tokens, after) {
            return true;
        }
        // `Thông cáo nói …`, `Bản tuyên bố nêu rõ …`: a document noun opening a clause (alone
        // or in a phrase standing for the last speaker), a cue right after it, is the subject
        // whose words that cue gives.
        let opens_clause = |k: usize| k == 0 || !tokens[k - 1].word;
        let subject = opens_clause(at)
            || at > 0
                && opens_clause(at - 1)
                && w.at(WordRole::GroupPronoun, tokens, at - 1) == Some(n + 1);
        if subject && w.cues.first_at(tokens, after).is_some() {
            return true;
        }
        if after_marker(w, tokens, at, WordRole::IssueVerb) {
            // `X ra tuyên bố nói …`, `X ra một tuyên bố, nói rằng …`: the cue after the
            // document gives its words.
            let next = after + usize::from(tokens.get(after).is_some_and(|t| t.is(',')));
            return w.cues.first_at(tokens, next).is_some();
        }
    }
    // `nguồn tin quân sự cho biết`, `Trưởng phòng Cảnh sát hình sự cho biết`: a marker that
    // ends a compound is a noun's last syllable.
    if let Some(n) = w.before(WordRole::NounMarker, tokens, at).filter(|&n| {
        at > 0
            && w.before(WordRole::MarkerCompound, tokens, at)
                .is_none_or(|k| k <= n)
    }) {
        // `Nhật Bản cho biết`, `Cảng hàng không quốc tế Nội Bài cho biết`: a capitalised marker
        // after a capitalised word is part of a name. At a sentence start (`Bài bình luận …`),
        // or a sentence opener or quantifier after a photo credit run into the text (`Ảnh:
        // TTXVN Theo thông báo …`, `Ảnh: Twitter Một bình luận khác …`), it is the noun.
        let m = at - n;
        let in_name = tokens[m].cap
            && !w.is_any(&[WordRole::SentenceOpener, WordRole::Quantifier], tokens, m)
            && m > 0
            && tokens[m - 1].word
            && tokens[m - 1].cap;
        if !in_name {
            return true;
        }
    }
    // (Right before the cue or before its gap words: `người dân có thể gọi đến …`, `Bắc Kinh
    // tránh công khai bình luận …`.)
    // A capitalised word of one after a word is a name (`ông Cần nói`, `Thầy Cần cũng cho
    // biết`); a phrase of more opens a sentence run into the text (`VANG BÓNG MỘT THỜI Có thể
    // nói …`).
    let j = gap_start(w, tokens, 0, at);
    j > 0
        && w.before(WordRole::ObjectVerb, tokens, j).is_some_and(|n| {
            let v = j - n;
            !tokens[v].cap || n > 1 || v == 0 || !tokens[v - 1].word
        })
}

/// `Mỹ đang điều tra cáo buộc Nga can thiệp …`, `FBI từng điều tra cáo buộc …`: an accusation
/// noun at `at` right after a verb that examines it (quantifiers between) is what is
/// investigated. Not when the verb is a noun's last word (`Các nhà điều tra cáo buộc ông Lý
/// …`, `Các cuộc điều tra cáo buộc Nga …`: the investigators accuse).
fn examined(w: &Words, tokens: &[Token], at: usize) -> bool {
    if w.at(WordRole::Accusation, tokens, at).is_none() {
        return false;
    }
    let Some(verb) = marker_before(w, tokens, at, WordRole::ExamineVerb) else {
        return false;
    };
    // A verb after its subject's name, an adverb or aspect word (`Mỹ đang điều tra`, `FBI điều
    // tra`), or opening the clause; after any other lower-case word it is a noun's.
    verb == 0
        || !tokens[verb - 1].word
        || tokens[verb - 1].cap
        || w.before(WordRole::Adverb, tokens, verb).is_some()
        || w.is_any(&[WordRole::Aspect, WordRole::Future], tokens, verb - 1)
}

/// True when a phrase of `role` ends just before token `at`, or before the quantifiers right
/// before it (`với các cáo buộc`, `ra một tuyên bố`).
fn after_marker(w: &Words, tokens: &[Token], at: usize, role: WordRole) -> bool {
    marker_before(w, tokens, at, role).is_some()
}

/// Where the phrase of `role` that [`after_marker`] finds before token `at` starts.
fn marker_before(w: &Words, tokens: &[Token], at: usize, role: WordRole) -> Option<usize> {
    let mut k = at;
    while k > 0 && w.before(WordRole::Quantifier, tokens, k) == Some(1) {
        k -= 1;
    }
    w.before(role, tokens, k).map(|n| k - n)
}

/// `Đây là yêu cầu của Thứ trưởng …`, `… đang là yêu cầu cấp thiết`: a cue word right after a
/// nominalizer (`là`) written in lower case, or opening the sentence, is a noun.
fn nominalized(w: &Words, tokens: &[Token], at: usize) -> bool {
    w.before(WordRole::Nominalizer, tokens, at)
        .is_some_and(|n| {
            let v = at - n;
            !tokens[v].cap || v == 0 || !tokens[v - 1].word
        })
}

/// The cue word from `at` to `end` in its sense of an act: `bổ sung` not framed (`bổ sung giấy
/// tờ`), `gọi` not a label (`gọi taxi`).
fn act_sense(w: &Words, tokens: &[Token], at: usize, end: usize) -> bool {
    (w.spells(WordRole::FramedOnly, tokens, at, end) && !framed(w, tokens, end))
        || (w.spells(WordRole::LabelVerb, tokens, at, end) && !labels(w, tokens, end))
}

/// A comma, a colon, `rằng` or a quotation within two words after a cue ending at `end`
/// (`bổ sung thêm: …`), or nothing but the sentence's end: a postposed cue (`"…", ông Flentje
/// bổ sung.`).
fn framed(w: &Words, tokens: &[Token], end: usize) -> bool {
    tokens.get(end).is_none_or(|t| t.is_any(".!?"))
        || (end..tokens.len().min(end + 2))
            .any(|k| tokens[k].is_any(",:“\"") || w.is(WordRole::Complementizer, tokens, k))
}

/// How far after a label verb its marker may stand (`gọi hành động của ông Trump là …`).
const LABEL_REACH: usize = 12;

/// How far after a label verb a quoted label may open (`gọi Iran "quốc gia khủng bố"`).
const QUOTED_LABEL_REACH: usize = 5;

/// A label marker after a cue ending at `end`, before the clause ends (`gọi X là Y`), or a
/// quotation right after a short object (`gọi Iran "quốc gia khủng bố số một"`).
fn labels(w: &Words, tokens: &[Token], end: usize) -> bool {
    (end..tokens.len().min(end + LABEL_REACH))
        .take_while(|&k| !tokens[k].is_any(".;!?"))
        .any(|k| {
            w.is(WordRole::LabelMarker, tokens, k)
                || (k < end + QUOTED_LABEL_REACH && tokens[k].is_any("“\""))
        })
}

/// `công bố video sau khi …`: footage published with nothing said of what it shows.
fn bare_footage(w: &Words, tokens: &[Token], end: usize) -> bool {
    end < tokens.len() && w.is(WordRole::MediaNoun, tokens, end)
}

/// `thông tin tình báo trên đã được ông Trump chia sẻ với ông Lavrov`: a verb of disclosure at
/// `at` in a passive (`được`, `bị` and its agent, a few words before it) whose subject is a
/// noun of information hands that thing over and says nothing.
fn information_disclosed_by(w: &Words, tokens: &[Token], at: usize) -> bool {
    /// How far back the passive marker and, before it, the noun of information may be.
    const REACH: usize = 8;
    if w.at(WordRole::Disclose, tokens, at).is_none() {
        return false;
    }
    let Some(p) = passive_before(w, tokens, at, REACH) else {
        return false;
    };
    (p.saturating_sub(REACH)..p).any(|k| w.at(WordRole::Information, tokens, k).is_some())
}

/// The passive marker (`được`, `bị`) nearest before `at`, at most `reach` words back.
fn passive_before(w: &Words, tokens: &[Token], at: usize, reach: usize) -> Option<usize> {
    (at.saturating_sub(reach)..at)
        .rev()
        .find(|&k| w.is(WordRole::Passive, tokens, k))
}

/// Words from `from` on, within the clause's reach, that say what a thing disclosed holds: a
/// colon, `rằng`, `cho thấy`.
fn says_what(w: &Words, tokens: &[Token], from: usize) -> bool {
    (from..tokens.len().min(from + DISCLOSED_REACH)).any(|j| {
        tokens[j].is(':')
            || w.is(WordRole::That, tokens, j)
            || w.at(WordRole::MediaShows, tokens, j).is_some()
    })
}

/// `Giá bán … chưa được Ford công bố.`, `Cuộc chạm trán … được Fox News đăng tải vào tối thứ
/// Bảy`: a verb of disclosure or publishing in a passive (`được`, `bị` and its agent a few words
/// before it) with only a place, a channel or a time after it has its thing, the subject before
/// the passive, and says nothing of it; unless the clause goes on to say what it holds (`cho
/// thấy`, `rằng`, `:`), or a source prefix opens the clause (`Theo số liệu vừa được Tổng cục
/// Hải quan công bố, …`: the source speaks).
fn published_in_passive(w: &Words, tokens: &[Token], at: usize, end: usize) -> bool {
    /// How far back the passive marker may be.
    const REACH: usize = 8;
    let publishes = w.at(WordRole::Disclose, tokens, at).is_some()
        || w.at(WordRole::MediaVerb, tokens, at).is_some();
    if !publishes {
        return false;
    }
    let Some(p) = passive_before(w, tokens, at, REACH) else {
        return false;
    };
    // The agent stands between the marker and the verb: words only, outside quotations (a
    // postposed `"… tìm được chiếc quạt ưng ý", ông Thuần chia sẻ.` has no passive).
    // A source prefix opening the clause (no comma between it and the passive) speaks.
    let clause_start = tokens[..p]
        .iter()
        .rposition(|t| t.is(','))
        .map_or(0, |c| c + 1);
    if tokens[p + 1..at].iter().any(|t| !t.word || t.quoted)
        || w.is(WordRole::SourcePrefix, tokens, clause_start)
    {
        return false;
    }
    let nothing_said = tokens
        .get(end)
        .is_none_or(|t| t.is_any(".;!?") || w.is_any(&SETTING, tokens, end));
    nothing_said && !says_what(w, tokens, end)
}

/// How far past a disclosed noun of information [`discloses_information`] looks for words
/// saying what it holds: a clause, not the rest of a run-on text.
const DISCLOSED_REACH: usize = 40;

/// `tiết lộ thông tin tối mật cho Ngoại trưởng Nga`, `công bố số liệu chậm, hủy chuyến`: a verb
/// of disclosure whose object is a noun of information hands over that thing and says nothing,
/// unless the clause goes on to say what it holds (`rằng`, `:`, `cho thấy`). Gives where the
/// noun ends.
fn discloses_information(w: &Words, tokens: &[Token], at: usize, end: usize) -> Option<usize> {
    w.at(WordRole::Disclose, tokens, at)?;
    let mut k = end;
    while let Some(n) = w.at(WordRole::Quantifier, tokens, k) {
        k += n;
    }
    let noun = w
        .at(WordRole::Information, tokens, k)
        .or_else(|| w.at(WordRole::Disclosed, tokens, k))?;
    (!says_what(w, tokens, k)).then_some(k + noun)
}

/// `công bố video [tổng hợp] cho thấy`, `đăng video cho thấy`: a publisher saying what its
/// footage shows.
fn media<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, Hit> {
    move |i: Toks<'a>| {
        let start = i.pos();
        let (rest, _) = context(
            "media",
            (
                role(w, WordRole::MediaVerb),
                word_of(w, WordRole::MediaNoun),
            ),
        )
        .parse(i)?;
        let tokens = i.all();
        for k in rest.pos()..tokens.len().min(rest.pos() + 5) {
            if let Some(n) = w.at(WordRole::MediaShows, tokens, k) {
                let end = k + n;
                return Ok((Toks::new(tokens, end..i.end()), media_hit(start, end)));
            }
            if !tokens[k].word {
                break;
            }
        }
        miss(i)
    }
}

/// `Video được X đăng hôm 4/10 cho thấy …`: the publisher sits between `được` and the verb,
/// so the cue is the whole frame and the speaker is read inside it ([`passive_publisher`]).
fn passive_media<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, Hit> {
    move |i: Toks<'a>| {
        let start = i.pos();
        let tokens = i.all();
        let (_, _) = context(
            "passive media",
            (
                word_of(w, WordRole::MediaNoun),
                word_of(w, WordRole::Passive),
            ),
        )
        .parse(i)?;
        let limit = tokens.len().min(start + 16);
        let Some(verb_at) =
            (start + 3..limit).find(|&k| w.at(WordRole::MediaVerb, tokens, k).is_some())
        else {
            return miss(i);
        };
        let Some((shows_at, len)) = (verb_at + 1..limit)
            .find_map(|k| w.at(WordRole::MediaShows, tokens, k).map(|n| (k, n)))
        else {
            return miss(i);
        };
        let end = shows_at + len;
        Ok((Toks::new(tokens, end..i.end()), media_hit(start, end)))
    }
}

fn media_hit(start: usize, end: usize) -> Hit {
    Hit {
        start,
        end,
        class: CueClass::State,
        content_from: end,
        reciprocal: false,
        media: true,
        charge: false,
        negated: false,
        relay: false,
    }
}

/// The publisher inside a passive media cue: the tokens between `được` and the verb.
pub(crate) fn passive_publisher(w: &Words, tokens: &[Token], hit: &Hit) -> Option<Range<usize>> {
    if !hit.media
        || hit.start + 1 >= tokens.len()
        || !w.is(WordRole::Passive, tokens, hit.start + 1)
    {
        return None;
    }
    let from = hit.start + 2;
    let to = (from..hit.end).find(|&k| w.at(WordRole::MediaVerb, tokens, k).is_some())?;
    (to > from).then_some(from..to)
}

#[cfg(test)]
mod tests {
    use crate::grammar::testing::*;

    #[test]
    fn independence_declaration_is_not_a_claim() {
        assert!(
            found("Nargorno - Karabakh tuyên bố độc lập với Azerbaijan vào năm 1988.").is_empty()
        );
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

    /// A need, a wish, a duty or an ability before a cue (`cần`, `muốn`, `có thể`, `có trách
    /// nhiệm`): nothing has been said. A capitalised one-word verb after a word is a name
    /// (`ông Cần nói`), and a longer one opening a run-in sentence is still the verb.
    #[test]
    fn needs_wishes_duties_and_abilities_are_no_speech() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, text, claims) in [
            ("baomoi:22645706", "Dư luận tỏ thái độ không hài lòng với cách cư xử của Bảo Thanh trong scandal này, vì nếu như sự thật không đúng như thế, nữ diễn viên 9X cần lên tiếng để bảo vệ thanh danh của mình.", 0),
            ("baomoi:22727855", "HLV Hữu Thắng muốn gọi cầu thủ nhập tịch, không ngán Thái Lan.", 0),
            ("baomoi:21478158", "Ngoài việc khách hàng phải ra tận cửa hàng vàng xếp hàng mua vàng, người dân có thể gọi đến các ngân hàng và nhiều trang bán vàng online trên mạng xã hội.", 0),
            ("baomoi:22243827", "Bộ phận nghiệp vụ có trách nhiệm thông báo và mời chuyên viên kinh doanh lên trụ sở chính công ty hoặc chi nhánh TP.HCM để thống nhất nội dung và ký kết biên bản thanh lý.", 0),
            ("baomoi:22218934", "VANG BÓNG MỘT THỜI Có thể nói “ông tổ” khai sinh ra phố chó Nhật Tân nức tiếng là Anh Tú.", 0),
            ("baomoi:22403637", "\"Sở đã khuyến cáo ông Hồng Quang Minh không nên tham gia hoạt động biểu diễn\" – ông Cần nói.", 1),
        ] {
            let got = analyzer.document("t", "-", text).claims;
            assert_eq!(got.len(), claims, "{source}: {got:?}");
            if let Some(c) = got.first() {
                assert_eq!(c.speaker.text, "ông Cần", "{source}");
            }
        }
    }

    /// `nhớ lại` ("recall") reports only when framed (`framed_only`): after a quotation it
    /// closes (`“…”, Wenger nhớ lại.`) or before a colon and a quotation; recalling a thing
    /// (`nhớ lại món canh sườn`) is no speech.
    #[test]
    fn recalling_reports_only_when_framed() {
        check_rows(
            "recall",
            &[
                ("baomoi:21476003", "“Tôi đã nghĩ cậu ấy có thể đến thi đấu cho Arsenal bởi cậu ấy có tố chất chơi cho một CLB lớn”, Wenger nhớ lại.", &[("Wenger", "nhớ lại")]),
                ("baomoi:22269894", "“Sau 2 tháng ngón tay mọc lại móng mới, mà móng mới mọc đâu đi diễn được”, võ sư Quốc Cường nhớ lại.", &[("võ sư Quốc Cường", "nhớ lại")]),
                ("shortened from baomoi:21478572", "Anh nhớ lại: “Cách đây mấy năm, khi tôi đang sửa xe cho khách thì có một ông già ngoài 60 đến tìm.”", &[("Anh", "nhớ lại")]),
                ("baomoi:22579176", "Thủ tướng Hun Sen nhớ lại món canh sườn cách đây 40 năm", &[]),
            ],
        );
    }

    /// A cue followed at once by `và`, `nhưng` or `rồi` (no `rằng`, no colon) joins another
    /// verb phrase: it has no content of its own (`… lên án và áp đặt trừng phạt` condemns,
    /// then imposes; the condemnation's object is not `và áp đặt …`). The cue after the joiner
    /// still gives its claim, and a denial stays one (`Doha bác bỏ và tuyên bố …`: what it
    /// rejects came before).
    #[test]
    fn a_cue_joined_to_another_verb_phrase_has_no_content() {
        check_rows(
            "verb joiner",
            &[
                ("baomoi:22738982", "Hội đồng Bảo an LHQ đã ngay lập tức ra nghị quyết lên án và áp đặt trừng phạt.", &[]),
                ("baomoi:22381006", "Bắc Kinh cũng đã xử lý “một số vấn đề khác liên quan đến các công ty” có giao dịch với Triều Tiên, bà Thornton nói thêm nhưng không cung cấp thông tin chi tiết.", &[]),
                ("baomoi:22322611", "Chiến đấu cơ Mỹ đã nhiều lần phát tín hiệu cảnh báo nhưng đoàn xe tăng không đổi hướng, buộc họ phải tấn công vào những chiếc xe đi đầu.", &[]),
                ("baomoi:22711693", "Nhiều quốc gia lớn cam kết và đã có những hành động thiết thực để bảo vệ môi trường.", &[]),
                ("shortened from baomoi:22385997", "Bộ trưởng Ngoại giao Bồ Đào Nha Augusto Santos Silva hoan nghênh và đánh giá cao chuyến thăm của Phó Thủ tướng Phạm Binh Minh, coi đây là dịp để hai bên tăng cường hiểu biết lẫn nhau.", &[]),
                ("baomoi:22511736", "Cây bút bình luận Ralph Jennings của Forbes cho rằng cuộc đối đầu giữa Qatar và các cường quốc vùng Vịnh khó có thể sớm kết thúc trong ngày một ngày hai, khi Arab Saudi và các đồng minh cáo buộc Qatar tài trợ khủng bố, còn Doha bác bỏ và tuyên bố sẽ không nhượng bộ.", &[("Ralph Jennings của Forbes", "cho rằng"), ("Doha", "bác bỏ"), ("Doha", "tuyên bố")]),
            ],
        );
    }

    /// `X bày tỏ như vậy tại …`, `X tuyên bố như trên trong …`: a manner anaphor (`echo`) and
    /// nothing after it but where it was said points back at words already reported: no claim;
    /// after a quotation in the sentence the same words attribute it.
    #[test]
    fn echoes_report_nothing_new() {
        check_rows(
            "echo",
            &[
                ("baomoi:22570310", "Chủ tịch Vinatex Trần Quang Nghị bày tỏ như vậy tại cuộc làm việc với tổ công tác của Thủ tướng Chính phủ.", &[]),
                ("baomoi:22289464", "Ngoại trưởng Ukraine Pavel Klimkin đã tuyên bố như trên trong cuộc trả lời phỏng vấn tờ Wall Street Journal (Nhật báo phố Wall) của Mỹ số ra ngày 15/5.", &[]),
                ("shortened from baomoi:22236895", "HLV Hoàng Anh Tuấn đã khẳng định như thế trong phòng họp báo trước trận đấu chiều 9/5.", &[]),
                ("baomoi:21480308", "“Khi chúng tôi nhìn thấy con vật này, chúng tôi không thể phân biệt được đâu là đầu đâu là đuôi của nó nữa”, Tổ chức bảo vệ Động vật Trio đã viết như vậy trên trang mạng xã hội Facebook.", &[("Tổ chức bảo vệ Động vật Trio", "viết")]),
                ("shortened from baomoi:22620382", "\"Bản chất của cuộc tranh cãi với Qatar là mang tính ngoại giao và hướng đến an ninh, không bao giờ liên quan đến quân sự”, Ngoại trưởng Bahrain Sheikh Khalid bin Ahmed al-Khalifa hôm qua đã nói như vậy trong một thông điệp được đăng tải trên Twitter.", &[("Ngoại trưởng Bahrain Sheikh Khalid bin Ahmed al-Khalifa", "nói")]),
            ],
        );
    }

    /// A cue word inside another word (`bài viết`, `nhà phân tích`, `sửa đổi, bổ sung`), in
    /// a naming phrase (`còn gọi là`, `gọi tắt là`, `nói trên`) or in a caption before its credit reports
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
                ("shortened from baomoi:22495454", "Trong số 9 tàu cá bị hư hỏng có 8 chiếc do công ty TNHH MTV Nam Triệu (Bộ Công an, gọi tắt là công ty Nam Triệu) đóng không phải hàng phân phối chính hãng.", &[]),
                ("shortened from baomoi:22383416", "Theo VSSA, đã có hàng trăm ngàn tấn đường lỏng bắp (HFCS - High-Fructose Corn Syrup, gọi tắt là đường lỏng) từ Trung Quốc được nhập vào Việt Nam.", &[("VSSA", "Theo")]),
                ("baomoi:22656657", "Phát ngôn viên của Bộ Quốc phòng Nga, thiếu tá Dmitri Andreyev cho biết hệ thống trên, gọi tắt là IASBU, sẽ sử dụng các tín hiệu số để truyền phát mệnh lệnh tác chiến và kiểm soát các lực lượng chiến lược.", &[("Phát ngôn viên của Bộ Quốc phòng Nga, thiếu tá Dmitri Andreyev", "cho biết")]),
                ("baomoi:22228101", "Tổng thống Nga Vladimir Putin phát biểu tại lễ duyệt binh kỉ niệm Ngày Chiến thắng (Ảnh: Reuters)", &[]),
                ("baomoi:21495061", "Alexei Navalny nói các cáo buộc ông mang động cơ không lành mạnh (Ảnh: AP)", &[]),
                ("baomoi:21472074", "Bộ GD&ĐT đã lên tiếng về vấn đề này.", &[]),
                ("baomoi:21471491", "Ông Hoàng Hữu Nam thông báo về chuyến đi Thanh Hóa.", &[]),
                // Answering questions in parliament, recalling memories: an act, not a report.
                ("baomoi:22528340", "Bộ trưởng Bộ Y tế Nguyễn Thị Kim Tiến trả lời chất vấn của các đại biểu Quốc hội sáng 14/6.", &[]),
                ("baomoi:22728130", "Chủ tịch Quốc hội đề nghị giữ nguyên thời gian chất vấn và trả lời chất vấn là 3 ngày làm việc.", &[("Chủ tịch Quốc hội", "đề nghị")]),
                ("baomoi:22515397", "Chủ tịch nước Trần Đại Quang nhắc lại những kỷ niệm, ấn tượng sâu sắc trong chuyến thăm Cuba cuối năm 2016.", &[]),
                // A speech given somewhere, nothing said of what it said (`speech_event`).
                ("baomoi:21494716", "Tổng thống Mỹ Donald Trump phát biểu tại một sự kiện ở Tampa, Florida ngày 6/2.", &[]),
                ("baomoi:22322087", "Thứ trưởng Bộ Ngoại giao Nga Gennady Gatilov phát biểu tại Hội đồng Bảo an Liên Hiệp Quốc ngày 28-4.", &[]),
                ("baomoi:22669625", "Thủ tướng Đức Angela Merkel phát biểu tại một sự kiện ở Berlin ngày 26/6.", &[]),
                ("baomoi:22681596", "Tướng quân đội Mỹ Vincent Stewart phát biểu tại ủy ban thượng viện: “Triều Tiên kiên quyết và đang trên con đường sở hữu năng lực này.”", &[("Tướng quân đội Mỹ Vincent Stewart", "phát biểu")]),
                ("baomoi:22374793", "Tại đoàn Quảng Ngãi, Bộ trưởng Công thương Trần Tuấn Anh cũng nhắc lại câu chuyện giải cứu thịt heo với một tinh thần không lấy gì làm thoải mái.", &[]),
                // A title named after what the person does: their own verb comes later.
                ("baomoi:22220219", "Michael Hewson, chuyên gia phân tích thị trường thuộc CMC Markets, nhận định chiến thắng của ứng viên Tổng thống Pháp Emmanuel Macron sẽ giúp đồng euro tăng giá.", &[("Michael Hewson, chuyên gia phân tích thị trường thuộc CMC Markets", "nhận định")]),
                ("baomoi:22446554", "Cây viết Muhammad Butt nhận xét: “Đằng sau những thành công của Mourinho ở MU mùa này là nỗi đau để lại”.", &[("Cây viết Muhammad Butt", "nhận xét")]),
                ("baomoi:21480496", "Một nhà bình luận chính trị quốc tế Hoa Kỳ gốc Trung Quốc ngày 6/2 nhận định, Bắc Kinh sẽ thận trọng.", &[("Một nhà bình luận chính trị quốc tế Hoa Kỳ gốc Trung Quốc", "nhận định")]),
                ("baomoi:21488248", "Cơ quan chức năng đã nhận được nhiều đơn tố cáo Nga, Tình và Trần Đình Chiến.", &[]),
            ],
        );
    }

    /// `bổ sung` reports only when framed (`Tổng thống Mỹ bổ sung, …`), `gọi` only as a label
    /// (`gọi X là Y`); else each is an act.
    #[test]
    fn acts_that_share_a_cue_word_report_nothing() {
        check_rows(
            "act",
            &[
                ("baomoi:22233475", "Thời gian BV bổ sung giấy tờ theo yêu cầu của Cục quản lý Dược mất 25 ngày.", &[]),
                ("baomoi:22673415", "Sở sẽ nghiên cứu cụ thể từng ý kiến góp ý của đại biểu, bổ sung vào đề án cho hoàn thiện hơn.", &[]),
                ("baomoi:21508350", "Tại Thông tư 333, Bộ Tài chính lại bổ sung quy định về xác định tiền thuê đất.", &[]),
                ("baomoi:22346372", "Tổng thống Mỹ bổ sung, ông cũng phát hiện ra sự thừa nhận ngày càng lớn giữa các nước láng giềng Arab.", &[("Tổng thống Mỹ", "bổ sung")]),
                ("baomoi:21488526", "\"Lệnh cấm không dựa vào sự phân biệt đối xử trên cơ sở tôn giáo\", ông Flentje bổ sung.", &[("ông Flentje", "bổ sung")]),
                ("baomoi:22306383", "Một cô gái sau đó gọi em trai của mình và một số người tới đánh “dằn mặt” cô gái kia.", &[]),
                ("baomoi:22555016", "Vào khoảng 4 giờ sáng ngày 18-6, chị Kiều gọi taxi tới chở đi công việc.", &[]),
                ("baomoi:22471468", "Bảo tiếp tục gọi cho Hoàng đi cùng.", &[]),
                ("baomoi_003", "Trong khi đó, tổng thống Mỹ Donald Trump gọi Iran \"quốc gia khủng bố một”.", &[("tổng thống Mỹ Donald Trump", "gọi")]),
                ("baomoi:22285537", "Thượng nghị sỹ Cộng hòa Dick Durbin gọi hành động của ông Trump là nguy hiểm và bất cẩn.", &[("Thượng nghị sỹ Cộng hòa Dick Durbin", "gọi")]),
            ],
        );
    }

    /// A cue word with `của` right after it is a noun and its possessor (`chấp nhận đề nghị của
    /// …`, `Đoạn chia sẻ của …`); a relaying cue ends in the noun it cites and stays a cue.
    #[test]
    fn a_cue_word_owned_by_someone_is_a_noun() {
        check_rows(
            "possessed",
            &[
                ("baomoi:22406788", "Đáng ngạc nhiên là Hội đồng thành viên Vinachem cũng đã chấp nhận đề nghị của Ban quản lý dự án Đạm Ninh Bình trong tiếp nhận nguyên trạng và quản lý vận hành nhà máy khi dây chuyền chưa đủ điều kiện nghiệm thu.", &[]),
                ("baomoi:22548125", "Anh cự tuyệt đề nghị của Zidane, cùng với ĐT Bồ Đào Nha hành quân đến Nga và tham gia tập luyện một cách tích cực.", &[]),
                ("baomoi:22589684", "Do lời khai của các bị cáo về số tiền nhận hối lộ có sự chênh lệch so với với số tiền nhận hối lộ của các bị cáo trong cáo trạng nên HĐXX đã chấp nhận đề nghị của Viện KSND là hoãn phiên tòa.", &[]),
                ("baomoi:22674169", "Đoạn chia sẻ của Chung Thanh Phong.", &[]),
                ("baomoi:22667240", "Đáp lại kiến nghị trên, Bộ Tài chính cho rằng, đề xuất của Vinachem là \"chưa phù hợp\".", &[("Bộ Tài chính", "cho rằng")]),
                ("baomoi:22308807", "Hãng thông tấn Yonhap (Hàn Quốc) dẫn nguồn tin của một hãng tin Mỹ ngày 18-5 cho biết quân đội Triều Tiên đang tiến hành tu sửa các bức tường che chắn cho các vị trí đường hầm.", &[("Hãng thông tấn Yonhap (Hàn Quốc)", "dẫn nguồn tin")]),
            ],
        );
    }

    /// Deciding on or hearing what someone else asked or said (`thông qua đề nghị`, `chấp thuận
    /// đề xuất`, `nghe thông báo`): the cue word is the verb's object, and the subject says nothing.
    #[test]
    fn a_request_decided_on_or_heard_is_no_claim() {
        check_rows(
            "decided",
            &[
                ("baomoi:22567355", "Bộ Thống nhất Hàn Quốc đã thông qua đề nghị cho phép đội trình diễn Taekwondo Triều Tiên tới Hàn Quốc vào cuối tháng 6.", &[]),
                ("baomoi:22669186", "Nhấn mạnh đến việc giữ gìn kỷ cương, kỷ luật trong hệ thống hành chính, Thủ tướng tán thành đề xuất của Chủ tịch MTTQ Việt Nam về việc xử lý nghiêm sai phạm trong quá trình đóng tàu vỏ thép.", &[]),
                ("baomoi:22399162", "Đến tháng 5.2013, gia đình nghe thông báo trên truyền hình tìm thân nhân cho một xác chết trôi đang phân hủy tại xã Trường Hòa (H.Hòa Thành).", &[]),
                ("baomoi:22256299", "Tháng 5.2011, cô nhận phán quyết một năm bảy tháng tù vì tái sử dụng ma túy.", &[]),
                ("baomoi:22271898", "Phương Uyên nhận chỉ trích nặng nề từ dư luận.", &[]),
                ("baomoi:22247042", "Lầu Năm Góc cho biết Bộ Ngoại giao Mỹ đã chấp thuận đề xuất bán 160 tên lửa cho Các Tiểu vương quốc Arab thống nhất, với trị giá khoảng 2 tỷ USD.", &[("Lầu Năm Góc", "cho biết")]),
                ("baomoi:22229805", "Trong thư, ông Trump nói rằng ông đã chấp nhận đề xuất của Bộ trưởng Bộ Tư pháp Mỹ Jeff Sessions rằng ông Comey không còn lãnh đạo hiệu quả FBI nữa.", &[("ông Trump", "nói rằng")]),
            ],
        );
    }

    /// The paper's own reporter as the whole speaker (`Phóng viên:` as an interview's turn
    /// label, `PV hỏi`, `theo khảo sát của PV`) is the writer asking or observing; another
    /// paper's reporter (`một phóng viên`) stays a speaker.
    #[test]
    fn the_papers_own_reporter_reports_nothing() {
        check_rows(
            "own reporter",
            &[
                ("baomoi:21479030", "Phóng viên: Ông có đồng quan điểm với VCB về việc VCB khẳng định không có động cơ vụ lợi trong vụ việc trên?", &[]),
                ("baomoi:22343868", "Phóng viên: Vậy theo ông đâu là nguyên nhân?", &[]),
                ("baomoi:21494623", "PV hỏi: “Có bệnh sao ông không cữ bia rượu?”", &[]),
                ("baomoi:21472525", "Cùng ngày, theo khảo sát của PV, chỉ rất ít cây mai anh đào tại trung tâm TP Đà Lạt nở hoa lác đác, phần lớn vẫn chưa đơm nụ.", &[]),
                ("baomoi_037", "\"Vậy còn thứ 3 thì sao?\", một phóng viên hỏi.", &[("một phóng viên", "hỏi")]),
            ],
        );
    }

    /// `đòi hỏi` is "require": the cue `đòi` inside it reports nothing, and a claim around it
    /// reads through it.
    #[test]
    fn a_requirement_is_no_demand() {
        check_rows(
            "require",
            &[
                ("baomoi:21471975", "Các trò chơi đòi hỏi sự đoàn kết và hiểu ý nhau giữa các thành viên để dành chiến thắng trong tập đặc biệt này.", &[]),
                ("dantri:news_education_258", "Một số câu hỏi đòi hỏi người dự thi phải làm nháp, tính toán, suy luận để có đáp án đúng hay đáp án phù hợp nhất.", &[]),
                ("shortened from baomoi:22257539", "Nhưng những nghề như thế đòi hỏi sự sáng tạo và tính linh hoạt cao.", &[]),
                ("baomoi:22340318", "Trung tướng Phan Văn Giang nhấn mạnh, tình hình trên thế giới và khu vực đang có nhiều diễn biến phức tạp, đòi hỏi mỗi cán bộ, chiến sĩ Quân đội Nhân dân Việt Nam phải nâng cao chất lượng huấn luyện, xây dựng lực lượng tinh nhuệ.", &[("Trung tướng Phan Văn Giang", "nhấn mạnh")]),
            ],
        );
    }

    /// A question word right after a cue (`nói gì về …`, `nhận xét thế nào về …?`) asks what
    /// was said: no claim; `những gì` ("what", a relative) opens a content.
    #[test]
    fn asking_what_was_said_reports_nothing() {
        check_rows(
            "asked",
            &[
                ("baomoi:21487931", "Hữu Thắng nói gì về Công Phượng sau chiến thắng của U23 Việt Nam", &[]),
                ("baomoi:22348953", "Cựu Tổng thống Park Geun-hye nói gì trong ngày đầu hầu tòa?", &[]),
                ("baomoi:22637765", "- Ông nhận xét thế nào về những vụ việc “nóng” xảy ra ở Yên Bái vừa qua, đặc biệt là biệt phủ “khủng” của Giám đốc Sở Tài nguyên - Môi trường tỉnh này đang bị thanh tra?", &[]),
                ("shortened from baomoi:22561607", "Trả lời các cuôc phỏng vấn riêng rẽ trên một số kênh truyền hình như NBC và CBS, luật sư Jay Sekulow thuộc đoàn luật sư riêng của Tổng thống Trump cho biết những gì tổng thống chia sẻ trên trang cá nhân Twitter là về các báo cáo của hoạt động điều tra.", &[("luật sư Jay Sekulow thuộc đoàn luật sư riêng của Tổng thống Trump", "cho biết")]),
            ],
        );
    }

    /// The writer of a letter or a first-person story telling their own exchanges (`tôi` with a
    /// cue of conversation) reports nobody's statement; an opinion in the first person (an
    /// interview's answer) stays a claim.
    #[test]
    fn narrators_telling_their_own_exchanges_report_nothing() {
        check_rows(
            "narrator",
            &[
                ("baomoi:22483674", "Tôi nói với anh cái máy xài hoài cũng cần \"restart\", chăm sóc, thêm dầu nhớt mới chạy bền.", &[]),
                ("baomoi:22570265", "Tôi hỏi anh chạy xe và làm công nhân thì lấy đâu ra số tiền lớn như vậy giúp gia đình tôi?", &[]),
                ("baomoi:22555641", "Tôi hỏi bạn, có hài lòng với quyết định của mình không, cô ấy lắc đầu.", &[]),
                ("baomoi:21495149", "Tôi nói với thái độ vừa tình cảm vừa cương quyết.", &[]),
                ("baomoi:21478988", "Tôi cho rằng lễ hội là rất cần thiết, không thể bỏ được.", &[("Tôi", "cho rằng")]),
            ],
        );
    }

    /// A speech act supposed in a condition (`nếu` right before its speaker) was made by no
    /// one; the claim whose content holds the condition goes on through it.
    #[test]
    fn a_speech_act_in_a_condition_is_no_claim() {
        check_rows(
            "condition",
            &[
                ("baomoi:22706001", "Nếu cơ quan về pháp luật nói việc công khai điểm thi vi phạm pháp luật, Bộ GD&ĐT sẽ điều chỉnh.", &[]),
                ("baomoi:21494345", "Nếu chính quyền Trump đề nghị toàn bộ thẩm phán Tòa án Tối cao xem lại phán quyết của tòa cấp dưới, nhiều khả năng thẩm phán Gorsuch sẽ không kịp ngồi ghế quan tòa để xét xử vụ này.", &[]),
                ("baomoi:22737663", "Bộ trưởng Bộ Quốc phòng, Ngô Xuân Lịch cho biết sẵn sàng thu hồi sân golf Tân Sơn Nhất nếu Chính phủ yêu cầu và bàn giao thêm đất quốc phòng để TP.HCM mở rộng sân bay.", &[("Ngô Xuân Lịch", "cho biết")]),
            ],
        );
    }

    /// A speech act planned (`sẽ` between the speaker and the cue: `Bộ Công thương sẽ đề xuất
    /// …`) was not made; the claim of whoever tells of the plan stands, whole.
    #[test]
    fn a_planned_speech_act_is_no_claim() {
        check_rows(
            "planned",
            &[
                ("shortened from baomoi:21477866", "Trên cơ sở các báo cáo và ý kiến của các đơn vị, Bộ Công thương sẽ đề xuất phương án khả thi nhất đối với các dự án, doanh nghiệp yếu kém, chậm tiến độ.", &[]),
                ("baomoi:22647854", "Sau khi có kết luận, trong vòng 7 ngày, Đoàn sẽ công bố theo quy định.", &[]),
                ("shortened from baomoi:22287016", "Theo một quan chức Nhật Bản, Tokyo và Washington sẽ kêu gọi Trung Quốc cùng với Nga đóng vai trò trong việc gây sức ép buộc Triều Tiên từ bỏ các chương trình hạt nhân và tên lửa.", &[("một quan chức Nhật Bản", "Theo")]),
                ("shortened from baomoi:22449930", "Tờ Indiatoday đưa tin, NASA sẽ công bố kế hoạch về sứ mệnh bay trực tiếp vào bầu khí quyển của Mặt Trời vào lúc 11 giờ sáng EDT.", &[("Tờ Indiatoday", "đưa tin")]),
            ],
        );
    }

    /// A negated passive before a postposed agent (`… vẫn chưa được Chính phủ bổ sung`, `…
    /// nhưng không được các cơ quan chức năng cảnh báo`) says the agent's speech act did not
    /// happen, as an active negation does; affirmed, the agent speaks.
    #[test]
    fn a_negated_passive_speech_act_is_no_claim() {
        check_rows(
            "negated passive",
            &[
                ("baomoi:22340003", "Nhiều người đến tham quan tàu đường sắt phản ánh giữa nền tàu và sàn ga La Khê xuất hiện khe hở khoảng 15 cm nhưng không được các cơ quan chức năng cảnh báo.", &[]),
                ("baomoi:22360224", "Để đảm bảo tiến độ thi công dự án, TP đã bỏ ra 600 tỉ đồng để quyết toán và đến nay vẫn chưa được Chính phủ bổ sung.", &[]),
                ("baomoi:22555847", "Trên cơ sở đó đánh giá các phương án, trong đó có cả các phương án đã được các tư vấn trong nước đề xuất.", &[("các tư vấn trong nước", "đề xuất")]),
            ],
        );
    }

    /// An accusation examined (`điều tra cáo buộc …`, an `examine_verb` before an accusation
    /// noun) is what is investigated: the investigator accuses no one. When the verb is a
    /// noun's last word (`Các nhà điều tra`, `Các cuộc điều tra`), the noun is the subject and
    /// accuses.
    #[test]
    fn an_accusation_investigated_is_no_claim() {
        check_rows(
            "examined",
            &[
                ("baomoi:22739877", "Mỹ đang điều tra cáo buộc Nga can thiệp vào bầu cử Mỹ theo hướng có lợi cho Trump.", &[]),
                ("baomoi:22541440", "Ông Mueller đang điều tra cáo buộc Nga can thiệp vào cuộc bầu cử Tổng thống Mỹ năm 2016 và có liên hệ với ban vận động tranh cử của Tổng thống Donald Trump.", &[]),
                ("baomoi:22267318", "Năm 1983, FBI từng điều tra cáo buộc đội ngũ của Tổng thống Mỹ Ronald Reagan xem trước tài liệu chuẩn bị của đối thủ Jimmy Carter (người tiền nhiệm của Reagan) trong cuộc tranh luận năm 1980.", &[]),
                ("shortened from baomoi:22236404", "Các nhà điều tra cáo buộc ông Lý tư lợi từ các đám tang, nhận tiền và quà biếu.", &[("Các nhà điều tra", "cáo buộc")]),
                ("baomoi:22740181", "Các cuộc điều tra cáo buộc Nga giúp ông Donald Trump giành chiến thắng trong cuộc bầu cử đang diễn ra.", &[("Các cuộc điều tra", "cáo buộc")]),
            ],
        );
    }

    /// A speech act its speaker cannot make or dares not (`không thể`, `chưa thể`, `không dám`
    /// right before the cue: an `unable` modal) was not made; the claim whose content holds it
    /// goes on through it.
    #[test]
    fn a_speech_act_its_speaker_cannot_make_is_no_claim() {
        check_rows(
            "unable",
            &[
                ("shortened from baomoi:22415601", "Các nhà khoa học chưa thể giải thích nguyên nhân khiến tầng nhật hoa có nhiệt độ trên 500.000 độ C.", &[]),
                ("shortened from baomoi:22353828", "Hoài cũng đã từng xâm hại em H. nhưng nạn nhân không dám tố cáo vì xấu hổ và sợ mất hạnh phúc gia đình chị gái.", &[]),
                ("baomoi:22641728", "Một thực tế không thể phủ nhận là diễn viên thất nghiệp khá nhiều và họ phải chạy sang game show để cứu sự nghiệp.", &[]),
                ("baomoi:22754653", "Bằng Kiều cho hay, chuyện tình cảm rất khó nói và mọi việc vẫn chưa chắc chắn nên anh chưa thể chia sẻ bất cứ điều gì.", &[("Bằng Kiều", "cho hay")]),
                ("baomoi:22561607", "Luật sư này cũng cho biết vì các dòng chia sẻ trên mạng xã hội bị khống chế số chữ cái nên tổng thống đã không thể nói rõ hơn và khẳng định chắc chắn không có cuộc điều tra chính thức nào nhắm vào tổng thống của nước Mỹ trong thời điểm hiện tại.", &[("Luật sư này", "cho biết")]),
            ],
        );
    }

    /// Posting something (`đăng tải`, a `post_cue`) is an act; what is posted is a claim when
    /// the text frames its words (a colon, a quotation) or the post reports something itself.
    #[test]
    fn a_cue_split_by_the_one_told_is_one_cue() {
        check_rows(
            "split_cue",
            &[
                ("shortened from baomoi:21488502", "Ông Lê Minh Hướng, Trưởng CA xã Ninh Sở cho PV biết, sau khi nhận được tin báo về vụ xô xát tại Bến đò Ninh Sở, lực lượng CA xã đã có mặt tại hiện trường.", &[("Ông Lê Minh Hướng, Trưởng CA xã Ninh Sở", "cho PV biết")]),
                ("shortened from baomoi:22450496", "Một nhân chứng cho CNN biết, một chiếc xe tải đã lao với tốc độ nhanh vào phần đường dành cho người đi bộ ở cầu London.", &[("Một nhân chứng", "cho CNN biết")]),
                ("baomoi:21512356", "Tổng thống Donald Trump bất ngờ cho phóng viên hay rằng, ông đang xem xét về một sắc lệnh cấm nhập cảnh giữa ồn ào sắc lệnh tương tự.", &[("Tổng thống Donald Trump", "cho phóng viên hay")]),
                ("baomoi:22418357", "Anh Lê Trọng Hùng, Chủ nhiệm CLB Tôi yêu Thanh Hóa cho chúng tôi biết, năm ngoái các thành viên của CLB đã phát hiện trường hợp mắc bệnh lạ đáng thương của cậu bé Nguyễn Hữu Việt Hoàng.", &[("Anh Lê Trọng Hùng, Chủ nhiệm CLB Tôi yêu Thanh Hóa", "cho chúng tôi biết")]),
                ("baomoi:22410381", "“Mấy hôm trước chính quyền vào truy quét, nên họ đưa máy móc vào sâu trong hầm trốn rồi”, một người dân cho tôi biết.", &[("một người dân", "cho tôi biết")]),
                // A second `cho` opens the cue: the first is a preposition.
                ("shortened from baomoi:22543309", "Theo AFP, các bác sĩ điều trị cho Otto Warmbier cho biết, nam sinh 22 tuổi bị tổn thương não nghiêm trọng.", &[("các bác sĩ điều trị cho Otto Warmbier", "cho biết")]),
                // A cue before it in the clause owns the one told.
                ("shortened from baomoi:22503247", "“Khi đến trường, mẹ nói với cô giáo nên con không phải tập thể dục”, cậu bé bị bệnh tim kể những lời mẹ dặn cho chúng tôi hay.", &[]),
                // `hay` is "or" with no comma, colon or `rằng` after it; `cho biết` takes its
                // content bare (`bare_split_cue`), and a domain's dot stays in the one told.
                ("shortened from baomoi:21472185", "Chính đội hình ít kinh nghiệm đã tạo cơ hội cho Nicolas Nkoulou hay Vincent Aboubakar được vào sân.", &[]),
                ("shortened from baomoi:22251852", "Trung tá Thiều Mạnh Ngọc, Đội trưởng đội CSGT số 1, cho Zing.vn biết sau cơn mưa đội huy động toàn bộ lực lượng ra đường phân luồng giao thông.", &[("Trung tá Thiều Mạnh Ngọc", "cho Zing.vn biết")]),
                ("shortened from baomoi:22458233", "Thì đây, Thủy cho Hoàng biết tay nhé!", &[]),
            ],
        );
    }

    #[test]
    fn a_colloquial_accusation_takes_its_accused_right_after_it() {
        check_rows(
            "short_accuse",
            &[
                ("baomoi:22510553", "Giới chức Iran tố Mỹ ủng hộ IS và tuyên bố có bằng chứng chứng minh cáo buộc này.", &[("Giới chức Iran", "tố"), ("Giới chức Iran", "tuyên bố")]),
                ("baomoi:22255085", "Bộ trưởng Quốc phòng Australia tố Trung Quốc hoạt động gián điệp.", &[("Bộ trưởng Quốc phòng Australia", "tố")]),
                // `từ lâu` ("long since") stands between the speaker and the cue as an adverb.
                ("shortened from baomoi:22496836", "Các quốc gia vùng Vịnh từ lâu đã tố Doha hỗ trợ các nhóm cực đoan, đặc biệt là tổ chức Anh em Hồi giáo.", &[("Các quốc gia vùng Vịnh", "tố")]),
                // The end of a compound, with a capitalised word after it, accuses no one.
                ("shortened from baomoi:21491618", "Văn phòng Viện trưởng Viện Công tố Nga (RPGO) vừa bác bỏ yêu cầu của chính quyền Kiev trong việc đòi dẫn độ cựu Tổng thống Ukraine Viktor Yanukovych.", &[("Văn phòng Viện trưởng Viện Công tố Nga (RPGO)", "bác bỏ")]),
                ("shortened from baomoi:22601589", "Căn cứ chứng cứ, tài liệu thu thập được, cơ quan điều tra Công an tỉnh Hòa Binh đã khởi tố Bùi Mạnh Quốc về tội “Vô ý làm chết người”.", &[]),
            ],
        );
    }

    #[test]
    fn posting_pictures_is_no_claim() {
        check_rows(
            "posted",
            &[
                ("shortened from baomoi:21494573", "Hôm đầu tuần vừa qua, chị Ashley Clifford đã đăng tải một bức ảnh về cô con gái 5 tháng tuổi của mình, bé Ellie trên Instagram.", &[]),
                ("baomoi:22655817", "Tờ Daily Mail mới đây đăng tải những hình ảnh gây sốc về các loại vũ khí tự chế của khủng bố IS, từ xe đặt bom nhiều bánh tới máy bay không người lái.", &[]),
                ("constructed from baomoi:22638610 (its `lặng lẽ` left out)", "Cô đăng tải trên trang cá nhân hình ảnh nắm chặt tay chồng với lời nhắn nhủ: ‘Gia đình là điều quan trọng nhất, còn những thứ khác, có hay không có, không quan trọng!’.", &[("Cô", "đăng tải")]),
                ("shortened from baomoi:22727937", "Tờ New York Times đăng tải một báo cáo cho biết ông Trump Jr. đã được báo trước về nguồn thông tin được thu thập từ chính phủ Nga.", &[("Tờ New York Times", "đăng tải")]),
            ],
        );
    }

    /// Writing a letter, a form or a script (`viết thư`, `viết đơn`, `viết kịch bản`: a
    /// `write_cue` and a `written_thing`) is an act; it is a claim when the text frames what
    /// was written or a cue inside says what it says (`viết tâm thư … thừa nhận lỗi lầm`,
    /// `viết thư yêu cầu …`).
    #[test]
    fn writing_a_letter_or_a_form_is_no_claim() {
        check_rows(
            "written",
            &[
                ("baomoi:22452262", "Thành viên T.O.P của nhóm Big Bang đã viết thư tay xin lỗi khán giả vì scandal hút cần sa.", &[]),
                ("baomoi:22651324, shortened", "Những học sinh đủ điểm nguyện vọng 3 viết đơn đăng ký dự tuyển vào trường theo mẫu đơn do nhà trường cấp cho học sinh.", &[]),
                ("baomoi:21487028", "Câu chuyện trong tiết mục này được soạn giả Tô Thiên Kiều viết kịch bản dựa trên cuộc đời thật của những nghệ sĩ nghèo.", &[]),
                ("baomoi:21473062", "Trước những lời tố cáo của vợ, Bảo Duy đã viết tâm thư trên trang cá nhân thừa nhận lỗi lầm và gửi lời xin lỗi đến Phi Thanh Vân cùng bố mẹ cô.", &[("Bảo Duy", "viết")]),
                ("baomoi:22516448", "Còn Mohini Giri, người đứng đầu Ủy ban Quốc gia về Phụ nữ cho rằng lệnh của tòa án \"đã bỏ qua các nguyên tắc công lý\" và viết thư yêu cầu Tòa án Tối cao can thiệp.", &[("Mohini Giri, người đứng đầu Ủy ban Quốc gia về Phụ nữ", "cho rằng"), ("Mohini Giri, người đứng đầu Ủy ban Quốc gia về Phụ nữ", "viết")]),
                // `thư ký` (secretary) is no letter: a description before a name.
                ("baomoi:22230355, shortened", "“Tổng thống Donald J. Trump thông báo với Comey rằng ông ấy bị bãi nhiệm”, thư ký Nhà Trắng Sean Spicer nói trong một tuyên bố và cho biết quyết định này được Tổng thống Mỹ đưa ra.", &[("thư ký Nhà Trắng Sean Spicer", "nói"), ("thư ký Nhà Trắng Sean Spicer", "cho biết")]),
            ],
        );
    }

    /// A cue that names only the occasion of speaking (`trả lời câu hỏi …`, `lên tiếng sau …`,
    /// `hỏi về …`) says nothing; with what is said after it, it is a claim.
    #[test]
    fn an_occasion_of_speaking_alone_is_no_claim() {
        check_rows(
            "occasion",
            &[
                ("baomoi:22539657", "Không chỉ đề cập đến đời tư, ông Putin còn trả lời câu hỏi liên quan đến nhiều vấn đề khác nhau.", &[]),
                ("baomoi:22522544", "Chiều 13/6, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn Nguyễn Xuân Cường đã trả lời các câu hỏi được đại biểu Quốc hội nêu vào cuối phiên làm việc buổi sáng.", &[]),
                ("baomoi:22704575", "Vụ chém lìa đầu thanh niên ở Vĩnh Phúc: Công an lên tiếng trước thông tin nghi phạm bị tâm thần", &[]),
                ("baomoi:22305102", "Mỹ lên tiếng vụ Ukraine cấm các phương tiện truyền thông Nga", &[]),
                ("baomoi:22600493", "Raikkonen trả lời phỏng vấn trước Azerbaijan GP 2017.", &[]),
                ("baomoi:22586159", "Ông Putin trả lời câu hỏi của phóng viên rằng Nga không can thiệp vào bầu cử Mỹ.", &[("Ông Putin", "trả lời")]),
                // After a quantifier too; a postposed quotation is what was said, whatever it
                // opens with.
                ("baomoi:22539235", "Ông trả lời nhiều câu hỏi được chọn ra từ khoảng 1,6 triệu câu hỏi do người dân, chính trị gia, nhà hoạt động xã hội và quan chức địa phương từ nhiều vùng khác nhau ở Nga gửi đến.", &[]),
                ("constructed from baomoi:22543680 (its quotation's last sentence)", "“Một việc chỉ giao cho một cơ quan chủ trì”, Phó Thủ tướng trả lời.", &[("Phó Thủ tướng", "trả lời")]),
            ],
        );
    }

    /// Telling a story or sharing an experience or a secret (`kể câu chuyện …`, `chia sẻ kinh
    /// nghiệm …`, `tiết lộ bí quyết …`) or saying a set phrase (`nói lời chia tay`) is an act; with what is said after a colon, a quotation,
    /// `rằng` or `là`, it is a claim (posting pictures: `posting_pictures_is_no_claim`).
    #[test]
    fn telling_a_story_or_sharing_an_experience_alone_is_no_claim() {
        check_rows(
            "shared_thing",
            &[
                ("baomoi:21757405", "Ngọc Sơn kể câu chuyện khởi nghiệp nhiều gian nan của mình.", &[]),
                ("baomoi:22449723", "HLV của McGregor - John Kavanagh tiết lộ bí quyết đánh bại Mayweather.", &[]),
                ("baomoi:22591366", "Việt chia sẻ kinh nghiệm tái tạo bộ phận sinh dục.", &[]),
                // After a quantifier (`những`, `một`, `nhiều`) too.
                ("shortened from baomoi:21493483", "Tại hội thảo nông nghiệp ở Tây Ninh đầu năm nay, ông Huy đã chia sẻ những kinh nghiệm mang loại trái cây giàu chất dinh dưỡng này sang Nhật.", &[]),
                ("baomoi:21478045", "Mới đây, Toni Grande, người từng làm trợ lý cho cựu HLV Real, Vicente Del Bosque đã chia sẻ một câu chuyện trong năm 2002.", &[]),
                // Sharing one's feelings, with nothing said of them.
                ("baomoi:22413759", "Bảo Thy đã chia sẻ cảm xúc một cách thẳng thắn về sự việc lần này.", &[]),
                ("baomoi:22270760", "Hyomin (T-ara) vừa chia sẻ cảm xúc của cô sau đêm concert tại Đài Loan.", &[]),
                ("baomoi:21480298", "Nữ ca sĩ chia sẻ cảm xúc: “Những lời chúc ấy đã tạo nên một niềm hạnh phúc rất lớn cho ngày sinh nhật của Trang”.", &[("Nữ ca sĩ", "chia sẻ")]),
                ("baomoi:22739024", "Tỷ phú Richard Branson mới chia sẻ bí quyết thành công là luôn mang theo cuốn sổ tay nhỏ để ghi ý tưởng nảy ra bất cứ lúc nào.", &[("Tỷ phú Richard Branson", "chia sẻ")]),
                ("constructed from baomoi:21473409", "Chị Ngân chia sẻ kinh nghiệm: \"Tôi ăn nhiều rau và tập thể dục mỗi ngày\".", &[("Chị Ngân", "chia sẻ")]),
                // Saying a set phrase (`nói lời chia tay`, `nói lời xin lỗi`) is an act too; with
                // its words after a colon it is a claim, and a quotation before the cue always is.
                ("shortened from baomoi:22477838", "Mới đây, Pepe đã chính thức nói lời chia tay Real sau 10 năm gắn bó.", &[]),
                ("baomoi:22280973", "Tại buổi gặp gỡ này, Hương Giang đã nói lời xin lỗi tới nghệ sĩ Trung Dân vì câu nói xúc phạm tại gameshow mà cả hai cùng tham gia.", &[]),
                ("constructed from baomoi:21471848 (its `ôm đầu` left out)", "Denis Shapovalov nói lời xin lỗi: \"Tôi cảm thấy vô cùng bối rối, xấu hổ và cảm thấy việc tôi đã làm thật khủng khiếp ảnh hưởng tới đồng đội và đất nước tôi.\"", &[("Denis Shapovalov", "nói")]),
                ("shortened from baomoi:22362870", "“Lời khai đối tượng hiện vẫn còn khai theo kiểu nhỏ giọt, chưa khai nhận cụ thể nguyên nhân giết hại nạn nhân”, Đại úy Phong nói.", &[("Đại úy Phong", "nói")]),
            ],
        );
    }

    /// `hứa hẹn` ("promise", mostly "promises to be") is a claim only said by someone addressed
    /// or titled, or joined to an earlier cue of its speaker (`rules/grammar.txt` role
    /// `weak_cue`): a film, a singer's show, a product promise nothing.
    #[test]
    fn promises_to_be_is_no_claim() {
        check_rows(
            "weak_cue",
            &[
                ("baomoi:21490904", "Sẽ ra mắt vào mùa phim hè năm nay, Cướp biển vùng Caribe 5 hứa hẹn sẽ tạo doanh thu khủng với những kỹ xảo hấp dẫn và nội dung được hé lộ vô cùng thu hút.", &[]),
                ("baomoi:22237730", "Với sự tập luyện nghiêm túc và thả hồn vào trong lúc trình diễn, Thu Thảo hứa hẹn sẽ khiến khán giả phải say lòng.", &[]),
                ("baomoi:21481080", "Sản phẩm này cũng hỗ trợ VR và được Lenovo hứa hẹn có khả năng mang lại một cái nhìn trực quan mới và trải nghiệm nhập vai cho công việc của khách hàng.", &[]),
                ("baomoi:22263549", "Ông Macron đã hứa hẹn trẻ hóa bộ máy lãnh đạo đất nước bằng việc thúc đẩy đưa thêm nhiều người mới vào quốc hội để dần xóa bỏ \"lối mòn\" trong phương thức lãnh đạo cũ.", &[("Ông Macron", "hứa hẹn")]),
                ("baomoi:22503236", "Thủ tướng Pháp Édouard Philippe hứa hẹn sẽ hội đàm với các công đoàn về vấn đề này.", &[("Thủ tướng Pháp Édouard Philippe", "hứa hẹn")]),
                ("bbcvi_037", "Năm ngoái, ông Trump nói rằng Trung Quốc đã \"hãm hại nước Mỹ\" và hứa hẹn sẽ chỉ đích danh siêu cường quốc này là kẻ thao túng tiền tệ.", &[("ông Trump", "nói rằng"), ("ông Trump", "hứa hẹn")]),
            ],
        );
    }

    /// A verb of publishing in a passive with only a place, a channel or a time after it
    /// (`… chưa được Ford công bố.`, `… được Thảo My đăng tải trên trang cá nhân`) names the
    /// thing published, its subject, and says nothing; a source prefix before it speaks, and a
    /// clause around it keeps its own claim.
    #[test]
    fn a_thing_published_in_a_passive_is_no_claim() {
        check_rows(
            "published in a passive",
            &[
                ("baomoi:22576340", "Giá bán của Expedition 2018 hiện vẫn chưa được Ford công bố.", &[]),
                ("baomoi:22412572", "Mới đây những hình ảnh về Quang Anh - Quán quân The Voice Kids mùa đầu tiên được nhiều fanpage trên mạng xã hội đăng tải.", &[]),
                ("baomoi:22553990", "Hình ảnh bị trầy xước chân tay được Thảo My đăng tải trên trang cá nhân mới đây.", &[]),
                ("baomoi:22259799", "Ảnh nhí nhố của cặp đôi được Khởi My chia sẻ trên trang cá nhân của mình", &[]),
                ("baomoi:22593461", "Ông Lê Ngọc Bích cho biết quyết định cho ông nghỉ việc sẽ được Ban Thường vụ huyện ủy Hương Khê công bố trong vài ngày tới.", &[("Ông Lê Ngọc Bích", "cho biết")]),
                ("baomoi:22234617", "Theo số liệu vừa được Tổng cục Hải quan công bố, trong tháng 4, Việt Nam chỉ nhập hơn 176 xe ôtô nguyên chiếc từ thị trường Ấn Độ.", &[("Tổng cục Hải quan", "Theo")]),
                // A quotation before a postposed cue is no passive agent, whatever it holds.
                ("baomoi:22648233", "“Rất nhiều dân chơi sành đồ cổ cả trong, ngoài nước tìm đến tôi và đều hài lòng khi tìm được chiếc quạt ưng ý” ông Thuần chia sẻ.", &[("ông Thuần", "chia sẻ")]),
            ],
        );
    }

    /// Non-speech senses of cue words, each a `not_cue` phrase: asking to buy or borrow,
    /// greeting, being able to answer.
    #[test]
    fn asking_to_buy_greeting_and_being_able_to_answer_are_acts() {
        check_rows(
            "not_cue",
            &[
                ("baomoi:22508960", "Tiền vệ trẻ Marco Asensio đã được Liverpool hỏi mua với giá 50 triệu bảng.", &[]),
                ("baomoi:21478600", "Vụ thứ hai xảy ra khi Trịnh Văn Bình hỏi mượn tiền chị vợ nhưng chị này không cho.", &[]),
                ("baomoi:22436365", "Ông Khoa cũng đến từng hộ dân hỏi thăm động viên, lắng nghe nguyên vọng trước việc nơi họ sinh sống đang có nguy cơ sạt lở, buộc phải di dời.", &[]),
                ("baomoi:21479058", "Tuy nhiên, ông Hòa cũng không trả lời được khi có câu hỏi về loại thức ăn mà loại tôm này sử dụng.", &[]),
            ],
        );
    }

    /// `nhận xét` (to remark) reports, framed or not.
    #[test]
    fn remarks_are_claims() {
        check_rows(
            "remark",
            &[
                ("baomoi:21474243", "Ông Sơn nhận xét: \"Tôi cho rằng, các quan điểm của Mỹ về tình hình ở châu Á - Thái Bình Dương đã thay đổi\".", &[("Ông Sơn", "nhận xét")]),
                ("baomoi:21477827", "Những đảng viên đảng Cộng hòa cũng nhận xét rằng truyền thông trong nước đang quá cứng rắn với ông Trump.", &[("Những đảng viên đảng Cộng hòa", "nhận xét rằng")]),
                ("baomoi:21481382", "HLV Lukkade thẳng thắn nhận xét: “Tôi thấy Cho năm nay xinh đẹp hơn nhưng tôi vẫn không thấy tiềm năng gì”.", &[("HLV Lukkade", "nhận xét")]),
            ],
        );
    }

    /// After `là` (a `nominalizer`), a cue word is a noun, the subject's predicate (`Đây là
    /// khẳng định của X`: the statement is the sentence before); before `này` (a
    /// `demonstrative`) too.
    #[test]
    fn a_cue_word_after_the_copula_is_a_noun() {
        check_rows(
            "nominalizer",
            &[
                ("baomoi:21472621", "Thứ trưởng Bộ Công Thương Hoàng Quốc Vượng. - Ảnh: VGP Đây là yêu cầu của Thứ trưởng Bộ Công Thương Hoàng Quốc Vượng sau cuộc họp mới đây.", &[]),
                ("baomoi:21473765", "Nghị sĩ Quốc hội Ukraine Nadezhda Savchenko. Ảnh: Sputnik Đó là khẳng định của nữ nghị sĩ Quốc hội Ukraine Nadezhda Savchenko.", &[]),
                ("baomoi:22295280", "Giảm chi phí cho DN đang là yêu cầu cấp thiết.", &[]),
                ("baomoi:22563681", "Dự án nào chưa hoàn thành, quan điểm của Thủ tướng là yêu cầu TKV đốc thúc tiến độ đầu tư.", &[]),
                // A demonstrative after the cue word makes it a noun too.
                ("baomoi:22238844", "Sở sẽ xem xét đề xuất này của Bộ.", &[]),
                ("baomoi:22215140", "Những người ủng hộ đề xuất này đã không nói về việc họ có kế hoạch như thế nào để có được ngân sách thực hiện kế hoạch.", &[]),
                ("baomoi:22222271", "Kyodo cho biết, yêu cầu này được đưa ra khi Tổng thống Mỹ Donald Trump và Chủ tịch Trung Quốc Tập Cận Bình gặp nhau tại Florida vào ngày 6.", &[("Kyodo", "cho biết")]),
                ("baomoi:22417923", "Phó Tổng cục trưởng Tổng cục Đường bộ Việt Nam Phan Thị Thu Hiền cho rằng, đề nghị này không phù hợp với Luật Giao thông đường bộ hiện hành.", &[("Phó Tổng cục trưởng Tổng cục Đường bộ Việt Nam Phan Thị Thu Hiền", "cho rằng")]),
            ],
        );
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
            // A document or a result announced by name (`disclosed`).
            ("baomoi:21467620", "Tờ BI vừa công bố danh sách 10 ô tô bán chạy nhất tại Mỹ năm 2016."),
            ("baomoi:22558582", "GD&TĐ - Sở GD&ĐT vừa công bố kết quả tuyển sinh vào lớp 10 năm học 2017 - 2018."),
            ("baomoi:22625048", "Mới đây nhất, HLV Nguyễn Hữu Thắng đã chính thức công bố danh sách đội tuyển U22 Việt Nam tham dự vòng loại U23 châu Á."),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert!(claims.is_empty(), "{source}: {claims:?}");
        }
        check_speaker_and_opening(&[
            ("baomoi:22284899", "Tổng thống Mỹ Donald Trump đã tiết lộ thông tin tối mật cho Ngoại trưởng Nga, hai quan chức Mỹ ngày 15-5 cho biết.", "hai quan chức Mỹ", "Tổng thống Mỹ Donald Trump đã tiết lộ"),
            ("baomoi:21473164", "Bà Tomomi Inada cũng hé lộ thông tin cho thấy khả năng Tokyo đang lên kế hoạch giúp đỡ các nước trong khu vực.", "Bà Tomomi Inada", "thông tin cho thấy"),
            ("baomoi:22290252", "Chi nhánh Fed bang New York vừa công bố báo cáo cho hay chỉ số hoạt động chế tạo của bang này bất ngờ sụt giảm.", "Chi nhánh Fed bang New York", "chỉ số hoạt động"),
        ]);
    }

    /// An audience or channel of a few more words still ends at a colon or `rằng`, and the
    /// content starts after it; further on, `là` or a quotation belongs to what is said.
    #[test]
    fn a_longer_audience_ends_at_a_colon_or_rang() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in [
            ("baomoi:22238537", "Ông Mattis nói với các phóng viên trước khi đến Đan Mạch rằng: \"Chúng ta sẽ nhìn vào tương lai\".", &[("Ông Mattis", "Chúng ta sẽ nhìn vào tương lai")][..]),
            ("baomoi:22574007", "Chủ tịch Perez nói trên đài phát thanh Onda Cero rằng Real nhìn thấy một vấn đề ở Neymar.", &[("Chủ tịch Perez", "Real nhìn thấy một vấn đề ở Neymar")]),
            ("baomoi:22353980", "Tổng thống Mỹ Donald Trump nói với Thủ tướng Anh Theresa May rằng Mỹ sẽ sát cánh với Anh.", &[("Tổng thống Mỹ Donald Trump", "Mỹ sẽ sát cánh với Anh")]),
            ("baomoi:22502200", "HLV Nguyễn Bảo Quân cho rằng trên thực tế Thái Sơn Nam không hẳn là có sức mạnh vượt trội.", &[("HLV Nguyễn Bảo Quân", "trên thực tế Thái Sơn Nam không hẳn là có sức mạnh vượt trội")]),
        ] {
            assert_said(&analyzer, source, sentence, want);
        }
        // The one spoken to is a person, not the channel it came through.
        let may = analyzer.document("t", "-", "Tổng thống Mỹ Donald Trump nói với Thủ tướng Anh Theresa May rằng Mỹ sẽ sát cánh với Anh.");
        assert!(may.claims[0].via.is_empty(), "{:?}", may.claims[0].via);
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

    /// The reporting verbs of domestic news (`chia sẻ`, `kể`, `tâm sự`), but not `kể từ`, `kể cả`,
    /// `chưa kể`; a disclosure verb in a passive whose subject is information.
    #[test]
    fn domestic_cues_and_disclosed_information() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in [
            ("baomoi:21471415", "Nói về chuyện học của mình, Huyền chia sẻ: \"Trong suốt 12 năm học, em phải vượt đèo\".", &[("Huyền", "Trong suốt 12 năm học, em phải vượt đèo")][..]),
            ("baomoi:21472531", "Chị Dương chua xót kể: “Hồi cha của Hảo bỏ đi, anh em Hảo vẫn còn quá nhỏ”.", &[("Chị Dương", "Hồi cha của Hảo bỏ đi, anh em Hảo vẫn còn quá nhỏ")]),
            ("baomoi:22345514", "Đây là vụ phóng thử tên lửa thứ hai của Triều Tiên kể từ khi tân Tổng thống Hàn Quốc lên nắm quyền.", &[]),
            ("baomoi:21486404", "Chưa kể, cả sau khi bình phục, di chứng của những vết thương cũng sẽ ảnh hưởng.", &[]),
            ("baomoi_033", "Hai quan chức nói thông tin tình báo trên đã được ông Trump chia sẻ với ông Lavrov và Đại sứ Nga.", &[("Hai quan chức", "thông tin tình báo trên đã được ông Trump chia sẻ với ông Lavrov và Đại sứ Nga")]),
        ] {
            assert_said(&analyzer, source, sentence, want);
        }
    }

    /// A lower-case negator before the cue (`không nói rằng`, `chưa xác nhận`, `vẫn chưa công
    /// bố`) says the speech did not happen: no claim, and the cues inside its content stay
    /// embedded. A name (`Trần Phá Không`) or a compound (`Cục Hàng không`) is no negator.
    #[test]
    fn negated_cues_report_nothing() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in [
            ("baomoi:21480170", "Ông Trump không nói cho bà May rằng ông sắp sửa ký một sắc lệnh hành pháp.", &[][..]),
            ("baomoi:22613448", "Điện Kremlin chưa xác nhận về thời điểm ông rời Washington.", &[]),
            ("baomoi:21494653", "Cảnh sát vẫn chưa công bố nguyên nhân cái chết.", &[]),
            ("baomoi_037", "Washington Post chưa nói rằng tổng thống đã tiết lộ các nguồn tin.", &[]),
            ("baomoi:21480496", "Ông Trần Phá Không cho rằng, Trung Nam Hải đang tích cực lôi kéo quan hệ với chính phủ mới.", &[("Ông Trần Phá Không", "Trung Nam Hải đang tích cực lôi kéo quan hệ với chính phủ mới")]),
            ("baomoi:22302222", "Cục Hàng không Việt Nam cho biết bảo đảm an ninh hàng không là ưu tiên.", &[("Cục Hàng không Việt Nam", "bảo đảm an ninh hàng không là ưu tiên")]),
        ] {
            assert_said(&analyzer, source, sentence, want);
        }
    }

    /// A document noun opening a sentence, a cue right after it (`Thông cáo nêu rõ, …`,
    /// `Thông báo cho biết: …`), is the subject, standing for whoever issued it: the speaker
    /// before it (sentence-initial, the noun had been read as the cue and the claim lost).
    #[test]
    fn a_document_opening_a_sentence_speaks_for_its_issuer() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, text, want) in [
            (
                "shortened from baomoi:21481540",
                "Bộ Quốc phòng Mỹ ngày 6/2 ra thông cáo báo chí cho biết, \"Bộ trưởng Mattis và Bộ trưởng Sajjan đã tái khẳng định quan hệ quốc phòng Mỹ - Canada\". Thông cáo nêu rõ, hai lãnh đạo ngành quốc phòng còn thảo luận về tầm quan trọng của việc đầu tư và hiện đại hóa quốc phòng nhằm đảm bảo sự hợp tác liên tục.",
                ("Thông cáo", "Bộ Quốc phòng Mỹ", "nêu rõ"),
            ),
            (
                "shortened from baomoi:22549582",
                "Reuters dẫn thông cáo của Hải quân Mỹ cho biết, tàu khu trục USS Fitzgerald đã va chạm với tàu thương mại mang cờ Philippines khoảng 2h30 sáng giờ địa phương ngày 16/6. Đây là vụ va chạm hiếm hoi ở tuyến đường biển tấp nập này. Thông cáo cho biết thêm, tàu khu trục USS Fitzgerald bị hư hại ở mạn phải và bị ngập nước.",
                ("Thông cáo", "Hải quân Mỹ", "cho biết thêm"),
            ),
            (
                "shortened from baomoi:22422534",
                "Trong một thông báo, quân đội Nga thông báo tàu khu trục nhỏ Đô đốc Essen và tàu ngầm Krasnodar đã thực hiện 4 cuộc tấn công chống lại vũ khí quân dụng hạng nặng và các tay súng của IS. Thông báo cho biết: “Tất cả mục tiêu đã bị đánh trúng”.",
                ("Thông báo", "quân đội Nga", "cho biết"),
            ),
            (
                "shortened from baomoi:22319759",
                "Trong một tuyên bố, cảnh sát Anh cho biết lệnh bắt giữ ông Assange đã được đưa ra sau khi ông này không ra đầu thú vào năm 2012. Tuyên bố nêu rõ: \"Cảnh sát Anh bắt buộc phải thực hiện lệnh bắt này nếu ông Assange rời khỏi Đại sứ quán Ecuador.\"",
                ("Tuyên bố", "cảnh sát Anh", "nêu rõ"),
            ),
            // After a quotation: `thông cáo này nói` (the campaign issued it, as the sentence
            // before says; once read as a bare quote continuing that sentence's subject).
            (
                "bbcvi_039",
                "Chiến dịch của ông Trump cũng ra thông cáo biện hộ. \"Đó là sức mạnh của đoàn kết - những người ủng hộ Tu chính án thứ hai có tinh thần tuyệt vời,\" thông cáo này nói.",
                ("thông cáo này", "Chiến dịch của ông Trump", "nói"),
            ),
        ] {
            let doc = analyzer.document("t", "-", text);
            let last = doc.claims.last().expect(source);
            assert_eq!(
                (
                    last.speaker.text.as_str(),
                    last.speaker.canonical.as_str(),
                    last.cue.text.as_str()
                ),
                want,
                "{source}"
            );
        }
    }
}
