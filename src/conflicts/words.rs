//! The rule words pairing looks for, compiled once per [`crate::Analyzer`]: the words of
//! `rules/pairing_words.txt` by role, the stances, framings and figure words, the term
//! weights, and the scorer's weights.

use crate::lexicon::Lexicon;
use crate::rules::{FigureMeaning, PairWordRole, Stance};
use crate::tokens::{phrase_words, PhraseSet, Token};

use super::model::Model;
use super::terms::Idf;

/// Everything pairing reads besides the claims.
#[derive(Clone, Debug)]
pub(crate) struct Pairing {
    /// `rules/pairing_words.txt`, every phrase with its role.
    pub words: PhraseSet<PairWordRole>,
    /// `rules/stances.txt`: phrase index → (stance, phrase as written).
    pub stances: PhraseSet<(Stance, String)>,
    /// `rules/framing.txt`: each side of an opposition, with (its index, which side).
    pub framings: PhraseSet<(usize, bool)>,
    /// The two sides of each framing, as written, and its line.
    pub framing_text: Vec<(String, String, usize)>,
    /// The words of figures (`rules/figures.txt`).
    pub numbers: PhraseSet<(f64, f64)>,
    pub more_than: PhraseSet<()>,
    pub about: PhraseSet<()>,
    pub units: PhraseSet<String>,
    pub events: PhraseSet<String>,
    pub own_side: PhraseSet<()>,
    /// Term weights.
    pub idf: Idf,
    /// The scorer.
    pub model: Model,
    /// Whether articles are grouped into stories: only when a pair across two articles can be
    /// reported (the across scorer's threshold is below 1, which a probability never reaches)
    /// or when fitting reads every candidate. Pairs within an article never depend on their
    /// story, and a story costs each article a profile of its opening and the corpus a search
    /// for similar articles: a third of a pairing run on the bulk corpus.
    pub stories: bool,
}

impl Pairing {
    /// Compiles the pairing rules of `lex`.
    pub(crate) fn new(lex: &Lexicon) -> Pairing {
        let figures = |wanted: fn(FigureMeaning) -> bool| {
            lex.figures
                .iter()
                .filter(move |w| wanted(w.meaning))
                .map(|w| (phrase_words(&w.phrase), w))
        };
        let mut words: Vec<(Vec<String>, PairWordRole)> = lex
            .pair_words
            .iter()
            .map(|w| (phrase_words(&w.phrase), w.role))
            .collect();
        // Longest first, so the first phrase found at a token is the longest.
        words.sort_by_key(|w| std::cmp::Reverse(w.0.len()));
        let model = Model::new(&lex.pair_weights);
        Pairing {
            words: PhraseSet::new(words),
            stances: PhraseSet::new(
                lex.stances
                    .iter()
                    .map(|s| (phrase_words(&s.phrase), (s.stance, s.phrase.clone())))
                    .collect(),
            ),
            framings: PhraseSet::new(
                lex.framings
                    .iter()
                    .enumerate()
                    .flat_map(|(i, f)| {
                        [
                            (phrase_words(&f.a), (i, true)),
                            (phrase_words(&f.b), (i, false)),
                        ]
                    })
                    .collect(),
            ),
            framing_text: lex
                .framings
                .iter()
                .map(|f| (f.a.clone(), f.b.clone(), f.line))
                .collect(),
            numbers: PhraseSet::new(
                figures(|m| matches!(m, FigureMeaning::Number { .. }))
                    .filter_map(|(words, w)| match w.meaning {
                        FigureMeaning::Number { low, high } => {
                            Some((words, (low as f64, high as f64)))
                        }
                        _ => None,
                    })
                    .collect(),
            ),
            more_than: PhraseSet::new(
                figures(|m| m == FigureMeaning::MoreThan)
                    .map(|(w, _)| (w, ()))
                    .collect(),
            ),
            about: PhraseSet::new(
                figures(|m| m == FigureMeaning::About)
                    .map(|(w, _)| (w, ()))
                    .collect(),
            ),
            units: PhraseSet::new(
                figures(|m| m == FigureMeaning::Unit)
                    .map(|(words, w)| (words, w.phrase.clone()))
                    .collect(),
            ),
            events: PhraseSet::new(
                figures(|m| m == FigureMeaning::Event)
                    .map(|(words, w)| (words, w.phrase.clone()))
                    .collect(),
            ),
            own_side: PhraseSet::new(
                figures(|m| m == FigureMeaning::OwnSide)
                    .map(|(w, _)| (w, ()))
                    .collect(),
            ),
            idf: Idf::embedded(),
            stories: model.across.threshold < 1.0,
            model,
        }
    }

    /// [`Pairing::new`] for fitting: stories whatever the across threshold.
    #[cfg(feature = "fit")]
    pub(crate) fn for_fitting(lex: &Lexicon) -> Pairing {
        Pairing {
            stories: true,
            ..Pairing::new(lex)
        }
    }

    /// For each token of `tokens`, the roles of the pairing phrases that cover it, as a bit
    /// set (bit `role as u16`); a `not_negation` phrase masks the negators it overlaps.
    pub(crate) fn roles(&self, tokens: &[Token]) -> Vec<u16> {
        let mut roles = vec![0u16; tokens.len()];
        for k in 0..tokens.len() {
            for (w, role) in self.words.all_at(tokens, k) {
                for r in &mut roles[k..k + w.len()] {
                    *r |= 1 << (*role as u16);
                }
            }
        }
        let not = 1 << (PairWordRole::NotNegation as u16);
        let neg = 1 << (PairWordRole::Negator as u16);
        for r in &mut roles {
            if *r & not != 0 {
                *r &= !neg;
            }
        }
        roles
    }
}

// Every role has its bit in a `u16` (`rumour` took the sixteenth): a seventeenth role needs a
// wider mask, and this stops the build until it has one.
const _: () = assert!(PairWordRole::ALL.len() <= u16::BITS as usize);

/// The bit of a role in [`Pairing::roles`].
#[inline]
pub(crate) fn bit(role: PairWordRole) -> u16 {
    1 << (role as u16)
}
