//! The signals the scorer weighs for a pair of claims of one story (see
//! [`crate::rules::PairFeature`] for the list, `rules/pairing.txt` for their weights): where
//! the two stand (same article, how far apart), who speaks (sides, targets), what each does
//! (rebuts, accuses, calls), what they share (words weighted by rarity, names, figures), how
//! well a rebuttal's object matches the other claim, and how many parties reject what.

use crate::rules::{PairFeature as F, Stance};

use super::analysis::Info;
use super::doc::Doc;
use super::model::Features;
use super::rebuttal::Links;

/// Rejecting speakers (and rejected ones) counted for the support feature.
const SUPPORT_CAP: usize = 3;
/// Two contents whose words are this similar are the same words.
pub(crate) const IDENTICAL: f32 = 0.9;
/// A claim with a same-speaker claim this similar in another article was copied there.
pub(crate) const NEAR_COPY: f32 = 0.8;

/// A deny cue's object this similar to a claim's says what that claim says.
pub(crate) const OBJECT_MATCH: f32 = 0.15;
/// A deny cue right after a claim that names its party shares at least this much with it.
pub(crate) const ANSWER_MATCH: f32 = 0.05;
/// The same for other rebuttals (a falsity word, a condemnation, a negation), whose content
/// often says much besides what it rejects.
pub(crate) const OBJECT_MATCH_WEAK: f32 = 0.4;

/// What ties a rebuttal to the claim it is paired with, within an article: without one of
/// these, a rebuttal next to a claim is not an answer to it (on a read sample of the bulk
/// corpus, 3 in 4 such denials were wrong: the rebuttal answered a statement that was not
/// extracted, or its own side).
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Ground {
    /// The claim accuses the rebutter's party.
    Accused,
    /// The rebuttal points back to the claim, and says nothing of its own (`phủ nhận điều
    /// này`), or the two speak for sides set against each other and the claim is the nearest
    /// it points back to. (A long rebuttal that names
    /// the speaker it points back to was wrong in 6 of 6 pairs read on the bulk corpus, a
    /// short falsity judgement of "the story" in 10 of 14.)
    PointsBack,
    /// The rebuttal's short object names the claim's speaker (`cáo buộc của Triều Tiên`).
    Named,
    /// A deny cue right after a claim that names the denier's party, sharing some of its
    /// words (`Azerbaijan tuyên bố … loại bỏ các đơn vị quân đội Armenia …. Armenia phủ nhận
    /// việc có quân đội trong khu vực`).
    Answers(f32),
    /// What the rebuttal rejects is what the claim says (the similarity of the two), and the
    /// claim does not negate it itself (two denials of one report agree).
    Object(f32),
    /// The rebuttal is one of a run of its side's claims with another rebuttal tied to the
    /// claim, and points back to the claim too (`Nhà Trắng khẳng định đây là cáo buộc không
    /// chính xác. … ông McMaster: "Câu chuyện mà báo đăng tối nay là sai lệch"`): one side's
    /// answer told in several claims.
    Continues,
}

/// How many claims either way a rebuttal looks for another of its side's run tied to the
/// claim ([`Ground::Continues`]), over claims of that side only.
const CONTINUES_WITHIN: usize = 4;

/// Whether claim `x` negates what rebuttal `r` rejects: at least half the weight of the words
/// its negation covers is in the rebuttal's object. Then the two deny the same thing and
/// agree (`không có việc học sinh bị hiếp dâm` beside `phủ nhận thông tin học sinh bị hiếp
/// dâm`).
fn negates_too(x: &Info, r: &Info) -> bool {
    x.negated && x.scope.total() > 0.0 && x.scope.shared(&r.object) >= 0.5 * x.scope.total()
}

/// One story, analysed: its claims (article by article, in claim order) and their links.
/// A pair within one article is judged on its article's links, a pair across articles on the
/// story's: a within-article pair then scores the same whatever articles happen to share its
/// story (forty in a corpus, one on the command line).
pub(crate) struct Story<'a> {
    pub claims: Vec<Info<'a>>,
    /// Links over the whole story.
    pub links: Links,
    /// Links within each article, and the article of each claim (index into it).
    articles: Vec<Links>,
    article_of: Vec<usize>,
    /// For each claim, the articles (document indices) where the same speaker says nearly
    /// the same.
    pub copies: Vec<Vec<usize>>,
}

impl<'a> Story<'a> {
    /// The story of `claims` (antecedents resolved; `sections` are its articles, long ones cut
    /// in parts): finds negation rebuttals, links, and, when `across` (pairs across articles
    /// wanted), the links over the whole story and the copies.
    pub(crate) fn new(
        mut claims: Vec<Info<'a>>,
        sections: &[std::ops::Range<usize>],
        across: bool,
    ) -> Story<'a> {
        for r in sections {
            super::rebuttal::negation_rebuttals(&mut claims[r.clone()]);
        }
        let links = if across {
            Links::new(&claims, 0..claims.len())
        } else {
            Links::default()
        };
        let articles = sections
            .iter()
            .map(|r| Links::new(&claims, r.clone()))
            .collect();
        let mut article_of = vec![0; claims.len()];
        for (a, r) in sections.iter().enumerate() {
            for k in r.clone() {
                article_of[k] = a;
            }
        }
        // Same-speaker claims of different articles, compared by speaker.
        let mut copies = vec![Vec::new(); claims.len()];
        if across {
            let mut by_speaker: std::collections::BTreeMap<&str, Vec<usize>> = Default::default();
            for (i, c) in claims.iter().enumerate() {
                by_speaker.entry(c.speaker.as_str()).or_default().push(i);
            }
            for group in by_speaker.values() {
                for &i in group {
                    for &j in group {
                        let (a, b) = (&claims[i], &claims[j]);
                        if a.at.doc != b.at.doc
                            && !copies[i].contains(&b.at.doc)
                            && a.words.similarity(&b.words) >= NEAR_COPY
                        {
                            copies[i].push(b.at.doc);
                        }
                    }
                }
            }
        }
        Story {
            claims,
            links,
            articles,
            article_of,
            copies,
        }
    }

    /// The rebuttal and the other claim of a pair where exactly one rebuts.
    pub(crate) fn rebuttal_and_other(&self, i: usize, j: usize) -> Option<(usize, usize)> {
        match (self.claims[i].rebuts(), self.claims[j].rebuts()) {
            (true, false) => Some((i, j)),
            (false, true) => Some((j, i)),
            _ => None,
        }
    }

    /// Whether the sides of claims `i` and `j` are known, differ, and are set against each
    /// other by a target (within their article when they share one, else in the story).
    pub(crate) fn opposed(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.claims[i], &self.claims[j]);
        let links = if a.at.doc != b.at.doc {
            &self.links
        } else {
            &self.articles[self.article_of[i]]
        };
        match (&a.side, &b.side) {
            (Some(sa), Some(sb)) if sa != sb => {
                let key = if sa < sb {
                    (sa.clone(), sb.clone())
                } else {
                    (sb.clone(), sa.clone())
                };
                links.opposed.contains(&key)
            }
            _ => false,
        }
    }

    /// What ties rebuttal `r` to claim `x` (see [`Ground`]), if anything.
    pub(crate) fn ground(&self, r: usize, x: usize) -> Option<Ground> {
        self.own_ground(r, x).or_else(|| self.continued(r, x))
    }

    /// [`Ground::Continues`]: another rebuttal `p` of the same article and side, after `x` and
    /// at most [`CONTINUES_WITHIN`] claims from `r` with only claims of that side between (a
    /// side's answer told in a run of claims), is tied to `x` on its own, and `r` points back
    /// to `x` too.
    fn continued(&self, r: usize, x: usize) -> Option<Ground> {
        let rc = &self.claims[r];
        let side = rc.side.as_ref()?;
        if rc.rumour || x >= r || self.claims[x].at.doc != rc.at.doc || !rc.antecedents.contains(&x)
        {
            return None;
        }
        let of_side = |k: usize| {
            self.claims
                .get(k)
                .is_some_and(|c| c.at.doc == rc.at.doc && c.side.as_ref() == Some(side))
        };
        let tied = |p: usize| self.claims[p].rebuts() && self.own_ground(p, x).is_some();
        // Back towards `x`, then on after `r`, each way over claims of the side only.
        let back = (1..=CONTINUES_WITHIN)
            .map_while(|d| r.checked_sub(d).filter(|&p| p > x && of_side(p)))
            .any(tied);
        let on = || {
            (1..=CONTINUES_WITHIN)
                .map_while(|d| Some(r + d).filter(|&p| of_side(p)))
                .any(tied)
        };
        (back || on()).then_some(Ground::Continues)
    }

    /// What ties rebuttal `r` to claim `x` by themselves.
    fn own_ground(&self, r: usize, x: usize) -> Option<Ground> {
        use super::analysis::Rebuttal;
        let (rc, xc) = (&self.claims[r], &self.claims[x]);
        if xc.accuses() && xc.targets_party_of(rc) {
            return Some(Ground::Accused);
        }
        // A denied rumour is talk no claim was shown saying: only a claim that says what it
        // denies is answered (on the bulk corpus, the rumour denials tied by pointing back were
        // wrong in 2 of 2 read: a photo caption, the public's epithet).
        if rc.rumour {
            let sim = rc.object.similarity(&xc.object);
            return (sim >= OBJECT_MATCH && !negates_too(xc, rc) && !xc.denies_fact)
                .then_some(Ground::Object(sim));
        }
        // Else what it answers was said before it, unless the two sides are set against each
        // other (a headline denial paired with a later claim of the article, sides not
        // opposed, was wrong in 5 of 5 pairs read on the bulk corpus).
        if xc.at.doc == rc.at.doc && xc.at.claim > rc.at.claim && !self.opposed(r, x) {
            return None;
        }
        // Between the claim and the rebuttal, the article says outside its claims that an
        // accusation was made (`… cắt đứt quan hệ với Qatar với lý do Doha ủng hộ khủng bố.
        // Qatar bác bỏ cáo buộc.`): the rebuttal answers that, not an earlier claim that does
        // not accuse (on the bulk corpus, 7 of 19 wrong denials of a read sample).
        let answers_unextracted = xc.at.doc == rc.at.doc
            && x < r
            && !xc.accuses()
            && (x + 1..=r).any(|k| self.claims[k].claim.charge_before);
        let nearest = rc.antecedents.first() == Some(&x);
        // A rebuttal that says nothing of its own (`phủ nhận thông tin này`) answers what was
        // said of its party: an accusation, a claim that names or targets it, or one from a
        // side set against it. (On two read samples of the bulk corpus, bare rebuttals tied to
        // a claim that was none of these were wrong in 16 of 22: their real antecedent was not
        // extracted, and the nearest claim was a third party's comment.)
        let of_rebutter =
            xc.accuses() || xc.names_party_of(rc) || xc.targets_party_of(rc) || self.opposed(r, x);
        // A rebuttal pointing back past an accusation of its party, made between the claim
        // and the rebuttal, answers that accusation, not a statement or an action before it
        // (`UAE … tuyên bố cắt đứt quan hệ ngoại giao với Qatar … cáo buộc Doha ủng hộ khủng bố.
        // Qatar bác bỏ những cáo buộc`: 3 of 17 wrong denials of a read bulk sample; the rule
        // took 4 such pairs, all wrong, off the bulk corpus).
        let accusation_instead = !xc.accuses()
            && rc.antecedents.iter().any(|&a| {
                let ac = &self.claims[a];
                // Its target may be a pronoun left unresolved (`cáo buộc nước này …`).
                x < a
                    && a < r
                    && ac.accuses()
                    && (ac.targets_party_of(rc) || ac.side.is_some() && ac.side != rc.side)
            });
        if rc.antecedents.contains(&x)
            && !answers_unextracted
            && !accusation_instead
            && ((rc.bare_object && of_rebutter)
                || (rc.short_object && rc.mentions(xc))
                || (nearest && self.opposed(r, x)))
        {
            return Some(Ground::PointsBack);
        }
        if rc.short_object && rc.mentions(xc) && !answers_unextracted {
            return Some(Ground::Named);
        }
        let sim = rc.object.similarity(&xc.object);
        if rc.rebuttal == Rebuttal::DenyCue
            && !answers_unextracted
            && rc.at.doc == xc.at.doc
            && rc.at.claim == xc.at.claim + 1
            && (xc.mentions(rc) || xc.targets_party_of(rc))
            && sim >= ANSWER_MATCH
        {
            return Some(Ground::Answers(sim));
        }
        let needed = if rc.rebuttal == Rebuttal::DenyCue {
            OBJECT_MATCH
        } else {
            OBJECT_MATCH_WEAK
        };
        // A claim that itself denies a fact (`không có chuyện cán bộ công an hành hung …`)
        // shares the words of what a rebuttal rejects because both deny it: they agree. So
        // does one whose speaker denies it in another claim (the headmistress says there was
        // no rape and that spreading the story harms her pupils; the police deny the story).
        (sim >= needed && !negates_too(xc, rc) && !xc.denies_fact && !self.denied_by_speaker(x, r))
            .then_some(Ground::Object(sim))
    }

    /// Whether the speaker of claim `x` denies, in a claim of its article, what rebuttal `r`
    /// rejects: its negation covers the rebuttal's object, or it rebuts the same words.
    fn denied_by_speaker(&self, x: usize, r: usize) -> bool {
        let (xc, rc) = (&self.claims[x], &self.claims[r]);
        self.claims.iter().enumerate().any(|(k, kc)| {
            k != r
                && kc.at.doc == xc.at.doc
                && kc.speaker == xc.speaker
                && (negates_too(kc, rc)
                    || (kc.rebuts() && kc.object.similarity(&rc.object) >= OBJECT_MATCH))
        })
    }

    /// The features of claims `i` and `j` of the story.
    pub(crate) fn features(&self, i: usize, j: usize, docs: &[&Doc]) -> Features {
        let (a, b) = (&self.claims[i], &self.claims[j]);
        let mut f: Features = [0.0; F::COUNT];
        let mut set = |feature: F, value: f64| f[feature as usize] = value;
        let flag = |b: bool| if b { 1.0 } else { 0.0 };
        let across = a.at.doc != b.at.doc;
        if !across {
            let d = a.at.claim.abs_diff(b.at.claim);
            set(F::Adjacent, flag(d == 1));
            set(F::Near, flag((2..=3).contains(&d)));
            set(F::Mid, flag((4..=7).contains(&d)));
        }
        // A pair within one article is judged on its article's links alone.
        let links = if across {
            &self.links
        } else {
            &self.articles[self.article_of[i]]
        };
        if let (Some(sa), Some(sb)) = (&a.side, &b.side) {
            set(F::SameSide, flag(sa == sb));
            set(F::DiffSide, flag(sa != sb));
        }
        let opposed = self.opposed(i, j);
        set(F::SidesOpposed, flag(opposed));
        let (ta, tb) = (a.targets_party_of(b), b.targets_party_of(a));
        set(F::TargetLink, flag(ta || tb));
        set(F::MutualTarget, flag(ta && tb));
        let (ra, rb) = (a.rebuts(), b.rebuts());
        set(F::OneRebuttal, flag(ra != rb));
        set(F::BothRebuttals, flag(ra && rb));
        set(F::BothAccuse, flag(a.accuses() && b.accuses()));
        let deny = |x: &Info| x.class == crate::rules::CueClass::Deny && !x.refusal;
        set(
            F::AccuseDeny,
            flag((a.accuses() && deny(b)) || (b.accuses() && deny(a))),
        );
        set(F::CallCall, flag(a.calls() && b.calls()));
        set(
            F::CallModal,
            flag((a.calls() && b.modal && !b.calls()) || (b.calls() && a.modal && !a.calls())),
        );
        set(
            F::CallStopPush,
            flag(
                (a.calls() && a.stop && b.push && !b.calls())
                    || (b.calls() && b.stop && a.push && !a.calls()),
            ),
        );
        let sim = f64::from(a.object.similarity(&b.object));
        set(F::Similarity, sim);
        set(F::SimilarityAbout, f64::from(a.about.similarity(&b.about)));
        set(F::Identical, flag(a.words.similarity(&b.words) > IDENTICAL));
        let shared_names = a.names.iter().filter(|n| b.names.binary_search(n).is_ok());
        set(F::NamesShared, shared_names.count().min(3) as f64 / 3.0);
        if let Some((r, x)) = self.rebuttal_and_other(i, j) {
            let (direct, smooth) = links.link(r, x);
            set(F::Link, f64::from(direct));
            set(F::LinkSmooth, f64::from(smooth));
            // Reciprocal ranks: is the other claim what this rebuttal matches best, and is
            // this rebuttal what matches the other claim best (0 without a direct link).
            let (row, col) = links.ranks(r, x);
            let reciprocal = |rank: u32| {
                if direct > 0.0 {
                    1.0 / f64::from(rank + 1)
                } else {
                    0.0
                }
            };
            set(F::LinkRank, reciprocal(row));
            set(F::LinkRankBack, reciprocal(col));
            set(F::Antecedent, flag(self.claims[r].antecedents.contains(&x)));
            // Counted up to SUPPORT_CAP each, so that a story told by forty papers does not
            // weigh more than the dev stories the weight was fitted on.
            let (rejecters, rejected) = links.support(r, x);
            let capped = |n: usize| (n.min(SUPPORT_CAP) as f64).ln_1p();
            set(F::Support, capped(rejecters) * capped(rejected));
            set(
                F::RebuttalNames,
                flag(self.claims[r].mentions(&self.claims[x])),
            );
            set(F::Dispute, f64::from(links.dispute(x)));
        }

        set(
            F::Conditional,
            flag((a.conditional && !ra) || (b.conditional && !rb)),
        );
        set(F::NegationSimilarity, flag(a.negated != b.negated) * sim);
        set(
            F::NumberDiff,
            flag(
                !a.numbers.is_empty()
                    && !b.numbers.is_empty()
                    && a.numbers != b.numbers
                    && sim > 0.2,
            ),
        );
        if across {
            let (da, db) = (docs[a.at.doc], docs[b.at.doc]);
            set(F::ArticleSimilarity, da.profile.similarity(&db.profile));
            set(
                F::Copied,
                flag(self.copies[i].contains(&b.at.doc) || self.copies[j].contains(&a.at.doc)),
            );
        }
        // The halves of one reciprocal claim accuse each other only when they accuse: `hai
        // bên đã thông báo cho nhau tình hình mỗi nước` ("informed each other") is no clash
        // (3 of 18 bulk reciprocal pairs were such statements).
        set(
            F::Reciprocal,
            flag(
                !across
                    && a.claim.reciprocal
                    && b.claim.reciprocal
                    && a.claim.span == b.claim.span
                    && a.accuses()
                    && b.accuses(),
            ),
        );
        let has = |x: &Info, s: Stance| x.stances.contains_key(&s);
        // A gain against a repelled attack, told by two sides set against each other (by a
        // target of one at the other, here or elsewhere in the article): told by one side, or
        // by a reporter and a side, the two accounts were nearly always of different actions
        // or the same one (0 of 14 read on the bulk corpus were such clashes).
        set(
            F::WinRepel,
            flag(
                ((has(a, Stance::Win) && has(b, Stance::Repel))
                    || (has(b, Stance::Win) && has(a, Stance::Repel)))
                    && (opposed || ta || tb),
            ),
        );
        let peace_war = |x: &Info, y: &Info| {
            x.calls() && has(x, Stance::Peace) && has(y, Stance::War) && !y.negated
        };
        set(F::PeaceWar, flag(peace_war(a, b) || peace_war(b, a)));
        set(F::Frames, flag(frames(a, b).is_some()));
        // The denial comes right after what it answers, which names the denier.
        // The answer rebuts, or denies a fact (`không có`) for a side set against the
        // other's: a plain negation next to a claim naming its speaker's country answered it
        // in 2 of 12 pairs read on the bulk corpus, and in none of 7 between opposed sides.
        let answers = |neg: &Info, other: &Info| {
            (neg.rebuts() || (neg.denies_fact && opposed))
                && !other.negated
                && !other.rebuts()
                && !other.calls()
                && neg.at.claim == other.at.claim + 1
                && (other.mentions(neg) || other.targets_party_of(neg))
        };
        set(
            F::NegatedAnswer,
            flag(
                !across
                    && a.side.is_some()
                    && b.side.is_some()
                    && a.side != b.side
                    && (answers(a, b) || answers(b, a)),
            ),
        );
        set(F::SameQuantity, flag(same_quantity(a, b).is_some()));
        f
    }
}

/// A framing both claims use from opposite sides: (its index, `a`'s side is the first).
pub(crate) fn frames(a: &Info, b: &Info) -> Option<(usize, bool)> {
    a.frames
        .iter()
        .find(|&&(i, side)| b.frames.contains(&(i, !side)))
        .copied()
}

/// Two figures, one in each claim, that count the same thing (unit, event, victim, and the
/// same date when both claims have one) and do not agree: indices into the quantities.
pub(crate) fn same_quantity(a: &Info, b: &Info) -> Option<(usize, usize)> {
    if let (Some(da), Some(db)) = (&a.claim.date, &b.claim.date) {
        if da != db {
            return None;
        }
    }
    for (x, qa) in a.quantities.iter().enumerate() {
        for (y, qb) in b.quantities.iter().enumerate() {
            if qa.victim.is_some()
                && qa.victim == qb.victim
                && qa.unit == qb.unit
                && qa.event == qb.event
                && (qa.high < qb.low || qb.high < qa.low)
            {
                return Some((x, y));
            }
        }
    }
    None
}
