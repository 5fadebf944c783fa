//! What the scripts that rebuild pairing's data need of the internals (cargo feature `fit`,
//! off by default): the candidate pairs with their features, for fitting the scorer
//! (`examples/fit_pairing.rs`), and document frequencies over a corpus, for the term weights
//! (`examples/build_df.rs`). Not a stable API.

use crate::rules::{PairFeature, Rules};
use crate::{Analysis, Analyzer};

/// One candidate pair of claims, as the scorer sees it.
#[derive(Clone, Debug)]
pub struct Row {
    /// The two claim ids (`<doc>#c<n>`), in claim order.
    pub a: String,
    /// The second claim id.
    pub b: String,
    /// The id of the first document of the pair's story.
    pub story: String,
    /// The claims are in two articles.
    pub across: bool,
    /// The features, in [`PairFeature::ALL`] order.
    pub features: Vec<f64>,
    /// The probability the current weights give.
    pub probability: f64,
}

/// The names of the features, in [`Row::features`] order.
pub fn feature_names() -> Vec<&'static str> {
    PairFeature::ALL.iter().map(|(n, _)| *n).collect()
}

/// The analyzer to fit with: its analyses carry what stories are grown from, and pairing groups
/// them into stories, whether or not the committed across threshold lets a pair across articles
/// be reported (a plain [`Analyzer`] makes no stories then).
pub fn analyzer(rules: &Rules) -> Analyzer {
    Analyzer::for_fitting(rules)
}

/// Every candidate pair of claims of `analyses` (made by [`analyzer`]), with its features.
pub fn rows(analyzer: &Analyzer, analyses: &[Analysis]) -> Vec<Row> {
    let docs: Vec<&crate::conflicts::Doc> = analyses.iter().map(|a| &a.pairing).collect();
    let id = |at: crate::conflicts::ClaimAt| format!("{}#c{}", docs[at.doc].id, at.claim + 1);
    crate::conflicts::candidates(&docs, analyzer.pairing())
        .into_iter()
        .map(|c| Row {
            a: id(c.a),
            b: id(c.b),
            story: docs[c.story].id.clone(),
            across: c.a.doc != c.b.doc,
            features: c.features.to_vec(),
            probability: c.probability,
        })
        .collect()
}

/// The story of each analysed document, as the id of the story's first document.
pub fn stories(analyses: &[Analysis]) -> Vec<String> {
    let docs: Vec<&crate::conflicts::Doc> = analyses.iter().map(|a| &a.pairing).collect();
    crate::conflicts::story_of(&docs)
        .into_iter()
        .map(|s| docs[s].id.clone())
        .collect()
}

/// Counts document frequencies of syllables and syllable pairs over raw article texts.
pub struct DfCounter {
    counter: crate::conflicts::terms::DfCounter,
    rules: Rules,
}

impl DfCounter {
    /// A counter that normalizes texts with `rules`' repairs, as the pipeline does.
    pub fn new(rules: &Rules) -> DfCounter {
        DfCounter {
            counter: Default::default(),
            rules: rules.clone(),
        }
    }

    /// Counts one article.
    pub fn add(&mut self, raw: &str) {
        let text = crate::normalize::normalize(raw, &self.rules.repairs);
        self.counter.add(text.as_str());
    }

    /// The table, as `data/df.tsv` holds it.
    pub fn table(&self) -> String {
        self.counter.table()
    }
}

/// The similarity of every two analysed documents' profiles (what stories are grown from),
/// as `(i, j, similarity)` for `i < j`, and whether their periods overlap.
pub fn article_similarities(analyses: &[Analysis]) -> Vec<(usize, usize, f64, bool)> {
    let mut out = Vec::new();
    for (i, a) in analyses.iter().enumerate() {
        for (j, b) in analyses.iter().enumerate().skip(i + 1) {
            out.push((
                i,
                j,
                a.pairing.profile.similarity(&b.pairing.profile),
                a.pairing.dating.period.overlaps(&b.pairing.dating.period),
            ));
        }
    }
    out
}

/// What pairing makes of each claim, story by story (rebuttal, object, antecedents).
pub fn explain(analyzer: &Analyzer, analyses: &[Analysis]) -> String {
    let docs: Vec<&crate::conflicts::Doc> = analyses.iter().map(|a| &a.pairing).collect();
    crate::conflicts::explain(&docs, analyzer.pairing())
}
