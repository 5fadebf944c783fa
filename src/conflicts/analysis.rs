//! What pairing knows of one claim, from the claim alone: is it a rebuttal and of what, what
//! is it about, which names and figures does it mention, which way does it push.
//!
//! A claim is a *lexical rebuttal* when its cue denies (`phủ nhận`, `bác bỏ`), when its
//! content calls something false or groundless (a `falsity` word of `rules/pairing_words.txt`:
//! `bịa đặt`, `vô căn cứ`, `không đúng`), or when it condemns "the accusations" (`chỉ trích
//! những cáo buộc trên`). A negated claim can become a rebuttal too, once the story shows that
//! someone else asserts what it negates ([`super::rebuttal`]).
//!
//! What a rebuttal rejects, its *object*, is its content without the rebuttal's own words
//! (falsity words, negators, `cáo buộc`, `thông tin`, `này`, `điều đó` …): `bác bỏ cáo buộc
//! làm gián điệp` rejects `làm gián điệp`. When little is left (`phủ nhận thông tin này`,
//! `đây là những lời bịa đặt`), the object is elsewhere: [`super::rebuttal`] finds the
//! claims it points back to.

use std::collections::BTreeMap;

use crate::rules::{CueClass, PairWordRole, Stance};
use crate::text::keys::match_key;
use crate::tokens::{tokenize, Token};

use super::doc::{Claim, ClaimAt};
use super::terms::{TermSet, TokenTerms};
use super::words::{bit, Pairing};

/// An object of less idf weight than this (in single syllables: about three rare words) says
/// too little to stand alone: the rebuttal's antecedents say what it rejects.
const SHORT_OBJECT: f32 = 12.0;
/// A negation's scope: this many words after the negator.
const NEGATION_SCOPE: usize = 5;
/// An object of less idf weight than this (a common word or two: `những`, `trước`, `mọi`)
/// says nothing of its own: the rebuttal rejects only what it points back to.
const BARE_OBJECT: f32 = 2.0;

/// Why a claim rebuts.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Rebuttal {
    /// It does not.
    None,
    /// Its cue denies.
    DenyCue,
    /// Its content calls something false (the word, as written).
    Falsity(String),
    /// It condemns accusations.
    Condemns,
    /// It negates what another claim of the story asserts (how much of the negation's scope
    /// that claim has, 0 to 1).
    Negation(f32),
}

/// Numbers found in a claim, with the noun they count and the event they belong to.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Quantity {
    pub low: f64,
    pub high: f64,
    pub unit: String,
    pub event: String,
    /// Whose losses: the capitalised word after the unit (`binh sĩ Armenia`), or the
    /// speaker's own side when the content says so (`nước này`, `của họ`), as a match key.
    pub victim: Option<String>,
    /// Where the figure is in the content (bytes).
    pub span: std::ops::Range<usize>,
}

/// One claim, analysed.
#[derive(Clone, Debug)]
pub(crate) struct Info<'a> {
    pub at: ClaimAt,
    pub claim: &'a Claim,
    /// The speaker's canonical name and side, as match keys.
    pub speaker: String,
    pub side: Option<String>,
    /// The targets, as match keys.
    pub targets: Vec<String>,
    /// The word hashes of the speaker's name and of its side, when written with a capital:
    /// for finding them named in another claim.
    pub names_of_party: Vec<Vec<u64>>,
    /// The content's word hashes, in order.
    pub content_words: Vec<u64>,
    /// Which of them start with a capital.
    pub content_caps: Vec<bool>,
    /// The word hashes of the names the party goes by, however short (`Nga`, `Mỹ`, the
    /// speaker as written: `Nhà Trắng`): found in another claim only where written with a
    /// capital.
    pub party_words: Vec<Vec<u64>>,
    pub class: CueClass,
    /// A deny cue or word whose object is a request, proposal or appeal (a `request` phrase
    /// heads it): it refuses, it does not rebut.
    pub refusal: bool,
    /// A deny cue whose object a rumour heads (`phủ nhận tin đồn này`): it answers talk, not a
    /// claim it points back to.
    pub rumour: bool,
    /// A negator (not masked by a `not_negation` phrase).
    pub negated: bool,
    /// A negation that denies a fact (`không có`, `chưa từng`; a `fact_negator` phrase).
    pub denies_fact: bool,
    /// The words after each negator.
    pub scope: TermSet,
    /// Why it rebuts; [`Rebuttal::Negation`] is set by the story analysis.
    pub rebuttal: Rebuttal,
    /// An allegation noun with a demonstrative, or an anaphor: it points back.
    pub anaphoric: bool,
    pub modal: bool,
    pub stop: bool,
    pub push: bool,
    /// Opens with a conditional.
    pub conditional: bool,
    /// Every word and adjacent pair.
    pub words: TermSet,
    /// The same without the rebuttal vocabulary: what the claim is about.
    pub object: TermSet,
    /// The object, readable.
    pub object_text: String,
    /// The object says too little to stand alone.
    pub short_object: bool,
    /// The object says nothing of its own (`phủ nhận điều này`, `những cáo buộc này không
    /// đúng`): what the rebuttal rejects is only what it points back to.
    pub bare_object: bool,
    /// Capitalised name-like words, sorted.
    pub names: Vec<u64>,
    /// Figures as written, sorted.
    pub numbers: Vec<String>,
    pub stances: BTreeMap<Stance, String>,
    /// Framing sides used: (framing index, which side).
    pub frames: Vec<(usize, bool)>,
    pub quantities: Vec<Quantity>,
    /// The claims (indices into the story's claims) a rebuttal or an anaphor points back to.
    pub antecedents: Vec<usize>,
    /// The object, with its antecedents' objects.
    pub about: TermSet,
}

impl Info<'_> {
    /// A rebuttal by its own words, before the story is read.
    pub(crate) fn lexical_rebuttal(&self) -> bool {
        matches!(
            self.rebuttal,
            Rebuttal::DenyCue | Rebuttal::Falsity(_) | Rebuttal::Condemns
        )
    }

    /// A rebuttal, lexical or by negation.
    pub(crate) fn rebuts(&self) -> bool {
        self.rebuttal != Rebuttal::None
    }

    pub(crate) fn accuses(&self) -> bool {
        matches!(self.class, CueClass::Accuse | CueClass::Condemn)
    }

    pub(crate) fn calls(&self) -> bool {
        self.class == CueClass::Call
    }

    /// The speaker and its side, as match keys.
    pub(crate) fn party(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.speaker.as_str()).chain(self.side.as_deref())
    }

    /// A target of `self` names `other`'s speaker or side (the same, or one containing the
    /// other for names of more than three letters: `Nga` ~ `Bộ Ngoại giao Nga`).
    pub(crate) fn targets_party_of(&self, other: &Info) -> bool {
        self.targets.iter().any(|t| {
            other.party().any(|p| {
                t == p
                    || (t.chars().count() > 3
                        && p.chars().count() > 3
                        && (t.contains(p) || p.contains(t.as_str())))
            })
        })
    }

    /// The content of `self` names `other`'s party, written with a capital: its side however
    /// short (`Nga`), its speaker's name or the mention as written (`Nhà Trắng`).
    pub(crate) fn names_party_of(&self, other: &Info) -> bool {
        other.party_words.iter().any(|name| {
            self.content_words
                .windows(name.len())
                .enumerate()
                .any(|(k, w)| w == name.as_slice() && self.content_caps[k])
        })
    }

    /// The content of `self` names `other`'s speaker or side (capitalised names only).
    pub(crate) fn mentions(&self, other: &Info) -> bool {
        other.names_of_party.iter().any(|name| {
            !name.is_empty()
                && self
                    .content_words
                    .windows(name.len())
                    .any(|w| w == name.as_slice())
        })
    }
}

/// Whether one of two speakers' match keys is the other's name inside a longer one, as whole
/// words, and says enough to be a name (more than three letters: `Nga` inside `Bộ Ngoại giao
/// Nga` is a party, told apart by sides).
pub(crate) fn same_name(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.chars().count() <= 3 || short == long {
        return false;
    }
    let short: Vec<&str> = short.split_whitespace().collect();
    let long: Vec<&str> = long.split_whitespace().collect();
    !short.is_empty() && long.windows(short.len()).any(|w| w == short.as_slice())
}

/// The word hashes of `name` when it is written with a capital and is longer than 3 letters.
fn name_words(name: &str) -> Vec<u64> {
    if !name.chars().any(char::is_uppercase) || name.chars().count() <= 3 {
        return Vec::new();
    }
    hashes_of(name)
}

/// The [`crate::tokens::word_hash`] of each word of `phrase`: the hashes of
/// [`crate::tokens::phrase_words`], which each
/// token holds already.
fn hashes_of(phrase: &str) -> Vec<u64> {
    tokenize(phrase, 0..phrase.len(), &[])
        .iter()
        .map(|t| t.hash)
        .collect()
}

/// The names a claim's party goes by, as word hashes, however short (`Nga`, `Mỹ`), for
/// finding them written with a capital in another claim: the speaker's canonical name, its
/// side, the trailing capitalised words of the mention as written (`ông Navalny` → `Navalny`,
/// `cựu Thủ tướng Fillon` → `Fillon`, `Nhà Trắng`), and a person's last name (`Francois Fillon`
/// → `Fillon`, `Nguyễn Mai Phương` → `Phương`: news names people so after the first mention).
fn party_words(claim: &Claim) -> Vec<Vec<u64>> {
    let capital = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
    let trailing: Vec<&str> = {
        let words: Vec<&str> = claim.speaker_text.split_whitespace().collect();
        let from = words.iter().rposition(|w| !capital(w)).map_or(0, |k| k + 1);
        words[from..].to_vec()
    };
    let last_name = (claim.kind == crate::attribution::SpeakerKind::Person)
        .then(|| claim.speaker.split_whitespace().last())
        .flatten();
    let mut names: Vec<Vec<u64>> = [
        Some(claim.speaker.clone()),
        claim.side.clone(),
        Some(trailing.join(" ")),
        last_name.map(str::to_string),
    ]
    .into_iter()
    .flatten()
    .filter(|name| capital(name))
    .map(|name| hashes_of(&name))
    .filter(|words: &Vec<u64>| !words.is_empty())
    .collect();
    names.sort();
    names.dedup();
    names
}

/// Analyses one claim.
pub(crate) fn analyse<'a>(at: ClaimAt, claim: &'a Claim, pairing: &Pairing) -> Info<'a> {
    let text = &claim.text;
    let tokens = tokenize(text, 0..text.len(), &[]);
    let roles = pairing.roles(&tokens);
    let has = |role: PairWordRole| roles.iter().any(|r| r & bit(role) != 0);
    let class = claim.class;
    // Negation and its scope.
    let negator = bit(PairWordRole::Negator);
    let mut scope_tokens = vec![false; tokens.len()];
    // Pairing reads negation from its own word lists, masks included (`không thương tiếc`
    // negates nothing), not from attribution's polarity.
    let mut negated = false;
    let mut k = 0;
    while k < tokens.len() {
        if roles[k] & negator != 0 {
            negated = true;
            let mut j = k;
            while j < tokens.len() && roles[j] & negator != 0 {
                j += 1;
            }
            let mut taken = 0;
            while j < tokens.len() && taken < NEGATION_SCOPE {
                if tokens[j].word {
                    scope_tokens[j] = true;
                    taken += 1;
                }
                j += 1;
            }
            k = j;
        } else {
            k += 1;
        }
    }
    // With no negator every token is left out: the empty set, made without reading them.
    let weights = TokenTerms::new(&tokens, &pairing.idf);
    let scope = if negated {
        TermSet::of_tokens(&tokens, &weights, |k| !scope_tokens[k])
    } else {
        TermSet::default()
    };
    // A falsity word inside a negation's scope calls nothing false (`không có chuyện anh bịa
    // đặt`: "I made nothing up").
    let denies_fact = roles
        .iter()
        .any(|r| r & negator != 0 && r & bit(PairWordRole::FactNegator) != 0);
    let falsity_word = first_phrase(&tokens, &roles, PairWordRole::Falsity, |k| !scope_tokens[k]);
    let allegation = has(PairWordRole::Allegation);
    let demonstrative = has(PairWordRole::Demonstrative);
    let anaphoric = has(PairWordRole::Anaphor) || (allegation && demonstrative);
    // A condemnation of "the accusations": an allegation noun pointed back to, or heading
    // the content (`chỉ trích những cáo buộc …`).
    let allegation_first = tokens
        .iter()
        .zip(&roles)
        .filter(|(t, _)| t.word)
        .take(3)
        .any(|(_, r)| r & bit(PairWordRole::Allegation) != 0);
    // A deny cue (or a deny word of the content: `đã bác bỏ`) whose object is something
    // asked for (`bác bỏ đơn kháng cáo của Gazprom`, `bác bỏ đề xuất của Công đảng`) refuses or
    // overrules it: a court, a vote, a party saying no, not a rebuttal of a claim.
    let falsity = falsity_span(&tokens, &roles, |k| !scope_tokens[k]);
    let refusal = if class == CueClass::Deny {
        heads_request(&tokens, &roles, 0)
    } else {
        falsity
            .as_ref()
            .is_some_and(|f| heads_request(&tokens, &roles, f.end))
    };
    // `phủ nhận tin đồn này`, `bác bỏ những tin đồn …`: a rumour among the object's first
    // words.
    let rumour = class == CueClass::Deny
        && tokens
            .iter()
            .zip(&roles)
            .filter(|(t, _)| t.word)
            .take(RUMOUR_HEAD)
            .any(|(_, r)| r & bit(PairWordRole::Rumour) != 0);
    let party_words = party_words(claim);
    // A deny verb of the content whose subject is another party (`Mỹ và Hàn Quốc đã cáo buộc
    // …, tuy nhiên Bình Nhưỡng bác bỏ thông tin này`): the speaker reports that denial.
    let reported_denial = class != CueClass::Deny
        && falsity.as_ref().is_some_and(|f| {
            let own: Vec<u64> = party_words.iter().flatten().copied().collect();
            roles[f.start] & bit(PairWordRole::DenyVerb) != 0
                && third_party_denial(&tokens, &roles, f.start, &own, pairing)
        });
    let rebuttal = if refusal || reported_denial {
        Rebuttal::None
    } else if class == CueClass::Deny {
        Rebuttal::DenyCue
    } else if let Some(w) = falsity_word {
        Rebuttal::Falsity(w)
    } else if class == CueClass::Condemn && allegation && (anaphoric || allegation_first) {
        Rebuttal::Condemns
    } else {
        Rebuttal::None
    };
    let words = TermSet::of_tokens(&tokens, &weights, |_| false);
    let rebuttal_words = bit(PairWordRole::Falsity)
        | negator
        | bit(PairWordRole::Allegation)
        | bit(PairWordRole::Demonstrative)
        | bit(PairWordRole::Anaphor);
    // Most contents have no rebuttal word: their object is all their words, read once.
    let object = if roles.iter().any(|r| r & rebuttal_words != 0) {
        TermSet::of_tokens(&tokens, &weights, |k| roles[k] & rebuttal_words != 0)
    } else {
        words.clone()
    };
    let object_text = tokens
        .iter()
        .zip(&roles)
        .filter(|(t, r)| t.word && *r & rebuttal_words == 0)
        .map(|(t, _)| &text[t.range.clone()])
        .collect::<Vec<_>>()
        .join(" ");
    // The object's single words (terms that are some token's hash), by binary search in the
    // sorted hashes: a scan of the tokens for each term was quadratic in a long quotation.
    let mut token_hashes: Vec<u64> = tokens.iter().map(|t| t.hash).collect();
    token_hashes.sort_unstable();
    let single_weight = object.weight_of_words(&token_hashes);
    let first_word = tokens.iter().position(|t| t.word).unwrap_or(0);
    let conditional = roles
        .get(first_word)
        .is_some_and(|r| r & bit(PairWordRole::Conditional) != 0);
    let mut names: Vec<u64> = tokens
        .iter()
        .filter(|t| t.word && t.cap && pairing.idf.name_like(t.hash))
        .filter(|t| !t.lower.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map(|t| t.hash)
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut numbers: Vec<String> = tokens
        .iter()
        .filter(|t| t.word && t.lower.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .map(|t| t.lower.to_string())
        .collect();
    numbers.sort();
    numbers.dedup();
    let mut stances = BTreeMap::new();
    for (i, _) in pairing.stances.first_occurrences(&tokens) {
        let (stance, phrase) = pairing.stances.value(i);
        stances.entry(*stance).or_insert_with(|| phrase.clone());
    }
    let frames = pairing
        .framings
        .first_occurrences(&tokens)
        .into_iter()
        .map(|(i, _)| *pairing.framings.value(i))
        .collect();
    let own_side = !pairing.own_side.first_occurrences(&tokens).is_empty();
    let quantities = quantities(text, &tokens, pairing)
        .into_iter()
        .map(|mut q| {
            if q.victim.is_none() && own_side {
                q.victim = claim.side.as_deref().map(match_key);
            }
            q
        })
        .collect();
    let speaker = match_key(&claim.speaker);
    let side = claim.side.as_deref().map(match_key);
    let mut names_of_party = vec![name_words(&claim.speaker)];
    if let Some(s) = &claim.side {
        names_of_party.push(name_words(s));
    }
    Info {
        at,
        claim,
        speaker,
        side,
        targets: claim.targets.iter().map(|t| match_key(t)).collect(),
        names_of_party,
        content_words: tokens.iter().filter(|t| t.word).map(|t| t.hash).collect(),
        content_caps: tokens.iter().filter(|t| t.word).map(|t| t.cap).collect(),
        party_words,
        class,
        refusal,
        rumour,
        negated,
        denies_fact,
        scope,
        rebuttal,
        anaphoric,
        modal: has(PairWordRole::Modal),
        stop: has(PairWordRole::Stop),
        push: has(PairWordRole::Push),
        conditional,
        about: object.clone(),
        short_object: single_weight < SHORT_OBJECT,
        bare_object: single_weight < BARE_OBJECT,
        words,
        object,
        object_text,
        names,
        numbers,
        stances,
        frames,
        quantities,
        antecedents: Vec::new(),
    }
}

/// How many words of an object its head may be preceded by (`mọi`, `hoàn toàn`, `các`).
const REQUEST_HEAD: usize = 3;

/// How many words of a deny cue's object a rumour may stand after (`những tin đồn`, `mọi
/// tin đồn`).
const RUMOUR_HEAD: usize = 2;

/// Whether a `request` phrase starts among the first [`REQUEST_HEAD`] words from token `from`,
/// in one clause and before any allegation noun (`bác bỏ đơn kháng cáo`, `bác bỏ hoàn toàn
/// nghị quyết`; not `bác bỏ tin về kế hoạch`, which denies a report, nor `vô căn cứ, yêu cầu`).
fn heads_request(tokens: &[Token], roles: &[u16], from: usize) -> bool {
    tokens
        .iter()
        .zip(roles)
        .skip(from)
        .take_while(|(t, _)| !t.is_any(",;.:"))
        .filter(|(t, _)| t.word)
        .take(REQUEST_HEAD)
        // (`lời` of `lời kêu gọi` is an allegation noun too.)
        .take_while(|(_, r)| {
            *r & bit(PairWordRole::Allegation) == 0 || *r & bit(PairWordRole::Request) != 0
        })
        .any(|(_, r)| *r & bit(PairWordRole::Request) != 0)
}

/// The tokens of the first `falsity` phrase whose first token is `allowed`.
fn falsity_span(
    tokens: &[Token],
    roles: &[u16],
    allowed: impl Fn(usize) -> bool,
) -> Option<std::ops::Range<usize>> {
    let b = bit(PairWordRole::Falsity);
    let start = (0..tokens.len())
        .find(|&k| roles[k] & b != 0 && allowed(k) && (k == 0 || roles[k - 1] & b == 0))?;
    Some(start..start + roles[start..].iter().take_while(|r| *r & b != 0).count())
}

/// Words read back from a deny verb for its subject.
const SUBJECT_WORDS: usize = 4;

/// Whether the deny verb at token `verb` has another party as its subject: reading back in
/// its clause, a third-person pronoun (`Ông ấy đã phủ nhận`) or a capitalised name that is
/// not one of `own` (the speaker's party words) comes first (`tuy nhiên Bình Nhưỡng bác bỏ`;
/// not `Tổng thống Putin trực tiếp phủ nhận` said by Putin).
fn third_party_denial(
    tokens: &[Token],
    roles: &[u16],
    verb: usize,
    own: &[u64],
    pairing: &Pairing,
) -> bool {
    let mut seen = 0;
    for k in (0..verb).rev() {
        let t = &tokens[k];
        if !t.word {
            if t.is_any(",;.:") {
                break;
            }
            continue;
        }
        if roles[k] & bit(PairWordRole::ThirdPerson) != 0 {
            return true;
        }
        if t.cap {
            if own.contains(&t.hash) {
                return false;
            }
            if pairing.idf.name_like(t.hash) {
                return true;
            }
        }
        seen += 1;
        if seen == SUBJECT_WORDS {
            break;
        }
    }
    false
}

/// The first phrase of `role` in the tokens whose first token is `allowed`, as written.
fn first_phrase(
    tokens: &[Token],
    roles: &[u16],
    role: PairWordRole,
    allowed: impl Fn(usize) -> bool,
) -> Option<String> {
    let b = bit(role);
    let mut start = None;
    let mut k = 0;
    while k < roles.len() {
        if roles[k] & b != 0 {
            if allowed(k) {
                start = Some(k);
                break;
            }
            // Skip the rest of this phrase.
            while k < roles.len() && roles[k] & b != 0 {
                k += 1;
            }
        } else {
            k += 1;
        }
    }
    let start = start?;
    let end = start + roles[start..].iter().take_while(|r| *r & b != 0).count();
    let words: Vec<&str> = tokens[start..end]
        .iter()
        .filter(|t| t.word)
        .map(|t| t.lower.as_str())
        .collect();
    Some(words.join(" "))
}

/// Parses a Vietnamese number as a range: `40.000`, `3,5`, and the number words of
/// `rules/figures.txt` (`ba`, `hàng chục`, `hàng trăm`), as (low, high, tokens read).
fn number_at(tokens: &[Token], k: usize, pairing: &Pairing) -> Option<(f64, f64, usize)> {
    let t = tokens.get(k)?;
    if let Some((words, (low, high))) = pairing.numbers.first_at(tokens, k) {
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
pub(crate) fn quantities(text: &str, tokens: &[Token], pairing: &Pairing) -> Vec<Quantity> {
    let mut out = Vec::new();
    // The first listed event that the content names.
    let event = pairing
        .events
        .first_occurrences(tokens)
        .first()
        .map(|&(i, _)| pairing.events.value(i).clone());
    let Some(event) = event else { return out };
    for k in 0..tokens.len() {
        let Some((mut low, mut high, n)) = number_at(tokens, k, pairing) else {
            continue;
        };
        // Qualifiers before the number.
        if pairing.more_than.first_before(tokens, k).is_some() {
            high = f64::INFINITY;
        } else if pairing.about.first_before(tokens, k).is_some() {
            low *= 0.9;
            high *= 1.1;
        }
        let after = k + n;
        if let Some((unit_words, unit)) = pairing.units.first_at(tokens, after) {
            let unit_end = after + unit_words.len();
            let victim = tokens
                .get(unit_end)
                .filter(|t| t.cap)
                .map(|t| t.lower.to_string());
            out.push(Quantity {
                victim,
                low,
                high,
                unit: unit.clone(),
                event: event.clone(),
                span: tokens[k].range.start..tokens[after].range.end.min(text.len()),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attribution::{Polarity, SpeakerKind};
    use crate::span::Span;

    fn pairing() -> Pairing {
        Pairing::new(&crate::lexicon::Lexicon::new(
            &crate::rules::Rules::embedded(),
        ))
    }

    fn claim(class: CueClass, text: &str) -> Claim {
        Claim {
            speaker: "Nga".into(),
            speaker_text: "Nga".into(),
            side: Some("Nga".into()),
            kind: SpeakerKind::Country,
            class,
            polarity: Polarity::Affirm,
            reciprocal: false,
            text: text.into(),
            targets: vec![],
            span: Span::new(0, text.len()),
            chars: 0..text.len(),
            date: None,
            sentence: 0,
            charge_before: false,
        }
    }

    const AT: ClaimAt = ClaimAt { doc: 0, claim: 0 };

    #[test]
    fn a_party_is_named_by_a_short_side_or_a_last_name_written_with_a_capital() {
        let p = pairing();
        let mut denier = claim(CueClass::Deny, "thông tin này");
        denier.speaker = "Francois Fillon".into();
        denier.speaker_text = "cựu Thủ tướng Fillon".into();
        denier.side = Some("Pháp".into());
        denier.kind = SpeakerKind::Person;
        let denier = analyse(AT, &denier, &p);
        let names = |text: &str| {
            let c = claim(CueClass::State, text);
            analyse(AT, &c, &p).names_party_of(&denier)
        };
        assert!(names("ông Fillon trả 84.000 Euro cho hai người con"));
        assert!(names("Pháp sẽ điều tra vụ việc"));
        // Lower case is a word, not the party (`pháp luật`).
        assert!(!names("vụ việc đúng pháp luật"));
        assert!(!names("thế giới có 2.600 dự án"));
    }

    #[test]
    fn a_denial_rejects_its_object_without_the_allegation_noun() {
        let p = pairing();
        let c = claim(CueClass::Deny, "cáo buộc làm gián điệp");
        let i = analyse(AT, &c, &p);
        assert_eq!(i.rebuttal, Rebuttal::DenyCue);
        assert_eq!(i.object_text, "làm gián điệp");
        assert!(!i.anaphoric);
    }

    #[test]
    fn a_falsity_word_makes_a_rebuttal_that_points_back() {
        let p = pairing();
        let c = claim(CueClass::State, "đây là những lời bịa đặt");
        let i = analyse(AT, &c, &p);
        assert_eq!(i.rebuttal, Rebuttal::Falsity("bịa đặt".into()));
        assert!(i.anaphoric && i.short_object);
    }

    #[test]
    fn a_court_rejecting_an_appeal_refuses_and_rebuts_nothing() {
        let p = pairing();
        let c = claim(
            CueClass::Deny,
            "đơn kháng cáo của Gazprom về phán quyết của các tòa cấp thấp hơn",
        );
        let i = analyse(AT, &c, &p);
        assert!(i.refusal);
        assert_eq!(i.rebuttal, Rebuttal::None);
        let c = claim(
            CueClass::Deny,
            "mọi lời kêu gọi kiềm chế các chương trình hạt nhân",
        );
        assert_eq!(analyse(AT, &c, &p).rebuttal, Rebuttal::None);
        // A report of a plan is denied, not refused.
        let c = claim(
            CueClass::Deny,
            "tin về kế hoạch lập đơn vị an ninh mạng chung với Mỹ",
        );
        assert_eq!(analyse(AT, &c, &p).rebuttal, Rebuttal::DenyCue);
    }

    #[test]
    fn a_denial_by_another_party_inside_a_content_is_reported_not_made() {
        let p = pairing();
        let mut c = claim(
            CueClass::Accuse,
            "Triều Tiên cử máy bay làm công cụ gián điệp do thám, tuy nhiên Bình Nhưỡng bác bỏ \
             thông tin này “bịa đặt”",
        );
        c.speaker = "Hàn Quốc".into();
        c.speaker_text = "Hàn Quốc".into();
        c.side = Some("Hàn Quốc".into());
        assert_eq!(analyse(AT, &c, &p).rebuttal, Rebuttal::None);
        let mut c = claim(
            CueClass::State,
            "Tổng thống Putin trực tiếp phủ nhận cáo buộc can thiệp bầu cử Mỹ",
        );
        c.speaker = "Vladimir Putin".into();
        c.speaker_text = "Tổng thống Putin".into();
        c.kind = SpeakerKind::Person;
        assert!(analyse(AT, &c, &p).rebuts());
    }

    #[test]
    fn a_name_inside_a_longer_name_is_the_same_speaker() {
        assert!(same_name("sana", "hãng thông tấn nhà nước sana của syria"));
        assert!(same_name("nguyễn mai phương", "mai phương"));
        assert!(!same_name("hồ mai phương", "nguyễn mai phương"));
        assert!(!same_name("nga", "bộ ngoại giao nga"));
        assert!(!same_name("ana", "santana"));
    }

    #[test]
    fn air_force_is_no_negation() {
        let p = pairing();
        let c = claim(CueClass::State, "lực lượng Không quân Azerbaijan bị bắn hạ");
        assert!(!analyse(AT, &c, &p).negated);
        let c = claim(CueClass::State, "không có nhân sự nước ngoài");
        let i = analyse(AT, &c, &p);
        assert!(i.negated && i.scope.total() > 0.0);
    }

    #[test]
    fn the_figures_of_a_content_with_an_event() {
        let p = pairing();
        let text = "ít nhất 2.300 binh sĩ Armenia đã thiệt mạng";
        let q = quantities(text, &tokenize(text, 0..text.len(), &[]), &p);
        assert_eq!(q.len(), 1);
        assert_eq!((q[0].low, q[0].high), (2300.0, f64::INFINITY));
        assert_eq!(q[0].victim.as_deref(), Some("armenia"));
        let text = "mất khoảng 200 xe tăng bị phá hủy";
        let q = &quantities(text, &tokenize(text, 0..text.len(), &[]), &p)[0];
        assert!((q.low - 180.0).abs() < 1e-9 && (q.high - 220.0).abs() < 1e-9);
        assert_eq!((q.unit.as_str(), q.event.as_str()), ("xe tăng", "phá hủy"));
        let text = "năm 2020 có 3 vụ tử vong";
        assert!(quantities(text, &tokenize(text, 0..text.len(), &[]), &p).is_empty());
    }
}
