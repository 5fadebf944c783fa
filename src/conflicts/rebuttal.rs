//! What each rebuttal rejects: within its article, the claims it points back to; across the
//! story, how well its object matches every other claim.
//!
//! **Antecedents.** A rebuttal whose object says little or points back (`phủ nhận thông tin
//! này`, `đây là cáo buộc không chính xác`, `cáo buộc`) rejects earlier claims of another
//! party (another speaker, not of its own side): the claims of the party it targets or names,
//! nearest first (at most three); failing that, the nearest earlier such claim within five
//! claims, with the claims that speaker made just before it (an accuser's paragraph); a
//! rebuttal that opens the article (a headline) looks forward instead. A claim that points
//! back without rebutting (`điều này đe dọa …`) is about the claim before it. Antecedents that
//! are rebuttals themselves, calls or questions are never taken: a denial answers an
//! assertion.
//!
//! **Negated claims.** A negated claim rebuts when at least half the weight of the words its
//! negation covers is asserted by another speaker of the story (`chưa bao giờ yêu cầu ông
//! Comey ngừng điều tra` against `đã yêu cầu ông Comey ngừng điều tra`).
//!
//! **Links.** `direct(r, x)`: the best similarity between what rebuttal `r` rejects (its
//! object, or an antecedent's) and what claim `x` says (its object, or an antecedent's).
//! `smooth(r, x)` also goes through one other claim: a co-rebuttal `r2` like `r` that rejects
//! `x`, or a co-assertion `x2` like `x` that `r` rejects (the weaker of the two steps counts).
//! Several papers report one allegation and several parties reject it: every rejection is
//! paired with every report of it, which is how the gold pairs a story's claims.

use std::collections::BTreeSet;

use super::analysis::{Info, Rebuttal};

/// How far back (in claims) an antecedent may be, failing a named party.
const WINDOW: usize = 5;
/// Antecedents taken from the named parties.
const MAX_NAMED: usize = 3;
/// Share of a negation's scope another claim must assert for the negation to rebut it.
const NEGATION_MATCH: f32 = 0.5;
/// A link at least this strong counts a rejection for [`Links::support`].
pub(crate) const SUPPORT_LINK: f32 = 0.2;

/// Finds the antecedents of the claims of one article (`range`: their indices in `claims`,
/// in claim order) and widens each claim's `about` with them.
pub(crate) fn resolve_antecedents(claims: &mut [Info], range: std::ops::Range<usize>) {
    let doc = range.clone();
    for k in range.clone() {
        let c = &claims[k];
        let mut ants: Vec<usize> = Vec::new();
        if c.lexical_rebuttal() && (c.short_object || c.anaphoric) {
            // Another party (another speaker, and not of the rebutter's own side) that asserts
            // something: a call or a question asserts nothing to deny.
            let other_party = |x: &Info| {
                x.speaker != c.speaker
                    && (x.side.is_none() || c.side.is_none() || x.side != c.side)
                    && !x.calls()
                    && !x.claim.text.trim_end().ends_with('?')
            };
            let mut named: Vec<usize> = doc
                .clone()
                .filter(|&a| {
                    let x = &claims[a];
                    a != k
                        && other_party(x)
                        && !x.lexical_rebuttal()
                        && (c.targets_party_of(x) || c.mentions(x))
                })
                .collect();
            if !named.is_empty() {
                named.sort_by_key(|&a| (a.abs_diff(k), a));
                named.truncate(MAX_NAMED);
                ants = named;
            } else {
                let eligible = |a: usize| {
                    let x = &claims[a];
                    other_party(x) && !x.lexical_rebuttal()
                };
                let previous: Vec<usize> = (doc.start.max(k.saturating_sub(WINDOW))..k)
                    .filter(|&a| eligible(a))
                    .collect();
                if let Some(&first) = previous.last() {
                    ants.push(first);
                    for &a in previous[..previous.len() - 1].iter().rev() {
                        let last = *ants.last().unwrap_or(&first);
                        if claims[a].speaker == claims[first].speaker && last - a <= 2 {
                            ants.push(a);
                        } else {
                            break;
                        }
                    }
                } else if k - doc.start <= 1 {
                    ants.extend(
                        (k + 1..doc.end.min(k + 1 + WINDOW))
                            .filter(|&a| eligible(a))
                            .take(1),
                    );
                }
            }
        } else if c.anaphoric && !c.lexical_rebuttal() && k > doc.start {
            ants.push(k - 1);
        }
        let mut about = claims[k].object.clone();
        for &a in &ants {
            about = about.union(&claims[a].object);
        }
        claims[k].about = about;
        claims[k].antecedents = ants;
    }
}

/// Marks the negated claims whose negation another speaker of the same section (an
/// article, or a part of a long one) asserts as rebuttals. (Only there: in a story of forty
/// articles nearly every negation finds its words asserted somewhere.)
pub(crate) fn negation_rebuttals(claims: &mut [Info]) {
    let mut found: Vec<(usize, f32)> = Vec::new();
    for (k, c) in claims.iter().enumerate() {
        if !c.negated || c.rebuts() || c.scope.total() <= 0.0 {
            continue;
        }
        let best = claims
            .iter()
            .filter(|x| x.speaker != c.speaker && !x.negated && !x.lexical_rebuttal())
            .map(|x| c.scope.shared(&x.words) / c.scope.total())
            .fold(0.0f32, f32::max);
        if best >= NEGATION_MATCH {
            found.push((k, best));
        }
    }
    for (k, share) in found {
        claims[k].rebuttal = Rebuttal::Negation(share);
    }
}

/// The links between the rebuttals and the other claims of a range of a story's claims (the
/// whole story, or one article).
#[derive(Debug, Default)]
pub(crate) struct Links {
    /// The first claim of the range (claims are given by their index in the story).
    start: usize,
    /// For each claim, its row among the rebuttals or its column among the others.
    slot: Vec<usize>,
    rebuttals: usize,
    others: usize,
    direct: Vec<f32>,
    smooth: Vec<f32>,
    /// For each (rebuttal, other) cell: how many others the rebuttal matches strictly better
    /// (its rank in the rebuttal's row), and how many rebuttals match the other strictly
    /// better (its rank in the other's column).
    rank_row: Vec<u32>,
    rank_col: Vec<u32>,
    /// Distinct rebutting speakers linked to each other claim, and distinct speakers each
    /// rebuttal is linked to.
    rejecters: Vec<usize>,
    rejected: Vec<usize>,
    /// Side pairs (sorted) that a claim of the story sets against each other by a target.
    pub opposed: BTreeSet<(String, String)>,
    /// For each claim, the similarity of what it is about to what the range's rebuttals
    /// reject, all together (their `about` sets, each of unit length, summed; a rebuttal is
    /// compared with the others').
    dispute: Vec<f32>,
}

impl Links {
    /// Links the claims `range` of one story (rebuttals marked).
    pub(crate) fn new(story: &[Info], range: std::ops::Range<usize>) -> Links {
        let start = range.start;
        let claims = &story[range];
        let n = claims.len();
        let mut slot = vec![0; n];
        let (mut rs, mut xs) = (Vec::new(), Vec::new());
        for (k, c) in claims.iter().enumerate() {
            if c.rebuts() {
                slot[k] = rs.len();
                rs.push(k);
            } else {
                slot[k] = xs.len();
                xs.push(k);
            }
        }
        // What each claim stands for: its object and its antecedents'.
        let reps = |k: usize| {
            std::iter::once(&claims[k].object).chain(
                claims[k]
                    .antecedents
                    .iter()
                    .filter_map(move |&a| a.checked_sub(start).and_then(|a| claims.get(a)))
                    .map(|c| &c.object),
            )
        };
        let msim = |p: usize, q: usize| {
            let mut best = 0.0f32;
            for u in reps(p) {
                for v in reps(q) {
                    best = best.max(u.similarity(v));
                }
            }
            best
        };
        let (r, x) = (rs.len(), xs.len());
        let mut direct = vec![0.0f32; r * x];
        for (i, &p) in rs.iter().enumerate() {
            for (j, &q) in xs.iter().enumerate() {
                if claims[p].speaker != claims[q].speaker {
                    direct[i * x + j] = msim(p, q);
                }
            }
        }
        // Ranks of each direct link in its row and its column: relative to the story, so
        // that a story of many claims does not lift every link at once.
        let mut rank_row = vec![0u32; r * x];
        let mut rank_col = vec![0u32; r * x];
        for i in 0..r {
            let row = &direct[i * x..(i + 1) * x];
            let mut sorted: Vec<f32> = row.to_vec();
            sorted.sort_by(|a, b| b.total_cmp(a));
            for j in 0..x {
                rank_row[i * x + j] = sorted.partition_point(|&v| v > row[j]) as u32;
            }
        }
        for j in 0..x {
            let mut sorted: Vec<f32> = (0..r).map(|i| direct[i * x + j]).collect();
            sorted.sort_by(|a, b| b.total_cmp(a));
            for i in 0..r {
                let v = direct[i * x + j];
                rank_col[i * x + j] = sorted.partition_point(|&w| w > v) as u32;
            }
        }
        let mut smooth = direct.clone();
        if r > 0 && x > 0 {
            let sim_r: Vec<f32> = (0..r * r).map(|k| msim(rs[k / r], rs[k % r])).collect();
            let sim_x: Vec<f32> = (0..x * x).map(|k| msim(xs[k / x], xs[k % x])).collect();
            for i in 0..r {
                for j in 0..x {
                    let (p, q) = (rs[i], xs[j]);
                    if claims[p].speaker == claims[q].speaker {
                        continue;
                    }
                    let mut best = direct[i * x + j];
                    for i2 in 0..r {
                        if i2 != i && claims[rs[i2]].speaker != claims[q].speaker {
                            best = best.max(sim_r[i * r + i2].min(direct[i2 * x + j]));
                        }
                    }
                    for j2 in 0..x {
                        if j2 != j && claims[xs[j2]].speaker != claims[p].speaker {
                            best = best.max(sim_x[j * x + j2].min(direct[i * x + j2]));
                        }
                    }
                    smooth[i * x + j] = best;
                }
            }
        }
        let mut rejecters = vec![0; x];
        let mut rejected = vec![0; r];
        for (j, rejecting) in rejecters.iter_mut().enumerate() {
            let speakers: BTreeSet<&str> = (0..r)
                .filter(|&i| smooth[i * x + j] >= SUPPORT_LINK)
                .map(|i| claims[rs[i]].speaker.as_str())
                .collect();
            *rejecting = speakers.len();
        }
        for (i, rejecting) in rejected.iter_mut().enumerate() {
            let speakers: BTreeSet<&str> = (0..x)
                .filter(|&j| smooth[i * x + j] >= SUPPORT_LINK)
                .map(|j| claims[xs[j]].speaker.as_str())
                .collect();
            *rejecting = speakers.len();
        }
        let mut opposed = BTreeSet::new();
        for a in claims {
            for b in claims {
                if let (Some(sa), Some(sb)) = (&a.side, &b.side) {
                    if sa != sb && a.targets_party_of(b) {
                        let pair = if sa < sb {
                            (sa.clone(), sb.clone())
                        } else {
                            (sb.clone(), sa.clone())
                        };
                        opposed.insert(pair);
                    }
                }
            }
        }
        // The rebuttals' centroid.
        let unit = |k: usize| {
            let t = &claims[k].about;
            let norm = t.iter().map(|(_, w)| w * w).sum::<f32>().sqrt();
            t.iter()
                .map(move |(h, w)| (h, if norm > 0.0 { w / norm } else { 0.0 }))
        };
        let mut centroid: crate::tokens::HashKeyed<f32> = Default::default();
        for &r in &rs {
            for (h, w) in unit(r) {
                *centroid.entry(h).or_default() += w;
            }
        }
        let dispute = (0..n)
            .map(|k| {
                let own = claims[k].rebuts();
                let mut dot = 0.0f32;
                let mut own_part: crate::tokens::HashKeyed<f32> = Default::default();
                if own {
                    own_part.extend(unit(k));
                }
                for (h, w) in unit(k) {
                    let c = centroid.get(&h).copied().unwrap_or(0.0)
                        - own_part.get(&h).copied().unwrap_or(0.0);
                    dot += w * c;
                }
                let norm = centroid
                    .iter()
                    .map(|(h, c)| {
                        let v = c - own_part.get(h).copied().unwrap_or(0.0);
                        v * v
                    })
                    .sum::<f32>()
                    .sqrt();
                if norm > 0.0 {
                    (dot / norm).clamp(0.0, 1.0)
                } else {
                    0.0
                }
            })
            .collect();
        Links {
            start,
            dispute,
            slot,
            rebuttals: r,
            others: x,
            direct,
            smooth,
            rank_row,
            rank_col,
            rejecters,
            rejected,
            opposed,
        }
    }

    /// `(direct, smooth)` for rebuttal `r` and other claim `x` (indices into the story).
    pub(crate) fn link(&self, r: usize, x: usize) -> (f32, f32) {
        let (r, x) = (r - self.start, x - self.start);
        let k = self.slot[r] * self.others + self.slot[x];
        debug_assert!(self.slot[r] < self.rebuttals);
        (self.direct[k], self.smooth[k])
    }

    /// The rank of `x` among the claims `r` matches (0: the best) and of `r` among the
    /// rebuttals that match `x`, by direct link.
    pub(crate) fn ranks(&self, r: usize, x: usize) -> (u32, u32) {
        let (r, x) = (r - self.start, x - self.start);
        let k = self.slot[r] * self.others + self.slot[x];
        (self.rank_row[k], self.rank_col[k])
    }

    /// How many speakers reject `x`, and how many speakers' claims `r` rejects.
    pub(crate) fn support(&self, r: usize, x: usize) -> (usize, usize) {
        let (r, x) = (r - self.start, x - self.start);
        (self.rejecters[self.slot[x]], self.rejected[self.slot[r]])
    }

    /// How close claim `k` (an index into the story) is to what the rebuttals reject.
    pub(crate) fn dispute(&self, k: usize) -> f32 {
        self.dispute[k - self.start]
    }
}
