//! Stage 4: reported-speech occurrences → claims with resolved speakers.
//!
//! A mention as written (`Tổng thống Azerbaijan Ilham Aliyev`, `ông Peskov`, `Baku`, `nước này`,
//! `Tổn thống Aliyev`) becomes a [`Speaker`] with a canonical name, a role and a side. The
//! article is read in order with a small memory: people named with a title anywhere in the text
//! (not only as speakers), the last person, the last party and the last speaker, so that short
//! forms and pronouns resolve to the right earlier entity. Group speakers (`EU, Pháp và Đức`)
//! and reciprocal claims (`Hai bên cáo buộc nhau`) are expanded to one claim per speaker here.
//!
//! Knowledge comes from `rules/`: entity aliases and sides (metonyms like Baku → Azerbaijan),
//! titles (tolerant of typos through strsim), group heads and pronouns.

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use serde::Serialize;

use crate::grammar::{rule, Parsed};
use crate::lexicon::Lexicon;
use crate::normalize::Text;
use crate::rules::{CueClass, EntityKind, GroupKind, TitleKind, WordRole};
use crate::segment::Segments;
use crate::text::keys::match_key;
use crate::tokens::{matches_at, tokenize, SentenceTokens, Token};

/// Titles this close to a known one (normalized Levenshtein similarity) are taken as typos of
/// it (`Tổn thống` for `Tổng thống`). Chosen on the dev set: 0.85 accepts one dropped letter in
/// a two-syllable title and rejects distinct titles such as `Thủ tướng`/`Thủ lĩnh`.
pub const TITLE_SIMILARITY: f64 = 0.85;

/// What kind of thing speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named or titled person.
    Person,
    /// A country or a place standing for it.
    Country,
    /// An organisation or institution.
    Org,
    /// A news outlet.
    Outlet,
    /// A group of people (`các chuyên gia`).
    Group,
}

/// Who said it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The mention as written.
    pub text: String,
    /// Where the mention is, in the working text (none for an inherited speaker).
    pub range: Option<Range<usize>>,
    /// The preferred name of the entity.
    pub canonical: String,
    /// The role or title, when the mention gives one.
    pub role: Option<String>,
    /// The party the speaker belongs to or speaks for.
    pub side: Option<String>,
    /// What kind of thing speaks.
    pub kind: SpeakerKind,
    /// How a short form or pronoun was resolved (`ông → Dmitry Peskov`).
    pub resolved_from: Option<String>,
}

/// `direct` (all quoted), `mixed` (partly quoted), `indirect`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// All of the content is quoted.
    Direct,
    /// Part of the content is quoted.
    Mixed,
    /// Reported in the writer's words.
    Indirect,
}

/// Whether the content affirms or negates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// Asserts something.
    Affirm,
    /// Denies or negates something.
    Negate,
}

/// A claim with everything resolved, ranges in the working text. [`attribute`] returns them
/// in text order ([`Claim::position`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// The grammar pattern that found it, plus how attribution expanded it.
    pub rule: String,
    /// The grammar pattern alone (one of [`rule`]), for the stages that act on it.
    pub pattern: &'static str,
    /// Who said it.
    pub speaker: Speaker,
    /// The cue as written (`quote` for a bare quote).
    pub cue_text: String,
    /// Where the cue is (empty for a bare quote).
    pub cue: Range<usize>,
    /// The cue's class.
    pub class: CueClass,
    /// Direct, mixed or indirect.
    pub kind: Kind,
    /// The reported content.
    pub content: Range<usize>,
    /// Sources it came through, outermost first (canonical names).
    pub via: Vec<String>,
    /// Whom it is aimed at (canonical names).
    pub target: Vec<String>,
    /// Affirms or negates.
    pub polarity: Polarity,
    /// The time phrase as written, and the date it resolves to when the year is known.
    pub date: Option<(String, Option<String>)>,
    /// Index of its sentence.
    pub sentence: usize,
}

/// A person named with a title somewhere in the article.
#[derive(Clone, Debug)]
struct Person {
    at: usize,
    canonical: String,
    role: Option<String>,
    side: Option<String>,
}

/// Grammatical gender from honorifics (`ông` male, `bà` female), for pronoun resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Gender {
    Male,
    Female,
}

struct Memory<'a> {
    people: Vec<Person>,
    /// Gender of names met with an honorific (`bà Sarah Huckabee Sanders`), keyed by each name
    /// and its last word.
    genders: BTreeMap<String, Gender>,
    /// Person speakers so far, most recent last.
    person_speakers: Vec<Speaker>,
    /// Person mentions outside claim contents and quotations: (byte position, canonical),
    /// found over the whole article only when a pronoun asks ([`person_mentions`]).
    mentions: std::cell::OnceCell<Vec<(usize, String)>>,
    /// How many of `people` were named with a title; the rest are speakers met since.
    titled: usize,
    text: &'a Text,
    parsed: &'a Parsed,
    last_party: Option<Speaker>,
    last_speaker: Option<Speaker>,
    /// The two main sides of the article ([`main_sides`]), counted over every sentence only
    /// when a claim needs them (`hai bên`).
    sides: std::cell::OnceCell<Vec<String>>,
    seg: &'a Segments,
    all_tokens: &'a SentenceTokens,
    rules: &'a Lexicon,
}

/// Resolves every occurrence of a document into claims.
pub fn attribute(text: &Text, seg: &Segments, parsed: &Parsed, rules: &Lexicon) -> Vec<Claim> {
    let s = text.as_str();
    if parsed.found.is_empty() {
        // Nothing reported: the article-wide memory would serve no claim.
        return Vec::new();
    }
    let people = titled_people(text, &parsed.tokens, rules);
    let mut memory = Memory {
        titled: people.len(),
        people,
        genders: honorific_genders(text, &parsed.tokens),
        person_speakers: Vec::new(),
        mentions: std::cell::OnceCell::new(),
        last_party: None,
        last_speaker: None,
        sides: std::cell::OnceCell::new(),
        seg,
        all_tokens: &parsed.tokens,
        rules,
        text,
        parsed,
    };
    let year = seg
        .date
        .as_deref()
        .and_then(|d| d.get(..4))
        .map(str::to_string);
    let mut claims = Vec::new();
    for f in &parsed.found {
        let sentence: &[Token] = parsed.tokens.get(f.sentence).unwrap_or(&[]);
        // A content of one word (`phản ứng`, `trên`) is a verb's object, not something said;
        // a call may be that short (`kêu gọi biểu tình`).
        let words = tokens_of(s, sentence, &f.content)
            .iter()
            .filter(|t| t.word)
            .count();
        if words < 2 && f.class != CueClass::Call {
            continue;
        }
        // `ra thông cáo phản ứng`, `nói với Reuters`, `trả lời với đài CNN`: a bare verb or the
        // audience, nothing said. Stances (`bác bỏ cáo buộc`, `chỉ trích truyền thông`) and
        // warnings (`Nga dọa trả đũa`) may be that short, and so may a statement about someone
        // named (`lên tiếng bênh vực Hoài Linh`).
        let toks = tokens_of(s, sentence, &f.content);
        let names_someone = toks.iter().any(|t| t.word && t.cap);
        let audience = toks.first().is_some_and(|t| {
            matches!(
                t.lower.as_str(),
                "với" | "về" | "tại" | "trong" | "trên" | "qua"
            )
        }) && words <= 5;
        // Not a claim, but its speaker is still the last one named (`Robby Mook … ra thông cáo
        // phản ứng. "…", thông cáo nói.`).
        let no_claim = matches!(f.class, CueClass::State | CueClass::Report)
            && ((words < 3 && !names_someone) || audience);
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
                let named_before = (s[r.clone()].to_lowercase() == "họ" && f.sentence > 0)
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
                                    "họ → {} (named in the sentence before)",
                                    p.canonical
                                )),
                            });
                        }
                    }
                    None => {
                        let tokens = tokens_of(s, sentence, r);
                        speakers.push(resolve(s, r.clone(), &tokens, &mut memory, rules));
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
            memory.remember(last);
        }
    }
    // In the order of the text, which every later stage numbers them in.
    claims.sort_by_key(Claim::position);
    claims
}

impl Claim {
    /// Where the claim starts in the working text: its first part, speaker, cue or content.
    /// [`attribute`] returns claims sorted by it (claims that start together stay in the
    /// order they were found).
    pub fn position(&self) -> usize {
        let mut p = self.content.start.min(self.cue.start);
        if let Some(r) = &self.speaker.range {
            p = p.min(r.start);
        }
        p
    }
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

/// The distinct people named with a title inside `range`, in order.
fn people_in(memory: &Memory, range: &Range<usize>) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    for p in memory.people.iter().filter(|p| range.contains(&p.at)) {
        if !out.iter().any(|o| o.canonical == p.canonical) {
            out.push(p.clone());
        }
    }
    out
}

impl Memory<'_> {
    fn mentions(&self) -> &[(usize, String)] {
        self.mentions.get_or_init(|| {
            let titled = &self.people[..self.titled];
            person_mentions(self.text, self.seg, self.parsed, titled, self.rules)
        })
    }

    fn sides(&self) -> &[String] {
        self.sides
            .get_or_init(|| main_sides(self.seg, self.all_tokens, self.rules))
    }

    /// The person met so far (before `at`, when given) whose name is `name` or ends with it,
    /// preferring the fullest name (`Ilham Aliyev` over `Aliyev`).
    fn fullest_name(&self, name: &str, at: Option<usize>) -> Option<&Person> {
        let suffix = format!(" {name}");
        self.people
            .iter()
            .rev()
            .filter(|p| at.is_none_or(|at| p.at <= at))
            .filter(|p| p.canonical == name || p.canonical.ends_with(&suffix))
            .max_by_key(|p| p.canonical.len())
    }

    fn gender_of(&self, sp: &Speaker) -> Option<Gender> {
        let first = sp.text.split_whitespace().next().map(str::to_lowercase);
        match first.as_deref() {
            Some("ông") => return Some(Gender::Male),
            Some("bà") | Some("nữ") => return Some(Gender::Female),
            _ => {}
        }
        self.gender_of_name(&sp.canonical)
    }

    /// The gender an honorific gave this name, or its last word, anywhere in the article.
    fn gender_of_name(&self, canonical: &str) -> Option<Gender> {
        self.genders.get(canonical).copied().or_else(|| {
            let last = canonical.rsplit(' ').next().unwrap_or("");
            self.genders.get(last).copied()
        })
    }

    /// Whom a person pronoun at `at` stands for, and why: the person last named as the subject
    /// of a clause (`Sau đó, phó phát ngôn viên … Sanders xuất hiện … Bà nói`) when that comes
    /// after the last person who spoke; else the last person who spoke; failing both, the last
    /// person named with a title. Never one of the other gender.
    fn last_person_like(&self, pronoun: &str, at: usize) -> Option<(Speaker, &'static str)> {
        let wanted = match pronoun.split_whitespace().next() {
            Some("ông") => Some(Gender::Male),
            Some("bà") => Some(Gender::Female),
            _ => None,
        };
        // Unknown on either side is no objection.
        let fits = |got: Option<Gender>| wanted.zip(got).is_none_or(|(w, g)| w == g);
        let speaker = self
            .person_speakers
            .iter()
            .rev()
            .find(|sp| fits(self.gender_of(sp)));
        // Where the last speaker's phrase ends: a name inside it (`người phát ngôn Bộ Ngoại giao
        // Trung Quốc Lục Khảng`) is that speaker's own, never a newer subject.
        let speaker_end = speaker.and_then(|sp| sp.range.as_ref().map(|r| r.end));
        let mention = self
            .mentions()
            .iter()
            .rev()
            .find(|(p, c)| *p < at && fits(self.gender_of_name(c)));
        if let Some((pos, canonical)) = mention {
            let newer = speaker.is_none() || speaker_end.is_some_and(|end| end <= *pos);
            let same = speaker.is_some_and(|sp| &sp.canonical == canonical);
            if newer && !same {
                let p = self.people.iter().find(|p| &p.canonical == canonical);
                let side = p
                    .and_then(|p| p.side.clone())
                    .or_else(|| self.rules.entity(canonical).and_then(|e| e.side.clone()));
                let sp = remembered_person(canonical, p.and_then(|p| p.role.clone()), side);
                return Some((sp, "last person named as a subject"));
            }
        }
        if let Some(sp) = speaker {
            return Some((sp.clone(), "last person of that gender who spoke"));
        }
        let p = self
            .people
            .iter()
            .rev()
            .find(|p| p.at < at && fits(self.genders.get(&p.canonical).copied()))?;
        let sp = remembered_person(&p.canonical, p.role.clone(), p.side.clone());
        Some((sp, "last person named with a title"))
    }

    fn remember(&mut self, sp: &Speaker) {
        match sp.kind {
            SpeakerKind::Person => self.person_speakers.push(sp.clone()),
            SpeakerKind::Country | SpeakerKind::Org => self.last_party = Some(sp.clone()),
            _ => {}
        }
        self.last_speaker = Some(sp.clone());
    }
}

/// Strips a quotation that is the whole content, and tells direct, mixed and indirect apart.
fn content_kind(s: &str, seg: &Segments, content: Range<usize>) -> (Range<usize>, Kind) {
    let whole = seg.quotes.iter().find(|q| {
        q.depth == 0
            && (q.range == content
                || q.inner == content
                || (q.range.start == content.start && q.range.end >= content.end))
    });
    if let Some(q) = whole {
        return (q.inner.clone(), Kind::Direct);
    }
    let has_quote = seg
        .quotes
        .iter()
        .any(|q| q.depth == 0 && q.range.start >= content.start && q.range.end <= content.end + 3);
    let marks = s[content.clone()]
        .chars()
        .any(|c| matches!(c, '“' | '”' | '"' | '«' | '»'));
    if has_quote || marks {
        (content, Kind::Mixed)
    } else {
        (content, Kind::Indirect)
    }
}

/// Whether the content (its `tokens`) is negated.
fn polarity(tokens: &[Token], class: CueClass, rules: &Lexicon) -> Polarity {
    if class == CueClass::Deny {
        return Polarity::Negate;
    }
    let negators = rules.phrases(WordRole::Negator);
    let compounds = rules.phrases(WordRole::NotNegator);
    // A negator near the start of the content or of one of its clauses (a long quotation's
    // `Lực lượng vũ trang … không chiến đấu chống lại dân thường`).
    let clause_starts: Vec<usize> = std::iter::once(0)
        .chain(
            (0..tokens.len())
                .filter(|&k| tokens[k].is_any(".;:"))
                .map(|k| k + 1),
        )
        .collect();
    let near_clause_start = |k: usize| {
        clause_starts
            .iter()
            .any(|&c| k >= c && k < c + if c == 0 { 6 } else { 10 })
    };
    let negated = (0..tokens.len())
        .filter(|&k| near_clause_start(k))
        .any(|k| {
            negators.iter().any(|w| matches_at(tokens, k, w))
                && !compounds.iter().any(|w| matches_at(tokens, k, w))
        });
    if negated {
        Polarity::Negate
    } else {
        Polarity::Affirm
    }
}

/// `hôm 3-10` with year 2020 → `2020-10-03`.
fn resolve_date(written: &str, year: Option<&str>) -> Option<String> {
    let year = year?;
    let numbers: Vec<u32> = written
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    match numbers.as_slice() {
        [day, month, ..] if (1..=31).contains(day) && (1..=12).contains(month) => {
            Some(format!("{year}-{month:02}-{day:02}"))
        }
        _ => None,
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

/// News outlets named in a `via` phrase: `hãng tin TASS` → `TASS`; `Hãng RT, Reuters và tờ The
/// Guardian` → three.
fn outlet_names(phrase: &str, rules: &Lexicon) -> Vec<String> {
    phrase
        .split([','])
        .flat_map(|p| p.split(" và "))
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
            for lead in [
                "hãng tin",
                "Hãng tin",
                "hãng thông tấn",
                "Hãng thông tấn",
                "hãng",
                "Hãng",
                "kênh",
                "Kênh",
                "tờ",
                "Tờ",
                "báo",
                "Báo",
                "đài",
                "Đài",
                "tạp chí",
                "Tạp chí",
            ] {
                if let Some(rest) = p.strip_prefix(lead) {
                    if rest.starts_with(' ') {
                        p = rest.trim();
                        break;
                    }
                }
            }
            match rules.entity(p) {
                Some(e) => e.canonical.clone(),
                None => p.to_string(),
            }
        })
        .filter(|p| !p.is_empty())
        .collect()
}

/// Names met with an honorific anywhere in the article: `bà Sarah Huckabee Sanders` is female.
fn honorific_genders(text: &Text, sentences: &SentenceTokens) -> BTreeMap<String, Gender> {
    let s = text.as_str();
    let mut genders = BTreeMap::new();
    let mut name = String::new();
    for tokens in sentences.iter() {
        for k in 0..tokens.len() {
            let gender = match tokens[k].lower.as_str() {
                "ông" => Gender::Male,
                "bà" => Gender::Female,
                _ => continue,
            };
            let end = (k + 1..tokens.len())
                .find(|&j| !(tokens[j].cap && tokens[j].word))
                .unwrap_or(tokens.len());
            if end > k + 1 {
                // The first gender met wins; a name already known costs no allocation.
                name.clear();
                for (j, t) in tokens[k + 1..end].iter().enumerate() {
                    if j > 0 {
                        name.push(' ');
                    }
                    name.push_str(&s[t.range.clone()]);
                }
                let last = &s[tokens[end - 1].range.clone()];
                for key in [name.as_str(), last] {
                    if !genders.contains_key(key) {
                        genders.insert(key.to_string(), gender);
                    }
                }
            }
        }
    }
    genders
}

/// The side `rules/entities.txt` gives a listed person (`Some(None)` for one listed without
/// a side), or `None` when the person is not listed.
fn listed_side(rules: &Lexicon, canonical: &str) -> Option<Option<String>> {
    rules
        .entity_by_canonical(canonical)
        .filter(|e| e.kind == EntityKind::Person)
        .map(|e| e.side.clone())
}

/// A person the memory holds, as a speaker a pronoun stands for (its mention is the pronoun's).
fn remembered_person(canonical: &str, role: Option<String>, side: Option<String>) -> Speaker {
    Speaker {
        text: canonical.to_string(),
        range: None,
        canonical: canonical.to_string(),
        role,
        side,
        kind: SpeakerKind::Person,
        resolved_from: None,
    }
}

/// Mentions of people outside claim contents and quotations: a listed person, the last word of
/// a titled person's name, or `ông`/`bà` + a capitalised name.
fn person_mentions(
    text: &Text,
    seg: &Segments,
    parsed: &Parsed,
    people: &[Person],
    rules: &Lexicon,
) -> Vec<(usize, String)> {
    let s = text.as_str();
    // The contents, sorted and merged, so that "inside a content?" is one binary search (an
    // article may have thousands of claims).
    let mut contents: Vec<Range<usize>> = parsed.found.iter().map(|f| f.content.clone()).collect();
    contents.sort_by_key(|c| c.start);
    let mut merged: Vec<Range<usize>> = Vec::with_capacity(contents.len());
    for c in contents {
        match merged.last_mut() {
            Some(last) if c.start <= last.end => last.end = last.end.max(c.end),
            _ => merged.push(c),
        }
    }
    let in_content = |at: usize| {
        let i = merged.partition_point(|c| c.start <= at);
        i > 0 && merged[i - 1].end > at
    };
    // A titled person's fullest name by its last word (`Aliyev` → `Ilham Aliyev`); of equally
    // long names, the last met.
    let mut by_last_name: BTreeMap<&str, &str> = BTreeMap::new();
    for p in people {
        if let Some((_, last)) = p.canonical.rsplit_once(' ') {
            let best = by_last_name.entry(last).or_insert(&p.canonical);
            if p.canonical.len() >= best.len() {
                *best = &p.canonical;
            }
        }
    }
    let mut out = Vec::new();
    for (si, tokens) in parsed.tokens.iter().enumerate() {
        if seg
            .sentences
            .get(si)
            .is_some_and(|x| x.boilerplate.is_some())
        {
            continue;
        }
        let mut k = 0;
        while k < tokens.len() {
            let t = &tokens[k];
            let inside = t.quoted || in_content(t.range.start);
            if inside || !t.word {
                k += 1;
                continue;
            }
            if let Some((n, e)) = rules.entity_at(tokens, k) {
                if e.kind == EntityKind::Person && is_subject(tokens, k, rules) {
                    out.push((t.range.start, e.canonical.clone()));
                }
                k += n;
                continue;
            }
            if t.cap && !tokens.get(k + 1).is_some_and(|n| n.cap && n.word) {
                if let Some(canonical) = by_last_name.get(&s[t.range.clone()]) {
                    if is_subject(tokens, k, rules) {
                        out.push((t.range.start, canonical.to_string()));
                    }
                }
            }
            k += 1;
        }
    }
    out
}

/// How many tokens a subject may stand after the start of its clause (`Sau đó, phó phát ngôn
/// viên Nhà Trắng Sarah Huckabee Sanders` is 9).
const MAX_SUBJECT_OFFSET: usize = 24;

/// Is the name at `m` the subject of its clause: only titles, entities, capitalised words and
/// honorifics between the clause start (sentence start or a comma, after openers) and it?
fn is_subject(tokens: &[Token], m: usize, rules: &Lexicon) -> bool {
    // A subject sits near its clause's start; the bound keeps a sentence with no commas and
    // many names linear.
    let lower = m.saturating_sub(MAX_SUBJECT_OFFSET);
    let mut c = m;
    while c > lower && !tokens[c - 1].is_any(",;:") {
        c -= 1;
    }
    if c > 0 && !tokens[c - 1].is_any(",;:") {
        return false;
    }
    while let Some(n) = rules
        .phrases(WordRole::Opener)
        .iter()
        .find(|w| matches_at(tokens, c, w))
        .map(|w| w.len())
    {
        c += n;
        while c < m && tokens[c].is(',') {
            c += 1;
        }
    }
    let mut k = c;
    // `Bình luận tranh cãi của ông Trump …`: the possessor of a short subject noun phrase.
    if let Some(j) = (c..m.min(c + 7)).find(|&j| tokens[j].lower == "của") {
        if j > c && tokens[c + 1..j].iter().all(|t| t.word && !t.cap) {
            k = j + 1;
        }
    }
    while k < m {
        if let Some((n, _, _)) = title_at(tokens, k, rules) {
            k += n;
        } else if let Some((n, _)) = entity_at(tokens, k, rules) {
            k += n;
        } else if (tokens[k].word && tokens[k].cap)
            || matches!(tokens[k].lower.as_str(), "ông" | "bà" | "cựu" | "phó")
        {
            k += 1;
        } else {
            return false;
        }
    }
    true
}

/// Every person named with a title in the article, in order: `Tổng thống Azerbaijan Ilham
/// Aliyev đã điện đàm …` lets a later `Tổng thống Azerbaijan nhấn mạnh` resolve.
fn titled_people(text: &Text, sentences: &SentenceTokens, rules: &Lexicon) -> Vec<Person> {
    let s = text.as_str();
    let mut people = Vec::new();
    for tokens in sentences.iter() {
        let first_here = people.len();
        let mut k = 0;
        while k < tokens.len() {
            if let Some((n, title, _)) = title_at(tokens, k, rules) {
                if title != TitleKind::Role {
                    k += 1;
                    continue;
                }
                let end = mention_extent(tokens, k, rules);
                let parsed = parse_mention(s, &tokens[k..end], rules);
                if let Some(name) = parsed.name {
                    people.push(Person {
                        at: tokens[k].range.start,
                        canonical: name,
                        role: parsed.role,
                        side: parsed.side,
                    });
                }
                k += n;
            } else {
                k += 1;
            }
        }
        // Officials listed together serve one side (`Cố vấn An ninh Quốc gia H.R. McMaster,
        // phó cố vấn Dina Powell và Bộ trưởng Ngoại giao Rex Tillerson`): one named with a side
        // gives it to those named without.
        let here = &mut people[first_here..];
        let sides: BTreeSet<String> = here.iter().filter_map(|p| p.side.clone()).collect();
        if sides.len() == 1 {
            let side = sides.into_iter().next();
            for p in here
                .iter_mut()
                .filter(|p| p.side.is_none() && listed_side(rules, &p.canonical).is_none())
            {
                p.side = side.clone();
            }
        }
    }
    people
}

/// Where a titled mention starting at `k` ends: titles, entities and capitalised words, with
/// `,` or `-` before an honorific (`Phát ngôn viên Điện Kremlin, ông Dmitry Peskov`).
fn mention_extent(tokens: &[Token], k: usize, rules: &Lexicon) -> usize {
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
                    .is_some_and(|t| matches!(t.lower.as_str(), "ông" | "bà")))
        {
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// The two parties an article is about: the two countries named most often (ties broken by
/// first mention), for `hai bên`.
fn main_sides(seg: &Segments, sentences: &SentenceTokens, rules: &Lexicon) -> Vec<String> {
    let mut counts: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (sentence, tokens) in seg.sentences.iter().zip(sentences.iter()) {
        if sentence.boilerplate.is_some() {
            continue;
        }
        let mut k = 0;
        while k < tokens.len() {
            if let Some((n, e)) = entity_at(tokens, k, rules) {
                if e.kind == EntityKind::Country || e.kind == EntityKind::Place {
                    let side = e.side.clone().unwrap_or_else(|| e.canonical.clone());
                    let entry = counts.entry(side).or_insert((0, tokens[k].range.start));
                    entry.0 += 1;
                }
                k += n;
            } else {
                k += 1;
            }
        }
    }
    let mut ranked: Vec<(String, (usize, usize))> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then(a.1 .1.cmp(&b.1 .1)));
    let mut sides: Vec<String> = ranked.into_iter().take(2).map(|(n, _)| n).collect();
    sides.sort();
    sides
}

/// The longest title starting at token `k`: (token count, kind, title as listed). Two-word
/// titles also match with a typo (`Tổn thống`).
fn title_at<'r>(
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

/// The longest entity alias starting at token `k` (see [`Rules::entity_at`]).
fn entity_at<'r>(
    tokens: &[Token],
    k: usize,
    rules: &'r Lexicon,
) -> Option<(usize, &'r crate::rules::Entity)> {
    rules.entity_at(tokens, k)
}

/// A mention taken apart.
#[derive(Debug, Default)]
struct MentionParts {
    role: Option<String>,
    side: Option<String>,
    side_entity: Option<String>,
    name: Option<String>,
    group: Option<GroupKind>,
}

/// Reads `[modifier] [role] [of-phrase with an entity] [,|-] [honorific] [Name]`.
fn parse_mention(s: &str, tokens: &[Token], rules: &Lexicon) -> MentionParts {
    let mut p = MentionParts::default();
    let mut k = 0;
    // Titles and honorifics at the start.
    while k < tokens.len() {
        match title_at(tokens, k, rules) {
            Some((n, kind, title)) => {
                if kind == TitleKind::Role && p.role.is_none() {
                    p.role = Some(title.to_string());
                }
                k += n;
            }
            None => break,
        }
    }
    if p.role.is_none() {
        p.group = rules.group_heading(tokens).map(|g| g.kind);
    }
    // Entities anywhere: the first gives the side.
    let mut j = k;
    let mut last_entity_end = k;
    // After an honorific, the capitalised run is a personal name: `bà Nguyễn Thị Thanh Mỹ` is
    // a woman named Mỹ, not the United States.
    let name_run_end = if tokens
        .get(k.saturating_sub(1))
        .is_some_and(|t| matches!(t.lower.as_str(), "ông" | "bà"))
        || tokens
            .first()
            .is_some_and(|t| matches!(t.lower.as_str(), "ông" | "bà"))
    {
        let from = if k == 0 { 1 } else { k };
        (from..tokens.len())
            .find(|&i| !tokens[i].cap)
            .unwrap_or(tokens.len())
    } else {
        k
    };
    while j < tokens.len() {
        if let Some((n, e)) = entity_at(tokens, j, rules)
            .filter(|(_, e)| j >= name_run_end || e.kind == EntityKind::Person)
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
        while start > last_entity_end.max(k)
            && tokens[start - 1].word
            && (tokens[start - 1].cap
                || (crate::grammar::name_particle(&tokens[start - 1])
                    && tokens[start - 1].lower.contains('-')))
        {
            start -= 1;
        }
        if start < end {
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
    let former = tokens.iter().take(3).any(|t| t.lower == "cựu");
    if former && p.name.as_ref().and_then(|n| rules.entity(n)).is_none() {
        p.side = None;
        p.side_entity = None;
    }
    p
}

/// Resolves one mention at `range` of the working text.
fn resolve(
    s: &str,
    range: Range<usize>,
    tokens: &[Token],
    memory: &mut Memory,
    rules: &Lexicon,
) -> Speaker {
    let text = s[range.clone()].to_string();
    let lower = text.to_lowercase();
    let is_role = |role: WordRole| rules.has_role(&lower, role);
    let inherit = |sp: &Option<Speaker>, how: &str| {
        sp.clone().map(|mut sp| {
            sp.resolved_from = Some(format!("{text} → {} ({how})", sp.canonical));
            sp.text = text.clone();
            sp.range = Some(range.clone());
            sp
        })
    };
    if is_role(WordRole::PersonPronoun) {
        if let Some((sp, how)) = memory.last_person_like(&lower, range.start) {
            if let Some(sp) = inherit(&Some(sp), how) {
                return sp;
            }
        }
    }
    if is_role(WordRole::PartyPronoun) {
        if let Some(sp) = inherit(&memory.last_party, "last country or organisation") {
            return sp;
        }
    }
    if is_role(WordRole::GroupPronoun) {
        if let Some(sp) = inherit(&memory.last_speaker, "last speaker") {
            return sp;
        }
    }
    // `phía Azerbaijan`, `Liên minh châu Âu (EU)`, `Baku`: the whole mention is an entity.
    let bare = strip_side_marker(&text, rules);
    let bare = bare.split(" (").next().unwrap_or(&bare).trim().to_string();
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
    let parsed = parse_mention(s, tokens, rules);
    if let Some(group) = parsed.group {
        return Speaker {
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
        };
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
        let side = side.or_else(|| rules.entity(&canonical).and_then(|e| e.side.clone()));
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
        let known = memory.people.iter().rev().find(|p| {
            p.at <= at
                && p.role.as_deref() == Some(role.as_str())
                && (parsed.side.is_none() || p.side == parsed.side)
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
    Speaker {
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
    }
}

fn range_start(sp: &Speaker) -> usize {
    sp.range.as_ref().map_or(0, |r| r.start)
}

fn register(memory: &mut Memory, sp: &Speaker, at: usize) {
    if !memory
        .people
        .iter()
        .any(|p| p.canonical == sp.canonical && p.at <= at)
    {
        memory.people.push(Person {
            at,
            canonical: sp.canonical.clone(),
            role: sp.role.clone(),
            side: sp.side.clone(),
        });
    }
}

fn strip_side_marker(text: &str, rules: &Lexicon) -> String {
    let lower = text.to_lowercase();
    for m in rules.words(WordRole::SideMarker) {
        if lower
            .strip_prefix(m)
            .is_some_and(|rest| rest.starts_with(' '))
        {
            return text[m.len() + 1..].to_string();
        }
    }
    text.to_string()
}

/// Whom a directed claim is aimed at: the addressee of a call (`kêu gọi Azerbaijan dừng …`),
/// the first party named in an accusation, warning or condemnation (with one coordinated
/// party), or both sides (`kêu gọi hai bên …`). Never the speaker's own side.
fn targets(
    s: &str,
    tokens: &[Token],
    class: CueClass,
    sp: &Speaker,
    memory: &Memory,
    rules: &Lexicon,
) -> Vec<String> {
    if !class.is_directed() || class == CueClass::Deny {
        return Vec::new();
    }
    // A person named first with a title (`cáo buộc Tổng thống Mỹ Donald Trump tìm cách …`) is
    // the target, not the country in the title.
    let person_first = title_at(tokens, 0, rules)
        .filter(|(_, kind, _)| *kind != TitleKind::Modifier)
        .and_then(|_| {
            let end = mention_extent(tokens, 0, rules);
            parse_mention(s, &tokens[..end], rules).name
        });
    if let Some(name) = person_first {
        let full = memory
            .fullest_name(&name, None)
            .map_or(name, |p| p.canonical.clone());
        if full != sp.canonical {
            return vec![full];
        }
    }
    let both = rules.phrases(WordRole::BothSides);
    let party_pronouns = rules.phrases(WordRole::PartyPronoun);
    let own = sp.side.clone().unwrap_or_else(|| sp.canonical.clone());
    let mut out: Vec<String> = Vec::new();
    let mut k = 0;
    let addressee_only = class == CueClass::Call;
    let allowed_in_np = [
        "và", "các", "nhà", "lãnh", "đạo", "của", "tổng", "thống", "chính", "phủ", "quyền", "lực",
        "lượng", "người", "dân", ",", "(", ")", "nước", "láng", "giềng",
    ];
    while k < tokens.len() {
        if both.iter().any(|w| matches_at(tokens, k, w)) {
            for side in memory.sides() {
                if !out.contains(side) && *side != own {
                    out.push(side.clone());
                }
            }
            break;
        }
        if let Some(w) = party_pronouns.iter().find(|w| matches_at(tokens, k, w)) {
            if let Some(p) = &memory.last_party {
                let name = p.side.clone().unwrap_or_else(|| p.canonical.clone());
                if name != own && !out.contains(&name) {
                    out.push(name);
                }
            }
            k += w.len();
            if addressee_only {
                break;
            }
            continue;
        }
        if let Some((n, e)) = entity_at(tokens, k, rules) {
            if e.kind != EntityKind::Outlet {
                let name = if e.kind == EntityKind::Person {
                    e.canonical.clone()
                } else {
                    e.side.clone().unwrap_or_else(|| e.canonical.clone())
                };
                if name != own && !out.contains(&name) {
                    out.push(name);
                }
            }
            k += n;
            // One coordinated party may follow (`Armenia và Azerbaijan`).
            if tokens.get(k).is_some_and(|t| t.lower == "và" || t.is(',')) {
                k += 1;
                continue;
            }
            if !addressee_only {
                break;
            }
            continue;
        }
        if addressee_only && !allowed_in_np.contains(&tokens[k].lower.as_str()) {
            break;
        }
        k += 1;
    }
    // A call with no addressee (`kêu gọi bình tĩnh`, `kêu gọi chấm dứt giao tranh giữa hai
    // nước`) is addressed to the two sides of the article.
    if addressee_only && out.is_empty() {
        let names_party = (0..tokens.len()).any(|k| {
            entity_at(tokens, k, rules).is_some_and(|(_, e)| e.kind != EntityKind::Outlet)
        });
        let names_both = (0..tokens.len()).any(|k| both.iter().any(|w| matches_at(tokens, k, w)));
        if names_both || !names_party {
            out.extend(memory.sides().iter().filter(|side| **side != own).cloned());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::grammar::parse;
    use crate::normalize::normalize;
    use crate::segment::segment;

    fn claims(raw: &str) -> Vec<(String, Option<String>, String)> {
        let rules = Lexicon::new(&crate::rules::Rules::embedded());
        let text = normalize(raw, &rules.repairs);
        let seg = segment(&text, &rules);
        let parsed = parse(&text, &seg, &rules);
        attribute(&text, &seg, &parsed, &rules)
            .into_iter()
            .map(|c| (c.speaker.canonical, c.speaker.side, c.target.join(",")))
            .collect()
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

    #[test]
    fn a_typo_in_a_title_and_a_short_name_still_resolve() {
        let got = claims("Tổng thống Azerbaijan Ilham Aliyev đã điện đàm với Tổng thống Pháp.\n\"Chúng ta không còn thời gian để đợi thêm 30 năm nữa\" – Tổn thống Aliyev nhấn mạnh.");
        assert_eq!(got.last().map(|c| c.0.as_str()), Some("Ilham Aliyev"));
    }

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

    /// baomoi_037, shortened: the last person who spoke is Tillerson, but the pronoun follows
    /// a sentence whose subject is Sanders.
    #[test]
    fn a_pronoun_after_a_newer_subject_is_that_subject() {
        let got = claims("Email bao gồm phát ngôn của Bộ trưởng Ngoại giao Rex Tillerson. Ông Tillerson tuyên bố câu chuyện là \"bịa đặt\". Sau đó, phó phát ngôn viên Nhà Trắng Sarah Huckabee Sanders xuất hiện từ Cánh Tây. Bà nói: \"Chúng tôi không trả lời bất kỳ câu hỏi nào ngay bây giờ\".");
        let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(speakers, ["Rex Tillerson", "Sarah Huckabee Sanders"]);
    }

    /// With no newer subject, the pronoun is still the last person of its gender who spoke.
    #[test]
    fn a_pronoun_with_no_newer_subject_is_the_last_speaker() {
        let got = claims("Ngoại trưởng Nga Sergei Lavrov cho biết Moscow sẵn sàng đàm phán. Các cuộc giao tranh vẫn tiếp diễn. Ông nói thêm rằng hai bên cần ngừng bắn ngay.");
        let speakers: Vec<&str> = got.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(speakers, ["Sergei Lavrov", "Sergei Lavrov"]);
    }

    /// `ra thông cáo phản ứng` says nothing, so it is no claim; but its speaker is the one a
    /// later `thông cáo nói` means.
    #[test]
    fn a_claim_with_no_content_is_dropped_but_its_speaker_is_remembered() {
        let got = claims("Người phát ngôn Robby Mook ra thông cáo phản ứng. \"Điều Trump nói là nguy hiểm\", thông cáo nói.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Robby Mook");
    }

    #[test]
    fn a_name_particle_stays_in_the_name() {
        let got = claims("Người phát ngôn của liên minh, ông Sadique ul-Farooq, nói: \"Chúng tôi sẽ không công nhận ông làm tổng thống\".");
        assert_eq!(got[0].0, "Sadique ul-Farooq");
    }
}
