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

use crate::lang::{Arg, Lang, Phrase};
use crate::rules::{Label, PairFeature as F, Stance};

use super::analysis::{Info, Rebuttal};
use super::doc::Kind;
use super::features::{frames, same_quantity, Ground, Story};
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

/// How a rebuttal rebuts, for a reason (`None` for a claim that does not rebut).
fn how(r: &Info) -> Option<Phrase> {
    Some(match &r.rebuttal {
        Rebuttal::DenyCue => Phrase::new(Label::HowDeny, [Label::class(r.claim.class).into()]),
        Rebuttal::Falsity(w) => Phrase::new(Label::HowFalsity, [w.as_str().into()]),
        Rebuttal::Condemns => Phrase::new(Label::HowCondemn, []),
        Rebuttal::Negation(s) => {
            Phrase::new(Label::HowNegation, [format!("{:.0}", s * 100.0).into()])
        }
        Rebuttal::None => return None,
    })
}

/// What ties a rebuttal to the claim it rejects, for a reason.
fn tie(g: Ground) -> Phrase {
    match g {
        Ground::Accused => Phrase::new(Label::TieAccused, []),
        Ground::PointsBack => Phrase::new(Label::TiePointsBack, []),
        Ground::Named => Phrase::new(Label::TieNamed, []),
        Ground::Answers(s) => Phrase::new(Label::TieAnswers, [format!("{s:.2}").into()]),
        Ground::Object(s) => Phrase::new(Label::TieObject, [format!("{s:.2}").into()]),
        Ground::Continues => Phrase::new(Label::TieContinues, []),
    }
}

/// What rebuttal `r` rejects, for a reason: its object, and the claims it points back to.
fn object(story: &Story, r: usize) -> Phrase {
    let c = &story.claims[r];
    let own = if c.object_text.is_empty() {
        Phrase::new(Label::ObjectNone, [])
    } else {
        Phrase::new(Label::ObjectText, [excerpt(&c.object_text).into()])
    };
    if c.antecedents.is_empty() {
        return own;
    }
    let ants: Vec<String> = c
        .antecedents
        .iter()
        .map(|&a| format!("c{}", story.claims[a].at.claim + 1))
        .collect();
    Phrase::new(Label::ObjectBack, [own.into(), ants.join(", ").into()])
}

/// The reason for pair `i`, `j`: what clashes, then the signals that weighed most, in English
/// (the `why` of the report; the renderers read it back to show it in another language).
pub(crate) fn why(
    story: &Story,
    i: usize,
    j: usize,
    kind: Kind,
    f: &Features,
    weights: &Weights,
    pairing: &Pairing,
) -> String {
    reason(story, i, j, kind, f, weights, pairing).write(Lang::En)
}

/// The reason for pair `i`, `j`, as a phrase of the label table.
fn reason(
    story: &Story,
    i: usize,
    j: usize,
    kind: Kind,
    f: &Features,
    weights: &Weights,
    pairing: &Pairing,
) -> Phrase {
    let probability = weights.probability(f);
    let (a, b) = (&story.claims[i], &story.claims[j]);
    let name = |x: &Info| Arg::from(x.claim.speaker.as_str());
    let said = |x: &Info| Arg::from(excerpt(&x.claim.text));
    let head = match kind {
        Kind::Denial => match story
            .rebuttal_and_other(i, j)
            .and_then(|(r, x)| Some((r, x, how(&story.claims[r])?)))
        {
            Some((r, x, how)) => {
                let (rc, xc) = (&story.claims[r], &story.claims[x]);
                let args = [
                    name(rc),
                    how.into(),
                    object(story, r).into(),
                    name(xc),
                    said(xc),
                ];
                // What ties the rebuttal to the other claim, when one does.
                match story.ground(r, x) {
                    Some(g) => {
                        let [speaker, how, object, other, said] = args;
                        Phrase::new(
                            Label::ReasonRebuttalTied,
                            [speaker, how, object, other, said, tie(g).into()],
                        )
                    }
                    None => Phrase::new(Label::ReasonRebuttal, args),
                }
            }
            None if f[F::NegatedAnswer as usize] > 0.0 => {
                // The answer is the later of the two.
                let (earlier, answer) = if a.at.claim < b.at.claim {
                    (a, b)
                } else {
                    (b, a)
                };
                Phrase::new(
                    Label::ReasonNegatedAnswer,
                    [name(answer), name(earlier), said(earlier), said(answer)],
                )
            }
            None => Phrase::new(Label::ReasonOpposite, [name(a), name(b), said(a), said(b)]),
        },
        Kind::MutualAccusation => {
            Phrase::new(Label::ReasonMutual, [name(a), name(b), said(a), said(b)])
        }
        Kind::Numeric => match same_quantity(a, b) {
            Some((x, y)) => {
                let (qa, qb) = (&a.quantities[x], &b.quantities[y]);
                Phrase::new(
                    Label::ReasonFigures,
                    [
                        name(a),
                        name(b),
                        format!("{} {}", qa.unit, qa.event).into(),
                        a.claim.text[qa.span.clone()].into(),
                        b.claim.text[qb.span.clone()].into(),
                    ],
                )
            }
            None => Phrase::new(Label::ReasonFiguresOnly, [name(a), name(b)]),
        },
        Kind::Outcome => {
            let (w, r) = if a.stances.contains_key(&Stance::Win) {
                (a, b)
            } else {
                (b, a)
            };
            let stance =
                |x: &Info, s: Stance| Arg::from(x.stances.get(&s).map_or("", String::as_str));
            Phrase::new(
                Label::ReasonOutcome,
                [
                    name(w),
                    stance(w, Stance::Win),
                    name(r),
                    stance(r, Stance::Repel),
                ],
            )
        }
        Kind::OpposingCall => {
            let (c, o) = if a.calls() { (a, b) } else { (b, a) };
            Phrase::new(Label::ReasonCall, [name(c), said(c), name(o), said(o)])
        }
        Kind::Framing => match frames(a, b) {
            Some((k, first)) => {
                let (fa, fb, _) = &pairing.framing_text[k];
                let (x, y) = if first { (fa, fb) } else { (fb, fa) };
                Phrase::new(
                    Label::ReasonFraming,
                    [name(a), x.as_str().into(), name(b), y.as_str().into()],
                )
            }
            None => Phrase::new(
                Label::ReasonFramingText,
                [name(a), name(b), said(a), said(b)],
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
    let signals = if signals.is_empty() {
        Arg::from(Label::NoSignals)
    } else {
        Arg::from(signals.join(", "))
    };
    Phrase::new(
        Label::Why,
        [head.into(), signals, format!("{probability:.2}").into()],
    )
}
