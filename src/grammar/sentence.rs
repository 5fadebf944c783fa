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
use super::patterns::{incurred, postposed, prefix};
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
    /// relays, no claim of its own here, unless the speaker is named and its words framed
    /// ([`relays_named_speech`]): then [`Relation::Relayed`].
    Embedded,
    /// `Nhà Trắng cho hay, trong một cuộc điện đàm ngày 7/2, Trump đã tái khẳng định …`: after
    /// a fronted phrase that opens the earlier content, a speaker the earlier one relays: both
    /// claims, the earlier content whole, the earlier speaker the later one's via.
    Relayed,
}

/// Finds the claims of one sentence (`si`) and appends them to `out`.
pub(crate) fn parse(w: &Words, tokens: &[Token], si: usize, out: &mut Vec<Found>) {
    if let Some((credit, next)) = glued_credit(w, tokens) {
        parse(w, &tokens[..credit], si, out);
        parse(w, &tokens[next..], si, out);
        return;
    }
    let mut hits = hits::scan(w, tokens);
    let relays: Vec<bool> = (0..hits.len())
        .map(|i| !hits[i].relay || relays_a_source(w, tokens, &hits, i))
        .collect();
    let mut keep = relays.into_iter();
    hits.retain(|_| keep.next().unwrap_or(true));
    let span = |r: Range<usize>| span(tokens, r);
    let mut via: Vec<Range<usize>> = Vec::new();
    // `Thủ tướng Nga phát biểu tại Moskva ngày 22/1 (Ảnh: Reuters) …`: everything up to a
    // caption's credit is the caption.
    let text_from = caption_end(w, tokens);
    // `Nga: Thông tin … là bịa đặt`: a headline's speaker and its words, the whole sentence
    // (with no cue before the colon: `Anh kể tiếp: …` is the cue's).
    // Nor when the words after the colon name their own speaker (`Sinh viên Mỹ chết: Triều
    // Tiên nhận là …`).
    // `Nga: … là bịa đặt`: a bare party's headline, kept only when the article echoes it
    // (`super::echoed_headlines`).
    let input = Toks::new(tokens, text_from..tokens.len());
    let headline = prefix::headline(w)(input)
        .map(|(rest, sp)| (rest, sp, rule::HEADLINE))
        .or_else(|_| {
            prefix::party_headline(w)(input).map(|(rest, sp)| (rest, sp, rule::PARTY_HEADLINE))
        })
        .ok()
        .filter(|(rest, sp, _)| {
            !hits.iter().any(|h| {
                h.start < sp.end
                    || speaker::before(w, tokens, h.start, Reach::from(rest.pos()))
                        .is_some_and(|own| own.start == rest.pos() && w.names(tokens, own))
            })
        });
    if let Some((rest, speaker, rule)) = headline {
        if let Some(content) = postposed::trim(tokens, rest.pos(), tokens.len()) {
            out.push(Found {
                rule,
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
                negated: false,
            });
            // A party's headline is a candidate: the sentence is read on, and a claim found in
            // it takes the headline's place (`super::echoed_headlines`).
            if rule == rule::HEADLINE {
                return;
            }
        }
    }
    let mut first = opener_end(w, tokens, text_from);
    // `Trong cuộc phỏng vấn với kênh Al Jazeera, …`: the outlet of every claim that follows.
    if let Ok((rest, outlet)) = prefix::interview(w)(Toks::new(tokens, first..tokens.len())) {
        via.push(span(outlet));
        first = opener_end(w, tokens, rest.pos());
    }
    // `Cũng theo ông Dũng, …`, `Còn theo bà Tân, …`: a particle before a source prefix.
    if let Some(n) = w.at(WordRole::SourceParticle, tokens, first) {
        if prefix::source(w)(Toks::new(tokens, first + n..tokens.len())).is_ok() {
            first += n;
        }
    }
    let opening = Toks::new(tokens, first..tokens.len());
    if let Ok((rest, source)) =
        prefix::source(w)(opening).or_else(|_| prefix::intro_source(w)(opening))
    {
        let after = rest.pos();
        // `Theo hãng tin TASS, Bộ Quốc phòng Armenia thông báo …`: the source is the via of a
        // claim whose speaker opens the clause after it, or after a fronted time (`Theo
        // Reuters, ngày 8/2, Bộ Ngoại giao Canada khẳng định …`).
        let clause = fronted_time_end(w, tokens, after);
        // A planned speech act (`Theo một quan chức, Tokyo sẽ kêu gọi …`) is no claim: the
        // source's own claim carries the sentence.
        let chained = hits.iter().find(|h| h.start > clause).is_some_and(|h| {
            speaker::before_from(w, tokens, h.start, clause)
                .is_some_and(|sp| sp.start == clause && !planned(w, tokens, sp.end..h.start))
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
                    negated: false,
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
        // `Các nhà khoa học chưa thể giải thích …`, `nạn nhân không dám tố cáo …`: a speech act
        // its speaker cannot make, or dares not, is not made.
        if w.before(WordRole::Unable, tokens, hit.start).is_some() {
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
        // The speaker's place says the cue reports nothing, and the content around it goes on:
        // a clause that modifies a noun (`thông tin mà ông Trump tiết lộ`, `số liệu do Bộ công
        // bố`); the writer of a letter or a first-person story telling their own exchanges
        // (`Tôi hỏi anh …`, `Tôi nói với cô ấy …`); a speech act supposed in a condition, made
        // by no one (`Nếu cơ quan về pháp luật nói …, Bộ sẽ điều chỉnh`); a speech act planned
        // (`Bộ sẽ đề xuất …`).
        // `Khu Quản lý … đã kiến nghị Sở GTVT đề xuất …`: a phrase right after a call is whom the
        // call addresses, not the speaker of the next cue (even when the call found no speaker).
        let addressed = |sp: &Range<usize>| {
            hi > 0 && hits[hi - 1].class == CueClass::Call && hits[hi - 1].end == sp.start
        };
        if speaker.as_ref().is_some_and(|sp| {
            in_relative_clause(w, tokens, sp, hit)
                || narrates(w, tokens, sp, hit)
                || supposed(w, tokens, sp)
                || planned(w, tokens, sp.end..hit.start)
                || addressed(sp)
        }) {
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
            && !planned(w, tokens, lower.min(hit.start)..hit.start)
            && (hit.charge || joins_previous(w, tokens, hit.start, lower))
            // `cho biết, đề nghị của doanh nghiệp …`: a cue word owned by someone is a noun.
            && !w.is(WordRole::Possessive, tokens, hit.end)
            // `… Công ước Luật Biển năm 1982 và Tuyên bố về ứng xử của các bên …`, `… một nguồn
            // tin cho biết, Hứa Á Quân là …`: capitalised after a word, the cue word opens a
            // name (a document's, a person's), not a second verb.
            && !(tokens[hit.start].cap && hit.start > 0 && tokens[hit.start - 1].word);
        // `Mỹ trục xuất 35 nhà ngoại giao, với cáo buộc …`, `Truyền hình Ukraine phát phóng sự,
        // trong đó cho biết …`: with no claim before it, a cue of the subject's second verb
        // phrase.
        let serial = if speaker.is_none()
            && !conjoined
            && claims.is_empty()
            && (hit.charge || serial_cue(w, tokens, hit, first))
        {
            // A charge after a pronoun is mostly one faced (`họ phải đối mặt với nhiều cáo
            // buộc`), not made: only a named subject makes it.
            if hit.charge {
                speaker::subject(w, tokens, first, hit.start)
            } else {
                speaker::subject_of_verb_phrase(w, tokens, first..hit.start)
            }
        } else {
            None
        };
        let serial_cue = serial.is_some();
        // `Ông Anifah nói Julie Bishop trả lời rằng …`: a named speaker inside the earlier
        // claim's content, whose words are framed, is relayed by it (see
        // [`relays_named_speech`]).
        let relayed = (speaker.is_none() && serial.is_none() && !conjoined)
            .then(|| claims.last())
            .flatten()
            .and_then(|last| {
                let from = content_start_token(tokens, &last.content);
                (from < hit.start)
                    .then(|| speaker::before(w, tokens, hit.start, Reach::from(from)))
                    .flatten()
            })
            .filter(|sp| relays_named_speech(w, tokens, sp, hit));
        let relayed_here = relayed.is_some();
        let speaker = speaker.or(relayed).or(serial).or_else(|| {
            // After a quotation, a speaker described by any nouns (`“…”, cha của cậu bé cho
            // biết.`); not when a claim of the sentence already has the quotation (`Ivanovic cho
            // biết: “…”, cầu thủ người Serbia nói.`: the description names that speaker again).
            (!conjoined && claims.is_empty())
                .then(|| postposed::described_after_quote(w, tokens, hit, next_hit, lower))
                .flatten()
        });
        if speaker.is_none() && !conjoined {
            // No speaker: an embedded cue inside an earlier claim's content, or no claim.
            continue;
        }
        let postposed_here = speaker.as_ref().is_some_and(|sp| {
            postposed::closes(w, tokens, hit, next_hit)
                || postposed::relay_closes(w, tokens, hit, next_hit)
                || (postposed::follows_quote(tokens, sp.start)
                    && (!postposed::quote_inside_phrase(tokens, sp.start)
                        || hit.class == CueClass::Report
                        || postposed::names_venue(w, tokens, hit)))
        });
        let relation = match (&speaker, claims.last()) {
            (Some(_), Some(_)) if relayed_here => Relation::Relayed,
            // A speaker found the usual way (after a comma: `Các trợ tá cho biết, Comey kể lại
            // rằng …`) inside the earlier content is relayed too when named and framed.
            (Some(sp), Some(last)) => match relate(w, tokens, sp, last, postposed_here) {
                Relation::Embedded if relays_named_speech(w, tokens, sp, hit) => Relation::Relayed,
                relation => relation,
            },
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
        // `Hội đồng Bảo an LHQ … lên án và áp đặt trừng phạt`, `bà Thornton nói thêm nhưng không
        // cung cấp …`: a word joining another verb phrase right after the cue leaves the cue no
        // content. A denial stays a claim (`ông Trump phủ nhận và nói rằng …` rejects what came
        // before, as above).
        let joined = hit.class != CueClass::Deny
            && tokens
                .get(hit.content_from)
                .is_some_and(|t| !t.quoted && !t.cap)
            && w.at(WordRole::VerbJoiner, tokens, hit.content_from)
                .is_some();
        let content = if joined {
            None
        } else {
            postposed::trim(
                tokens,
                hit.content_from,
                clause_end(w, tokens, hit.content_from),
            )
        };
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
            negated: hit.negated,
        });
    }
    if let Some((comma, source)) = prefix::source_after(w, tokens, first) {
        close_with_source(w, tokens, si, first, comma, source, &mut claims);
    }
    // `X vấp phải sự phản đối của Y`: with no claim of its own in the sentence.
    if claims.is_empty() {
        if let Some(found) = incurred::incurred(w, tokens, first) {
            claims.push(Found {
                rule: rule::INCURRED,
                speakers: found.members.into_iter().map(span).collect(),
                speaker_phrase: Some(span(found.condemners)),
                both_sides: false,
                reciprocal: false,
                cue: span(found.cue),
                class: found.class,
                content: span(found.content),
                via: Vec::new(),
                time: None,
                sentence: si,
                negated: false,
            });
        }
    }
    // A relay verb whose source no cue named (`Daily Star dẫn thông báo của cảnh sát …`, with
    // no postposed content before it) reports nothing.
    let said_nothing = |c: &Found| {
        c.rule == rule::SPEAKER_CUE && hits.iter().any(|h| h.relay && span(h.range()) == c.cue)
    };
    out.extend(
        claims
            .into_iter()
            .filter(|c| !c.negated && !said_nothing(c)),
    );
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
        negated: false,
    });
}

/// True when the relay hit `hits[i]` has a source someone can be read from: the next cue's
/// speaker opens the relayed source (`CNN dẫn một nguồn tin … cho hay`), or the source ends
/// the sentence after a postposed content (`…, Daily Star dẫn thông báo của cảnh sát …`).
/// Otherwise the relay verb is read as before it was one (`AFP dẫn thông báo từ tuần duyên
/// Nhật Bản cho biết`: the whole phrase is the speaker), so no claim is lost.
fn relays_a_source(w: &Words, tokens: &[Token], hits: &[Hit], i: usize) -> bool {
    let hit = &hits[i];
    let Some(next) = hits.get(i + 1) else {
        return postposed::relay_closes(w, tokens, hit, None);
    };
    let reach = Reach {
        lower: hit.content_from,
        after_cue: true,
        after_report: true,
    };
    let from = hit.content_from;
    speaker::before(w, tokens, next.start, reach).is_some_and(|sp| {
        sp.start == from
            || sp.start == fronted_time_end(w, tokens, from)
            || (sp.start < from && sp.end >= from)
    })
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
    // `Reuters dẫn nguồn thạo tin cho biết`: the relayed source may open with the cue's own
    // source noun ([`speaker::before`]), across the report's content start.
    let chained = sp.start == last_content
        || sp.start == fronted_time_end(w, tokens, last_content)
        || (sp.start < last_content && sp.end >= last_content);
    if last.class == CueClass::Report && last.rule == rule::SPEAKER_CUE && chained {
        Relation::Chain
    } else if postposed_here {
        Relation::Postposed
    } else if let Some(b) =
        clause_boundary_before(w, tokens, sp.start).filter(|&b| b > last_content)
    {
        // A new clause with its own speaker ends the previous content (but the clause that
        // *is* the content, `phủ nhận việc tổng thống đã tiết lộ …`, does not).
        // A speech given somewhere (`phát biểu tại …`) names its own venue: no relayed setting.
        let speech_event = w
            .at(
                WordRole::SpeechEvent,
                tokens,
                content_start_token(tokens, &last.cue),
            )
            .is_some();
        if fronted_phrase(w, tokens, last_content, b, !speech_event) {
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
fn fronted_phrase(w: &Words, tokens: &[Token], from: usize, to: usize, settings: bool) -> bool {
    /// The most tokens of a fronted phrase.
    const MAX_FRONTED: usize = 10;
    /// The most tokens of a fronted setting.
    const MAX_SETTING: usize = 24;
    let dated = from > 0
        && tokens[from - 1].is(',')
        && to > from
        && to - from <= MAX_FRONTED
        && tokens[from..to].iter().all(|t| t.word || t.is_any("/-()"))
        && (from..to).any(|k| dated_time(w, tokens, k..to).is_some());
    // `Reuters cho biết trong cuộc họp báo hôm 11/6 ở Cagayan de Oro, cách vùng chiến sự ở
    // Marawi 100 km, tổng thống Philippines nói rằng …`, `Báo Thanh niên cho hay, tại tổ TP. Hồ
    // Chí Minh, đại biểu … cho hay, …`: where or on what occasion the relayed speaker spoke,
    // opened by a setting word, with no verb of its own (no aspect, future or negation word).
    let setting = settings
        && to > from
        && to - from <= MAX_SETTING
        && w.at(WordRole::FrontedSetting, tokens, from).is_some()
        && tokens[from..to]
            .iter()
            .all(|t| !t.quoted && (t.word || t.is_any("/-().,")))
        && (from..to).all(|k| {
            [WordRole::Aspect, WordRole::Future, WordRole::Negator]
                .iter()
                .all(|&r| w.at(r, tokens, k).is_none())
        });
    dated || setting
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
    // `…, AFP dẫn lời người phát ngôn Sean Spicer cho biết.`: an outlet chained before the
    // speaker (now a via) closes the content too.
    let relayer = via
        .last()
        .map(|v| content_start_token(tokens, v))
        .filter(|&k| k > first && k < sp.start);
    let sep = relayer.unwrap_or(sp.start) - 1;
    let sp_phrase = span(sp.clone());
    // (Before the speaker: `"…", CNN dẫn nguồn tin giấu tên cho biết.` names its source from
    // inside the relay's cue.)
    let earlier: Vec<usize> = (0..claims.len())
        .filter(|&c| claims[c].cue.start < tokens[sp.start].range.start)
        .collect();
    if !earlier.is_empty() {
        let relays = postposed::outlet_relays(w, tokens, hit, &sp);
        for &c in &earlier {
            // The earlier claim keeps a speaker of its own when an outlet relays it; a pronoun
            // (`Ông nói …, hãng tin AP cho biết`) stands for no one the sentence names.
            if relays && names_own_speaker(w, tokens, &claims[c]) {
                claims[c].via.push(sp_phrase.clone());
                continue;
            }
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
        negated: hit.negated || negated_passive(w, tokens, sp.start),
    });
}

/// `Thông tin … vẫn chưa được Tokyo xác nhận.`, `… nhưng không được các cơ quan chức năng cảnh
/// báo`: a negated passive marker before a postposed speaker (its agent) says the agent's speech
/// act did not happen, as `Tokyo chưa xác nhận …` does.
fn negated_passive(w: &Words, tokens: &[Token], sp: usize) -> bool {
    sp > 0 && w.is(WordRole::Passive, tokens, sp - 1) && hits::negated(w, tokens, sp - 1)
}

/// `Ông Anifah nói Julie Bishop trả lời rằng …`, `… trong khi ông Trump nhấn mạnh rằng …`: a
/// speaker named inside an earlier claim's content (a capitalised name, or a form of address
/// before one; not a pronoun) with a cue that frames what it said (a colon or `rằng` after it)
/// is speech the earlier speaker relays: the guidelines' relay rule gives it
/// a claim of its own, the relayer in `via`, besides the relayer's.
fn relays_named_speech(w: &Words, tokens: &[Token], sp: &Range<usize>, hit: &Hit) -> bool {
    let named = (sp.start..sp.end).any(|k| tokens[k].word && tokens[k].cap)
        && !pronoun_alone(w, tokens, sp.clone());
    // A colon or `rằng` (after the cue or ending it: `khẳng định rằng`); a quotation after the
    // cue is as often a scare-quoted noun (`yêu cầu "lòng trung thành" từ ông`).
    let framed = w
        .before(WordRole::Complementizer, tokens, hit.content_from)
        .is_some()
        || (hit.content_from > hit.end && tokens[hit.content_from - 1].is(':'));
    named && framed
}

/// True when the claim's speaker phrase names someone: not a pronoun standing alone.
fn names_own_speaker(w: &Words, tokens: &[Token], claim: &Found) -> bool {
    let Some(phrase) = &claim.speaker_phrase else {
        return false;
    };
    let from = content_start_token(tokens, phrase);
    let to = tokens.partition_point(|t| t.range.start < phrase.end);
    to > from && !pronoun_alone(w, tokens, from..to)
}

/// True when the tokens `r` are a pronoun standing alone (`ông`, `nước này`, `họ`).
fn pronoun_alone(w: &Words, tokens: &[Token], r: Range<usize>) -> bool {
    [
        WordRole::PersonPronoun,
        WordRole::PartyPronoun,
        WordRole::GroupPronoun,
    ]
    .iter()
    .any(|&role| w.at(role, tokens, r.start) == Some(r.len()))
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

/// The token after the last caption credit in brackets (`( Ảnh : … )`, `(Ảnh minh họa)`), or 0:
/// what comes before it is a caption.
fn caption_end(w: &Words, tokens: &[Token]) -> usize {
    let mut end = 0;
    for (k, t) in tokens.iter().enumerate() {
        if !t.is('(') {
            continue;
        }
        if let Some(n) = w.at(WordRole::CaptionAlone, tokens, k + 1) {
            if tokens.get(k + 1 + n).is_some_and(|t| t.is(')')) {
                end = k + 2 + n;
                continue;
            }
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

/// `… phó chủ tịch UBND TP. Ảnh: HOÀNG GIANG Ông Đinh La Thăng cảm ơn …`: a photo credit
/// glued between two sentences (the segmenter kept them together). Gives the credit's first
/// token and the token that opens the next sentence: a capitalised head or title (`Nhà chức
/// trách`, `Ông`, `Bộ`) within a few tokens after the credit's first word.
fn glued_credit(w: &Words, tokens: &[Token]) -> Option<(usize, usize)> {
    /// The most tokens of a credit glued to the next sentence (`Ảnh: AFP / TTXVN`).
    const GLUED_CREDIT: usize = 4;
    (0..tokens.len()).find_map(|k| {
        if !tokens[k].cap || k > 0 && tokens[k - 1].is('(') {
            return None;
        }
        let colon = k + w.at(WordRole::CaptionMark, tokens, k)?;
        if !tokens.get(colon).is_some_and(|t| t.is(':')) {
            return None;
        }
        let credit = colon + 2..(colon + 2 + GLUED_CREDIT).min(tokens.len());
        credit
            .into_iter()
            .find(|&j| {
                tokens[j].cap
                    && (w.heads.first_at(tokens, j).is_some() || w.opens_person(tokens, j))
            })
            .map(|next| (k, next))
    })
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
/// subject: after a serial marker (`…, trong đó cho biết …`, `…, đồng thời nói …`), after a
/// framed serial marker when the cue's words are framed (`… khi cho rằng …`, `… khi tuyên bố
/// rằng …`; without the frame, `sau khi kể lại …`, `không mấy khi nói …` narrate), or after
/// a comma or a conjunction when a complement follows the cue (`Spicer xuất hiện ở hành lang,
/// nói với các phóng viên rằng …`, `Ông Dũng đã được mời đến và xác nhận: …`). Without the
/// complement, a cue after `và` is as often a verb of the same phrase in another sense
/// (`thu thập và phân tích thông tin`) or a noun: on the bulk corpus 16 of 40 such claims were
/// right.
fn serial_cue(w: &Words, tokens: &[Token], hit: &Hit, lower: usize) -> bool {
    let end = gap_start(w, tokens, lower, hit.start);
    let framed = hit.content_from > hit.end
        && (tokens[hit.content_from - 1].is(':')
            || w.before(WordRole::Complementizer, tokens, hit.content_from)
                .is_some());
    // `Minh Tú chế giễu … khi cho rằng …`: a cue that ends in a complementizer frames its words.
    let framed_cue = framed
        || w.before(WordRole::Complementizer, tokens, hit.end)
            .is_some();
    end > 0
        && (w.before(WordRole::SerialMarker, tokens, end).is_some()
            || w.before(WordRole::FramedSerialMarker, tokens, end)
                .is_some()
                && framed_cue
            || (tokens[end - 1].is(',') || w.before(WordRole::Conjunction, tokens, end).is_some())
                && framed)
}

/// The speaker at `sp` is the writer's own first person (`tôi`; cues inside quotations are
/// never scanned, so it stands outside every quotation) and the cue a verb of conversation
/// (`hỏi`, `nói`, `kể`): the narrator's side of a dialogue. Opinion cues stay claims (`Tôi cho
/// rằng …` answers an interview).
fn narrates(w: &Words, tokens: &[Token], sp: &Range<usize>, hit: &Hit) -> bool {
    w.at(WordRole::Narrator, tokens, sp.start) == Some(sp.len())
        && w.spells(WordRole::Dialogue, tokens, hit.start, hit.end)
}

/// The speaker at `sp` follows a condition word or opens with one (`Nếu EVN đề xuất …`,
/// `Giả sử Wenger tuyên bố …`, where the speaker phrase takes the word in): a supposed speech
/// act.
fn supposed(w: &Words, tokens: &[Token], sp: &Range<usize>) -> bool {
    w.before(WordRole::Condition, tokens, sp.start).is_some()
        || w.at(WordRole::Condition, tokens, sp.start).is_some()
}

/// A future word in `before`, the tokens between a speaker (or an earlier cue) and a cue
/// (`Bộ Công thương sẽ đề xuất …`, `Tổng thống Trump sẽ thông báo …`, `cho biết sẽ đáp trả và
/// sẽ công bố …`): the cue's speech act is planned, not made.
fn planned(w: &Words, tokens: &[Token], before: Range<usize>) -> bool {
    before
        .into_iter()
        .any(|k| w.is(WordRole::Future, tokens, k))
}

/// True when the speaker `sp` of `hit` opens a clause that modifies a noun (`thông tin mà ông
/// Trump tiết lộ`, `số liệu do Bộ công bố`): after a relative marker that opens the sentence or
/// follows a word (after a comma, `mà` and `do` join clauses). A cue followed by a colon,
/// `rằng` or a quotation still reports.
fn in_relative_clause(w: &Words, tokens: &[Token], sp: &Range<usize>, hit: &Hit) -> bool {
    /// The most words after the cue of a clause set off by commas.
    const PARENTHETICAL_TAIL: usize = 5;
    let Some(marker) = sp.start.checked_sub(1) else {
        return false;
    };
    // `những cáo buộc này, được tờ Washington Post đăng tải đầu tiên, là không đúng`: set off by
    // commas, a short clause after a noun modifies it too.
    let parenthetical = marker > 0
        && tokens[marker - 1].is(',')
        && (hit.end..tokens.len().min(hit.end + PARENTHETICAL_TAIL + 1))
            .find(|&k| !tokens[k].word)
            .is_some_and(|k| tokens[k].is(','));
    let opens = marker == 0 || tokens[marker - 1].word || parenthetical;
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
    let passive_set_off = parenthetical && w.is(WordRole::Passive, tokens, marker);
    opens
        && !framed
        && (w.is(WordRole::RelativeClause, tokens, marker) || passive_closed || passive_set_off)
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
    } else if let Some(n) = w
        .before(WordRole::Contrast, tokens, at)
        .filter(|&n| at > n && tokens[at - n - 1].is(','))
    {
        // `…, còn bà Trần Thị Bình nhận định …`: after a comma, a contrasting clause (which
        // ends the content before it, [`clause_end`]) has a speaker of its own.
        at -= n;
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

/// `nói với CNN`, `trả lời phỏng vấn Al Jazeera`: the outlet after the cue, for `via`. A
/// person is the one spoken to, not a channel (`nói với Thủ tướng Anh Theresa May rằng …`).
fn via_after_cue(w: &Words, tokens: &[Token], hit: &Hit) -> Option<Range<usize>> {
    map(
        (role(w, WordRole::ViaAfterCue), capitalised(4)),
        |(_, outlet)| outlet,
    )
    .parse(Toks::new(tokens, hit.end..tokens.len()))
    .ok()
    .map(|(_, outlet)| outlet)
    .filter(|outlet| !w.opens_person(tokens, outlet.start))
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

/// The first token at or after the start of `content` (tokens are in text order), or of any
/// range of the sentence (a cue's).
fn content_start_token(tokens: &[Token], content: &Range<usize>) -> usize {
    tokens.partition_point(|t| t.range.start < content.start)
}

#[cfg(test)]
mod tests {
    use crate::grammar::testing::*;

    /// `những cáo buộc này, được tờ Washington Post đăng tải đầu tiên, là không đúng`: a short
    /// passive or relative clause set off by commas after a noun modifies it; its agent says
    /// nothing of its own, and the content around it goes on.
    #[test]
    fn clauses_set_off_by_commas_modify_a_noun() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, text, want) in [
            ("baomoi_031", "Tuy nhiên, Nhà Trắng khẳng định, những cáo buộc này, được tờ Washington Post đăng tải đầu tiên, là không đúng.", &[("Nhà Trắng", "những cáo buộc này, được tờ Washington Post đăng tải đầu tiên, là không đúng")][..]),
            ("baomoi:22374721", "Dự luật Kiểm soát hoạt động du lịch tới Triều Tiên, do các Hạ Nghị sĩ Adam Schiff và Joe Wilson đề xuất, sẽ chặn tất cả các chuyến du lịch của Mỹ tới Triều Tiên.", &[]),
            ("dantri:news_sport_022", "7 cầu thủ đến từ HA Gia Lai, có tên trong danh sách tiêm vắc xin ngừa Covid-19, do HLV Park Hang Seo đề xuất, cũng được xem là danh sách sơ bộ của đội tuyển Việt Nam.", &[]),
            ("baomoi:22651259", "Cao nguyên Golan, được cộng đồng quốc tế thừa nhận là lãnh thổ của Syria, đã bị Israel chiếm giữ trong cuộc chiến 6 ngày hồi năm 1967.", &[]),
        ] {
            let claims = analyzer.document("t", "-", text).claims;
            let got: Vec<(&str, &str)> = claims
                .iter()
                .map(|c| (c.speaker.text.as_str(), c.content.text.as_str()))
                .collect();
            assert_eq!(got, want, "{source}");
        }
    }

    /// A photo credit glued between two sentences (`… ngày 21/6. Ảnh: AFP/TTXVN Cơ quan công tố
    /// …`) is neither the end of the sentence before nor part of the next speaker; a caption
    /// closed by `(Ảnh minh họa)` is no text, but `(ảnh)` after a name ("pictured") is.
    #[test]
    fn photo_credits_glued_to_sentences() {
        // Sentences without a cue after the rows, as in their articles: a short line holding a
        // credit is a caption line, dropped whole by the text layer (rules/boilerplate.txt).
        const GOES_ON: &str = "Bệnh nhân được đưa vào khoa Cấp cứu khoảng 14 giờ cùng ngày, trong tình trạng bàn tay đã bị dập nát, dính vào máy xay thịt. Qua xử trí vết thương ban đầu và kiểm tra bàn tay, bệnh nhân được đưa lên phòng mổ để lấy máy xay ra khỏi người.";
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, text, want) in [
            ("baomoi:22220893", "Tuyết rơi mạnh ở Moscow hôm 8/5. Ảnh: Livejournal Bộ Quốc phòng Nga hôm qua cho biết 9 máy bay vận tải An-12 và An-26 sẽ bắt đầu thả hóa chất đuổi mây từ 0h ngày 9/5.", &["Bộ Quốc phòng Nga"][..]),
            ("baomoi:22547220", "Gia đình của những người mất tích đau đớn khi chờ đợi tin tức. Ảnh: NYT Nhà chức trách Anh hôm nay cho biết số người thiệt mạng trong vụ hỏa hoạn ở London đã lên đến 30 và có thể còn tăng thêm.", &["Nhà chức trách Anh"]),
            ("baomoi:22583683", "Cảnh sát tuần tra xung quanh khu vực nhà ga tàu điện ngầm ở trung tâm thủ đô Brussels ngày 21/6. Ảnh: AFP/TTXVN Cơ quan công tố liên bang cho hay tên Oussama Z. có thể đã chế tạo quả bom gây nổ tại căn hộ của tên này.", &["Cơ quan công tố liên bang"]),
            ("baomoi:22685252", "Bà P tại BV Chấn thương Chỉnh hình ẢNH: H.P Bác sĩ Võ Hòa Khánh, Phòng Quản lý chất lượng, BV Chấn thương chỉnh hình cho biết, bàn tay của bệnh nhân đã bị dập nát.", &["Bác sĩ Võ Hòa Khánh"]),
            ("baomoi:22237477", "Theo ông Thăng, ông Nhân là người trưởng thành từ TP, am hiểu sâu sắc và từng trên cương vị phó chủ tịch Thường trực UBND TP. Ảnh: HOÀNG GIANG Ông Đinh La Thăng cảm ơn Đảng bộ, chính quyền và nhân dân TP.HCM.", &["ông Thăng"]),
            ("baomoi:22319986", "Chiến đấu cơ Mỹ vừa ném bom vào một đoàn xe của quân đội Syria ngày 18.5 (Ảnh minh họa) Thứ trưởng Bộ Ngoại giao Nga Gennady Gatilov vừa tuyên bố cuộc tấn công do Mỹ thực hiện là không thể chấp nhận.", &["Thứ trưởng Bộ Ngoại giao Nga Gennady Gatilov"]),
            ("dantri:news_society_191", "Hà Nội yêu cầu người trở về thành phố sau nghỉ lễ 30/4 - 1/5 phải khai báo y tế (Ảnh minh họa).", &[]),
            ("baomoi:22582694", "Tổng Thư ký QH Nguyễn Hạnh Phúc (ảnh) cho biết nguyên nhân Luật Cảnh vệ phải đính chính là do sai sót kỹ thuật.", &["Tổng Thư ký QH Nguyễn Hạnh Phúc (ảnh)"]),
        ] {
            let claims = analyzer.document("t", "-", &format!("{text} {GOES_ON}")).claims;
            let speakers: Vec<&str> = claims.iter().map(|c| c.speaker.text.as_str()).collect();
            assert_eq!(speakers, want, "{source}");
        }
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
    fn conjoined_cues_give_two_claims() {
        let got = found("Ngoại trưởng Mỹ Antony Blinken đã kêu gọi Azerbaijan dừng chiến dịch ngay lập tức và nói rằng việc đó khiến tình hình càng trở nên nghiêm trọng.");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].2, "Azerbaijan dừng chiến dịch ngay lập tức");
        assert_eq!(got[1].3, rule::CONJOINED);
    }

    /// A cue word capitalised after a word opens a name (a document's), not a second verb of the
    /// speaker: one claim, whose content reads on through the name.
    #[test]
    fn a_capitalised_cue_word_inside_a_sentence_is_a_name() {
        for (source, sentence) in [
            ("baomoi:22440566", "Về Biển Đông, lãnh đạo hai nước nhấn mạnh việc giải quyết các vấn đề trên Biển Đông bằng biện pháp hòa bình, thông qua các tiến trình ngoại giao và pháp lý, trên cơ sở tôn trọng luật pháp quốc tế, Công ước Luật biển 1982 và Tuyên bố DOC 2002, hướng tới COC."),
            ("baomoi:22354377", "Về vấn đề Biển Đông, phía Tây Ban Nha bày tỏ quan tâm, chia sẻ quan điểm và cách tiếp cận của Việt Nam và ASEAN trong việc giải quyết tranh chấp bằng các biện pháp hòa bình, tuân thủ luật pháp quốc tế, nhất là Công ước Liên hợp quốc về Luật Biển năm 1982 và Tuyên bố về ứng xử của các bên ở Biển Đông (DOC)."),
            ("shortened from baomoi:22445650", "Thượng tướng Nguyễn Phương Nam khẳng định Bộ Quốc phòng Việt Nam coi trọng hợp tác quốc phòng song phương với Bộ Quốc phòng Hoa Kỳ, cũng như những nội dung được lãnh đạo Bộ Quốc phòng hai nước nhất trí trong Bản Ghi nhớ về thúc đẩy hợp tác quốc phòng song phương và Tuyên bố tầm nhìn chung về quan hệ quốc phòng."),
        ] {
            let got = found(sentence);
            assert_eq!(got.len(), 1, "{source}: {got:?}");
            assert!(got[0].2.contains("Tuyên bố"), "{source}: {got:?}");
        }
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

    /// `…, đồng thời khẳng định …`, `…, trong đó cho biết …`, `… và hứa rằng …`: a cue of the
    /// subject's second verb phrase.
    #[test]
    fn serial_cues_belong_to_the_subject() {
        check_rows(
            "serial cue",
            &[
                ("baomoi:21487277", "Marcos Alonso cũng đã lên tiếng phân trần, đồng thời khẳng định mình không cố tình chơi xấu Hector Bellerin.", &[("Marcos Alonso", "khẳng định")]),
                ("baomoi:21512178", "Truyền hình Ukraine vừa phát phóng sự mới đáng chú ý, trong đó cho biết, Kiev đã phải bỏ ra khoản tiền đáng kể.", &[("Truyền hình Ukraine", "cho biết")]),
                ("baomoi:21473271", "Tân Tổng thống Mỹ Donald Trump cho rằng, ông không bắt nạt Iran, đồng thời khẳng định Tehran coi thường Mỹ.", &[("Tân Tổng thống Mỹ Donald Trump", "cho rằng"), ("Tân Tổng thống Mỹ Donald Trump", "khẳng định")]),
                // After `và`, with a complement after the cue.
                ("baomoi:22749874", "Chính phủ Iraq đang cho điều tra đoạn video kinh hoàng được cho là ghi hình tại Mosul và hứa rằng sẽ trừng phạt các thủ phạm nếu vụ việc được xác thực.", &[("Chính phủ Iraq", "hứa")]),
                ("baomoi:22534500", "Tổng thống Putin mỉm cười và đáp: “Đúng vậy”.", &[("Tổng thống Putin", "đáp")]),
                ("baomoi:22320522", "Ông Yoshihide từ chối bình luận về thời điểm thoái vị của Nhà vua Akihito, 83 tuổi, và cho biết: \"Các cuộc thảo luận tại Quốc hội sẽ bắt đầu từ bây giờ\".", &[("Ông Yoshihide", "cho biết")]),
                // A subject shown by a pronoun or form of address, after its first verb phrase.
                ("baomoi:22397376", "Họ chỉ cười rồi trả lời: “Chưa chắc”.", &[("Họ", "trả lời")]),
                ("baomoi:22756587", "Cô ấy mỉm cười và nói: “Đây chính là người sẵn sàng xắn tay áo để hoàn thành mọi việc”.", &[("Cô", "nói")]),
                ("baomoi:22657547", "Bà Mỳ quệt ngang dòng nước mắt lăn dài trên gò má rồi kể: “Nó chả nhận thức được đâu”.", &[("Bà Mỳ", "kể")]),
                ("baomoi:22623393", "Thảo My ra ôm lấy chân tôi và nói: “Mẹ đi ông bà ngoại mấy hôm rồi mẹ về”.", &[("Thảo My", "nói")]),
                // Without one, a cue word after `và` is another verb of the same phrase, and a
                // phrase that runs on to `và` or `rồi` is no speaker.
                ("baomoi:21472589", "Anh vội vàng xin lỗi và hứa sẽ không bao giờ uống quá chén.", &[]),
                ("baomoi:22591350", "Nhiều ý kiến khác tán đồng quan điểm trên và đề nghị nên thực hiện các hợp đồng tập trung.", &[]),
                ("baomoi:21488465", "Thấy đánh nhau, hai người đàn ông ở gần đó liền đứng ra can ngăn và dọa sẽ báo công an.", &[]),
                ("dantri:news_tech_164", "Hãng công nghệ Nuance, có trụ sở tại thành phố Burlington, bang Massachusetts, là công ty chuyên phát triển công nghệ nhận diện và phân tích giọng nói, được ứng dụng trong nhiều thiết bị như hệ thống GPS, smartphone và TV.", &[]),
            ],
        );
    }

    /// `… kiến nghị Sở GTVT đề xuất …`, `… đề nghị Bộ Công thương yêu cầu …`: the phrase right
    /// after a call is whom it addresses; it never speaks the next cue, whether or not the call
    /// itself found its speaker.
    #[test]
    fn the_addressee_of_a_call_is_no_speaker() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, addressee) in [
            ("baomoi:22424655", "Trước mắt, Khu Quản lý Đường thủy nội địa đã kiến nghị Sở GTVT đề xuất TP cho sử dụng vốn từ nguồn phòng chống lụt bão nhằm khắc phục khẩn cấp hiện trạng sụt lún tại khu vực trên.", "Sở GTVT"),
            ("baomoi:22563820", "Vì vậy ông đề nghị Bộ Công thương yêu cầu EVN không được giảm 2 triệu tấn than cung cấp cho các nhà máy nhiệt điện.", "Bộ Công thương"),
            ("baomoi:22755291", "Bức điện yêu cầu các quan chức lãnh sự ở các nước giải thích kế hoạch này cho chính phủ sở tại.", "các quan chức lãnh sự ở các nước"),
            ("dantri:news_entertainment_213", "Cựu hoa hậu thế giới - Priyanka Chopra, hiện ở Anh, đã kêu gọi Tổng thống Mỹ Joe Biden, quan chức Mỹ và các nước chia sẻ vắc xin với Ấn Độ.", "Tổng thống Mỹ Joe Biden"),
        ] {
            let got = said(&analyzer, sentence);
            assert!(
                got.iter().all(|(speaker, _)| !speaker.starts_with(addressee)),
                "{source}: {got:?}"
            );
        }
        // With its speaker found, the call is the claim and the addressee's verb is its content.
        check_rows(
            "addressee",
            &[(
                "constructed",
                "Bộ Y tế đã đề nghị UBND các tỉnh yêu cầu các cơ sở y tế tăng cường kiểm tra.",
                &[("Bộ Y tế", "đề nghị")],
            )],
        );
    }

    /// `X <verb phrase> khi cho rằng …`, `… khi nói rằng …`: after `khi` (a framed serial
    /// marker), a cue whose words are framed is the subject's second verb phrase; unframed, the
    /// `khi` clause narrates (`sau khi kể lại …`, `không mấy khi nói …`).
    #[test]
    fn framed_cues_after_khi_belong_to_the_subject() {
        check_rows(
            "framed serial cue",
            &[
                ("baomoi:22671782", "Minh Tú chế giễu Lan Khuê khi cho rằng các thí sinh sẽ không muốn làm “Tắc kè hoa khóc nhè” hay “Lan Khuê muốn đóng vai chị đại không dễ dàng đâu”.", &[("Minh Tú", "cho rằng")]),
                ("baomoi:22575732", "Quân đội Mỹ dường như cũng nhận ra nguy cơ này, khi tuyên bố rằng họ không hề có ý định đối đầu với lực lượng của chính phủ Syria hay Nga.", &[("Quân đội Mỹ", "tuyên bố rằng")]),
                ("baomoi:21472692", "Chính phủ Scotland đang đàm phán về một thỏa thuận riêng rẽ về nhập cư và kinh tế trong kế hoạch tách khỏi châu Âu (Brexit) khi cho rằng đất nước này rất khác biệt với phần còn lại của Vương quốc Anh.", &[("Chính phủ Scotland", "cho rằng")]),
                ("baomoi:22474705", "Tuy nhiên, ông Spicer cũng xoa dịu tình hình khi nói rằng: \"Mỹ tiếp tục muốn vấn đề này hạ nhiệt và được giải quyết ngay lập tức\".", &[("ông Spicer", "nói rằng")]),
                ("baomoi:22514878", "Bạch Hải Đường bình thản nhắm mắt sau khi kể lại toàn bộ tội lỗi của mình trong 13 năm làm “tướng cướp” và chân thành cảm ơn các cán bộ quản giáo.", &[]),
                ("baomoi:22708148", "Cô yêu anh bởi tính thật thà, ngay thẳng, không mấy khi nói lời ngọt ngào như những chàng trai khác.", &[]),
            ],
        );
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
            let got = said(&analyzer, sentence);
            assert_eq!(got.len(), speakers.len(), "{source}: {got:?}");
            for ((speaker, content), (want_speaker, want_start)) in got.iter().zip(speakers.iter().zip(contents)) {
                assert_eq!(speaker, want_speaker, "{source}: {got:?}");
                assert!(content.starts_with(want_start), "{source}: {got:?}");
            }
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
            ("dantri_150", "Cuối tuần trước Séc bất ngờ trục xuất 18 nhà ngoại giao Nga với cáo buộc những người này hoạt động tình báo dưới vỏ bọc ngoại giao đồng thời cáo buộc Moscow có liên quan đến vụ nổ kho đạn ở Séc năm 2014.", &[("Séc", "những người này hoạt động tình báo dưới vỏ bọc ngoại giao"), ("Séc", "Moscow có liên quan đến vụ nổ kho đạn ở Séc năm 2014")]),
            ("dantri_150", "Moscow đã bác bỏ cáo buộc và Bộ Ngoại giao Nga ngày 18/4 đáp trả bằng việc trục xuất 20 nhà ngoại giao Séc, yêu cầu họ phải rời khỏi Nga trong vòng 24 giờ.", &[("Moscow", "cáo buộc"), ("Bộ Ngoại giao Nga", "họ phải rời khỏi Nga trong vòng 24 giờ")]),
            // Two subjects of the reported clause, and a ministry's name, are not clauses.
            ("made up", "Ông Lavrov cho biết Nga và Mỹ ngày 5/6 đã ký thỏa thuận.", &[("Ông Lavrov", "Nga và Mỹ ngày 5/6 đã ký thỏa thuận")]),
            ("baomoi:22223078", "Ông Liêm cho biết Sở Giáo dục và Đào tạo tỉnh Đồng Tháp sáng 9/5 đã dừng kỳ thi.", &[("Ông Liêm", "Sở Giáo dục và Đào tạo tỉnh Đồng Tháp sáng 9/5 đã dừng kỳ thi")]),
        ] {
            assert_said(&analyzer, source, sentence, want);
        }
    }

    /// `X cho rằng …, còn Y cho rằng …`: after a comma, a contrasting clause ends the first
    /// content and opens a claim of its own (its speaker was dropped as one inside the first
    /// claim's content). The two sides of a dispute are often told this way.
    #[test]
    fn a_contrasting_clause_after_a_comma_has_its_own_speaker() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in [
            ("baomoi:22565144", "Mỹ cho rằng máy bay của quân đội Syria đã ném bom gần vị trí của các lực lượng do Mỹ hậu thuẫn, còn Damascus cho rằng máy bay bị bắn hạ trong khi đang thực hiện nhiệm vụ chiến đấu chống Tổ chức Nhà nước Hồi giáo (IS) tự xưng.", &[("Mỹ", "máy bay của quân đội Syria đã ném bom gần vị trí của các lực lượng do Mỹ hậu thuẫn"), ("Damascus", "máy bay bị bắn hạ trong khi đang thực hiện nhiệm vụ chiến đấu chống Tổ chức Nhà nước Hồi giáo (IS) tự xưng")][..]),
            ("baomoi:22732310", "Nga tuyên bố rằng Triều Tiên đã phóng thử tên lửa tầm trung, còn Mỹ cho rằng đó là vụ phóng thử tên lửa đạn đạo.", &[("Nga", "Triều Tiên đã phóng thử tên lửa tầm trung"), ("Mỹ", "đó là vụ phóng thử tên lửa đạn đạo")]),
            ("baomoi:22472459", "Kuwait đã đề nghị làm trung gian đàm phán, còn Qatar nói họ sẽ hoan nghênh đối thoại.", &[("Kuwait", "làm trung gian đàm phán"), ("Qatar", "họ sẽ hoan nghênh đối thoại")]),
            ("baomoi:22638161", "Đảng đối lập chính DPJ cáo buộc bà Inada sử dụng hình ảnh của SDF cho lợi ích riêng, còn một số đảng khác đòi truy cứu trách nhiệm Thủ tướng Shinzo Abe vì đã bổ nhiệm nữ bộ trưởng.", &[("Đảng đối lập chính DPJ", "bà Inada sử dụng hình ảnh của SDF cho lợi ích riêng"), ("một số đảng khác", "truy cứu trách nhiệm Thủ tướng Shinzo Abe vì đã bổ nhiệm nữ bộ trưởng")]),
        ] {
            assert_said(&analyzer, source, sentence, want);
        }
    }

    /// A table row: where the sentence is from, the sentence, and each claim's speaker (as
    /// written), content and number of relayers in `via`.
    type RelayRow<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str, usize)]);

    /// Runs each row through the whole pipeline and compares its claims.
    fn check_relays(rows: &[RelayRow]) {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in rows {
            let claims = analyzer.document("t", "-", sentence).claims;
            let got: Vec<(&str, &str, usize)> = claims
                .iter()
                .map(|c| {
                    (
                        c.speaker.text.as_str(),
                        c.content.text.as_str(),
                        c.via.len(),
                    )
                })
                .collect();
            assert_eq!(got, *want, "{source}");
        }
    }

    /// `X cho hay, FRONTED PHRASE, Y CUE …`: the relayer's content is whole, and the relayed
    /// speaker's claim has the relayer as its via (the guidelines' relay rule); after a report
    /// (`Reuters đưa tin, …`) it is a chain; a content that is a clause of its own before the
    /// comma is still cut there.
    #[test]
    fn a_speaker_relayed_after_a_fronted_phrase() {
        check_relays(&[
            ("baomoi:21487620", "Nhà Trắng cho hay, trong một cuộc điện đàm ngày 7/2, Tổng thống Mỹ Donald Trump đã tái khẳng định sự ủng hộ của Mỹ đối với Thổ Nhĩ Kỳ.", &[("Nhà Trắng", "trong một cuộc điện đàm ngày 7/2, Tổng thống Mỹ Donald Trump đã tái khẳng định sự ủng hộ của Mỹ đối với Thổ Nhĩ Kỳ", 0), ("Tổng thống Mỹ Donald Trump", "sự ủng hộ của Mỹ đối với Thổ Nhĩ Kỳ", 1)][..]),
            ("baomoi:22512546", "Reuters đưa tin, trong bài phỏng vấn phát sóng ngày 12/6, Bộ trưởng Tài chính Qatar Ali Sherif al-Emadi tuyên bố nước này có thể dễ dàng bảo vệ nền kinh tế.", &[("Bộ trưởng Tài chính Qatar Ali Sherif al-Emadi", "nước này có thể dễ dàng bảo vệ nền kinh tế", 1)]),
            ("made up", "Ông Hùng cho biết, dự án đã hoàn thành, ông Nam nói thêm rằng chi phí vượt dự toán.", &[("Ông Hùng", "dự án đã hoàn thành", 0), ("ông Nam", "chi phí vượt dự toán", 0)]),
        ]);
    }

    /// `X cho biết trong cuộc điện đàm, Y …`, `X cho hay, tại phiên tòa, Y CUE …`: a content
    /// that is only where or on what occasion (`tại`, `trong`: `fronted_setting`) before a new
    /// speaker is the setting of the relayed speech, undated too: the relayer's content is
    /// whole, and the relayed claim has the relayer as its via. A speech given somewhere names
    /// its own venue (`phát biểu tại …`), and a setting with a verb of its own is a clause.
    #[test]
    fn a_speaker_relayed_after_a_fronted_setting() {
        check_relays(&[
            ("baomoi:22670774", "Nhà Trắng cho biết trong cuộc điện đàm, Tổng thống Trump đã thúc giục Trung Quốc tăng cường gây sức ép lên Triều Tiên.", &[("Nhà Trắng", "trong cuộc điện đàm, Tổng thống Trump đã thúc giục Trung Quốc tăng cường gây sức ép lên Triều Tiên", 0), ("Tổng thống Trump", "Trung Quốc tăng cường gây sức ép lên Triều Tiên", 1)][..]),
            ("baomoi:22490138", "Báo Dân trí cho hay, tại phiên tòa, HĐXX cho rằng lời khai của bị cáo là không phù hợp với diễn biến sự việc.", &[("Báo Dân trí", "tại phiên tòa, HĐXX cho rằng lời khai của bị cáo là không phù hợp với diễn biến sự việc", 0), ("HĐXX", "lời khai của bị cáo là không phù hợp với diễn biến sự việc", 1)]),
            ("baomoi:22509166", "Reuters cho biết trong cuộc họp báo hôm 11/6 ở Cagayan de Oro, cách vùng chiến sự ở Marawi 100 km, tổng thống Philippines nói rằng ông \"không bao giờ tiếp cận Mỹ\" để xin sự giúp đỡ.", &[("Reuters", "trong cuộc họp báo hôm 11/6 ở Cagayan de Oro, cách vùng chiến sự ở Marawi 100 km, tổng thống Philippines nói rằng ông \"không bao giờ tiếp cận Mỹ\" để xin sự giúp đỡ", 0), ("tổng thống Philippines", "ông \"không bao giờ tiếp cận Mỹ\" để xin sự giúp đỡ", 1)]),
            ("constructed", "Ông Hùng cho biết trong năm nay dự án sẽ hoàn thành, ông Nam nói thêm rằng chi phí vượt dự toán.", &[("Ông Hùng", "trong năm nay dự án sẽ hoàn thành", 0), ("ông Nam", "chi phí vượt dự toán", 0)]),
        ]);
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

    /// The speaker, via and content of each claim of a sentence.
    /// The guidelines' relay rule: a named speaker inside an earlier claim's content, whose
    /// words a colon or `rằng` frames, has a claim of its own with the relayer last in `via`,
    /// besides the relayer's claim (whose content stays whole); a quotation alone frames
    /// nothing (`yêu cầu "lòng trung thành" từ ông` is a scare-quoted noun).
    #[test]
    fn named_speech_inside_a_claim_is_relayed() {
        check_relays(&[
            ("the guidelines", "Ông Anifah nói Julie Bishop trả lời rằng Australia sẽ xem xét vấn đề này.", &[("Ông Anifah", "Julie Bishop trả lời rằng Australia sẽ xem xét vấn đề này", 0), ("Julie Bishop", "Australia sẽ xem xét vấn đề này", 1)][..]),
            ("baomoi:21487798", "NBC trích nguồn tin từ Nhà Trắng tiết lộ Bộ trưởng Quốc phòng Jim Mattis đã nói với ông Trump rằng loại bỏ Al-Rimi sẽ giúp “thay đổi cuộc chơi” trong cuộc chiến chống Al-Qaeda.", &[("nguồn tin từ Nhà Trắng", "Bộ trưởng Quốc phòng Jim Mattis đã nói với ông Trump rằng loại bỏ Al-Rimi sẽ giúp “thay đổi cuộc chơi” trong cuộc chiến chống Al-Qaeda", 1), ("Bộ trưởng Quốc phòng Jim Mattis", "loại bỏ Al-Rimi sẽ giúp “thay đổi cuộc chơi” trong cuộc chiến chống Al-Qaeda", 2)]),
            ("shortened from baomoi:22256579", "Nguồn Reuters, văn phòng Tổng thống Hàn Quốc ngày 12/5 cho biết Tổng thống Nga Vladimir Putin đã nói với tân Tổng thống Moon Jae-in rằng ông Putin sẵn sàng đóng một \"vai trò xây dựng\".", &[("Nguồn Reuters, văn phòng Tổng thống Hàn Quốc", "Tổng thống Nga Vladimir Putin đã nói với tân Tổng thống Moon Jae-in rằng ông Putin sẵn sàng đóng một \"vai trò xây dựng\"", 0), ("Tổng thống Nga Vladimir Putin", "ông Putin sẵn sàng đóng một \"vai trò xây dựng\"", 2)]),
            ("shortened from baomoi:22644816", "Về các lời khai “hợp đồng tình cảm” của Phương Nga, LS Nam nói: Phương Nga nói rằng giữa cô ấy và ông Cao Toàn Mỹ có mối quan hệ tình cảm.", &[("LS Nam", "Phương Nga nói rằng giữa cô ấy và ông Cao Toàn Mỹ có mối quan hệ tình cảm", 0), ("Phương Nga", "giữa cô ấy và ông Cao Toàn Mỹ có mối quan hệ tình cảm", 1)]),
            ("baomoi_058", "Trước đó, trong phiên điều trần công khai tại Thượng viện, cựu Giám đốc FBI Comey nói rằng Tổng thống Donald Trump đã yêu cầu \"lòng trung thành\" từ ông và đề nghị ông gác lại cuộc điều tra về mối quan hệ giữa cựu Cố vấn An ninh quốc gia Michael Flynn với Nga.", &[("cựu Giám đốc FBI Comey", "Tổng thống Donald Trump đã yêu cầu \"lòng trung thành\" từ ông và đề nghị ông gác lại cuộc điều tra về mối quan hệ giữa cựu Cố vấn An ninh quốc gia Michael Flynn với Nga", 0)]),
        ]);
    }

    fn relayed(analyzer: &crate::Analyzer, sentence: &str) -> Vec<(String, Vec<String>, String)> {
        analyzer
            .document("t", "-", sentence)
            .claims
            .into_iter()
            .map(|c| (c.speaker.text, c.via, c.content.text))
            .collect()
    }

    /// A claim as (speaker as written, via, content).
    type Relayed<'a> = (&'a str, &'a [&'a str], &'a str);

    /// Each row: (article, sentence, the claims it must give).
    fn assert_relayed(rows: &[(&str, &str, &[Relayed<'_>])]) {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in rows {
            let got = relayed(&analyzer, sentence);
            let want: Vec<(String, Vec<String>, String)> = want
                .iter()
                .map(|(s, v, c)| {
                    (
                        s.to_string(),
                        v.iter().map(|x| x.to_string()).collect(),
                        c.to_string(),
                    )
                })
                .collect();
            assert_eq!(got, want, "{source}");
        }
    }

    /// `OUTLET dẫn nguồn (tin) DESCRIPTION CUE`: a report cue closing on a source noun, with no
    /// named source after it: the unnamed source speaks (`nguồn thạo tin`), the outlet is the
    /// via; a named source after it speaks as before (`dẫn nguồn tin từ Bộ Quốc phòng Nga`).
    #[test]
    fn unnamed_sources_relayed_by_an_outlet_speak() {
        assert_relayed(&[
            ("baomoi:22565981", "Reuters dẫn nguồn thạo tin cho biết, giới chức Nhật Bản đang điều tra theo hướng do bất cẩn của thủy thủ.",
                &[("nguồn thạo tin", &["Reuters"], "giới chức Nhật Bản đang điều tra theo hướng do bất cẩn của thủy thủ")]),
            ("baomoi:21480999", "Hãng Al Masdar News dẫn nguồn tin quân sự cho biết, các đơn vị quân đội Syria cũng cắt đứt tuyến đường tiếp tế của IS.",
                &[("nguồn tin quân sự", &["Al Masdar News"], "các đơn vị quân đội Syria cũng cắt đứt tuyến đường tiếp tế của IS")]),
            ("dantri:news_world_106", "Reuters dẫn nguồn tin cho hay, hai căn cứ không quân Myanmar ngày 29/4 đã bị tấn công.",
                &[("nguồn tin", &["Reuters"], "hai căn cứ không quân Myanmar ngày 29/4 đã bị tấn công")]),
            ("baomoi:22641061", "Tàu chiến Mỹ và máy bay chiến đấu đã sẵn sàng tấn công Syria nếu có lệnh của Tổng thống Mỹ Donald Trump, CNN dẫn nguồn tin giấu tên cho biết.",
                &[("nguồn tin giấu tên", &["CNN"], "Tàu chiến Mỹ và máy bay chiến đấu đã sẵn sàng tấn công Syria nếu có lệnh của Tổng thống Mỹ Donald Trump")]),
            // A source that speaks by itself keeps its name.
            ("baomoi:22353092", "BBC dẫn nguồn tin từ cảnh sát địa phương cho biết số người thiệt mạng đã tăng lên 22.",
                &[("cảnh sát địa phương", &["BBC"], "số người thiệt mạng đã tăng lên 22")]),
        ]);
    }

    /// `OUTLET dẫn SOURCE CUE`: the relay verb `dẫn` before a source (a source noun after a
    /// quantifier, a document, an outlet) reports through it; the source, or a document's
    /// issuer, speaks. A source the grammar cannot read leaves the sentence as it was.
    #[test]
    fn a_relay_verb_hands_its_source_the_words() {
        assert_relayed(&[
            ("baomoi:21488013", "CNN dẫn một nguồn tin thân quen với nội bộ chính quyền Mỹ mới cho hay tân chủ nhân Nhà Trắng đã thất vọng trước sự thể hiện của phát ngôn viên Spicer.",
                &[("một nguồn tin thân quen với nội bộ chính quyền Mỹ", &["CNN"], "tân chủ nhân Nhà Trắng đã thất vọng trước sự thể hiện của phát ngôn viên Spicer")]),
            ("baomoi:22340822", "Kyodo dẫn một nguồn tin từ chính phủ Nhật Bản ngày 22/5 cho biết các nhà chức trách Trung Quốc đã bắt giam 6 người đàn ông Nhật Bản.",
                &[("một nguồn tin từ chính phủ Nhật Bản", &["Kyodo"], "các nhà chức trách Trung Quốc đã bắt giam 6 người đàn ông Nhật Bản")]),
            ("baomoi:22678844", "Reuters dẫn thông báo của Bộ Ngoại giao Nga cho biết Tổng thống Vladimir Putin nhất trí với Chủ tịch Trung Quốc Tập Cận Bình.",
                &[("Bộ Ngoại giao Nga", &["Reuters"], "Tổng thống Vladimir Putin nhất trí với Chủ tịch Trung Quốc Tập Cận Bình")]),
            ("baomoi:22528944", "Hãng Kyodo dẫn tờ The Daily Mirror ngày 5/6 đưa tin, tên Abz, 27 tuổi, từ Pakistan tới Anh.",
                &[("tờ The Daily Mirror", &["Kyodo"], "tên Abz, 27 tuổi, từ Pakistan tới Anh")]),
            // No speaker is read from this source: the phrase is the speaker, as before.
            ("baomoi:21474237", "AFP dẫn thông báo từ tuần duyên Nhật Bản hôm nay cho biết ba tàu Trung Quốc đi vào vùng biển quanh quần đảo Senkaku.",
                &[("AFP dẫn thông báo từ tuần duyên Nhật Bản", &[], "ba tàu Trung Quốc đi vào vùng biển quanh quần đảo Senkaku")]),
            // Not a relay: a compound, or no source after the verb.
            ("baomoi:21480156", "Trong bến và điểm dừng đều có bảng hướng dẫn thông tin chi tiết.", &[]),
            ("baomoi:22251554", "Quân đội Syria dẫn đầu chiến dịch tại Al-Qaboun.", &[]),
        ]);
    }

    /// `CONTENT, OUTLET dẫn [lời] SOURCE.`: a relay whose source ends the sentence is a
    /// postposed attribution with no quotation too; the content ends before the outlet.
    #[test]
    fn postposed_relays_end_the_content_before_the_outlet() {
        assert_relayed(&[
            ("baomoi:21474235", "Trong số hơn 400 người bị bắt, có ít nhất 60 người nước ngoài và 10 trẻ em, Daily Star dẫn thông báo của cảnh sát Thổ Nhĩ Kỳ ngày 5/2.",
                &[("cảnh sát Thổ Nhĩ Kỳ", &["Daily Star"], "Trong số hơn 400 người bị bắt, có ít nhất 60 người nước ngoài và 10 trẻ em")]),
            ("baomoi:22686852", "“Dựa trên cao độ, quãng đường bay, tốc độ, thời gian bay, chúng tôi cho rằng Hwasong-14 là tên lửa đạn đạo mới”, Reuters dẫn thông báo của Bộ Quốc phòng Hàn Quốc.",
                &[("Bộ Quốc phòng Hàn Quốc", &["Reuters"], "Dựa trên cao độ, quãng đường bay, tốc độ, thời gian bay, chúng tôi cho rằng Hwasong-14 là tên lửa đạn đạo mới")]),
            ("baomoi:21512307", "Đồng thời, Tổng thống Trump cũng cảm ơn Chủ tịch Tập vì thiệp chúc mừng ông nhậm chức, Reuters dẫn thông báo từ Nhà Trắng cho biết.",
                &[("Nhà Trắng", &["Reuters"], "Tổng thống Trump cũng cảm ơn Chủ tịch Tập vì thiệp chúc mừng ông nhậm chức")]),
            ("baomoi:22599407", "Các nước NATO không thể có giả định nào rằng Nga sẽ tấn công liên minh, Sputnik dẫn lời Ngoại trưởng Nga Sergei Lavrov cho hay.",
                &[("Ngoại trưởng Nga Sergei Lavrov", &["Sputnik"], "Các nước NATO không thể có giả định nào rằng Nga sẽ tấn công liên minh")]),
        ]);
    }

    /// A noun marker that ends a compound (`quân sự`, `hình sự`) before a cue is no marker:
    /// the cue reports.
    #[test]
    fn compounds_ending_in_a_marker_end_the_speaker() {
        assert_relayed(&[
            ("baomoi:21472806", "Tuy nhiên, một số chuyên gia quân sự cho rằng F-35A chỉ đạt được thành tích 15-1 khi bay kèm với F-22 Raptor.",
                &[("một số chuyên gia quân sự", &[], "F-35A chỉ đạt được thành tích 15-1 khi bay kèm với F-22 Raptor")]),
            ("baomoi:22729940", "Nguồn tin quân sự cho hay, máy bay chiến đấu của Không quân Syria đã tiến hành dội bom vào các phong trào của phiến quân.",
                &[("Nguồn tin quân sự", &[], "máy bay chiến đấu của Không quân Syria đã tiến hành dội bom vào các phong trào của phiến quân")]),
            ("baomoi:22729092", "“Đây là vụ án mạng không phải bắt cóc lấy nội tạng”, Cục trưởng Cục Cảnh sát Hình sự nói.",
                &[("Cục trưởng Cục Cảnh sát Hình sự", &[], "Đây là vụ án mạng không phải bắt cóc lấy nội tạng")]),
            // `sự` after a verb still marks a noun.
            ("baomoi:22270042", "Nga có sự phản đối mạnh mẽ.", &[]),
        ]);
    }

    /// `NAME, ROLE, INSTITUTION CUE` with no comma before the cue: the named person speaks,
    /// described by the parts after the name (not the last part, not a group of three).
    #[test]
    fn a_person_described_after_commas_speaks() {
        assert_relayed(&[
            ("baomoi:21488370", "Ông Vương Bình Thạnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh An Giang cho biết: “Lãnh đạo tỉnh rất vui mừng khi Tập đoàn Sao Mai đề xuất những dự án có nhiều triển vọng.”",
                &[("Ông Vương Bình Thạnh, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh An Giang", &[], "Lãnh đạo tỉnh rất vui mừng khi Tập đoàn Sao Mai đề xuất những dự án có nhiều triển vọng.")]),
            ("baomoi:22740331", "Bà Trương Thị Lệ Khanh, Chủ tịch Hội đồng quản trị Công ty cổ phần Vĩnh Hoàn, một trong những doanh nghiệp hàng đầu về xuất khẩu cá tra sang Hoa Kỳ bày tỏ lo lắng không biết điều gì sẽ xảy ra.",
                &[("Bà Trương Thị Lệ Khanh, Chủ tịch Hội đồng quản trị Công ty cổ phần Vĩnh Hoàn, một trong những doanh nghiệp hàng đầu về xuất khẩu cá tra sang Hoa Kỳ", &[], "lo lắng không biết điều gì sẽ xảy ra")]),
            ("baomoi:21475968", "Bà Phạm Thị Thanh Trà, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Yên Bái, khẳng định tỉnh đã chỉ đạo người dân không tổ chức nghi thức treo cổ trâu.",
                &[("Bà Phạm Thị Thanh Trà, Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh Yên Bái", &[], "tỉnh đã chỉ đạo người dân không tổ chức nghi thức treo cổ trâu")]),
            // Seed 29's item 41: not the hospital, the doctor.
            ("seed 29 item 41", "Thạc sĩ Nguyễn Việt Hoa, Trưởng khoa nhi, bệnh viện Hữu nghị Việt Đức cho biết: “Chúng tôi rất mong đợi buổi hội thảo này”.",
                &[("Thạc sĩ Nguyễn Việt Hoa, Trưởng khoa nhi, bệnh viện Hữu nghị Việt Đức", &[], "Chúng tôi rất mong đợi buổi hội thảo này")]),
            // `GS.TS`: honorifics joined by a stop; `và` inside the institute's name.
            ("baomoi:21472116", "GS.TS Nguyễn Anh Trí, Viện trưởng Viện Huyết học và Truyền máu TW cho biết: “Lễ hội Xuân hồng” là hoạt động có ý nghĩa trong phong trào hiến máu tình nguyện.",
                &[("GS.TS Nguyễn Anh Trí, Viện trưởng Viện Huyết học và Truyền máu TW", &[], "“Lễ hội Xuân hồng” là hoạt động có ý nghĩa trong phong trào hiến máu tình nguyện")]),
            ("baomoi:21487656", "Ông Nguyễn Xuân Hoanh, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Vĩnh Long cho biết, trên địa bàn tỉnh hiện có khoảng 25 khu, điểm du lịch.",
                &[("Ông Nguyễn Xuân Hoanh, Phó Giám đốc Sở Văn hóa, Thể thao và Du lịch tỉnh Vĩnh Long", &[], "trên địa bàn tỉnh hiện có khoảng 25 khu, điểm du lịch")]),
            // A list of parties stays a list.
            ("dantri_150", "Mỹ, Anh và Canada cho biết họ đứng về phía Séc.",
                &[("Mỹ", &[], "họ đứng về phía Séc"), ("Anh", &[], "họ đứng về phía Séc"), ("Canada", &[], "họ đứng về phía Séc")]),
        ]);
    }

    /// A cue word inside `bất kể` (no matter) or after `phần` (the part: a noun) reports
    /// nothing.
    #[test]
    fn cue_words_inside_other_words_report_nothing() {
        assert_relayed(&[
            ("baomoi:22505369", "Nếu thắng, họ sẽ có 11 điểm và bất kể cặp đấu Croatia (13 điểm) vs Iceland (10 điểm) có kết thúc ra sao, đội bóng Đông Âu này cũng sẽ áp sát 2 vị trí đầu bảng.", &[]),
            ("baomoi:22484992", "Và như vậy, Ronaldo vẫn sẽ chơi với mật độ như bình thường, bất kể đây là giai đoạn nghỉ hè của các CLB.", &[]),
            ("baomoi:22519575", "Năm 2010, khi đảm nhận vai trò MC trong LHP quốc tế Hà Nội, Lại Văn Sâm đã phiên dịch sai phần phát biểu bằng tiếng Anh của nam diễn viên Ngô Ngạn Tổ.", &[]),
            ("baomoi:22648303", "Phần trả lời của cô nhận được nhiều lời tán dương.", &[]),
            // `phủ nhận` across `Chính phủ` + `nhận được`.
            ("baomoi:22539926", "Bộ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Chí Dũng là thành viên Chính phủ nhận được nhiều ý kiến phản biện nhất.", &[]),
        ]);
    }

    /// A fronted adverbial opening the sentence (`Tại …`, `Trong …`, `Qua …`, `Ở …`) is never
    /// who speaks; a person named after it with no comma between does.
    #[test]
    fn fronted_adverbials_do_not_speak() {
        assert_relayed(&[
            ("baomoi:22604367", "Tại buổi họp báo Thứ trưởng Bùi Văn Ga khẳng định với đề thi THPT quốc gia năm nay, thí sinh không thể quay cóp.",
                &[("Thứ trưởng Bùi Văn Ga", &[], "với đề thi THPT quốc gia năm nay, thí sinh không thể quay cóp")]),
            ("baomoi:22471958", "Trong quá trình đó ông Tuấn thừa nhận bản thân đã tập hợp thông tin và có báo cáo về việc này.",
                &[("ông Tuấn", &[], "bản thân đã tập hợp thông tin và có báo cáo về việc này")]),
            ("baomoi:22575554", "Ở Hồng Kông, người ta gọi ông Lý Gia Thành là “siêu nhân” không chỉ vì sự nghiệp kinh doanh thành đạt.", &[]),
            ("dantri:news_tech_126", "Tại Hội nghị phân tích toàn cầu của Huawei diễn ra tại thành phố Thâm Quyến, nhiều sản phẩm mới được giới thiệu.", &[]),
            ("baomoi:21490375", "Qua một trang Instagram, nhiếp ảnh gia người Canada đã chia sẻ rộng rãi hơn đến mọi người những bức ảnh chụp thủ đô.", &[]),
            // `Ngoài X`, `Bên cạnh X` ("besides X") name what else there is, not who speaks.
            ("baomoi:22262959", "Ngoài Syria, nhóm Protect Democracy còn đề cập Triều Tiên là khu vực tiềm năng xảy ra xung đột, dẫn lời của ông Trump từng nói là Mỹ có khả năng xảy ra \"xung đột lớn, rất lớn\" với Bình Nhưỡng.", &[]),
            ("baomoi:22456363", "Bên cạnh IS cũng phải kể đến mạng lưới khủng bố tiền thân của chúng là Al Qaeda.", &[]),
        ]);
    }

    /// `Không những thế` ("moreover") opens the sentence; the person after it speaks
    /// (`Không những thế chị Ha Hye Jeong`, the phrase was the speaker).
    #[test]
    fn moreover_opens_a_sentence() {
        assert_relayed(&[
            ("baomoi:22321930, shortened", "Không những thế chị Ha Hye Jeong còn chia sẻ: \"Đã lâu lắm rồi Cheonan mới tổ chức một sự kiện bóng đá lớn của thế giới.\"",
                &[("chị Ha Hye Jeong", &[], "Đã lâu lắm rồi Cheonan mới tổ chức một sự kiện bóng đá lớn của thế giới.")]),
            ("constructed from baomoi:22647938 (its comma left out)", "Không những thế Đông Nhi còn tiết lộ tên gọi mà cô dự tính sẽ đặt cho đứa con đầu lòng là bé Po.",
                &[("Đông Nhi", &[], "tên gọi mà cô dự tính sẽ đặt cho đứa con đầu lòng là bé Po")]),
        ]);
    }
}
