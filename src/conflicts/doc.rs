//! What pairing reads of an article: its claims as attribution resolved them, its dating, and
//! a profile of its words for telling which articles report the same story; and what pairing
//! gives back: pairs of claims by position, with a kind, a probability and a reason.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::attribution::{Polarity, SpeakerKind};
use crate::dates::Dating;
use crate::normalize::Text;
use crate::rules::CueClass;
use crate::span::{CharIndex, Span};
use crate::text::chars::ceil_boundary;

use super::stories::Profile;
use super::words::Pairing;

#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    /// The document id (the report makes claim ids from it).
    pub id: String,
    /// Its period and the dates it mentions.
    pub dating: Dating,
    /// Its claims in position order: the `n`-th (from 0) is the report's `<id>#c<n + 1>`.
    pub claims: Vec<Claim>,
    /// Its most telling words, for grouping articles into stories (empty when pairing makes
    /// none, see [`Pairing::stories`]).
    pub(crate) profile: Profile,
}

/// One claim as the detectors need it.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// The speaker's canonical name.
    pub speaker: String,
    /// The speaker's mention as written (`Nhà Trắng` for `Mỹ`).
    pub speaker_text: String,
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
    /// The date the claim is about, resolved when the year is known, else as written.
    pub date: Option<String>,
    /// The index of its sentence in the article.
    pub sentence: usize,
    /// The article's text between the claim before it and this claim, outside both, says that
    /// an accusation was made (a `charge` phrase of `rules/pairing_words.txt` not followed by a
    /// demonstrative: `cắt đứt quan hệ với Qatar vì cho rằng Doha ủng hộ khủng bố`): what a
    /// bare rebuttal after it answers was not extracted.
    pub charge_before: bool,
}

/// How much of the text before a claim (in bytes, from its start back) is read for a charge:
/// about two sentences.
const CHARGE_GAP: usize = 600;

/// Whether the text `range` of `text` names a charge (see [`Claim::charge_before`]).
fn names_charge(text: &str, range: Range<usize>, pairing: &Pairing) -> bool {
    use super::words::bit;
    use crate::rules::PairWordRole as R;
    if range.is_empty() {
        return false;
    }
    let tokens = crate::tokens::tokenize(text, range, &[]);
    let roles = pairing.roles(&tokens);
    let (charge, demonstrative) = (bit(R::Charge), bit(R::Demonstrative) | bit(R::Anaphor));
    (0..tokens.len()).any(|k| {
        if roles[k] & charge == 0 || (k > 0 && roles[k - 1] & charge != 0) {
            return false;
        }
        let end = k + roles[k..].iter().take_while(|r| *r & charge != 0).count();
        // `cáo buộc này`, `những cáo buộc trên` point back to what was said before.
        tokens[end..]
            .iter()
            .zip(&roles[end..])
            .find(|(t, _)| t.word)
            .is_none_or(|(_, r)| r & demonstrative == 0)
    })
}

impl Doc {
    /// The pairing view of one analysed document: `claims` as [`crate::attribution::attribute`]
    /// returns them (in position order), `text` its working text and `chars` its raw input,
    /// indexed.
    pub(crate) fn new(
        id: &str,
        dating: Dating,
        text: &Text,
        chars: &CharIndex<'_>,
        claims: &[crate::attribution::Claim],
        opening: (&[crate::segment::Sentence], &crate::tokens::SentenceTokens),
        pairing: &Pairing,
    ) -> Doc {
        let s = text.as_str();
        // Where the text of the claims before each one ends (content, cue or speaker).
        let mut covered = 0;
        let claims = claims
            .iter()
            .map(|c| {
                let start = c.position();
                let from = ceil_boundary(s, covered.max(start.saturating_sub(CHARGE_GAP)));
                let charge_before = from < start && names_charge(s, from..start, pairing);
                covered = covered
                    .max(c.content.end)
                    .max(c.cue.end)
                    .max(c.speaker.range.as_ref().map_or(0, |r| r.end));
                let span = text.span(c.content.clone());
                Claim {
                    speaker: c.speaker.canonical.clone(),
                    speaker_text: c.speaker.text.clone(),
                    side: c.speaker.side.clone(),
                    kind: c.speaker.kind,
                    class: c.class,
                    polarity: c.polarity,
                    reciprocal: c.pattern == crate::grammar::rule::RECIPROCAL,
                    text: s[c.content.clone()].to_string(),
                    targets: c.target.clone(),
                    span,
                    chars: chars.chars_before(span.start)..chars.chars_before(span.end),
                    date: c
                        .date
                        .as_ref()
                        .map(|(t, r)| r.clone().unwrap_or_else(|| t.clone())),
                    sentence: c.sentence,
                    charge_before,
                }
            })
            .collect();
        Doc {
            id: id.to_string(),
            dating,
            claims,
            profile: if pairing.stories {
                Profile::of_sentences(s, opening.0, opening.1, &pairing.idf)
            } else {
                Profile::default()
            },
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
    /// The scorer's probability that the two clash, from 0 to 1, rounded to two decimals.
    pub score: f64,
    /// A readable sentence naming what clashes, the signals that fired and, for a denial, what
    /// it rejects.
    pub why: String,
    /// The scorer and the kind rule that fired.
    pub rule: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_charge_between_claims_is_found_unless_it_points_back() {
        let p = Pairing::new(&crate::lexicon::Lexicon::new(
            &crate::rules::Rules::embedded(),
        ));
        let found = |t: &str| names_charge(t, 0..t.len(), &p);
        assert!(found(
            "cắt đứt quan hệ ngoại giao với Qatar với lý do Doha ủng hộ khủng bố và Iran. "
        ));
        assert!(found(
            "sáng kiến này bị cáo buộc là công cụ triển khai bẫy nợ. "
        ));
        assert!(!found("Trước những cáo buộc này, "));
        assert!(!found("Thổ Nhĩ Kỳ đã điều 197 phi cơ chở hàng tới Qatar. "));
    }
}
