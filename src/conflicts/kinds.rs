//! What kind of conflict a scored pair is, and the reason written for it.
//!
//! The scorer says *whether* two claims clash; these rules, first match wins, say *how*:
//!
//! 1. the two halves of one reciprocal claim → `mutual_accusation`;
//! 2. a gain claimed against an attack repelled → `outcome`;
//! 3. different figures for the same quantity (unit, event, victim, date) → `numeric`;
//! 4. a negation answering, right after it, the claim that names the denier → `denial`;
//! 5. a call, and neither claim rebuts → `opposing_call`;
//! 6. both accuse or condemn, from different sides → `mutual_accusation`;
//! 7. one rebuts the other (or a negation meets its assertion, or the story links a
//!    rebuttal to it) → `denial`;
//! 8. otherwise → `framing` (the same matter, told in ways that do not go together).
//!
//! The reason names the kind's evidence (for a denial, what the rebuttal rejects: its own
//! object, or the claims it points back to), then the signals that weighed most.

use crate::rules::{PairFeature as F, Stance};

use super::analysis::{Info, Rebuttal};
use super::doc::Kind;
use super::features::{frames, same_quantity, Story};
use super::model::{Features, Weights};
use super::words::Pairing;

/// Words of a content shown in a reason.
const EXCERPT_WORDS: usize = 12;
/// Signals named in a reason.
const SIGNALS: usize = 4;

/// The kind of the pair `i`, `j` of `story`, and the name of the rule that says so.
pub(crate) fn kind(story: &Story, i: usize, j: usize, f: &Features) -> (Kind, &'static str) {
    let (a, b) = (&story.claims[i], &story.claims[j]);
    let on = |x: F| f[x as usize] > 0.0;
    let (ra, rb) = (a.rebuts(), b.rebuts());
    if on(F::Reciprocal) {
        (Kind::MutualAccusation, "reciprocal")
    } else if on(F::WinRepel) {
        (Kind::Outcome, "win-vs-repel")
    } else if on(F::SameQuantity) && !(ra || rb) {
        (Kind::Numeric, "same-quantity")
    } else if on(F::NegatedAnswer) {
        (Kind::Denial, "negated-answer")
    } else if (a.calls() || b.calls()) && !(ra || rb) {
        (Kind::OpposingCall, "call")
    } else if a.accuses() && b.accuses() && a.side != b.side {
        (Kind::MutualAccusation, "both-accuse")
    } else if ra != rb {
        (Kind::Denial, "rebuttal")
    } else if f[F::NegationSimilarity as usize] > 0.2 {
        (Kind::Denial, "negation")
    } else if f[F::Support as usize] > 0.0 || f[F::LinkSmooth as usize] >= 0.2 {
        (Kind::Denial, "story-link")
    } else {
        (Kind::Framing, "framing")
    }
}

/// The first words of a content.
pub(crate) fn excerpt(s: &str) -> String {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.len() <= EXCERPT_WORDS {
        s.to_string()
    } else {
        format!("{} …", words[..EXCERPT_WORDS].join(" "))
    }
}

/// How a rebuttal rebuts, for a reason.
fn how(r: &Info) -> String {
    match &r.rebuttal {
        Rebuttal::DenyCue => format!("denies ({})", r.claim.class),
        Rebuttal::Falsity(w) => format!("calls it “{w}”"),
        Rebuttal::Condemns => "condemns the accusations".to_string(),
        Rebuttal::Negation(s) => format!(
            "negates it ({:.0} % of the negated words asserted)",
            s * 100.0
        ),
        Rebuttal::None => String::new(),
    }
}

/// What rebuttal `r` rejects, for a reason: its object, and the claims it points back to.
fn object(story: &Story, r: usize) -> String {
    let c = &story.claims[r];
    let mut out = if c.object_text.is_empty() {
        String::from("(nothing of its own)")
    } else {
        format!("“{}”", excerpt(&c.object_text))
    };
    if !c.antecedents.is_empty() {
        let ants: Vec<String> = c
            .antecedents
            .iter()
            .map(|&a| format!("c{}", story.claims[a].at.claim + 1))
            .collect();
        out.push_str(&format!(", pointing back to {}", ants.join(", ")));
    }
    out
}

/// The reason for pair `i`, `j`: what clashes, then the signals that weighed most.
pub(crate) fn why(
    story: &Story,
    i: usize,
    j: usize,
    kind: Kind,
    f: &Features,
    weights: &Weights,
    pairing: &Pairing,
) -> String {
    let probability = weights.probability(f);
    let (a, b) = (&story.claims[i], &story.claims[j]);
    let name = |x: &Info| x.claim.speaker.clone();
    let head = match kind {
        Kind::Denial => match story.rebuttal_and_other(i, j) {
            Some((r, x)) => {
                let (rc, xc) = (&story.claims[r], &story.claims[x]);
                let tie = story
                    .ground(r, x)
                    .map(|g| format!(" ({})", g.describe()))
                    .unwrap_or_default();
                format!(
                    "{} {}, rejecting {}; {} says: {}{tie}",
                    name(rc),
                    how(rc),
                    object(story, r),
                    name(xc),
                    excerpt(&xc.claim.text)
                )
            }
            None if f[F::NegatedAnswer as usize] > 0.0 => {
                // The answer is the later of the two.
                let (said, answer) = if a.at.claim < b.at.claim {
                    (a, b)
                } else {
                    (b, a)
                };
                format!(
                    "{} answers {} with a negation, rejecting what was just said of it: {} ~ {}",
                    name(answer),
                    name(said),
                    excerpt(&said.claim.text),
                    excerpt(&answer.claim.text)
                )
            }
            None => format!(
                "{} and {} say opposite things: {} ~ {}",
                name(a),
                name(b),
                excerpt(&a.claim.text),
                excerpt(&b.claim.text)
            ),
        },
        Kind::MutualAccusation => format!(
            "{} and {} accuse each other: {} ~ {}",
            name(a),
            name(b),
            excerpt(&a.claim.text),
            excerpt(&b.claim.text)
        ),
        Kind::Numeric => match same_quantity(a, b) {
            Some((x, y)) => {
                let (qa, qb) = (&a.quantities[x], &b.quantities[y]);
                format!(
                    "{} and {} give different figures for {} {}: {} vs {}",
                    name(a),
                    name(b),
                    qa.unit,
                    qa.event,
                    &a.claim.text[qa.span.clone()],
                    &b.claim.text[qb.span.clone()]
                )
            }
            None => format!("{} and {} give different figures", name(a), name(b)),
        },
        Kind::Outcome => {
            let (w, r) = if a.stances.contains_key(&Stance::Win) {
                (a, b)
            } else {
                (b, a)
            };
            format!(
                "{} reports “{}”, {} reports it “{}”",
                name(w),
                w.stances.get(&Stance::Win).map_or("", String::as_str),
                name(r),
                r.stances.get(&Stance::Repel).map_or("", String::as_str)
            )
        }
        Kind::OpposingCall => {
            let (c, o) = if a.calls() { (a, b) } else { (b, a) };
            format!(
                "{} calls for {}; {} pushes the other way: {}",
                name(c),
                excerpt(&c.claim.text),
                name(o),
                excerpt(&o.claim.text)
            )
        }
        Kind::Framing => match frames(a, b) {
            Some((k, first)) => {
                let (fa, fb, _) = &pairing.framing_text[k];
                let (x, y) = if first { (fa, fb) } else { (fb, fa) };
                format!("{} speaks of “{x}”, {} of “{y}”", name(a), name(b))
            }
            None => format!(
                "{} and {} tell the same matter differently: {} ~ {}",
                name(a),
                name(b),
                excerpt(&a.claim.text),
                excerpt(&b.claim.text)
            ),
        },
    };
    let signals: Vec<String> = weights
        .contributions(f)
        .into_iter()
        .filter(|c| c.2 > 0.0)
        .take(SIGNALS)
        .map(|(feature, value, part)| {
            if value == 1.0 {
                format!("{} (+{part:.2})", feature.name())
            } else {
                format!("{} {value:.2} (+{part:.2})", feature.name())
            }
        })
        .collect();
    format!(
        "{head}. Signals: {}; p = {probability:.2}",
        if signals.is_empty() {
            "none".to_string()
        } else {
            signals.join(", ")
        }
    )
}
