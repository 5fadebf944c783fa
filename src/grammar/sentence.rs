//! One sentence, from its cue hits to its claims.
//!
//! The sentence is read in three steps:
//! 1. its prefix: openers, an interview (`Trả lời phỏng vấn CNN,`) and a source (`Theo X,`),
//!    which either carries the whole sentence (a source-prefix claim) or becomes the `via` of
//!    the claims after it ([`prefix`]);
//! 2. its cue hits ([`hits::scan`]);
//! 3. for each hit in turn, its speaker ([`speaker::before`]), then the [`Relation`] of the
//!    new claim to the claim before it, which decides what happens to both: a chain, a
//!    postposed attribution, a new clause, relayed speech or a conjoined cue. Each relation is
//!    one arm of one `match`.

use std::ops::Range;

use nom::combinator::map;
use nom::Parser;

use super::hits::{self, Hit};
use super::input::Toks;
use super::parsers::{
    capitalised, gap_start, gap_words, openers, punct, quote_open, role, time_before, time_phrase,
};
use super::patterns::{postposed, prefix};
use super::speaker::{self, Reach};
use super::words::Words;
use super::{rule, Found};
use crate::rules::{CueClass, WordRole};
use crate::tokens::Token;

/// How a claim with a speaker of its own relates to the claim before it in the sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Relation {
    /// Nothing before it, or nothing to adjust.
    Fresh,
    /// `Sputnik đưa tin, X tuyên bố …`: the earlier report's speaker is this claim's via.
    Chain,
    /// `"…", ông Peskov nói`: the speaker follows the words it said.
    Postposed,
    /// `…, trong khi X cho biết …`: a new clause; the earlier content ends at this token.
    NewClause(usize),
    /// A speaker and cue inside the earlier claim's content: speech that the earlier speaker
    /// relays, no claim of its own here.
    Embedded,
    /// `Nhà Trắng cho hay, trong một cuộc điện đàm ngày 7/2, Trump đã tái khẳng định …`: after
    /// a fronted phrase that opens the earlier content, a speaker the earlier one relays: both
    /// claims, the earlier content whole, the earlier speaker the later one's via.
    Relayed,
}

/// Finds the claims of one sentence (`si`) and appends them to `out`.
pub(crate) fn parse(w: &Words, tokens: &[Token], si: usize, out: &mut Vec<Found>) {
    let hits = hits::scan(w, tokens);
    let span = |r: Range<usize>| span(tokens, r);
    let mut via: Vec<Range<usize>> = Vec::new();
    // `Thủ tướng Nga phát biểu tại Moskva ngày 22/1 (Ảnh: Reuters) …`: everything up to a
    // caption's credit is the caption.
    let text_from = caption_end(w, tokens);
    // `Nga: Thông tin … là bịa đặt`: a headline's speaker and its words, the whole sentence
    // (with no cue before the colon: `Anh kể tiếp: …` is the cue's).
    // Nor when the words after the colon name their own speaker (`Sinh viên Mỹ chết: Triều
    // Tiên nhận là …`).
    let headline = prefix::headline(w)(Toks::new(tokens, text_from..tokens.len()))
        .ok()
        .filter(|(rest, sp)| {
            !hits.iter().any(|h| {
                h.start < sp.end
                    || speaker::before(w, tokens, h.start, Reach::from(rest.pos()))
                        .is_some_and(|own| own.start == rest.pos() && w.names(tokens, own))
            })
        });
    if let Some((rest, speaker)) = headline {
        if let Some(content) = postposed::trim(tokens, rest.pos(), tokens.len()) {
            out.push(Found {
                rule: rule::HEADLINE,
                speakers: speaker::split_group(w, tokens, speaker.clone())
                    .into_iter()
                    .map(span)
                    .collect(),
                speaker_phrase: Some(span(speaker.clone())),
                both_sides: false,
                reciprocal: false,
                cue: span(speaker.end..speaker.end + 1),
                class: CueClass::State,
                content: span(content),
                via: Vec::new(),
                time: None,
                sentence: si,
            });
            return;
        }
    }
    let mut first = opener_end(w, tokens, text_from);
    // `Trong cuộc phỏng vấn với kênh Al Jazeera, …`: the outlet of every claim that follows.
    if let Ok((rest, outlet)) = prefix::interview(w)(Toks::new(tokens, first..tokens.len())) {
        via.push(span(outlet));
        first = opener_end(w, tokens, rest.pos());
    }
    if let Ok((rest, source)) = prefix::source(w)(Toks::new(tokens, first..tokens.len())) {
        let after = rest.pos();
        // `Theo hãng tin TASS, Bộ Quốc phòng Armenia thông báo …`: the source is the via of a
        // claim whose speaker opens the clause after it, or after a fronted time (`Theo
        // Reuters, ngày 8/2, Bộ Ngoại giao Canada khẳng định …`).
        let clause = fronted_time_end(w, tokens, after);
        let chained = hits.iter().find(|h| h.start > clause).is_some_and(|h| {
            speaker::before_from(w, tokens, h.start, clause).is_some_and(|sp| sp.start == clause)
        });
        if chained {
            via.push(span(source));
            first = clause;
        } else if after < tokens.len() {
            if let Some(content) = postposed::trim(tokens, after, tokens.len()) {
                out.push(Found {
                    rule: rule::SOURCE_PREFIX,
                    speakers: vec![span(speaker::issuer(w, tokens, source.clone()))],
                    speaker_phrase: Some(span(source.clone())),
                    both_sides: false,
                    reciprocal: false,
                    cue: span(first..source.start),
                    class: CueClass::Report,
                    content: span(content),
                    via: Vec::new(),
                    time: None,
                    sentence: si,
                });
            }
            return;
        }
    }

    let mut claims: Vec<Found> = Vec::new();
    let mut last_hit_claimed = false;
    let mut claims_before_last_hit = 0;
    for (hi, hit) in hits.iter().enumerate() {
        if hi > 0 {
            last_hit_claimed = claims.len() > claims_before_last_hit;
        }
        claims_before_last_hit = claims.len();
        if hit.start < first {
            continue;
        }
        // A speaker never reaches back into the previous claim's cue; a rejected cue (a noun, a
        // sentence-initial participle) is no barrier beyond its own words.
        let lower = match claims.last() {
            Some(last) => tokens
                .partition_point(|t| t.range.start < last.cue.end)
                .max(first),
            None if hi > 0 => hits[hi - 1].end.max(first),
            None => first,
        };
        let reach = Reach {
            lower,
            after_cue: !claims.is_empty(),
            after_report: claims.last().is_some_and(|c| c.class == CueClass::Report),
        };
        let next_hit = hits.get(hi + 1).map(|h| h.start);
        let speaker = if hit.charge {
            // `… với cáo buộc …`: the accuser is the subject, found below.
            None
        } else if hit.media {
            hits::passive_publisher(w, tokens, hit).or_else(|| {
                speaker::before(
                    w,
                    tokens,
                    hit.start,
                    Reach {
                        after_report: false,
                        ..reach
                    },
                )
            })
        } else if tokens[hit.start].cap {
            // `Phát biểu trước …, Tổng thống Trump khẳng định`: a cue opening the sentence is a
            // participle with no speaker before it; a capitalised cue further on opens a
            // caption or sentence glued to this one (`Ảnh: AFP/TTXVN Phát biểu trước …`) or is
            // a name (`Người Đưa Tin`).
            None
        } else {
            speaker::before(w, tokens, hit.start, reach)
        };
        // `thông tin mà ông Trump tiết lộ`, `số liệu do Bộ công bố`: a cue in a clause that
        // modifies a noun reports nothing, and the content around it goes on.
        if speaker
            .as_ref()
            .is_some_and(|sp| in_relative_clause(w, tokens, sp, hit))
        {
            continue;
        }
        // A conjoined cue continues the claim of the cue right before it (not a cue skipped
        // inside that claim's content), and is a new speech act, not a planned one
        // (`cho biết sẽ đáp trả và sẽ công bố …` is one claim).
        // `ông bị bắt giữ … với cáo buộc …`: a charge made against someone who was acted on
        // names no accuser.
        let charged_passive =
            hit.charge && (lower..hit.start).any(|k| w.is(WordRole::Passive, tokens, k));
        if charged_passive {
            continue;
        }
        let conjoined = speaker.is_none()
            && !claims.is_empty()
            && (last_hit_claimed || hit.charge)
            && !(lower.min(hit.start)..hit.start).any(|k| w.is(WordRole::Future, tokens, k))
            && (hit.charge || joins_previous(w, tokens, hit.start, lower))
            // `cho biết, đề nghị của doanh nghiệp …`: a cue word owned by someone is a noun.
            && !w.is(WordRole::Possessive, tokens, hit.end);
        // `Mỹ trục xuất 35 nhà ngoại giao, với cáo buộc …`, `Truyền hình Ukraine phát phóng sự,
        // trong đó cho biết …`: with no claim before it, a cue of the subject's second verb
        // phrase.
        let serial = if speaker.is_none()
            && !conjoined
            && claims.is_empty()
            && (hit.charge || serial_cue(w, tokens, hit, first))
        {
            speaker::subject(w, tokens, first, hit.start)
        } else {
            None
        };
        let serial_cue = serial.is_some();
        let speaker = speaker.or(serial);
        if speaker.is_none() && !conjoined {
            // No speaker: an embedded cue inside an earlier claim's content, or no claim.
            continue;
        }
        let postposed_here = speaker.as_ref().is_some_and(|sp| {
            postposed::closes(w, tokens, hit, next_hit)
                || (postposed::follows_quote(tokens, sp.start)
                    && (!postposed::quote_inside_phrase(tokens, sp.start)
                        || hit.class == CueClass::Report
                        || postposed::names_venue(w, tokens, hit)))
        });
        let relation = match (&speaker, claims.last()) {
            (Some(sp), Some(last)) => relate(w, tokens, sp, last, postposed_here),
            _ => Relation::Fresh,
        };
        match relation {
            Relation::Fresh | Relation::Postposed => {}
            Relation::Chain => {
                let source = claims.pop().expect("a chain follows a claim");
                via.extend(source.via);
                via.extend(source.speaker_phrase);
            }
            Relation::NewClause(boundary) => {
                let last = claims.last_mut().expect("a new clause follows a claim");
                let from = content_start_token(tokens, &last.content);
                if let Some(c) = postposed::trim(tokens, from, boundary) {
                    last.content = span(c);
                }
            }
            Relation::Embedded => continue,
            Relation::Relayed => {}
        }
        // `ông Lâm nói và cho biết …`: two cues over one content are one claim, the later's. A
        // denial stays a claim of its own (`ông phủ nhận và nói rằng …` rejects what came before).
        let shared_content = conjoined
            && end_at_conjunction(w, tokens, hit.start, claims.last_mut().expect("conjoined"))
            && claims.last().is_some_and(|c| c.class != CueClass::Deny);
        if let Some(sp) = speaker
            .clone()
            .filter(|sp| postposed_here && sp.start > first)
        {
            attribute_postposed(w, tokens, si, (hit, next_hit), sp, first, &via, &mut claims);
            continue;
        }
        let content = postposed::trim(
            tokens,
            hit.content_from,
            clause_end(w, tokens, hit.content_from),
        );
        // A cue with nothing after it (`Chiến dịch của ông Trump cũng ra thông cáo biện hộ.`)
        // says nothing; its speaker still goes on as the last one named, so it is handed on
        // with an empty content.
        let Some(content) = content.or_else(|| speaker.as_ref().map(|_| hit.end..hit.end)) else {
            continue;
        };
        let (speakers, phrase, both_sides, rule_name) = match &speaker {
            Some(sp) => {
                let both = w.at(WordRole::BothSides, tokens, sp.start) == Some(sp.len());
                let rule_name = if hit.charge {
                    rule::CHARGE
                } else if serial_cue {
                    rule::SERIAL
                } else if hit.reciprocal {
                    rule::RECIPROCAL
                } else if hit.media {
                    rule::MEDIA
                } else if quote_open(Toks::new(tokens, hit.content_from..tokens.len())).is_ok() {
                    rule::SPEAKER_CUE_QUOTE
                } else {
                    rule::SPEAKER_CUE
                };
                let members = speaker::split_group(w, tokens, sp.clone());
                (
                    members.into_iter().map(span).collect(),
                    Some(span(sp.clone())),
                    both,
                    rule_name,
                )
            }
            None => {
                let last = claims.last().expect("conjoined");
                let from = content_start_token(tokens, &last.content);
                // `… bác bỏ cáo buộc và Bộ Ngoại giao Nga ngày 18/4 đáp trả …, yêu cầu …`: the
                // subject of a clause opened after the earlier claim speaks.
                let subject = (from..hit.start).find_map(|k| new_subject(w, tokens, from, k));
                let (speakers, phrase, both, name) = match subject {
                    Some(sp) => (
                        vec![span(sp.clone())],
                        Some(span(sp)),
                        false,
                        rule::CONJOINED,
                    ),
                    None => conjoined_speaker(last, via.len()),
                };
                (
                    speakers,
                    phrase,
                    both,
                    if hit.charge { rule::CHARGE } else { name },
                )
            }
        };
        let mut claim_via = via.clone();
        if relation == Relation::Relayed {
            claim_via.extend(claims.last().and_then(|last| last.speaker_phrase.clone()));
        }
        claim_via.extend(via_after_cue(w, tokens, hit).map(span));
        if shared_content {
            claims.pop();
        }
        claims.push(Found {
            rule: rule_name,
            speakers,
            speaker_phrase: phrase,
            both_sides,
            reciprocal: hit.reciprocal,
            cue: span(hit.range()),
            class: hit.class,
            content: span(content),
            via: claim_via,
            time: speaker
                .as_ref()
                .and_then(|_| time_before(w, tokens, hit.start))
                .map(span),
            sentence: si,
        });
    }
    if let Some((comma, source)) = prefix::source_after(w, tokens, first) {
        close_with_source(w, tokens, si, first, comma, source, &mut claims);
    }
    out.extend(claims);
}

/// `…, theo Reuters.`: a source closing the sentence is the outermost via of its claims when
/// one reaches it (that content ends before it); with no claim, it is the speaker of the words
/// before it.
fn close_with_source(
    w: &Words,
    tokens: &[Token],
    si: usize,
    first: usize,
    comma: usize,
    source: Range<usize>,
    claims: &mut Vec<Found>,
) {
    let at = tokens[comma].range.start;
    let source_span = span(tokens, source.clone());
    // A claim reaches the source when its content runs into it, or its cue ends right before
    // it (`"…", Thượng tá Ân cho biết, theo báo PL TP.`).
    let before_comma = tokens[comma - 1].range.start;
    if claims
        .iter()
        .any(|c| c.content.end > at || c.cue.end > before_comma)
    {
        // `X yêu cầu …, đồng thời khẳng định …, theo AFP.`: the source relays the sentence.
        for c in claims.iter_mut() {
            if c.content.end > at {
                let from = content_start_token(tokens, &c.content);
                if let Some(content) = postposed::trim(tokens, from, comma) {
                    c.content = span(tokens, content);
                }
            }
            c.via.insert(0, source_span.clone());
        }
        return;
    }
    if !claims.is_empty() {
        return;
    }
    let Some(content) = postposed::trim(tokens, first, comma) else {
        return;
    };
    claims.push(Found {
        rule: rule::SOURCE_AFTER,
        speakers: vec![span(tokens, speaker::issuer(w, tokens, source.clone()))],
        speaker_phrase: Some(source_span),
        both_sides: false,
        reciprocal: false,
        cue: span(tokens, comma + 1..comma + 2),
        class: CueClass::Report,
        content: span(tokens, content),
        via: Vec::new(),
        time: None,
        sentence: si,
    });
}

/// The [`Relation`] of a claim whose speaker is `sp` to the claim `last` before it.
fn relate(
    w: &Words,
    tokens: &[Token],
    sp: &Range<usize>,
    last: &Found,
    postposed_here: bool,
) -> Relation {
    let last_content = content_start_token(tokens, &last.content);
    // `Reuters đưa tin ngày 15/5, Triều Tiên … cáo buộc`: a time may come between.
    let chained = sp.start == last_content || sp.start == fronted_time_end(w, tokens, last_content);
    if last.class == CueClass::Report && last.rule == rule::SPEAKER_CUE && chained {
        Relation::Chain
    } else if postposed_here {
        Relation::Postposed
    } else if let Some(b) =
        clause_boundary_before(w, tokens, sp.start).filter(|&b| b > last_content)
    {
        // A new clause with its own speaker ends the previous content (but the clause that
        // *is* the content, `phủ nhận việc tổng thống đã tiết lộ …`, does not).
        if fronted_phrase(w, tokens, last_content, b) {
            // `Reuters đưa tin, trong bài phỏng vấn phát sóng ngày 12/6, Bộ trưởng … tuyên bố`:
            // a report relays, as in a chain.
            if last.class == CueClass::Report && last.rule == rule::SPEAKER_CUE {
                Relation::Chain
            } else {
                Relation::Relayed
            }
        } else {
            Relation::NewClause(b)
        }
    } else {
        Relation::Embedded
    }
}

/// True when the tokens `from..to`, an earlier content cut by a comma before a new speaker,
/// are only a fronted phrase of the clause after it: a content that opened after a comma
/// (`cho hay, …`), is short and dates itself (`trong một cuộc điện đàm ngày 7/2`).
fn fronted_phrase(w: &Words, tokens: &[Token], from: usize, to: usize) -> bool {
    /// The most tokens of a fronted phrase.
    const MAX_FRONTED: usize = 10;
    from > 0
        && tokens[from - 1].is(',')
        && to > from
        && to - from <= MAX_FRONTED
        && tokens[from..to].iter().all(|t| t.word || t.is_any("/-()"))
        && (from..to).any(|k| dated_time(w, tokens, k..to).is_some())
}

/// A time phrase at the start of `r` that has a number in it (`ngày 18/4`, `chiều 27/6`, not
/// `hôm qua`): gives the token after it.
fn dated_time(w: &Words, tokens: &[Token], r: Range<usize>) -> Option<usize> {
    let (rest, time) = time_phrase(w)(Toks::new(tokens, r)).ok()?;
    tokens[time]
        .iter()
        .any(|x| x.lower.bytes().any(|b| b.is_ascii_digit()))
        .then_some(rest.pos())
}

/// A postposed speaker `sp` of the cue `hit`: the claim of the words before it, or, when
/// claims came before it in the sentence (`EU lên án …, kêu gọi …, ông Borrell cho biết.`),
/// the speaker of all of them.
#[allow(clippy::too_many_arguments)]
fn attribute_postposed(
    w: &Words,
    tokens: &[Token],
    si: usize,
    (hit, next_hit): (&Hit, Option<usize>),
    sp: Range<usize>,
    first: usize,
    via: &[Range<usize>],
    claims: &mut Vec<Found>,
) {
    let span = |r: Range<usize>| span(tokens, r);
    let sep = sp.start - 1;
    let sp_phrase = span(sp.clone());
    let earlier: Vec<usize> = (0..claims.len())
        .filter(|&c| claims[c].cue.start < tokens[sep].range.start)
        .collect();
    if !earlier.is_empty() {
        for &c in &earlier {
            claims[c].speakers = speaker::split_group(w, tokens, sp.clone())
                .into_iter()
                .map(span)
                .collect();
            claims[c].speaker_phrase = Some(sp_phrase.clone());
        }
        // The last content ends before this speaker, unless it came before its own cue (`"…",
        // hãng tin TASS dẫn lời Ngoại trưởng Séc Jakub Kulhanek thông báo.`: a relay, named again).
        let last = claims.last_mut().expect("earlier is not empty");
        if last.content.start > last.cue.start {
            let from = content_start_token(tokens, &last.content);
            if let Some(c) = postposed::trim(tokens, from, sep) {
                last.content = span(c);
            }
        }
        return;
    }
    let region_start = opener_end(w, tokens, first);
    let (content, quote) = postposed::content(tokens, region_start, sep);
    let Some(content) = content else { return };
    // `"…", Interfax trích thông báo của Nga.`: the source relays someone else's words; that
    // someone is the speaker, the source the via.
    let mut speaker_range = sp.clone();
    let mut claim_via = via.to_vec();
    if hit.class == CueClass::Report {
        if let Some(relayed) = postposed::relayed(w, tokens, hit, next_hit) {
            claim_via.push(sp_phrase);
            speaker_range = relayed;
        }
    }
    claims.push(Found {
        rule: if quote {
            rule::POSTPOSED_QUOTE
        } else {
            rule::POSTPOSED
        },
        speakers: speaker::split_group(w, tokens, speaker_range.clone())
            .into_iter()
            .map(span)
            .collect(),
        speaker_phrase: Some(span(speaker_range)),
        both_sides: false,
        reciprocal: false,
        cue: span(hit.range()),
        class: hit.class,
        content: span(content),
        via: claim_via,
        time: time_before(w, tokens, hit.start).map(span),
        sentence: si,
    });
}

/// The speakers of a conjoined cue: every speaker of the claim it continues; after a relay
/// (`"…", Interfax trích thông báo của Nga, đồng thời cho biết thêm …`) the relayer goes on
/// speaking.
fn conjoined_speaker(
    last: &Found,
    sentence_via: usize,
) -> (Vec<Range<usize>>, Option<Range<usize>>, bool, &'static str) {
    let relay = last.class == CueClass::Report
        && (last.rule == rule::POSTPOSED || last.rule == rule::POSTPOSED_QUOTE)
        && !last.via.is_empty()
        && last.via.len() > sentence_via;
    match last.via.last().filter(|_| relay) {
        Some(relayer) => (
            vec![relayer.clone()],
            Some(relayer.clone()),
            false,
            rule::CONJOINED,
        ),
        None => (
            last.speakers.clone(),
            last.speaker_phrase.clone(),
            last.both_sides,
            rule::CONJOINED,
        ),
    }
}

/// The token after a fronted time phrase and its comma (`ngày 8/2,`) at `at`, or `at`.
fn fronted_time_end(w: &Words, tokens: &[Token], at: usize) -> usize {
    (gap_words(w), punct(","))
        .parse(Toks::new(tokens, at..tokens.len()))
        .ok()
        .filter(|(_, (time, _))| time.is_some())
        .map_or(at, |(rest, _)| rest.pos())
}

/// The token after the last caption credit of the sentence (`( Ảnh : … )`), or 0.
fn caption_end(w: &Words, tokens: &[Token]) -> usize {
    let mut end = 0;
    for (k, t) in tokens.iter().enumerate() {
        if !t.is('(') {
            continue;
        }
        let Some(n) = w.at(WordRole::CaptionMark, tokens, k + 1) else {
            continue;
        };
        if tokens.get(k + 1 + n).is_some_and(|t| t.is(':')) {
            if let Some(close) = (k + 1 + n..tokens.len()).find(|&j| tokens[j].is(')')) {
                end = close + 1;
            }
        }
    }
    end
}

/// The token after the sentence openers from `at` on (`Trong khi đó ,`, `Mới đây ,`).
fn opener_end(w: &Words, tokens: &[Token], at: usize) -> usize {
    openers(w)(Toks::new(tokens, at..tokens.len())).map_or(at, |(_, end)| end)
}

/// True when a cue with no speaker of its own continues the previous claim: `… và nói rằng`,
/// `…, kêu gọi …`, `…, đồng thời nói rằng`, `…, cho biết thêm rằng`.
fn joins_previous(w: &Words, tokens: &[Token], cue: usize, lower: usize) -> bool {
    let end = gap_start(w, tokens, lower, cue);
    end > 0
        && (tokens[end - 1].is(',')
            || w.before(WordRole::Conjunction, tokens, end).is_some()
            || w.before(WordRole::SerialMarker, tokens, end).is_some())
}

/// True when `hit`, with no speaker of its own, opens a second verb phrase of the sentence's
/// subject: after a serial marker (`…, trong đó cho biết …`, `…, đồng thời nói …`), or after
/// a comma when a complement follows the cue (`Spicer xuất hiện ở hành lang, nói với các
/// phóng viên rằng …`).
fn serial_cue(w: &Words, tokens: &[Token], hit: &Hit, lower: usize) -> bool {
    let end = gap_start(w, tokens, lower, hit.start);
    let framed = hit.content_from > hit.end
        && (tokens[hit.content_from - 1].is(':')
            || w.before(WordRole::Complementizer, tokens, hit.content_from)
                .is_some());
    end > 0
        && (w.before(WordRole::SerialMarker, tokens, end).is_some()
            || tokens[end - 1].is(',') && framed)
}

/// True when the speaker `sp` of `hit` opens a clause that modifies a noun (`thông tin mà ông
/// Trump tiết lộ`, `số liệu do Bộ công bố`): after a relative marker that opens the sentence or
/// follows a word (after a comma, `mà` and `do` join clauses). A cue followed by a colon,
/// `rằng` or a quotation still reports.
fn in_relative_clause(w: &Words, tokens: &[Token], sp: &Range<usize>, hit: &Hit) -> bool {
    let Some(marker) = sp.start.checked_sub(1) else {
        return false;
    };
    let opens = marker == 0 || tokens[marker - 1].word;
    let framed = (hit.end..hit.content_from)
        .any(|k| tokens[k].is(':') || w.is(WordRole::That, tokens, k))
        || w.before(WordRole::That, tokens, hit.end).is_some()
        || quote_open(Toks::new(tokens, hit.content_from..tokens.len())).is_ok();
    // `lịch thi đấu đã được AFC công bố, đội tuyển Việt Nam gặp …`: a passive whose agent is
    // the speaker and whose cue closes the clause modifies a noun; what follows the comma is
    // not its content. After `Theo` it is the source of the sentence (`Theo báo cáo vừa được
    // Brand Finance công bố, …`).
    // A noun of information just before (`thông tin mới vừa được đại diện VFF tiết lộ, …`) makes
    // the clause its source, and a cue right after the comma (`bị nhiều người lên án, cho rằng
    // …`) continues the speaker's words.
    let information_before = (marker.saturating_sub(4)..marker)
        .any(|k| w.at(WordRole::Information, tokens, k).is_some());
    // A warning keeps its words after the comma (`bị các đối tượng này hăm dọa, nếu …`).
    let passive_closed = w.is(WordRole::Passive, tokens, marker)
        && hit.class != CueClass::Warn
        && tokens.get(hit.end).is_some_and(|t| t.is(','))
        && w.cues.first_at(tokens, hit.end + 1).is_none()
        && !information_before
        && !(0..marker).any(|k| w.is(WordRole::SourcePrefix, tokens, k));
    opens && !framed && (w.is(WordRole::RelativeClause, tokens, marker) || passive_closed)
}

/// Ends the content of the claim a conjoined cue at `cue` continues at the conjunction before
/// the cue. The content may grow up to the conjunction (`khẳng định …; ủng hộ … và cho biết`)
/// only when it follows its cue: a postposed claim's content ends where its speaker begins
/// (`"…", ông Peskov nói và cho biết thêm …`).
///
/// True when nothing is left of that content: the two cues share the words after the later one
/// (`Ông Lâm nói và cho biết đợt này có 20 người`).
fn end_at_conjunction(w: &Words, tokens: &[Token], cue: usize, last: &mut Found) -> bool {
    let mut end = gap_start(w, tokens, 0, cue);
    let mut joined_by_word = false;
    loop {
        if end > 0 && tokens[end - 1].is(',') {
            end -= 1;
        } else if let Some(n) = w
            .before(WordRole::Conjunction, tokens, end)
            .or_else(|| w.before(WordRole::SerialMarker, tokens, end))
            .or_else(|| w.before(WordRole::ChargeIntro, tokens, end))
            .or_else(|| {
                w.before(WordRole::Quantifier, tokens, end)
                    .filter(|&n| n == 1)
            })
        {
            end -= n;
            joined_by_word = true;
        } else {
            break;
        }
    }
    let from = content_start_token(tokens, &last.content);
    // It never grows past a clause with a subject of its own.
    let end = (from..end)
        .find(|&k| new_subject_clause(w, tokens, from, k))
        .unwrap_or(end);
    let postposed = last.cue.start >= last.content.end;
    match postposed::trim(tokens, from, end) {
        Some(c) => {
            let c = span(tokens, c);
            if c.end < last.content.end || !postposed {
                last.content = c;
            }
            false
        }
        // A comma alone does not join two cues: `cho biết, đề nghị của doanh nghiệp …` is one
        // cue and its content.
        None => !postposed && from >= end && joined_by_word,
    }
}

/// A clause boundary just before a speaker at `sp` (`trong khi`, `song`, `nhưng`, `;`), which
/// lets a new speaker start a claim of its own. Gives the token where the earlier clause ends.
fn clause_boundary_before(w: &Words, tokens: &[Token], sp: usize) -> Option<usize> {
    let mut at = sp;
    if let Some(n) = w.before(WordRole::Boundary, tokens, at) {
        at -= n;
    } else if at > 0 && tokens[at - 1].is(';') {
        at -= 1;
    } else if at > 0 && tokens[at - 1].is(',') && tokens[at..].iter().take(6).any(|t| t.cap) {
        // `…, luật sư Kasowitz cho biết …`: after a comma, a named speaker opens a new clause.
        at -= 1;
    } else {
        return None;
    }
    while at > 0 && tokens[at - 1].is_any(",;") {
        at -= 1;
    }
    Some(at)
}

/// Where the content that starts at `from` ends: the sentence end, or a `;` or a comma before
/// a contrasting clause (`…, còn Pakistan …`, `…, trong khi …`, `…, song …`) outside
/// quotations, or a time clause hung on the report.
fn clause_end(w: &Words, tokens: &[Token], from: usize) -> usize {
    (from..tokens.len())
        .find(|&k| {
            if tokens[k].quoted {
                return false;
            }
            let contrast = tokens[k].is(',') && w.at(WordRole::Contrast, tokens, k + 1).is_some();
            // A time clause hung on the report (`… sau khi đạn cối bắn trúng …`, `…, vài ngày
            // trước cuộc đàm phán …`) says when, not what was said. Only after a name or a
            // comma: `… ngay từ trước khi kiểm phiếu` stays whole.
            let after_name_or_comma = k > 0 && (tokens[k - 1].cap || tokens[k - 1].is(','));
            let when = k > from + 2
                && (w.at(WordRole::TimeClause, tokens, k).is_some() && after_name_or_comma
                    || tokens[k].is(',') && w.at(WordRole::DaysAround, tokens, k + 2).is_some());
            tokens[k].is(';') || contrast || when || new_subject_clause(w, tokens, from, k)
        })
        .unwrap_or(tokens.len())
}

/// `Moscow đã bác bỏ cáo buộc và Bộ Ngoại giao Nga ngày 18/4 đáp trả …`: a conjunction at `k`
/// opening a clause of its own, a new subject dated by a time phrase (with a number) and then
/// its verb, ends the content. Only after a lower-case word: `Nga và Mỹ ngày 5/6 đã ký …`
/// joins two subjects of the reported clause.
fn new_subject_clause(w: &Words, tokens: &[Token], from: usize, k: usize) -> bool {
    new_subject(w, tokens, from, k).is_some()
}

/// The subject of [`new_subject_clause`] at `k`.
fn new_subject(w: &Words, tokens: &[Token], from: usize, k: usize) -> Option<Range<usize>> {
    /// The most tokens of the new subject (`Bộ Ngoại giao Nga`, `ông Peskov`).
    const MAX_SUBJECT: usize = 6;
    let n = w.at(WordRole::Conjunction, tokens, k)?;
    // Two lower-case words before it: `Sở Giáo dục và Đào tạo` is one name.
    let lower_word = |t: &Token| t.word && !t.cap;
    if k < from + 2
        || tokens[k].quoted
        || !lower_word(&tokens[k - 1])
        || !lower_word(&tokens[k - 2])
    {
        return None;
    }
    let subject = k + n;
    // A name or a titled head opens it, not a quantity (`… và nhiều người khác bị thương hôm
    // 10/2 khi …`).
    if !tokens.get(subject).is_some_and(|t| t.cap) && w.heads.first_at(tokens, subject).is_none() {
        return None;
    }
    (subject + 1..=(subject + MAX_SUBJECT).min(tokens.len()))
        .find(|&t| {
            dated_time(w, tokens, t..tokens.len()).is_some_and(|after| {
                let verb = tokens.get(after).is_some_and(|v| v.word && !v.cap);
                verb && speaker::looks_like_speaker(w, tokens, subject..t)
            })
        })
        .map(|t| subject..t)
}

/// `nói với CNN`, `trả lời phỏng vấn Al Jazeera`: the outlet after the cue, for `via`.
fn via_after_cue(w: &Words, tokens: &[Token], hit: &Hit) -> Option<Range<usize>> {
    map(
        (role(w, WordRole::ViaAfterCue), capitalised(4)),
        |(_, outlet)| outlet,
    )
    .parse(Toks::new(tokens, hit.end..tokens.len()))
    .ok()
    .map(|(_, outlet)| outlet)
}

/// The byte range covered by tokens `r` (empty, at the next token, when `r` is).
pub(crate) fn span(tokens: &[Token], r: Range<usize>) -> Range<usize> {
    if r.start >= r.end || r.start >= tokens.len() {
        let at = tokens.get(r.start).map_or_else(
            || tokens.last().map_or(0, |t| t.range.end),
            |t| t.range.start,
        );
        return at..at;
    }
    tokens[r.start].range.start..tokens[r.end - 1].range.end
}

/// The first token at or after the start of `content` (tokens are in text order).
fn content_start_token(tokens: &[Token], content: &Range<usize>) -> usize {
    tokens.partition_point(|t| t.range.start < content.start)
}
