//! The claims of one article: each occurrence the grammar found becomes one claim per speaker,
//! or none when it says nothing.

use std::borrow::Cow;
use std::ops::Range;

use super::content::{content_kind, polarity, resolve_date};
use super::couple::{couple_before, couple_phrase};
use super::memory::{people_in, Memory};
use super::mention::resolve;
use super::targets::targets;
use super::{Claim, Speaker, SpeakerKind};
use crate::grammar::{rule, Parsed};
use crate::lexicon::Lexicon;
use crate::normalize::Text;
use crate::rules::{CueClass, EntityKind, GroupKind, WordRole};
use crate::segment::Segments;
use crate::text::keys::lowercase;
use crate::tokens::{matches_at, phrase_words, tokenize, Token};

/// Resolves every occurrence of a document into claims.
pub fn attribute(text: &Text, seg: &Segments, parsed: &Parsed, rules: &Lexicon) -> Vec<Claim> {
    let s = text.as_str();
    if parsed.found.is_empty() {
        // Nothing reported: the article-wide memory would serve no claim.
        return Vec::new();
    }
    let mut memory = Memory::new(text, seg, parsed, rules);
    let year = seg
        .date
        .as_deref()
        .and_then(|d| d.get(..4))
        .map(str::to_string);
    let mut claims = Vec::new();
    for f in &parsed.found {
        memory.sentence = f.sentence;
        let sentence: &[Token] = parsed.tokens.get(f.sentence).unwrap_or(&[]);
        // A content of one word (`phản ứng`, `trên`) is a verb's object, not something said;
        // a call may be that short (`kêu gọi biểu tình`).
        let toks = tokens_of(s, sentence, &f.content);
        let words = toks.iter().filter(|t| t.word).count();
        // An empty content: a cue with nothing after it, whose speaker is remembered below.
        let empty = words == 0;
        if !empty && words < 2 && f.class != CueClass::Call {
            continue;
        }
        // `ra thông cáo phản ứng`, `nói với Reuters`, `trả lời với đài CNN`: a bare verb or the
        // audience, nothing said. Stances (`bác bỏ cáo buộc`, `chỉ trích truyền thông`) and
        // warnings (`Nga dọa trả đũa`) may be that short, and so may a statement about someone
        // named (`lên tiếng bênh vực Hoài Linh`).
        let names_someone = toks.iter().any(|t| t.word && t.cap);
        let venue_first = toks
            .first()
            .is_some_and(|t| rules.role_words(WordRole::Venue).contains(t));
        // `phát biểu tại Hội nghị … ngày 6/2`: a speech given somewhere, whatever its length,
        // when nothing says what was said (no `rằng`, colon or quotation).
        // No `rằng`, colon or quotation in the content: nothing it says is marked as said.
        let unframed = !toks
            .iter()
            .any(|t| t.quoted || t.is_any(":“\"") || rules.role_words(WordRole::That).contains(t));
        let cue = lowercase(&s[f.cue.clone()]);
        let speech_venue = venue_first && rules.has_role(&cue, WordRole::SpeechEvent) && unframed;
        let audience = venue_first && (words <= 5 || speech_venue);
        // `kể lại về trường hợp …`, `nói về mối lo ngại …`: a statement whose content is only
        // its topic says nothing (a warning or a call about something is still a stance).
        let topic_only = toks
            .first()
            .is_some_and(|t| rules.role_words(WordRole::Topic).contains(t))
            && !toks
                .iter()
                .any(|t| t.is_any(",:") || rules.role_words(WordRole::That).contains(t));
        // `trả lời câu hỏi của phóng viên`, `lên tiếng sau vụ việc`: a cue that names only the
        // occasion of speaking, with nothing said after it.
        // (After one quantifier too, in a content that follows its cue: `chia sẻ những kinh
        // nghiệm …`, `trả lời các câu hỏi …`; a postposed content is what was said, whatever it
        // opens with: `“… Một việc chỉ giao cho một cơ quan chủ trì”, Phó Thủ tướng trả lời`.)
        let lead = usize::from(
            f.content.start >= f.cue.end
                && toks
                    .first()
                    .is_some_and(|t| rules.role_words(WordRole::Quantifier).contains(t)),
        );
        let opens_with = |role: WordRole| {
            rules
                .phrases(role)
                .iter()
                .any(|w| matches_at(&toks, 0, w) || (lead > 0 && matches_at(&toks, lead, w)))
        };
        let occasion_only = rules.has_role(&cue, WordRole::OccasionCue)
            && opens_with(WordRole::Occasion)
            && unframed;
        // Told with nothing said of it: no `rằng`, colon or quotation in the content, no comma
        // after the cue (`chia sẻ, câu chuyện dẹp vỉa hè … đã đạt được …`), no `là` in the
        // content (`chia sẻ bí quyết thành công là …`), and no quotation before the cue (`"…", X
        // nói` is what was said, whatever it opens with).
        let quoted_before = f.content.end <= f.cue.start
            && s.get(f.content.start..f.cue.start)
                .is_some_and(|before| before.contains(['”', '"']));
        let told_only = || {
            !quoted_before
                && !s
                    .get(f.cue.end..f.content.start)
                    .is_some_and(|between| between.contains(','))
                && !toks
                    .iter()
                    .any(|t| rules.role_words(WordRole::LabelMarker).contains(t))
                && unframed
        };
        // A cue inside the content of a class `of` accepts (`đăng tải một báo cáo cho biết …`,
        // `viết tâm thư … thừa nhận lỗi lầm`): what was written or posted says something itself.
        let said_inside = |of: fn(CueClass) -> bool| {
            rules.cues.iter().filter(|c| of(c.class)).any(|c| {
                let words = phrase_words(&c.phrase);
                (1..toks.len()).any(|i| matches_at(&toks, i, &words))
            })
        };
        // `kể lại câu chuyện …`, `chia sẻ kinh nghiệm …`, `nói lời chia tay …`: telling a story,
        // sharing an experience or saying a set phrase, with nothing said of it, is an act.
        let shared_only = rules.has_role(&cue, WordRole::ShareCue)
            && opens_with(WordRole::SharedThing)
            && told_only();
        // `viết thư tay xin lỗi`, `viết đơn đăng ký dự tuyển`: writing a letter or a form is an
        // act unless the text says what it says (a cue of any class inside: `viết tâm thư …
        // thừa nhận lỗi lầm`).
        let written_only = rules.has_role(&cue, WordRole::WriteCue)
            && opens_with(WordRole::WrittenThing)
            && told_only()
            && !said_inside(|_| true);
        // `đăng tải những hình ảnh …`, `đăng tải lên trang cá nhân …`: posting something is an
        // act unless the text frames what the post says (as for sharing, without the opening
        // words: what is posted is named in too many ways), or the post reports something
        // itself (`đăng tải một báo cáo cho biết …`, `đăng tải bài viết nêu rõ …`).
        let posted_only = rules.has_role(&cue, WordRole::PostCue)
            && told_only()
            && !said_inside(|c| matches!(c, CueClass::State | CueClass::Report));
        // `Cướp biển vùng Caribe 5 hứa hẹn sẽ tạo doanh thu khủng`, `Thu Thảo hứa hẹn sẽ khiến
        // khán giả phải say lòng`: a weak cue says something only joined to an earlier cue of its
        // speaker (`nói rằng … và hứa hẹn sẽ …`) or said by someone addressed or titled (`ông
        // Trump hứa hẹn …`, `Thủ tướng Pháp Édouard Philippe hứa hẹn …`).
        let addressed_or_titled = || {
            f.speakers.first().is_some_and(|r| {
                let sp = tokens_of(s, sentence, r);
                sp.first()
                    .is_some_and(|t| rules.role_words(WordRole::Address).contains(t))
                    || rules.title_at(&sp, 0).is_some()
            })
        };
        let weak_alone = rules.has_role(&cue, WordRole::WeakCue)
            && f.rule != rule::CONJOINED
            && !addressed_or_titled();
        // Not a claim, but its speaker is still the last one named (`Robby Mook … ra thông cáo
        // phản ứng. "…", thông cáo nói.`).
        let no_claim = empty
            || matches!(f.class, CueClass::State | CueClass::Report)
                && ((words < 3 && !names_someone)
                    || audience
                    || topic_only
                    || occasion_only
                    || shared_only
                    || posted_only
                    || written_only
                    || weak_alone);
        let content = f.content.clone();
        let (content, kind) = content_kind(s, seg, content);
        let cue_text = if f.rule == rule::BARE_QUOTE || f.rule == rule::SIDE_QUOTE {
            "quote".to_string()
        } else {
            s[f.cue.clone()].to_string()
        };
        let via: Vec<String> = f
            .via
            .iter()
            .flat_map(|v| outlet_names(&s[v.clone()], rules))
            .collect();
        let date = f.time.as_ref().map(|t| {
            let written = s[t.clone()].to_string();
            let resolved = resolve_date(&written, year.as_deref());
            (written, resolved)
        });
        let polarity = polarity(&tokens_of(s, sentence, &content), f.class, rules);
        let mut speakers: Vec<Speaker> = Vec::new();
        let mut how = f.rule.to_string();
        let mut couple = false;
        if f.both_sides {
            speakers = memory
                .sides()
                .iter()
                .map(|side| country_speaker(side, rules))
                .collect();
            how.push_str("+both-sides");
        } else if f.speakers.is_empty() {
            if let Some(sp) = &memory.last_speaker {
                let mut sp = sp.clone();
                sp.resolved_from = Some(match f.rule {
                    rule::BARE_QUOTE => "previous speaker (bare quote)".to_string(),
                    _ => "previous speaker (conjoined cue)".to_string(),
                });
                speakers.push(sp);
            }
        } else {
            for r in &f.speakers {
                // `… phát ngôn của X, Y và Z. Họ tuyên bố …`: `họ` right after a sentence naming
                // several people stands for all of them.
                let pronoun = lowercase(&s[r.clone()]);
                let named_before = (rules.has_role(&pronoun, WordRole::PluralPronoun)
                    && f.sentence > 0)
                    .then(|| people_in(&memory, &seg.sentences[f.sentence - 1].range))
                    .filter(|p| p.len() >= 2);
                match named_before {
                    Some(people) => {
                        for p in people {
                            speakers.push(Speaker {
                                text: s[r.clone()].to_string(),
                                range: Some(r.clone()),
                                canonical: p.canonical.clone(),
                                role: p.role.clone(),
                                side: p.side.clone(),
                                kind: SpeakerKind::Person,
                                resolved_from: Some(format!(
                                    "{pronoun} → {} (named in the sentence before)",
                                    p.canonical
                                )),
                            });
                        }
                    }
                    None => {
                        let tokens = tokens_of(s, sentence, r);
                        let couple_words = couple_phrase(rules, &tokens);
                        let pair = couple_words
                            .and_then(|n| couple_of(s, parsed, f.sentence, r, &tokens[n..], rules));
                        match pair {
                            Some(pair) => {
                                couple = true;
                                for partner in pair {
                                    let t = tokens_of(s, &parsed.tokens[partner.1], &partner.0);
                                    let p = resolve(s, partner.0, &t, &mut memory, rules);
                                    speakers.push(Speaker {
                                        text: s[r.clone()].to_string(),
                                        range: Some(r.clone()),
                                        resolved_from: Some(format!(
                                            "{} → {} (named together before)",
                                            &s[r.clone()],
                                            p.canonical
                                        )),
                                        ..p
                                    });
                                }
                            }
                            None => {
                                // `vợ chồng anh Chử Đức Chiến` with no partner named: the person
                                // named after the couple phrase.
                                let person = match couple_words.and_then(|n| tokens.get(n)) {
                                    Some(t) => t.range.start..r.end,
                                    None => r.clone(),
                                };
                                let t = tokens_of(s, sentence, &person);
                                let p = resolve(s, person, &t, &mut memory, rules);
                                speakers.push(Speaker {
                                    text: s[r.clone()].to_string(),
                                    range: Some(r.clone()),
                                    ..p
                                });
                            }
                        }
                    }
                }
            }
            if speakers.len() > 1 {
                how.push_str("+group");
            }
        }
        if speakers.is_empty() {
            continue;
        }
        // `Bình luận tranh cãi của ông Trump …` in a campaign article: a candidate speaks for
        // their party.
        for sp in speakers.iter_mut() {
            if sp.kind != SpeakerKind::Person {
                continue;
            }
            if let Some(party) = memory.candidate_party(&sp.canonical, sp.role.as_deref()) {
                sp.side = Some(party.to_string());
                if !how.ends_with("+candidate-party") {
                    how.push_str("+candidate-party");
                }
            }
        }
        // `“…”, hãng thông tấn Triều Tiên trích lời một quan chức cấp cao giấu tên thuộc Bộ Ngoại
        // giao`: an unnamed speaker of no side, relayed by a country's own outlet (or an outlet
        // named by its country), speaks for that country.
        if let Some(country) = via.first().and_then(|v| outlet_country(v, rules)) {
            let names_institution = |sp: &Speaker| {
                sp.range.as_ref().is_some_and(|r| {
                    let toks = tokens_of(s, sentence, r);
                    (0..toks.len()).any(|k| {
                        rules
                            .group_at(&toks, k)
                            .is_some_and(|(_, g)| g.kind == GroupKind::Institution)
                    })
                })
            };
            for sp in speakers
                .iter_mut()
                .filter(|sp| unnamed_without_side(sp, rules) && names_institution(sp))
            {
                sp.side = Some(country.clone());
                if !how.ends_with("+outlet-country") {
                    how.push_str("+outlet-country");
                }
            }
        }
        if no_claim {
            if let Some(last) = speakers.last() {
                memory.remember(last);
            }
            continue;
        }
        for (i, sp) in speakers.iter().enumerate() {
            let target = if f.reciprocal {
                let others: Vec<String> = speakers
                    .iter()
                    .enumerate()
                    .filter(|(j, _)| *j != i)
                    .filter_map(|(_, o)| o.side.clone().or_else(|| Some(o.canonical.clone())))
                    .collect();
                others
            } else {
                let tokens = tokens_of(s, sentence, &content);
                targets(s, &tokens, f.class, sp, &memory, rules)
            };
            claims.push(Claim {
                rule: how.clone(),
                pattern: f.rule,
                speaker: sp.clone(),
                cue_text: cue_text.clone(),
                cue: f.cue.clone(),
                class: f.class,
                kind,
                content: content.clone(),
                via: via.clone(),
                target,
                polarity,
                date: date.clone(),
                sentence: f.sentence,
            });
        }
        if let Some(last) = speakers.last() {
            if couple {
                // The couple's second partner is not the last person named: a later `cô` or
                // `anh` is whoever the article named last on its own.
                memory.last_speaker = Some(last.clone());
            } else {
                memory.remember(last);
            }
        }
    }
    // In the order of the text, which every later stage numbers them in.
    claims.sort_by_key(Claim::position);
    claims
}

/// `cặp đôi`, `Vợ chồng Harry`: the two partners (byte range, sentence) a couple speaker
/// stands for, when they were named together before ([`couple_before`]); `named` is the
/// mention after its couple phrase (`Harry`).
fn couple_of(
    s: &str,
    parsed: &Parsed,
    si: usize,
    r: &Range<usize>,
    named: &[Token],
    rules: &Lexicon,
) -> Option<[(Range<usize>, usize); 2]> {
    // `Vợ chồng Harry`: the last word of the name written after the phrase.
    let named = named
        .iter()
        .rfind(|t| t.word && t.cap)
        .map(|t| &s[t.range.clone()]);
    let (pair, at) = couple_before(s, &parsed.tokens, si, r.start, named, rules)?;
    Some(pair.map(|partner| (partner, at)))
}

/// The tokens of `range`, a piece of one sentence whose tokens are `sentence`: the slice of
/// them that covers it when the piece starts and ends on token boundaries (as contents and
/// speaker phrases do; tokenising the piece again would give the same tokens), else the piece
/// tokenised on its own.
fn tokens_of<'t>(s: &str, sentence: &'t [Token], range: &Range<usize>) -> Cow<'t, [Token]> {
    let from = sentence.partition_point(|t| t.range.start < range.start);
    let to = sentence
        .partition_point(|t| t.range.end <= range.end)
        .max(from);
    let piece = &sentence[from..to];
    let written = s.get(range.clone()).unwrap_or("");
    let lead = written.len() - written.trim_start().len();
    let inner = written.trim();
    let aligned = match (piece.first(), piece.last()) {
        (Some(first), Some(last)) => {
            first.range.start == range.start + lead
                && last.range.end == range.start + lead + inner.len()
        }
        _ => inner.is_empty(),
    };
    if aligned {
        Cow::Borrowed(piece)
    } else {
        Cow::Owned(tokenize(s, range.clone(), &[]))
    }
}

fn country_speaker(name: &str, rules: &Lexicon) -> Speaker {
    let side = rules
        .entity_by_canonical(name)
        .and_then(|e| e.side.clone())
        .or_else(|| Some(name.to_string()));
    Speaker {
        text: name.to_string(),
        range: None,
        canonical: name.to_string(),
        role: None,
        side,
        kind: SpeakerKind::Country,
        resolved_from: Some("the two sides of the article".to_string()),
    }
}

/// The country an outlet speaks from: its listed side when that is a country (`TASS` → `Nga`),
/// or the country itself when the outlet was named by it (`hãng thông tấn Triều Tiên`).
fn outlet_country(outlet: &str, rules: &Lexicon) -> Option<String> {
    let e = rules.entity(outlet)?;
    let country = match e.kind {
        EntityKind::Country => Some(e.canonical.clone()),
        EntityKind::Outlet => e.side.clone(),
        _ => None,
    }?;
    rules
        .entity(&country)
        .is_some_and(|c| c.kind == EntityKind::Country)
        .then_some(country)
}

/// A speaker described, not named (`một quan chức cấp cao giấu tên thuộc Bộ Ngoại giao`), with
/// no side: no listed entity, no resolution, its canonical name the mention as written.
fn unnamed_without_side(sp: &Speaker, rules: &Lexicon) -> bool {
    sp.side.is_none()
        && sp.resolved_from.is_none()
        && sp.canonical == sp.text
        && rules.entity(&sp.canonical).is_none()
}

/// News outlets named in a `via` phrase: `hãng tin TASS` → `TASS`; `Hãng RT, Reuters và tờ The
/// Guardian` → three.
fn outlet_names(phrase: &str, rules: &Lexicon) -> Vec<String> {
    let mut parts: Vec<&str> = phrase.split([',']).collect();
    for conjunction in rules.phrase_texts(WordRole::PairJoiner) {
        let between = format!(" {conjunction} ");
        parts = parts.iter().flat_map(|p| p.split(&between)).collect();
    }
    parts
        .into_iter()
        .map(|p| {
            // `Tass (Nga)`: the country in brackets is not the outlet's name; `Bưu điện
            // Washington (The Washington Post)`: a listed outlet in brackets is.
            let mut p = p.trim();
            if let Some((name, bracket)) = p.split_once(" (") {
                let bracket = bracket.trim_end_matches(')').trim();
                p = match rules.entity(bracket) {
                    Some(e) if e.kind == EntityKind::Outlet => bracket,
                    _ => name.trim(),
                };
            }
            for lead in rules.phrase_texts(WordRole::OutletPrefix) {
                if let Some(rest) = strip_lead(p, lead) {
                    if rest.starts_with(' ') {
                        p = rest.trim();
                        break;
                    }
                }
            }
            // `hãng thông tấn Hàn Quốc Yonhap`: the outlet's country before its name is not
            // part of the name.
            let country_end = p.match_indices(' ').map(|(i, _)| i).take(3).find(|&i| {
                rules
                    .entity(&p[..i])
                    .is_some_and(|e| e.kind == EntityKind::Country)
            });
            if let Some(i) = country_end {
                p = p[i..].trim_start();
            }
            match rules.entity(p) {
                Some(e) => e.canonical.clone(),
                None => p.to_string(),
            }
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// What follows `lead` (lower case) at the start of `text`, where it is written as listed or
/// with a capital first letter (`hãng tin`, `Hãng tin`).
fn strip_lead<'t>(text: &'t str, lead: &str) -> Option<&'t str> {
    if let Some(rest) = text.strip_prefix(lead) {
        return Some(rest);
    }
    let mut letters = lead.chars();
    let mut capital = letters.next()?.to_uppercase();
    match (capital.next(), capital.next()) {
        (Some(first), None) => text.strip_prefix(first)?.strip_prefix(letters.as_str()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::claims_of as claims;

    #[test]
    fn reciprocal_accusations_target_each_other() {
        let got = claims("Armenia và Azerbaijan liên tục cáo buộc nhau vi phạm lệnh ngừng bắn.");
        assert_eq!(
            got,
            vec![
                (
                    "Armenia".into(),
                    Some("Armenia".into()),
                    "Azerbaijan".into()
                ),
                (
                    "Azerbaijan".into(),
                    Some("Azerbaijan".into()),
                    "Armenia".into()
                )
            ]
        );
    }

    /// `ra thông cáo phản ứng` says nothing, so it is no claim; but its speaker is the one a
    /// later `thông cáo nói` means.
    #[test]
    fn a_claim_with_no_content_is_dropped_but_its_speaker_is_remembered() {
        let got = claims("Người phát ngôn Robby Mook ra thông cáo phản ứng. \"Điều Trump nói là nguy hiểm\", thông cáo nói.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Robby Mook");
    }

    /// `với` is an `audience` word of `rules/grammar.txt`.
    #[test]
    fn a_content_naming_only_the_audience_is_no_claim() {
        let got = claims("Bộ trưởng Ngoại giao Nga Sergei Lavrov nói với các phóng viên.");
        assert_eq!(got, vec![]);
    }

    /// baomoi_037: `họ` is a `plural_pronoun` of `rules/grammar.txt`.
    #[test]
    fn a_plural_pronoun_after_several_titled_people_stands_for_all_of_them() {
        let got = claims("Email bao gồm phát ngôn của Cố vấn An ninh Quốc gia H.R. McMaster, phó cố vấn Dina Powell và Bộ trưởng Ngoại giao Rex Tillerson. Họ tuyên bố câu chuyện của Washington Post là \"bịa đặt\".");
        let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(speakers, ["H.R. McMaster", "Dina Powell", "Rex Tillerson"]);
    }

    /// Outlet prefixes and conjunctions come from `rules/grammar.txt`.
    #[test]
    fn outlet_names_drop_their_prefixes() {
        let rules = Lexicon::new(&crate::rules::Rules::embedded());
        let cases: &[(&str, &[&str])] = &[
            ("hãng tin TASS", &["TASS"]),
            (
                "Hãng RT, Reuters và tờ The Guardian",
                &["RT", "Reuters", "The Guardian"],
            ),
            ("Tass (Nga)", &["TASS"]),
            ("Báo Folha Vitoria", &["Folha Vitoria"]),
            ("hãng thông tấn Hàn Quốc Yonhap", &["Yonhap"]),
            ("hãng tin Anh Reuters", &["Reuters"]),
            ("báochí", &["báochí"]),
        ];
        for (phrase, want) in cases {
            assert_eq!(outlet_names(phrase, &rules), *want, "{phrase}");
        }
    }
    /// A described speaker naming an institution without its country, relayed by a country's
    /// own outlet, speaks for that country; a named person keeps the side the mention gives.
    #[test]
    fn institutions_relayed_by_a_country_outlet_take_its_side() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, text, side) in [
            ("baomoi:22613271", "“Mặc dù chúng tôi không có lí do gì phải thể hiện sự quan tâm và đồng cảm với một kẻ tội phạm từ quốc gia đối đầu như vậy”, hãng thông tấn Triều Tiên trích lời một quan chức cấp cao giấu tên thuộc Bộ Ngoại giao.", Some("Triều Tiên")),
            ("baomoi:22652403", "TASS dẫn lời cơ quan báo chí FSB nêu rõ: “Moskva hy vọng theo các quy định của luật pháp quốc tế, những nhân viên này sẽ sớm được trao trả”.", Some("Nga")),
            ("baomoi:22548597", "Tờ Sputnik dẫn nguồn tin từ Trung tâm Phối hợp tìm kiếm cứu nạn hàng hải Vladivostok cho biết không có thông tin nào về việc bắt giữ du thuyền.", Some("Nga")),
            ("baomoi:21486059", "\"Tất cả các thông tin về những cuộc tấn công như vậy - là điều bịa đặt có chủ ý\", bộ phận báo chí trích lời vị đại diện chính thức của Bộ Quốc phòng Nga Igor Konashenkov.", Some("Nga")),
        ] {
            let claims = analyzer.document("t", "-", text).claims;
            assert_eq!(claims.len(), 1, "{source}: {claims:?}");
            assert_eq!(claims[0].speaker.side.as_deref(), side, "{source}");
        }
    }

    /// `Việt` before a one-word country alias makes both a name's words (a bilateral
    /// institution, a person): no side from the country.
    #[test]
    fn a_country_syllable_after_viet_names_no_country() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, text, side) in [
            ("baomoi:21479363", "\"Có như vậy thì cuộc sống hôn nhân của cặp đôi mới bền chặt được\" - Facebooker Việt Anh chia sẻ.", None),
            ("baomoi:22334473", "\"Bản thân tài xế mới làm tài xế taxi nên khi bị cảnh sát kiểm tra đã hoảng sợ\", đại úy Việt Anh cho biết.", None),
            ("baomoi:22345262", "Còn ông Cao Huy Thảo, nguyên Hiệu trưởng Trường THPT quốc tế Việt Úc (SIC), cho biết việc xóa biên chế trong ngành giáo dục là khuynh hướng của nhiều nước phát triển.", None),
            ("baomoi:21486846", "Bệnh viện Hữu nghị Việt Đức cho biết bệnh nhân được chuyển lên trong tình trạng bị hóc dị vật rất nặng.", None),
            // The country itself still speaks.
            ("dantri_150", "Đức cho biết nước này ủng hộ Séc.", Some("Đức")),
        ] {
            let claims = analyzer.document("t", "-", text).claims;
            assert_eq!(claims.len(), 1, "{source}: {claims:?}");
            assert_eq!(claims[0].speaker.side.as_deref(), side, "{source}");
        }
    }
}
