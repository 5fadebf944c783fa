//! The article's memory, read in order: people named with a title anywhere in the text (not
//! only as speakers), the genders honorifics give their names, the people mentioned as the
//! subject of a clause, the last person, party and speaker, and the article's two main sides,
//! so that short forms and pronouns resolve to the right earlier entity.

use std::collections::{BTreeMap, BTreeSet};
use std::ops::Range;

use super::mention::{entity_at, mention_extent, parse_mention, title_at};
use super::{Speaker, SpeakerKind};
use crate::grammar::Parsed;
use crate::lexicon::Lexicon;
use crate::normalize::Text;
use crate::rules::{EntityKind, TitleKind, WordRole};
use crate::segment::Segments;
use crate::text::keys::lowercase;
use crate::tokens::{matches_at, Key, SentenceTokens, Token, WordSet};

/// Why a pronoun stands for a person named as a clause's subject after the last who spoke.
pub(super) const NAMED_AS_SUBJECT: &str = "last person named as a subject";

/// A person named with a title somewhere in the article.
#[derive(Clone, Debug)]
pub(super) struct Person {
    pub(super) at: usize,
    pub(super) canonical: String,
    pub(super) role: Option<String>,
    pub(super) side: Option<String>,
}

/// The people of an article's memory: those named with a title in the sentences read so far,
/// in text order, then the person speakers met since.
#[derive(Default)]
struct People {
    list: Vec<Person>,
    /// How many of `list` were named with a title.
    titled: usize,
    /// How many sentences (from the first) have been read for people named with a title.
    read: usize,
}

/// Grammatical gender from honorifics (`ông` male, `bà` female), for pronoun resolution.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(super) enum Gender {
    Male,
    Female,
}

/// The honorifics that give a gender: `ông` male, `bà` female (`rules/grammar.txt`).
#[derive(Clone, Copy)]
pub(super) struct Honorifics<'r> {
    male: &'r WordSet,
    female: &'r WordSet,
}

impl<'r> Honorifics<'r> {
    pub(super) fn new(rules: &'r Lexicon) -> Honorifics<'r> {
        Honorifics {
            male: rules.role_words(WordRole::MaleHonorific),
            female: rules.role_words(WordRole::FemaleHonorific),
        }
    }

    /// The gender `token` gives, when it is one of the honorifics.
    #[inline(always)]
    pub(super) fn gender(&self, token: &Token) -> Option<Gender> {
        if self.male.contains(token) {
            Some(Gender::Male)
        } else if self.female.contains(token) {
            Some(Gender::Female)
        } else {
            None
        }
    }

    /// True when `token` is one of the honorifics.
    pub(super) fn contains(&self, token: &Token) -> bool {
        self.gender(token).is_some()
    }

    /// True when `word`, as written, is one of the honorifics (`ông`, `Bà`, `anh`).
    pub(super) fn is_word(&self, word: &str) -> bool {
        self.word_gender(word).is_some()
    }

    /// The gender `word`, as written, gives (the first word of a mention or a pronoun).
    fn word_gender(&self, word: &str) -> Option<Gender> {
        let key = Key::new(word);
        if self.male.contains_key(&key) {
            Some(Gender::Male)
        } else if self.female.contains_key(&key) {
            Some(Gender::Female)
        } else {
            None
        }
    }
}

/// What the article has said so far, for resolving short names and pronouns.
pub(super) struct Memory<'a> {
    /// The people named with a title ([`titled_people`]), read sentence by sentence only as far
    /// as a claim asks about them (most ask about the people named before them), then the
    /// person speakers registered since.
    people: std::cell::RefCell<People>,
    /// Gender of names met with an honorific (`bà Sarah Huckabee Sanders`), keyed by each name
    /// and its last word: read over the whole article only when a pronoun asks
    /// ([`honorific_genders`]).
    genders: std::cell::OnceCell<BTreeMap<String, Gender>>,
    /// Person speakers so far, most recent last.
    person_speakers: Vec<Speaker>,
    /// Person mentions outside claim contents and quotations: (byte position, canonical),
    /// found over the whole article only when a pronoun asks ([`person_mentions`]).
    mentions: std::cell::OnceCell<Vec<(usize, String)>>,
    text: &'a Text,
    parsed: &'a Parsed,
    pub(super) last_party: Option<Speaker>,
    /// The last outlet that spoke, for `tờ báo này`.
    pub(super) last_outlet: Option<Speaker>,
    pub(super) last_speaker: Option<Speaker>,
    /// The last speaker that is not one person (a group, a party, an outlet), for `họ`, and
    /// the sentence it spoke in.
    pub(super) last_plural: Option<(Speaker, usize)>,
    /// The sentence of the claim being attributed.
    pub(super) sentence: usize,
    /// Unnamed group speakers met with a side, by their head (`quan chức` of `hai quan chức
    /// Mỹ` → `Mỹ`), most recent last: a later `Một quan chức khác` has that side.
    pub(super) group_sides: Vec<(String, String)>,
    /// The two main sides of the article ([`main_sides`]), counted over every sentence only
    /// when a claim needs them (`hai bên`).
    sides: std::cell::OnceCell<Vec<String>>,
    /// Whether the article is about an election campaign ([`WordRole::Campaign`]), read only
    /// when a speaker with a political party asks.
    campaign: std::cell::OnceCell<bool>,
    seg: &'a Segments,
    all_tokens: &'a SentenceTokens,
    rules: &'a Lexicon,
    honorifics: Honorifics<'a>,
}

impl<'a> Memory<'a> {
    /// The memory at the start of an article: nothing said yet. What the whole article holds
    /// (the genders its honorifics give, its person mentions and its two sides) is read when a
    /// claim first asks; its titled people, as far as a claim asks.
    pub(super) fn new(
        text: &'a Text,
        seg: &'a Segments,
        parsed: &'a Parsed,
        rules: &'a Lexicon,
    ) -> Memory<'a> {
        Memory {
            people: std::cell::RefCell::default(),
            genders: std::cell::OnceCell::new(),
            person_speakers: Vec::new(),
            mentions: std::cell::OnceCell::new(),
            last_party: None,
            last_outlet: None,
            last_speaker: None,
            last_plural: None,
            sentence: 0,
            group_sides: Vec::new(),
            sides: std::cell::OnceCell::new(),
            campaign: std::cell::OnceCell::new(),
            seg,
            all_tokens: &parsed.tokens,
            rules,
            honorifics: Honorifics::new(rules),
            text,
            parsed,
        }
    }

    /// The people met in the article (those named with a title, in text order, then the person
    /// speakers registered so far), with every one named with a title at or before byte `upto`
    /// read (`None`: anywhere). A person named with a title is read from its sentence, which
    /// starts at or before it: the sentences starting after `upto` wait until a claim asks
    /// further (their people, all after `upto`, would not count for it). What it returns is
    /// held only while one question is answered: a later question that reads further borrows
    /// the list to extend it.
    fn people_to(&self, upto: Option<usize>) -> std::cell::Ref<'_, People> {
        let sentences = &self.seg.sentences;
        let wanted = upto.map_or(sentences.len(), |at| {
            sentences.partition_point(|s| s.range.start <= at)
        });
        if self.people.borrow().read < wanted {
            let mut people = self.people.borrow_mut();
            let mut titled = Vec::new();
            for si in people.read..wanted {
                titled_people(self.text, &self.all_tokens[si], self.rules, &mut titled);
            }
            // Before the person speakers, after the people of the sentences read before.
            let at = people.titled;
            people.titled += titled.len();
            people.list.splice(at..at, titled);
            people.read = wanted;
        }
        self.people.borrow()
    }

    /// [`Memory::people_to`] as a list.
    pub(super) fn people(&self, upto: Option<usize>) -> std::cell::Ref<'_, [Person]> {
        std::cell::Ref::map(self.people_to(upto), |p| p.list.as_slice())
    }

    fn mentions(&self) -> &[(usize, String)] {
        self.mentions.get_or_init(|| {
            let people = self.people_to(None);
            let titled = &people.list[..people.titled];
            person_mentions(self.text, self.seg, self.parsed, titled, self.rules)
        })
    }

    fn genders(&self) -> &BTreeMap<String, Gender> {
        self.genders
            .get_or_init(|| honorific_genders(self.text, self.all_tokens, self.rules))
    }

    pub(super) fn sides(&self) -> &[String] {
        self.sides
            .get_or_init(|| main_sides(self.seg, self.all_tokens, self.rules))
    }

    /// The party a listed politician speaks for here as an election candidate: the article
    /// is about a campaign (a [`WordRole::Campaign`] phrase) and names them with no office
    /// title anywhere (`Tổng thống Trump` holds office; `ứng viên`, `cựu …` do not).
    pub(super) fn candidate_party(&self, canonical: &str, role: Option<&str>) -> Option<&'a str> {
        // By the alias index (a canonical name is one of its aliases): asked for every person
        // speaker, so no scan of the entity list.
        let party = self
            .rules
            .entity(canonical)
            .filter(|e| e.kind == EntityKind::Person && e.canonical == canonical)?
            .party
            .as_deref()?;
        let campaign = *self.campaign.get_or_init(|| {
            let phrases = self.rules.phrases(WordRole::Campaign);
            self.all_tokens.iter().any(|tokens| {
                (0..tokens.len()).any(|k| phrases.iter().any(|p| matches_at(tokens, k, p)))
            })
        });
        let office = |role: &str| {
            let first = lowercase(role.split(' ').next().unwrap_or_default());
            !self.rules.has_role(&first, WordRole::Former)
                && !self.rules.has_role(&lowercase(role), WordRole::Campaign)
        };
        if !campaign || role.is_some_and(office) {
            return None;
        }
        let people = self.people_to(None);
        let in_office = people.list[..people.titled].iter().any(|p| {
            let same = p.canonical == canonical
                || self
                    .rules
                    .entity(&p.canonical)
                    .is_some_and(|e| e.canonical == canonical);
            same && p.role.as_deref().is_some_and(office)
        });
        (!in_office).then_some(party)
    }

    /// The person met so far (before `at`, when given) whose name is `name` or ends with it,
    /// preferring the fullest name (`Ilham Aliyev` over `Aliyev`).
    pub(super) fn fullest_name(&self, name: &str, at: Option<usize>) -> Option<Person> {
        let suffix = format!(" {name}");
        self.people(at)
            .iter()
            .rev()
            .filter(|p| at.is_none_or(|at| p.at <= at))
            .filter(|p| p.canonical == name || p.canonical.ends_with(&suffix))
            .max_by_key(|p| p.canonical.len())
            .cloned()
    }

    /// The gender the mention's first word gives (an honorific, or `nữ` in `nữ phát ngôn
    /// viên`), else the gender of its name.
    fn gender_of(&self, sp: &Speaker) -> Option<Gender> {
        let by_first_word = sp.text.split_whitespace().next().and_then(|first| {
            let female_markers = self.rules.role_words(WordRole::FemaleMarker);
            self.honorifics.word_gender(first).or_else(|| {
                let female = female_markers.contains_key(&Key::new(first));
                female.then_some(Gender::Female)
            })
        });
        by_first_word.or_else(|| self.gender_of_name(&sp.canonical))
    }

    /// The gender an honorific gave this name, or its last word, anywhere in the article.
    fn gender_of_name(&self, canonical: &str) -> Option<Gender> {
        let genders = self.genders();
        genders.get(canonical).copied().or_else(|| {
            let last = canonical.rsplit(' ').next().unwrap_or("");
            genders.get(last).copied()
        })
    }

    /// Whom a person pronoun at `at` stands for, and why: the person last named as the subject
    /// of a clause (`Sau đó, phó phát ngôn viên … Sanders xuất hiện … Bà nói`) when that comes
    /// after the last person who spoke; else the last person who spoke; failing both, the last
    /// person named with a title. Never one of the other gender.
    pub(super) fn last_person_like(
        &self,
        pronoun: &str,
        at: usize,
    ) -> Option<(Speaker, &'static str)> {
        let wanted = pronoun
            .split_whitespace()
            .next()
            .and_then(|w| self.honorifics.word_gender(w));
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
                let people = self.people(None);
                let p = people.iter().find(|p| &p.canonical == canonical);
                let side = p
                    .and_then(|p| p.side.clone())
                    .or_else(|| self.rules.entity(canonical).and_then(|e| e.side.clone()));
                let sp = remembered_person(canonical, p.and_then(|p| p.role.clone()), side);
                return Some((sp, NAMED_AS_SUBJECT));
            }
        }
        if let Some(sp) = speaker {
            return Some((sp.clone(), "last person of that gender who spoke"));
        }
        let people = self.people(Some(at));
        let p = people
            .iter()
            .rev()
            .find(|p| p.at < at && fits(self.genders().get(&p.canonical).copied()))?;
        let sp = remembered_person(&p.canonical, p.role.clone(), p.side.clone());
        Some((sp, "last person named with a title"))
    }

    /// The country named last before byte `at`, in its sentence or the two before it, as
    /// (canonical, side): what `nước này` in `Bộ Ngoại giao nước này` points back to.
    pub(super) fn country_named_before(&self, at: usize) -> Option<(String, String)> {
        /// How many sentences back the country may be named.
        const SENTENCES_BACK: usize = 3;
        let here = self.seg.sentences.partition_point(|s| s.range.start <= at);
        let from = here.saturating_sub(SENTENCES_BACK);
        (from..here)
            .rev()
            .find_map(|si| self.countries_in(si, at).last())
    }

    /// True when the country `canonical` is named, with a capital, anywhere before byte `at`.
    pub(super) fn names_country_before(&self, at: usize, canonical: &str) -> bool {
        let here = self.seg.sentences.partition_point(|s| s.range.start <= at);
        (0..here).any(|si| self.countries_in(si, at).any(|(c, _)| c == canonical))
    }

    /// The countries named in sentence `si` before byte `at`, in order, as (canonical, side).
    fn countries_in(&self, si: usize, at: usize) -> impl Iterator<Item = (String, String)> + '_ {
        let tokens = self.all_tokens.get(si).unwrap_or_default();
        let mut k = 0;
        std::iter::from_fn(move || {
            while k < tokens.len() && tokens[k].range.end <= at {
                match entity_at(tokens, k, self.rules) {
                    // A country named inside another entity's name counts (`Hãng Thông tấn
                    // Trung ương Triều Tiên (KCNA) dẫn nguồn tin Bộ Ngoại giao nước này`).
                    // Written with a capital (`nước Nga`, never the pronoun `anh`).
                    // `Anh Nguyễn Văn Tuấn` is a man, not the country.
                    Some((n, e))
                        if e.kind == EntityKind::Country
                            && tokens[k + n - 1].cap
                            && honoured_name(tokens, k, &self.honorifics, self.rules).is_none()
                            && !(n == 1 && pronoun_capitalised(tokens, k, &self.honorifics)) =>
                    {
                        k += n;
                        let side = e.side.clone().unwrap_or_else(|| e.canonical.clone());
                        return Some((e.canonical.clone(), side));
                    }
                    _ => k += 1,
                }
            }
            None
        })
    }

    pub(super) fn remember(&mut self, sp: &Speaker) {
        match sp.kind {
            SpeakerKind::Person => self.person_speakers.push(sp.clone()),
            SpeakerKind::Country | SpeakerKind::Org => self.last_party = Some(sp.clone()),
            SpeakerKind::Outlet => self.last_outlet = Some(sp.clone()),
            _ => {}
        }
        if sp.kind != SpeakerKind::Person {
            self.last_plural = Some((sp.clone(), self.sentence));
        }
        self.last_speaker = Some(sp.clone());
    }
}

/// The distinct people named with a title inside `range`, in order.
pub(super) fn people_in(memory: &Memory, range: &Range<usize>) -> Vec<Person> {
    let mut out: Vec<Person> = Vec::new();
    for p in memory
        .people(Some(range.end))
        .iter()
        .filter(|p| range.contains(&p.at))
    {
        if !out.iter().any(|o| o.canonical == p.canonical) {
            out.push(p.clone());
        }
    }
    out
}

/// Names met with an honorific anywhere in the article: `bà Sarah Huckabee Sanders` is female.
fn honorific_genders(
    text: &Text,
    sentences: &SentenceTokens,
    rules: &Lexicon,
) -> BTreeMap<String, Gender> {
    let s = text.as_str();
    let mut genders = BTreeMap::new();
    let mut name = String::new();
    let honorifics = Honorifics::new(rules);
    for tokens in sentences.iter() {
        for k in 0..tokens.len() {
            let Some(gender) = honorifics.gender(&tokens[k]) else {
                continue;
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
pub(super) fn listed_side(rules: &Lexicon, canonical: &str) -> Option<Option<String>> {
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
    let honorifics = Honorifics::new(rules);
    // Names met after an honorific, by their last word (`ông Nguyễn Văn Tuấn` → a later `ông
    // Tuấn`): the fullest met so far.
    let mut honoured: BTreeMap<String, String> = BTreeMap::new();
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
            // Before the entities: `Anh` opening `Anh Nguyễn Văn Tuấn quyết định …` is no
            // country.
            if let Some(n) = honoured_name(tokens, k, &honorifics, rules) {
                let name = &s[tokens[k + 1].range.start..tokens[k + n].range.end];
                let last = &s[tokens[k + n].range.clone()];
                let fullest = by_last_name
                    .get(last)
                    .copied()
                    .or_else(|| honoured.get(last).map(String::as_str))
                    .filter(|f| f.len() > name.len())
                    .unwrap_or(name)
                    .to_string();
                if is_subject(tokens, k, rules) {
                    out.push((t.range.start, fullest.clone()));
                }
                honoured.insert(last.to_string(), fullest);
                k += 1 + n;
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

/// The longest name a form of address may stand before: `ông Nguyễn Văn Tuấn`, `bà Sarah
/// Huckabee Sanders`.
const MAX_HONOURED_NAME: usize = 4;

/// Whether token `k`, a word that is also a pronoun (`Anh`: the United Kingdom, or "he"), has
/// its capital from where it stands, not from being a name: it opens the sentence or a turn of
/// speech (`Anh cho biết …` after `anh Thái …`; `chị hỏi: – Anh không định …`), or ends a
/// personal name (`Huỳnh Anh`, `Tuấn Anh`). Such a capital names no country.
fn pronoun_capitalised(tokens: &[Token], k: usize, honorifics: &Honorifics) -> bool {
    if !honorifics.contains(&tokens[k]) {
        return false;
    }
    match tokens[..k].last() {
        None => true,
        Some(t) if t.word => t.cap,
        Some(t) => t.is_dash() || t.is(':') || t.is('"') || t.is('“') || opens_sentence(tokens, k),
    }
}

/// No word comes before token `k` in its sentence (an opening quotation mark may).
fn opens_sentence(tokens: &[Token], k: usize) -> bool {
    tokens[..k].iter().all(|t| !t.word)
}

/// `chị Na quyết định …`, `Ông Tuấn bán nhà …`: how many capitalised words name a person after
/// the form of address at `k` (`ông`, `bà`, `anh`, `chị`, `cô`), when they are no listed
/// entity (a listed person is met as one: `ông Trump`) and no more than
/// [`MAX_HONOURED_NAME`] of them follow. A capitalised form of address after a word is none:
/// `Thủ tướng Anh Theresa May` names the country.
fn honoured_name(
    tokens: &[Token],
    k: usize,
    honorifics: &Honorifics,
    rules: &Lexicon,
) -> Option<usize> {
    let t = &tokens[k];
    let after_word = k > 0 && tokens[k - 1].word;
    if !honorifics.contains(t) || (t.cap && after_word) || rules.entity_at(tokens, k + 1).is_some()
    {
        return None;
    }
    // Capitalised words, and initials joined by dots (`chị T.H`, `anh N.V.A`).
    let (mut n, mut words) = (0, 0);
    while let Some(t) = tokens.get(k + 1 + n) {
        let initial_dot = t.is('.')
            && n > 0
            && tokens
                .get(k + n + 2)
                .is_some_and(|next| next.word && next.cap && next.range.start == t.range.end)
            && tokens[k + n].range.end == t.range.start;
        if !(initial_dot || t.word && t.cap) {
            break;
        }
        words += usize::from(t.word);
        n += 1;
    }
    (1..=MAX_HONOURED_NAME).contains(&words).then_some(n)
}

/// `Ceridwen Cherry, một luật sư của Liên đoàn Tự do Dân sự Mỹ (ACLU) tham gia biểu tình …`: a
/// bare name of two to four capitalised words opening a sentence, set off by a comma before a
/// lower-case role (a title, a group or speaker head, after a quantifier or not), is a person a
/// later pronoun may stand for. Gives the name's tokens (a form of address kept, an
/// abbreviated title left out).
fn name_before_role(s: &str, tokens: &[Token], rules: &Lexicon) -> Option<Range<usize>> {
    let end = tokens.iter().position(|t| !(t.word && t.cap))?;
    // `Ông Phil Robertson, Phó Giám đốc …`: a form of address before the name; `BS Lê Thị
    // Hải, …`, `TS-BS …`: an abbreviated title, no part of it.
    let abbreviation = |t: &Token| {
        let w = &s[t.range.clone()];
        w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase() || c == '-' || c == '.')
    };
    let honorific = usize::from(Honorifics::new(rules).contains(&tokens[0]));
    let abbreviated = usize::from(tokens.get(honorific).is_some_and(abbreviation));
    let addressed = honorific + abbreviated;
    if end < addressed || !(2..=4).contains(&(end - addressed)) || !tokens[end].is(',') {
        return None;
    }
    // As the grammar's bare name before a role (`grammar::speaker`), and no sentence opener.
    let not_name = WordRole::NOT_IN_NAME.iter().chain([&WordRole::Opener]);
    if tokens[addressed..end]
        .iter()
        .any(|t| not_name.clone().any(|&role| rules.lists_word(role, t)))
    {
        return None;
    }
    let mut head = end + 1;
    // A lower-case role, or a capitalised title (`…, Phó Giám đốc phụ trách khu vực Á châu
    // của tổ chức …`).
    if tokens
        .get(head)
        .is_none_or(|t| !t.word || t.cap && title_at(tokens, head, rules).is_none())
    {
        return None;
    }
    if rules.lists_word(WordRole::Quantifier, &tokens[head]) {
        head += 1;
    }
    let role = title_at(tokens, head, rules).is_some()
        || rules.group_at(tokens, head).is_some()
        || rules
            .phrases(WordRole::SpeakerHead)
            .iter()
            .any(|p| matches_at(tokens, head, p));
    // The honorific stays (it gives the gender); an abbreviated title goes.
    let from = if abbreviated == 1 { addressed } else { 0 };
    role.then_some(from..end)
}

/// Where the role phrase after `Name,` ends: at the next comma or dash outside brackets, or
/// after the closing bracket of an abbreviation (`(ACLU)`); `None` when nothing closes it
/// before the sentence's end (the role then runs into what the person did or said).
fn appositive_end(tokens: &[Token]) -> Option<usize> {
    let mut depth = 0i32;
    let mut seen_comma = false;
    for (k, t) in tokens.iter().enumerate() {
        if t.is('(') {
            depth += 1;
        } else if t.is(')') {
            depth -= 1;
            if depth == 0 && seen_comma {
                return Some(k + 1);
            }
        } else if depth == 0 && (t.is(',') || t.is_dash()) {
            if seen_comma {
                return Some(k);
            }
            seen_comma = true;
        }
    }
    None
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
    let possessive = rules.role_words(WordRole::Possessive);
    if let Some(j) = (c..m.min(c + 7)).find(|&j| possessive.contains(&tokens[j])) {
        if j > c && tokens[c + 1..j].iter().all(|t| t.word && !t.cap) {
            k = j + 1;
        }
    }
    // Honorifics and modifiers (`ông`, `cựu`, `phó`) are titles.
    while k < m {
        if let Some((n, _, _)) = title_at(tokens, k, rules) {
            k += n;
        } else if let Some((n, _)) = entity_at(tokens, k, rules) {
            k += n;
        } else if tokens[k].word && tokens[k].cap {
            k += 1;
        } else {
            return false;
        }
    }
    true
}

/// Every person named with a title in a sentence (its `tokens`), in order, appended to
/// `people`: `Tổng thống Azerbaijan Ilham Aliyev đã điện đàm …` lets a later `Tổng thống
/// Azerbaijan nhấn mạnh` resolve.
fn titled_people(text: &Text, tokens: &[Token], rules: &Lexicon, people: &mut Vec<Person>) {
    let s = text.as_str();
    let first_here = people.len();
    let mut k = 0;
    if let Some(name) = name_before_role(s, tokens, rules) {
        // The role's organisation is the person's side (`…, một luật sư của Liên đoàn Tự
        // do Dân sự Mỹ (ACLU)`). The apposition's title names no one else.
        // An apposition nothing closes gives the name only: its side would come from the
        // rest of the sentence (`Ông Lê Hồng Minh, Tổng giám đốc VNG cho biết việc IPO tại
        // Mỹ …`).
        let closed = appositive_end(tokens);
        let end = closed.unwrap_or(name.end);
        let parsed = parse_mention(s, &tokens[name.start..end], rules);
        // `ĐBQH Nguyễn Đức Kiên, …`: a word of a personal name that spells a country gives
        // no side.
        let in_name = |side: &String| {
            (name.start..name.end).any(|j| {
                rules
                    .entity_at(tokens, j)
                    .is_some_and(|(n, e)| j + n <= name.end && &e.canonical == side)
            })
        };
        let side = parsed
            .side
            .filter(|_| !parsed.side_entity.as_ref().is_some_and(in_name));
        // The name as written (a listed person's canonical name), after its form of address
        // or title (`Tướng Joseph Dunford`): the mention's own reading may take a word of it
        // for a country (`Nguyễn Đức Kiên`).
        let mut first = name.start;
        while let Some((n, _, _)) = title_at(&tokens[..name.end], first, rules) {
            first += n;
        }
        if first >= name.end {
            first = name.start;
        }
        let written = &s[tokens[first].range.start..tokens[name.end - 1].range.end];
        let canonical = rules
            .entity(written)
            .filter(|e| e.kind == EntityKind::Person)
            .map_or_else(|| written.to_string(), |e| e.canonical.clone());
        if parsed.name.is_some() {
            people.push(Person {
                at: tokens[0].range.start,
                canonical,
                role: parsed.role,
                side,
            });
            k = end;
        }
    }
    while k < tokens.len() {
        if let Some((n, title, _)) = title_at(tokens, k, rules) {
            if title != TitleKind::Role {
                k += 1;
                continue;
            }
            let end = mention_extent(tokens, k, rules);
            let parsed = parse_mention(s, &tokens[k..end], rules);
            // `Cục trưởng Cục Chăn nuôi`: an institution's name read as a person's is none.
            let institution = |name: &String| {
                let toks = crate::tokens::tokenize(name, 0..name.len(), &[]);
                rules
                    .group_at(&toks, 0)
                    .is_some_and(|(_, g)| g.kind == crate::rules::GroupKind::Institution)
            };
            if let Some(name) = parsed.name.filter(|n| !institution(n)) {
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

/// The two parties an article is about: the two countries named most often (ties broken by
/// first mention), for `hai bên`; none when the article names fewer than two.
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
    // One party named is no pair of sides: `hai bên` is then the two parties of something
    // else (a contract, a quarrel), not one country twice over.
    if sides.len() < 2 {
        sides.clear();
    }
    sides.sort();
    sides
}

pub(super) fn range_start(sp: &Speaker) -> usize {
    sp.range.as_ref().map_or(0, |r| r.start)
}

pub(super) fn register(memory: &mut Memory, sp: &Speaker, at: usize) {
    let known = memory
        .people(Some(at))
        .iter()
        .any(|p| p.canonical == sp.canonical && p.at <= at);
    if !known {
        memory.people.get_mut().list.push(Person {
            at,
            canonical: sp.canonical.clone(),
            role: sp.role.clone(),
            side: sp.side.clone(),
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::attribution::claims_of as claims;

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

    /// `hai bên` is the article's two parties only when it names two: with one country or city
    /// named (the parties of a contract, of a quarrel), it speaks for no country, and gives no
    /// claim; with two it is both.
    #[test]
    fn both_sides_need_two_parties() {
        let speakers =
            |text: &str| -> Vec<String> { claims(text).into_iter().map(|c| c.0).collect() };
        for (source, text) in [
            ("shortened from baomoi:22678134; its first sentence constructed, naming the city as the article does", "Vụ việc xảy ra tại TP.HCM. Tại tòa, hai bên đều thừa nhận mặc dù chưa ký hợp đồng thỏa thuận nhưng đã có thỏa thuận miệng về chi phí, doanh thu, lợi nhuận và tỉ lệ ăn chia."),
            ("shortened from baomoi:21481723, whose one country is the `Anh` of `Anh Tr.`", "Cả hai bên đều cho rằng phần đất nhà mình bị lấn chiếm nên thường xuyên xảy ra mâu thuẫn cãi vã. Anh Tr. đã chạy đến ngăn cản và giữa họ xảy ra xô xát."),
            ("shortened from baomoi:22676211", "Chính phủ Thái Lan có kế hoạch áp dụng chương trình cho vay ưu đãi với lãi suất 3% dành cho cơ sở xay xát và thương lái địa phương. Các bên liên quan cũng cho rằng việc thực hiện chương trình cho vay tại thời điểm hiện tại là phù hợp."),
        ] {
            assert!(speakers(text).is_empty(), "{source}: {:?}", speakers(text));
        }
        assert_eq!(
            speakers("Nga và Ukraine đã gặp nhau. Hai bên cho rằng cần tiếp tục đàm phán."),
            ["Nga", "Ukraine"],
            "constructed"
        );
    }

    /// Ho Chi Minh City, however it is written (`TP.HCM`, `TPHCM`, `TP Hồ Chí Minh`), is a
    /// place of Vietnam: a body of the city keeps its whole name, never `HCM` read as a person.
    #[test]
    fn ho_chi_minh_city_is_a_place() {
        crate::grammar::testing::check_canonicals(&[
            ("shortened from baomoi:21494244", "Nhưng do tính cấp bách nên UBND TP.HCM đã đề nghị Thủ tướng, Chính phủ chấp thuận chủ trương thực hiện theo lệnh khẩn cấp, cấp bách để dự án hoàn thành ngay trong năm 2018.", "UBND TP.HCM"),
            ("baomoi:22704576", "Xét sử phúc thẩm vụ án vào ngày 7/7/2017, HĐXX TAND Cấp cao tại TP.HCM cho rằng vụ án có nhiều tình tiết chưa được làm sáng tỏ, còn nhiều mâu thuẫn mà cấp phúc thẩm không thể bổ sung được.", "HĐXX TAND Cấp cao tại TP.HCM"),
            ("baomoi:21477783", "Giám đốc Công an TP.HCM bày tỏ mong muốn việc hợp tác tuyên truyền giữa Công an TP.HCM và báo chí ngày càng chặt chẽ hơn.", "Giám đốc Công an TP.HCM"),
            ("constructed", "TPHCM đề xuất xây dựng thêm 5 tuyến metro.", "TP.HCM"),
        ]);
    }
}
