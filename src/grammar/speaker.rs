//! The speaker mention before a cue: who is speaking, as a token range, before any name is
//! resolved (that is attribution's business).
//!
//! A speaker is the noun phrase that opens the clause of its cue: everything from the last
//! barrier (punctuation, a quotation, another cue, a clause boundary such as `sau khi`) up to
//! the gap words before the cue, with a few refinements that each have a name below: an
//! apposition (`Phát ngôn viên Điện Kremlin, ông Dmitry Peskov`), a list (`Nga, Pháp và Mỹ`), a
//! relative pronoun (`…, những người nói rằng`), a subject before an aspect word (`Bộ Ngoại
//! giao Nga ngày 20/4 đã triệu tập … và thông báo`), an issuer behind its document (`thông cáo
//! của Hạm đội Biển Đen`).

use std::ops::Range;

use super::input::Toks;
use super::parsers::{gap_start, inside_name, time_phrase};
use super::words::Words;
use crate::rules::WordRole;
use crate::text::chars::has_vowel;
use crate::tokens::Token;

/// Where the search for a speaker may reach back to, and what lies below that point.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Reach {
    /// The lowest token the speaker may start at.
    pub(crate) lower: usize,
    /// `lower` is the end of an earlier cue: the tokens above it are that claim's content.
    pub(crate) after_cue: bool,
    /// That earlier claim is a report (`Tass dẫn nguồn tin từ X cho biết`), whose content may
    /// well open with the next speaker.
    pub(crate) after_report: bool,
}

impl Reach {
    /// No earlier cue: the speaker may start anywhere from `lower`.
    pub(crate) fn from(lower: usize) -> Reach {
        Reach {
            lower,
            after_cue: false,
            after_report: false,
        }
    }
}

/// The speaker tokens before a cue at token `cue`.
pub(crate) fn before(
    w: &Words,
    tokens: &[Token],
    cue: usize,
    reach: Reach,
) -> Option<Range<usize>> {
    let Reach {
        lower,
        after_cue,
        after_report,
    } = reach;
    if after_report {
        if let Some(r) = anonymous_source(w, tokens, lower, cue) {
            return Some(r);
        }
    }
    let mut end = gap_start(w, tokens, lower, cue);
    if end <= lower {
        return None;
    }
    // `Hai vị quan chức đề nghị giấu danh tính nói`: words saying the speaker is not named
    // close its phrase; the speaker is found before them and keeps them.
    if let Some(k) = (end.saturating_sub(8).max(lower + 1)..end)
        .find(|&k| w.at(WordRole::Anonymity, tokens, k) == Some(end - k))
    {
        if let Some(r) = before(w, tokens, k, reach) {
            return Some(r.start..end);
        }
    }
    // `Bà Vũ Thị Tân - Hiệu phó kiêm quản lý trường … - cho biết`: a description between
    // dashes after the name.
    if tokens[end - 1].is_dash() {
        if let Some(r) = apposition_by_comma(w, tokens, end, reach) {
            return Some(r);
        }
    }
    let mut start = clause_start(w, tokens, end, lower);
    // `Ông Phùng Văn Hà, ở thôn Nhân Lý, xã Nam Phương Tiến cho biết`: a qualifying part after a
    // comma belongs to the speaker before it. So does an address: a part opened by a place word
    // (`…, sống tại Hai Bà Trưng`) or a bare place ending one ([`address_tail`]), when someone
    // who can speak stands before it.
    if start > lower + 1 && tokens[start - 1].is(',') {
        let qualifier = w.is(WordRole::Qualifier, tokens, start);
        let tail = address_tail(w, tokens, start..end, lower);
        let address = tail.is_some()
            || w.at(WordRole::Locative, tokens, start)
                .is_some_and(|n| start + n < end);
        if qualifier || address {
            // The speaker before the comma, or (`Chị Trần Thu Hoa ở Bình Thủy, Cần Thơ`) before
            // the place word that opens the address inside the part.
            let inner = before(w, tokens, start - 1, reach)
                .filter(|r| {
                    qualifier || opens_a_name(w, tokens, issuer(w, tokens, r.clone()).start)
                })
                .or_else(|| {
                    let place_word = tail.filter(|&p| p > lower && tokens[p - 1].word)?;
                    before(w, tokens, place_word, reach)
                        .filter(|r| opens_a_name(w, tokens, r.start))
                });
            if let Some(r) = inner {
                return Some(r.start..end);
            }
        }
    }
    // Reaching back into an earlier claim's content: keep only what follows its last `và`.
    if after_cue && start == lower && !after_report {
        match (start..end)
            .rev()
            .find(|&k| w.is(WordRole::Conjunction, tokens, k))
        {
            Some(k) => start = k + 1,
            None => return None,
        }
    }
    // A capitalised form of address inside the phrase starts the speaker (`… North Carolina
    // Ông Trump`, a caption glued to the text).
    // A place name's word is none (`quận Hai Bà Trưng`).
    if let Some(k) = (start + 1..end).rev().find(|&k| {
        (tokens[k].cap && w.is(WordRole::Address, tokens, k) || glued_person(w, tokens, k, end))
            && !in_place_name(w, tokens, start, k)
    }) {
        start = k;
    }
    // `TASS dẫn nguồn tin từ Bộ Quốc phòng Nga cho biết …`: a report cue names its source
    // after `từ`; the speaker of the relayed words starts after it.
    if after_report
        && start == lower
        && start + 1 < end
        && w.is(WordRole::ReportSource, tokens, start)
    {
        start += 1;
    }
    // Drop a leading opener (`Trong khi đó`, `và`, `còn`).
    start = past_openers(w, tokens, start, end);
    // `Tại buổi họp báo Thứ trưởng Bùi Văn Ga khẳng định`, `Trong quá trình đó ông Tuấn thừa
    // nhận`: a fronted adverbial opening the sentence, with no comma; the person named after it
    // speaks (not one right after the preposition: `Với bác sĩ X` is whom the sentence is
    // about). In lower case, inside a sentence, the preposition is read as before.
    if let Some(n) = w
        .at(WordRole::FrontedPreposition, tokens, start)
        .filter(|_| tokens[start].cap)
    {
        if let Some(k) = (start + n + 1..end).find(|&k| w.opens_person(tokens, k)) {
            start = k;
        }
    }
    start = fronted_time_end(w, tokens, start..end);
    if start >= end {
        return apposition_by_comma(w, tokens, end, reach);
    }
    if let Some(r) = relative(w, tokens, start..end, lower) {
        return Some(r);
    }
    end = subject_before_aspect(w, tokens, start..end);
    let r = start..end;
    // `nữ cán bộ tiếp nhận hồ sơ lắc đầu từ chối và khuyên …`, `Anh cười nhăn mặt rồi tâm sự`:
    // a phrase still ending in a conjunction is a subject and its first verb phrase, with no
    // aspect word to show where the subject ends: not a speaker by its shape (the serial
    // cue's rule finds its subject when the cue is framed: [`subject_of_verb_phrase`]).
    if w.is(WordRole::Conjunction, tokens, end - 1) || !looks_like_speaker(w, tokens, r.clone()) {
        return name_before_apposition(w, tokens, start, reach);
    }
    if let Some(described) = described_person(w, tokens, r.clone(), lower) {
        return Some(described);
    }
    let r = extend_apposition(w, tokens, r, lower);
    let r = name_before_role(w, tokens, r, lower);
    Some(extend_group(w, tokens, r, lower))
}

/// `Reuters dẫn nguồn thạo tin cho biết`, `Yonhap dẫn nguồn tin quân sự cho hay`, `WSJ dẫn
/// nguồn tin cho hay`: a report cue closing on a source noun (`nguồn`, `nguồn tin`, ending at
/// `lower`) with nothing after it that speaks by itself, only lower-case words describing the
/// source before the cue at `cue`: the source noun and those words are the relayed speaker. A
/// source that speaks by itself (`dẫn nguồn tin Bộ Quốc phòng Nga`, `dẫn nguồn tin từ Kremlin`,
/// `dẫn nguồn tin cảnh sát địa phương`) is the speaker as before.
pub(crate) fn anonymous_source(
    w: &Words,
    tokens: &[Token],
    lower: usize,
    cue: usize,
) -> Option<Range<usize>> {
    /// The most describing words after the source noun (`cảnh sát và các nhân chứng`).
    const MAX_DESCRIPTION: usize = 6;
    let n = w.before(WordRole::SourceNoun, tokens, lower)?;
    let end = gap_start(w, tokens, lower, cue).max(lower);
    let description = &tokens[lower..end];
    let own_speaker = !description.is_empty()
        && (w.is(WordRole::ReportSource, tokens, lower)
            || looks_like_speaker(w, tokens, lower..end));
    (!own_speaker
        && description.len() <= MAX_DESCRIPTION
        && description.iter().all(|t| t.word && !t.cap))
    .then_some(lower - n..end)
}

/// The subject opening `r`, a phrase that runs on through a verb phrase (`Bộ Y tế đề nghị …
/// và`, `Bà Mỳ quệt ngang dòng nước mắt … rồi`): a named subject or one opened by a head
/// ([`subject`]), or a pronoun when a lower-case word follows it (`Họ chỉ cười rồi`).
pub(crate) fn subject_of_verb_phrase(
    w: &Words,
    tokens: &[Token],
    r: Range<usize>,
) -> Option<Range<usize>> {
    if let Some(sp) = subject(w, tokens, r.start, r.end) {
        return Some(sp);
    }
    let n = [WordRole::PersonPronoun, WordRole::GroupPronoun]
        .iter()
        .find_map(|&role| w.at(role, tokens, r.start))?;
    let k = r.start + n;
    (k < r.end && tokens[k].word && !tokens[k].cap).then_some(r.start..k)
}

/// `Anh Trung Hiếu, sống tại Hai Bà Trưng, Hà Nội chia sẻ`, `chủ tiệm vàng 157 Hàng Bạc, Hà
/// Nội cho hay`, `Công an quận Hai Bà Trưng, Hà Nội cho biết`, `… ở Boston, Mỹ nói`: the part
/// `r` after a comma is a bare place (a party's alias or a `place_name`), and the part before
/// the comma closes on a place (a place word, an administrative unit or a house number, then
/// capitalised words): the place continues that address; it is not who speaks. Gives where the
/// address starts (its place word or number).
fn address_tail(w: &Words, tokens: &[Token], r: Range<usize>, lower: usize) -> Option<usize> {
    let place =
        w.is_party(&tokens[r.clone()]) || w.spells(WordRole::PlaceName, tokens, r.start, r.end);
    if !place || r.start < lower + 2 {
        return None;
    }
    let comma = r.start - 1;
    let mut k = comma;
    while k > lower && tokens[k - 1].word && tokens[k - 1].cap {
        k -= 1;
    }
    if k == comma || k <= lower {
        return None;
    }
    let number = |t: &Token| t.word && t.lower.bytes().all(|b| b.is_ascii_digit());
    if number(&tokens[k - 1]) {
        return Some(k - 1);
    }
    [WordRole::Qualifier, WordRole::Locative]
        .iter()
        .find_map(|&role| w.before(role, tokens, k))
        .map(|n| k - n)
}

/// True when token `k` stands inside a place name that an administrative unit opens (`quận Hai
/// Bà Trưng`, `Quận Hai Bà Trưng`): capitalised words from the unit up to `k`, none before
/// `lower`. Only a unit: after a preposition (`ở North Carolina Ông Trump`, a caption glued to
/// the text) a form of address still opens a speaker.
fn in_place_name(w: &Words, tokens: &[Token], lower: usize, k: usize) -> bool {
    let unit_before = |j: usize| {
        w.before(WordRole::Qualifier, tokens, j)
            .is_some_and(|n| j - n >= lower)
    };
    let mut j = k;
    while j > lower && tokens[j - 1].word {
        // `Quận Hai Bà Trưng`: the unit may be capitalised too.
        if unit_before(j) {
            return true;
        }
        if !tokens[j - 1].cap {
            return false;
        }
        j -= 1;
    }
    false
}

/// `Tư vấn khách mua đủ thứ Chị Phạm Thùy Liên …`, `Phẫu thuật hóc dị vật đường thở Bác sĩ Lê
/// Mạnh Hoàng …`: a caption or subheading run into the text with no stop, ending in two
/// lower-case words (not a title's, `Quốc vương Sheikh Tamim`), then a capitalised honorific
/// (`Chị`, `Bác sĩ`; not one that spells a party, `Anh`) and a capitalised name before `end`:
/// the person starts at the honorific.
fn glued_person(w: &Words, tokens: &[Token], k: usize, end: usize) -> bool {
    let lower_word = |t: &Token| t.word && !t.cap;
    let honorific = w.address_len(tokens, k).or_else(|| {
        w.is_any(
            &[WordRole::MaleHonorific, WordRole::FemaleHonorific],
            tokens,
            k,
        )
        .then_some(1)
    });
    k > 1
        && tokens[k].cap
        && lower_word(&tokens[k - 1])
        && lower_word(&tokens[k - 2])
        && honorific.is_some_and(|n| {
            k + n < end && tokens[k + n].word && tokens[k + n].cap && !w.is_alias(&tokens[k..k + 1])
        })
}

/// True when the phrase at `at` opens with someone who can be named: a form of address, a
/// title, a head (`Bộ`, `Công an`) or a capitalised word that is no function word (`Tại cuộc
/// họp …` names nobody).
fn opens_a_name(w: &Words, tokens: &[Token], at: usize) -> bool {
    w.opens_person(tokens, at)
        || w.heads.first_at(tokens, at).is_some()
        || tokens[at].cap && !w.is_any(&WordRole::NOT_IN_NAME, tokens, at)
}

/// Where the words from `from` start after the sentence openers leading them (`Trong khi đó`,
/// `và`, `còn`), none reaching past `limit`.
fn past_openers(w: &Words, tokens: &[Token], mut from: usize, limit: usize) -> usize {
    while from < limit {
        match w.at(WordRole::Opener, tokens, from) {
            Some(n) if from + n <= limit => from += n,
            _ => break,
        }
    }
    from
}

/// `Hôm qua Bộ Ngoại giao Nga cho biết`, `Cuối tuần trước Séc trục xuất …`: a time phrase
/// opening the phrase with no comma after it is not part of the speaker, when a capitalised
/// word or a form of address (`Sáng nay ông Hùng cho biết`) follows it. Gives where the
/// speaker starts.
fn fronted_time_end(w: &Words, tokens: &[Token], r: Range<usize>) -> usize {
    match time_phrase(w)(Toks::new(tokens, r.clone())) {
        Ok((rest, _))
            if rest.pos() < r.end
                && (tokens[rest.pos()].cap || w.is(WordRole::Address, tokens, rest.pos())) =>
        {
            rest.pos()
        }
        _ => r.start,
    }
}

/// `Ông Lê Văn Khoa, giám đốc Ban 2 cho biết`, `trung tướng Raul del Rosario, người đứng đầu
/// Bộ Chỉ huy Phía Tây … cho biết`, `Ông Nguyễn Văn Nam - Chủ tịch UBND tỉnh … cho biết`: a role
/// phrase after a comma or a dash describes the person named before it, who is the speaker
/// (the phrase keeps both; attribution names the person). Up to three parts may stand between
/// the name and the cue (`Bác sĩ Trần Văn Tư, Trưởng khoa Nhiễm - Thần kinh, Bệnh viện Chợ
/// Rẫy cho biết`), the first after the name a role, each later one a role or a capitalised name.
fn name_before_role(w: &Words, tokens: &[Token], r: Range<usize>, lower: usize) -> Range<usize> {
    const PARTS: usize = 3;
    // `một bác sĩ sản và phụ khoa …`: a quantifier may stand before the role's head.
    let opens_with_role = |k: usize| {
        let head = w.at(WordRole::Quantifier, tokens, k).map_or(k, |n| k + n);
        w.heads.first_at(tokens, head).is_some()
    };
    let mut part = r.start;
    let mut found = None;
    for _ in 0..PARTS {
        // `Chị Lương Thị Phương, mẹ Việt Hoàng, cho hay`: a described name after the comma
        // describes the person before it too.
        let described_part = part == r.start && described_name(w, tokens, r.clone());
        if part < lower + 2 || !(opens_with_role(part) || tokens[part].cap || described_part) {
            break;
        }
        let sep = &tokens[part - 1];
        if !(sep.is(',') || sep.is_dash()) {
            break;
        }
        let comma = part - 1;
        let s = past_openers(w, tokens, clause_start(w, tokens, comma, lower), comma);
        // A person: a form of address or a title, then a name (its last word a capital).
        let titled_person = w.opens_person(tokens, s)
            && comma > s + 1
            && tokens[comma - 1].cap
            && comma - s <= 8
            && looks_like_speaker(w, tokens, s..comma);
        // `Abdullah Ayasun, đồng nghiệp của ông cũng viết …`: a bare name of two to four
        // capitalised words (no known party: `Hà Nội, …` is a place) before a lower-case role,
        // not before a person of their own (`Trả lời Đất Việt, ông …`).
        let bare_name = (2..=4).contains(&(comma - s))
            && tokens[s..comma].iter().all(|t| t.word && t.cap)
            && !(s..comma).any(|k| w.is_any(&WordRole::NOT_IN_NAME, tokens, k))
            && !w.is_alias(&tokens[s..comma])
            && !tokens[part].cap
            && !w.is(WordRole::Address, tokens, part);
        let person = titled_person || bare_name;
        // After a form of address and a name, any capitalised part is the person's description
        // (`Ông Nguyễn Văn An - Tổng cục trưởng Tổng cục TDTT cho biết`).
        let described = sep.is_dash()
            && addressed_name_before(w, tokens, comma, lower) == Some(s)
            && !dated(tokens, part..r.end);
        if person && (opens_with_role(part) || described || described_part) {
            // `Trưởng khoa Nhiễm, Bệnh viện …` reads as a title and a name too; a form of
            // address further back (`Ông Trần Văn Tư, Trưởng khoa Nhiễm, …`) names the person.
            found = Some(s);
            if w.is(WordRole::Address, tokens, s) || w.titles.first_at(tokens, s).is_none() {
                break;
            }
        }
        if s >= comma {
            break;
        }
        part = s;
    }
    found.map_or(r.clone(), |s| s..r.end)
}

/// [`before`] with no earlier cue.
pub(crate) fn before_from(
    w: &Words,
    tokens: &[Token],
    cue: usize,
    lower: usize,
) -> Option<Range<usize>> {
    before(w, tokens, cue, Reach::from(lower))
}

/// Whether the ampersand at `k` stands between a word (from `lower` on) and a capitalised
/// word (before `end`).
fn ampersand_joins(tokens: &[Token], k: usize, lower: usize, end: usize) -> bool {
    k > lower && k + 1 < end && tokens[k - 1].word && tokens[k + 1].word && tokens[k + 1].cap
}

/// The first token of the clause that ends at `end`: back over words (and the periods of
/// initials), over whole parenthesised groups, never across punctuation, a quotation, another
/// cue or a clause boundary, nor below `lower`.
fn clause_start(w: &Words, tokens: &[Token], end: usize, lower: usize) -> usize {
    let mut start = end;
    let mut depth = 0usize;
    while start > lower {
        let t = &tokens[start - 1];
        if t.is(')') {
            depth += 1;
            start -= 1;
            continue;
        }
        if t.is('(') && depth > 0 {
            depth -= 1;
            start -= 1;
            continue;
        }
        if depth > 0 {
            start -= 1;
            continue;
        }
        if t.is_dash() && dash_joins_name(w, tokens, start - 1, lower, end) {
            start -= 1;
            continue;
        }
        // `Sở Nông nghiệp & Phát triển nông thôn`, `Bill & Melinda Gates`: an ampersand between
        // a word and a capitalised word joins one name.
        if t.is('&') && ampersand_joins(tokens, start - 1, lower, end) {
            start -= 1;
            continue;
        }
        // `Bộ Văn hóa, Thể thao và Du lịch`: a comma between the fields of one name.
        if t.is(',') && joins_fields(w, tokens, start - 1, lower, end) {
            start -= 1;
            continue;
        }
        if (!t.word && !t.is('.')) || t.quoted {
            break;
        }
        // Never reach back across another cue (`ông Trump bị cáo buộc tiết lộ …`).
        if let Some((cue, _)) = w.cues.first_before(tokens, start) {
            // `…", tuyên bố cho biết`: a document noun that is also a cue word, alone or with
            // a demonstrative (`Thông cáo này nói`); `Tuyên bố của Nhà Trắng nêu rõ`: the
            // document of its issuer.
            // (`Bản thông cáo nói`: the document's phrase may open a word before the cue.)
            let n = cue.len();
            let alone =
                start == end || w.at(WordRole::Demonstrative, tokens, start) == Some(end - start);
            let opens_clause = |k: usize| k == 0 || !tokens[k - 1].word;
            let phrase_from = |k: usize| {
                w.at(WordRole::GroupPronoun, tokens, k)
                    .is_some_and(|m| k + m == start || k + m == end)
            };
            let document = start >= n
                && phrase_from(start - n)
                && (alone && opens_clause(start - n) || w.is(WordRole::Owner, tokens, start))
                || start > n && alone && phrase_from(start - n - 1) && opens_clause(start - n - 1);
            // `Nguyễn Viết Tiến`: a one-word cue capitalised between two capitalised words is a
            // name's syllable (no hit either: `hits::cue`).
            let in_name = n == 1 && start < end && inside_name(tokens, start - 1);
            if !document && !in_name && !w.in_compound(tokens, start - n, start) {
                break;
            }
        }
        if w.before(WordRole::Boundary, tokens, start)
            .is_some_and(|n| start - n >= lower)
        {
            break;
        }
        start -= 1;
    }
    start
}

/// `Bộ Văn hóa, Thể thao và Du lịch`, `Ủy ban Khoa học, Công nghệ và Môi trường`, `Cục Xuất
/// bản, In và Phát hành`: the separator at `k` (a comma or a list joiner) joins the fields of
/// one institution's name. A field is written as a sentence, its first word alone capitalised
/// (`Thể thao`, `Du lịch`), unlike a name (`Hà Nội`, `Nguyễn Thái Bình`); it opens with no head,
/// title, party or quantifier (`Bộ Tài chính, Ngân hàng Nhà nước …`: `Nhà nước` ends no field;
/// `Chính phủ, Quốc hội và …`: `Chính phủ` is a body of its own). A comma joins when the field
/// before it follows the institution's head (or a capitalised word, or another joining comma)
/// and fields separated by commas follow it up to a list joiner and a last field; the list
/// joiner joins inside such a list only. `Sở Thông tin và Truyền thông`, with no comma, is one
/// name by [`split_group`]'s own test.
fn joins_fields(w: &Words, tokens: &[Token], k: usize, lower: usize, end: usize) -> bool {
    joins_fields_within(w, tokens, k, lower, end, MAX_FIELDS)
}

/// The most fields one institution's name lists (`Ủy ban Văn hóa, Giáo dục, Thanh niên, Thiếu
/// niên và Nhi đồng`: five); it bounds the work on a long run of commas.
const MAX_FIELDS: usize = 8;

/// The most lower-case words of one field (`Phát triển nông thôn`: two after its capital).
const FIELD_LOWER_WORDS: usize = 2;

/// [`joins_fields`], looking back over at most `fields` more fields.
fn joins_fields_within(
    w: &Words,
    tokens: &[Token],
    k: usize,
    lower: usize,
    end: usize,
    fields: usize,
) -> bool {
    let Some(f) = field_before(w, tokens, k, lower).filter(|_| fields > 0) else {
        return false;
    };
    let after_comma = |f: usize| {
        tokens[f - 1].is(',') && joins_fields_within(w, tokens, f - 1, lower, end, fields - 1)
    };
    if tokens[k].is(',') {
        let after_head = f > lower
            && (tokens[f - 1].word && tokens[f - 1].cap && !tokens[f - 1].quoted
                || w.heads
                    .first_before(tokens, f)
                    .is_some_and(|(h, _)| f - h.len() >= lower)
                || after_comma(f));
        after_head && fields_to_joiner(w, tokens, k + 1, end)
    } else {
        w.is(WordRole::ListJoiner, tokens, k) && f > lower && after_comma(f)
    }
}

/// Where the field ending just before `sep` starts ([`joins_fields`]): a capitalised word and
/// one or two lower-case words, or a capitalised word alone between two separators (`In`).
fn field_before(w: &Words, tokens: &[Token], sep: usize, lower: usize) -> Option<usize> {
    let mut f = sep;
    while f > lower && sep - f < FIELD_LOWER_WORDS && field_word(w, tokens, f - 1) {
        f -= 1;
    }
    let f = f.checked_sub(1).filter(|&f| f >= lower)?;
    let alone = f + 1 == sep && f > lower && !tokens[f - 1].word;
    (opens_field(w, tokens, f) && (f + 1 < sep || alone)).then_some(f)
}

/// Whether at most [`MAX_FIELDS`] fields separated by commas run from `from` up to a list
/// joiner and a last field ([`joins_fields`]), all before `end`.
fn fields_to_joiner(w: &Words, tokens: &[Token], from: usize, end: usize) -> bool {
    let mut k = from;
    for _ in 0..MAX_FIELDS {
        let Some(e) = field_after(w, tokens, k, end) else {
            return false;
        };
        if e < end && w.is(WordRole::ListJoiner, tokens, e) {
            return field_after(w, tokens, e + 1, end).is_some();
        }
        if e >= end || !tokens[e].is(',') {
            return false;
        }
        k = e + 1;
    }
    false
}

/// The end of the field opening at `at` ([`joins_fields`]): a capitalised word and one or two
/// lower-case words, or a capitalised word alone before a separator.
fn field_after(w: &Words, tokens: &[Token], at: usize, end: usize) -> Option<usize> {
    if at >= end || !opens_field(w, tokens, at) {
        return None;
    }
    let mut e = at + 1;
    while e < end && e - at <= FIELD_LOWER_WORDS && field_word(w, tokens, e) {
        e += 1;
    }
    let separator =
        |k: usize| k < end && (tokens[k].is(',') || w.is(WordRole::ListJoiner, tokens, k));
    (e > at + 1 || separator(e)).then_some(e)
}

/// How many of `tokens` lie inside brackets, the brackets included.
fn bracketed(tokens: &[Token]) -> usize {
    let mut depth = 0usize;
    tokens
        .iter()
        .filter(|t| {
            if t.is('(') {
                depth += 1;
            }
            let inside = depth > 0;
            if t.is(')') {
                depth = depth.saturating_sub(1);
            }
            inside
        })
        .count()
}

/// A lower-case word of a field (`thao` in `Thể thao`): a syllable, not a number (`Yoga 520`)
/// nor the list joiner between two fields.
fn field_word(w: &Words, tokens: &[Token], k: usize) -> bool {
    let t = &tokens[k];
    t.word && !t.cap && !t.quoted && has_vowel(&t.lower) && !w.is(WordRole::ListJoiner, tokens, k)
}

/// Whether a field may open at `at`: a capitalised word with a vowel, unquoted, where no head,
/// title, party or quantifier opens.
fn opens_field(w: &Words, tokens: &[Token], at: usize) -> bool {
    let t = &tokens[at];
    t.word
        && t.cap
        && !t.quoted
        && has_vowel(&t.lower)
        && w.heads.first_at(tokens, at).is_none()
        && !w.opens_person(tokens, at)
        && !w.is(WordRole::Quantifier, tokens, at)
        && !(at + 1..=(at + 4).min(tokens.len())).any(|e| w.is_alias(&tokens[at..e]))
}

/// `Sở Giáo dục - Đào tạo Hà Nội`, `Trưởng khoa Nhiễm - Thần kinh`, `Bộ trưởng Tài chính -
/// Magdalena Andersson`: a dash at `k` inside a name joins its two halves, when a capitalised
/// part stands before it and a capitalised word after it that opens no new phrase. A form of
/// address, a title or a head after the dash opens an apposition instead (`Ông Phan Thế Ruệ -
/// Chủ tịch Hiệp hội …`, `… Nga - ông Franz Klintsevich`), and a lower-case clause before it
/// (`… không còn - BS Khanh`) is no name.
fn dash_joins_name(w: &Words, tokens: &[Token], k: usize, lower: usize, end: usize) -> bool {
    if k <= lower || k + 1 >= end {
        return false;
    }
    let (prev, next) = (&tokens[k - 1], &tokens[k + 1]);
    let named_before = prev.cap || (k >= lower + 2 && tokens[k - 2].word && tokens[k - 2].cap);
    prev.word
        && !prev.quoted
        && named_before
        && next.word
        && next.cap
        && !next.quoted
        && !w.is(WordRole::Address, tokens, k + 1)
        && w.heads.first_at(tokens, k + 1).is_none()
        && w.cues.first_at(tokens, k + 1).is_none()
        && addressed_name_before(w, tokens, k, lower).is_none()
}

/// True when a day and month (`14/5`, `16-5`: one or two digits on both sides of a slash or
/// dash; not a span of years, `1973-1977`) stand in `r`:
/// no role description holds one (`Ảnh: Anh Tuấn - TTXVN Chiều 14/5, Chi cục Hải quan …`, a photo
/// credit run into a dateline).
fn dated(tokens: &[Token], r: Range<usize>) -> bool {
    let digits = |t: &Token| {
        let b = t.lower.as_bytes();
        t.word && (1..=2).contains(&b.len()) && b.iter().all(u8::is_ascii_digit)
    };
    let written_whole = |t: &Token| {
        let mut parts = t.lower.as_str().split(['/', '-']);
        let short = |p: Option<&str>| {
            p.is_some_and(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        };
        t.word && short(parts.next()) && short(parts.next())
    };
    r.clone().any(|k| {
        let t = &tokens[k];
        written_whole(t)
            || (t.is('/') || t.is_dash())
                && k > r.start
                && k + 1 < r.end
                && digits(&tokens[k - 1])
                && digits(&tokens[k + 1])
    })
}

/// `Ông Vương Bích Thắng - Tổng cục trưởng …`, `chị Diệu – chủ một công ty …`: a form of
/// address and a capitalised name of one to four words, opening the clause, right before the
/// separator at `sep`. A dash after such a name opens a description of the person, whatever
/// word the description starts with (a role the title list lacks, a lower-case noun). Gives the
/// first token of the name's phrase.
fn addressed_name_before(w: &Words, tokens: &[Token], sep: usize, lower: usize) -> Option<usize> {
    const NAME: usize = 4;
    // The form of address itself may be written in lower case (`…, ông Nguyễn Hữu Tuân, …`).
    let a = (sep.saturating_sub(NAME + 1).max(lower)..sep.saturating_sub(1))
        .rev()
        .take_while(|&a| tokens[a + 1].word && tokens[a + 1].cap && !tokens[a + 1].quoted)
        .find(|&a| w.addresses_one_word(tokens, a))?;
    let opens_clause = a == lower || !tokens[a - 1].word || w.is(WordRole::Opener, tokens, a - 1);
    opens_clause.then_some(a)
}

/// `Người phát ngôn …, bà Shushan Stepanyan, cho hay`: nothing between the comma and the cue,
/// so the speaker is the apposition the comma closes. `ông Marc Kasowitz, luật sư riêng của
/// Tổng thống Donald Trump, đã lên tiếng …`: a name opening the clause, then its description;
/// the name is the speaker.
fn apposition_by_comma(
    w: &Words,
    tokens: &[Token],
    end: usize,
    reach: Reach,
) -> Option<Range<usize>> {
    let lower = reach.lower;
    // `Ông Nguyễn Hữu Độ - Giám đốc Sở GD&ĐT Hà Nội - cho biết`: a dash closes the role as a
    // comma does.
    if end <= lower + 1 || !(tokens[end - 1].is(',') || tokens[end - 1].is_dash()) {
        return None;
    }
    if let Some(named) = name_then_description(w, tokens, end - 1, lower) {
        return Some(named);
    }
    let inner = before(
        w,
        tokens,
        end - 1,
        Reach {
            after_report: false,
            ..reach
        },
    )?;
    if inner.start > lower + 1 && tokens[inner.start - 1].is(',') {
        let comma = inner.start - 1;
        let mut s = comma;
        while s > lower && tokens[s - 1].word && comma - s < 6 {
            s -= 1;
        }
        let named =
            w.is(WordRole::Address, tokens, s) && tokens[s + 1..comma].iter().all(|t| t.cap);
        let clause_start = s == lower || tokens[s - 1].is_any(",;:");
        if named && clause_start && s + 1 < comma {
            return Some(s..comma);
        }
    }
    Some(inner)
}

/// `Wayde Nixon, một trong những chủ sở hữu đàn lợn, cho biết`, `Thổ Nhĩ Kỳ, quốc gia có quan
/// hệ mật thiết với Qatar, tuyên bố`: a name opening the clause, then a lower-case description
/// closed by the comma at `close`. The speaker is the whole phrase (the mention reads the name
/// and the description apart).
fn name_then_description(
    w: &Words,
    tokens: &[Token],
    close: usize,
    lower: usize,
) -> Option<Range<usize>> {
    const DESCRIPTION: usize = 32;
    const NAME: usize = 6;
    // `Ming Chi Kuo, nhà phân tích từ công ty KGI Securities, người từng …, cho biết`: up to
    // three descriptions in a row.
    const PARTS: usize = 3;
    // `Bà Vũ Thị Tân - Hiệu phó kiêm quản lý trường … - cho biết`: between dashes, the
    // description may open with a capital.
    let dashes = tokens[close].is_dash();
    let mut part_end = close;
    for _ in 0..PARTS {
        let from = part_end.saturating_sub(DESCRIPTION).max(lower);
        // Between dashes a description may hold commas (`Ông Nguyễn Văn Hạnh - chủ đại lý vé số
        // ở Long Biên, Hà Nội - cho hay`).
        let open = (from..part_end).rev().find(|&k| {
            if dashes {
                tokens[k].is_dash() || tokens[k].is_any(";:.“”\"«»")
            } else {
                tokens[k].is_any(",;:.“”\"«»")
            }
        })?;
        // A description after a comma opens in lower case, or with a title followed by more
        // description (`ông Nguyễn Hữu Tuân, Chủ tịch xã Điện Hồng, thị xã Điện Bàn (Quảng Nam),
        // cho biết`).
        let opens = if dashes {
            tokens[open].is_dash()
        } else {
            tokens[open].is(',')
                && (!tokens.get(open + 1).is_some_and(|t| t.cap)
                    || part_end < close && w.titles.first_at(tokens, open + 1).is_some())
        };
        // `…, nhân viên kinh doanh của một đại lý ôtô lớn tại Long Biên, Hà Nội, cho biết`: a
        // place of one to three capitalised words after a comma ends the description before it.
        let place = !dashes
            && !opens
            && tokens[open].is(',')
            && (1..=3).contains(&(part_end - open - 1))
            && tokens[open + 1..part_end].iter().all(|t| t.word && t.cap);
        if place {
            part_end = open;
            continue;
        }
        if !opens
            || open + 1 >= part_end
            || !tokens[open + 1].word
            || tokens[open + 1..part_end].iter().any(|t| t.quoted)
            // `GD&TĐ - Sáng 16/5, nguồn tin từ Công an huyện … - xác nhận`: a dateline, then the
            // speaker.
            || dashes && dated(tokens, open + 1..part_end)
        {
            return None;
        }
        // `Anh Đình Thụy (25 tuổi), nhân viên …`: an age or a place in brackets after the name.
        let mut name_end = open;
        if name_end > lower + 1 && tokens[name_end - 1].is(')') {
            let inner = (lower..name_end - 1)
                .rev()
                .take(6)
                .find(|&k| tokens[k].is('('));
            if let Some(k) = inner.filter(|&k| tokens[k + 1..name_end - 1].iter().all(|t| t.word)) {
                name_end = k;
            }
        }
        let mut s = name_end;
        while s > lower && tokens[s - 1].word && name_end - s < NAME {
            s -= 1;
        }
        let clause_start = s == lower || tokens[s - 1].is_any(",;:");
        let named = match &tokens[s..name_end] {
            [] => false,
            [first, rest @ ..] => {
                (first.cap || w.is(WordRole::Address, tokens, s)) && rest.iter().all(|t| t.cap)
            }
        } || dashes
            // `Trung tá Trần Văn Hiếu - Trưởng Công an quận 2 - cho biết`: a title, then a name.
            && w.titles.first_at(tokens, s).is_some()
            && tokens[name_end - 1].cap;
        if clause_start
            && named
            && !w.is(WordRole::Opener, tokens, s)
            // (`Ông`, `Bà` open sentences and name people.)
            && (w.is(WordRole::Address, tokens, s) || !w.is(WordRole::SentenceOpener, tokens, s))
            && looks_like_speaker(w, tokens, s..name_end)
        {
            return Some(s..close);
        }
        part_end = open;
    }
    None
}

/// `chính quyền ly khai Armenia, những người nói rằng …`: a relative pronoun stands for the
/// noun phrase before the comma (back to `của` or punctuation).
fn relative(w: &Words, tokens: &[Token], r: Range<usize>, lower: usize) -> Option<Range<usize>> {
    let Range { start, end } = r;
    if start < lower + 2
        || !tokens[start - 1].is(',')
        || !w.spells(WordRole::Relative, tokens, start, end)
    {
        return None;
    }
    let comma = start - 1;
    let mut s = comma;
    while s > lower && tokens[s - 1].word && !w.is(WordRole::Owner, tokens, s - 1) && comma - s < 6
    {
        s -= 1;
    }
    (s < comma && looks_like_speaker(w, tokens, s..comma)).then_some(s..comma)
}

/// `Bộ Ngoại giao Nga ngày 20/4 đã triệu tập Đại sứ … và thông báo`: an aspect word inside
/// the phrase shows a clause; its subject (before the aspect word and its gap) is the speaker.
/// Gives the end of the speaker.
fn subject_before_aspect(w: &Words, tokens: &[Token], r: Range<usize>) -> usize {
    let Range { start, end } = r;
    if let Some(p) = (start + 1..end).find(|&k| w.is(WordRole::Aspect, tokens, k)) {
        if w.is(WordRole::Conjunction, tokens, end - 1) || end - p > 1 {
            let cut = gap_start(w, tokens, start, p);
            if cut > start {
                return cut;
            }
        }
    }
    end
}

/// `Armenia, đồng minh của Nga, phủ nhận …`: a lower-case apposition between commas; the
/// speaker is the name before it, at the start of the clause.
fn name_before_apposition(
    w: &Words,
    tokens: &[Token],
    start: usize,
    reach: Reach,
) -> Option<Range<usize>> {
    let lower = reach.lower;
    if start < lower + 2 || reach.after_cue {
        return None;
    }
    // `Chị Thái - chủ một sạp cá đồng cho biết`: after a dash, only a person named with a form
    // of address is described.
    if tokens[start - 1].is_dash() {
        return addressed_name_before(w, tokens, start - 1, lower).map(|s| s..start - 1);
    }
    if !tokens[start - 1].is(',') {
        return None;
    }
    let name = before(
        w,
        tokens,
        start - 1,
        Reach {
            after_report: false,
            ..reach
        },
    )?;
    let clause_start = name.start == lower || tokens[name.start - 1].is_any(",;:");
    // `Trả lời Đất Việt, ông Nguyễn Công Phương, Phó Giám đốc Trung tâm đăng kiểm cho biết`:
    // a lower-case form of address opens a name too.
    let named = tokens[name.start].cap || w.opens_person(tokens, name.start);
    // (`Chị Bùi Thị Ngân, con gái cụ Bùi Văn Pơi, 61 tuổi cho biết`: the name may already carry
    // a description of its own.)
    let described = name.clone().any(|k| tokens[k].is(','));
    (clause_start && (name.len() <= 6 || described) && named).then_some(name)
}

/// The source a speaker phrase names after the documents that carry its words (`thông cáo của
/// Hạm đội Biển Đen` → `Hạm đội Biển Đen`): a statement speaks for whoever issued it. The
/// phrase itself when nothing follows the intros.
///
/// Only an intro that ends in an owner word (`của`, `từ`) says whose words they are: `hãng
/// thông tấn Yonhap` is an agency speaking, not a channel before its source.
pub(crate) fn issuer(w: &Words, tokens: &[Token], r: Range<usize>) -> Range<usize> {
    let owner_word = |k: usize| w.is(WordRole::Owner, tokens, k);
    let mut start = r.start;
    while let Some(n) = w.at(WordRole::SourceIntro, tokens, start) {
        if !owner_word(start + n - 1) || start + n >= r.end {
            break;
        }
        start += n;
    }
    // `thông báo mới nhất của BTC SEA Games 29`: a document noun (a group pronoun), a few
    // lower-case words, then its owner. `số liệu nghiên cứu của FactSet`, `tin tức trên báo Dân
    // trí`, `một báo cáo của LHQ`: a noun of information, its owner or where it appeared.
    if start == r.start {
        let quantified = w.at(WordRole::Quantifier, tokens, start).unwrap_or(0);
        let information = w
            .at(WordRole::Information, tokens, start + quantified)
            .map(|n| (quantified + n, true));
        let document = w
            .at(WordRole::GroupPronoun, tokens, start)
            .map(|n| (n, false));
        if let Some((n, information)) = information.or(document) {
            // `báo cáo vừa được Brand Finance công bố`: the agent of a passive is the owner too.
            let linked = |k: usize| {
                owner_word(k)
                    || (information
                        && (w.is(WordRole::Venue, tokens, k) || w.is(WordRole::Passive, tokens, k)))
            };
            let after = (start + n..r.end.min(start + n + 4))
                .take_while(|&k| tokens[k].word && !tokens[k].cap)
                .find(|&k| linked(k));
            // `Báo cáo mới nhất từ Hàn Quốc`, `một nghiên cứu mới đây từ Hà Lan`: a report or a
            // study from a country says where it came from, not who issued it; the phrase
            // speaks when its shape is a speaker's, opened by a quantifier or a speaker head
            // (`Theo số liệu từ Trung Quốc`, no such phrase, stays China's figure); `thông cáo
            // từ Đài Loan` is a document: Taiwan issued it.
            let phrase_speaks = quantified > 0 || w.heads.first_at(tokens, start).is_some();
            let origin = |k: usize| {
                information
                    && phrase_speaks
                    && w.is(WordRole::ReportSource, tokens, k)
                    && w.is_country(&tokens[k + 1..r.end])
            };
            if let Some(k) = after.filter(|&k| k + 1 < r.end && !origin(k)) {
                start = k + 1;
            }
        }
    }
    start..r.end
}

/// Does the phrase look like someone who can speak? Capitalised, or opened by a quantifier,
/// pronoun, side marker or lower-case speaker head; not too long.
pub(crate) fn looks_like_speaker(w: &Words, tokens: &[Token], r: Range<usize>) -> bool {
    let r = issuer(w, tokens, r);
    // `một quan chức Mỹ giấu tên`, `Hai vị quan chức đề nghị giấu danh tính`: words saying the
    // speaker is not named close the phrase and say nothing of its shape.
    let r = (r.end.saturating_sub(8).max(r.start + 1)..r.end)
        .find(|&k| w.at(WordRole::Anonymity, tokens, k) == Some(r.end - k))
        .map_or(r.clone(), |k| r.start..k);
    // At most 16 tokens, not counting a parenthetical's (`Cục Xuất bản, In và Phát hành (Bộ
    // Thông tin và Truyền thông) Chu Văn Hòa`).
    if r.is_empty() || r.len() - bracketed(&tokens[r.clone()]) > 16 {
        return false;
    }
    // `người phát ngôn Bộ Ngoại giao nước này`: a party pronoun closing the phrase points back
    // to a country or a body named before; the words before it give the phrase's shape.
    if let Some(n) = w
        .before(WordRole::PartyPronoun, tokens, r.end)
        .filter(|&n| n < r.len())
    {
        return looks_like_speaker(w, tokens, r.start..r.end - n);
    }
    // `Anh Nguyễn Văn Nam (30 tuổi)`, `chị Thân (ở xã Hải Đường)`: a parenthetical closing a
    // person's name (a form of address or a title, then capitalised words) says something of
    // them (an age, a home, an employer), whatever its words.
    if tokens[r.end - 1].is(')') {
        if let Some(open) = (r.start + 1..r.end - 1).rev().find(|&k| tokens[k].is('(')) {
            let named = w.opens_person(tokens, r.start)
                && tokens[r.start + 1..open].iter().all(|t| t.cap || !t.word);
            if named && open > r.start + 1 {
                return true;
            }
        }
    }
    let seg = &tokens[r.clone()];
    let first = &seg[0];
    // `Tại Hội nghị Di động Thế giới …`, `Qua một trang Instagram`, `Ở Hồng Kông`: a fronted
    // adverbial opening the sentence says where or through what, not who.
    if tokens[r.start].cap
        && w.at(WordRole::FrontedPreposition, tokens, r.start)
            .is_some()
    {
        return false;
    }
    // `Chưa kể, …`: a negator alone is no one.
    if w.at(WordRole::Negator, tokens, r.start) == Some(r.len()) {
        return false;
    }
    // `Phải khẳng định rằng …`, `Xin lưu ý …`: a word that opens sentences is no one alone
    // (unless it spells a party).
    if r.len() == 1
        && w.is(WordRole::NotSpeaker, tokens, r.start)
        && !w.is_alias(&tokens[r.clone()])
    {
        return false;
    }
    // `những gì báo chí viết`, `điều ông nói`: what was said, not who said it.
    if w.at(WordRole::SaidThing, tokens, r.start).is_some() {
        return false;
    }
    if !first.word || seg.iter().any(|t| t.quoted || t.is_any("“”\"")) {
        return false;
    }
    // `vài giờ`, `Những lần`, `nhiều tháng`: a quantity of time is no one.
    if let Some(n) = w.at(WordRole::Quantifier, tokens, r.start) {
        if w.at(WordRole::Measure, tokens, r.start + n).is_some() {
            return false;
        }
    }
    let pronoun_roles = [
        WordRole::PersonPronoun,
        WordRole::PartyPronoun,
        WordRole::GroupPronoun,
        WordRole::BothSides,
    ];
    // `cặp đôi`, `Vợ chồng Harry`, `vợ chồng anh`, `Vợ chồng ông Trần Hữu Vân`: a couple alone,
    // or before a name, an honorific or both.
    if let Some(n) = w.at_within(WordRole::Couple, tokens, r.start, r.end) {
        // The honorific must lie inside the phrase (`cặp đôi` right before a sentence's `ông`
        // is the couple alone).
        let honorific = n < r.len()
            && w.is_any(
                &[WordRole::MaleHonorific, WordRole::FemaleHonorific],
                tokens,
                r.start + n,
            );
        let name_from = r.start + n + usize::from(honorific);
        return tokens[name_from..r.end].iter().all(|t| t.cap || !t.word);
    }
    // A pronoun is a whole speaker (`Ông`, `nước này`, `Hai bên`) or opens a name (`ông Peskov`).
    for role in pronoun_roles {
        if let Some(n) = w.at_within(role, tokens, r.start, r.end) {
            // `ông Sadique ul-Farooq`: a lower-case particle inside the name, before a capital.
            return n == r.len()
                || seg[n..].iter().enumerate().all(|(j, t)| {
                    t.cap
                        || !t.word
                        || (name_particle(w, t)
                            && (t.lower.contains('-') || seg.get(n + j + 1).is_some_and(|n| n.cap)))
                });
        }
    }
    let opens = |at: usize| {
        w.heads.first_at(tokens, at).is_some()
            || [WordRole::Quantifier, WordRole::SideMarker]
                .iter()
                .any(|role| w.at(*role, tokens, at).is_some())
    };
    // `Ahmad al-Rashid`: a particle glued to a capitalised name part is a name word too.
    let inner_caps = seg
        .iter()
        .skip(1)
        .any(|t| t.cap || (t.lower.contains('-') && name_particle(w, t)));
    // `điện Kremlin`, `nước Nga`: an alias of an entity written with a lower-case first word.
    if !first.cap
        && !opens(r.start)
        && (!inner_caps || !w.is_alias(seg))
        && !described_name(w, tokens, r.clone())
    {
        return false;
    }
    if first.cap && !inner_caps && seg.len() > 1 {
        // `Các chuyên gia` is a speaker; a capitalised sentence opener such as
        // `Dù được đánh giá là một tiếng` is not.
        return opens(r.start);
    }
    // A name followed by two or more lower-case words is a clause, not a noun phrase
    // (`Spicer xuất hiện ở hành lang`).
    if let Some(last_cap) = seg.iter().rposition(|t| t.cap) {
        let trailing = seg[last_cap + 1..].iter().filter(|t| t.word).count();
        if last_cap > 0 && trailing >= 2 {
            return false;
        }
        if trailing >= 4 {
            return false;
        }
    }
    true
}

/// `ca sĩ Đàm Vĩnh Hưng`, `tiền vệ Duy Mạnh`, `nhà thơ Nguyễn Quang Thiều`, `đồng chí Nguyễn
/// Văn Bình`: a lower-case noun of one to three words saying what the person is, then their
/// capitalised name, the way news introduces anyone (no list of occupations could hold them
/// all). The description's words are plain words: none is a function word of the grammar (a
/// preposition, an adverb, a time word, a conjunction: `mới đây Apple`, `với Samsung`) or the
/// start of a cue.
fn described_name(w: &Words, tokens: &[Token], r: Range<usize>) -> bool {
    const DESCRIPTION: usize = 3;
    const NAME: usize = 5;
    // Roles whose words are nouns that may describe a person; and family names, which are
    // read only capitalised (`võ sư Flores`, `nghi phạm Tuấn`, `triệu phú Batista`).
    const NOUNS: [WordRole; 12] = [
        WordRole::SpeakerHead,
        WordRole::LeaderEpithet,
        WordRole::HeadTitle,
        WordRole::MaleHonorific,
        WordRole::FemaleHonorific,
        WordRole::FemaleMarker,
        WordRole::Former,
        WordRole::SideHead,
        WordRole::Staff,
        WordRole::Spouse,
        WordRole::Surname,
        // `thư ký Nhà Trắng Sean Spicer`: `thư` (a letter) is a noun.
        WordRole::WrittenThing,
    ];
    let Some(p) = (r.start..r.end).find(|&k| tokens[k].cap) else {
        return false;
    };
    let plain = |k: usize| {
        let t = &tokens[k];
        t.word
            && !t.cap
            && !w.may_start_hit(t)
            && WordRole::ALL
                .iter()
                .all(|&(_, role)| NOUNS.contains(&role) || w.at(role, tokens, k).is_none())
    };
    // The description opens the clause (or follows `Theo`, `khi`): a phrase cut out of a longer
    // one (`viên Paul Merson` of `bình luận viên Paul Merson`, `thuộc PC67`) is no description.
    let opens_clause = r.start == 0
        || !tokens[r.start - 1].word
        || [WordRole::Opener, WordRole::SourcePrefix, WordRole::Boundary]
            .iter()
            .any(|&role| w.before(role, tokens, r.start).is_some());
    // `tay golf người Mỹ Tiger Woods`: the description may end with where the person comes from
    // when a name of two words or more follows the place (`tiền vệ xứ Tuyên`, `cầu thủ người
    // Serbia` name no one: after a quotation such an epithet stands for the speaker named
    // before, and the grammar leaves it).
    let place = (p > r.start && w.is(WordRole::Origin, tokens, p - 1)).then(|| {
        (1..=3)
            .rev()
            .find(|&n| w.is_alias(&tokens[p..(p + n).min(r.end)]))
            .unwrap_or(1)
    });
    let described = match place {
        None => (1..=DESCRIPTION).contains(&(p - r.start)) && (r.start..p).all(plain),
        Some(n) => {
            (2..=DESCRIPTION + 1).contains(&(p - r.start))
                && (r.start..p - 1).all(plain)
                && r.end >= p + n + 2
        }
    };
    // A name's words are words of letters (`sử dụng xăng E5`, `gen Z` name no one).
    let name_word = |t: &Token| {
        t.word
            && t.cap
            && t.lower.chars().count() > 1
            && !t.lower.chars().any(|c| c.is_ascii_digit())
    };
    // A listed country or body after an unknown noun is no person (`luật Hàn Quốc`, `nơi Trung
    // Quốc`, `sao Nga`): heads that make such phrases speak are listed (`quân đội Mỹ`).
    opens_clause
        && described
        && (1..=NAME).contains(&(r.end - p))
        && tokens[p..r.end].iter().all(name_word)
        && !w.is_alias(&tokens[p..r.end])
}

/// `ul` in `Sadique ul-Farooq`, `al` in `Bashar al-Assad`: a lower-case particle inside a
/// foreign name (`name_particle` in `rules/grammar.txt`), also before a hyphen.
pub(crate) fn name_particle(w: &Words, t: &Token) -> bool {
    let word = t.lower.split('-').next().unwrap_or(&t.lower);
    w.lists(WordRole::NameParticle, word)
}

/// `Thạc sĩ Nguyễn Việt Hoa, Trưởng khoa nhi, bệnh viện Hữu nghị Việt Đức cho biết`, `Bà Lê Thị
/// B, Phó chủ tịch UBND huyện, Trưởng ban chỉ đạo cho biết`: a person's name, then one to
/// three parts after commas describing them (a role first, then its institution or a second
/// role; `Ông Nguyễn Nhật Tiến, chuyên viên tư vấn đầu tư, Team Phân tích …, VnDirect
/// Securities TP.HCM cho rằng`),
/// with no comma before the cue: the person speaks, the parts with them (the speaker is not the
/// last part). `r` is that last part; gives the whole phrase.
fn described_person(
    w: &Words,
    tokens: &[Token],
    r: Range<usize>,
    lower: usize,
) -> Option<Range<usize>> {
    /// The most words of one part.
    const MAX_PART: usize = 12;
    /// The most words of the person's part (`Thạc sĩ Nguyễn Việt Hoa`).
    const MAX_NAME: usize = 7;
    /// The most parts between the person and the cue.
    const PARTS: usize = 3;
    let mut start = r.start;
    // The phrase of a person named by a title (`Thiếu tướng Ngô Tuấn Nghĩa`), once found.
    let mut titled_found = None;
    for _ in 0..PARTS {
        // (`Ông Nguyễn Văn Tư, Giám đốc Sở Y tế, ông Lê Văn Năm`: a part that addresses
        // someone is another person.)
        if start < lower + 2 || !tokens[start - 1].is(',') || w.addresses(tokens, start) {
            return titled_found;
        }
        let comma = start - 1;
        let mut s = comma;
        while s > lower && tokens[s - 1].word && !tokens[s - 1].quoted && comma - s < MAX_PART {
            s -= 1;
        }
        s = past_openers(w, tokens, s, comma);
        // `GS.TS Nguyễn Anh Trí`: honorifics joined by stops.
        while s >= lower + 2 && tokens[s - 1].is('.') && w.addresses(tokens, s - 2) {
            s -= 2;
        }
        // The person: a form of address or an honorific, then a name, opening the clause.
        let at_clause_start = s == lower || (!tokens[s - 1].word && !tokens[s - 1].is('.'));
        let named = w.addresses(tokens, s)
            && comma - s <= MAX_NAME
            && (s + 1..comma).any(|k| tokens[k].cap)
            && tokens[comma - 1].cap;
        // (After a dash the title and its words describe someone named before it: `Bác sĩ
        // Nguyễn Văn Đẩu - Trưởng khoa Răng Hàm Mặt, Bệnh viện Nhi Đồng 1`.)
        let after_dash = s > lower && tokens[s - 1].is_dash();
        let titled = !(named || after_dash) && titled_name(w, tokens, s, comma);
        if s < comma && at_clause_start && (named || titled) {
            let role = comma + 1;
            let describes = w.titles.first_at(tokens, role).is_some()
                || w.heads.first_at(tokens, role).is_some()
                || unnamed_description(w, tokens, role..part_end(tokens, role, r.end));
            // (`Ông X, Phó chủ nhiệm Ủy ban … nêu thực tế, nhiều người …`: a part that holds a
            // cue is a clause of its own.)
            let clause = (comma + 1..r.start).any(|k| w.cues.first_at(tokens, k).is_some());
            let found = (describes && !clause).then_some(s..r.end);
            // A title and a name may be an office (`Vụ trưởng Vụ BHYT, Bộ Y tế`) that a person
            // addressed further back holds: look on for them.
            if named {
                return found.or(titled_found);
            }
            titled_found = titled_found.or(found);
        }
        start = s;
    }
    titled_found
}

/// `Ông Dương Đức Thủy`, `Thiếu tướng Ngô Tuấn Nghĩa`: a form of address or an honorific and a
/// name of capitalised words, or [`titled_name`], from `s` to `comma`.
pub(crate) fn named_in_full(w: &Words, tokens: &[Token], s: usize, comma: usize) -> bool {
    const NAME: usize = 5;
    let addressed = w.address_len(tokens, s).is_some_and(|n| {
        (1..=NAME).contains(&comma.saturating_sub(s + n))
            && tokens[s + n..comma]
                .iter()
                .all(|t| t.word && t.cap && !t.quoted)
    });
    addressed || titled_name(w, tokens, s, comma)
}

/// `Thiếu tướng Ngô Tuấn Nghĩa`, `Đại úy Trần Quang Trinh`: a role title, then a name of one to
/// five capitalised words and nothing else, from `s` to `comma`. An office is no name: `Giám
/// đốc Sở Y tế` has words in lower case, `Chủ tịch HĐTV` an abbreviation (a word with no
/// vowel), `Phó vụ trưởng Vụ BHXH` a body's head word, `Đại sứ Nhật Bản` a party.
fn titled_name(w: &Words, tokens: &[Token], s: usize, comma: usize) -> bool {
    const NAME: usize = 5;
    let Some((title, ())) = w.titles.first_at(tokens, s) else {
        return false;
    };
    let name = s + title.len()..comma;
    let name_word = |k: usize| {
        let t = &tokens[k];
        t.word
            && t.cap
            && !t.quoted
            && has_vowel(&t.lower)
            && !t.lower.chars().any(|c| c.is_ascii_digit())
            && w.heads.first_at(tokens, k).is_none()
    };
    (1..=NAME).contains(&name.len())
        && name.clone().all(name_word)
        && !name
            .clone()
            .any(|k| (k + 1..=name.end).any(|e| w.is_alias(&tokens[k..e])))
}

/// The end of the part that opens at `from`: the next comma, or `end`.
fn part_end(tokens: &[Token], from: usize, end: usize) -> usize {
    (from..end).find(|&k| tokens[k].is(',')).unwrap_or(end)
}

/// `Ông Đinh Đình Phú, một chủ trâu phường Ngọc Xuyên cho biết`, `Ông Dương Đức Thủy, Trưởng bộ
/// môn điền kinh Tổng cục TDTT cho biết`, `Bà Lương Thị Ngân, Việt kiều ở thủ đô Vientiane cho
/// biết`: after a person named in full, the part `part` (up to the cue or the next comma) says
/// who they are, whatever word it opens with (no list of roles holds every job and place a
/// person can be introduced by), unless it is someone or something that speaks by itself: a
/// person addressed or titled and named (`Ông X, bà Y cho biết`, two people), a listed party
/// (`Ông Trump, Nhà Trắng cho biết, …`), or a phrase holding a name of its own after a form of
/// address. The part must be words, none quoted.
fn unnamed_description(w: &Words, tokens: &[Token], part: Range<usize>) -> bool {
    const ALIAS: usize = 4;
    let first = part.start;
    let words = !part.is_empty() && tokens[part.clone()].iter().all(|t| t.word && !t.quoted);
    let addressed = part
        .clone()
        .any(|k| w.addresses_one_word(tokens, k) && tokens.get(k + 1).is_some_and(|t| t.cap));
    let titled = titled_name(w, tokens, first, part.end);
    let party = (1..=ALIAS.min(part.len())).any(|n| w.is_alias(&tokens[first..first + n]));
    words && !addressed && !titled && !party
}

/// `Phát ngôn viên Điện Kremlin, ông Dmitry Peskov`, `Đại sứ … - ông Edmon Marukyan`: a title
/// phrase before a comma or dash belongs to the speaker.
fn extend_apposition(w: &Words, tokens: &[Token], r: Range<usize>, lower: usize) -> Range<usize> {
    if r.start < lower + 2 {
        return r;
    }
    let sep = &tokens[r.start - 1];
    if !(sep.is(',') || sep.is('-') || sep.is('–')) || !w.is(WordRole::Address, tokens, r.start) {
        return r;
    }
    let mut s = r.start - 1;
    while s > lower && tokens[s - 1].word && !tokens[s - 1].quoted {
        s -= 1;
    }
    let s = past_openers(w, tokens, s, r.start - 1);
    // Only a title phrase is an apposition (`Phát ngôn viên Điện Kremlin, ông …`); a place
    // before the comma is not (`… tại Hamburg, Đức, bà Haley nói`).
    let titled = w.titles.first_at(tokens, s).is_some() || w.heads.first_at(tokens, s).is_some();
    if s < r.start - 1 && titled && looks_like_speaker(w, tokens, s..r.start - 1) {
        s..r.end
    } else {
        r
    }
}

/// `Nga, Pháp, Mỹ và Liên minh châu Âu (EU)`: earlier list members separated by commas.
fn extend_group(w: &Words, tokens: &[Token], r: Range<usize>, lower: usize) -> Range<usize> {
    if !tokens[r.start].cap {
        return r;
    }
    let mut start = r.start;
    while start >= lower + 2 && tokens[start - 1].is(',') {
        // The member before the comma: at most four capitalised words starting the clause.
        let comma = start - 1;
        let mut s = comma;
        while s > lower && tokens[s - 1].word && tokens[s - 1].cap && comma - (s - 1) <= 4 {
            s -= 1;
        }
        // The member starts the clause, or follows a list opener (`Các nước gồm Mỹ, …`).
        let opener = w
            .before(WordRole::Opener, tokens, s)
            .filter(|&n| s - n >= lower);
        let at_clause_start = s == lower || tokens[s - 1].is(',') || opener.is_some();
        // Only known parties make a list (`Nga, Pháp, Mỹ`), not a fronted phrase (`Khác Trump,`).
        if s == comma || !w.is_alias(&tokens[s..comma]) {
            break;
        }
        if !at_clause_start {
            // `các quan chức quốc phòng của Mỹ, Nhật Bản và Australia`: the list is what a group
            // head starting the clause belongs to; the head joins the first member. Only a list
            // of parties: after `Một quan chức khác của Indonesia,` a name is an apposition.
            let rest_parties = tokens[comma + 1..r.end]
                .split(|t| t.is(',') || w.lists(WordRole::ListJoiner, &t.lower))
                .all(|part| !part.is_empty() && w.is_party(part));
            if rest_parties {
                if let Some(head) = owning_head(w, tokens, s, lower) {
                    start = head;
                }
            }
            break;
        }
        start = s;
        if opener.is_some() {
            break;
        }
    }
    start..r.end
}

/// `các quan chức quốc phòng của Mỹ, …`: where a group or speaker head (after a quantifier or
/// not) opens the clause and owns the list member at `member` through `của`, with at most six
/// lower-case words between.
fn owning_head(w: &Words, tokens: &[Token], member: usize, lower: usize) -> Option<usize> {
    const MAX_HEAD_WORDS: usize = 6;
    let owner = member.checked_sub(1).filter(|&o| o > lower)?;
    if !w.is(WordRole::Owner, tokens, owner) {
        return None;
    }
    // Back over the head's lower-case words.
    let mut cs = owner;
    while cs > lower && tokens[cs - 1].word && !tokens[cs - 1].cap {
        if owner - cs > MAX_HEAD_WORDS {
            return None;
        }
        cs -= 1;
    }
    // The clause opens here: the sentence's start, a comma, or a capitalised quantifier.
    let head_from = if cs > lower && tokens[cs - 1].cap && tokens[cs - 1].word {
        cs - 1
    } else {
        cs
    };
    let opens = head_from == lower || tokens[head_from - 1].is(',');
    let after_quantifier = w
        .at(WordRole::Quantifier, tokens, head_from)
        .map_or(head_from, |n| head_from + n);
    (opens && after_quantifier < owner && w.heads.first_at(tokens, after_quantifier).is_some())
        .then_some(head_from)
}

/// Splits a speaker phrase into list members at `,` and list joiners (`và`, `cùng`): `EU,
/// Pháp và Đức` gives three speakers, `Các chuyên gia và nhà ngoại giao` two. A phrase whose
/// members would not all be short noun phrases is one speaker.
pub(crate) fn split_group(w: &Words, tokens: &[Token], r: Range<usize>) -> Vec<Range<usize>> {
    let r = issuer(w, tokens, r);
    let mut members = Vec::new();
    let mut start = r.start;
    let mut depth = 0i32;
    let mut commas = 0;
    for k in r.clone() {
        let t = &tokens[k];
        if t.is('(') {
            depth += 1;
        } else if t.is(')') {
            depth -= 1;
        }
        if depth == 0
            && (t.is(',') || w.is(WordRole::ListJoiner, tokens, k))
            && !joins_fields(w, tokens, k, r.start, r.end)
        {
            commas += usize::from(t.is(','));
            members.push(start..k);
            start = k + 1;
        }
    }
    members.push(start..r.end);
    let short = members.iter().all(|m| {
        !m.is_empty()
            && tokens[m.clone()].iter().filter(|t| t.word).count() <= 6
            && tokens[m.start].word
    });
    let names = members.iter().all(|m| tokens[m.start].cap);
    // `Các nhóm vận động nhân quyền và công lý cho Myanmar`: a later member that opens with no
    // name, group word or head (`công lý`) is a noun joined inside the first member's phrase;
    // a kinship word before a name (`vợ Meghan`) opens a member.
    let members_speak = members[1..].iter().all(|m| {
        m.is_empty()
            || tokens[m.start].cap
            || tokens
                .get(m.start + 1)
                .is_some_and(|t| t.cap && m.len() > 1)
            || w.heads.first_at(tokens, m.start).is_some()
            || w.is(WordRole::Quantifier, tokens, m.start)
    });
    // A role title alone names nobody: `Bộ trưởng Ngoại giao và Nội vụ Séc Jan Hamacek` is one
    // minister, not two speakers.
    let bare_title = members.iter().any(|m| {
        w.titles
            .all_at(tokens, m.start)
            .any(|(words, _)| words.len() == m.len())
    });
    // `Ông Lê Văn Khoa, Giám đốc Ban 2`: a person and the role that describes them is one
    // speaker; so is `Bác sĩ Trần Văn Tư, Trưởng khoa Nhiễm - Thần kinh, Bệnh viện Chợ Rẫy`, a
    // role and its institution after the name, or `Bà Lê Thị Bình, Phó chủ tịch UBND huyện,
    // Trưởng ban chỉ đạo`, two roles (no later part opening another person by a form of address).
    // The parts are cut at commas only (`GS.TS X, Viện trưởng Viện Huyết học và Truyền máu TW`:
    // the `và` is inside the institute's name).
    let parts: Vec<usize> = std::iter::once(r.start)
        .chain(
            members
                .iter()
                .map(|m| m.start)
                .filter(|&k| k > r.start && tokens[k - 1].is(',')),
        )
        .collect();
    let described = (2..=3).contains(&parts.len())
        && w.opens_person(tokens, parts[0])
        && (w.heads.first_at(tokens, parts[1]).is_some()
            || w.titles.first_at(tokens, parts[1]).is_some()
            || named_in_full(w, tokens, parts[0], parts[1] - 1)
                && unnamed_description(w, tokens, parts[1]..part_end(tokens, parts[1], r.end)))
        && parts[2..].iter().all(|&k| !w.addresses(tokens, k))
        // (`đại diện của Mỹ, Anh và Pháp`: parties after the comma are members.)
        && !members[1..]
            .iter()
            .all(|m| !m.is_empty() && w.is_party(&tokens[m.clone()]));
    // `Sở Thông tin và Truyền thông`: an institution's name joined by `và` is one name; not
    // when both parts open with a title (`Tổng thống Nga Vladimir Putin và Thủ tướng Đức Angela
    // Merkel`: two people; `Hội nghị Bộ trưởng Tài chính và Thống đốc Ngân hàng G20` is one).
    let titled = |m: &Range<usize>| w.titles.first_at(tokens, m.start).is_some();
    let one_institution = commas == 0
        && members.len() == 2
        && !(titled(&members[0]) && titled(&members[1]))
        && members[0]
            .clone()
            .any(|k| tokens[k].cap && w.heads.first_at(tokens, k).is_some())
        && tokens[members[1].start].cap
        && !w.is_alias(&tokens[members[1].clone()]);
    // `Westley – người cao khoảng 1m57 và nặng 246kg`: after a dash, a description of the one
    // speaker before it (lower-case, or a title or head), whatever `và` it holds.
    let dash_description = r.clone().any(|k| {
        tokens[k].is_dash()
            && k + 1 < r.end
            && (tokens[k + 1].word && !tokens[k + 1].cap
                || w.heads.first_at(tokens, k + 1).is_some())
    });
    // `các quan chức quốc phòng của Mỹ, Nhật Bản và Australia`: a head owning a list of
    // parties ([`owning_head`]) speaks once per party.
    let owned_list = members.len() > 1
        && members[1..]
            .iter()
            .all(|m| !m.is_empty() && w.is_party(&tokens[m.clone()]))
        && members[0].len() > 2
        && w.is(WordRole::Owner, tokens, members[0].end - 2)
        && w.is_party(&tokens[members[0].end - 1..members[0].end])
        && owning_head(w, tokens, members[0].end - 1, members[0].start) == Some(members[0].start);
    // The owning head's words are bounded by `owning_head`; the parties after it are short.
    let short = short
        || owned_list
            && members[1..]
                .iter()
                .all(|m| tokens[m.clone()].iter().filter(|t| t.word).count() <= 6);
    // `Công an huyện Yên Thành, Nghệ An`: a place ending the address before it is no member.
    let address = members[1..]
        .iter()
        .any(|m| !m.is_empty() && address_tail(w, tokens, m.clone(), r.start).is_some());
    let ok = members.len() > 1
        && short
        && !address
        && !dash_description
        && !bare_title
        && !one_institution
        && !described
        && members_speak
        && (names || commas == 0 || owned_list);
    if ok {
        members
    } else {
        vec![r]
    }
}

/// The subject of the clause that starts at `from`: the noun phrase that opens it (a head such
/// as `Bộ Ngoại giao`, then capitalised words), when it looks like someone who can speak. The
/// speaker of a cue that has none of its own in `Mỹ trục xuất …, với cáo buộc …` and
/// `Truyền hình Ukraine vừa phát phóng sự mới, trong đó cho biết …`.
pub(crate) fn subject(
    w: &Words,
    tokens: &[Token],
    from: usize,
    limit: usize,
) -> Option<Range<usize>> {
    // `Cuối tuần trước Séc trục xuất … với cáo buộc …`: after a fronted time.
    let from = fronted_time_end(w, tokens, from..limit);
    let mut k = from;
    if let Some((words, _)) = w.heads.first_at(tokens, k) {
        k += words.len();
    }
    while k < limit && tokens[k].word && (tokens[k].cap || name_particle(w, &tokens[k])) {
        k += 1;
    }
    if k == from || k >= limit || !tokens[k].word {
        return None;
    }
    // Every sentence opens with a capital: a subject is a known party, a noun phrase with a
    // head (`Bộ Ngoại giao Séc`, `ông Trump`), or a name of two capitalised words or more.
    let named = w.is_alias(&tokens[from..k])
        || w.heads.first_at(tokens, from).is_some()
        || tokens[from..k].iter().filter(|t| t.cap).count() >= 2;
    if !named {
        return None;
    }
    before_from(w, tokens, k, from).filter(|sp| sp.start == from)
}

#[cfg(test)]
mod tests {
    use crate::grammar::testing::*;

    #[test]
    fn time_phrases_are_not_part_of_the_speaker() {
        let got = found("Bộ Quốc phòng Azerbaijan hôm 3-10 cho biết phía Armenia đã bị tổn thất.");
        assert_eq!(got[0].0, "Bộ Quốc phòng Azerbaijan");
    }

    #[test]
    fn group_speakers_are_split() {
        let got = found("EU, Pháp và Đức cũng lên án hành động quân sự của Azerbaijan.");
        assert_eq!(got[0].0, "EU + Pháp + Đức");
    }

    /// `Sở Nông nghiệp & Phát triển nông thôn`, `Hebei Iron & Steel`: an ampersand joins the
    /// parts of one name; the speaker does not stop at it (and the person before the role
    /// speaks).
    #[test]
    fn an_ampersand_joins_one_name() {
        check_rows(
            "ampersand",
            &[
                ("baomoi:22499090", "Trao đổi với Zing.vn, ông Trần Văn Phúc, Phó giám đốc Sở Nông nghiệp & Phát triển nông thôn Bình Định, xác nhận ban đầu cơ quan chức năng tiếp nhận 18 đơn khiếu nại doanh nghiệp đóng tàu của bà con ngư dân.", &[("ông Trần Văn Phúc, Phó giám đốc Sở Nông nghiệp & Phát triển nông thôn Bình Định", "xác nhận")]),
                ("baomoi:21491437", "Thứ trưởng Bộ Thông tin & Truyền thông Nguyễn Minh Hồng cho biết Bộ Thông tin & Truyền thông cam kết sẽ tăng cường phối hợp triển khai các hoạt động trong khuôn khổ các lĩnh vực quản lý nhà nước của Bộ.", &[("Thứ trưởng Bộ Thông tin & Truyền thông Nguyễn Minh Hồng", "cho biết")]),
                ("baomoi:22329085", "Ngày 20/5, ông Nguyễn Đình Trung, Phó trưởng phòng Giáo dục & Đào tạo huyện Nghi Lộc (Nghệ An) xác nhận đang tìm hiểu vụ việc học sinh lớp 1 Trường tiểu học Nghi Hoa bị cô giáo đánh thâm tím.", &[("ông Nguyễn Đình Trung, Phó trưởng phòng Giáo dục & Đào tạo huyện Nghi Lộc (Nghệ An)", "xác nhận")]),
                ("baomoi:22721329", "Hebei Iron & Steel, nhà sản xuất sản phẩm thép dài lớn nhất tại bắc Trung Quốc cho biết, sẽ tăng giá thanh cốt thép thêm 10-30 NDT/tấn, và giá thép cuộn giảm 30 NDT/tấn trong tháng 7/2017.", &[("Hebei Iron & Steel", "cho biết")]),
            ],
        );
        check_canonicals(&[
            ("baomoi:22499090", "Trao đổi với Zing.vn, ông Trần Văn Phúc, Phó giám đốc Sở Nông nghiệp & Phát triển nông thôn Bình Định, xác nhận ban đầu cơ quan chức năng tiếp nhận 18 đơn khiếu nại doanh nghiệp đóng tàu của bà con ngư dân.", "Trần Văn Phúc"),
            ("baomoi:21491437", "Thứ trưởng Bộ Thông tin & Truyền thông Nguyễn Minh Hồng cho biết Bộ Thông tin & Truyền thông cam kết sẽ tăng cường phối hợp triển khai các hoạt động trong khuôn khổ các lĩnh vực quản lý nhà nước của Bộ.", "Nguyễn Minh Hồng"),
            ("baomoi:22721329", "Hebei Iron & Steel, nhà sản xuất sản phẩm thép dài lớn nhất tại bắc Trung Quốc cho biết, sẽ tăng giá thanh cốt thép thêm 10-30 NDT/tấn, và giá thép cuộn giảm 30 NDT/tấn trong tháng 7/2017.", "Hebei Iron & Steel"),
        ]);
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

    /// `BBC dẫn lời một nhân viên lãnh sự Úc không nêu tên cho biết …`: words saying the source
    /// is not named close the speaker phrase of the relayed claim; the source speaks, the outlet
    /// is the via.
    #[test]
    fn an_unnamed_source_relayed_by_an_outlet_speaks() {
        crate::grammar::testing::check_speaker_and_opening(&[
            ("baomoi:21472569", "BBC dẫn lời một nhân viên lãnh sự Úc không nêu tên cho biết Bộ Ngoại giao và Thương mại Úc đang tiến hành các thủ tục hỗ trợ.", "một nhân viên lãnh sự Úc không nêu tên", "Bộ Ngoại giao"),
            ("baomoi:22574156", "Tờ New York Times dẫn lời một quan chức Mỹ không nêu tên lại cho rằng Warmbier bị đánh đập rất nhiều trong thời gian bị giam.", "một quan chức Mỹ không nêu tên", "Warmbier"),
            ("baomoi:22565598", "Reuters dẫn lời một số quan chức chính phủ Nhật không nêu tên cho biết Nhật đang muốn có vai trò lớn hơn với an ninh khu vực.", "một số quan chức chính phủ Nhật không nêu tên", "Nhật đang"),
        ]);
    }

    /// `anh Tự Sang (25 tuổi) cho biết`: brackets closing a person's name (an age, a home, an
    /// employer) leave the name a speaker, whatever words they hold.
    #[test]
    fn brackets_after_a_name_leave_it_a_speaker() {
        crate::grammar::testing::check_speaker_and_opening(&[
            ("baomoi:21478300", "Cũng chạy xe máy vượt gần 500km từ Lâm Đồng xuống TPHCM, anh Tự Sang (25 tuổi) cho biết, chạy xe máy đường dài phải chuẩn bị rất kỹ.", "anh Tự Sang (25 tuổi)", "chạy xe máy"),
            ("baomoi:21478406", "Ông Đỗ Văn Vịnh (cán bộ Bộ LĐ,TB&XH về hưu) cho biết, gia đình có 3 con, tất cả đều có ô tô nhưng ông vẫn chọn BRT.", "Ông Đỗ Văn Vịnh (cán bộ Bộ LĐ,TB&XH về hưu)", "gia đình"),
            ("dantri:news_business_033", "Bà Tăng Thị Phôl (người dân tộc Khmer, ngụ phường 2) cho biết, gia đình đã thu hoạch 3 công hành tím, trên 2 tháng nay vẫn chưa bán được.", "Bà Tăng Thị Phôl (người dân tộc Khmer, ngụ phường 2)", "gia đình"),
        ]);
    }

    /// An address in the speaker's description: a part opened by a place word (`sống tại`,
    /// `ở`), or a bare place after a part that closes on one (an administrative unit, a place
    /// word, a house number), belongs to the speaker before it; the place does not speak, and
    /// it is no second member of a group. A form of address inside a unit's name (`quận Hai Bà
    /// Trưng`) opens no speaker.
    #[test]
    fn an_address_after_the_speaker_does_not_speak() {
        crate::grammar::testing::check_speaker_and_opening(&[
            ("dantri:news_tech_030", "\"Điều này khiến tôi cảm thấy rất mệt mỏi\", anh Trung Hiếu, sống tại Hai Bà Trưng, Hà Nội chia sẻ.", "anh Trung Hiếu, sống tại Hai Bà Trưng, Hà Nội", "Điều này"),
            ("baomoi:21455847", "Ông Nguyễn Văn Kết, chủ tiệm vàng 157 Hàng Bạc, Hà Nội cho hay: \"Hàng năm đến ngày 10/1 nhiều người dân Việt Nam có thói quen mua vàng cầu may.\"", "Ông Nguyễn Văn Kết, chủ tiệm vàng 157 Hàng Bạc, Hà Nội", "Hàng năm"),
            ("baomoi:21473046", "chị Trần Thu Hoa (30 tuổi), ở Bình Thủy, Cần Thơ cho biết năm nào gia đình chị cũng cúng Thần Tài.", "chị Trần Thu Hoa (30 tuổi), ở Bình Thủy, Cần Thơ", "năm nào"),
            ("baomoi:21494357", "Chiều 7/2, Cơ quan Cảnh sát điều tra Công an thành phố Long Xuyên, An Giang cho biết vừa làm rõ vụ án chết người tại khu vườn trống.", "Cơ quan Cảnh sát điều tra Công an thành phố Long Xuyên, An Giang", "vừa làm rõ"),
            ("baomoi:22484870", "Ngày 8/6, Công an quận Bình Tân, TP.HCM cho biết đang điều tra vụ Cố ý gây thương tích dẫn đến chết người xảy ra trên địa bàn.", "Công an quận Bình Tân, TP.HCM", "đang điều tra"),
            ("baomoi:22237614", "Tiến sĩ Katharine Moon thuộc Viện nghiên cứu Brookings ở Washington, Mỹ cho biết ông Moon nên tiến hành từng bước để cải thiện quan hệ liên Triều.", "Tiến sĩ Katharine Moon thuộc Viện nghiên cứu Brookings ở Washington, Mỹ", "ông Moon"),
            ("baomoi:21480493", "\"Chúng tôi đã mời ban giám hiệu trường đến làm việc\", Đại tá Đinh Huy Hoàng - Trưởng Công an quận Hai Bà Trưng, Hà Nội cho biết.", "Đại tá Đinh Huy Hoàng - Trưởng Công an quận Hai Bà Trưng, Hà Nội", "Chúng tôi"),
        ]);
        // A place after a comma that ends no address still speaks (`tại Mỹ, Facebook`, a list).
        crate::grammar::testing::check_rows(
            "address",
            &[
                (
                    "baomoi:21474934",
                    "Trong khi đó, tại Mỹ, Facebook cho biết đã xóa hàng nghìn tài khoản giả mạo.",
                    &[("Facebook", "cho biết")],
                ),
                (
                    "baomoi:22714325",
                    "Mỹ, Pháp và Anh kêu gọi đưa ra một nghị quyết trừng phạt mới với Bình Nhưỡng.",
                    &[("Mỹ", "kêu gọi"), ("Pháp", "kêu gọi"), ("Anh", "kêu gọi")],
                ),
            ],
        );
    }

    /// `Ông X - <any description> cho biết`: after a form of address and a name, a dash opens a
    /// description of the person whatever its first word (a role the title list lacks, a
    /// lower-case noun); the person speaks. A dateline before a dash is no name
    /// (`GD&TĐ - Sáng 16/5, nguồn tin … - xác nhận`).
    #[test]
    fn dash_descriptions_after_an_addressed_name() {
        check_canonicals(&[
            ("baomoi:21473070", "Ông Vương Bích Thắng - Tổng cục trưởng Tổng cục TDTT (Bộ VHTT&DL) cho biết: “Cần tập trung vào cuộc vận động toàn dân rèn luyện thân thể theo gương Bác Hồ vĩ đại”.", "Vương Bích Thắng"),
            ("baomoi:21473623", "Vừa thoát khỏi đám đông trong cửa hàng vàng bạc Mi Hồng (quận Bình Thạnh), chị Diệu – chủ một công ty kinh doanh hóa mỹ phẩm cho biết phải chờ hơn 20 phút mới đến lượt giao dịch.", "Diệu"),
            ("dantri:news_business_081", "Ông Nguyễn Văn Hạnh - chủ đại lý xe hơi tại Phạm Văn Đồng, Hà Nội - cho hay: \"Doanh số xe bán ra còn phụ thuộc rất lớn vào thị hiếu mua sắm, giá bán và tiện ích người dùng\".", "Nguyễn Văn Hạnh"),
            ("baomoi:22565312", "Trung tá Huỳnh Trung Phong - Trưởng phòng CSGT đường bộ, đường sắt, Công an TPHCM- cho rằng, ngoài 37 điểm ùn tắc Sở GTVT đưa ra, còn một số điểm ùn tắc khác.", "Huỳnh Trung Phong"),
            ("baomoi:22287593", "GD&TĐ - Sáng 16/5, nguồn tin từ Công an huyện Kế Sách (Sóc Trăng) - xác nhận: Trên địa bàn vừa xảy ra một vụ tai nạn giao thông nghiêm trọng.", "nguồn tin từ Công an huyện Kế Sách (Sóc Trăng)"),
        ]);
    }

    /// `Anh X (25 tuổi), nhân viên … tại Long Biên, Hà Nội, cho biết`: a description closed by a
    /// comma may end with a place of a few capitalised words, or go on after a title; the name
    /// opening the phrase speaks, not the place (`Hà Nội`) nor the title.
    #[test]
    fn descriptions_ending_in_places_or_going_on_after_a_title() {
        check_canonicals(&[
            ("baomoi:22715747", "Anh Đình Thụy (25 tuổi), nhân viên kinh doanh của một đại lý ôtô lớn tại Long Biên, Hà Nội, cho biết doanh số bán ra 6 tháng đầu năm tại đại lý anh giảm mạnh so với những năm trước.", "Đình Thụy"),
            ("baomoi:22259144", "Ông Phan Đăng Tĩnh, quận Tây Hồ, Hà Nội, kiến nghị không nên để quy hoạch treo quá lâu.", "Phan Đăng Tĩnh"),
            ("baomoi:22497568", "Ông Vũ Đình Tỳ, ở thôn Nông Trường, xã Ia Glai, Chư Sê, cho biết, bà con không thể liên hệ được với doanh nghiệp đã cam kết bao tiêu sản phẩm.", "Vũ Đình Tỳ"),
            ("baomoi:21472776", "Tối 6/2, ông Nguyễn Hữu Tuân, Chủ tịch xã Điện Hồng, thị xã Điện Bàn (Quảng Nam), cho biết lực lượng chức năng đang tiến hành khám nghiệm để điều tra nguyên nhân tử vong.", "Nguyễn Hữu Tuân"),
            ("dantri:news_science_184", "\"Chúng ta cần tìm hiểu thêm môi trường sống lý tưởng cho mầm bệnh này\", Anuradha Chowdhary, trưởng nhóm nghiên cứu đến từ Đại học Delhi, Ấn Độ, nói.", "Anuradha Chowdhary"),
        ]);
    }

    /// `một quan chức Mỹ giấu tên cho hay`, `Hai vị quan chức đề nghị giấu danh tính nói`: words
    /// saying the speaker is not named close the speaker, and the cue word inside them
    /// (`đề nghị`, `yêu cầu`) is no cue. `Chỉ sau vài giờ đăng tải`: a quantity of time is no one.
    #[test]
    fn speakers_not_named_and_quantities_of_time() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        check_speaker_and_opening(&[
            ("baomoi:22285537", "Hai vị quan chức đề nghị giấu danh tính nói thông tin tình báo trên đã được ông Trump chia sẻ với ông Lavrov.", "Hai vị quan chức đề nghị giấu danh tính", "thông tin tình báo"),
            ("baomoi:22559851", "Trong khi đó, một quan chức Palestine giấu tên cùng ngày cho hay, tại cuộc gặp hồi tuần trước, Ai Cập đã nhất trí với Hamas về việc bán nhiên liệu.", "một quan chức Palestine giấu tên", "tại cuộc gặp"),
            ("baomoi:21484698", "Một thí sinh khác tại Thái Bình xin được giấu tên cho hay: “Đề thi có khoảng 3 câu hỏi mở rộng”.", "Một thí sinh khác tại Thái Bình xin được giấu tên", "Đề thi"),
            ("baomoi:22315300", "Một quan chức tham gia phái đoàn Hàn Quốc tới Mỹ yêu cầu giấu tên nói rằng ông Tillerson nhấn mạnh phía Mỹ chỉ truy tìm các biện pháp hòa bình.", "Một quan chức tham gia phái đoàn Hàn Quốc tới Mỹ yêu cầu giấu tên", "ông Tillerson"),
        ]);
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

    /// Two titled people joined by `và` are two speakers, each with the claim; a name joined
    /// inside one body's or meeting's name is one (`Hội nghị Bộ trưởng Tài chính và Thống đốc
    /// Ngân hàng G20`: the meeting does not open with a title).
    #[test]
    fn two_titled_people_joined_by_and_both_speak() {
        check_rows(
            "two titled people",
            &[
                ("shortened from baomoi:21487057", "Tổng thống Nga Vladimir Putin và Thủ tướng Đức Angela Merkel đã có cuộc điện đàm, kêu gọi lập tức khôi phục lệnh ngừng bắn.", &[("Tổng thống Nga Vladimir Putin", "kêu gọi"), ("Thủ tướng Đức Angela Merkel", "kêu gọi")]),
                ("shortened from baomoi:22223978", "Ngoại trưởng Rex Tillerson và Bộ trưởng Quốc phòng James Mattis đã trấn an Hàn Quốc khi khẳng định, Washington vẫn sẽ cam kết bảo vệ đồng minh Seoul.", &[("Ngoại trưởng Rex Tillerson", "trấn an"), ("Bộ trưởng Quốc phòng James Mattis", "trấn an")]),
                ("shortened from baomoi:22425333", "Thủ tướng Nguyễn Xuân Phúc và Tổng thống Donald Trump khẳng định Việt Nam và Mỹ chia sẻ những lợi ích chung ở Châu Á - Thái Bình Dương.", &[("Thủ tướng Nguyễn Xuân Phúc", "khẳng định"), ("Tổng thống Donald Trump", "khẳng định")]),
                ("shortened from baomoi:22321832", "Hội nghị Bộ trưởng Tài chính và Thống đốc Ngân hàng G20 đã ra tuyên bố chung mà không có một cam kết rõ ràng về thương mại tự do.", &[("Hội nghị Bộ trưởng Tài chính và Thống đốc Ngân hàng G20", "tuyên bố")]),
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
                // A communiqué from a country is its own: Taiwan issued it.
                ("baomoi:22661992", "“Nhóm tàu sân bay Liêu Ninh đã đi vào vùng nhận diện phòng không của Đài Loan vào lúc 4h chiều ngày 1-7”, thông cáo từ Đài Loan cho hay.", &[("Đài Loan", "cho hay")]),
            ],
        );
        // A report, a study or news from a country says where it came from, not who issued
        // it: the phrase speaks, not the country.
        check_rows(
            "report from a country",
            &[
                ("baomoi:22500155", "Báo cáo mới nhất từ Hàn Quốc cho hay, một lãnh đạo của tập đoàn công nghệ Samsung đã chính thức xác nhận thông tin máy quét dấu vân tay sẽ không được đưa vào màn hình.", &[("Báo cáo mới nhất từ Hàn Quốc", "cho hay")]),
                ("baomoi:22227997", "Cụ thể, một nghiên cứu mới đây từ Hà Lan đã chỉ ra rằng,  não bộ của nữ giới thực sự nhỏ bé hơn.", &[("một nghiên cứu mới đây từ Hà Lan", "chỉ ra")]),
                ("baomoi:22454913", "Nhiều thông tin từ Colombia cũng khẳng định James đã chốt các điều khoản cá nhân với MU, chỉ còn chờ công bố hợp đồng chính thức.", &[("Nhiều thông tin từ Colombia", "khẳng định")]),
                // Figures from a country, a phrase of no speaker's shape: the country's figures.
                ("dantri:news_business_223", "Theo số liệu từ Trung Quốc, trong tháng 3, xuất khẩu của Trung Quốc sang Triều Tiên đã tăng lên mức cao nhất trong 6 tháng, đạt 13 triệu USD.", &[("Trung Quốc", "Theo")]),
            ],
        );
    }

    /// `Quân đội nước này`, `Công ty này`, `nhân viên này`, `người phát ngôn Bộ Ngoại giao nước
    /// này`: a phrase closed by a demonstrative or a party pronoun speaks (`này` before a cue is
    /// no noun marker); `điện Kremlin`, an alias written with a lower-case first word, too.
    #[test]
    fn phrases_pointing_back_and_lower_case_aliases_speak() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in [
            ("baomoi:22266248", "Theo hãng thông tấn Yonhap, quân đội nước này cho biết tên lửa đạn đạo đã bay được khoảng 700 km.", &[("quân đội nước này", "tên lửa đạn đạo đã bay được khoảng 700 km")][..]),
            ("baomoi:21494842", "Công ty này cho rằng, với mức tăng thêm 600 đồng, họ sẽ bị lỗ.", &[("Công ty này", "với mức tăng thêm 600 đồng, họ sẽ bị lỗ")]),
            ("baomoi:22574010", "“Mọi thứ chỉ diễn ra trong phòng”, nhân viên này nói.", &[("nhân viên này", "Mọi thứ chỉ diễn ra trong phòng")]),
            ("baomoi:22573559", "Bộ này khẳng định, quân đội Mỹ cần phải tiến hành điều tra vụ việc.", &[("Bộ này", "quân đội Mỹ cần phải tiến hành điều tra vụ việc")]),
            ("baomoi_017", "Hãng thông tấn trung ương Triều Tiên (KCNA) dẫn lời người phát ngôn Bộ Ngoại giao nước này cho biết 2 công dân Mỹ đang là đối tượng điều tra.", &[("người phát ngôn Bộ Ngoại giao nước này", "2 công dân Mỹ đang là đối tượng điều tra")]),
            ("dantri_109", "Reuters đưa tin, điện Kremlin ngày 30/4 đã cáo buộc Mỹ làm gia tăng căng thẳng.", &[("điện Kremlin", "Mỹ làm gia tăng căng thẳng")]),
        ] {
            assert_said(&analyzer, source, sentence, want);
        }
    }

    /// `Ông X - Chủ tịch …`, `ông X, Vụ trưởng …, Bộ Tài chính`: a person set off from their
    /// role (and its institution) by a dash or commas speaks, not the role or the place; a dash
    /// inside a name joins it (`Sở VH-TT tỉnh Thừa Thiên - Huế`, `Bộ trưởng Quốc phòng
    /// Malaysia - Hishammuddin Hussein`); brackets after a person's name say where they live or
    /// work; a person named like a country (`anh Mỹ`) or working in a place named so (`huyện
    /// Đức Thọ`) speaks for no country.
    /// `X - ROLE - cue`: a description between two dashes after the name belongs to the
    /// speaker, whether it opens with a title, a head or a lower-case word, and its `và` does
    /// not make two speakers.
    #[test]
    fn descriptions_between_dashes() {
        check_rows(
            "dash description",
            &[
                ("dantri:news_business_227", "Ông Đỗ Quang Hiển - Chủ tịch HĐQT SHB - cho biết muốn thoái vốn khỏi công ty tài chính SHBFC cho nhà đầu tư nước ngoài.", &[("Ông Đỗ Quang Hiển - Chủ tịch HĐQT SHB", "cho biết")]),
                ("baomoi:21509640", "Thầy Nguyễn Quang Tùng – Hiệu trưởng nhà trường – cho biết: Khi các em tìm hiểu để trình bày chính là các em đang tự học.", &[("Thầy Nguyễn Quang Tùng – Hiệu trưởng nhà trường", "cho biết")]),
                ("baomoi:22560885", "ông Lê Ngọc Tuyển - Giám đốc Sở GTVT tỉnh Bắc Ninh - đã nhanh chóng khẳng định, sẽ yêu cầu nhà thầu thi công lại toàn bộ đoạn đường có dấu hiệu bị rút ruột.", &[("ông Lê Ngọc Tuyển - Giám đốc Sở GTVT tỉnh Bắc Ninh", "khẳng định")]),
                ("baomoi:22654705", "Tờ Rodong Sinmun - cơ quan ngôn luận chính thức của đảng Lao động Triều Tiên - đã gọi các cuộc tập trận của Washington và Seoul là nhân tố chính đe dọa đến hòa bình.", &[("Tờ Rodong Sinmun - cơ quan ngôn luận chính thức của đảng Lao động Triều Tiên", "gọi")]),
                ("baomoi:22705741", "Tuy nhiên, Westley – người cao khoảng 1m57 và nặng 246kg - cho biết để có được vòng 3 này, cô đã phải trả giá.", &[("Westley – người cao khoảng 1m57 và nặng 246kg", "cho biết")]),
            ],
        );
    }

    #[test]
    fn people_set_off_from_their_roles_speak() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, canonical, side) in [
            // A dash before the role.
            ("baomoi:22655424", "Ông Trần Vĩnh Tuyến – Phó Chủ tịch UBND TPHCM khẳng định, mặc dù việc TXNG thực phẩm là rất khó nhưng chúng ta vẫn quyết tâm làm bằng được.", "Trần Vĩnh Tuyến", Some("Việt Nam")),
            ("baomoi:21487852", "Cô Lê Thị Ngọc Hải - Hiệu trưởng Trường Mầm non Na Ngoi 1 cho biết: \"Để đảm bảo việc học tập cho các cháu, hiện tại nhà trường đã mượn tạm nhà văn hóa cộng đồng bản Buộc Mú để dạy học.\"", "Lê Thị Ngọc Hải", None),
            ("baomoi:22246795", "Ông Lê Quang Trí - Giám đốc khối kinh doanh của CTCP chứng khoán Trí Việt (TVB) cho rằng, động thái nâng đều tỷ giá trung tâm suốt từ đầu năm tới giờ là tích cực.", "Lê Quang Trí", None),
            // Several parts between the name and the cue.
            ("baomoi:21473267", "Tại buổi gặp mặt báo chí đầu xuân Đinh Dậu, Ông Võ Công Hàm – Bí thư Huyện ủy, Chủ tịch UBND huyện Đức Thọ cho biết: Năm 2016, huyện có 18 chỉ tiêu đạt và vượt kế hoạch.", "Võ Công Hàm", None),
            ("baomoi:22381686", "Nói điều này trong cuộc họp chiều 26/5, ông Phạm Đình Thi, Vụ trưởng Vụ Chính sách thuế, Bộ Tài chính cho biết, tỷ lệ thuế trên giá cơ sở của mặt hàng xăng là 40%.", "Phạm Đình Thi", Some("?")),
            ("baomoi:22702755", "Trung tá Vũ Ngọc Lương – bác sĩ chuyên khoa 1 – Phó giám đốc trại Đồng Tâm cho biết, hiện trại đang nuôi khoảng 200 con rắn hổ mang chúa bố mẹ.", "Vũ Ngọc Lương", None),
            // A form of address after a fronted phrase, a role after the name.
            ("baomoi:22517364", "Trả lời Đất Việt, ông Nguyễn Công Phương, Phó Giám đốc Trung tâm đăng kiểm cho biết bản thân phụ trách khu vực phía Nam (từ Bình Thuận đến Kiên Giang).", "Nguyễn Công Phương", None),
            ("baomoi:22234447", "Trao đổi với Zing.vn, ông Hoàng Minh Tuấn Anh, Phó chủ tịch UBND quận 9, cho biết quận có nghe dư luận chuyện giá đất tại một số khu vực trên địa bàn tăng mạnh.", "Hoàng Minh Tuấn Anh", None),
            ("dantri:news_business_199", "Với tình hình diễn biến của dịch Covid-19 tại Ấn Độ, bà Sonal Varma, nhà kinh tế trưởng Ấn Độ tại Nomura cho rằng, quốc gia này sẽ chứng kiến cú sốc đối với tăng trưởng kinh tế.", "Sonal Varma", Some("?")),
            // A dash inside a name.
            ("baomoi:22620428", "Sau khi sự việc xảy ra, ông Nguyễn Văn Hà, Chánh Thanh tra Sở VH-TT tỉnh Thừa Thiên - Huế cho biết: Tạm thời đơn vị này cho khoanh vùng khu vực để bảo vệ.", "Nguyễn Văn Hà", None),
            ("baomoi:22547983", "Hãng thông tấn Bernama dẫn lời Bộ trưởng Quốc phòng Malaysia - Hishammuddin Hussein khẳng định, Bộ này sẽ tiến hành điều tra kỹ lưỡng nguyên nhân vụ tai nạn.", "Hishammuddin Hussein", Some("Malaysia")),
            // Brackets after the name.
            ("baomoi:21474158", "Để bảo vệ cây trồng, chị Vũ Thị Hà (huyện Tứ Kỳ, Hải Dương) cho biết, hợp tác xã dịch vụ nông nghiệp Ngọc Sơn sẽ trực tiếp làm công tác diệt chuột.", "Vũ Thị Hà", None),
            ("baomoi:22664255", "Là một trong những người có mặt sớm nhất, anh Bùi Chí Linh (Gò Vấp, TP.HCM) cho biết: \"Nghe người ta nói là chỉ nhận được 60 người thôi.\"", "Bùi Chí Linh", None),
            ("baomoi:22238211", "Bà Nguyễn Thúy Hà (Threeland Travel) đề nghị tổ chức hàng ngày, giống như rối nước có hẳn ba suất mỗi ngày cho khách lựa chọn.", "Nguyễn Thúy Hà", None),
            // Named like a country.
            ("dantri:news_society_113", "\"Chúng tôi kiếm chỗ vắng để dựng trại tách biệt với số đông còn lại\", anh Mỹ cho hay.", "Mỹ", None),
            ("baomoi:22546302", "Về trường hợp bà mẹ sát hại đứa con 35 ngày tuổi mới đây, bác sĩ Đức cho rằng, phải giám định tâm thần để làm rõ xem cô ấy gặp rối loạn gì.", "Đức", None),
            ("baomoi:22257570", "Bác sĩ Nguyễn Hoàng Đức chia sẻ, phải mất hơn 90 phút để bóc tách bộc lộ và bảo tồn cuống mạch máu của thận.", "Nguyễn Hoàng Đức", None),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims.len(), 1, "{source}: {claims:?}");
            assert_eq!(claims[0].speaker.canonical, canonical, "{source}");
            // `?`: the side is not what the row is about.
            if side != Some("?") {
                assert_eq!(claims[0].speaker.side.as_deref(), side, "{source}");
            }
        }
    }

    #[test]
    fn a_person_named_in_full_then_any_description_speaks() {
        // After a form of address or a title and a name, the part up to the cue says who the
        // person is, whatever it opens with: a job no title list holds, a lower-case noun, a
        // place; the person speaks (the description was the speaker before, and its last
        // words the canonical name: `TPHCM`, `Ngọc Xuyên`).
        check_canonicals(&[
            ("baomoi:22692936", "Ông Đinh Đình Phú, một chủ trâu phường Ngọc Xuyên cho biết, chi phí cho mỗi con trâu ra đến sới chọi khoảng trên dưới 250 triệu đồng.", "Đinh Đình Phú"),
            ("baomoi:22275639", "Anh Thành, một bảo vệ trông xe cửa hàng điện thoại trên phố Xã Đàn cho biết anh thường xuyên nhắc nhở khách hàng để xe đúng vạch, chấp hành nghiêm chỉnh quy định của pháp luật.", "Thành"),
            ("baomoi:22685983", "Ông Dương Đức Thủy, Trưởng bộ môn điền kinh Tổng cục TDTT cho biết việc đăng ký thẻ dự SEA Games 29 đã chấm dứt từ hồi tháng 5.", "Dương Đức Thủy"),
            ("baomoi:22695567", "Thiếu tướng Ngô Tuấn Nghĩa, Chính ủy Bộ Tư lệnh TPHCM kể: “Trước kia, để vào được khu vực này phải qua 10 lớp rào thép gai, chưa kể các đường hào địch thả rắn lục để ngăn đặc công của ta.”", "Ngô Tuấn Nghĩa"),
            ("baomoi:21491791", "Bà Lương Thị Ngân, Việt kiều ở thủ đô Vientiane cho biết: đầu năm mới bà thường đến ngôi chùa này để cầu mong một cuộc sống bình an cho gia đình.", "Lương Thị Ngân"),
            ("baomoi:22524305", "Ông Jason Tuvey, một nhà kinh tế Trung Đông tại London-based Capital Economics cho biết, miễn là các quốc gia khác không can thiệp vào việc xuất khẩu khí gas của Qatar thì sẽ không có vấn đề gì ảnh hưởng đến Qatar.", "Jason Tuvey"),
            // Two parts.
            ("baomoi:21473740", "Ông Điểu Kré, Ủy viên Ban chấp hành Trung ương Đảng, Phó Trưởng ban thường trực Ban chỉ đạo Tây Nguyên cho biết: Mục tiêu của tổ chức lễ hội lần này nhằm quảng bá thương hiệu cà phê.", "Điểu Kré"),
            // Three parts.
            ("baomoi:22303705", "TS Nguyễn Hồng Phong, bộ môn Đường sắt, khoa Công trình, Đại học GTVT cho rằng trong bối cảnh nguồn ngân sách nhà nước còn nhiều khó khăn, không đáp ứng được nhu cầu phát triển cơ sở hạ tầng của các địa phương.", "Nguyễn Hồng Phong"),
            // A title and an office's name are no person: the one addressed before them is.
            ("baomoi:21470383", "Giải đáp thắc mắc của lãnh đạo TPHCM, ông Nguyễn Văn Hùng, Chủ tịch HĐTV, Tổng Giám đốc Becamex IDC cho rằng, với việc xây dựng NƠXH nếu một mình nhà nước lo là rất khó.", "Nguyễn Văn Hùng"),
            ("baomoi:22657186", "Đồng tình với quan điểm này, ông Lên Văn Khảm, Vụ trưởng Vụ BHYT, Bộ Y tế cho rằng để nâng cao hơn nữa tỷ lệ người tham gia BHYT, cần đẩy mạnh truyền thông.", "Lên Văn Khảm"),
            // After a dash, the title describes the one named before it.
            ("baomoi:21494342", "Bác sĩ Nguyễn Văn Đẩu - Trưởng khoa Răng Hàm Mặt, Bệnh viện Nhi Đồng 1 cho hay chỉ trong 7 ngày nghỉ Tết Nguyên đán Đinh Dậu, bệnh viện đã tiếp nhận đến 11 trường hợp bị tai nạn.", "Nguyễn Văn Đẩu"),
        ]);
    }

    /// One claim per sentence, and its speaker's canonical name.
    fn speakers(rows: &[(&str, &str, &str)]) {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, canonical) in rows {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims.len(), 1, "{source}: {claims:?}");
            assert_eq!(claims[0].speaker.canonical, *canonical, "{source}");
        }
    }

    /// `not_speaker` in `rules/grammar.txt`: a modal, an imperative, a concession or a
    /// preposition that opens the sentence is no one, whatever cue follows it.
    #[test]
    fn words_that_open_sentences_speak_for_no_one() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, word) in [
            ("baomoi:21472440", "Phải khẳng định rằng, khó có thể tìm được ở các nước quy định “cấm ăn mặc hở hang”.", "Phải"),
            ("baomoi:21470333", "Cần lưu ý một điều, thời điểm iPhone 7 sẵn sàng trên kệ ở các điểm phân phối chỉ cách bản báo cáo này đúng 2 tuần.", "Cần"),
            ("baomoi:21477446", "Dù bác bỏ mọi cáo buộc liên quan đến mình nhưng bà Park vẫn chưa tuân thủ yêu cầu của Tòa án.", "Dù"),
            ("baomoi:22224788", "Về thông tin cho rằng, sự cố chập điện nói trên có thể ảnh hưởng đến hệ thống cáp treo ở chùa Hương.", "Về"),
            // A concession whose subject is the main clause's (`Tuy …, nhưng Bắc Kinh …`).
            ("shortened from baomoi:21511294", "Tuy nói tôn trọng quyền tự do đi lại ở vùng biển chiến lược này, nhưng Bắc Kinh phản đối các hoạt động quân sự của Mỹ.", "Tuy"),
            ("shortened from dantri:news_world_171", "Tuy hoan nghênh động thái rút quân của Nga, nhưng giới chức Ukraine và Mỹ vẫn hoài nghi về mục đích thực sự của Moscow.", "Tuy"),
            ("shortened from baomoi:21491018", "Dẫu nhiều lần khẳng định tình yêu bóng đá vẫn còn nhưng cũng đã đến lúc phải nói lời chia tay.", "Dẫu"),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert!(claims.iter().all(|c| c.speaker.text != word), "{source}: {claims:?}");
        }
    }

    /// A noun marker (`bản`, `bài`) written with a capital after a capitalised word ends a name
    /// (`Nhật Bản`, `Nội Bài`), and the cue after it is a verb.
    #[test]
    fn a_noun_marker_that_ends_a_name_leaves_the_cue_a_verb() {
        speakers(&[
            ("baomoi:22406650", "Chính phủ Nhật Bản cho rằng tên lửa đã rơi xuống vùng đặc quyền kinh tế của nước này, trong khu vực 200 hải lý từ bờ biển.", "Nhật Bản"),
            ("baomoi:22674042", "Ngày 4-7, Cảng hàng không quốc tế Nội Bài cho biết đơn vị sẽ tiến hành sửa chữa, nâng cấp nhà ga hành khách T1 trong vòng 8 tháng.", "Nội Bài"),
            ("baomoi:21488210", "Được chọn là người đóng vai chúa năm nay, ông Lê Quang Bản cho hay, bản thân mình rất vui mừng.", "Lê Quang Bản"),
        ]);
    }

    /// `và` inside a group's description (`nhân quyền và công lý`, `sản và phụ khoa`) joins
    /// nouns, not speakers: a later member must open like a speaker.
    #[test]
    fn nouns_joined_inside_a_description_make_one_speaker() {
        speakers(&[
            ("dantri_106", "Các nhóm vận động nhân quyền và công lý cho Myanmar cho biết công ty trang sức Nhật Bản Tasaki nên chấm dứt mọi hoạt động kinh doanh với MPE.", "Các nhóm vận động nhân quyền và công lý cho Myanmar"),
            ("baomoi:22326008", "Tuy nhiên, bác sĩ Gino Pecoraro, một bác sĩ sản và phụ khoa hàng đầu tại Brisbane cho biết, trước khi đưa đứa trẻ ra khỏi bụng mẹ, nhau thai vẫn dính vào thành tử cung.", "Gino Pecoraro"),
            ("baomoi:22695914", "Thaco Trường Hải, đại diện nhà phân phối và lắp ráp Mazda tại Việt Nam cho biết, các mẫu xe tại Việt Nam không bị ảnh hưởng.", "Thaco Trường Hải"),
        ]);
    }

    /// A bare name (no title) before a lower-case role set off by a comma speaks.
    #[test]
    fn bare_names_before_their_role_speak() {
        speakers(&[
            ("baomoi:21488117", "Keiko Yoshimoto, chủ tịch công ty Royal Blue Tea cho biết năm nay số lượng đơn đặt hàng từ nước ngoài tăng lên đáng kể.", "Keiko Yoshimoto"),
            ("baomoi:21494865", "Marion Gruber, giám đốc văn phòng nghiên cứu về vaccine của FDA lưu ý, Gardasil 9 không dùng để điều trị HPV hoặc ung thư cổ tử cung.", "Marion Gruber"),
            ("bbcvi_062", "Abdullah Ayasun, đồng nghiệp của ông cũng viết trên Twitter: \"Một đội cảnh sát chống bạo động tràn vào tòa soạn và ném tôi ra ngoài.\"", "Abdullah Ayasun"),
            ("baomoi:22517364", "Trả lời Đất Việt, ông Nguyễn Công Phương, Phó Giám đốc Trung tâm đăng kiểm cho biết bản thân phụ trách khu vực phía Nam.", "Nguyễn Công Phương"),
        ]);
    }

    /// A group head owning a list of parties (`các quan chức của Mỹ, Nhật Bản và Australia`)
    /// speaks once per party, the head staying with the first; a person or an apposition after
    /// the comma is no member of such a list.
    #[test]
    fn a_head_owning_a_list_of_parties_speaks_for_each() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in [
            ("baomoi:22446349", "Trong một tuyên bố chung, các quan chức quốc phòng của Mỹ, Nhật Bản và Australia cho rằng chương trình tên lửa và hạt nhân của Triều Tiên đã gia tăng.", &["các quan chức quốc phòng của Mỹ", "Nhật Bản", "Australia"][..]),
            ("baomoi:22707585", "Trong một tuyên bố chung được đưa ra tại Liên hợp quốc sau đó, đại diện của Mỹ, Anh và Pháp đã nhắc lại rằng họ tẩy chay các cuộc đàm phán về hiệp định này.", &["đại diện của Mỹ", "Anh", "Pháp"][..]),
            ("baomoi:22346095", "Các lực lượng thực thi pháp luật của Anh và Mỹ cho biết nhiều khả năng đã có 2 vụ nổ xảy ra, tuy nhiên vẫn chưa rõ nguyên nhân.", &["Các lực lượng thực thi pháp luật của Anh", "Mỹ"][..]),
            ("baomoi:22498662", "Người phát ngôn của Trump, Sarah Sanders, cuối cùng vào ngày 8/6 đã bày tỏ tin tưởng vào Sessions trước khi Comey ra điều trần.", &["Sarah Sanders"][..]),
            ("constructed from baomoi:22453403", "Một quan chức khác của Indonesia, Trung tướng Agus Widjojo, cho rằng ước tính 40 phiến quân người Indonesia là “hợp lý”.", &["Trung tướng Agus Widjojo"][..]),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            let got: Vec<&str> = claims.iter().map(|c| c.speaker.text.as_str()).collect();
            assert_eq!(got, want, "{source}");
        }
    }

    /// `al-` glued to a name part is part of the name (`Adel al-Jubeir`).
    #[test]
    fn particles_glued_to_a_name_stay_in_it() {
        speakers(&[
            ("baomoi:22330589", "Phát biểu tại cuộc họp báo chung với ông Tillerson, Bộ trưởng Ngoại giao Ả Rập Saudi, Adel al-Jubeir nói rằng mối quan hệ giữa Riyadh và Washington sẽ giúp xóa “đầm lầy” trong khu vực.", "Adel al-Jubeir"),
            ("baomoi:21494204", "Ngược lại, từ phía lực lượng Hồi giáo cực đoan ở Đông Ghouta, Jaish al-Islam tuyên bố trên mạng xã hội là đẩy lùi một cuộc tấn công dữ dội của quân đội Syria.", "Jaish al-Islam"),
            ("baomoi:22693590", "“Chỉ mới hôm qua, chúng tôi bắt được hai nhóm người khả nghi”, Thiếu tướng quân đội Iraq, Sami al-Aridi nói.", "Sami al-Aridi"),
        ]);
    }

    /// `tiền vệ Đỗ Duy Mạnh`, `trọng tài Dương Mạnh Hùng`, `tay golf người Mỹ Tiger Woods`: a
    /// lower-case description of any nouns, then a capitalised name, speaks as the person named
    /// (a syllable that spells a country in a Vietnamese name is no side); a relative described
    /// by a named person is the phrase (`chồng chị Kumari`); a described name after a name and
    /// a dash describes that name (`Chị Lương Thị Phương - mẹ Việt Hoàng`). A listed country
    /// after an unknown noun (`luật Hàn Quốc`) and a verb phrase before a product (`sử dụng xăng
    /// E5`) name no one.
    #[test]
    fn described_names_speak() {
        check_canonicals(&[
            ("baomoi:21473900", "Xuất hiện trong phòng họp báo với tư cách đội trưởng U23 Việt Nam, tiền vệ Đỗ Duy Mạnh nói: \"Malaysia là đội mạnh trong khu vực Đông Nam Á.\"", "Đỗ Duy Mạnh"),
            ("dantri:news_sport_244", "Nhận định về tình huống này, trọng tài Dương Mạnh Hùng cho biết: \"Tình huống đó Công Phượng không việt vị.\"", "Dương Mạnh Hùng"),
            ("baomoi:22415812", "Chia sẻ với truyền thông về vụ việc bị cảnh sát bắt giữ, tay golf người Mỹ Tiger Woods đã bác bỏ việc lái xe mất kiểm soát vì uống rượu.", "Tiger Woods"),
            ("baomoi:21473857", "“Tôi không biết phải làm gì, chỉ biết làm theo những hướng dẫn của bác sĩ”, chồng chị Kumari nói.", "chồng chị Kumari"),
            ("baomoi:22418357", "Chị Lương Thị Phương - mẹ Việt Hoàng cho hay: “Từ khi sinh ra con đã mắc bệnh.”", "Lương Thị Phương"),
            ("dantri:news_education_178", "Tại buổi tư vấn, thầy Đinh Đức Hiền cho biết cấu trúc đề thi đã có sự thay đổi về tỉ trọng câu hỏi so với năm 2020.", "Đinh Đức Hiền"),
        ]);
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, side) in [
            ("baomoi:22415812", "Chia sẻ với truyền thông, tay golf người Mỹ Tiger Woods đã bác bỏ việc lái xe mất kiểm soát vì uống rượu.", Some("Mỹ")),
            ("dantri:news_education_178", "Tại buổi tư vấn, thầy Đinh Đức Hiền cho biết cấu trúc đề thi đã có sự thay đổi.", None),
        ] {
            let claims = analyzer.document("t", "-", sentence).claims;
            assert_eq!(claims[0].speaker.side.as_deref(), side, "{source}");
        }
        check_rows(
            "not a described name",
            &[
                ("baomoi:22470559", "Theo luật Hàn Quốc, sử dụng ma túy sẽ bị lĩnh án từ 1,5 năm đến 5 năm tù giam.", &[]),
                ("baomoi:22692947", "Bộ Tài chính cho biết đang có phương án nhằm kích cầu cho sử dụng xăng E5 đồng thời đề nghị bổ sung quy định mức thuế.", &[("Bộ Tài chính", "cho biết"), ("Bộ Tài chính", "đề nghị")]),
            ],
        );
    }

    /// `Bộ Văn hóa, Thể thao và Du lịch`, `Tổ chức Giáo dục, Khoa học và Văn hóa Liên hợp
    /// quốc`: the fields of one institution's name, joined by commas and `và`, are one speaker
    /// (they were split into `Thể thao` and `Du lịch …`); a body after the comma (`Cục Viễn
    /// thông, Bộ Thông tin …`) or after `và` (`Nhà Trắng và Bộ Ngoại giao Mỹ`) is not a field.
    #[test]
    fn the_fields_of_an_institution_are_one_name() {
        check_rows(
            "institution fields",
            &[
                ("baomoi:21472855, shortened", "Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc cho biết Cơ quan Công nghệ và Tiêu chuẩn Nhà nước đã tiến hành một cuộc thử nghiệm.", &[("Bộ Thương mại, Công nghiệp và Năng lượng Hàn Quốc", "cho biết")]),
                ("baomoi:22454620", "Bộ Văn hóa, Thể thao và Du lịch cho rằng việc phát ngôn như trên của ông Huỳnh Tấn Vinh là chủ quan, thiếu cơ sở và làm cho dư luận hiểu sai vấn đề.", &[("Bộ Văn hóa, Thể thao và Du lịch", "cho rằng")]),
                ("baomoi:22363724, shortened", "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Đặng Thị Bích Liên cho biết từ khi cha ông ta mở cõi vào phía Nam thì Hải Vân Quan thực sự trở thành một gạch nối hết sức quan trọng.", &[("Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Đặng Thị Bích Liên", "cho biết")]),
                ("baomoi:21488504, shortened", "Trước tình hình trên, Sở Văn hóa, Thể thao và Du lịch đã kịp thời tham mưu, đề xuất các giải pháp giảm thuế, phí, lệ phí cho các doanh nghiệp, hộ kinh doanh.", &[("Sở Văn hóa, Thể thao và Du lịch", "đề xuất")]),
                ("baomoi:21494831, shortened", "Ông Trần Mạnh Tuấn, Phó Cục trưởng Cục Viễn thông, Bộ Thông tin và Truyền thông cho biết, kế hoạch chuyển mã vùng điện thoại mang lại nhiều lợi ích lâu dài.", &[("Ông Trần Mạnh Tuấn, Phó Cục trưởng Cục Viễn thông, Bộ Thông tin và Truyền thông", "cho biết")]),
                ("baomoi:22583020, shortened", "Lúc đầu, Nhà Trắng và Bộ Ngoại giao Mỹ nói rất ít về trường hợp này.", &[("Nhà Trắng", "nói"), ("Bộ Ngoại giao Mỹ", "nói")]),
            ],
        );
        check_canonicals(&[
            ("baomoi:22363724, shortened", "Thứ trưởng Bộ Văn hóa, Thể thao và Du lịch Đặng Thị Bích Liên cho biết từ khi cha ông ta mở cõi vào phía Nam thì Hải Vân Quan thực sự trở thành một gạch nối hết sức quan trọng.", "Đặng Thị Bích Liên"),
            ("baomoi:21494831, shortened", "Ông Trần Mạnh Tuấn, Phó Cục trưởng Cục Viễn thông, Bộ Thông tin và Truyền thông cho biết, kế hoạch chuyển mã vùng điện thoại mang lại nhiều lợi ích lâu dài.", "Trần Mạnh Tuấn"),
        ]);
    }

    /// `Cục trưởng Cục Xuất bản, In và Phát hành (Bộ Thông tin và Truyền thông) Chu Văn Hòa`,
    /// `Chị Nguyễn Thị Luyến (Phó phòng … – Công ty …)`: a parenthetical says who the speaker is
    /// and does not count toward the longest phrase a speaker may be.
    #[test]
    fn a_parenthetical_does_not_lengthen_a_speaker() {
        check_canonicals(&[
            ("baomoi:22350233, shortened", "Cục trưởng Cục Xuất bản, In và Phát hành (Bộ Thông tin và Truyền thông) Chu Văn Hòa cho biết: Cục đang lập hồ sơ để ra quyết định thu hồi cuốn sách “Miếng ngon Hà Nội”.", "Chu Văn Hòa"),
            ("baomoi:21472684, shortened", "Chị Nguyễn Thị Luyến (Phó phòng kinh doanh vàng trao đổi – Công ty Vàng bạc đá quý Bảo Tín Minh Châu) cho biết, mặc dù các cửa hàng của công ty đã mở cửa từ 6h30 phút nhưng từ khoảng 4 rưỡi, 5 giờ sáng đã có rất nhiều khách đến xếp hàng.", "Nguyễn Thị Luyến"),
            ("baomoi:22422693, shortened", "Ông Murray Hiebert (Cố vấn cao cấp, Trung tâm Nghiên cứu Chiến lược và Quốc tế - CSIS, Mỹ) cũng chia sẻ với Zing.vn quan điểm này: \"Ưu tiên đầu tiên chính là dịp để hai nhà lãnh đạo tìm hiểu lẫn nhau.\"", "Murray Hiebert"),
            ("baomoi:22711855", "Tuy nhiên, Tổng thư ký Tổ chức Hợp tác và phát triển kinh tế (OECD) Angel Gurria cho rằng, hội nghị thượng đỉnh G20 lần này vẫn chưa thể đưa ra các biện pháp kiên quyết đối với việc chống chủ nghĩa bảo hộ thương mại và điều này cần phải thay đổi.", "Angel Gurria"),
        ]);
    }

    /// `Tư vấn khách mua đủ thứ Chị Phạm Thùy Liên …`: a caption run into the text ends at a
    /// capitalised honorific before a name; not a title's last word (`Quốc vương Sheikh
    /// Tamim`) nor a province's (`tỉnh Bà Rịa-Vũng Tàu`).
    #[test]
    fn a_caption_run_into_the_text_is_no_part_of_the_speaker() {
        check_rows(
            "caption before an honorific",
            &[
                ("baomoi:22678234", "Tư vấn khách mua đủ thứ Chị Phạm Thùy Liên ở phố Đại Từ (Hoàng Mai, Hà Nội) cho biết, cách đây hơn một tháng, chị có đến siêu thị điện máy gần nhà để chọn mua một chiếc tủ lạnh.", &[("Chị Phạm Thùy Liên ở phố Đại Từ (Hoàng Mai, Hà Nội)", "cho biết")]),
                ("baomoi:22718730", "Người dân vớt cá chết lên bờ Chị Nguyễn Thị Thu Hà (trú tổ dân phố 13, phường Hương Xuân) cho hay, nhà chị đang nuôi 2 lồng cá trên sông Bồ.", &[("Chị Nguyễn Thị Thu Hà (trú tổ dân phố 13, phường Hương Xuân)", "cho hay")]),
                ("baomoi:22666425", "Nhà vườn An Giang không biết loại xoài này Chị Phượng Hằng (Châu Phú, An Giang) cho biết nhà chị trồng hơn 300 gốc xoài, chủ yếu là xoài cát Hòa Lộc, xoài ghép.", &[("Chị Phượng Hằng (Châu Phú, An Giang)", "cho biết")]),
                ("baomoi:21511050, shortened", "Ảnh gia đình cung cấp GS Nguyễn Cảnh Toàn từng tâm sự: “Tôi sinh ra và lớn lên trong chiến tranh, việc học hành luôn bị dở dang, đứt đoạn.”", &[("GS Nguyễn Cảnh Toàn", "tâm sự")]),
                ("baomoi:21472495", "Ông Nguyễn Văn Trình, Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu cho biết trong năm 2016, mặc dù tình hình kinh tế của tỉnh còn gặp nhiều khó khăn, nhưng kinh tế của tỉnh vẫn duy trì tăng trưởng khá trên hầu hết các lĩnh vực.", &[("Ông Nguyễn Văn Trình, Chủ tịch UBND tỉnh Bà Rịa-Vũng Tàu", "cho biết")]),
            ],
        );
        check_speaker_and_opening(&[(
            "baomoi:22464685, shortened",
            "Những bài báo trích lời Quốc vương Sheikh Tamim bin Hamad Al Thani chỉ trích Tổng thống Mỹ Donald Trump.",
            "Quốc vương Sheikh Tamim bin Hamad Al Thani",
            "Tổng thống Mỹ",
        )]);
    }

    /// `Nguyễn Viết Tiến`, `Ngô Viết Nam Sơn`: a cue word capitalised between two capitalised
    /// words is a syllable of a name, neither a cue nor a boundary of the speaker phrase (the
    /// speaker was `Tiến`).
    #[test]
    fn a_cue_word_inside_a_name_is_a_syllable() {
        check_rows(
            "cue word inside a name",
            &[
                ("baomoi:22233686, shortened", "Phát biểu tại Lễ khai mạc, Thứ trưởng Bộ Y tế Nguyễn Viết Tiến cho biết: Triển lãm quốc tế chuyên ngành Y dược Việt Nam là sự kiện thường niên.", &[("Thứ trưởng Bộ Y tế Nguyễn Viết Tiến", "cho biết")]),
                ("baomoi:22248968", "Nói về đề án này, KTS Ngô Viết Nam Sơn cho rằng việc điều chỉnh giờ học hay giờ làm việc cụ thể nên để cho các cơ quan, đơn vị tự sắp xếp.", &[("KTS Ngô Viết Nam Sơn", "cho rằng")]),
                ("baomoi:22730672", "Ông Bùi Viết Báo cho rằng, hoạt động từ 2 năm qua, nhà máy gạch Royal Việt Nam nhả khói, bụi liên tục.", &[("Ông Bùi Viết Báo", "cho rằng")]),
                ("dantri:news_education_061", "Thầy giáo Đỗ Viết Tuấn chia sẻ, trong quá trình gần 20 năm dạy ở trường nghề, thầy Tuấn luôn lắng nghe những tâm sự, nỗi niềm của học trò.", &[("Thầy giáo Đỗ Viết Tuấn", "chia sẻ")]),
            ],
        );
    }
}
