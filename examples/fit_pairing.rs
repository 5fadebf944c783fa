//! Fits the conflict scorer (`rules/pairing.txt`) on the dev gold, and measures it leaving one
//! story out.
//!
//! ```sh
//! cargo run --release --features fit --example fit_pairing            # scores, weights
//! cargo run --release --features fit --example fit_pairing -- --write # rewrites rules/pairing.txt
//! cargo run --release --features fit --example fit_pairing -- --check # fails if it would differ
//! ```
//! Options: `--l2 X` (default 10), `--min-precision X` (default 0.8), `--min-threshold X`
//! (default 0.40: no within-article threshold below it), `--nested-thresholds`
//! (thresholds chosen on held-out scores of the training stories instead of on the pairs the
//! weights were fitted on: stricter; with the extracted claims of today it reports no pair
//! across articles at all), `--joint` (one model for both kinds of pair); `--errors` lists the leave-one-story-out false positives and misses, the gold pairs whose two claims were extracted but are no candidate, and the gold claims of pairs that were not extracted (with how many pairs each costs);
//! `--loso-report PATH` writes a report whose conflicts are the leave-one-story-out predictions
//! (score it with `tests/gold_scorer/score.py tests/gold PATH`).
//!
//! How: the 37 dev articles are analysed as `doichieu analyze` would, and every candidate pair
//! of *extracted* claims gets its features (`doichieu::fit::rows`). A candidate is a positive
//! when its two claims are the ones the scorer's claim matching aligns to a gold pair's two
//! claims (`doichieu::eval::claim_alignment`). Two L2-regularised logistic regressions (the
//! intercept unpenalised), one on pairs within an article and one on pairs across two, are fitted
//! by Newton's method; each threshold is the one that maximises F1 on the pairs it was fitted
//! on, among those whose precision there is at least `MIN_PRECISION`. Leave-one-story-out: for
//! each story (the gold's clusters, every other article its own story), both models and their
//! thresholds are fitted without it and score only it; the scores of the held-out stories are
//! pooled. Deterministic: the same claims give the same file.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use doichieu::fit::{self, Row};
use doichieu::report::{Conflict, ConflictKind, Report, SCHEMA_VERSION};
use doichieu::rules::Rules;
use doichieu::{eval, Analysis, Analyzer};

/// The L2 penalty of both models.
static L2: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
/// A threshold keeps at least this precision on the pairs it is fitted on, when it can.
static MIN_PRECISION: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
/// No threshold is below this probability.
static MIN_THRESHOLD: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
/// Defaults of the three.
const DEFAULT_L2: f64 = 10.0;
const DEFAULT_MIN_PRECISION: f64 = 0.8;
/// The floor of the within-article threshold. The cut with the best F1 at precision 0.8 on
/// the dev pairs can fall to p 0.06 (after the bare-rebuttal tie of #19's fourth branch, it
/// did): on dev the few pairs between 0.06 and 0.35 are mostly right, but over the bulk
/// corpus such a threshold reported 816 conflicts instead of 186, 119 of them opposing calls
/// and 58 framings at p 0.06–0.07 (kinds read right in 0 of 12 and 3 % of pairs before); of
/// 16 bulk denials read between p 0.2 and 0.37, 1 of 6 under 0.3 was right and 5 of 10 above.
/// Chosen after reading those rows, so the bulk figures that follow are not a fresh sample.
/// Raised to 0.40 after a refit (the `Continues` tie) lifted 32 bulk denials over 0.35: of
/// the 18 at p 0.35–0.40 read, 7 were right; of the 13 read above 0.40, 9 (and 1 unsure).
const DEFAULT_MIN_THRESHOLD: f64 = 0.40;
/// A kind of pair whose leave-one-story-out precision is below this is switched off.
const HELD_OUT_FLOOR: f64 = 0.5;
/// Whether pairs across articles are reported at all. Off: with the rank features and the
/// rank gate their leave-one-story-out precision passed the floor (7 of 10), but on the bulk
/// corpus the across model reported 2,285 cross-article denials, nearly all at p 0.4 from the
/// story-wide `support` signal at its cap, and 1 of 10 read was right.
const ACROSS_REPORTED: bool = false;

fn l2() -> f64 {
    f64::from_bits(L2.load(std::sync::atomic::Ordering::Relaxed))
}

fn min_threshold() -> f64 {
    f64::from_bits(MIN_THRESHOLD.load(std::sync::atomic::Ordering::Relaxed))
}

fn min_precision() -> f64 {
    f64::from_bits(MIN_PRECISION.load(std::sync::atomic::Ordering::Relaxed))
}
/// The gold's same-story clusters; every other article is a story of its own.
const CLUSTERS: &[&[&str]] = &[
    &[
        "000_bd47f0741fbc651b",
        "001_a341097190aec0fc",
        "002_da5c988a66c59e98",
        "003_5f27267f0f875e23",
        "004_5083240e409e3a90",
    ],
    &[
        "dantri_061",
        "dantri_066",
        "dantri_109",
        "dantri_118",
        "dantri_149",
        "dantri_150",
    ],
    &["baomoi_031", "baomoi_033", "baomoi_034", "baomoi_035"],
    &["baomoi_017", "baomoi_071", "baomoi_074", "baomoi_075"],
    &["baomoi_058", "baomoi_059"],
];

fn fold_of(doc: &str) -> String {
    for (i, c) in CLUSTERS.iter().enumerate() {
        if c.contains(&doc) {
            return format!("S{i}");
        }
    }
    doc.to_string()
}

fn doc_of(id: &str) -> &str {
    id.split('#').next().unwrap_or(id)
}

/// Solves `a x = b` by Gaussian elimination with partial pivoting.
#[allow(clippy::needless_range_loop)] // matrix code reads best with indices
fn solve(mut a: Vec<Vec<f64>>, mut b: Vec<f64>) -> Vec<f64> {
    let n = b.len();
    for col in 0..n {
        let pivot = (col..n)
            .max_by(|&i, &j| a[i][col].abs().total_cmp(&a[j][col].abs()))
            .unwrap_or(col);
        a.swap(col, pivot);
        b.swap(col, pivot);
        let p = a[col][col];
        if p.abs() < 1e-300 {
            continue;
        }
        for row in col + 1..n {
            let factor = a[row][col] / p;
            if factor == 0.0 {
                continue;
            }
            for k in col..n {
                a[row][k] -= factor * a[col][k];
            }
            b[row] -= factor * b[col];
        }
    }
    let mut x = vec![0.0; n];
    for row in (0..n).rev() {
        let s: f64 = (row + 1..n).map(|k| a[row][k] * x[k]).sum();
        x[row] = if a[row][row].abs() < 1e-300 {
            0.0
        } else {
            (b[row] - s) / a[row][row]
        };
    }
    x
}

/// Features that are detectors of one construction each (rare on dev, nearly always right
/// there): a weaker penalty, so that their few examples can set their weight.
const DETECTORS: &[&str] = &[
    "reciprocal",
    "win_repel",
    "peace_war",
    "same_quantity",
    "negated_answer",
];
/// The penalty of detectors.
const DETECTOR_L2: f64 = 0.1;

/// Weights set by definition, not fitted (within an article; across, the feature never
/// fires). The halves of a reciprocal claim that both accuse (`A và B cáo buộc nhau …`) are
/// the guidelines' own example of a mutual accusation, but all four dev examples are in one
/// story (the seeds), so no model fitted without that story can learn it: leaving the seeds out,
/// its weight was 0 and the four pairs scored p 0.12. Fixed at 4, such a pair scores about
/// 0.88 whatever the other weights (bulk reads of these pairs: 4 of 5 right in the seeded
/// samples, the wrong one `thông báo cho nhau`, which the feature now leaves out).
const FIXED: &[(&str, f64)] = &[("reciprocal", 4.0)];

/// The fixed weight of feature `k` (an index into the feature names), if it has one.
fn fixed(k: usize) -> Option<f64> {
    let name = fit::feature_names().get(k).copied()?;
    FIXED.iter().find(|(n, _)| *n == name).map(|&(_, w)| w)
}

/// The penalty of feature `k` (an index into the feature names; past them, the joint
/// model's "across" indicator).
fn penalty(k: usize, l2: f64) -> f64 {
    match fit::feature_names().get(k) {
        Some(n) if DETECTORS.contains(n) => DETECTOR_L2,
        _ => l2,
    }
}

/// L2-regularised logistic regression by Newton's method; `w[0]` is the (unpenalised)
/// intercept.
#[allow(clippy::needless_range_loop)] // matrix code reads best with indices
fn fit_lr(x: &[&[f64]], y: &[f64], l2: f64) -> Vec<f64> {
    let d = x.first().map_or(0, |r| r.len()) + 1;
    let mut w = vec![0.0; d];
    for (k, wk) in w.iter_mut().enumerate().skip(1) {
        if let Some(v) = fixed(k - 1) {
            *wk = v;
        }
    }
    for _ in 0..100 {
        let mut g = vec![0.0; d];
        let mut h = vec![vec![0.0; d]; d];
        for (row, &yi) in x.iter().zip(y) {
            let z = w[0] + row.iter().zip(&w[1..]).map(|(a, b)| a * b).sum::<f64>();
            let p = 1.0 / (1.0 + (-z).exp());
            let r = p * (1.0 - p);
            let xi = |k: usize| if k == 0 { 1.0 } else { row[k - 1] };
            for a in 0..d {
                let xa = xi(a);
                if xa == 0.0 {
                    continue;
                }
                g[a] += (p - yi) * xa;
                for bb in 0..d {
                    let xb = xi(bb);
                    if xb != 0.0 {
                        h[a][bb] += r * xa * xb;
                    }
                }
            }
        }
        for k in 1..d {
            let l2 = penalty(k - 1, l2);
            g[k] += l2 * w[k];
            h[k][k] += l2;
        }
        // A fixed weight stays put: its row and column say so.
        for k in 1..d {
            if fixed(k - 1).is_some() {
                g[k] = 0.0;
                for j in 0..d {
                    h[k][j] = 0.0;
                    h[j][k] = 0.0;
                }
                h[k][k] = 1.0;
            }
        }
        h[0][0] += 1e-9;
        let step = solve(h, g);
        let mut biggest = 0.0f64;
        for k in 0..d {
            w[k] -= step[k];
            biggest = biggest.max(step[k].abs());
        }
        if biggest < 1e-10 {
            break;
        }
    }
    w
}

fn predict(w: &[f64], row: &[f64]) -> f64 {
    let z = w[0] + row.iter().zip(&w[1..]).map(|(a, b)| a * b).sum::<f64>();
    1.0 / (1.0 + (-z).exp())
}

/// The threshold with the best F1 on `(score, label)` among those with precision at least
/// `min_precision` (when none reaches it: 1, nothing reported, if `or_none`, else the best F1
/// overall): halfway between the last score
/// kept and the next.
fn threshold(scored: &[(f64, f64)], min_precision: f64, or_none: bool) -> f64 {
    let mut s: Vec<(f64, f64)> = scored.to_vec();
    s.sort_by(|a, b| b.0.total_cmp(&a.0));
    let positives: f64 = s.iter().map(|p| p.1).sum();
    let mut tp = 0.0;
    let mut best: Option<(f64, usize)> = None;
    let mut best_any: Option<(f64, usize)> = None;
    for (k, &(score, label)) in s.iter().enumerate() {
        tp += label;
        // Cut only between different scores.
        if s.get(k + 1).is_some_and(|n| n.0 == score) {
            continue;
        }
        let p = tp / (k + 1) as f64;
        let r = if positives > 0.0 { tp / positives } else { 0.0 };
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        if best_any.is_none_or(|b| f > b.0) {
            best_any = Some((f, k));
        }
        if p >= min_precision && best.is_none_or(|b| f > b.0) {
            best = Some((f, k));
        }
    }
    let chosen = if or_none { best } else { best.or(best_any) };
    let Some((_, k)) = chosen else {
        return 1.0;
    };
    match s.get(k + 1) {
        Some(next) => (s[k].0 + next.0) / 2.0,
        None => s[k].0 - 1e-9,
    }
}

/// A fitted model: weights and threshold.
struct Model {
    w: Vec<f64>,
    threshold: f64,
}

/// `floor`: the lowest threshold allowed (see [`DEFAULT_MIN_THRESHOLD`]).
fn fit_model(rows: &[&Row], labels: &[f64], floor: f64) -> Model {
    let x: Vec<&[f64]> = rows.iter().map(|r| r.features.as_slice()).collect();
    let w = fit_lr(&x, labels, l2());
    let scored: Vec<(f64, f64)> = rows
        .iter()
        .zip(labels)
        .map(|(r, &y)| (predict(&w, &r.features), y))
        .collect();
    Model {
        threshold: threshold(&scored, min_precision(), true).max(floor),
        w,
    }
}

#[derive(Default, Clone, Copy)]
struct Counts {
    tp: usize,
    fp: usize,
    gold: usize,
}

impl Counts {
    fn line(&self, name: &str) -> String {
        let p = self.tp as f64 / (self.tp + self.fp).max(1) as f64;
        let r = self.tp as f64 / self.gold.max(1) as f64;
        let f = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        format!(
            "{name:8} P {p:.3}  R {r:.3}  F1 {f:.3}   (tp {}, fp {}, gold {})",
            self.tp, self.fp, self.gold
        )
    }
}

struct Data {
    analyses: Vec<Analysis>,
    rows: Vec<Row>,
    labels: Vec<f64>,
    /// Gold kind of each positive row.
    kinds: Vec<Option<String>>,
    /// Gold pairs whose two claims were extracted but which are no candidate (ids, kind).
    not_candidates: Vec<(String, String, String)>,
    /// Gold claims of some pair that were not extracted, with how many gold pairs they are in.
    unextracted: BTreeMap<String, usize>,
    gold_within: usize,
    gold_across: usize,
    reachable: usize,
}

fn load(root: &Path, analyzer: &Analyzer) -> anyhow::Result<Data> {
    let gold = eval::load_gold(&root.join("tests/gold"))?;
    let mut analyses = Vec::new();
    for id in gold.doc_ids() {
        let dir = if id.starts_with(|c: char| c.is_ascii_digit()) {
            "seeds"
        } else {
            "corpus"
        };
        let path: PathBuf = root
            .join("tests/fixtures")
            .join(dir)
            .join(format!("{id}.txt"));
        let raw = std::fs::read_to_string(&path)?;
        let source = format!("tests/fixtures/{dir}/{id}.txt");
        analyses.push(analyzer.analysis(id, &source, &raw, None));
    }
    let report = Report {
        schema_version: SCHEMA_VERSION,
        documents: analyses.iter().map(|a| a.document.clone()).collect(),
        conflicts: Vec::new(),
    };
    let value = serde_json::to_value(&report)?;
    let aligned: HashMap<String, String> =
        eval::claim_alignment(&gold, &value).into_iter().collect();
    let mut positive: HashMap<(String, String), String> = HashMap::new();
    let (mut gold_within, mut gold_across, mut reachable) = (0, 0, 0);
    let mut unextracted: BTreeMap<String, usize> = BTreeMap::new();
    for (a, b, kind) in eval::gold_conflicts(&gold) {
        for id in [&a, &b] {
            if !aligned.contains_key(id) {
                *unextracted.entry(id.clone()).or_default() += 1;
            }
        }
        if doc_of(&a) == doc_of(&b) {
            gold_within += 1;
        } else {
            gold_across += 1;
        }
        if let (Some(pa), Some(pb)) = (aligned.get(&a), aligned.get(&b)) {
            reachable += 1;
            let key = if pa <= pb {
                (pa.clone(), pb.clone())
            } else {
                (pb.clone(), pa.clone())
            };
            positive.insert(key, kind);
        }
    }
    let rows = fit::rows(analyzer, &analyses);
    let candidates: BTreeSet<(&str, &str)> = rows
        .iter()
        .map(|r| (r.a.as_str().min(&r.b), r.a.as_str().max(&r.b)))
        .collect();
    let mut not_candidates: Vec<(String, String, String)> = positive
        .iter()
        .filter(|((a, b), _)| !candidates.contains(&(a.as_str(), b.as_str())))
        .map(|((a, b), k)| (a.clone(), b.clone(), k.clone()))
        .collect();
    not_candidates.sort();
    let mut labels = Vec::with_capacity(rows.len());
    let mut kinds = Vec::with_capacity(rows.len());
    for r in &rows {
        let key = if r.a <= r.b {
            (r.a.clone(), r.b.clone())
        } else {
            (r.b.clone(), r.a.clone())
        };
        let kind = positive.get(&key).cloned();
        labels.push(if kind.is_some() { 1.0 } else { 0.0 });
        kinds.push(kind);
    }
    Ok(Data {
        analyses,
        rows,
        labels,
        kinds,
        not_candidates,
        unextracted,
        gold_within,
        gold_across,
        reachable,
    })
}

/// Predictions (probability, reported) for every row, by models fitted on `train` rows.
static JOINT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
/// Thresholds chosen on held-out scores (nested inside leave-one-story-out) rather than on the
/// fitted pairs.
static THRESHOLDS_HELD_OUT: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// One model over all pairs, with an extra feature "across": the same weights for both kinds
/// of pair, a bias each.
fn fit_joint(data: &Data, train: &dyn Fn(usize) -> bool) -> (Model, Model) {
    let idx: Vec<usize> = (0..data.rows.len()).filter(|&i| train(i)).collect();
    let x: Vec<Vec<f64>> = idx
        .iter()
        .map(|&i| {
            let mut f = data.rows[i].features.clone();
            f.push(if data.rows[i].across { 1.0 } else { 0.0 });
            f
        })
        .collect();
    let refs: Vec<&[f64]> = x.iter().map(|v| v.as_slice()).collect();
    let labels: Vec<f64> = idx.iter().map(|&i| data.labels[i]).collect();
    let w = fit_lr(&refs, &labels, l2());
    let d = w.len() - 1;
    let within_w: Vec<f64> = w[..d].to_vec();
    let mut across_w = within_w.clone();
    across_w[0] += w[d];
    let scored: Vec<(f64, f64)> = refs
        .iter()
        .zip(&labels)
        .map(|(r, &y)| (predict(&w, r), y))
        .collect();
    let t = threshold(&scored, min_precision(), false);
    (
        Model {
            w: within_w,
            threshold: t.max(min_threshold()),
        },
        Model {
            w: across_w,
            threshold: t,
        },
    )
}

fn fit_both(data: &Data, train: &dyn Fn(usize) -> bool) -> (Model, Model) {
    if JOINT.load(std::sync::atomic::Ordering::Relaxed) {
        return fit_joint(data, train);
    }
    let pick = |across: bool| {
        let idx: Vec<usize> = (0..data.rows.len())
            .filter(|&i| data.rows[i].across == across && train(i))
            .collect();
        let rows: Vec<&Row> = idx.iter().map(|&i| &data.rows[i]).collect();
        let labels: Vec<f64> = idx.iter().map(|&i| data.labels[i]).collect();
        // The floor holds for pairs within an article, the ones reported: across articles
        // the scorer is switched off (ACROSS_REPORTED), and its held-out figures are shown as
        // fitted.
        fit_model(&rows, &labels, if across { 0.0 } else { min_threshold() })
    };
    (pick(false), pick(true))
}

/// Held-out scores of the rows `train` selects: each story among them scored by models
/// fitted on the others.
fn held_out(data: &Data, folds: &[(String, String)], train: &dyn Fn(usize) -> bool) -> Vec<f64> {
    let names: BTreeSet<&String> = (0..data.rows.len())
        .filter(|&i| train(i))
        .map(|i| &folds[i].0)
        .collect();
    let mut out = vec![f64::NAN; data.rows.len()];
    for t in names {
        let (mw, mx) = fit_both(data, &|i| train(i) && &folds[i].0 != t && &folds[i].1 != t);
        for (i, r) in data.rows.iter().enumerate() {
            if train(i) && &folds[i].0 == t {
                let m = if r.across { &mx } else { &mw };
                out[i] = predict(&m.w, &r.features);
            }
        }
    }
    out
}

/// The thresholds (within, across) chosen on held-out scores: the cut with the best F1 among
/// those whose held-out precision is at least the minimum; none → 1 (nothing reported).
fn held_out_thresholds(data: &Data, scores: &[f64]) -> (f64, f64) {
    let pick = |across: bool| {
        let scored: Vec<(f64, f64)> = (0..data.rows.len())
            .filter(|&i| data.rows[i].across == across && !scores[i].is_nan())
            .map(|i| (scores[i], data.labels[i]))
            .collect();
        threshold(&scored, min_precision(), true)
    };
    (pick(false).max(min_threshold()), pick(true))
}

/// Each candidate's verdict under the within- and across-article models.
fn predictions(data: &Data, within: &Model, across: &Model) -> Vec<bool> {
    data.rows
        .iter()
        .map(|r| {
            let m = if r.across { across } else { within };
            predict(&m.w, &r.features) >= m.threshold
        })
        .collect()
}

/// Prints the scores of `predicted` under `title` (all, within, across) and gives the within
/// and across counts.
fn print_scores(data: &Data, predicted: &[bool], title: &str) -> (Counts, Counts) {
    let (all, w, x) = score(data, predicted);
    println!("\n{title}");
    println!(
        "  {}\n  {}\n  {}",
        all.line("all"),
        w.line("within"),
        x.line("across")
    );
    (w, x)
}

fn score(data: &Data, predicted: &[bool]) -> (Counts, Counts, Counts) {
    let mut within = Counts {
        gold: data.gold_within,
        ..Default::default()
    };
    let mut across = Counts {
        gold: data.gold_across,
        ..Default::default()
    };
    for (i, r) in data.rows.iter().enumerate() {
        if !predicted[i] {
            continue;
        }
        let c = if r.across { &mut across } else { &mut within };
        if data.labels[i] > 0.0 {
            c.tp += 1;
        } else {
            c.fp += 1;
        }
    }
    let all = Counts {
        tp: within.tp + across.tp,
        fp: within.fp + across.fp,
        gold: within.gold + across.gold,
    };
    (all, within, across)
}

fn weights_file(within: &Model, across: &Model) -> String {
    let names = fit::feature_names();
    let mut out = String::new();
    out.push_str(
        "# The conflict scorer: two logistic regressions over the pair features (src/conflicts/features.rs,\n\
         # doichieu::rules::PairFeature), one for pairs of claims within an article and one for pairs\n\
         # across two articles of a story. p = 1 / (1 + exp(-(bias + sum of weight * feature))); a pair is\n\
         # reported when p >= threshold, with p as its score.\n\
         #\n\
         # Fitted on the dev gold (tests/gold, 37 articles) by\n\
         #   cargo run --release --features fit --example fit_pairing -- --write\n\
         # which rewrites this file; review the diff. A weight near 0 means the signal did not help on dev.\n",
    );
    let _ = writeln!(
        out,
        "# L2 penalty {}; each threshold maximises F1 on the pairs it was fitted on among those with\n\
         # precision >= {} there, never below {:.2} within an article (a floor read off the bulk corpus).\n\
         # A kind of pair whose leave-one-story-out precision is below {HELD_OUT_FLOOR}\n\
         # is switched off (threshold 1). Set by definition, not fitted (FIXED in the script):\n\
         # {} (the halves of a reciprocal accusation; the feature never fires across articles).\n\
         #\n# name | within | across",
        l2(),
        min_precision(),
        min_threshold(),
        FIXED
            .iter()
            .map(|(n, w)| format!("{n} = {w}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let _ = writeln!(out, "bias | {:.4} | {:.4}", within.w[0], across.w[0]);
    let _ = writeln!(
        out,
        "threshold | {:.4} | {:.4}",
        within.threshold, across.threshold
    );
    for (k, n) in names.iter().enumerate() {
        let _ = writeln!(out, "{n} | {:.4} | {:.4}", within.w[k + 1], across.w[k + 1]);
    }
    out
}

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let flag = |f: &str| args.iter().any(|a| a == f);
    let value = |f: &str| {
        args.iter()
            .position(|a| a == f)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let number = |f: &str, default: f64| -> anyhow::Result<f64> {
        Ok(match value(f) {
            Some(v) => v.parse()?,
            None => default,
        })
    };
    L2.store(
        number("--l2", DEFAULT_L2)?.to_bits(),
        std::sync::atomic::Ordering::Relaxed,
    );
    MIN_THRESHOLD.store(
        number("--min-threshold", DEFAULT_MIN_THRESHOLD)?.to_bits(),
        std::sync::atomic::Ordering::Relaxed,
    );
    MIN_PRECISION.store(
        number("--min-precision", DEFAULT_MIN_PRECISION)?.to_bits(),
        std::sync::atomic::Ordering::Relaxed,
    );
    JOINT.store(flag("--joint"), std::sync::atomic::Ordering::Relaxed);
    THRESHOLDS_HELD_OUT.store(
        flag("--nested-thresholds"),
        std::sync::atomic::Ordering::Relaxed,
    );
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let analyzer = fit::analyzer(&Rules::embedded());
    let data = load(root, &analyzer)?;
    let n_pos = data.labels.iter().filter(|&&y| y > 0.0).count();
    println!(
        "articles {}  candidates {} (within {}, across {})  gold pairs {} (within {}, across {})",
        data.analyses.len(),
        data.rows.len(),
        data.rows.iter().filter(|r| !r.across).count(),
        data.rows.iter().filter(|r| r.across).count(),
        data.gold_within + data.gold_across,
        data.gold_within,
        data.gold_across
    );
    println!(
        "gold pairs whose two claims were extracted: {}; of them candidates: {n_pos}",
        data.reachable
    );
    let stories = fit::stories(&data.analyses);
    let mut by_story: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (a, s) in data.analyses.iter().zip(&stories) {
        by_story.entry(s).or_default().push(&a.document.id);
    }
    if flag("--similarities") {
        let mut sims = fit::article_similarities(&data.analyses);
        sims.sort_by(|a, b| b.2.total_cmp(&a.2));
        for (i, j, s, overlap) in sims.iter().filter(|x| x.2 >= 0.05) {
            let (a, b) = (
                &data.analyses[*i].document.id,
                &data.analyses[*j].document.id,
            );
            let same = fold_of(a) == fold_of(b) && fold_of(a).starts_with('S');
            println!(
                "  {s:.3} {} {a} {b}{}",
                if same { "SAME" } else { "    " },
                if *overlap { "" } else { " (periods apart)" }
            );
        }
    }
    if flag("--explain") {
        println!("{}", fit::explain(&analyzer, &data.analyses));
    }
    if flag("--stats") {
        println!("signal: within n/gold/rate/cover | across n/gold/rate/cover");
        for (k, name) in fit::feature_names().iter().enumerate() {
            let mut cells = Vec::new();
            for across in [false, true] {
                let idx: Vec<usize> = (0..data.rows.len())
                    .filter(|&i| data.rows[i].across == across)
                    .collect();
                let pos_all = idx.iter().filter(|&&i| data.labels[i] > 0.0).count();
                let on: Vec<usize> = idx
                    .iter()
                    .copied()
                    .filter(|&i| data.rows[i].features[k] > 0.2)
                    .collect();
                let pos = on.iter().filter(|&&i| data.labels[i] > 0.0).count();
                cells.push(format!(
                    "{:5} {:3} {:.3} {:.2}",
                    on.len(),
                    pos,
                    pos as f64 / on.len().max(1) as f64,
                    pos as f64 / pos_all.max(1) as f64
                ));
            }
            println!("  {name:22} {} | {}", cells[0], cells[1]);
        }
    }
    println!("stories of more than one article:");
    for docs in by_story.values().filter(|d| d.len() > 1) {
        println!("  {}", docs.join(" "));
    }

    // In-sample.
    let (within, across) = fit_both(&data, &|_| true);
    let predicted = predictions(&data, &within, &across);
    print_scores(
        &data,
        &predicted,
        "in-sample (fitted and scored on all stories)",
    );

    // Leave one story out.
    let folds: Vec<(String, String)> = data
        .rows
        .iter()
        .map(|r| (fold_of(doc_of(&r.a)), fold_of(doc_of(&r.b))))
        .collect();
    let names: BTreeSet<&String> = folds.iter().flat_map(|(a, b)| [a, b]).collect();
    let mut loso = vec![false; data.rows.len()];
    let mut loso_p = vec![0.0; data.rows.len()];
    let nested = THRESHOLDS_HELD_OUT.load(std::sync::atomic::Ordering::Relaxed);
    for s in names {
        let train = |i: usize| &folds[i].0 != s && &folds[i].1 != s;
        let (mut mw, mut mx) = fit_both(&data, &train);
        if nested {
            // The thresholds from held-out scores of the training stories only.
            let inner = held_out(&data, &folds, &train);
            let (tw, tx) = held_out_thresholds(&data, &inner);
            mw.threshold = tw;
            mx.threshold = tx;
        }
        for (i, r) in data.rows.iter().enumerate() {
            if &folds[i].0 == s {
                let m = if r.across { &mx } else { &mw };
                loso_p[i] = predict(&m.w, &r.features);
                loso[i] = loso_p[i] >= m.threshold;
            }
        }
    }
    // The committed thresholds: chosen on the held-out scores of all stories.
    let (mut within, mut across) = (within, across);
    if nested {
        let pooled = held_out(&data, &folds, &|_| true);
        let (tw, tx) = held_out_thresholds(&data, &pooled);
        within.threshold = tw;
        across.threshold = tx;
        let predicted = predictions(&data, &within, &across);
        print_scores(
            &data,
            &predicted,
            "in-sample weights with the thresholds chosen on held-out scores (the committed model)",
        );
    }
    let (w, x) = print_scores(
        &data,
        &loso,
        "leave one story out (weights and thresholds never see the story they score)",
    );
    // A kind of pair (within, across) that is not right more often than wrong on the stories
    // it never saw is not reported at all: its threshold becomes 1.
    for (name, counts, model) in [("within", w, &mut within), ("across", x, &mut across)] {
        let reported = counts.tp + counts.fp;
        if reported == 0 || (counts.tp as f64) < HELD_OUT_FLOOR * reported as f64 {
            println!(
                "  {name}: held-out precision {}/{reported} is below {HELD_OUT_FLOOR}: switched off (threshold 1)",
                counts.tp
            );
            model.threshold = 1.0;
        }
    }
    if !ACROSS_REPORTED && across.threshold < 1.0 {
        println!("  across: switched off by ACROSS_REPORTED (bulk precision; threshold 1)");
        across.threshold = 1.0;
    }
    let mut per: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    for (i, _) in data.rows.iter().enumerate() {
        let e = per.entry(folds[i].0.clone()).or_default();
        match (loso[i], data.labels[i] > 0.0) {
            (true, true) => e.0 += 1,
            (true, false) => e.1 += 1,
            (false, true) => e.2 += 1,
            _ => {}
        }
    }
    let per: Vec<String> = per
        .iter()
        .filter(|(_, v)| v.0 + v.1 + v.2 > 0)
        .map(|(s, v)| format!("{s} {}/{}/{}", v.0, v.1, v.2))
        .collect();
    println!("  per story tp/fp/missed-candidates: {}", per.join(", "));
    // Precision by rank of the pooled held-out scores, within and across.
    for across in [false, true] {
        let mut pooled: Vec<(f64, f64)> = data
            .rows
            .iter()
            .enumerate()
            .filter(|(_, r)| r.across == across)
            .map(|(i, _)| (loso_p[i], data.labels[i]))
            .collect();
        pooled.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut tp = 0.0;
        let mut marks = vec![];
        for (k, (p, y)) in pooled.iter().enumerate() {
            tp += y;
            if [5, 10, 20, 30, 50, 75, 100, 150].contains(&(k + 1)) {
                marks.push(format!(
                    "{}: P {:.2} (p {p:.2})",
                    k + 1,
                    tp / (k + 1) as f64
                ));
            }
        }
        println!(
            "  held-out precision of the top-ranked {}: {}",
            if across { "across" } else { "within" },
            marks.join("; ")
        );
    }

    println!("\nweights (all data)");
    for (k, n) in fit::feature_names().iter().enumerate() {
        println!("  {n:22} {:+.3} {:+.3}", within.w[k + 1], across.w[k + 1]);
    }
    println!(
        "  {:22} {:+.3} {:+.3}\n  {:22} {:.3} {:.3}",
        "bias", within.w[0], across.w[0], "threshold", within.threshold, across.threshold
    );

    if flag("--errors") {
        let text = |id: &str| {
            data.analyses
                .iter()
                .flat_map(|a| &a.document.claims)
                .find(|c| c.id == id)
                .map(|c| {
                    format!(
                        "({}, {}) {}",
                        c.speaker.canonical,
                        c.cue.class,
                        c.content.text.chars().take(70).collect::<String>()
                    )
                })
                .unwrap_or_default()
        };
        for (title, want) in [("FALSE POSITIVES", false), ("MISSES", true)] {
            println!("\n## {title} (leave one story out)");
            for (i, r) in data.rows.iter().enumerate() {
                let pos = data.labels[i] > 0.0;
                if (want && pos && !loso[i]) || (!want && !pos && loso[i]) {
                    println!(
                        "  [{}] p={:.2} {} {}\n      x {} {}",
                        data.kinds[i].as_deref().unwrap_or("-"),
                        loso_p[i],
                        r.a,
                        text(&r.a),
                        r.b,
                        text(&r.b)
                    );
                }
            }
        }
        println!("\n## GOLD PAIRS EXTRACTED BUT NO CANDIDATE");
        for (a, b, kind) in &data.not_candidates {
            println!("  [{kind}] {a} {}\n      x {b} {}", text(a), text(b));
        }
        println!("\n## GOLD CLAIMS OF PAIRS NOT EXTRACTED (pairs lost)");
        let mut lost: Vec<_> = data.unextracted.iter().collect();
        lost.sort_by(|x, y| y.1.cmp(x.1).then(x.0.cmp(y.0)));
        for (id, n) in lost {
            println!("  {n:3} {id}");
        }
    }
    if let Some(prefix) = value("--rows") {
        let names = fit::feature_names();
        let mut idx: Vec<usize> = (0..data.rows.len())
            .filter(|&i| data.rows[i].a.starts_with(&prefix) || data.rows[i].b.starts_with(&prefix))
            .filter(|&i| data.labels[i] > 0.0 || loso_p[i] > 0.1)
            .collect();
        idx.sort_by(|&x, &y| loso_p[y].total_cmp(&loso_p[x]));
        for i in idx {
            let r = &data.rows[i];
            let on: Vec<String> = r
                .features
                .iter()
                .enumerate()
                .filter(|(_, v)| **v != 0.0)
                .map(|(k, v)| format!("{}={v:.2}", names[k]))
                .collect();
            println!(
                "{} p={:.2} {} {} :: {}",
                if data.labels[i] > 0.0 { "POS" } else { "   " },
                loso_p[i],
                r.a,
                r.b,
                on.join(" ")
            );
        }
    }
    if let Some(path) = value("--loso-report") {
        let conflicts = data
            .rows
            .iter()
            .enumerate()
            .filter(|(i, _)| loso[*i])
            .map(|(i, r)| Conflict {
                id: format!("x{}", i + 1),
                a: r.a.clone(),
                b: r.b.clone(),
                kind: ConflictKind::Denial,
                score: loso_p[i],
                why: String::new(),
                rule: "loso".into(),
                evidence: Vec::new(),
            })
            .collect();
        let report = Report {
            schema_version: SCHEMA_VERSION,
            documents: data.analyses.iter().map(|a| a.document.clone()).collect(),
            conflicts,
        };
        std::fs::write(&path, serde_json::to_string(&report)?)?;
        println!("\nwrote {path}");
    }
    let file = weights_file(&within, &across);
    let target = root.join("rules/pairing.txt");
    if flag("--write") {
        std::fs::write(&target, &file)?;
        println!("\nwrote {}", target.display());
    }
    if flag("--check") {
        let current = std::fs::read_to_string(&target)?;
        if current != file {
            anyhow::bail!(
                "rules/pairing.txt differs from a fresh fit (run with --write and review the diff)"
            );
        }
        println!("\nrules/pairing.txt is what the fit gives");
    }
    Ok(())
}
