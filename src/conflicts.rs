//! Stage 5: claims → pairs of claims that clash, within and across articles.
//!
//! The input is typed: each article's claims as attribution resolved them ([`Doc`], built by
//! [`Doc::new`] from [`crate::attribution::Claim`]s), never the wire format, so the detectors
//! match on cue classes, polarities and patterns instead of reading strings back. The output
//! is typed too ([`Pair`]: two claims by position, a kind, a reason); the report, the stage
//! after this one, gives claims their ids and turns pairs into wire conflicts.
//!
//! Candidates come from blocking, never from all pairs: claims are grouped by story (articles
//! whose periods overlap and that speak of the same parties) and, inside a story, indexed by
//! their topic keys (the parties they name and the stance words they use), so only claims that
//! share a key are compared. Typed detectors then decide, each a small function driven by
//! `rules/stances.txt`, `rules/framing.txt` and `rules/figures.txt`:
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
use std::ops::Range;

use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use crate::attribution::{Polarity, SpeakerKind};
use crate::dates::Dating;
use crate::lexicon::Lexicon;
use crate::normalize::Text;
use crate::rules::{CueClass, FigureMeaning, Stance, WordRole};
use crate::span::{CharIndex, Span};
use crate::text::keys::syllable_f1;
use crate::tokens::{phrase_words, tokenize, PhraseSet, Token};

/// Two contents "share key words" when at least this many content words are common to both
/// (function words and party names excluded). Chosen on the dev set: 2 finds the denials whose
/// wording overlaps (`quân đội`, `can thiệp bầu cử`) without pairing every two claims about the
/// same war.
pub const MIN_SHARED_KEYWORDS: usize = 2;

/// One article as pairing sees it: what it is about in time, and its claims. This is all that
/// is kept of an article until the whole corpus is paired.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    /// The document id (the report makes claim ids from it).
    pub id: String,
    /// Its period and the dates it mentions.
    pub dating: Dating,
    /// Its claims in position order: the `n`-th (from 0) is the report's `<id>#c<n + 1>`.
    pub claims: Vec<Claim>,
}

/// One claim as the detectors need it.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// The speaker's canonical name.
    pub speaker: String,
    /// The party the speaker belongs to or speaks for.
    pub side: Option<String>,
    /// What kind of thing speaks.
    pub kind: SpeakerKind,
    /// The cue's class.
    pub class: CueClass,
    /// Whether the content affirms or negates.
    pub polarity: Polarity,
    /// One half of a reciprocal claim (`A và B cáo buộc nhau`): the claims of one such
    /// sentence accuse each other.
    pub reciprocal: bool,
    /// The content, as working text.
    pub text: String,
    /// Whom it is aimed at (canonical names).
    pub targets: Vec<String>,
    /// Where the content is in the raw input, in bytes: the evidence of a conflict.
    pub span: Span,
    /// The same range in characters.
    pub chars: Range<usize>,
}

impl Doc {
    /// The pairing view of one analysed document: `claims` as [`crate::attribution::attribute`]
    /// returns them (in position order), `text` its working text and `chars` its raw input,
    /// indexed.
    pub fn new(
        id: &str,
        dating: Dating,
        text: &Text,
        chars: &CharIndex<'_>,
        claims: &[crate::attribution::Claim],
    ) -> Doc {
        let s = text.as_str();
        let claims = claims
            .iter()
            .map(|c| {
                let span = text.span(c.content.clone());
                Claim {
                    speaker: c.speaker.canonical.clone(),
                    side: c.speaker.side.clone(),
                    kind: c.speaker.kind,
                    class: c.class,
                    polarity: c.polarity,
                    reciprocal: c.pattern == crate::grammar::rule::RECIPROCAL,
                    text: s[c.content.clone()].to_string(),
                    targets: c.target.clone(),
                    span,
                    chars: chars.chars_before(span.start)..chars.chars_before(span.end),
                }
            })
            .collect();
        Doc {
            id: id.to_string(),
            dating,
            claims,
        }
    }
}

/// A claim of a run: the index of its document, and its index among that document's claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClaimAt {
    /// Index into the documents.
    pub doc: usize,
    /// Index into the document's claims.
    pub claim: usize,
}

/// What kind of clash a pair is; in reports, `denial`, `mutual_accusation`, `numeric`,
/// `framing`, `outcome` or `opposing_call`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// One denies what the other affirms.
    Denial,
    /// Each accuses the other.
    MutualAccusation,
    /// Different figures for the same quantity.
    Numeric,
    /// The same event named in opposite ways.
    Framing,
    /// A gain claimed by one side, a repelled attack by the other.
    Outcome,
    /// A call to stop the fighting against a push to carry it on.
    OpposingCall,
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Kind {
    /// The name used in reports.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Denial => "denial",
            Kind::MutualAccusation => "mutual_accusation",
            Kind::Numeric => "numeric",
            Kind::Framing => "framing",
            Kind::Outcome => "outcome",
            Kind::OpposingCall => "opposing_call",
        }
    }
}

/// Two claims that clash.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    /// The first claim (the earlier in the run).
    pub a: ClaimAt,
    /// The second claim.
    pub b: ClaimAt,
    /// What kind of clash.
    pub kind: Kind,
    /// How sure the detector is, from 0 to 1, rounded to two decimals.
    pub score: f64,
    /// A readable sentence naming what clashes.
    pub why: String,
    /// The detector and rule that fired.
    pub rule: String,
}

/// Numbers found in a claim, with the noun they count and the event they belong to.
#[derive(Clone, Debug, PartialEq)]
struct Quantity {
    low: f64,
    high: f64,
    unit: String,
    event: String,
    /// Whose losses: the party named after the unit (`binh sĩ Armenia`), or the speaker's own
    /// side when the content says so (`nước này`, `của họ`: `own_side` in `rules/figures.txt`).
    victim: Option<String>,
    span: Range<usize>,
}

/// What the detectors need to know about one claim.
struct Features<'a> {
    doc: usize,
    /// Index of the claim among its document's claims.
    index: usize,
    claim: &'a Claim,
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
    /// Index of the claim's sentence in its document ([`claim_sentences`]).
    sentence: usize,
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
    /// The `own_side` words of `rules/figures.txt`.
    own_side: Vec<Vec<String>>,
    /// The `accusation` words of `rules/grammar.txt` (`cáo buộc`): a condemnation of them
    /// rebuts the accusations.
    accusation: &'r [Vec<String>],
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
    /// The words of figures (`rules/figures.txt`), in file order: number words with the
    /// values they stand for, the words that make the figure after them open-ended or
    /// approximate, units and events with their names.
    numbers: PhraseSet<(f64, f64)>,
    more_than: PhraseSet<()>,
    about: PhraseSet<()>,
    units: PhraseSet<&'r str>,
    events: PhraseSet<&'r str>,
}

impl<'r> PairWords<'r> {
    fn new(rules: &'r Lexicon, sides: BTreeSet<String>) -> PairWords<'r> {
        let side_names = sides.clone();
        let figures = |wanted: fn(FigureMeaning) -> bool| {
            rules
                .figures
                .iter()
                .filter(move |w| wanted(w.meaning))
                .map(|w| (phrase_words(&w.phrase), w))
        };
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
            accusation: rules.phrases(WordRole::Accusation),
            own_side: figures(|m| m == FigureMeaning::OwnSide)
                .map(|(w, _)| w)
                .collect(),
            sides: sides
                .into_iter()
                .map(|s| {
                    let words = phrase_words(&s);
                    (s, words)
                })
                .collect(),
            numbers: PhraseSet::new(
                figures(|m| matches!(m, FigureMeaning::Number { .. }))
                    .filter_map(|(words, w)| match w.meaning {
                        FigureMeaning::Number { low, high } => {
                            Some((words, (low as f64, high as f64)))
                        }
                        _ => None,
                    })
                    .collect(),
            ),
            more_than: PhraseSet::new(
                figures(|m| m == FigureMeaning::MoreThan)
                    .map(|(w, _)| (w, ()))
                    .collect(),
            ),
            about: PhraseSet::new(
                figures(|m| m == FigureMeaning::About)
                    .map(|(w, _)| (w, ()))
                    .collect(),
            ),
            units: PhraseSet::new(
                figures(|m| m == FigureMeaning::Unit)
                    .map(|(words, w)| (words, w.phrase.as_str()))
                    .collect(),
            ),
            events: PhraseSet::new(
                figures(|m| m == FigureMeaning::Event)
                    .map(|(words, w)| (words, w.phrase.as_str()))
                    .collect(),
            ),
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

fn features<'a>(
    doc: usize,
    index: usize,
    position: usize,
    claim: &'a Claim,
    lex: &PairWords,
) -> Features<'a> {
    let text = &claim.text;
    let tokens = tokenize(text, 0..text.len(), &[]);
    let mut parties = BTreeSet::new();
    for t in &claim.targets {
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
    let class = claim.class;
    // How strongly the claim rebuts something: 2 for a denial cue or a condemnation of
    // accusations (`chỉ trích những cáo buộc trên`), 1 for a negated content or a word such as
    // `bịa đặt` in a statement, 0 otherwise. An accusation of lying (`cáo buộc … nói dối`)
    // affirms; it does not rebut.
    let about_accusations = lex.accusation.iter().any(|w| has(&tokens, w).is_some());
    let rebuttal = if class == CueClass::Deny || (class == CueClass::Condemn && about_accusations) {
        2
    } else if class != CueClass::Accuse
        && (claim.polarity == Polarity::Negate || stances.contains_key(&Stance::Denial))
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
                None if own_side => claim.side.clone(),
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
        index,
        claim,
        side: claim.side.clone().unwrap_or_else(|| claim.speaker.clone()),
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
        reciprocal: claim.reciprocal,
        sentence: position,
    }
}

/// Parses a Vietnamese number as a range: `40.000`, `3,5`, and the number words of
/// `rules/figures.txt` (`ba`, `hàng chục`, `hàng trăm`), as (low, high, tokens read).
fn number_at(tokens: &[Token], k: usize, lex: &PairWords) -> Option<(f64, f64, usize)> {
    let t = tokens.get(k)?;
    if let Some((words, (low, high))) = lex.numbers.first_at(tokens, k) {
        return Some((*low, *high, words.len()));
    }
    if !t.lower.chars().next()?.is_ascii_digit() {
        return None;
    }
    let cleaned: String = t.lower.replace('.', "").replace(',', ".");
    let v: f64 = cleaned.parse().ok()?;
    Some((v, v, 1))
}

/// The figures of a content that has an event word: each number followed by a unit, made
/// open-ended (`hơn 50`, `ít nhất 27`) or approximate (`khoảng 200`) by the words before it.
fn quantities(text: &str, tokens: &[Token], lex: &PairWords) -> Vec<Quantity> {
    let mut out = Vec::new();
    // The first listed event that the content names.
    let event = lex
        .events
        .first_occurrences(tokens)
        .first()
        .map(|&(i, _)| lex.events.value(i).to_string());
    let Some(event) = event else { return out };
    for k in 0..tokens.len() {
        let Some((mut low, mut high, n)) = number_at(tokens, k, lex) else {
            continue;
        };
        // Qualifiers before the number.
        if lex.more_than.first_before(tokens, k).is_some() {
            high = f64::INFINITY;
        } else if lex.about.first_before(tokens, k).is_some() {
            low *= 0.9;
            high *= 1.1;
        }
        let after = k + n;
        if let Some((unit_words, unit)) = lex.units.first_at(tokens, after) {
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

/// The conflict between claims `i` and `j` (indices into `feats`), if any.
fn judge(
    documents: &[&Doc],
    feats: &[Features],
    i: usize,
    j: usize,
    rules: &Lexicon,
) -> Option<Pair> {
    let (a, b) = (&feats[i], &feats[j]);
    if a.claim.speaker == b.claim.speaker {
        return None;
    }
    // Two speakers of one side do not clash over the war or its framing; they can still
    // accuse and deny each other in person (`Comey` and `Trump`).
    let same_side = a.side == b.side && !a.side.is_empty();
    let personal =
        a.claim.targets.contains(&b.claim.speaker) || b.claim.targets.contains(&a.claim.speaker);
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
    Some(Pair {
        a: ClaimAt {
            doc: a.doc,
            claim: a.index,
        },
        b: ClaimAt {
            doc: b.doc,
            claim: b.index,
        },
        kind: v.kind,
        score: (v.score * 100.0).round() / 100.0,
        why: v.why,
        rule: v.rule,
    })
}

/// Person speakers per article that tie it to others (the first, by name, of a long list).
const MAX_STORY_PEOPLE: usize = 12;

/// Groups articles into stories: two articles are in one story when their periods overlap, they
/// share two of their main parties, and something ties them to the same events: a day-month
/// date, the same inferred period, or two of the same people speaking. Stories are closed
/// under these links (union-find), so A–B and B–C put A and C together.
fn stories(documents: &[&Doc]) -> Vec<usize> {
    let parties: Vec<BTreeSet<String>> = documents.iter().map(|d| main_parties(d)).collect();
    let people: Vec<BTreeSet<&str>> = documents
        .iter()
        .map(|d| {
            d.claims
                .iter()
                .filter(|c| c.kind == SpeakerKind::Person)
                .map(|c| c.speaker.as_str())
                .collect()
        })
        .collect();
    let period = |i: usize| documents[i].dating.period;
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
        // The year after the latest one an undated text mentions.
        let p = d.dating.period;
        let inferred_year =
            (d.dating.undated && p.to == i32::MAX && p.from != i32::MIN).then_some(p.from);
        let persons: Vec<&str> = people[i].iter().take(MAX_STORY_PEOPLE).copied().collect();
        for (x, p1) in ps.iter().enumerate() {
            for p2 in &ps[x + 1..] {
                for date in &d.dating.dates {
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
                if period(f).overlaps(&period(i)) {
                    let (rf, ri) = (find(&mut root, f), find(&mut root, i));
                    root[rf.max(ri)] = rf.min(ri);
                    joined_any = true;
                }
            }
            if !joined_any || firsts.iter().all(|&f| period(f) != period(i)) {
                firsts.push(i);
            }
        }
    }
    (0..documents.len()).map(|i| find(&mut root, i)).collect()
}

/// A detector's verdict.
struct Verdict {
    kind: Kind,
    score: f64,
    why: String,
    rule: String,
}

fn name(f: &Features) -> String {
    f.claim.speaker.clone()
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
    let aimed = f.claim.targets.iter().any(|t| t == other_side) || f.parties.contains(other_side);
    let agent = match (f.party_at.get(other_side), f.stance_at.get(&Stance::Attack)) {
        (Some(p), Some(a)) => p < a,
        _ => false,
    };
    (f.class == CueClass::Accuse && aimed) || (f.class == CueClass::State && agent && !f.negated)
}

fn mutual_accusation(a: &Features, b: &Features) -> Option<Verdict> {
    if a.reciprocal && b.reciprocal && a.doc == b.doc && a.claim.span == b.claim.span {
        return Some(Verdict {
            kind: Kind::MutualAccusation,
            score: 1.0,
            why: format!(
                "{} and {} accuse each other: {}",
                name(a),
                name(b),
                excerpt(&a.claim.text)
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
            kind: Kind::MutualAccusation,
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
            .rsplit(' ')
            .next()
            .unwrap_or("")
            .to_lowercase();
        x.parties.contains(&other.side)
            || (!surname.is_empty() && x.claim.text.to_lowercase().contains(&surname))
    };
    // The cheap tests first; lower-casing a whole content is the dear one.
    let calls_lies = |x: &Features, other: &Features| {
        x.stances.contains_key(&Stance::Lie)
            && x.class != CueClass::Deny
            && other.class == CueClass::Accuse
            && other
                .claim
                .targets
                .iter()
                .any(|t| *t == x.claim.speaker || *t == x.side)
            && names(x, other)
    };
    let related = || a.doc == b.doc || share_keywords(a, b);
    if (calls_lies(a, b) || calls_lies(b, a)) && related() {
        return Some(Verdict {
            kind: Kind::MutualAccusation,
            score: 0.75,
            why: format!(
                "{} and {} accuse each other: {} ~ {}",
                name(a),
                name(b),
                excerpt(&a.claim.text),
                excerpt(&b.claim.text)
            ),
            rule: "mutual_accusation/lies-for-lies".into(),
        });
    }
    // Blame answered with blame, side by side: `Séc cáo buộc Nga …` then `Nga chỉ trích …
    // của Séc là "hành động thù địch"`.
    let blames = |x: &Features, other: &Features| {
        matches!(x.class, CueClass::Accuse | CueClass::Condemn)
            && x.claim
                .targets
                .iter()
                .any(|t| *t == other.side || *t == other.claim.speaker)
    };
    if a.doc == b.doc && a.sentence.abs_diff(b.sentence) <= 1 && blames(a, b) && blames(b, a) {
        return Some(Verdict {
            kind: Kind::MutualAccusation,
            score: 0.75,
            why: format!(
                "{} blames {} ({}), and {} blames {} back ({})",
                name(a),
                b.side,
                excerpt(&a.claim.text),
                name(b),
                a.side,
                excerpt(&b.claim.text)
            ),
            rule: "mutual_accusation/blame-both-ways".into(),
        });
    }
    None
}

/// Speakers of two different parties, both known (a party, not just a name).
fn opponents(a: &Features, b: &Features) -> bool {
    a.side != b.side && a.claim.side.is_some() && b.claim.side.is_some()
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
        .targets
        .iter()
        .any(|t| *t == deny.side || *t == deny.claim.speaker)
        || affirm.parties.contains(&deny.side);
    let accusation = matches!(
        affirm.class,
        CueClass::Accuse | CueClass::Condemn | CueClass::Warn
    ) && affirm
        .claim
        .targets
        .iter()
        .any(|t| *t == deny.side || *t == deny.claim.speaker);
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
        kind: Kind::Denial,
        score: if explicit { 0.9 } else { 0.7 },
        why: format!(
            "{} says {}; {} denies it: {}{}",
            name(affirm),
            excerpt(&affirm.claim.text),
            name(deny),
            excerpt(&deny.claim.text),
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
                    kind: Kind::Numeric,
                    score: 0.8,
                    why: format!(
                        "{} and {} give different figures for {} {}: {} vs {}",
                        name(a),
                        name(b),
                        qa.unit,
                        qa.event,
                        &a.claim.text[qa.span.clone()],
                        &b.claim.text[qb.span.clone()]
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
                kind: Kind::Framing,
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
        kind: Kind::Outcome,
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
        kind: Kind::OpposingCall,
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
/// articles is then already a conflict within one of them. Same speaker, and a syllable F1 of
/// the contents (as the scorer computes it) of at least 0.8.
fn near_copy(a: &Claim, b: &Claim) -> bool {
    a.speaker == b.speaker && syllable_f1(&a.text, &b.text) >= 0.8
}

/// The index of a claim's sentence, counted as distinct content starts: claims of one sentence
/// (a group, a reciprocal pair) share it.
/// For each claim of `doc`, in order (one pass, not one per claim).
fn claim_sentences(doc: &Doc) -> Vec<usize> {
    let mut seen = BTreeSet::new();
    doc.claims
        .iter()
        .map(|c| {
            seen.insert(c.span.start);
            seen.len()
        })
        .collect()
}

/// The parties an article is mostly about: the three sides and targets its claims name most
/// (ties broken by name, for determinism).
fn main_parties(doc: &Doc) -> BTreeSet<String> {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &doc.claims {
        if let Some(side) = &c.side {
            *counts.entry(side).or_default() += 1;
        }
        for t in &c.targets {
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

/// Finds the pairs of clashing claims of `documents`, in the order of their claims (document
/// by document, claim by claim); [`crate::report::conflicts()`] gives them ids.
pub fn find(documents: &[&Doc], rules: &Lexicon) -> Vec<Pair> {
    // The parties of the run: every side a speaker has, for spotting them in contents.
    let sides: BTreeSet<String> = documents
        .iter()
        .flat_map(|d| d.claims.iter())
        .filter_map(|c| c.side.clone())
        .collect();
    let lex = PairWords::new(rules, sides);
    let claims: Vec<(usize, usize, usize, &Claim)> = documents
        .iter()
        .enumerate()
        .flat_map(|(di, d)| {
            let sentences = claim_sentences(d);
            d.claims
                .iter()
                .zip(sentences)
                .enumerate()
                .map(move |(ci, (c, sentence))| (di, ci, sentence, c))
        })
        .collect();
    // Each claim's features stand alone: computed on the thread pool, kept in claim order.
    let feats: Vec<Features> = claims
        .par_iter()
        .map(|&(di, ci, sentence, c)| features(di, ci, sentence, c, &lex))
        .collect();
    // Blocking: index claims by story and topic key; compare only claims that share one.
    // Claims of different stories never pair, so the story is part of every key.
    let story = stories(documents);
    let mut index: BTreeMap<(usize, String), Vec<usize>> = BTreeMap::new();
    for (i, f) in feats.iter().enumerate() {
        // Who a claim is by or about, in one namespace: a speaker, its side, its targets and
        // the parties its content names.
        let mut keys: BTreeSet<String> = f.parties.iter().map(|p| format!("party:{p}")).collect();
        keys.insert(format!("party:{}", f.side));
        keys.insert(format!("party:{}", f.claim.speaker));
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
    // Each candidate pair is judged alone, on the thread pool, and the verdicts kept in
    // candidate order, so the result does not depend on the number of threads.
    candidates
        .par_iter()
        .filter_map(|&(i, j)| judge(documents, &feats, i, j, rules))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(s: &str) -> Vec<Token> {
        tokenize(s, 0..s.len(), &[])
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
        let s = "mất khoảng 200 xe tăng bị phá hủy";
        let q = &quantities(s, &toks(s))[0];
        assert!((q.low - 180.0).abs() < 1e-9 && (q.high - 220.0).abs() < 1e-9);
        assert_eq!((q.unit.as_str(), q.event.as_str()), ("xe tăng", "phá hủy"));
        // The first listed event the content names, wherever it is.
        let s = "4 binh sĩ đã chết, 2 người bị thương";
        assert!(quantities(s, &toks(s))
            .iter()
            .all(|q| q.event == "bị thương"));
        // A number with no unit after it counts nothing.
        let s = "năm 2020 có 3 vụ tử vong";
        assert!(quantities(s, &toks(s)).is_empty());
    }
}
