//! Stage 5: claims → pairs of claims that clash, within and across articles.
//!
//! The input is typed: each article's claims as attribution resolved them ([`Doc`]), never the
//! wire format. The output is typed too ([`Pair`]: two claims by position, a kind, a
//! probability, a reason); the report gives claims their ids.
//!
//! How a run is paired, one file per step:
//!
//! - [`stories`]: articles are grouped into stories by the similarity of their openings
//!   (average linkage, capped in size); claims are compared within an article and across the
//!   articles of one story, never further;
//! - [`analysis`]: each claim alone — rebuttal or not and why, its object (what it rejects or
//!   asserts, without the rebuttal's words), names, figures, stances (word lists of
//!   `rules/pairing_words.txt`, `rules/stances.txt`, `rules/framing.txt`, `rules/figures.txt`),
//!   weighted by term rarity ([`terms`], `data/df.tsv`);
//! - [`rebuttal`]: what each rebuttal points back to in its article, which negated claims
//!   rebut an assertion of the story, and how well each rebuttal's object matches each claim
//!   of the story;
//! - [`features`]: the signals of a pair; [`model`]: two logistic regressions (within one
//!   article, across two) with the weights of `rules/pairing.txt`, fitted on the dev gold by
//!   `examples/fit_pairing.rs`, whose probability is the pair's score;
//! - [`kinds`]: the kind of a pair above its threshold, and its reason.
//!
//! Hard gates, where the data says so: a speaker never clashes with itself (no gold pair
//! does), and claims of articles whose periods do not overlap are never in one story.

use crate::par::*;

mod analysis;
mod doc;
mod features;
mod kinds;
mod model;
mod rebuttal;
mod stories;
pub(crate) mod terms;
mod words;

pub use doc::{ClaimAt, Doc, Kind, Pair};
pub(crate) use model::Features;
pub(crate) use words::Pairing;

use features::Story;

// The candidates, stories and the dump are what `crate::fit` (cargo feature `fit`) reads.

/// A pair of claims the scorer weighed: where they are, their story (the index of its first
/// article), its features and its probability.
#[cfg_attr(not(feature = "fit"), allow(dead_code))]
#[derive(Clone, Debug)]
pub(crate) struct Candidate {
    pub a: ClaimAt,
    pub b: ClaimAt,
    pub story: usize,
    pub features: Features,
    pub probability: f64,
}

/// What to keep of a story's pairs.
#[cfg_attr(not(feature = "fit"), allow(dead_code))]
#[derive(Clone, Copy, PartialEq, Eq)]
enum Keep {
    /// The pairs above their threshold, as conflicts.
    Conflicts,
    /// Every candidate, for fitting the scorer.
    Candidates,
}

/// Finds the pairs of clashing claims of `documents`, in the order of their claims (document
/// by document, claim by claim); [`crate::report::conflicts()`] gives them ids.
pub fn find(documents: &[&Doc], pairing: &Pairing) -> Vec<Pair> {
    run(documents, pairing, Keep::Conflicts).0
}

/// Every candidate pair of `documents` with its features and probability, for fitting.
#[cfg_attr(not(feature = "fit"), allow(dead_code))]
pub(crate) fn candidates(documents: &[&Doc], pairing: &Pairing) -> Vec<Candidate> {
    run(documents, pairing, Keep::Candidates).1
}

/// The story of each document (the index of the story's first document).
#[cfg_attr(not(feature = "fit"), allow(dead_code))]
pub(crate) fn story_of(documents: &[&Doc]) -> Vec<usize> {
    stories::stories(documents)
}

fn run(documents: &[&Doc], pairing: &Pairing, keep: Keep) -> (Vec<Pair>, Vec<Candidate>) {
    // Without stories (see [`Pairing::stories`]) each article is paired alone.
    let story = if pairing.stories {
        stories::stories(documents)
    } else {
        (0..documents.len()).collect()
    };
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for (d, &s) in story.iter().enumerate() {
        groups.entry(s).or_default().push(d);
    }
    let groups: Vec<(usize, Vec<usize>)> = groups
        .into_iter()
        // Claims of one speaker never pair (see [`pair_story`]): a group needs two speakers
        // (in the bulk corpus, 29 % of the articles with claims have one).
        .filter(|(_, docs)| {
            let mut speakers = docs
                .iter()
                .flat_map(|&d| &documents[d].claims)
                .map(|c| &c.speaker);
            speakers
                .next()
                .is_some_and(|first| speakers.any(|s| s != first))
        })
        .collect();
    let results: Vec<(Vec<Pair>, Vec<Candidate>)> = groups
        .par_iter()
        .map(|(s, docs)| pair_story(documents, *s, docs, pairing, keep))
        .collect();
    let mut pairs = Vec::new();
    let mut candidates = Vec::new();
    for (p, c) in results {
        pairs.extend(p);
        candidates.extend(c);
    }
    pairs.sort_by_key(|p| (p.a, p.b));
    candidates.sort_by_key(|c| (c.a, c.b));
    (pairs, candidates)
}

/// Claims of one article further apart than this (in claims) are not compared: a conflict
/// answers what is near it (in the dev gold, pairs 8 or more claims apart are 2 % conflicts).
const WINDOW: usize = 20;
/// A long article is read in sections of this many claims, each analysed (antecedents,
/// negations, links) on its own, so that a document of 80,000 claims costs 800 sections, not
/// 80,000 squared.
const SECTION: usize = 100;
/// A story of more claims than this is not paired across its articles.
const MAX_STORY_CLAIMS: usize = 1500;

/// The claims of the documents `docs` of one story, analysed, with antecedents resolved, and
/// the sections they are read in (an article, or a part of a long one; in claim order).
fn analyse_story<'a>(
    documents: &[&'a Doc],
    docs: &[usize],
    pairing: &Pairing,
) -> (Vec<analysis::Info<'a>>, Vec<std::ops::Range<usize>>) {
    let mut claims = Vec::new();
    let mut sections = Vec::new();
    for &d in docs {
        let start = claims.len();
        for (ci, c) in documents[d].claims.iter().enumerate() {
            claims.push(analysis::analyse(ClaimAt { doc: d, claim: ci }, c, pairing));
        }
        let end = claims.len();
        let mut s = start;
        while s < end {
            sections.push(s..(s + SECTION).min(end));
            s += SECTION;
        }
    }
    for r in &sections {
        rebuttal::resolve_antecedents(&mut claims, r.clone());
    }
    (claims, sections)
}

/// Pairs the claims of one story: within each article, and across its articles.
fn pair_story(
    documents: &[&Doc],
    story_id: usize,
    docs: &[usize],
    pairing: &Pairing,
    keep: Keep,
) -> (Vec<Pair>, Vec<Candidate>) {
    let (claims, sections) = analyse_story(documents, docs, pairing);
    // Pairs across articles only when the across scorer can report them (a probability never
    // reaches 1) or when fitting, and only in a story small enough to link every claim.
    let across_wanted = (keep == Keep::Candidates || pairing.model.across.threshold < 1.0)
        && docs.len() > 1
        && claims.len() <= MAX_STORY_CLAIMS;
    let story = Story::new(claims, &sections, across_wanted);
    let n = story.claims.len();
    let mut section_of = vec![0; n];
    for (k, r) in sections.iter().enumerate() {
        for i in r.clone() {
            section_of[i] = k;
        }
    }
    let mut pairs = Vec::new();
    let mut candidates = Vec::new();
    // Within a section, claims at most WINDOW apart; across articles, every two claims.
    let claims = &story.claims;
    let partners = |i: usize| {
        let r = &sections[section_of[i]];
        let within = i + 1..r.end.min(i + 1 + WINDOW);
        let across = if across_wanted { r.end..n } else { n..n };
        within.chain(across.filter(move |&j| claims[j].at.doc != claims[i].at.doc))
    };
    for i in 0..n {
        for j in partners(i) {
            let (a, b) = (&story.claims[i], &story.claims[j]);
            // A speaker never clashes with itself, nor with a longer name of itself (`SANA`
            // and `Hãng thông tấn nhà nước SANA của Syria`, `Mai Phương` and `Nguyễn Mai
            // Phương`: on the bulk corpus, 4 of 30 wrong denials in a read sample).
            if a.speaker == b.speaker || analysis::same_name(&a.speaker, &b.speaker) {
                continue;
            }
            let across = a.at.doc != b.at.doc;
            // Across two articles that share the paragraph, a pair is already a pair inside
            // one of them: reported there, not again (the gold's convention).
            if across
                && (story.copies[i].contains(&b.at.doc) || story.copies[j].contains(&a.at.doc))
            {
                continue;
            }
            // Across articles, two contents in nearly the same words are one report of one
            // statement, whoever the two papers name as its speaker (no dev pair is one).
            if across && a.words.similarity(&b.words) > features::IDENTICAL {
                continue;
            }
            // Two speakers of one side clash only when one targets the other or rebuts what
            // the other says (the White House against its own officials): in the dev gold,
            // same-side pairs without either are 1 % conflicts, against 4 % of all pairs.
            if a.side.is_some()
                && a.side == b.side
                && a.rebuts() == b.rebuts()
                && !a.targets_party_of(b)
                && !b.targets_party_of(a)
            {
                continue;
            }
            let f = story.features(i, j, documents);
            // Within an article, a rebuttal pairs only with a claim it is tied to (an
            // accusation of its party, the claim it points back to or names, or one that
            // says what it rejects), unless a detector of its own construction fires.
            if !across && !detector(&f) {
                if let Some((r, x)) = story.rebuttal_and_other(i, j) {
                    if story.ground(r, x).is_none() {
                        continue;
                    }
                }
            }
            // Across articles a pair needs a signal of its own, not only of its story: the
            // rebuttal's object matches the other claim (directly or through a co-rebuttal),
            // a call for peace meets a push for war, a call to stop meets a claim to go on, or
            // the two speakers target each other. Story-wide signals (`support`) grow with the
            // size of a story; on the bulk corpus, stories of forty articles gave them to
            // thousands of unrelated pairs (11,000 cross-article "denials", nearly all noise).
            if across && !pair_specific(&f) {
                continue;
            }
            let weights = pairing.model.weights(across);
            let probability = weights.probability(&f);
            match keep {
                Keep::Candidates => candidates.push(Candidate {
                    a: a.at,
                    b: b.at,
                    story: story_id,
                    features: f,
                    probability,
                }),
                Keep::Conflicts => {
                    if probability < weights.threshold {
                        continue;
                    }
                    let (kind, rule) = kinds::kind(&story, i, j, &f);
                    let why = kinds::why(&story, i, j, kind, &f, weights, pairing);
                    pairs.push(Pair {
                        a: a.at,
                        b: b.at,
                        kind,
                        score: (probability * 100.0).round() / 100.0,
                        why,
                        rule: format!(
                            "{}/{}/{rule}",
                            if across { "across" } else { "within" },
                            kind.as_str()
                        ),
                    });
                }
            }
        }
    }
    (pairs, candidates)
}

/// Whether a detector of one construction fires: the halves of a reciprocal claim, a gain
/// against a repelled attack, a call for peace against a push for war, two figures for one
/// quantity.
fn detector(f: &Features) -> bool {
    use crate::rules::PairFeature as F;
    [F::Reciprocal, F::WinRepel, F::PeaceWar, F::SameQuantity]
        .iter()
        .any(|&k| f[k as usize] > 0.0)
}

/// Whether a pair across articles has a signal of its own (see [`pair_story`]).
fn pair_specific(f: &Features) -> bool {
    use crate::rules::PairFeature as F;
    (f[F::LinkSmooth as usize] >= f64::from(rebuttal::SUPPORT_LINK)
        && f[F::LinkRank as usize].max(f[F::LinkRankBack as usize]) >= 1.0)
        || f[F::PeaceWar as usize] > 0.0
        || f[F::CallStopPush as usize] > 0.0
        || f[F::MutualTarget as usize] > 0.0
}

/// A readable dump of what pairing makes of the claims of `documents`, story by story: each
/// claim's rebuttal, object and antecedents (for tuning and review).
#[cfg_attr(not(feature = "fit"), allow(dead_code))]
pub(crate) fn explain(documents: &[&Doc], pairing: &Pairing) -> String {
    use std::fmt::Write as _;
    let story = stories::stories(documents);
    let mut groups: std::collections::BTreeMap<usize, Vec<usize>> = Default::default();
    for (d, &s) in story.iter().enumerate() {
        groups.entry(s).or_default().push(d);
    }
    let mut out = String::new();
    for docs in groups.values() {
        let (claims, sections) = analyse_story(documents, docs, pairing);
        let story = Story::new(claims, &sections, true);
        let ids: Vec<&str> = docs.iter().map(|&d| documents[d].id.as_str()).collect();
        let _ = writeln!(out, "## story {}", ids.join(" "));
        for c in &story.claims {
            let ants: Vec<String> = c
                .antecedents
                .iter()
                .map(|&a| format!("c{}", story.claims[a].at.claim + 1))
                .collect();
            let _ = writeln!(
                out,
                "{}#c{} [{}] {:?} neg={} short={} anaph={} {} | obj «{}» ants {:?} :: {}",
                documents[c.at.doc].id,
                c.at.claim + 1,
                c.claim.class,
                c.rebuttal,
                c.negated,
                c.short_object,
                c.anaphoric,
                c.claim.speaker,
                c.object_text,
                ants,
                c.claim.text.chars().take(80).collect::<String>()
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// With the across scorer off (threshold 1, as committed), pairing without stories finds
    /// exactly the pairs it finds with them: a pair within an article never reads its story.
    #[test]
    fn stories_change_no_pair_within_an_article() {
        let rules = crate::rules::Rules::embedded();
        let analyzer = crate::Analyzer::new(&rules);
        let plain = analyzer.pairing().clone();
        assert!(
            !plain.stories,
            "the committed across threshold reports no pair across"
        );
        let with_stories = Pairing {
            stories: true,
            ..plain.clone()
        };
        let telling = crate::Analyzer::new(&rules);
        assert!(telling.pairing.set(with_stories.clone()).is_ok());
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let files = [
            "seeds/000_bd47f0741fbc651b.txt",
            "seeds/002_da5c988a66c59e98.txt",
            "seeds/004_5083240e409e3a90.txt",
            "corpus/dantri_061.txt",
            "corpus/dantri_149.txt",
            "corpus/dantri_150.txt",
            "corpus/baomoi_033.txt",
            "corpus/baomoi_034.txt",
        ];
        let analyses: Vec<_> = files
            .iter()
            .map(|f| {
                let text = std::fs::read_to_string(root.join(f)).unwrap();
                telling.analysis(f, f, &text, None)
            })
            .collect();
        let docs: Vec<&Doc> = analyses.iter().map(|a| &a.pairing).collect();
        // The test means something only if some articles do share a story.
        let story = stories::stories(&docs);
        assert!(story.iter().enumerate().any(|(d, &s)| s != d), "{story:?}");
        let pairs = find(&docs, &with_stories);
        assert!(!pairs.is_empty());
        assert_eq!(pairs, find(&docs, &plain));
    }
}
