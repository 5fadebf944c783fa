//! The scorer: two logistic regressions over the pair features, one for pairs of claims of one
//! article and one for pairs across articles, with the weights and thresholds of
//! `rules/pairing.txt`.
//!
//! The weights are fitted on the dev gold by `examples/fit_pairing.rs` (see the README), so the
//! score is a probability calibrated on that data: of the dev pairs scored about 0.7, about 70 %
//! are gold conflicts. Two models, because the two kinds of pair differ in base rate and in
//! evidence (claims next to each other exist only within an article).

use crate::rules::{PairFeature, PairParam, PairWeight};

/// The features of one pair, indexed by `PairFeature as usize`.
pub(crate) type Features = [f64; PairFeature::COUNT];

/// One logistic regression.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Weights {
    pub bias: f64,
    pub weights: Features,
    /// A pair is reported from this probability up.
    pub threshold: f64,
}

impl Weights {
    /// The probability that a pair with `features` is a conflict.
    pub(crate) fn probability(&self, features: &Features) -> f64 {
        let z = self.bias
            + self
                .weights
                .iter()
                .zip(features)
                .map(|(w, f)| w * f)
                .sum::<f64>();
        1.0 / (1.0 + (-z).exp())
    }

    /// Each feature's part of the sum, largest first, leaving out those that add nothing.
    pub(crate) fn contributions(&self, features: &Features) -> Vec<(PairFeature, f64, f64)> {
        let mut out: Vec<(PairFeature, f64, f64)> = PairFeature::ALL
            .iter()
            .map(|&(_, f)| {
                let i = f as usize;
                (f, features[i], self.weights[i] * features[i])
            })
            .filter(|c| c.1 != 0.0 && c.2.abs() >= 0.005)
            .collect();
        out.sort_by(|a, b| b.2.total_cmp(&a.2));
        out
    }
}

/// The two scorers.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Model {
    pub within: Weights,
    pub across: Weights,
}

impl Model {
    /// The model `rules/pairing.txt` describes; a feature it does not list weighs nothing.
    pub(crate) fn new(lines: &[PairWeight]) -> Model {
        let empty = Weights {
            bias: 0.0,
            weights: [0.0; PairFeature::COUNT],
            threshold: 1.0,
        };
        let mut model = Model {
            within: empty.clone(),
            across: empty,
        };
        for line in lines {
            for (w, value) in [
                (&mut model.within, line.within),
                (&mut model.across, line.across),
            ] {
                match line.param {
                    PairParam::Bias => w.bias = value,
                    PairParam::Threshold => w.threshold = value,
                    PairParam::Weight(f) => w.weights[f as usize] = value,
                }
            }
        }
        model
    }

    /// The scorer for pairs within one article (`across` false) or across two.
    pub(crate) fn weights(&self, across: bool) -> &Weights {
        if across {
            &self.across
        } else {
            &self.within
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_indexed_in_file_order() {
        for (i, (_, f)) in PairFeature::ALL.iter().enumerate() {
            assert_eq!(*f as usize, i);
        }
    }

    #[test]
    fn the_embedded_model_reads_its_thresholds() {
        let rules = crate::rules::Rules::embedded();
        let m = Model::new(&rules.pair_weights);
        assert!(m.within.threshold > 0.0 && m.within.threshold < 1.0);
        // 1 is a threshold too: that scorer reports nothing.
        assert!(m.across.threshold > 0.0 && m.across.threshold <= 1.0);
    }
}
