//! Stage 5: claims → pairs of claims that clash, within and across articles.
//!
//! Candidates come from blocking, never from all pairs: claims are grouped by story (articles
//! whose periods overlap and that speak of the same parties) and, inside a story, indexed by
//! their topic keys (the parties they name and the stance words they use), so only claims that
//! share a key are compared. Typed detectors then decide, each a small function driven by
//! `rules/stances.txt` and `rules/framing.txt`:
//!
//! - `mutual_accusation`: the two halves of a reciprocal claim, or A accusing B of an attack
//!   while B accuses A of one;
//! - `denial`: a denial (cue, negation or a word such as `bịa đặt`) against an affirming claim
//!   about the same matter: the denier is the accused, or the two contents share key words;
//! - `numeric`: different figures for the same quantity (`104 binh sĩ … thiệt mạng` ~
//!   `ít nhất 2.300 binh sĩ … thiệt mạng`);
//! - `framing`: the same event named in opposite ways;
//! - `outcome`: a gain claimed by one side, a repelled attack by the other;
//! - `opposing_call`: a call to stop the fighting against a push to carry it on.
//!
//! Allies agreeing and a speaker repeating itself are not conflicts: the two claims must come
//! from different speakers of different sides. Claims about different periods never pair.

use std::collections::{BTreeMap, BTreeSet};

use rayon::prelude::*;

use crate::lexicon::Lexicon;
use crate::report::{ClaimOut, Conflict, Document, Evidence};
use crate::rules::{CueClass, Stance, WordRole};
use crate::text::lanes::Lanes;
use crate::tokens::{phrase_words, tokenize, PhraseSet, Token};

/// Two contents "share key words" when at least this many content words are common to both
/// (function words and party names excluded). Chosen on the dev set: 2 finds the denials whose
/// wording overlaps (`quân đội`, `can thiệp bầu cử`) without pairing every two claims about the
/// same war.
pub const MIN_SHARED_KEYWORDS: usize = 2;

/// Numbers found in a claim, with the noun they count and the event they belong to.
#[derive(Clone, Debug, PartialEq)]
struct Quantity {
    low: f64,
    high: f64,
    unit: String,
    event: String,
    /// Whose losses: the party named after the unit (`binh sĩ Armenia`), or the speaker's own
    /// side when the content says `nước này`, `của họ`, `của mình`.
    victim: Option<String>,
    span: std::ops::Range<usize>,
}

/// What the detectors need to know about one claim.
struct Features<'a> {
    doc: usize,
    claim: &'a ClaimOut,
    side: String,
    class: CueClass,
    negated: bool,
    rebuttal: u8,
    keywords: BTreeSet<String>,
    parties: BTreeSet<String>,
    /// Token index of each party's first mention in the content.
    party_at: BTreeMap<String, usize>,
    stances: BTreeMap<Stance, String>,
    /// Token index of each stance's first word in the content.
    stance_at: BTreeMap<Stance, usize>,
    frames: Vec<(usize, bool)>,
    quantities: Vec<Quantity>,
    reciprocal: bool,
    /// Position of the claim among its document's claims.
    sentence: usize,
}

fn class_of(name: &str) -> CueClass {
    match name {
        "report" => CueClass::Report,
        "accuse" => CueClass::Accuse,
        "deny" => CueClass::Deny,
        "condemn" => CueClass::Condemn,
        "call" => CueClass::Call,
        "warn" => CueClass::Warn,
        _ => CueClass::State,
    }
}

/// Contains `words` as consecutive tokens.
fn has(tokens: &[Token], words: &[String]) -> Option<usize> {
    (0..tokens.len()).find(|&k| crate::tokens::matches_at(tokens, k, words))
}

/// The rule words the detectors look for, split into words once per run.
struct PairWords<'r> {
    rules: &'r Lexicon,
    stop: BTreeSet<&'r str>,
    stances: Vec<(Vec<String>, Stance, &'r str)>,
    framings: Vec<(Vec<String>, Vec<String>)>,
    own_side: Vec<Vec<String>>,
    /// `cáo buộc`, as words: a condemnation of it rebuts the accusations.
    accusation: Vec<String>,
    /// Every side of the run, with its words.
    sides: Vec<(String, Vec<String>)>,
    /// The same, indexed (value: index into `sides`), with each side's match key.
    side_phrases: PhraseSet<usize>,
    side_names: BTreeSet<String>,
    side_keys: Vec<String>,
    /// `stances` and `framings` indexed (values: index into `stances`; framing index and
    /// which way), to find them all in one pass over a content.
    stance_phrases: PhraseSet<usize>,
    framing_phrases: PhraseSet<(usize, bool)>,
    /// [`UNITS`] and [`EVENTS`] as words.
    units: Vec<(Vec<String>, &'static str)>,
    events: Vec<(Vec<String>, &'static str)>,
}

impl<'r> PairWords<'r> {
    fn new(rules: &'r Lexicon, sides: BTreeSet<String>) -> PairWords<'r> {
        let side_names = sides.clone();
        let mut lex = PairWords {
            rules,
            stop: rules.words(WordRole::Stopword).collect(),
            stances: rules
                .stances
                .iter()
                .map(|s| (phrase_words(&s.phrase), s.stance, s.phrase.as_str()))
                .collect(),
            framings: rules
                .framings
                .iter()
                .map(|f| (phrase_words(&f.a), phrase_words(&f.b)))
                .collect(),
            accusation: phrase_words("cáo buộc"),
            own_side: ["nước này", "của họ", "của mình", "phía mình"]
                .iter()
                .map(|w| phrase_words(w))
                .collect(),
            sides: sides
                .into_iter()
                .map(|s| {
                    let words = phrase_words(&s);
                    (s, words)
                })
                .collect(),
            units: UNITS.iter().map(|u| (phrase_words(u), *u)).collect(),
            events: EVENTS.iter().map(|e| (phrase_words(e), *e)).collect(),
            side_phrases: PhraseSet::new(Vec::new()),
            side_names,
            side_keys: Vec::new(),
            stance_phrases: PhraseSet::new(Vec::new()),
            framing_phrases: PhraseSet::new(Vec::new()),
        };
        lex.side_phrases = PhraseSet::new(
            lex.sides
                .iter()
                .enumerate()
                .map(|(i, (_, w))| (w.clone(), i))
                .collect(),
        );
        lex.side_keys = lex
            .sides
            .iter()
            .map(|(s, _)| crate::text::keys::match_key(s))
            .collect();
        lex.stance_phrases = PhraseSet::new(
            lex.stances
                .iter()
                .enumerate()
                .map(|(i, (w, _, _))| (w.clone(), i))
                .collect(),
        );
        lex.framing_phrases = PhraseSet::new(
            lex.framings
                .iter()
                .enumerate()
                .flat_map(|(i, (a, b))| [(a.clone(), (i, true)), (b.clone(), (i, false))])
                .collect(),
        );
        lex
    }
}

fn features<'a>(doc: usize, position: usize, claim: &'a ClaimOut, lex: &PairWords) -> Features<'a> {
    let text = &claim.content.text;
    let tokens = tokenize(text, 0..text.len(), &[]);
    let mut parties = BTreeSet::new();
    for t in &claim.target {
        parties.insert(t.clone());
    }
    let mut party_words: BTreeSet<String> = BTreeSet::new();
    let mut party_at = BTreeMap::new();
    for (i, at) in lex.side_phrases.first_occurrences(&tokens) {
        let (side, words) = &lex.sides[*lex.side_phrases.value(i)];
        parties.insert(side.clone());
        party_at.insert(side.clone(), at);
        party_words.extend(words.iter().cloned());
    }
    // Metonyms name parties too (`Nhà Trắng` → Mỹ, `Moscow` → Nga).
    for k in 0..tokens.len() {
        if let Some((n, e)) = lex.rules.entity_at(&tokens, k) {
            if let Some(side) = &e.side {
                if lex.side_names.contains(side) {
                    parties.insert(side.clone());
                    party_at.entry(side.clone()).or_insert(k);
                    party_words.extend(tokens[k..k + n].iter().map(|t| t.lower.to_string()));
                }
            }
        }
    }
    // Key words are pairs of adjacent content words (`quân đội`, `khu vực`, `can thiệp`):
    // Vietnamese words are mostly two syllables, and single syllables match far too often.
    let content = |t: &Token| {
        t.word
            && !lex.stop.contains(t.lower.as_str())
            && !party_words.contains(t.lower.as_str())
            && !t.lower.chars().all(|c| c.is_ascii_digit())
    };
    let mut keywords = BTreeSet::new();
    for pair in tokens.windows(2) {
        if content(&pair[0]) && content(&pair[1]) {
            keywords.insert(format!("{} {}", pair[0].lower, pair[1].lower));
        }
    }
    let mut stances = BTreeMap::new();
    let mut stance_at: BTreeMap<Stance, usize> = BTreeMap::new();
    // In list order, as if each phrase were asked in turn: the first listed phrase found
    // names the stance.
    for (i, at) in lex.stance_phrases.first_occurrences(&tokens) {
        let (_, stance, phrase) = &lex.stances[*lex.stance_phrases.value(i)];
        stances.entry(*stance).or_insert_with(|| phrase.to_string());
        let first = stance_at.entry(*stance).or_insert(at);
        *first = (*first).min(at);
    }
    let frames: Vec<(usize, bool)> = lex
        .framing_phrases
        .first_occurrences(&tokens)
        .into_iter()
        .map(|(i, _)| *lex.framing_phrases.value(i))
        .collect();
    let class = class_of(&claim.cue.class);
    // How strongly the claim rebuts something: 2 for a denial cue or a condemnation of
    // accusations (`chỉ trích những cáo buộc trên`), 1 for a negated content or a word such as
    // `bịa đặt` in a statement, 0 otherwise. An accusation of lying (`cáo buộc … nói dối`)
    // affirms; it does not rebut.
    let about_accusations = has(&tokens, &lex.accusation).is_some();
    let rebuttal = if class == CueClass::Deny || (class == CueClass::Condemn && about_accusations) {
        2
    } else if class != CueClass::Accuse
        && (claim.polarity == "negate" || stances.contains_key(&Stance::Denial))
    {
        1
    } else {
        0
    };
    let negated = rebuttal > 0;
    let own_side = lex.own_side.iter().any(|w| has(&tokens, w).is_some());
    let quantities = quantities(text, &tokens, lex)
        .into_iter()
        .map(|mut q| {
            q.victim = match q.victim.take() {
                None if own_side => claim.speaker.side.clone(),
                None => None,
                Some(v) => lex
                    .side_keys
                    .iter()
                    .position(|key| *key == v)
                    .map(|i| lex.sides[i].0.clone())
                    .or(Some(v)),
            };
            q
        })
        .collect();
    Features {
        doc,
        claim,
        side: claim
            .speaker
            .side
            .clone()
            .unwrap_or_else(|| claim.speaker.canonical.clone()),
        class,
        negated,
        rebuttal,
        keywords,
        parties,
        party_at,
        stances,
        stance_at,
        frames,
        quantities,
        reciprocal: claim.rule.starts_with("reciprocal"),
        sentence: position,
    }
}

/// Nouns that a casualty or loss figure counts.
const UNITS: &[&str] = &[
    "binh sĩ",
    "dân thường",
    "người",
    "máy bay",
    "xe tăng",
    "trực thăng",
    "tàu",
    "lính",
    "quân nhân",
    "thường dân",
];
/// Events that figures are about.
const EVENTS: &[&str] = &[
    "thiệt mạng",
    "bị thương",
    "chết",
    "tử vong",
    "bắn hạ",
    "phá hủy",
    "bị bắt",
];

/// Parses a Vietnamese number as a range: `40.000`, `3,5`, `hơn 50`, `ít nhất 27`, `khoảng 200`,
/// `hàng chục`, `hàng trăm`, `ba`.
fn number_at(tokens: &[Token], k: usize) -> Option<(f64, f64, usize)> {
    let t = tokens.get(k)?;
    let words = [
        "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười",
    ];
    if let Some(n) = words.iter().position(|w| t.lower == *w) {
        let v = (n + 1) as f64;
        return Some((v, v, 1));
    }
    if t.lower == "hàng" {
        let next = tokens.get(k + 1)?;
        return match next.lower.as_str() {
            "chục" => Some((10.0, 99.0, 2)),
            "trăm" => Some((100.0, 999.0, 2)),
            "nghìn" | "ngàn" => Some((1000.0, 9999.0, 2)),
            _ => None,
        };
    }
    if !t.lower.chars().next()?.is_ascii_digit() {
        return None;
    }
    let cleaned: String = t.lower.replace('.', "").replace(',', ".");
    let v: f64 = cleaned.parse().ok()?;
    Some((v, v, 1))
}

fn quantities(text: &str, tokens: &[Token], lex: &PairWords) -> Vec<Quantity> {
    let mut out = Vec::new();
    let event = lex
        .events
        .iter()
        .find(|(words, _)| has(tokens, words).is_some())
        .map(|(_, e)| e.to_string());
    let Some(event) = event else { return out };
    for k in 0..tokens.len() {
        let Some((mut low, mut high, n)) = number_at(tokens, k) else {
            continue;
        };
        // Qualifiers before the number.
        let before = |w: &str| k >= 1 && tokens[k - 1].lower == w;
        let before2 =
            |a: &str, b: &str| k >= 2 && tokens[k - 2].lower == a && tokens[k - 1].lower == b;
        if before("hơn") || before("trên") || before2("ít", "nhất") {
            high = f64::INFINITY;
        } else if before("khoảng") || before("gần") {
            low *= 0.9;
            high *= 1.1;
        }
        let after = k + n;
        if let Some((unit_words, unit)) = lex
            .units
            .iter()
            .find(|(words, _)| crate::tokens::matches_at(tokens, after, words))
        {
            let unit_end = after + unit_words.len();
            let victim = tokens
                .get(unit_end)
                .filter(|t| t.cap)
                .map(|t| t.lower.to_string());
            out.push(Quantity {
                victim,
                low,
                high,
                unit: unit.to_string(),
                event: event.clone(),
                span: tokens[k].range.start..tokens[after].range.end.min(text.len()),
            });
        }
    }
    out
}

/// Rough period of a document, from its date or the years it mentions: a text that mentions a
/// year without a date of its own reports on later events (`cuộc chiến kéo dài 44 ngày vào năm
/// 2020` is written after 2020).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    /// Earliest year the article can be about.
    pub from: i32,
    /// Latest year.
    pub to: i32,
}

impl Period {
    /// From the document date (`2020-10`) or, failing that, the latest year in the text.
    pub fn estimate(date: Option<&str>, text: &str) -> Period {
        if let Some(year) = date.and_then(|d| d.get(..4)).and_then(|y| y.parse().ok()) {
            return Period {
                from: year,
                to: year,
            };
        }
        // The largest run of exactly four digits that reads as a year, in one pass.
        let mut latest = i32::MIN;
        let (mut run, mut value) = (0usize, 0i32);
        let mut year_ends = |run: usize, value: i32| {
            if run == 4 && (1900..=2100).contains(&value) {
                latest = latest.max(value);
            }
        };
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            // Sixteen bytes tested at once ([`Lanes`]; zeros past the end are no digits): prose
            // is mostly digit-free, and a non-digit ends any run.
            let digits = Lanes::at(bytes, i).in_range(b'0', b'9').mask();
            if digits & 1 == 0 {
                if run > 0 {
                    year_ends(run, value);
                    (run, value) = (0, 0);
                }
                i += if digits == 0 {
                    16
                } else {
                    digits.trailing_zeros() as usize
                };
                continue;
            }
            // The digits from `i` in these sixteen bytes; the run may go on past them.
            let ones = (!digits).trailing_zeros() as usize;
            for &b in &bytes[i..i + ones] {
                run += 1;
                value = value.wrapping_mul(10).wrapping_add(i32::from(b - b'0'));
            }
            i += ones;
        }
        year_ends(run, value);
        let latest = (latest != i32::MIN).then_some(latest);
        match latest {
            Some(y) => Period {
                from: y + 1,
                to: i32::MAX,
            },
            None => Period {
                from: i32::MIN,
                to: i32::MAX,
            },
        }
    }

    /// True when the two periods share a year.
    pub fn overlaps(&self, other: &Period) -> bool {
        self.from <= other.to && other.from <= self.to
    }
}

/// Day-month dates after a time word (`hôm 27/9`, `ngày 3-10`, `thứ Ba (19/9)`), as `27/9`,
/// sorted and unique.
pub fn mentioned_dates(text: &str) -> Vec<String> {
    let mut out = BTreeSet::new();
    let bytes = text.as_bytes();
    let mut done = 0;
    // The lower case of each window looked at, in one buffer.
    let mut lower = String::new();
    // Only a digit, a separator and a digit can be a date: tokenise a window around each such
    // place (the time word is at most four tokens before it), never the whole text.
    // The separator first: it is the rarer byte, found sixteen bytes at a time.
    let mut next = 1;
    while let Some(sep) = crate::text::chars::find_byte_of(bytes, next, [b'/', b'-', b'.']) {
        next = sep + 1;
        let i = sep - 1;
        let shape =
            sep + 1 < bytes.len() && bytes[i].is_ascii_digit() && bytes[sep + 1].is_ascii_digit();
        if !shape || i < done {
            continue;
        }
        let mut from = i.saturating_sub(DATE_WINDOW_BYTES);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        // Within the date's line, starting at a word boundary so that the first token is whole
        // (looking back no further than the window, so many dates on one line stay linear).
        from = match text[from..i].rfind('\n') {
            Some(n) => from + n + 1,
            None if from > 0 => text[from..i].find(' ').map_or(i, |sp| from + sp + 1),
            None => 0,
        };
        let to = text[i..]
            .find(|c: char| c.is_whitespace())
            .map_or(text.len(), |n| i + n);
        // Most such places are numbers (`40.000`) with no time word before them: a date needs
        // one of the words as a token, whose key is the word, so the window's key must
        // contain it (keys, unlike plain lower case, also recompose decomposed letters). A
        // precomposed window's lower case serves as well: a key differs from it only where a
        // tone moves from `a`, `e`, `y` onto an `o` or `u` before it, which makes none of the
        // time words (none has a toned `o`/`u`, nor `a`/`e`/`y` after an `o`/`u`).
        let window = &text[from..to];
        let holds_time_word = if crate::text::keys::lowercase_into(window, &mut lower) {
            TIME_WORDS.iter().any(|w| lower.contains(w))
        } else {
            let key = crate::text::keys::match_key(window);
            TIME_WORDS.iter().any(|w| key.contains(w))
        };
        if holds_time_word {
            dates_in(&tokenize(text, from..to, &[]), &mut out);
        }
        done = to;
    }
    out.into_iter().collect()
}

/// How far before a date its time word is looked for, in bytes.
const DATE_WINDOW_BYTES: usize = 80;

/// The words a day-month date follows (`hôm 27/9`, `thứ Ba (19/9)`).
const TIME_WORDS: &[&str] = &["hôm", "ngày", "tối", "sáng", "chiều", "đêm", "trưa", "thứ"];

/// The day-month dates after a time word among `tokens`, into `out`.
fn dates_in(tokens: &[Token], out: &mut BTreeSet<String>) {
    for (k, t) in tokens.iter().enumerate() {
        let Ok((rest, date)) = crate::grammar::date(&t.lower) else {
            continue;
        };
        if !rest.is_empty() {
            continue;
        }
        let after_time_word = tokens[..k]
            .iter()
            .rev()
            .take(4)
            .any(|p| TIME_WORDS.contains(&p.lower.as_str()));
        let parts: Vec<u32> = date
            .split(['/', '-', '.'])
            .filter_map(|p| p.parse().ok())
            .collect();
        if after_time_word
            && parts.len() >= 2
            && (1..=31).contains(&parts[0])
            && (1..=12).contains(&parts[1])
        {
            out.insert(format!("{}/{}", parts[0], parts[1]));
        }
    }
}

/// The conflict between claims `i` and `j` (indices into `feats`), if any.
fn judge(
    documents: &[Document],
    feats: &[Features],
    i: usize,
    j: usize,
    rules: &Lexicon,
) -> Option<Conflict> {
    let (a, b) = (&feats[i], &feats[j]);
    if a.claim.speaker.canonical == b.claim.speaker.canonical {
        return None;
    }
    // Two speakers of one side do not clash over the war or its framing; they can still
    // accuse and deny each other in person (`Comey` and `Trump`).
    let same_side = a.side == b.side && !a.side.is_empty();
    let personal = a.claim.target.contains(&b.claim.speaker.canonical)
        || b.claim.target.contains(&a.claim.speaker.canonical);
    if same_side && !personal && a.rebuttal.max(b.rebuttal) < 2 {
        return None;
    }
    let verdict = mutual_accusation(a, b)
        .or_else(|| opposing_call(a, b))
        .or_else(|| outcome(a, b))
        .or_else(|| numeric(a, b))
        .or_else(|| framing(a, b, rules))
        .or_else(|| denial(a, b));
    // Across articles, a pair already present inside one of them (the two articles share
    // a paragraph) is not reported again.
    let copied = verdict.is_some()
        && a.doc != b.doc
        && (documents[a.doc]
            .claims
            .iter()
            .any(|c| near_copy(c, b.claim))
            || documents[b.doc]
                .claims
                .iter()
                .any(|c| near_copy(c, a.claim)));
    if copied {
        return None;
    }
    let v = verdict?;
    let evidence = [a, b]
        .iter()
        .map(|f| Evidence {
            document: documents[f.doc].id.clone(),
            span: f.claim.content.span,
            text: f.claim.content.text.clone(),
        })
        .collect();
    Some(Conflict {
        id: String::new(),
        a: a.claim.id.clone(),
        b: b.claim.id.clone(),
        kind: v.kind.to_string(),
        score: (v.score * 100.0).round() / 100.0,
        why: v.why,
        rule: v.rule,
        evidence,
    })
}

/// Person speakers per article that tie it to others (the first, by name, of a long list).
const MAX_STORY_PEOPLE: usize = 12;

/// Groups articles into stories: two articles are in one story when their periods overlap, they
/// share two of their main parties, and something ties them to the same events: a day-month
/// date, the same inferred period, or two of the same people speaking. Stories are closed
/// under these links (union-find), so A–B and B–C put A and C together.
fn stories(documents: &[Document], periods: &[Period]) -> Vec<usize> {
    let parties: Vec<BTreeSet<String>> = documents.iter().map(main_parties).collect();
    let people: Vec<BTreeSet<&str>> = documents
        .iter()
        .map(|d| {
            d.claims
                .iter()
                .filter(|c| c.speaker.kind == "person")
                .map(|c| c.speaker.canonical.as_str())
                .collect()
        })
        .collect();
    let mut root: Vec<usize> = (0..documents.len()).collect();
    fn find(root: &mut [usize], x: usize) -> usize {
        let mut x = x;
        while root[x] != x {
            root[x] = root[root[x]];
            x = root[x];
        }
        x
    }
    // Two articles are one story when they share two main parties and one more tie: a
    // day/month date, the same inferred year, or two person speakers. Each tie is a key made
    // of the tie and the pair of parties, so articles meet only through keys they share —
    // linear in the corpus, where comparing every two articles that name `Mỹ` is not.
    let mut groups: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, d) in documents.iter().enumerate() {
        let ps: Vec<&String> = parties[i].iter().collect();
        let inferred_year = (d.date.is_none() && d.period.to.is_none())
            .then_some(d.period.from)
            .flatten();
        let persons: Vec<&str> = people[i].iter().take(MAX_STORY_PEOPLE).copied().collect();
        for (x, p1) in ps.iter().enumerate() {
            for p2 in &ps[x + 1..] {
                for date in &d.dates {
                    groups
                        .entry(format!("date\u{1}{date}\u{1}{p1}\u{1}{p2}"))
                        .or_default()
                        .push(i);
                }
                if let Some(year) = inferred_year {
                    groups
                        .entry(format!("year\u{1}{year}\u{1}{p1}\u{1}{p2}"))
                        .or_default()
                        .push(i);
                }
                for (y, q1) in persons.iter().enumerate() {
                    for q2 in &persons[y + 1..] {
                        groups
                            .entry(format!("people\u{1}{q1}\u{1}{q2}\u{1}{p1}\u{1}{p2}"))
                            .or_default()
                            .push(i);
                    }
                }
            }
        }
    }
    for members in groups.values() {
        // The first article of each period seen in the group stands for it; a new article
        // joins every one whose period overlaps its own.
        let mut firsts: Vec<usize> = Vec::new();
        for &i in members {
            let mut joined_any = false;
            for &f in &firsts {
                if periods[f].overlaps(&periods[i]) {
                    let (rf, ri) = (find(&mut root, f), find(&mut root, i));
                    root[rf.max(ri)] = rf.min(ri);
                    joined_any = true;
                }
            }
            if !joined_any || firsts.iter().all(|&f| periods[f] != periods[i]) {
                firsts.push(i);
            }
        }
    }
    (0..documents.len()).map(|i| find(&mut root, i)).collect()
}

/// A detector's verdict.
struct Verdict {
    kind: &'static str,
    score: f64,
    why: String,
    rule: String,
}

fn name(f: &Features) -> String {
    f.claim.speaker.canonical.clone()
}

fn excerpt(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() <= 12 {
        s.to_string()
    } else {
        format!("{} …", words[..12].join(" "))
    }
}

/// An accusation of `other_side`: an accuse-class claim aimed at it, or a statement in which
/// it is the one attacking (named before the attack word: `các lực lượng của Armenia đã tập
/// kích …`, not `đòn tấn công nhằm vào … lực lượng thân Armenia`).
fn accuses(f: &Features, other_side: &str) -> bool {
    let aimed = f.claim.target.iter().any(|t| t == other_side) || f.parties.contains(other_side);
    let agent = match (f.party_at.get(other_side), f.stance_at.get(&Stance::Attack)) {
        (Some(p), Some(a)) => p < a,
        _ => false,
    };
    (f.class == CueClass::Accuse && aimed) || (f.class == CueClass::State && agent && !f.negated)
}

fn mutual_accusation(a: &Features, b: &Features) -> Option<Verdict> {
    if a.reciprocal
        && b.reciprocal
        && a.doc == b.doc
        && a.claim.content.span == b.claim.content.span
    {
        return Some(Verdict {
            kind: "mutual_accusation",
            score: 1.0,
            why: format!(
                "{} and {} accuse each other: {}",
                name(a),
                name(b),
                excerpt(&a.claim.content.text)
            ),
            rule: "mutual_accusation/reciprocal".into(),
        });
    }
    let both_attack =
        a.stances.contains_key(&Stance::Attack) && b.stances.contains_key(&Stance::Attack);
    // Answering accusations: next to each other in one article, or both explicit accusations
    // about the same kind of target across articles.
    let answering = || {
        if a.doc == b.doc {
            a.sentence.abs_diff(b.sentence) <= 1
        } else {
            a.class == CueClass::Accuse && b.class == CueClass::Accuse && share_keywords(a, b)
        }
    };
    if both_attack
        && answering()
        && accuses(a, &b.side)
        && accuses(b, &a.side)
        && (a.class == CueClass::Accuse || b.class == CueClass::Accuse)
    {
        return Some(Verdict {
            kind: "mutual_accusation",
            score: 0.8,
            why: format!(
                "{} accuses {} of an attack ({}), while {} accuses {} ({})",
                name(a),
                b.side,
                a.stances[&Stance::Attack],
                name(b),
                a.side,
                b.stances[&Stance::Attack]
            ),
            rule: "mutual_accusation/attack-both-ways".into(),
        });
    }
    // An accusation answered by calling it lies (`tuyên bố sai sự thật và dối trá`), or the
    // other way round.
    let names = |x: &Features, other: &Features| {
        let surname = other
            .claim
            .speaker
            .canonical
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_lowercase();
        x.parties.contains(&other.side)
            || (!surname.is_empty() && x.claim.content.text.to_lowercase().contains(&surname))
    };
    // The cheap tests first; lower-casing a whole content is the dear one.
    let calls_lies = |x: &Features, other: &Features| {
        x.stances.contains_key(&Stance::Lie)
            && x.class != CueClass::Deny
            && other.class == CueClass::Accuse
            && other
                .claim
                .target
                .iter()
                .any(|t| *t == x.claim.speaker.canonical || *t == x.side)
            && names(x, other)
    };
    let related = || a.doc == b.doc || share_keywords(a, b);
    if (calls_lies(a, b) || calls_lies(b, a)) && related() {
        return Some(Verdict {
            kind: "mutual_accusation",
            score: 0.75,
            why: format!(
                "{} and {} accuse each other: {} ~ {}",
                name(a),
                name(b),
                excerpt(&a.claim.content.text),
                excerpt(&b.claim.content.text)
            ),
            rule: "mutual_accusation/lies-for-lies".into(),
        });
    }
    // Blame answered with blame, side by side: `Séc cáo buộc Nga …` then `Nga chỉ trích …
    // của Séc là "hành động thù địch"`.
    let blames = |x: &Features, other: &Features| {
        matches!(x.class, CueClass::Accuse | CueClass::Condemn)
            && x.claim
                .target
                .iter()
                .any(|t| *t == other.side || *t == other.claim.speaker.canonical)
    };
    if a.doc == b.doc && a.sentence.abs_diff(b.sentence) <= 1 && blames(a, b) && blames(b, a) {
        return Some(Verdict {
            kind: "mutual_accusation",
            score: 0.75,
            why: format!(
                "{} blames {} ({}), and {} blames {} back ({})",
                name(a),
                b.side,
                excerpt(&a.claim.content.text),
                name(b),
                a.side,
                excerpt(&b.claim.content.text)
            ),
            rule: "mutual_accusation/blame-both-ways".into(),
        });
    }
    None
}

/// Speakers of two different parties, both known (a party, not just a name).
fn opponents(a: &Features, b: &Features) -> bool {
    a.side != b.side && a.claim.speaker.side.is_some() && b.claim.speaker.side.is_some()
}

/// True when the two contents share a key word pair (no list is built).
fn share_keywords(a: &Features, b: &Features) -> bool {
    let (small, large) = if a.keywords.len() <= b.keywords.len() {
        (&a.keywords, &b.keywords)
    } else {
        (&b.keywords, &a.keywords)
    };
    small.iter().any(|k| large.contains(k))
}

fn shared_keywords(a: &Features, b: &Features) -> Vec<String> {
    a.keywords.intersection(&b.keywords).cloned().collect()
}

fn denial(a: &Features, b: &Features) -> Option<Verdict> {
    // The stronger rebuttal is the denial; the other claim is what it denies.
    // Two rebuttals agree with each other; a denial answers a claim that rebuts nothing.
    let (affirm, deny) = match (a.rebuttal, b.rebuttal) {
        (0, r) if r > 0 => (a, b),
        (r, 0) if r > 0 => (b, a),
        _ => return None,
    };
    if affirm.class == CueClass::Call
        || deny.class == CueClass::Call
        || affirm.class == CueClass::Deny
    {
        return None;
    }
    let explicit = deny.rebuttal == 2;
    // The affirming claim is about the denier: it accuses it or names it.
    let about_denier = affirm
        .claim
        .target
        .iter()
        .any(|t| *t == deny.side || *t == deny.claim.speaker.canonical)
        || affirm.parties.contains(&deny.side);
    let accusation = matches!(
        affirm.class,
        CueClass::Accuse | CueClass::Condemn | CueClass::Warn
    ) && affirm
        .claim
        .target
        .iter()
        .any(|t| *t == deny.side || *t == deny.claim.speaker.canonical);
    let shared = shared_keywords(affirm, deny);
    let adjacent = affirm.doc == deny.doc && affirm.sentence.abs_diff(deny.sentence) <= 1;
    // A denial that names a party answers that party, not any accuser.
    let answers_affirmer = deny.parties.contains(&affirm.side) || deny.parties.is_empty();
    // Across articles the two must share more wording than within one, where the story is
    // already the same.
    let needed = if affirm.doc == deny.doc {
        1
    } else {
        MIN_SHARED_KEYWORDS
    };
    let rule = if explicit
        && accusation
        && answers_affirmer
        && (affirm.doc == deny.doc || shared.len() >= needed)
    {
        "denial/accused-denies"
    } else if about_denier && adjacent && (explicit || opponents(affirm, deny)) {
        "denial/answer-next-to-it"
    } else if accusation && shared.len() >= needed {
        "denial/negates-the-accusation"
    } else {
        return None;
    };
    let shared_note = if shared.is_empty() {
        String::new()
    } else {
        format!(" (both about: {})", shared.join(", "))
    };
    Some(Verdict {
        kind: "denial",
        score: if explicit { 0.9 } else { 0.7 },
        why: format!(
            "{} says {}; {} denies it: {}{}",
            name(affirm),
            excerpt(&affirm.claim.content.text),
            name(deny),
            excerpt(&deny.claim.content.text),
            shared_note
        ),
        rule: rule.into(),
    })
}

fn numeric(a: &Features, b: &Features) -> Option<Verdict> {
    for qa in &a.quantities {
        for qb in &b.quantities {
            let same_victim = qa.victim.is_some() && qa.victim == qb.victim;
            if same_victim
                && qa.unit == qb.unit
                && qa.event == qb.event
                && (qa.high < qb.low || qb.high < qa.low)
            {
                return Some(Verdict {
                    kind: "numeric",
                    score: 0.8,
                    why: format!(
                        "{} and {} give different figures for {} {}: {} vs {}",
                        name(a),
                        name(b),
                        qa.unit,
                        qa.event,
                        &a.claim.content.text[qa.span.clone()],
                        &b.claim.content.text[qb.span.clone()]
                    ),
                    rule: "numeric/same-quantity".into(),
                });
            }
        }
    }
    None
}

fn framing(a: &Features, b: &Features, rules: &Lexicon) -> Option<Verdict> {
    for &(i, is_a) in &a.frames {
        if b.frames.contains(&(i, !is_a)) {
            let f = &rules.framings[i];
            let (fa, fb) = if is_a { (&f.a, &f.b) } else { (&f.b, &f.a) };
            return Some(Verdict {
                kind: "framing",
                score: 0.75,
                why: format!("{} speaks of “{fa}”, {} of “{fb}”", name(a), name(b)),
                rule: format!("framing/rules/framing.txt:{}", f.line),
            });
        }
    }
    None
}

fn outcome(a: &Features, b: &Features) -> Option<Verdict> {
    let pair = |x: &Features, y: &Features| {
        x.stances
            .get(&Stance::Win)
            .zip(y.stances.get(&Stance::Repel))
            .map(|(w, r)| (w.clone(), r.clone()))
    };
    let (winner, repeller, w, r) = match (pair(a, b), pair(b, a)) {
        (Some((w, r)), _) => (a, b, w, r),
        (_, Some((w, r))) => (b, a, w, r),
        _ => return None,
    };
    Some(Verdict {
        kind: "outcome",
        score: 0.8,
        why: format!(
            "{} reports “{w}”, {} reports it “{r}”",
            name(winner),
            name(repeller)
        ),
        rule: "outcome/win-vs-repel".into(),
    })
}

fn opposing_call(a: &Features, b: &Features) -> Option<Verdict> {
    let pair = |x: &Features, y: &Features| {
        (x.class == CueClass::Call
            && x.stances.contains_key(&Stance::Peace)
            && y.stances.contains_key(&Stance::War)
            && !y.negated)
            .then(|| {
                (
                    x.stances[&Stance::Peace].clone(),
                    y.stances[&Stance::War].clone(),
                )
            })
    };
    let (caller, pusher, p, w) = match (pair(a, b), pair(b, a)) {
        (Some((p, w)), _) => (a, b, p, w),
        (_, Some((p, w))) => (b, a, p, w),
        _ => return None,
    };
    Some(Verdict {
        kind: "opposing_call",
        score: 0.8,
        why: format!(
            "{} calls for “{p}”, {} pushes for “{w}”",
            name(caller),
            name(pusher)
        ),
        rule: "opposing_call/peace-vs-war".into(),
    })
}

/// Near-copies of one claim in two articles that share a paragraph: a conflict between the
/// articles is then already a conflict within one of them.
fn near_copy(a: &ClaimOut, b: &ClaimOut) -> bool {
    a.speaker.canonical == b.speaker.canonical
        && crate::eval::syllable_f1(&a.content.text, &b.content.text) >= 0.8
}

/// The index of a claim's sentence, counted as distinct content starts: claims of one sentence
/// (a group, a reciprocal pair) share it.
/// For each claim of `doc`, in order (one pass, not one per claim).
fn claim_sentences(doc: &Document) -> Vec<usize> {
    let mut seen = BTreeSet::new();
    doc.claims
        .iter()
        .map(|c| {
            seen.insert(c.content.span.start);
            seen.len()
        })
        .collect()
}

/// The parties an article is mostly about: the three sides and targets its claims name most
/// (ties broken by name, for determinism).
fn main_parties(doc: &Document) -> BTreeSet<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &doc.claims {
        if let Some(side) = &c.speaker.side {
            *counts.entry(side).or_default() += 1;
        }
        for t in &c.target {
            *counts.entry(t).or_default() += 1;
        }
    }
    let mut ranked: Vec<(&str, usize)> = counts.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    ranked
        .into_iter()
        .take(3)
        .map(|(p, _)| p.to_string())
        .collect()
}

/// A block of claims sharing a story and key up to this size is compared pair by pair.
pub const MAX_BLOCK_CLAIMS: usize = 200;
/// In a larger block, each claim is compared with the next this many claims.
pub const NEIGHBOUR_WINDOW: usize = 64;

/// Finds the conflicts among the claims of `documents`.
pub fn find(documents: &[Document], rules: &Lexicon) -> Vec<Conflict> {
    let periods: Vec<Period> = documents
        .iter()
        .map(|d| Period {
            from: d.period.from.unwrap_or(i32::MIN),
            to: d.period.to.unwrap_or(i32::MAX),
        })
        .collect();
    // The parties of the run: every side a speaker has, for spotting them in contents.
    let sides: BTreeSet<String> = documents
        .iter()
        .flat_map(|d| d.claims.iter())
        .filter_map(|c| c.speaker.side.clone())
        .collect();
    let lex = PairWords::new(rules, sides);
    let claims: Vec<(usize, usize, &ClaimOut)> = documents
        .iter()
        .enumerate()
        .flat_map(|(di, d)| {
            let sentences = claim_sentences(d);
            d.claims
                .iter()
                .zip(sentences)
                .map(move |(c, sentence)| (di, sentence, c))
        })
        .collect();
    // Each claim's features stand alone: computed on the thread pool, kept in claim order.
    let feats: Vec<Features> = claims
        .par_iter()
        .map(|&(di, sentence, c)| features(di, sentence, c, &lex))
        .collect();
    // Blocking: index claims by story and topic key; compare only claims that share one.
    // Claims of different stories never pair, so the story is part of every key.
    let story = stories(documents, &periods);
    let mut index: BTreeMap<(usize, String), Vec<usize>> = BTreeMap::new();
    for (i, f) in feats.iter().enumerate() {
        // Who a claim is by or about, in one namespace: a speaker, its side, its targets and
        // the parties its content names.
        let mut keys: BTreeSet<String> = f.parties.iter().map(|p| format!("party:{p}")).collect();
        keys.insert(format!("party:{}", f.side));
        keys.insert(format!("party:{}", f.claim.speaker.canonical));
        for s in f.stances.keys() {
            keys.insert(format!("stance:{s:?}"));
        }
        for q in &f.quantities {
            keys.insert(format!("quantity:{}:{}", q.unit, q.event));
        }
        for (fi, _) in &f.frames {
            keys.insert(format!("frame:{fi}"));
        }
        for k in keys {
            index.entry((story[f.doc], k)).or_default().push(i);
        }
    }
    // Members are in claim order (article by article). A block of at most MAX_BLOCK_CLAIMS is
    // compared pair by pair; a larger one (a corpus-wide story about `Mỹ`) only within a
    // sliding window of NEIGHBOUR_WINDOW claims, which keeps pairing linear in the corpus.
    let mut candidates: Vec<(usize, usize)> = Vec::new();
    for members in index.values() {
        let window = if members.len() <= MAX_BLOCK_CLAIMS {
            members.len()
        } else {
            NEIGHBOUR_WINDOW
        };
        for (x, &i) in members.iter().enumerate() {
            for &j in members[x + 1..].iter().take(window) {
                candidates.push((i.min(j), i.max(j)));
            }
        }
    }
    candidates.sort_unstable();
    candidates.dedup();
    // Each candidate pair is judged alone, on the thread pool; the verdicts are sorted below,
    // so the result does not depend on the number of threads.
    let mut out: Vec<Conflict> = candidates
        .par_iter()
        .filter_map(|&(i, j)| judge(documents, &feats, i, j, rules))
        .collect();
    out.sort_by(|x, y| (&x.a, &x.b).cmp(&(&y.a, &y.b)));
    for (n, c) in out.iter_mut().enumerate() {
        c.id = format!("x{}", n + 1);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Token> {
        tokenize(s, 0..s.len(), &[])
    }

    proptest::proptest! {
        #[test]
        fn the_latest_year_is_the_largest_four_digit_run_in_range(s in "[0-9a ]{0,60}") {
            let naive = s
                .split(|c: char| !c.is_ascii_digit())
                .filter(|run| run.len() == 4)
                .filter_map(|run| run.parse::<i32>().ok())
                .filter(|y| (1900..=2100).contains(y))
                .max();
            let got = Period::estimate(None, &s).from;
            proptest::prop_assert_eq!(got, naive.map_or(i32::MIN, |y| y + 1));
        }
    }

    #[test]
    fn vietnamese_numbers_parse_as_ranges() {
        let rules = Lexicon::new(&crate::rules::Rules::embedded());
        let lex = PairWords::new(&rules, BTreeSet::new());
        let quantities = |s: &str, tokens: &[Token]| quantities(s, tokens, &lex);
        let q = quantities(
            "ít nhất 2.300 binh sĩ Armenia đã thiệt mạng",
            &toks("ít nhất 2.300 binh sĩ Armenia đã thiệt mạng"),
        );
        assert_eq!(q.len(), 1);
        assert_eq!((q[0].low, q[0].high), (2300.0, f64::INFINITY));
        let s = "hơn 50 binh sĩ thiệt mạng";
        assert_eq!(quantities(s, &toks(s))[0].low, 50.0);
        let s = "hàng chục người thiệt mạng";
        assert_eq!(
            (
                quantities(s, &toks(s))[0].low,
                quantities(s, &toks(s))[0].high
            ),
            (10.0, 99.0)
        );
        let s = "ba máy bay bị bắn hạ";
        assert_eq!(quantities(s, &toks(s))[0].low, 3.0);
    }

    #[test]
    fn dates_are_found_after_decomposed_time_words() {
        assert_eq!(
            mentioned_dates("ho\u{0302}m 27/9 và Ngày 3-10"),
            vec!["27/9", "3/10"]
        );
        assert!(mentioned_dates("có 40.000 người").is_empty());
    }

    #[test]
    fn only_four_digit_runs_are_years() {
        let p = Period::estimate(None, "năm 2019, 20200 người, 12019 và 1899, số 2021");
        assert_eq!(p.from, 2022);
        assert_eq!(Period::estimate(None, "2020").from, 2021);
        // Runs that straddle the sixteen bytes tested at once.
        let pad = "x".repeat(14);
        assert_eq!(Period::estimate(None, &format!("{pad}2020 ")).from, 2021);
        assert_eq!(
            Period::estimate(None, &format!("{pad}12020")).from,
            i32::MIN
        );
        assert_eq!(
            Period::estimate(None, &format!("{pad}{pad}1999")).from,
            2000
        );
        assert_eq!(Period::estimate(None, "202 20201").from, i32::MIN);
    }

    #[test]
    fn a_year_in_the_text_means_the_article_is_later() {
        let p = Period::estimate(None, "sau cuộc chiến kéo dài 44 ngày vào năm 2020");
        assert_eq!(p.from, 2021);
        assert!(!p.overlaps(&Period::estimate(Some("2020-10"), "")));
        assert!(Period::estimate(None, "hôm 27/9").overlaps(&Period::estimate(Some("2020-10"), "")));
    }
}
