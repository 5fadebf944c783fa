//! One speaker mention as written (`Tổng thống Azerbaijan Ilham Aliyev`, `ông Peskov`, `Baku`,
//! `nước này`, `Tổn thống Aliyev`): taken apart into title, side and name, then resolved to a
//! [`Speaker`] with the article's memory.

use std::ops::Range;

use super::memory::{
    listed_side, range_start, register, Honorifics, Memory, Person, NAMED_AS_SUBJECT,
};
use super::{Speaker, SpeakerKind};
use crate::lexicon::Lexicon;
use crate::rules::{EntityKind, GroupKind, TitleKind, WordRole};
use crate::text::chars::ceil_boundary;
use crate::text::keys::{lowercase, match_key};
use crate::tokens::Token;

/// Titles this close to a known one (normalized Levenshtein similarity) are taken as typos of
/// it (`Tổn thống` for `Tổng thống`). Chosen on the dev set: 0.85 accepts one dropped letter in
/// a two-syllable title and rejects distinct titles such as `Thủ tướng`/`Thủ lĩnh`.
pub const TITLE_SIMILARITY: f64 = 0.85;

/// Where a titled mention starting at `k` ends: titles, entities and capitalised words, with
/// `,` or `-` before an honorific (`Phát ngôn viên Điện Kremlin, ông Dmitry Peskov`).
pub(super) fn mention_extent(tokens: &[Token], k: usize, rules: &Lexicon) -> usize {
    let mut j = k;
    while j < tokens.len() {
        if let Some((n, _, _)) = title_at(tokens, j, rules) {
            j += n;
        } else if let Some((n, _)) = entity_at(tokens, j, rules) {
            j += n;
        } else if (tokens[j].word && tokens[j].cap)
            || (tokens[j].is_any(",-–")
                && tokens
                    .get(j + 1)
                    .is_some_and(|t| Honorifics::new(rules).contains(t)))
        {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// The longest title starting at token `k`: (token count, kind, title as listed). Two-word
/// titles also match with a typo (`Tổn thống`).
pub(super) fn title_at<'r>(
    tokens: &[Token],
    k: usize,
    rules: &'r Lexicon,
) -> Option<(usize, TitleKind, &'r str)> {
    let exact = rules.title_at(tokens, k);
    let (words, title) = match exact {
        Some(t) => t,
        // Typos are looked for only where a title would start a name: a capitalised word.
        None if tokens.get(k)?.cap => rules.misspelled_title_at(tokens, k, TITLE_SIMILARITY)?,
        None => return None,
    };
    Some((words, title.kind, title.title.as_str()))
}

/// The longest entity alias starting at token `k` (see [`Lexicon::entity_at`]).
pub(super) fn entity_at<'r>(
    tokens: &[Token],
    k: usize,
    rules: &'r Lexicon,
) -> Option<(usize, &'r crate::rules::Entity)> {
    rules.entity_at(tokens, k)
}

/// A mention taken apart.
#[derive(Debug, Default)]
pub(super) struct MentionParts {
    pub(super) role: Option<String>,
    pub(super) side: Option<String>,
    pub(super) side_entity: Option<String>,
    pub(super) name: Option<String>,
    pub(super) group: Option<GroupKind>,
    /// The role is followed by its body's abbreviation alone (`Chủ tịch QH`): no name.
    pub(super) body: bool,
}

/// Reads `[modifier] [role] [of-phrase with an entity] [,|-] [honorific] [Name]`, or `Name,
/// role` (`Ông Lê Văn Khoa, giám đốc Ban 2`): the person named before the comma, with the role
/// and side the phrase after it gives.
pub(super) fn parse_mention(s: &str, tokens: &[Token], rules: &Lexicon) -> MentionParts {
    // `anh Trần Trung Đức (Nam Định)`, `Ông Vũ Đình Chúc (Quốc Oai, Hà Nội)`: brackets closing a
    // person's name say where they live or work; the person is the name before them.
    if let Some(open) = closing_bracket_after_person(s, tokens, rules) {
        return parse_mention(s, &tokens[..open], rules);
    }
    // `Chị Trần Thu Hoa ở Bình Thủy, Cần Thơ`: an address after the name, opened by a place
    // word, is where the person lives.
    if let Some(at) = address_after_person(tokens, rules) {
        return parse_mention(s, &tokens[..at], rules);
    }
    // `Ông Nguyễn Văn Nam - Chủ tịch UBND tỉnh Bình Định`: a dash sets a role off as a comma
    // does; a comma inside brackets sets nothing off.
    let mut depth = 0i32;
    let separator = tokens.iter().position(|t| {
        depth += i32::from(t.is('(')) - i32::from(t.is(')'));
        depth == 0 && (t.is(',') || t.is_dash())
    });
    if let Some(comma) = separator {
        let (mut name, role) = (&tokens[..comma], &tokens[comma + 1..]);
        // `Anh Đình Thụy (25 tuổi), nhân viên …`: brackets closing a person's name before the
        // comma (an age, a birth year, a place) are not part of the name.
        if let Some(open) = closing_bracket_after_person(s, name, rules) {
            name = &name[..open];
        }
        let named = !name.is_empty()
            && name.last().is_some_and(|t| t.cap)
            && (title_at(name, 0, rules).is_some() || name.iter().all(|t| t.cap || !t.word));
        // After the comma a role, not a titled name (`Người đứng đầu …, tướng Eduardo Ano` is
        // the other order).
        let after_title = title_at(role, 0, rules).map_or(0, |(n, _, _)| n);
        let titled_name =
            after_title < role.len() && role[after_title..].iter().all(|t| t.cap || !t.word);
        // `Ông Ahmad Jauhari Yahy, giám đốc điều hành Malaysian Airlines`: an honorific and a
        // name before the comma make the person, whatever the role's last words are.
        // So do a title and a name before a role title (`Bác sĩ Võ Đức Chiến, Giám đốc BV
        // Nguyễn Tri Phương`, `Thượng tá Phan Thanh Hồng, Phó trưởng phòng CSGT Quảng Nam`);
        // before a bare name the title's phrase is the role (`Chủ tịch UEFA, Aleksander
        // Ceferin`), and before an honorific another person (`Giám đốc CDC, Tiến sĩ …`).
        let honorifics = Honorifics::new(rules);
        let role_titled =
            title_at(role, 0, rules).is_some_and(|(_, kind, _)| kind == TitleKind::Role);
        let one_word_honorific = honorifics.contains(&name[0]);
        let title_words = if one_word_honorific {
            1
        } else if role_titled {
            title_at(name, 0, rules).map_or(0, |(n, _, _)| n)
        } else {
            0
        };
        // (A party among the capitalised words makes an office: `Trưởng đoàn Việt Nam, Thứ
        // trưởng Ngoại giao Nguyễn Quốc Dũng`.)
        let addressed = title_words > 0
            && name.len() > title_words
            && name[title_words..].iter().all(|t| t.cap || !t.word)
            && (one_word_honorific || entity_at(name, title_words, rules).is_none());
        let described =
            !role.is_empty() && (addressed || !titled_name) && !honorifics.contains(&role[0]);
        if named && described {
            let mut p = parse_mention(s, name, rules);
            let r = parse_mention(s, role, rules);
            if p.role.is_none() {
                p.role = r.role;
            }
            // The side of an institution or country the role names (`người đứng đầu Bộ Chỉ
            // huy … quân đội Philippines`), not of a person it serves (`luật sư riêng của Tổng
            // thống Donald Trump` speaks for no state).
            let unlisted = p.name.as_ref().and_then(|n| rules.entity(n)).is_none();
            if p.side.is_none() && unlisted && r.side_entity.is_some() {
                p.side = r.side;
                p.side_entity = r.side_entity;
            } else if p.side.is_none() && unlisted && r.side.is_none() {
                // `Faith Doherty, người đứng đầu chiến dịch … của Cơ quan Điều tra Môi trường`:
                // a member speaks for the organisation the role names, listed or not.
                if let Some(org) = organisation_owning(s, role, rules) {
                    p.side_entity = Some(org.clone());
                    p.side = Some(org);
                }
            }
            return p;
        }
    }
    let mut p = MentionParts::default();
    let mut k = 0;
    // Titles and honorifics at the start.
    let mut honorific_title = false;
    while k < tokens.len() {
        // `PGS.TS Nguyễn Phú Khánh`, `TS.BS Thái Minh Sâm`: titles joined by a stop.
        if k > 0 && tokens[k].is('.') && title_at(tokens, k + 1, rules).is_some() {
            k += 1;
            continue;
        }
        match title_at(tokens, k, rules) {
            Some((n, kind, title)) => {
                if kind == TitleKind::Role && p.role.is_none() {
                    p.role = Some(title.to_string());
                }
                honorific_title = kind == TitleKind::Honorific;
                k += n;
            }
            None => break,
        }
    }
    // `Bác sĩ Trần Văn Tư`: an honorific that is also a group word (`các bác sĩ`) names one
    // person when a name follows it.
    let named_after_title = k > 0 && k < tokens.len() && tokens[k..].iter().all(|t| t.cap);
    if p.role.is_none() && !named_after_title {
        p.group = rules.group_heading(tokens).map(|g| g.kind);
    }
    // Entities anywhere: the first gives the side.
    let mut j = k;
    let mut last_entity_end = k;
    // After an honorific, the capitalised run is a personal name: `bà Nguyễn Thị Thanh Mỹ` is
    // a woman named Mỹ, not the United States.
    let honorifics = Honorifics::new(rules);
    let honorific = |t: &Token| honorifics.contains(t);
    // `anh Trần Trung Đức`, `Bác sĩ Nguyễn Văn Đức`: after an honorific title too.
    // `Mỹ Tâm`, `Đức Phúc`, `Lào Cai`: with no title, a country's name and one more capitalised
    // word that names nothing listed are one name (a singer, a place), not a person of that
    // country (`Tổng thống Mỹ Donald Trump` has its title).
    let country_led_name = k == 0
        && tokens.iter().all(|t| t.cap && t.word)
        && entity_at(tokens, 0, rules).is_some_and(|(n, e)| {
            e.kind == EntityKind::Country
                && tokens.len() == n + 1
                && entity_at(tokens, n, rules).is_none()
        });
    // `thầy Đinh Đức Hiền`, `nghệ sĩ Đức Huy`: after a lower-case description that is no title,
    // group or entity (the grammar's described name), the capitalised run is a personal name,
    // whatever country a syllable of it spells; unless a country opens a run of two more words
    // (`sao bóng rổ Mỹ Dennis Rodman`: an American named Dennis Rodman).
    // A speaker head (`báo Việt Nam`, `giới Mỹ`) or a run that is one listed entity is no
    // description of a person.
    let head = |t: &Token| {
        [WordRole::SpeakerHead, WordRole::OutletNoun]
            .iter()
            .any(|&role| rules.lists_word(role, t))
    };
    let described_run = (k == 0
        && p.group.is_none()
        && entity_at(tokens, 0, rules).is_none()
        && !tokens.first().is_some_and(head))
    .then(|| tokens.iter().position(|t| t.cap))
    .flatten()
    .filter(|&at| {
        (1..=3).contains(&at)
            && tokens[..at].iter().all(|t| t.word && !t.cap)
            && tokens[at..].iter().all(|t| t.word && t.cap)
            && entity_at(tokens, at, rules).is_none_or(|(n, _)| at + n < tokens.len())
    });
    // `bố cháu Kiên`, `chồng chị Kumari`: a description before an honorific and a name is a
    // relative of the person named, who is not the speaker; the phrase is all there is.
    if described_run.is_some_and(|at| at > 1 && honorifics.contains(&tokens[at - 1])) {
        return p;
    }
    // `biên tập BBC Tiếng Trung`: a listed body (no country: `nghệ sĩ Đức Huy`) opening the run
    // is where the person works; no one is named.
    let works_at = described_run.is_some_and(|at| {
        entity_at(tokens, at, rules)
            .is_some_and(|(_, e)| !matches!(e.kind, EntityKind::Person | EntityKind::Country))
    });
    if works_at {
        return p;
    }
    let name_run_end = if country_led_name {
        tokens.len()
    } else if let Some(at) = described_run {
        match entity_at(tokens, at, rules) {
            Some((n, e)) if e.kind == EntityKind::Country && tokens.len() >= at + n + 2 => at,
            _ => tokens.len(),
        }
    } else if tokens.get(k.saturating_sub(1)).is_some_and(honorific)
        || tokens.first().is_some_and(honorific)
        || honorific_title
    {
        let from = if k == 0 { 1 } else { k };
        (from..tokens.len())
            .find(|&i| !tokens[i].cap)
            .unwrap_or(tokens.len())
    } else {
        k
    };
    while j < tokens.len() {
        // `huyện Đức Thọ`, `quận Thủ Đức`: after an administrative unit, a capitalised run is a
        // local place, not the country a word of it spells.
        let run_start = (0..j)
            .rev()
            .take_while(|&i| tokens[i].word && tokens[i].cap)
            .last()
            .unwrap_or(j);
        let local_place = run_start > 0
            && tokens[run_start - 1].word
            && !tokens[run_start - 1].cap
            && rules.lists_word(WordRole::Qualifier, &tokens[run_start - 1]);
        // `chuyên gia về Mỹ`, `chuyên gia về Nga tại Washington`: a party after `về` is what
        // the person studies, not whom they speak for.
        let topic = j > 0 && rules.lists_word(WordRole::Topic, &tokens[j - 1]);
        // `Phó Thủ tướng Vũ Đức Đam`, `Đại tá Vũ Minh Đức`, `Chủ tịch UBND TP Nguyễn Đức
        // Chung`: a country's syllable up to two capitalised words after a Vietnamese family
        // name is part of the person's name (`Tổng thống Mỹ Donald Trump`: no family name
        // before the country). Asked only where a country stands.
        let family_named = || {
            (k.max(j.saturating_sub(2))..j)
                .rev()
                .take_while(|&i| tokens[i].word && tokens[i].cap)
                .any(|at| {
                    rules.lists_word(WordRole::Surname, &tokens[at])
                        && entity_at(tokens, at, rules).is_none()
                })
        };
        if let Some((n, e)) = entity_at(tokens, j, rules)
            .filter(|_| !local_place && !topic)
            .filter(|(_, e)| !(e.kind == EntityKind::Country && family_named()))
            .filter(|(_, e)| j >= name_run_end || e.kind == EntityKind::Person)
            .filter(|(n, e)| {
                e.kind != EntityKind::Person
                    || !(other_given_name(s, tokens, j, last_entity_end.max(k), &e.canonical)
                        || longer_name(s, tokens, j..j + n, &e.canonical, rules))
            })
        {
            // An outlet in the mention (`trên đài CNN, ông Peskov`) is where it was said, not a
            // side.
            if !matches!(e.kind, EntityKind::Person | EntityKind::Outlet) && p.side.is_none() {
                p.side = e.side.clone().or_else(|| Some(e.canonical.clone()));
                p.side_entity = Some(e.canonical.clone());
            }
            if e.kind == EntityKind::Person {
                // A listed person's side is authoritative, even when it is none
                // (`cựu Giám đốc FBI Comey` does not speak for the FBI).
                p.name = Some(e.canonical.clone());
                p.side = e.side.clone();
                p.side_entity = None;
            }
            j += n;
            last_entity_end = j;
        } else {
            j += 1;
        }
    }
    if p.name.is_none() && p.group.is_none() {
        // The name: the trailing run of capitalised words after the last entity and title.
        let mut end = tokens.len();
        while end > 0 && !tokens[end - 1].word {
            end -= 1;
        }
        let mut start = end;
        // `Sadique ul-Farooq`: a particle glued to a name part belongs to the name.
        // `Raul del Rosario`: a particle between two parts of the name, too.
        // `Bill & Melinda Gates`: an ampersand between two capitalised words, too.
        let ampersand =
            |at: usize| tokens[at].is('&') && at > 0 && tokens[at - 1].word && tokens[at - 1].cap;
        while start > last_entity_end.max(k)
            && (ampersand(start - 1)
                || tokens[start - 1].word
                    && (tokens[start - 1].cap
                        || (rules.lists_word(WordRole::NameParticle, &tokens[start - 1])
                            && (tokens[start - 1].lower.contains('-')
                                || start >= 2 && tokens[start - 2].cap))))
        {
            start -= 1;
        }
        // `UBND tỉnh Quảng Ninh`, `Một thí sinh khác tại Thái Bình`: with no title, a capitalised
        // run after an administrative unit or a place word is a place, not a person's name.
        // (With a title the run stays the name: the article's titled people would otherwise
        // lend the title to an abbreviation such as `UBND`.)
        let place = start > 0
            && tokens[start - 1].word
            && !tokens[start - 1].cap
            && (p.role.is_none()
                && [WordRole::Qualifier, WordRole::Venue]
                    .iter()
                    .any(|&role| rules.lists_word(role, &tokens[start - 1]))
                // `cầu thủ người Serbia`: where the person comes from, title or not.
                || rules.lists_word(WordRole::Origin, &tokens[start - 1]));
        // A title's place is not the person (`name_after_place`).
        let start = if place || start >= end {
            start
        } else {
            let start = name_after_place(s, tokens, start, end, rules);
            name_after_abbreviation(s, tokens, start, end, rules)
        };
        // `Chủ tịch QH`, `Thống đốc NHNN`, `Chủ tịch UBND TP`: after a role, a run of
        // abbreviations only is the body the role belongs to, not a name. The person is the one
        // named in full with that title before, or no one: the title as written.
        // One or two words (`UBND TP`): a name in capitals (`NGUYỄN CHI DŨNG`) has more.
        p.body = p.role.is_some()
            && start < end
            && end - start <= 2
            && tokens[start..end]
                .iter()
                .all(|t| abbreviation(&s[t.range.clone()]));
        if start < end && !place && !p.body {
            let name = tokens[start..end]
                .iter()
                .map(|t| &s[t.range.clone()])
                .collect::<Vec<_>>()
                .join(" ");
            if !name.is_empty() {
                p.name = Some(name);
            }
        }
    }
    // A former official (`cựu Giám đốc FBI James Comey`) no longer speaks for the institution
    // in the title.
    let former_words = rules.role_words(WordRole::Former);
    let former = tokens.iter().take(3).any(|t| former_words.contains(t));
    if former && p.name.as_ref().and_then(|n| rules.entity(n)).is_none() {
        p.side = None;
        p.side_entity = None;
    }
    p
}

/// Where the person's name starts in the capitalised run `start..end` that ends a mention with
/// a title (`end` when the run is all place). `Phó Chủ tịch UBND tỉnh Bình Định Trần Châu`,
/// `Chủ tịch UBND tỉnh Quảng Nam`: after an administrative unit the run is the place, then the
/// name when a family name opens two to four words at its end: the whole run (`tỉnh Dương Tất
/// Thắng`, a place left out) unless it is a listed province, or after a place of two syllables
/// or more (`Bình Dương Trần Thanh Liêm`: `Dương` ends the place).
fn name_after_place(s: &str, tokens: &[Token], start: usize, end: usize, rules: &Lexicon) -> usize {
    let unit = start > 0
        && tokens[start - 1].word
        && !tokens[start - 1].cap
        && rules.lists_word(WordRole::Qualifier, &tokens[start - 1]);
    // `Bí thư Thành ủy TP HCM Đinh La Thăng`: a capitalised unit opens the run.
    let capital_unit =
        !unit && start + 1 < end && rules.lists_word(WordRole::Qualifier, &tokens[start]);
    // A listed province, with its unit or without (`TP Hồ Chí Minh`, `Hà Giang`).
    let province = |from: usize| {
        let run = &s[tokens[from].range.start..tokens[end - 1].range.end];
        rules.has_role(&lowercase(run), WordRole::PlaceName)
    };
    let (start, unit) = if capital_unit {
        (start + 1, true)
    } else {
        (start, unit)
    };
    if unit {
        let province = province(start) || (capital_unit && province(start - 1));
        // How many syllables the place before `i` has (`TT-Huế` two; an abbreviation one a
        // letter: `HCM` three).
        let place_syllables = |i: usize| {
            s[tokens[start].range.start..tokens[i].range.start]
                .split([' ', '-'])
                .map(|w| {
                    let abbreviation = w.chars().all(char::is_uppercase);
                    if abbreviation {
                        w.chars().count()
                    } else {
                        usize::from(!w.is_empty())
                    }
                })
                .sum::<usize>()
        };
        let family_name = (start..end).find(|&i| {
            (2..=MAX_VIETNAMESE_NAME_WORDS).contains(&(end - i))
                && (if i == start {
                    !province
                } else {
                    place_syllables(i) >= 2
                })
                && rules.lists_word(WordRole::Surname, &tokens[i])
        });
        // With no family name: the Vietnamese-looking words open the place; of the words
        // after them, one alone is the place too (`tỉnh Nangarhar`), two are the name
        // (`Zabiullah Amani`), and of more the first ends the place (`tỉnh Okinawa Takeshi
        // Onaga`).
        let words: Vec<usize> = (start..end).filter(|&i| tokens[i].word).collect();
        let lead = words
            .iter()
            .take_while(|&&i| vietnamese_like(&s[tokens[i].range.clone()]))
            .count();
        match (family_name, words.len() - lead) {
            (Some(i), _) => i,
            (None, 0 | 1) => end,
            (None, 2) => words[lead],
            (None, _) => words[lead + 1],
        }
    } else {
        // `Phó Bí thư Thành ủy Đà Nẵng Võ Công Trí`: a listed province, with no unit before
        // it, then a name a family name opens; not inside a longer listed place (`Bộ Tư lệnh
        // Thái Bình Dương Robert Shuford`).
        let listed_place = |to: usize| {
            rules.has_role(
                &lowercase(&s[tokens[start].range.start..tokens[to - 1].range.end]),
                WordRole::PlaceName,
            )
        };
        (start + 1..end)
            .find(|&i| {
                (2..=MAX_VIETNAMESE_NAME_WORDS).contains(&(end - i))
                    && rules.lists_word(WordRole::Surname, &tokens[i])
                    && listed_place(i)
                    && !listed_place(i + 1)
            })
            .unwrap_or(start)
    }
}

/// Where the person's name starts in the capitalised run `start..end` when an abbreviation
/// stands in it: a body's or a title's abbreviation is never part of a personal name
/// (`Thứ trưởng Bộ GD&ĐT Bùi Văn Ga`, `HLV Nguyễn Hữu Thắng`, `Phó chủ tịch UBND TP HCM
/// Nguyễn Thị Thu`), so a family name opening the last two to four words after the run's last
/// abbreviation opens the name, unless those words are a listed place (`Sở Y tế TP Hồ Chí
/// Minh`). Otherwise `start` stays.
fn name_after_abbreviation(
    s: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    rules: &Lexicon,
) -> usize {
    let Some(last) = (start..end)
        .rev()
        .find(|&i| abbreviation(&s[tokens[i].range.clone()]))
    else {
        return start;
    };
    let name = last + 1;
    let place = || {
        let run = &s[tokens[name].range.start..tokens[end - 1].range.end];
        rules.has_role(&lowercase(run), WordRole::PlaceName)
    };
    if (2..=MAX_VIETNAMESE_NAME_WORDS).contains(&(end - name))
        && tokens[name..end].iter().all(|t| t.word && t.cap)
        && rules.lists_word(WordRole::Surname, &tokens[name])
        && !place()
    {
        name
    } else {
        start
    }
}

/// An abbreviation: two or more capital letters, with `&` or `-` between them and nothing
/// else (`UBND`, `GD&ĐT`, `GD-ĐT`, `HLV`; not `H.R.`, not `Hà`).
fn abbreviation(word: &str) -> bool {
    word.chars().filter(|c| c.is_uppercase()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c == '&' || c == '-')
}

/// The longest Vietnamese syllable written without a diacritic that [`vietnamese_like`]
/// takes for one: `Thanh`, `Minh`, `Long`.
const MAX_PLAIN_SYLLABLE: usize = 5;

/// Looks like a Vietnamese syllable: a letter outside ASCII (`Quảng`, `Đắk`), or short enough
/// (`Minh`, `Gia`, `An`); `Zabiullah` does not.
fn vietnamese_like(word: &str) -> bool {
    word.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
        || word.chars().count() <= MAX_PLAIN_SYLLABLE
}

/// The most words a Vietnamese personal name has, after a place or an abbreviation in a title:
/// `Nguyễn Văn Minh Tuấn`.
const MAX_VIETNAMESE_NAME_WORDS: usize = 4;

/// The organisation a role belongs to: after its last owner word (`của`), an institution's
/// head and its name to the end of the role (`Cơ quan Điều tra Môi trường`), or a lower-case
/// head and a name (`tổ chức Theo dõi Nhân quyền (HRW)`, the head dropped), or an abbreviation
/// alone (`của FDA`); an abbreviation in brackets after the name is the name used.
fn organisation_owning(s: &str, role: &[Token], rules: &Lexicon) -> Option<String> {
    // `Edward Snowden, cựu chuyên gia an ninh mạng của NSA`: a former member speaks for no one.
    let former = rules.role_words(WordRole::Former);
    if role.iter().take(3).any(|t| former.contains(t)) {
        return None;
    }
    let owner = rules.role_words(WordRole::Owner);
    let j = role.iter().rposition(|t| owner.contains(t))?;
    let k = j + 1;
    // `của FDA`: an abbreviation that ends the role names the organisation.
    if k + 1 == role.len() && role[k].word {
        let word = &s[role[k].range.clone()];
        if word.chars().count() >= 2 && word.chars().all(|c| c.is_uppercase()) {
            return Some(word.to_string());
        }
    }
    let (n, group) = rules.group_at(role, k)?;
    if group.kind != GroupKind::Institution {
        return None;
    }
    let start = if role[k].cap { k } else { k + n };
    // The name runs to the end of the role (a comma or a bracket ends it), and opens with a
    // capital (`Điều tra Môi trường`: Vietnamese names capitalise the first syllable of a word).
    if !role.get(k + n).is_some_and(|t| t.word && t.cap) {
        return None;
    }
    let end = (k + n..role.len())
        .find(|&i| !role[i].word)
        .unwrap_or(role.len());
    // `(HRW)`: the abbreviation the organisation goes by.
    if let [open, abbr, close, ..] = &role[end..] {
        if open.is('(') && close.is(')') && abbr.word && abbr.cap {
            return Some(s[abbr.range.clone()].to_string());
        }
    }
    Some(s[role[start].range.start..role[end - 1].range.end].to_string())
}

/// Where the brackets closing `tokens` open, when a form of address or a title and a
/// capitalised name stand before them (`chị Lan Hương (quận Ba Đình)`, `đại biểu Lưu Bình
/// Nhưỡng (Bến Tre)`), or a Vietnamese personal name does (`ĐB Trần Văn Tiến (Vĩnh Phúc)`,
/// [`vietnamese_name_before`]).
fn closing_bracket_after_person(s: &str, tokens: &[Token], rules: &Lexicon) -> Option<usize> {
    if !tokens.last()?.is(')') {
        return None;
    }
    let open = tokens.iter().rposition(|t| t.is('('))?;
    let address = if Honorifics::new(rules).contains(&tokens[0]) {
        Some(1)
    } else {
        // `đại biểu Lưu Bình Nhưỡng (Bến Tre)`: a role title names the person as well.
        title_at(tokens, 0, rules).map(|(n, _, _)| n)
    };
    let named = address.is_some_and(|a| open > a && tokens[a..open].iter().all(|t| t.cap));
    (named || vietnamese_name_before(s, tokens, open, rules)).then_some(open)
}

/// Whether a Vietnamese personal name (a family name and one to three more capitalised words,
/// not a listed place) ends right before token `end`, opening the phrase or after nothing but
/// a title and abbreviations, bracketed or not: `ĐB Trần Văn Tiến`, `đại biểu (ĐB) Nguyễn Thị
/// Mai Hoa`, `Nguyễn Văn Nam`. Without a form of address or a title, the family name says a
/// person is named.
fn vietnamese_name_before(s: &str, tokens: &[Token], end: usize, rules: &Lexicon) -> bool {
    let Some(start) = (end.saturating_sub(MAX_VIETNAMESE_NAME_WORDS)..end.saturating_sub(1))
        .find(|&i| rules.lists_word(WordRole::Surname, &tokens[i]))
    else {
        return false;
    };
    let name = &tokens[start..end];
    let titled = title_at(tokens, 0, rules).map_or(0, |(n, _, _)| n.min(start));
    let place = || {
        let run = &s[name[0].range.start..name[name.len() - 1].range.end];
        rules.has_role(&lowercase(run), WordRole::PlaceName)
    };
    name.iter().all(|t| t.word && t.cap)
        && tokens[titled..start]
            .iter()
            .all(|t| t.is('(') || t.is(')') || abbreviation(&s[t.range.clone()]))
        && !place()
}

/// Where an address opened by a place word (`ở`, `sống tại`: [`WordRole::Locative`]) starts
/// after a form of address and a capitalised name (`Chị Trần Thu Hoa ở Bình Thủy, Cần Thơ`).
fn address_after_person(tokens: &[Token], rules: &Lexicon) -> Option<usize> {
    if !Honorifics::new(rules).contains(tokens.first()?) {
        return None;
    }
    let at = 1 + tokens[1..].iter().position(|t| !(t.word && t.cap))?;
    let place_word = rules
        .phrases(WordRole::Locative)
        .iter()
        .any(|p| crate::tokens::matches_at(tokens, at, p));
    (at > 1 && place_word).then_some(at)
}

/// `Thượng nghị sĩ Bernie Sanders` is not the listed `Sarah Huckabee Sanders` although
/// `Sanders` is one of her aliases: a person's alias at token `j` right after a given name (a
/// capitalised word of two letters or more, no capital inside: not `TT`, `VN`, `R` of `H.R`)
/// when no word of the name before the alias (after `from`: titles, entities) is like the
/// listed first name. A spelling of the same name (`Sergey Lavrov`, `Mohammad Had Zarif`) is
/// alike.
fn other_given_name(s: &str, tokens: &[Token], j: usize, from: usize, canonical: &str) -> bool {
    /// How alike two spellings of one first name are at least (Jaro–Winkler).
    const SAME_NAME: f64 = 0.8;
    let given_name = |t: &Token| {
        let w = &s[t.range.clone()];
        t.word
            && t.cap
            && w.chars().count() >= 2
            && w.chars().all(char::is_alphabetic)
            && !w.chars().skip(1).any(char::is_uppercase)
    };
    if j <= from || !given_name(&tokens[j - 1]) {
        return false;
    }
    let mut words = canonical.split_whitespace();
    let (Some(first), Some(_)) = (words.next(), words.next()) else {
        return false;
    };
    let first = lowercase(first);
    let run_start = (from..j)
        .rev()
        .take_while(|&i| tokens[i].cap)
        .last()
        .unwrap_or(j - 1);
    !(run_start..j)
        .any(|i| strsim::jaro_winkler(&lowercase(&s[tokens[i].range.clone()]), &first) >= SAME_NAME)
}

/// `Đại sứ Triều Tiên tại Nga, ông Kim Huyn-jong` is not the listed `Kim Jong-un` although
/// `ông Kim` is one of his aliases, nor is `ông Moon Sang-gyun` `Moon Jae-in`: a short alias
/// (not the whole listed name) at `alias` that ends where the capitalised name goes on (a word
/// that opens no listed entity and has a small letter: not `III`) is part of another person's
/// longer name (`Trump Jr.` is not his father). A whole name followed by more capitals is the
/// person, with text glued after it (`tổng thống Donald Trump Steve Bannon` from a caption).
fn longer_name(
    s: &str,
    tokens: &[Token],
    alias: Range<usize>,
    canonical: &str,
    rules: &Lexicon,
) -> bool {
    let end = alias.end;
    let goes_on = tokens
        .get(end)
        .filter(|t| t.word && t.cap && entity_at(tokens, end, rules).is_none())
        .is_some_and(|t| s[t.range.clone()].chars().any(char::is_lowercase));
    let words = |text: &str| -> Vec<String> {
        lowercase(text)
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let matched = &s[tokens[alias.start].range.start..tokens[end - 1].range.end];
    goes_on && words(matched) != words(canonical)
}

/// Resolves one mention at `range` of the working text.
pub(super) fn resolve(
    s: &str,
    range: Range<usize>,
    tokens: &[Token],
    memory: &mut Memory,
    rules: &Lexicon,
) -> Speaker {
    let sp = resolve_mention(s, range, tokens, memory, rules);
    let sp = of_country_named_before(sp, memory, rules);
    staff_of_person(sp, memory, rules)
}

/// `người phát ngôn của bà`, `Steffen Seibert, người phát ngôn của bà Merkel`, `Chiến dịch của
/// ông Trump`: a speaker who works for a person (a `staff` phrase of `rules/grammar.txt` right
/// before `của`) speaks for that person's side: a pronoun's person, a listed person, or one met
/// earlier with a side. A lawyer or a friend of someone is no staff, and speaks for no one.
fn staff_of_person(mut sp: Speaker, memory: &Memory, rules: &Lexicon) -> Speaker {
    let Some(at) = sp.range.as_ref().map(|r| r.start) else {
        return sp;
    };
    let lower = lowercase(&sp.text);
    // Byte positions found in `lower` slice `sp.text`: only when lower-casing kept every
    // character's length (it does for Vietnamese; not for every script).
    let aligned = lower.len() == sp.text.len()
        && sp
            .text
            .chars()
            .zip(lower.chars())
            .all(|(a, b)| a.len_utf8() == b.len_utf8());
    if !aligned {
        return sp;
    }
    // The last owner word (`của`, `rules/grammar.txt`) and the person after it.
    let mut pattern = String::new();
    let Some((of, owner_len)) = rules
        .phrase_texts(WordRole::Owner)
        .iter()
        .filter_map(|w| {
            lower
                .rfind(spaced(&mut pattern, w))
                .map(|at| (at, w.len() + 2))
        })
        .max()
    else {
        return sp;
    };
    let Some(staff) = rules
        .phrase_texts(WordRole::Staff)
        .iter()
        .filter(|p| ends_with_word(&lower[..of], p) || lower[..of] == **p)
        .max_by_key(|p| p.len())
    else {
        return sp;
    };
    // The staff phrase heads the last part of the mention: nobody else is named between it and
    // the last comma or dash, and no `cựu` makes it a former post (`…, một tài phiệt … thân
    // cận với Paul Manafort - cựu quản lý đội ngũ tranh cử của Tổng thống Trump` is not on
    // the campaign).
    let head_start = of - staff.len();
    let part_start = sp.text[..head_start]
        .rfind([',', '-', '–'])
        .map_or(0, |i| i + 1);
    let part = &sp.text[part_start..head_start];
    let other_name = part
        .split_whitespace()
        .skip(1)
        .any(|w| w.starts_with(char::is_uppercase));
    let former = part
        .split_whitespace()
        .any(|w| rules.has_role(&lowercase(w), WordRole::Former));
    if other_name || former {
        return sp;
    }
    let whose = sp.text[of + owner_len..]
        .trim()
        .trim_end_matches([',', '.'])
        .to_string();
    let whose_lower = lowercase(&whose);
    let honorifics = Honorifics::new(rules);
    let person =
        if rules.has_role(&whose_lower, WordRole::PersonPronoun) || honorifics.is_word(&whose) {
            memory
                .last_person_like(&whose_lower, at)
                .map(|(p, _)| (p.canonical, p.side))
        } else {
            // `ông Trump`, `bà Merkel`: the name after the honorific.
            let name = match whose.split_once(' ') {
                Some((first, rest)) if honorifics.is_word(first) => rest,
                _ => whose.as_str(),
            };
            match rules.entity(name).filter(|e| e.kind == EntityKind::Person) {
                Some(e) => Some((e.canonical.clone(), e.side.clone())),
                None => memory
                    .fullest_name(name, Some(at))
                    .map(|p| (p.canonical.clone(), p.side.clone())),
            }
        };
    let Some((canonical, side)) = person else {
        return sp;
    };
    // A side the mention got from something else it names (`văn phòng của ông X tại Bộ Y`).
    if sp.side.is_some() && sp.side != side {
        return sp;
    }
    let side = memory
        .candidate_party(&canonical, None)
        .map(str::to_string)
        .or(side);
    if side.is_some() && side != sp.side {
        sp.side = side;
        if sp.resolved_from.is_none() {
            sp.resolved_from = Some(format!("{} → works for {canonical}", sp.text));
        }
    }
    sp
}

/// `Bộ Ngoại giao nước này`, `Quân đội nước này`: a body or an official of "this country"
/// belongs to the country named last before it (in its sentence or the two before), is named
/// with it and speaks for it, whoever else holds the same title. `Các nước này`, `Bốn nước
/// này` (a quantifier or a number before the pronoun) are several countries, and stay as
/// written.
fn of_country_named_before(mut sp: Speaker, memory: &Memory, rules: &Lexicon) -> Speaker {
    let lower = lowercase(&sp.text);
    let Some(pronoun) = rules
        .phrase_texts(WordRole::CountryPronoun)
        .iter()
        .filter(|p| ends_with_word(&lower, p))
        .max_by_key(|p| p.len())
    else {
        return sp;
    };
    let head_chars = sp.text.chars().count() - pronoun.chars().count();
    let head: String = sp.text.chars().take(head_chars).collect();
    let head_lower = lowercase(head.trim());
    let last_word = head_lower.rsplit(' ').next().unwrap_or_default();
    if !head_lower.contains(' ')
        || rules.has_role(&head_lower, WordRole::Quantifier)
        || rules.has_role(last_word, WordRole::Quantifier)
    {
        return sp;
    }
    let Some((country, side)) = sp
        .range
        .as_ref()
        .and_then(|r| memory.country_named_before(r.start))
    else {
        return sp;
    };
    if sp.side.as_deref() != Some(side.as_str()) {
        sp.side = Some(side);
        sp.canonical = format!("{head}{country}");
        sp.resolved_from = Some(format!(
            "{} → {} (the country named before)",
            sp.text, sp.canonical
        ));
    }
    sp
}

/// How many words may describe a person between its head and the demonstrative: `vị lãnh
/// đạo này`; `người phát ngôn bệnh viện này` points at the hospital instead.
const MAX_DEMONSTRATIVE_WORDS: usize = 2;

/// `Vị này`, `vị lãnh đạo này`, `người doanh nhân này`: a person described and pointed back to,
/// which stands for the last person as a pronoun does (`lower` is the speaker as written, lower
/// case).
fn demonstrative_person(lower: &str, rules: &Lexicon) -> bool {
    let words: Vec<&str> = lower.split(' ').collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    words.len() >= 2
        && words.len() <= MAX_DEMONSTRATIVE_WORDS + 2
        && rules.has_role(first, WordRole::DemonstrativeHead)
        && rules.has_role(last, WordRole::Demonstrative)
}

/// How many sentences back `họ` looks for the group, party or outlet it stands for.
const PLURAL_REACH: usize = 2;

/// A pronoun that stands for no one named: its canonical name is itself in lower case, with no
/// role or side.
fn unnamed(text: String, range: Range<usize>, lower: String, kind: SpeakerKind) -> Speaker {
    Speaker {
        text,
        range: Some(range),
        canonical: lower,
        role: None,
        side: None,
        kind,
        resolved_from: None,
    }
}

fn resolve_mention(
    s: &str,
    range: Range<usize>,
    tokens: &[Token],
    memory: &mut Memory,
    rules: &Lexicon,
) -> Speaker {
    let text = s[range.clone()].to_string();
    let lower = lowercase(&text);
    let is_role = |role: WordRole| rules.has_role(&lower, role);
    let inherit = |sp: &Option<Speaker>, how: &str| {
        sp.clone().map(|mut sp| {
            sp.resolved_from = Some(format!("{text} → {} ({how})", sp.canonical));
            sp.text = text.clone();
            sp.range = Some(range.clone());
            sp
        })
    };
    // `anh`, `cô`, `chị` alone are pronouns too (`Trả lời phỏng vấn, anh cho biết …`). `Anh`
    // opening a sentence is also the United Kingdom: the country when the article has named
    // it before, else the person when there is one.
    let lone_honorific = !lower.contains(' ') && Honorifics::new(rules).is_word(&text);
    let demonstrative = demonstrative_person(&lower, rules);
    // `… một chuyên gia kinh tế chia sẻ: "…". "…", vị chuyên gia này bày tỏ`: a described
    // person points back to the unnamed one who spoke last, not past them to a named one.
    // Asked once for a described person: whom it stands for.
    let described = demonstrative
        .then(|| memory.last_person_like(&lower, range.start))
        .flatten();
    let named_since = described
        .as_ref()
        .is_some_and(|(_, how)| *how == NAMED_AS_SUBJECT);
    if demonstrative && !named_since {
        let unnamed = memory
            .last_speaker
            .clone()
            .filter(|sp| sp.kind == SpeakerKind::Group);
        if let Some(sp) = inherit(&unnamed, "last speaker, unnamed") {
            return sp;
        }
    }
    if is_role(WordRole::PersonPronoun) || lone_honorific || demonstrative {
        let country = rules
            .entity(&text)
            .filter(|e| e.kind == EntityKind::Country && text.starts_with(char::is_uppercase));
        let country_named =
            country.is_some_and(|e| memory.names_country_before(range.start, &e.canonical));
        if !country_named {
            let person = if demonstrative {
                described
            } else {
                memory.last_person_like(&lower, range.start)
            };
            if let Some((sp, how)) = person {
                if let Some(sp) = inherit(&Some(sp), how) {
                    return sp;
                }
            }
        }
        // A pronoun with no one to stand for is no country when it is lower-case (`anh` is
        // never `Anh`) or when the article names the country nowhere but where a capital is
        // owed to position (`Năm 2017 sẽ là một năm rất khác với Dũng. Anh cho biết, …`). On
        // the bulk corpus 17 of 18 such claims in articles that never write `anh` in lower
        // case were the man; the one country was dantri_066's `Anh hôm qua cũng áp đặt trừng
        // phạt 14 quan chức Nga`, now a pronoun (asking for no country named in the three
        // sentences before would keep it, and turn 24 bulk pronouns of sport and showbiz news,
        // which name countries too, back into the United Kingdom).
        let lower_case = !text.starts_with(char::is_uppercase);
        let country_nowhere =
            country.is_some_and(|e| !memory.names_country_before(s.len(), &e.canonical));
        // Its canonical name is the pronoun in lower case, never the country's (`Anh`).
        if lone_honorific && (lower_case || country_nowhere) {
            return unnamed(text, range, lower, SpeakerKind::Person);
        }
    }
    if is_role(WordRole::PartyPronoun) {
        if let Some(sp) = inherit(&memory.last_party, "last country or organisation") {
            return sp;
        }
    }
    // `Theo tờ báo, …` after the outlet was named: words for a kind of outlet and nothing else,
    // two or more (`tờ báo`; a lone `hãng` is as often a company), point back as `tờ báo này`
    // does.
    let bare_outlet = lower.contains(' ')
        && lower
            .split(' ')
            .all(|w| rules.has_role(w, WordRole::OutletNoun));
    if is_role(WordRole::OutletPronoun) || bare_outlet {
        if let Some(sp) = inherit(&memory.last_outlet, "last outlet") {
            return sp;
        }
    }
    // `họ` ("they") stands for a group, a party or an outlet that spoke in this sentence or
    // the two before, never for one person: on the bulk corpus 282 claims of `họ` took the
    // last speaker when it was one person (`họ → Kình`, `Họ → Carlson`), nearly always someone
    // else's words; most stand for a group the article names without quoting it (`nhiều
    // người đã chê cười …. Họ cho rằng …`). With no such speaker, `họ` stays a group unnamed.
    if is_role(WordRole::PluralPronoun) {
        let recent = memory
            .last_plural
            .as_ref()
            .filter(|(sp, at)| at + PLURAL_REACH >= memory.sentence && sp.canonical != lower)
            .map(|(sp, _)| sp.clone());
        return inherit(&recent, "last speaker that is not one person")
            .unwrap_or_else(|| unnamed(text, range, lower, SpeakerKind::Group));
    }
    if is_role(WordRole::GroupPronoun) {
        if let Some(sp) = inherit(&memory.last_speaker, "last speaker") {
            return sp;
        }
    }
    // `phía Azerbaijan`, `Liên minh châu Âu (EU)`, `Baku`: the whole mention is an entity.
    let bare = strip_side_marker(&text, rules);
    let bare = bare.split(" (").next().unwrap_or(&bare).trim().to_string();
    // `Thổ Nhĩ Kỳ, quốc gia có quan hệ mật thiết với Qatar`: an entity and its description.
    let bare = match bare.split_once(", ") {
        Some((head, rest))
            if rest.starts_with(char::is_lowercase) && rules.entity(head).is_some() =>
        {
            head.to_string()
        }
        _ => bare,
    };
    // `hãng thông tấn KCNA`, `tờ The Washington Post`: an outlet named with its kind of outlet.
    // What follows each word for a kind of outlet is read once, for a listed outlet here and an
    // unlisted one below.
    let after_prefix = match rules.entity(&bare) {
        Some(_) => Vec::new(),
        None => after_outlet_prefix(&bare, rules),
    };
    let bare = outlet_after_prefix(&after_prefix, rules).map_or(bare.clone(), str::to_string);
    if let Some(e) = rules.entity(&bare) {
        let kind = match e.kind {
            EntityKind::Country | EntityKind::Place => SpeakerKind::Country,
            EntityKind::Org => SpeakerKind::Org,
            EntityKind::Person => SpeakerKind::Person,
            EntityKind::Outlet => SpeakerKind::Outlet,
        };
        let sp = Speaker {
            text: text.clone(),
            range: Some(range),
            canonical: e.canonical.clone(),
            role: None,
            side: e.side.clone().or_else(|| {
                // A country or organisation speaks for itself; a person or an outlet
                // listed without a side has none.
                matches!(kind, SpeakerKind::Country | SpeakerKind::Org).then(|| e.canonical.clone())
            }),
            kind,
            resolved_from: (match_key(&bare) != match_key(&e.canonical))
                .then(|| format!("{bare} → {}", e.canonical)),
        };
        if kind == SpeakerKind::Person {
            register(memory, &sp, range_start(&sp));
        }
        return sp;
    }
    // `Báo Folha Vitoria`, `tờ Ettelaat`: an outlet not listed, named after a word for its kind,
    // speaks for itself (gold conventions: a company's staff speak for the company).
    // After a word that also names firms (`hãng Pfizer`), an organisation.
    if let Some((name, firm)) = unlisted_outlet(&after_prefix, rules) {
        return Speaker {
            text: text.clone(),
            range: Some(range),
            canonical: name.to_string(),
            role: None,
            side: Some(name.to_string()),
            kind: if firm {
                SpeakerKind::Org
            } else {
                SpeakerKind::Outlet
            },
            resolved_from: Some(format!("{bare} → {name}")),
        };
    }
    if let Some(sp) = country_leader(&text, &lower, range.clone(), memory, rules) {
        return sp;
    }
    let parsed = parse_mention(s, tokens, rules);
    if let Some(group) = parsed.group {
        let before = &s[..range.start];
        return group_side(
            memory,
            rules,
            before,
            Speaker {
                text: text.clone(),
                range: Some(range),
                canonical: text.clone(),
                role: None,
                side: parsed.side,
                kind: if group == GroupKind::Collective {
                    SpeakerKind::Group
                } else {
                    SpeakerKind::Org
                },
                resolved_from: None,
            },
        );
    }
    let at = range.start;
    if let Some(name) = parsed.name.clone() {
        // A short name resolves to a full name met earlier (`Aliyev` → `Ilham Aliyev`).
        let known = memory.fullest_name(&name, Some(at));
        let (canonical, side, role, how) = match known {
            Some(p) if p.canonical != name => (
                p.canonical.clone(),
                parsed.side.clone().or_else(|| p.side.clone()),
                parsed.role.clone().or_else(|| p.role.clone()),
                Some(format!("{name} → {}", p.canonical)),
            ),
            Some(p) => (
                p.canonical.clone(),
                parsed.side.clone().or_else(|| p.side.clone()),
                parsed.role.clone().or_else(|| p.role.clone()),
                None,
            ),
            None => (name.clone(), parsed.side.clone(), parsed.role.clone(), None),
        };
        // A listed person's side; a person named like a country (`anh Mỹ`, `bác sĩ Đức`) has
        // none of the country's.
        let side = side.or_else(|| {
            rules
                .entity(&canonical)
                .filter(|e| e.kind == EntityKind::Person)
                .and_then(|e| e.side.clone())
        });
        let sp = Speaker {
            text: text.clone(),
            range: Some(range),
            canonical,
            role,
            side,
            kind: SpeakerKind::Person,
            resolved_from: how,
        };
        register(memory, &sp, at);
        return sp;
    }
    if let Some(role) = parsed.role.clone() {
        // A title without a name (`Tổng thống Azerbaijan`): the person met with that title.
        let people = memory.people(Some(at));
        // Not a word of this mention's own (`Lãnh đạo Công an huyện Phúc Thọ`, whose cut
        // `Lãnh đạo Công` the titled people hold).
        let own_word = |p: &Person| text.split(' ').any(|w| w == p.canonical);
        // After a body's abbreviation (`Chủ tịch QH`), only a person named in full with a
        // family name: the titled people also hold bodies cut at a small letter (`Thống đốc
        // Ngân hàng Nhà nước` holds `Ngân`).
        let full_name = |p: &Person| {
            let words: Vec<&str> = p.canonical.split(' ').collect();
            words.len() >= 2
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
                && rules.has_role(&lowercase(words[0]), WordRole::Surname)
        };
        let known = people.iter().rev().find(|p| {
            p.at <= at
                && p.role.as_deref() == Some(role.as_str())
                && (parsed.side.is_none() || p.side == parsed.side)
                && !own_word(p)
                && (!parsed.body || full_name(p))
        });
        if let Some(p) = known {
            return Speaker {
                text: text.clone(),
                range: Some(range),
                canonical: p.canonical.clone(),
                role: Some(role),
                side: listed_side(rules, &p.canonical).unwrap_or_else(|| p.side.clone()),
                kind: SpeakerKind::Person,
                resolved_from: Some(format!("{text} → {}", p.canonical)),
            };
        }
        return Speaker {
            text: text.clone(),
            range: Some(range),
            canonical: text.clone(),
            role: Some(role),
            side: parsed.side,
            kind: SpeakerKind::Person,
            resolved_from: None,
        };
    }
    let sp = Speaker {
        text: text.clone(),
        range: Some(range),
        canonical: text.clone(),
        role: None,
        side: parsed.side,
        kind: if parsed.side_entity.is_some() {
            SpeakerKind::Org
        } else {
            SpeakerKind::Group
        },
        resolved_from: None,
    };
    let before = &s[..sp.range.as_ref().map_or(0, |r| r.start)];
    group_side(memory, rules, before, sp)
}

/// `Nhà lãnh đạo Nga`, `chủ nhân Điện Kremlin`: an epithet for a country's leader (a
/// [`WordRole::LeaderEpithet`] and nothing after it but the country or a metonym of it) is the
/// last person named before it with a title that heads a country ([`WordRole::HeadTitle`])
/// who speaks for that country. With no such person it stays as written.
fn country_leader(
    text: &str,
    lower: &str,
    range: Range<usize>,
    memory: &Memory,
    rules: &Lexicon,
) -> Option<Speaker> {
    let epithet = rules
        .phrase_texts(WordRole::LeaderEpithet)
        .iter()
        .filter(|p| {
            lower
                .strip_prefix(p.as_str())
                .is_some_and(|r| r.starts_with(' '))
        })
        .max_by_key(|p| p.len())?;
    let country: String = text.chars().skip(epithet.chars().count() + 1).collect();
    let country = rules
        .entity(&country)
        .filter(|e| e.kind == EntityKind::Country)?;
    let side = country.side.as_deref().unwrap_or(&country.canonical);
    let heads = rules.phrase_texts(WordRole::HeadTitle);
    let people = memory.people(Some(range.start));
    let leader = people.iter().rev().find(|p| {
        p.at <= range.start
            && p.side.as_deref() == Some(side)
            && p.role
                .as_deref()
                .is_some_and(|r| heads.contains(&lowercase(r)))
    })?;
    Some(Speaker {
        text: text.to_string(),
        range: Some(range),
        canonical: leader.canonical.clone(),
        role: leader.role.clone(),
        side: leader.side.clone(),
        kind: SpeakerKind::Person,
        resolved_from: Some(format!(
            "{text} → {} (the leader named before)",
            leader.canonical
        )),
    })
}

/// `hai quan chức Mỹ cho biết … Một quan chức khác nói …`: an unnamed group speaker takes the
/// side of the last group speaker with the same head (a `side_head` of `rules/grammar.txt`)
/// that had one; one with a side is remembered for those after it. A phrase naming anything
/// (a capital after its first letter) keeps what it says.
fn group_side(memory: &mut Memory, rules: &Lexicon, before: &str, mut sp: Speaker) -> Speaker {
    let lower = format!(" {} ", lowercase(&sp.text));
    let mut pattern = String::new();
    let Some(head) = rules
        .phrase_texts(WordRole::SideHead)
        .iter()
        .filter(|h| lower.contains(spaced(&mut pattern, h)))
        .max_by_key(|h| (h.len(), h.as_str()))
    else {
        return sp;
    };
    match &sp.side {
        Some(side) => memory.group_sides.push((head.clone(), side.clone())),
        None => {
            let names_something = sp
                .text
                .split_whitespace()
                .skip(1)
                .any(|w| w.starts_with(char::is_uppercase));
            if !names_something {
                sp.side = memory
                    .group_sides
                    .iter()
                    .rev()
                    .find(|(h, _)| h == head)
                    .map(|(_, side)| side.clone())
                    .or_else(|| country_after_head(before, head, rules));
            }
        }
    }
    sp
}

/// `… nguồn tin là hai quan chức Mỹ nói với Reuters. Hai vị quan chức đề nghị giấu danh tính
/// nói …`: the country named right after the same head, introduced by a quantifier, in the text
/// before the speaker (the last such mention within a few paragraphs), when no earlier speaker
/// gave the head a side.
fn country_after_head(before: &str, head: &str, rules: &Lexicon) -> Option<String> {
    const WINDOW: usize = 4000;
    let window = &before[ceil_boundary(before, before.len().saturating_sub(WINDOW))..];
    let lower = lowercase(window);
    // Offsets into `lower` are offsets into `window` only when lower-casing kept every length.
    if lower.len() != window.len() {
        return None;
    }
    lower.rmatch_indices(head).find_map(|(at, _)| {
        // Only a group introduced as such (`hai quan chức Mỹ`, `Một nguồn tin Iran`), not one
        // named as an object (`liên hệ với quan chức Nga`).
        let before_head = lower[..at].trim_end();
        let introduced = [2, 1].iter().any(|&n| {
            let words: Vec<&str> = before_head.rsplit(' ').take(n).collect();
            words.len() == n && {
                let phrase: Vec<&str> = words.into_iter().rev().collect();
                rules.has_role(&phrase.join(" "), WordRole::Quantifier)
            }
        });
        if !introduced {
            return None;
        }
        let after = window[at + head.len()..].strip_prefix(' ')?;
        let words: Vec<&str> = after
            .split(' ')
            .take(3)
            .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
            .collect();
        (1..=words.len()).rev().find_map(|n| {
            let name = words[..n].join(" ");
            rules
                .entity(&name)
                .filter(|e| e.kind == EntityKind::Country)
                .map(|e| e.side.clone().unwrap_or_else(|| e.canonical.clone()))
        })
    })
}

/// What `text` names after each word for a kind of outlet that opens it (`hãng thông tấn`,
/// `tờ`, `báo`), in the order of the rule file, each with whether that word also names firms
/// ([`WordRole::FirmPrefix`]).
fn after_outlet_prefix(text: &str, rules: &Lexicon) -> Vec<(String, bool)> {
    let lower = lowercase(text);
    let firm = |p: &str| {
        rules
            .phrase_texts(WordRole::FirmPrefix)
            .iter()
            .any(|f| f == p)
    };
    rules
        .phrase_texts(WordRole::OutletPrefix)
        .iter()
        .filter_map(|p| {
            after_phrase(text, &lower, p).map(|rest| (rest.trim().to_string(), firm(p)))
        })
        .collect()
}

/// The listed outlet named after a word for its kind ([`after_outlet_prefix`]), the longest
/// such word first.
fn outlet_after_prefix<'t>(after_prefix: &'t [(String, bool)], rules: &Lexicon) -> Option<&'t str> {
    after_prefix
        .iter()
        .map(|(rest, _)| rest.as_str())
        .filter(|rest| {
            rules
                .entity(rest)
                .is_some_and(|e| e.kind == EntityKind::Outlet)
        })
        .min_by_key(|rest| rest.len())
}

/// The name of an outlet that is not listed, after a word for its kind (`Báo Folha Vitoria`;
/// [`after_outlet_prefix`]): one to [`OUTLET_WORDS`] capitalised words, none of them a listed
/// entity of another kind (`báo Nga` is the Russian press, `hãng Boeing` …), with whether the
/// word before it also names firms.
fn unlisted_outlet<'t>(
    after_prefix: &'t [(String, bool)],
    rules: &Lexicon,
) -> Option<(&'t str, bool)> {
    /// The most words of an outlet's name.
    const OUTLET_WORDS: usize = 5;
    after_prefix
        .iter()
        .map(|(rest, firm)| (rest.as_str(), *firm))
        .filter(|(rest, _)| {
            let words: Vec<&str> = rest.split_whitespace().collect();
            (1..=OUTLET_WORDS).contains(&words.len())
                && words.iter().all(|w| w.starts_with(char::is_uppercase))
                && !words.iter().any(|w| rules.entity(w).is_some())
                && rules.entity(rest).is_none()
        })
        .max_by_key(|(rest, _)| rest.len())
}

fn strip_side_marker(text: &str, rules: &Lexicon) -> String {
    let lower = lowercase(text);
    rules
        .phrase_texts(WordRole::SideMarker)
        .iter()
        .find_map(|m| after_phrase(text, &lower, m))
        .unwrap_or(text)
        .to_string()
}

/// True when `text` ends with a space and `word`: `text.ends_with(&format!(" {word}"))`,
/// without making the pattern (asked of every phrase of a role, for every speaker).
fn ends_with_word(text: &str, word: &str) -> bool {
    text.strip_suffix(word)
        .is_some_and(|rest| rest.ends_with(' '))
}

/// `word` with a space on each side, written into `buffer` (cleared first): the pattern
/// `format!(" {word} ")` makes, in one buffer for all the phrases of a role.
fn spaced<'b>(buffer: &'b mut String, word: &str) -> &'b str {
    buffer.clear();
    buffer.push(' ');
    buffer.push_str(word);
    buffer.push(' ');
    buffer
}

/// What follows `phrase` and a space at the start of `text` (`lower` is its lower case). Where
/// the lower case differs in length from the text, no slice (defensive: the working text is
/// NFC, where the phrases' letters keep their length).
fn after_phrase<'t>(text: &'t str, lower: &str, phrase: &str) -> Option<&'t str> {
    lower
        .strip_prefix(phrase)
        .is_some_and(|rest| rest.starts_with(' '))
        .then(|| text.get(phrase.len() + 1..))
        .flatten()
}

#[cfg(test)]
mod tests {
    use crate::attribution::claims_of as claims;
    use crate::grammar::testing::check_canonicals;

    /// Runs each row (where the text is from, the text, a speaker as written, the canonical name
    /// it should resolve to) through the whole pipeline: the claim whose speaker is written so
    /// has that canonical name.
    fn check_resolved(rows: &[(&str, &str, &str, &str)]) {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, text, written, canonical) in rows {
            let claims = analyzer.document("t", "-", text).claims;
            let claim = claims.iter().find(|c| c.speaker.text == *written);
            assert_eq!(
                claim.map(|c| c.speaker.canonical.as_str()),
                Some(*canonical),
                "{source}: {claims:?}"
            );
        }
    }

    /// Runs each row (where the text is from, the text, the canonical name and the side of its
    /// first claim) through the attribution stage.
    fn check_sides(rows: &[(&str, &str, &str, Option<&str>)]) {
        for (source, text, canonical, side) in rows {
            let got = claims(text);
            assert_eq!(
                got.first().map(|c| (c.0.as_str(), c.1.as_deref())),
                Some((*canonical, *side)),
                "{source}: {got:?}"
            );
        }
    }

    #[test]
    fn title_country_and_name_are_taken_apart() {
        let got =
            claims("Tổng thống Azerbaijan Ilham Aliyev tuyên bố nước này sẵn sàng ngừng chiến.");
        assert_eq!(
            got,
            vec![(
                "Ilham Aliyev".into(),
                Some("Azerbaijan".into()),
                String::new()
            )]
        );
    }

    #[test]
    fn metonyms_speak_for_their_country() {
        let got =
            claims("Baku nhiều lần nói không có nhân sự nước ngoài tham gia lực lượng của họ.");
        assert_eq!(got[0].0, "Azerbaijan");
    }

    /// An outlet that speaks speaks for its country when state-run (the gold conventions'
    /// "state media"), else for itself; a word for its kind (`Hãng thông tấn`, `Báo`) is no part
    /// of its name. An unnamed group of officials or sources takes the country it was
    /// introduced with (`hai quan chức Mỹ … Hai vị quan chức … nói`).
    #[test]
    fn outlets_and_unnamed_groups_speak_for_a_side() {
        for (source, text, canonical, side) in [
            ("baomoi:22409421", "Hãng thông tấn KCNA đưa tin, đích thân ông Kim Jong Un đã giám sát vụ thử tên lửa đạn đạo ngày 29/5.", "KCNA", "Triều Tiên"),
            ("baomoi:21474044", "Tân Hoa Xã đưa tin, vụ cháy quán massage chân ở Trung Quốc xảy ra vào chiều ngày 5/2.", "Tân Hoa Xã", "Trung Quốc"),
            ("baomoi:21480322", "TTXVN cho hay cuộc khảo sát trên được thực hiện từ tháng 10-11/2016 tại 5 quốc gia lớn ở Liên minh châu Âu (EU).", "TTXVN", "Việt Nam"),
            ("baomoi:21472126", "Daily Mail cho biết thời điểm cách đây 23 năm, công ty của Trump nợ tổng số tiền 3,5 tỉ USD.", "Daily Mail", "Daily Mail"),
            ("baomoi:22474557", "Báo New York Times đưa tin đầu tiên về vụ này, dựa theo một biên bản mật do ông Comey viết sau khi gặp Tổng thống Mỹ.", "New York Times", "New York Times"),
            ("baomoi:22285537", "Ông Trump đã tiết lộ kế hoạch bí mật - nguồn tin là hai quan chức Mỹ nói với hãng tin Reuters ngày 15/5. Hai vị quan chức đề nghị giấu danh tính nói thông tin tình báo trên đã được ông Trump chia sẻ với ông Lavrov.", "Hai vị quan chức đề nghị giấu danh tính", "Mỹ"),
            ("baomoi:22325394", "Một nguồn tin Iran dẫn kết quả kiểm phiếu sơ bộ chưa chính thức cho biết Tổng thống Hassan Rouhani đang dẫn đầu. Nguồn tin trên nhấn mạnh: \"Tất cả đã chấm dứt.\"", "Nguồn tin trên", "Iran"),
        ] {
            let got = claims(text);
            let claim = got
                .iter()
                .find(|c| c.0 == canonical)
                .unwrap_or_else(|| panic!("{source}: no claim of {canonical}: {got:?}"));
            assert_eq!(claim.1.as_deref(), Some(side), "{source}");
        }
    }

    #[test]
    fn a_typo_in_a_title_and_a_short_name_still_resolve() {
        let got = claims("Tổng thống Azerbaijan Ilham Aliyev đã điện đàm với Tổng thống Pháp.\n\"Chúng ta không còn thời gian để đợi thêm 30 năm nữa\" – Tổn thống Aliyev nhấn mạnh.");
        assert_eq!(got.last().map(|c| c.0.as_str()), Some("Ilham Aliyev"));
    }

    #[test]
    fn a_name_particle_stays_in_the_name() {
        let got = claims("Người phát ngôn của liên minh, ông Sadique ul-Farooq, nói: \"Chúng tôi sẽ không công nhận ông làm tổng thống\".");
        assert_eq!(got[0].0, "Sadique ul-Farooq");
    }

    /// `cựu` is a `former` word of `rules/grammar.txt`: the FBI's side is not the speaker's.
    #[test]
    fn a_former_official_does_not_speak_for_the_institution_in_the_title() {
        let got = claims("Tại buổi điều trần kéo dài gần 3 tiếng, cựu giám đốc FBI đã cáo buộc Nhà Trắng \"dối trá\" khi sa thải ông.");
        assert_eq!(got, vec![("cựu giám đốc FBI".into(), None, "Mỹ".into())]);
    }

    /// `cầu thủ người Serbia`: a place after `người` says where the person comes from; it is not
    /// their name (the phrase stays the canonical name, waiting for a better one).
    #[test]
    fn where_a_person_comes_from_is_not_their_name() {
        check_canonicals(&[
            ("baomoi:21488477", "Nhìn chung phương pháp huấn luyện của cả 2 HLV đều đem lại những kết quả tốt cho đội bóng”, cầu thủ người Serbia nói.", "cầu thủ người Serbia"),
            ("baomoi:22268287", "“Qua trận đấu này chúng tôi sẽ có phương án chuẩn bị tốt hơn cho trận ra quân ngày 22/5 sắp tới”, chiến lược gia người Khánh Hòa cho biết thêm.", "chiến lược gia người Khánh Hòa"),
            ("baomoi:21472665", "HLV người Bồ Đào Nha cho rằng, đội bóng cũ của ông đang đứng đầu một cách xứng đáng.", "HLV người Bồ Đào Nha"),
            ("baomoi:22689236", "\"Tôi yêu tất cả biệt danh đó và chẳng quan tâm người khác nghĩ gì\", cô gái người Sénégal tâm sự trên Oddity Central.", "cô gái người Sénégal"),
        ]);
    }

    /// After a person's name, brackets (`đại biểu Hoàng Quang Hàm (Phú Thọ)`, after a role title
    /// as after a form of address) or an address opened by a place word (`chị Nguyễn Thu Thủy ở
    /// Bùi Xương Trạch (Thanh Xuân, Hà Nội)`) say where the person is from; the person speaks.
    #[test]
    fn an_address_after_a_name_is_not_the_name() {
        check_canonicals(&[
            ("baomoi:22543658", "Nhận diện rủi ro và xử lý rủi ro nợ công, đại biểu Hoàng Quang Hàm (Phú Thọ) cho rằng cần phải giám sát cả những khoản nợ ngoài phạm vi nợ công.", "Hoàng Quang Hàm"),
            ("baomoi:22546908", "Theo đại biểu Trần Hồng Nguyên (Bình Thuận), nếu không chấp nhận các hình thức tố cáo qua mạng, nguồn thông tin tiếp nhận sẽ chưa toàn diện.", "Trần Hồng Nguyên"),
            ("baomoi:22531987", "Chất vấn Bộ trưởng, đại biểu Nguyễn Thị Kim Thúy (Đà Nẵng) nêu rõ, phần báo cáo của Bộ trưởng về trách nhiệm của bộ ngành dài đến 7 trang.", "Nguyễn Thị Kim Thúy"),
            ("baomoi:22636669", "Mình cũng muốn mua nhưng sợ mua phải gà bệnh\", chị Nguyễn Thu Thủy ở Bùi Xương Trạch (Thanh Xuân, Hà Nội) chia sẻ.", "Nguyễn Thu Thủy"),
            ("baomoi:22678234", "Tương tự, chị Bùi Thị Phương Mai ở Hạ Đình (Thanh Xuân, Hà Nội) cũng cho biết, nhà chị vừa mua máy giặt cửa trước tại một siêu thị.", "Bùi Thị Phương Mai"),
            ("dantri:news_business_176", "Chị Linh Chi ở chung cư An Bình (Hà Nội) chia sẻ: \"trước đây tôi nghĩ Xuân Hòa chỉ có những chiếc bàn ghế đơn lẻ\".", "Linh Chi"),
        ]);
    }

    /// A Vietnamese personal name (opened by a family name) before brackets is the person's
    /// name whatever stands before it: an abbreviated title (`ĐB`), a title with its
    /// abbreviation in brackets, or nothing; the brackets (a constituency, an age and a home
    /// town, what they studied) say who the person is. An organisation's abbreviation in
    /// brackets stays its name.
    #[test]
    fn a_vietnamese_name_before_brackets_is_the_name() {
        check_canonicals(&[
            ("baomoi:22363924", "Tranh luận với ĐB Trương Trọng Nghĩa, ĐB Nguyễn Thị Thủy (Bắc Kạn) nhấn mạnh từ thời kỳ phong kiến đến nay, trong các bộ luật của nhà nước, tội \"bất trung\", tội \"đại nghịch\" luôn luôn được xem là tội nặng nhất cần trừng trị.", "Nguyễn Thị Thủy"),
            ("baomoi:22372786", "Chia sẻ góc nhìn tương đồng, ĐB Trần Hoàng Ngân (TP.HCM) cho rằng, một trong những nguyên nhân tác động lớn đến chỉ số GDP năm 2016 là ảnh hưởng do tác động của vấn đề môi trường, trong đó có sự cố Formosa.", "Trần Hoàng Ngân"),
            ("baomoi:22548622", "Theo đại biểu (ĐB) Nguyễn Thị Mai Hoa (Đồng Tháp), tình hình tố cáo đã rất phức tạp mà chỉ riêng với tố cáo chính danh vẫn chưa được giải quyết hết, dự luật sửa đổi chưa cần mở rộng hình thức, nên tập trung giải quyết dứt điểm đối với tố cáo có tên tuổi trước đã.", "Nguyễn Thị Mai Hoa"),
            ("baomoi:22466987", "Bùi Học (cựu sinh viên Đại học Mỏ - Địa chất) nhận định nam chính trong câu chuyện không xứng đáng là đàn ông.", "Bùi Học"),
            ("shortened from baomoi:22220653", "Hiệp hội các Nhà sản xuất ôtô Việt Nam (VAMA) cho biết tổng sản lượng bán hàng đạt 14.000 xe.", "VAMA"),
        ]);
    }

    /// An epithet for a country's leader (`Nhà lãnh đạo Nga`, `người đứng đầu Điện Kremlin`)
    /// is the last person named before it with a title that heads that country; a minister of
    /// the country is no such person, and the epithet then stays as written.
    #[test]
    fn a_leader_epithet_is_the_head_named_before() {
        check_resolved(&[
            ("baomoi:22689846", "Tổng thống Putin tin rằng nền tảng thành công của G20 chính là sự tôn trọng quan điểm và vị thế của tất cả các bên tham gia, bất kể quy mô nền kinh tế cũng như vị thế của họ trong hệ thống tiền tệ-tài chính quốc tế. Nhà lãnh đạo Nga cho rằng các cuộc thảo luận mang tính xây dựng và tìm kiếm thỏa hiệp chính là nguyên tắc hợp tác cốt lõi bất thành văn trong G20, vốn được nước chủ tịch hiện nay của G20 là Đức theo đuổi thực hiện.", "Nhà lãnh đạo Nga", "Vladimir Putin"),
            ("baomoi:22331285", "Tổng thống Assad đã chúc mừng Tổng thống Rouhani \"đắc cử nhiệm kỳ thứ hai và nhận được sự tin tưởng mà người dân Iran giao phó cho ông tiếp tục tăng cường vị thế và vai trò của nước này\". Nhà lãnh đạo Syria nhấn mạnh sự cần thiết phải tiếp tục làm việc và hợp tác với nước Cộng hòa Hồi giáo Iran nhằm tăng cường an ninh và ổn định của hai nước, trong khu vực và trên thế giới.", "Nhà lãnh đạo Syria", "Bashar al-Assad"),
            ("baomoi:22455758", "Tổng thống Libya Muammar Gaddafi tuyên bố dỡ bỏ chương trình vũ khí bí mật của quốc gia này. Nhà lãnh đạo Libya cũng cam kết tầm bay tác chiến của tất cả các loại tên lửa ở Libya sẽ được giới hạn ở mức dưới 300 km.", "Nhà lãnh đạo Libya", "Muammar Gaddafi"),
            ("baomoi:22552861", "Tổng thống Nga Vladimir Putin cảnh báo các  lệnh trừng phạt Nga  mới được Thượng viện Mỹ thông qua sẽ làm phức tạp thêm các mối quan hệ giữa hai nước. Trả lời phỏng vấn trên truyền hình ngày 17/6, Tổng thống Putin nhận định động thái trên là bất lợi, song hiện còn quá sớm để đề cập đến bất kỳ phản ứng nào. Tuy nhiên, người đứng đầu Điện Kremlin cảnh báo Nga có thể sẽ phải \"điều chỉnh một số thứ\" hoặc \"thực hiện thêm một số biện pháp.\"", "người đứng đầu Điện Kremlin", "Vladimir Putin"),
            ("constructed", "Ngoại trưởng Nga Sergei Lavrov đã gặp ông Tillerson. Nhà lãnh đạo Nga cho rằng các cuộc thảo luận mang tính xây dựng.", "Nhà lãnh đạo Nga", "Nhà lãnh đạo Nga"),
        ]);
    }

    /// A role followed by its body's abbreviation alone (`Thống đốc NHNN`, `Bộ trưởng GTVT`,
    /// `Chủ tịch QH`) names no one called `NHNN`: it is the person named in full with that title
    /// before, or the title as written.
    #[test]
    fn a_role_with_its_bodys_abbreviation_is_no_name() {
        check_resolved(&[
            ("shortened from baomoi:22294119", "Sau báo cáo của Bộ trưởng, Chủ nhiệm VPCP, Thống đốc Ngân hàng Nhà nước Lê Minh Hưng báo cáo về vấn đề tiếp cận tín dụng của doanh nghiệp. Thống đốc Lê Minh Hưng thông tin hoạt động tín dụng đạt được nhiều kết quả tích cực. Thống đốc NHNN khẳng định trong thời gian tới ngành ngân hàng sẽ tiếp tục tập trung vốn vào các dự án hiệu quả.", "Thống đốc NHNN", "Lê Minh Hưng"),
            ("shortened from baomoi:21494958", "Theo Bộ trưởng Bộ GTVT Trương Quang Nghĩa, việc nâng công suất sân bay Tân Sơn Nhất là rất cấp bách. Bộ trưởng GTVT cho biết, sẽ tiếp tục đề nghị Bộ Quốc phòng sớm giao đất để triển khai xây dựng nhà ga T3, T4.", "Bộ trưởng GTVT", "Trương Quang Nghĩa"),
            ("constructed from baomoi:21488312", "Tuy nhiên, ông Vũ Tiến Lộc, Chủ tịch Phòng Thượng mại và Công nghiệp Việt Nam (VCCI) cho rằng, niềm tin này đang cần sự bồi đắp bằng những hành động cụ thể. Chủ tịch VCCI cho biết cần những động lực thúc đẩy mạnh mẽ hơn nữa.", "Chủ tịch VCCI", "Vũ Tiến Lộc"),
            ("shortened from baomoi:22228008", "Đại diện VKS cho rằng hành vi của bị cáo Lê Tấn Khỏe ném vỏ chai thủy tinh trúng đầu em Thạch đã gây thương tích tương hỗ.", "Đại diện VKS", "Đại diện VKS"),
            ("constructed", "Chủ tịch QH cho biết sẽ xem xét dự án luật tại kỳ họp tới.", "Chủ tịch QH", "Chủ tịch QH"),
        ]);
    }

    /// The world's states are listed as a class, not as the dev articles named them: a
    /// minister or a president of one is named without the country and speaks for it
    /// (`Moldova Igor Dodon`, `Nam Sudan` as Sudan, were the canonical names and sides before).
    #[test]
    fn officials_of_states_beyond_the_dev_stories_speak_for_them() {
        check_sides(&[
            ("baomoi:22442131", "Tổng thống Moldova Igor Dodon cho biết nước này đang quay lại mối quan hệ đối tác chiến lược với Nga bởi Moldova có giá trị khác biệt với phương Tây.", "Igor Dodon", Some("Moldova")),
            ("shortened from baomoi:22549669", "Tổng thống Bolivia Evo Morales cũng bày tỏ tình đoàn kết với chính phủ và người dân Cuba trên tài khoản Twitter của mình.", "Evo Morales", Some("Bolivia")),
            ("baomoi:22228513", "Bộ Quốc phòng Nam Sudan ngày 9/5 cho biết Tổng thống nước này Salva Kiir đã thay thế Tổng tham mưu trưởng quân đội là Tướng Paul Malong.", "Bộ Quốc phòng Nam Sudan", Some("Nam Sudan")),
            ("shortened from baomoi:22524793", "Thủ tướng Ireland Enda Kenny ngày 13/6 đã chính thức thông báo quyết định từ chức, kết thúc 6 năm giữ cương vị lãnh đạo.", "Enda Kenny", Some("Ireland")),
        ]);
    }

    /// A country's name closing a Vietnamese district's or commune's (`huyện Chương Mỹ`, `quận
    /// Thủ Đức`, `thị xã Kỳ Anh`) is the local place, not the United States, Germany or the
    /// United Kingdom; the city after it still gives the side.
    #[test]
    fn a_country_word_closing_a_local_place_is_no_side() {
        check_sides(&[
            ("shortened from baomoi:21472725", "Ngày 5/2, Trung tá Trần Trí Dũng, Trưởng Công an huyện Chương Mỹ cho biết, cơ quan CSĐT đã ra Quyết định khởi tố vụ án hình sự.", "Trần Trí Dũng", None),
            ("shortened from baomoi:21473735", "Ông Nguyễn Văn Hậu, Phó Chủ tịch UBND huyện Mỹ Đức, trưởng Ban tổ chức lễ hội chùa Hương cho biết: “Năm nay công tác tổ chức lễ hội đặc biệt quan tâm tới công tác vệ sinh môi trường.”", "Nguyễn Văn Hậu", None),
            ("shortened from baomoi:22490660", "Trao đổi với Zing.vn, ông Bùi Quang Hoàn, Chủ tịch UBND huyện Kỳ Anh, cho hay đã nhận được thông tin và đã cho cán bộ xuống tìm hiểu.", "Bùi Quang Hoàn", None),
            ("constructed from baomoi:22228006", "Ngày 8-5, Công an quận Thủ Đức, TP.HCM cho biết đã bắt giữ nghi phạm.", "Công an quận Thủ Đức, TP.HCM", Some("Việt Nam")),
        ]);
    }

    /// A listed person's short alias that the capitalised name goes on after (`ông Kim` in `ông
    /// Kim Huyn-jong`, `Moon` in `Moon Sang-gyun`, `Trump` in `Trump Jr.`) is another person's
    /// longer name; a whole listed name with capitals glued after it is still the person.
    #[test]
    fn a_short_alias_inside_a_longer_name_is_another_person() {
        check_resolved(&[
            ("shortened from baomoi:22262764", "Tại một cuộc họp báo ở Moscow vào hôm thứ Sáu (12/5), Đại sứ Triều Tiên tại Nga, ông Kim Huyn-jong, tuyên bố, CIA và NIS đã trả 300.000 USD để thuê một người họ Kim, công dân Triều Tiên, ám sát Chủ tịch Kim Jong-un nhưng không thành.", "Đại sứ Triều Tiên tại Nga, ông Kim Huyn-jong", "Kim Huyn-jong"),
            ("baomoi:21472534", "“Chúng tôi chưa nhận được bất kỳ sự ngỏ lời chính thức nào (từ quân đội Mỹ) về việc triển khai tàu Zumwalt. Nếu giới chức Mỹ đưa ra đề nghị như thế, chúng tôi sẽ cân nhắc nghiêm túc”, phát ngôn viên Bộ Quốc phòng Hàn Quốc Moon Sang-gyun cho hay trong cuộc họp báo.", "phát ngôn viên Bộ Quốc phòng Hàn Quốc Moon Sang-gyun", "Moon Sang-gyun"),
            ("shortened from baomoi:22549221", "Hãng thông tấn Yonhap dẫn lời ông Moon Chung-in, cố vấn đặc biệt của Tổng thống Hàn Quốc Moon Jae-in, ngày 16/6 cho biết nước này có thể tham vấn với Mỹ về việc giảm quy mô của những cuộc tập trận chung.", "ông Moon Chung-in, cố vấn đặc biệt của Tổng thống Hàn Quốc Moon Jae-in", "Moon Chung-in"),
            ("shortened from baomoi:22718881", "Trump Jr. nói rằng anh được yêu cầu dự cuộc gặp “với một cá nhân mà tôi được bảo là có thể có thông tin hữu ích cho cuộc tranh cử”.", "Trump Jr.", "Trump Jr"),
            // A caption glued to the next paragraph: the whole name is still the president's,
            // and the later pronoun is Bannon.
            ("shortened from baomoi:21511493", "Ông Bannon định hình tư tưởng chiến lược cho tổng thống Donald Trump Steve Bannon là chiến lược gia trưởng trong chính quyền của tổng thống Mỹ Donald Trump. Những phát biểu của ông Bannon về Biển Đông đang gây rắc rối. Ông dự đoán sẽ có một cuộc chiến tranh lớn giữa Mỹ và Trung Quốc ở Biển Đông.", "Ông", "Bannon"),
            ("constructed", "Tổng thống Mỹ Donald Trump cho biết Washington sẽ không nhượng bộ.", "Tổng thống Mỹ Donald Trump", "Donald Trump"),
        ]);
    }

    /// `anh`, `cô`, `chị` alone stand for the last person of that gender, never for the
    /// United Kingdom (`Anh`) unless the article has named it.
    #[test]
    fn lone_honorifics_are_pronouns() {
        check_resolved(&[
            ("baomoi:21472960", "Kim Tae Hee cũng chia sẻ thêm thông tin về cuộc sống sau hôn nhân. Nữ diễn viên cho biết các thói quen của cô bắt đầu thay đổi kể từ sau khi kết hôn. Cô cho biết mình sống không khác gì các bà nội trợ bình thường khác ở Hàn Quốc.", "Cô", "Kim Tae Hee"),
            ("baomoi:22739755", "Theo đó Ngọc Trinh cho rằng blogger kể trên đang cố tình chỉ trích cô để ăn theo sự nổi tiếng của \"nữ hoàng nội y\". Ngọc Trinh cũng thẳng thắn đáp trả, cô cho rằng mình đã quá quen với những chiêu trò của showbiz Việt.", "cô", "Ngọc Trinh"),
            ("baomoi:22324388", "Tháng 9/2016, Thu Vũ bất ngờ thông báo chuyện hủy hôn. Cô giãi bày không muốn đưa chuyện tình cảm để PR cá nhân. Cô cũng cho biết giữa mình và bạn trai có mâu thuẫn nên quyết định dừng lại.", "Cô", "Thu Vũ"),
            // The article named the United Kingdom before: `Anh` opening a sentence is the country.
            ("constructed from bbcvi_028", "Thủ tướng Anh Theresa May nói với Quốc hội. Ông Boris Johnson nói Nga phải chịu trách nhiệm. Anh cho biết sẽ trục xuất 23 nhà ngoại giao Nga.", "Anh", "Anh"),
        ]);
    }

    /// A person named after a form of address as the subject of a clause (`chị Na quyết định
    /// …`, `ông Wainstein cũng có …`), though they said nothing there, is whom a later pronoun
    /// stands for; initials joined by dots are one name (`Chị T.H`); `Anh` before a name is a
    /// man, not the United Kingdom.
    #[test]
    fn a_person_addressed_as_a_subject_is_whom_a_pronoun_stands_for() {
        check_resolved(&[
            ("baomoi:22577539", "Sau 1 tháng “đánh vật” với từng bữa ăn của con, chị Na quyết định thực hiện chế độ dinh dưỡng giúp con tăng cân. Chị cho hay: “Nghe nói khẩu phần ăn của trẻ trên 6 tháng tuổi cần khoảng 12% chất đạm.”", "Chị", "Na"),
            ("baomoi:22241335", "Tuy nhiên, ông Wainstein cũng có mối quan hệ không mấy tốt đẹp với Tổng thống Trump. Năm ngoái, ông từng ký vào một bức thư ngỏ, trong đó phản đối đảng Cộng hòa đề cử ông Trump làm ứng viên Tổng thống của đảng này.", "ông", "Wainstein"),
            ("baomoi:22365099", "Tuy bị con trăn cắn phập vào tay, ông Liscinsky vẫn không nao núng. “Tim của tôi đập nhanh. Tôi rất bất ngờ vì tôi chỉ cách nó vài mét\", ông nói với Sun Sentinel.", "ông", "Liscinsky"),
            ("dantri:news_business_235", "Chị T.H ở Bình Phước đã đi vay nặng lãi 128 triệu đồng để đầu tư. Theo tiết lộ, cứ 1 triệu đồng tiền vay là chị phải trả 5.000 đồng tiền lãi. \"Ban đầu, tôi đầu tư vào gói 3\" - chị kể.", "chị", "T.H"),
            ("constructed from dantri:news_business_235", "Anh N.V.A ở Bình Phước đã đi vay nặng lãi 128 triệu đồng để đầu tư. Anh cho biết lý do là nghe lời quảng cáo.", "Anh", "N.V.A"),
        ]);
    }

    /// `Vị này`, `vị chủ tịch này`, `Người này`: a person described and pointed back to stands
    /// for the last person, as a pronoun does; for the unnamed one who spoke last when no one
    /// was named since (`một chuyên gia kinh tế chia sẻ … vị chuyên gia này bày tỏ`).
    #[test]
    fn a_described_person_pointed_back_to_is_a_pronoun() {
        check_resolved(&[
            ("baomoi:22295242", "Thông tin về vụ việc, ông Lê Văn Thêu, Chủ tịch UBND xã Phụng Châu xác nhận sự việc nói trên. Vị chủ tịch này cho hay sự việc xảy ra rất nhanh, nhiều người dân còn tưởng nhóm học sinh đang nô đùa nhau.", "Vị chủ tịch này", "Lê Văn Thêu"),
            ("baomoi:22302806", "Bình luận về việc làm ăn với DN Trung Quốc trong các đại dự án, một chuyên gia kinh tế chia sẻ: “Tiên trách kỷ, hậu trách nhân”. “Những rắc rối phát sinh trong việc làm ăn với DN Trung Quốc có thể được hạn chế nếu chủ đầu tư tỉnh táo hơn và có tầm nhìn hơn”, vị chuyên gia này bày tỏ.", "vị chuyên gia này", "một chuyên gia kinh tế"),
            ("baomoi_075", "“Mặc dù chúng tôi không có lí do gì phải thể hiện sự quan tâm và đồng cảm với một kẻ tội phạm từ quốc gia đối đầu như vậy nhưng Triều Tiên vẫn cung cấp đầy đủ dịch vụ y tế”, hãng thông tấn Triều Tiên trích lời một quan chức cấp cao giấu tên thuộc Bộ Ngoại giao. Người này nói rằng những phỏng đoán “vô căn cứ” về sự tra tấn và hành hạ sinh viên Mỹ có thể được bác bỏ hoàn toàn.", "Người này", "một quan chức cấp cao giấu tên thuộc Bộ Ngoại giao"),
        ]);
    }

    /// A title's administrative unit and place are not the person: the name after the place
    /// when a family name opens it (`… tỉnh Bình Dương Trần Thanh Liêm`), the whole phrase for
    /// an unnamed official (`lãnh đạo Công an huyện Phúc Thọ`), the name after one foreign
    /// place word (`tỉnh Okinawa Takeshi Onaga`), after a capitalised unit too (`TP Hồ Chí Minh
    /// Đinh La Thăng`), and after a listed province with no unit (`Thành ủy Đà Nẵng Võ Công
    /// Trí`).
    #[test]
    fn a_place_in_a_title_is_not_the_name() {
        check_canonicals(&[
            ("baomoi:21470383", "Tại buổi làm việc, Phó Chủ tịch UBND tỉnh Bình Dương Trần Thanh Liêm cho biết, đến nay, tỉnh đã thu hút 85 dự án phát triển NƠXH với tổng diện tích 3,9 triệu m2 sàn nhà ở.", "Trần Thanh Liêm"),
            ("baomoi:21767182", "Thông tin về vụ việc, lãnh đạo Công an huyện Phúc Thọ xác nhận vụ việc nêu trên xảy ra trên địa bàn.", "lãnh đạo Công an huyện Phúc Thọ"),
            ("baomoi:22274633", "Trong một thông cáo, Thống đốc tỉnh Okinawa Takeshi Onaga nhấn mạnh sau khi được trả lại Nhật Bản, Okinawa vẫn tiếp tục phải chịu đựng những sự cố và tai nạn liên quan đến các căn cứ của Mỹ.", "Takeshi Onaga"),
            ("baomoi:21484474", "Sáng nay (7/2), Ủy viên Bộ Chính Trị, Bí thư Thành ủy TP Hồ Chí Minh Đinh La Thăng cho biết thành phố sẽ tập trung phát triển kinh tế - xã hội.", "Đinh La Thăng"),
            ("baomoi:21481605", "Trong khuôn khổ các hoạt động ra quân đầu năm Đinh Dậu 2017, Phó Bí thư Thành ủy Đà Nẵng Võ Công Trí đã đề nghị UBND TP Đà Nẵng chỉ đạo, khẩn trương hoàn thành Trung tâm báo chí.", "Võ Công Trí"),
            ("baomoi:22424067", "Đặc biệt, sáng ngày 31/5 sau khi kiểm tra hiện trường, Bí thư Tỉnh ủy Hà Tĩnh Lê Đình Sơn nhấn mạnh: Mặc dù đây là trục trặc kỹ thuật nhỏ, tuy nhiên Formosa phải nghiêm túc rút kinh nghiệm.", "Lê Đình Sơn"),
        ]);
    }

    /// An abbreviation in a capitalised run (a body's: `Bộ TT&TT`, `VFF`, `KTNN`; a title's:
    /// `HLV`, `GS-TS`) is not part of the personal name a family name opens after it; a listed
    /// place after one is no name (`Sở Y tế TP Hồ Chí Minh` speaks as the department).
    #[test]
    fn an_abbreviation_before_a_name_is_not_the_name() {
        check_canonicals(&[
            ("baomoi:21481260", "Trưởng Ban kỷ luật VFF Nguyễn Hải Hường cho rằng Thế Nhật cố tình đấm Trung Hiếu (Đắk Lắk).", "Nguyễn Hải Hường"),
            ("baomoi:22342806", "Báo cáo trước QH chiều nay về quyết toán ngân sách nhà nước 2015, Tổng KTNN Hồ Đức Phớc cho biết, dự toán thu cân đối NSNN năm 2015 là hơn 911.000 tỷ đồng.", "Hồ Đức Phớc"),
            ("baomoi:21477782", "Trước đó, Thứ trưởng Bộ TT&TT Phan Tâm cho biết, việc chuyển đổi mã vùng điện thoại cố định là để tạo kho số cho phát triển thông tin di động và xu hướng vạn vật kết nối.", "Phan Tâm"),
            ("baomoi:22228182", "HLV Hoàng Anh Tuấn khẳng định trận đấu với U-20 Argentina chẳng có nhiều áp lực.", "Hoàng Anh Tuấn"),
            ("baomoi:21510252", "Nói về vấn đề này, GS-TS Nguyễn Quý Thanh cho biết trong các quy trình về xây dựng chương trình đào tạo cũng như trong tiêu chuẩn kiểm định chất lượng có hẳn yêu cầu khi xây dựng chương trình đào tạo mới.", "Nguyễn Quý Thanh"),
            // The bulk sentence opens `Tin từ Sở Y tế TP Hồ Chí Minh cho biết, …`.
            ("constructed from baomoi:21471520", "Sở Y tế TP Hồ Chí Minh cho biết, vào ngày 10/2/2017, lần đầu tiên Sở Y tế tổ chức hội nghị.", "Sở Y tế TP Hồ Chí Minh"),
        ]);
    }

    /// `X, <role> của <organisation>`: a member speaks for the organisation the role names
    /// (its abbreviation when it goes by one), a former member for no one.
    #[test]
    fn members_speak_for_the_organisation_their_role_names() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, text, side) in [
            ("dantri_106", "Faith Doherty, người đứng đầu chiến dịch bảo vệ rừng của Cơ quan Điều tra Môi trường, cho biết chính quyền quân sự thu lợi từ gỗ tếch.", Some("Cơ quan Điều tra Môi trường")),
            ("baomoi:22262753", "Meghna Kapoor, phó chủ tịch của tổ chức Nai Pahal, cho biết: “Con chó rất hung dữ trước đây và không an toàn khi để nó tiếp xúc với con người”.", Some("Nai Pahal")),
            ("baomoi:21494865", "Marion Gruber, giám đốc văn phòng nghiên cứu về vaccine của FDA lưu ý, Gardasil 9 không dùng để điều trị HPV hoặc ung thư cổ tử cung.", Some("FDA")),
            ("baomoi:22286956", "Edward Snowden, cựu chuyên gia an ninh mạng của NSA, cũng chỉ trích nặng nề cơ quan này về cuộc tấn công WannaCry.", None),
        ] {
            let claims = analyzer.document("t", "-", text).claims;
            assert_eq!(claims.len(), 1, "{source}: {claims:?}");
            assert_eq!(claims[0].speaker.side.as_deref(), side, "{source}");
        }
    }
    /// An election candidate speaks for their party (gold conventions) in an article about a
    /// campaign (`rules/grammar.txt` role `campaign`), when nothing in it gives them an office;
    /// the same politician named with an office title speaks for the country.
    #[test]
    fn a_candidate_speaks_for_the_party() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, text, canonical, side) in [
            ("bbcvi_061", "Ứng viên Hillary Clinton xem thường kế hoạch của đối thủ. \"Cái gọi là chính sách này không thể được thực hiện nghiêm túc\", ông Trump nói.", "Donald Trump", "Đảng Cộng hòa"),
            ("bbcvi_039", "Bình luận tranh cãi của ông Trump liên quan quyền lực của tổng thống tương lai. Ông nói với Fox News rằng các phóng viên \"không trung thực\" đã bóp méo lời ông.", "Donald Trump", "Đảng Cộng hòa"),
            ("dantri:news_world_007", "Khán phòng thưa thớt có thể là một phần lý do khiến hai ứng viên tổng thống Mỹ Donald Trump và Joe Biden quay sang tập trung công kích nhau. \"Tôi không tìm thấy khẩu trang ở đâu\", ông Biden nói.", "Joe Biden", "Đảng Dân chủ"),
            // An office title anywhere in the article: the country.
            ("baomoi:22721736", "Tổng thống Mỹ Donald Trump từng hứa cải thiện quan hệ trong giai đoạn tranh cử. Ông Trump cho biết hai ứng viên đều đã được mời.", "Donald Trump", "Mỹ"),
            // No campaign: the country.
            ("baomoi:21494374", "Ông Trump nói rằng ông và cựu tổng thống Obama quý mến nhau.", "Donald Trump", "Mỹ"),
        ] {
            let claims = analyzer.document("t", "-", text).claims;
            let claim = claims.iter().find(|c| c.speaker.canonical == canonical);
            assert_eq!(claim.and_then(|c| c.speaker.side.as_deref()), Some(side), "{source}: {claims:?}");
        }
    }
    /// `<staff> của <person>`: a spokesperson, an aide, a campaign speaks for the side of the
    /// person they work for, whether named, listed, met earlier, or a pronoun.
    #[test]
    fn staff_speak_for_the_person_they_work_for() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, text, speaker, side) in [
            ("bbcvi_061", "Ứng viên Hillary Clinton xem thường kế hoạch của đối thủ. \"Cái gọi là chính sách này không thể được thực hiện nghiêm túc,\" người phát ngôn của bà cho biết.", "người phát ngôn của bà", Some("Đảng Dân chủ")),
            ("baomoi:21487057", "Thủ tướng Đức kêu gọi Tổng thống Nga dùng sự ảnh hưởng của ông với phe ly khai\", Steffen Seibert, người phát ngôn của bà Merkel, cho biết.", "Steffen Seibert, người phát ngôn của bà Merkel", Some("Đức")),
            ("baomoi:22470731", "Cao ủy Liên hợp quốc (LHQ) về nhân quyền Zeid Ra'ad Al Hussein ngày 6/6 đã cáo buộc IS sát hại 163 người. Rupert Colville, người phát ngôn của ông Hussein, cho biết vụ sát hại được cho là xảy ra vào hôm 1/6.", "Rupert Colville, người phát ngôn của ông Hussein", Some("Liên hợp quốc")),
            ("baomoi:22242027", "Tân Tổng thống Hàn Quốc Moon Jae-in tuyên bố sẽ chuyển đến một văn phòng khác ở Seoul. Tuy nhiên, ông Moon không từ bỏ hẳn Nhà Xanh. Một số trợ lý của ông cho biết với báo giới rằng, ông Moon sẽ tiếp tục sử dụng các phòng họp ngầm.", "Một số trợ lý của ông", Some("Hàn Quốc")),
            // A former post named after someone else is not the speaker's.
            ("baomoi:22386303", "Ông Oleg Deripaska, một tài phiệt người Nga từng có quan hệ thân cận với Paul Manafort - cựu quản lý đội ngũ tranh cử của Tổng thống Trump, cho biết ông sẵn sàng điều trần.", "Ông Oleg Deripaska, một tài phiệt người Nga từng có quan hệ thân cận với Paul Manafort - cựu quản lý đội ngũ tranh cử của Tổng thống Trump", None),
        ] {
            let claims = analyzer.document("t", "-", text).claims;
            let claim = claims.iter().find(|c| c.speaker.text == speaker);
            assert!(claim.is_some(), "{source}: {claims:?}");
            assert_eq!(claim.and_then(|c| c.speaker.side.as_deref()), side, "{source}: {claims:?}");
        }
    }
    /// `Name, <role> … .` opening a sentence introduces a person a later pronoun or short name
    /// stands for, with the side the closed apposition gives (an abbreviated title before the
    /// name, a country spelled inside the name, give nothing).
    #[test]
    fn a_name_set_off_before_a_role_is_remembered() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, text, speaker, canonical, side) in [
            ("bbcvi_072", "Ceridwen Cherry, một luật sư của Liên đoàn Tự do Dân sự Mỹ (ACLU) tham gia biểu tình cùng chồng và con trai. \"Việc cho chính quyền thấy rằng gia đình thuộc về nhau là rất quan trọng\", bà giải thích.", "bà", "Ceridwen Cherry", None),
            ("baomoi:21473040", "Kamal Fadlalla, bác sĩ 33 tuổi người Sudan, xúc động khi được trở về Mỹ sau 1 tuần bị cấm nhập cảnh. \"Tuần qua thực sự rất khó khăn với tôi\", anh chia sẻ với AP.", "anh", "Kamal Fadlalla", None),
            ("bbcvi_026", "Ông Phil Robertson, Phó Giám đốc phụ trách khu vực Á châu của tổ chức Theo dõi Nhân quyền (HRW) nói việc kết án tù ông Vượng là \"quá mức\".", "Ông Phil Robertson, Phó Giám đốc phụ trách khu vực Á châu của tổ chức Theo dõi Nhân quyền (HRW)", "Phil Robertson", Some(Some("Human Rights Watch"))),
            ("baomoi:22356028", "ĐBQH Nguyễn Đức Kiên, Phó Chủ nhiệm Ủy ban Kinh tế QH, nhìn nhận số lượng nợ xấu lớn. Ông Kiên cho biết nghị quyết này không dùng xử lý các khoản nợ xấu phát sinh mới.", "Ông Kiên", "Nguyễn Đức Kiên", Some(None::<&str>)),
        ] {
            let claims = analyzer.document("t", "-", text).claims;
            let claim = claims.iter().find(|c| c.speaker.text == speaker);
            assert_eq!(claim.map(|c| c.speaker.canonical.as_str()), Some(canonical), "{source}: {claims:?}");
            if let Some(side) = side {
                assert_eq!(claim.and_then(|c| c.speaker.side.as_deref()), side, "{source}: {claims:?}");
            }
        }
    }

    /// Each text gives one claim, whose speaker has this canonical name and side.
    fn one_speaker_each(cases: &[(&str, &str, Option<&str>)]) {
        for (text, canonical, side) in cases {
            let got = claims(text);
            assert_eq!(got.len(), 1, "{text}: {got:?}");
            assert_eq!(
                (got[0].0.as_str(), got[0].1.as_deref()),
                (*canonical, *side),
                "{text}"
            );
        }
    }

    /// An outlet that is not in `rules/entities.txt`, named after an `outlet_prefix` word of
    /// `rules/grammar.txt`, speaks for itself; a country after the prefix is no outlet's name
    /// (bulk corpus: baomoi:22508060, dantri:news_entertainment_135, baomoi:22729603).
    #[test]
    fn an_unlisted_outlet_named_after_its_kind_speaks_for_itself() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            ("Tờ Diario Gol cho hay, Zinedine Zidane đã sẵn sàng chiêu mộ Laporte để tăng cường hàng thủ.", "Diario Gol", Some("Diario Gol")),
            ("Tờ Variety gọi màn diễn của Hopkins là \"tuyệt vời và lanh lợi\".", "Variety", Some("Variety")),
            ("Tờ Minju Joson cho biết Mỹ và Hàn Quốc đang tăng cường công tác chuẩn bị chiến tranh.", "Minju Joson", Some("Minju Joson")),
            ("Báo Nga cho biết Moscow sẽ đáp trả.", "Báo Nga", Some("Nga")),
        ];
        one_speaker_each(cases);
    }

    /// `tờ báo này`, `hãng tin này`: an `outlet_pronoun` of `rules/grammar.txt` is the last
    /// outlet that spoke (bulk corpus: baomoi:22406650, dantri:news_sport_142; baomoi_034).
    /// Words for a kind of outlet and nothing else (`tờ báo`) point back to the last outlet
    /// that spoke, as `tờ báo này` does.
    #[test]
    fn a_bare_kind_of_outlet_is_the_last_outlet_that_spoke() {
        check_resolved(&[
            ("baomoi:22601979", "Bình luận này được viết chỉ vài tiếng sau khi tờ Washington Post đưa tin chi tiết về cuộc chiến của chính quyền ông Barack Obama nhằm trừng phạt Nga vì nghi án can thiệp bầu cử. Tờ báo viết, CIA đã thông báo với ông Obama những nỗ lực tấn công mạng của Nga vào tháng 8 năm ngoái.", "Tờ báo", "Washington Post"),
            ("dantri:news_business_015", "“Deutsche Bank kiện lại ông Trump, buộc ông phải hoàn trả khoản nợ đúng hạn”, New York Times viết. Vào tháng 9, tờ báo đưa tin ông Trump không trả thuế thu nhập liên bang trong mười năm qua.", "tờ báo", "New York Times"),
            ("constructed from baomoi:22500672", "Tờ Wall Street Journal cho biết các cuộc gặp được tổ chức tại Jordan. Theo tờ báo, một cuộc họp khác dự định tổ chức trong tuần này ở Amman, nhưng bị hủy bỏ vì những khó khăn trong việc thỏa thuận thời điểm thực hiện.", "tờ báo", "Wall Street Journal"),
        ]);
    }

    /// `họ` ("they") stands for a group, a party or an outlet that spoke in its sentence or the
    /// two before (`nhiều người đã chê cười …. Họ cho rằng …`), never for one person: after a
    /// person's claim it stays an unnamed group (`họ`), not that person's name.
    #[test]
    fn a_plural_pronoun_is_a_group_never_one_person() {
        check_resolved(&[
            ("baomoi:22246923", "Trước đó, các cựu quan chức tình báo Mỹ đã chỉ trích việc Nhà Trắng cho phép phóng viên của hãng thông tấn Nga vào bên trong Phòng Bầu Dục. Họ cho rằng điều này có thể dẫn đến nguy cơ thiết bị nghe lén hay các thiết bị gián điệp có thể bị đưa vào bên trong căn phòng này.", "Họ", "các cựu quan chức tình báo Mỹ"),
            ("baomoi:22528325", "Trong khi đó, phóng viên Simon Lederman của BBC cho biết một \"số lượng đáng kể người dân\" đã không được tính đến. Các nhân chứng cho biết họ đã nhìn thấy dấu hiệu của những người đang còn sống trong tòa nhà. Họ cho biết đã nhìn thấy ánh sáng được cho là từ điện thoại di động hoặc những ngọn đuốc, lấp lóe ở trên nóc khối căn hộ.", "Họ", "Các nhân chứng"),
            ("baomoi:22465749", "Xong xuôi, Baylee đăng tải những hình ảnh siêu sáng tạo của mình trên mạng và cho biết, khi nhìn vào những bức ảnh này, cô không còn cảm thấy buồn bã nữa. Không ngờ, những bức ảnh của Baylee nhận được sự ủng hộ nhiệt liệt của cư dân mạng. Họ cho rằng cách xử lý của Baylee rất thông minh và hài hước.", "Họ", "họ"),
            ("shortened from baomoi:21511809", "Ông Nguyễn Mạnh Hùng cho biết đồ chơi này rất nguy hiểm. Chính vì sự đa dạng về hình thức, giá cả lại rẻ cho nên nhiều phụ huynh lựa chọn đồ chơi bạo lực làm quà cho con trẻ. Họ cho rằng, những thứ đồ chơi thường được mô phỏng theo các phim hoạt hình trẻ hay xem và trẻ thường mong muốn được đóng vai thần tượng.", "Họ", "họ"),
        ]);
    }

    #[test]
    fn an_outlet_pronoun_is_the_last_outlet_that_spoke() {
        let cases: &[(&str, &str)] = &[
            ("KCNA cho biết tên lửa đạn đạo bay về bầu trời phía đông. Vụ bắn tên lửa diễn ra ngày 29/5. Hãng tin này cho biết nhà lãnh đạo Kim Jong Un đã giám sát và trực tiếp chỉ đạo buổi phóng này.", "KCNA"),
            ("Tờ Indosport dẫn lời HLV Park Hang Seo: \"Chúng tôi phải có sự chuẩn bị tốt nhất\". Cuối cùng, tờ báo này cho rằng tâm lý thoải mái có thể là lợi thế khi đối đầu với đội tuyển Việt Nam.", "Indosport"),
            ("Washington Post đưa tin Tổng thống D.Trump đã hé lộ thông tin tuyệt mật. Dẫn nguồn các cựu quan chức và quan chức đương nhiệm của Mỹ, báo trên khẳng định điều này đe dọa nguồn tin quan trọng nhất về IS.", "Washington Post"),
        ];
        for (text, outlet) in cases {
            let got = claims(text);
            assert_eq!(
                got.last().map(|c| c.0.as_str()),
                Some(*outlet),
                "{text}: {got:?}"
            );
        }
    }

    /// A country's name and one more capitalised word, with no title, are one name: a singer,
    /// a firm (bulk corpus: baomoi:22753912, baomoi:22708728, baomoi:22516001).
    #[test]
    fn a_country_and_one_more_word_with_no_title_are_one_name() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Mỹ Linh chia sẻ cô và Bằng Kiều đã chia tay.",
                "Mỹ Linh",
                None,
            ),
            (
                "Đức Huy cho biết, Kỳ Phương rất giống nhân vật phiên bản gốc.",
                "Đức Huy",
                None,
            ),
            (
                "Qatar Airways cho biết lãi ròng của hãng này tăng gần 22%.",
                "Qatar Airways",
                None,
            ),
            (
                "Tổng thống Mỹ Donald Trump nói rằng Nga đã sai.",
                "Donald Trump",
                Some("Mỹ"),
            ),
            (
                "Nhật Bản cho biết sẽ đáp trả.",
                "Nhật Bản",
                Some("Nhật Bản"),
            ),
        ];
        one_speaker_each(cases);
    }

    /// `Title Name, Role …`: a title (an honorific or a rank) and a name before a role title
    /// are the person, whatever capitalised words end the role (the name of a hospital, an
    /// abbreviation); before a bare name the title's phrase is the role, and an office naming a
    /// party is no name. Titles joined by a stop (`PGS.TS`) are all titles.
    #[test]
    fn a_titled_name_before_its_role_is_the_person() {
        check_canonicals(&[
            ("baomoi:22464054", "Theo bác sĩ Võ Đức Chiến, Giám đốc BV Nguyễn Tri Phương, sau sự cố chạy thận ở Hòa Bình, lãnh đạo BV đã tổ chức rút kinh nghiệm cho toàn BV.", "Võ Đức Chiến"),
            ("baomoi:22653884", "Thiếu tá Nguyễn An Ninh, Phó trưởng Phòng CSGT Hà Tĩnh cho biết đơn vị đã xử phạt tài xế.", "Nguyễn An Ninh"),
            ("dantri:news_education_028", "PGS.TS Nguyễn Phú Khánh, Phó Hiệu trưởng Trường ĐH Phenikaa cho biết, chuyển đổi số là một trong những mục tiêu được quan tâm hàng đầu.", "Nguyễn Phú Khánh"),
            // Honorifics spelled with `y` or abbreviated (`rules/titles.txt`).
            ("baomoi:22591366", "Thạc sỹ Nguyễn Việt Hoa, Trưởng khoa nhi, bệnh viện Hữu nghị Việt Đức cho biết: “Chúng tôi rất mong đợi buổi hội thảo này”.", "Nguyễn Việt Hoa"),
            ("baomoi:21494997", "TS.BS Thái Minh Sâm, Trưởng Khoa Tiết Niệu BV Chợ Rẫy cho biết: \"Trước tình trạng kháng thể của bệnh nhân chống lại người cho, chúng tôi đã dừng việc ghép thận lại. Điều đặc biệt là cả người cho và nhận thận ở hai trường hợp trên đều thuộc nhóm máu B. Lúc này, ekip điều trị đã trình lên hội đồng khoa học chuyên môn để xin ý kiến về vấn đề ghép thận chéo, tức là lấy thận người cho cặp 1 ghép cho người nhận cặp 2 và ngược lại, nhằm giảm nguy cơ cho bệnh nhân. Đây là phương pháp được nhiều trung tâm trên thế giới lựa chọn nhưng là lần đầu tiên bệnh viện Chợ Rẫy thực hiện\"", "Thái Minh Sâm"),
            ("dantri:news_sport_191", "Chủ tịch UEFA, Aleksander Ceferin, lên án các CLB tham gia siêu giải đấu mới là \"đáng hổ thẹn\".", "Aleksander Ceferin"),
            ("baomoi:22693395", "Phát biểu tại cuộc họp, Trưởng đoàn Việt Nam, Thứ trưởng Ngoại giao Nguyễn Quốc Dũng khẳng định Việt Nam luôn coi trọng quan hệ ASEAN-EU.", "Nguyễn Quốc Dũng"),
        ]);
    }

    /// A country's syllable after a Vietnamese family name (`rules/grammar.txt` role
    /// `surname`) is part of the person's name, not their side; a country that opens the run
    /// after the title still is one (bulk articles baomoi:22586630, baomoi:22434220,
    /// baomoi:22227078; 1,627 speakers' sides changed on the bulk corpus, 744 of them Đức).
    #[test]
    fn a_country_syllable_after_a_family_name_is_part_of_the_name() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Theo Phó Thủ tướng Vũ Đức Đam, năm nay, kỳ thi được Bộ GD&ĐT tổ chức theo hướng giảm áp lực cho xã hội.",
                "Vũ Đức Đam",
                None,
            ),
            (
                "Ngay từ lúc còn ở Hàn Quốc dự giải, HLV Hoàng Anh Tuấn khẳng định ông sẽ lên tuyển quốc gia phụ tá cho đồng nghiệp Hữu Thắng.",
                // The abbreviated title is not part of the name either.
                "Hoàng Anh Tuấn",
                None,
            ),
            (
                "Ngày 9/5, Trung tá Trần Ngọc Anh - Trưởng phòng Tham mưu Công an tỉnh Gia Lai, cho biết: Cơ quan điều tra đã ra quyết định khởi tố vụ án.",
                "Trần Ngọc Anh",
                None,
            ),
            (
                "Ngoại trưởng Anh Boris Johnson cho biết sẽ hỗ trợ các đồng minh.",
                "Boris Johnson",
                Some("Anh"),
            ),
        ];
        one_speaker_each(cases);
    }

    /// A common word whose first syllable spells a party (`Pháp chế`, `Nhật báo`,
    /// `rules/grammar.txt` role `not_entity`) names no country, and a party after `về` is what
    /// an expert studies (`chuyên gia về Triều Tiên`), not their side (bulk articles
    /// baomoi:22635745, dantri:news_world_246, baomoi:22273632, baomoi:22314854,
    /// baomoi:22254412).
    #[test]
    fn common_words_and_fields_of_study_name_no_side() {
        let cases: &[(&str, &str, Option<&str>)] = &[
            (
                "Vụ trưởng Vụ Pháp chế Nguyễn Huy Quang cho biết Bộ Y tế sẽ có văn bản.",
                "Nguyễn Huy Quang",
                None,
            ),
            (
                "Nhật báo Haaretz của Israel cho biết Israel đã phát hiện 10 cửa hàng.",
                "Nhật báo Haaretz của Israel",
                Some("Israel"),
            ),
            (
                "Nhật báo Quân giải phóng Nhân dân Trung Quốc (PLA Daily) cho biết cuộc tập trận đã kết thúc.",
                "PLA Daily",
                Some("Trung Quốc"),
            ),
            (
                "Jiro Ishimaru, chuyên gia về Triều Tiên, cho biết Bình Nhưỡng đang chuẩn bị.",
                "Jiro Ishimaru",
                None,
            ),
            (
                "Koh Yu-hwan, chuyên gia về Triều Tiên tại Đại học Dongguk, Seoul, Hàn Quốc, cho biết Bình Nhưỡng đang chuẩn bị.",
                "Koh Yu-hwan",
                Some("Hàn Quốc"),
            ),
        ];
        one_speaker_each(cases);
    }

    /// `Anh` opening a sentence is the pronoun "he" when the article names no United Kingdom
    /// elsewhere: an earlier sentence opened by the pronoun names no country either, so every
    /// such sentence points back to the man (sentences of bulk articles: a singer, a comedian, a
    /// husband in court).
    #[test]
    fn a_sentence_opening_pronoun_names_no_country() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, text, canonical) in [
            (
                "baomoi:21476108",
                "Bảo Duy khẳng định 90% mối hàng của công ty là do anh đem về. Anh cho biết mâu \
                 thuẫn trong 3 năm chung sống là do Phi Thanh Vân thường so sánh anh với người \
                 khác. Anh tiết lộ lúc quen mình, Phi Thanh Vân phải đi thuê nhà.",
                "Bảo Duy",
            ),
            (
                "baomoi:22285941",
                "Minh Nhí cho rằng việc nghệ sĩ hài tham gia các hợp đồng ngoài sân khấu là chuyện \
                 bình thường. Anh cho biết sân khấu kịch đang vào thoái trào. Anh kể khi cùng \
                 Hồng Vân, Đức Hải và Thanh Thủy làm giám khảo, ê-kíp nghệ sĩ đã làm việc rất \
                 nghiêm túc.",
                "Minh Nhí",
            ),
            (
                "baomoi:22715635",
                "Anh Sang nghe vậy lại trình bày một đoạn dài. Anh nói anh về quê xa làm thuê, ai \
                 thuê trồng rau, vác củi anh làm hết. Anh nói nếu vợ không nuôi được con, trả \
                 cho anh nuôi.",
                "Sang",
            ),
        ] {
            let claims = analyzer.document("t", "-", text).claims;
            let opened: Vec<&str> = claims
                .iter()
                .filter(|c| c.speaker.text == "Anh")
                .map(|c| c.speaker.canonical.as_str())
                .collect();
            assert_eq!(opened, [canonical; 2], "{source}: {claims:?}");
        }
        // The country still speaks where the article names it elsewhere: the last row of
        // `lone_honorifics_are_pronouns`.
    }
}
