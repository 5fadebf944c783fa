//! How much a shared word says: syllables and syllable pairs weighted by their rarity in
//! Vietnamese news, and weighted sets of them to compare two contents or two articles.
//!
//! The weights are inverse document frequencies over the bulk corpus (38,085 news articles),
//! shipped as `data/df.tsv` so that pairing stands alone and gives the same numbers on two
//! articles as on thirty thousand. `scripts/build_df.sh` rebuilds the table; it holds every
//! syllable seen in at least 3 articles (with how often it is written with a capital inside a
//! sentence, which tells names from words) and every pair of adjacent syllables seen in at
//! least 100. A pair below that is given the weight of one seen in 20 articles, a syllable not
//! listed the weight of one seen once.

use std::collections::HashMap;

use crate::tokens::{HashKeyed, Token};

/// The table, embedded.
const DF_TABLE: &str = include_str!("../../data/df.tsv");

/// Pairs seen in fewer articles than this are not listed in the table.
pub(crate) const MIN_PAIR_DF: u32 = 100;
/// Syllables seen in fewer articles than this are not listed.
#[cfg_attr(not(feature = "fit"), allow(dead_code))]
pub(crate) const MIN_SYLLABLE_DF: u32 = 3;
/// A name is written with a capital in at least this share of its occurrences inside a
/// sentence (percent).
const NAME_CAPITAL_SHARE: u8 = 60;

/// The hash of two adjacent syllables, from their [`crate::tokens::word_hash`]es.
#[inline]
pub(crate) fn pair_hash(a: u64, b: u64) -> u64 {
    a.rotate_left(29).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ b
}

/// Inverse document frequencies, by term hash.
#[derive(Clone, Debug)]
pub(crate) struct Idf {
    /// Weight and capital share (percent; 255 when too rare to tell) of each listed term.
    table: HashKeyed<(f32, u8)>,
    /// The weight of a syllable not listed.
    rare_syllable: f32,
    /// The weight of a pair not listed.
    rare_pair: f32,
}

impl Idf {
    /// The embedded table.
    pub(crate) fn embedded() -> Idf {
        Idf::parse(DF_TABLE)
    }

    /// Reads a table: a line `N <tab> documents`, then `s <tab> syllable <tab> df <tab>
    /// capital share` and `p <tab> syllable syllable <tab> df` lines; `#` comments.
    fn parse(text: &str) -> Idf {
        let mut documents = 1.0f64;
        let mut table = HashKeyed::default();
        let lines = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty());
        let mut rows: Vec<(&str, &str, f64, u8)> = Vec::new();
        for line in lines {
            let mut f = line.split('\t');
            let kind = f.next().unwrap_or("");
            let key = f.next().unwrap_or("");
            match kind {
                "N" => documents = key.parse().unwrap_or(1.0),
                "s" | "p" => {
                    let df: f64 = f.next().and_then(|d| d.parse().ok()).unwrap_or(1.0);
                    let capital = f.next().and_then(|c| c.parse().ok()).unwrap_or(255);
                    rows.push((kind, key, df, capital));
                }
                _ => {}
            }
        }
        let idf = |df: f64| ((documents + 1.0) / (df + 0.5)).ln() as f32;
        for (kind, key, df, capital) in rows {
            let hash = if kind == "s" {
                crate::tokens::word_hash(key)
            } else {
                let mut words = key.split(' ');
                let a = crate::tokens::word_hash(words.next().unwrap_or(""));
                let b = crate::tokens::word_hash(words.next().unwrap_or(""));
                pair_hash(a, b)
            };
            table.insert(hash, (idf(df), capital));
        }
        Idf {
            table,
            rare_syllable: idf(1.0),
            rare_pair: idf(f64::from(MIN_PAIR_DF) / 5.0),
        }
    }

    /// The weight of a syllable.
    #[inline]
    pub(crate) fn syllable(&self, hash: u64) -> f32 {
        self.table.get(&hash).map_or(self.rare_syllable, |e| e.0)
    }

    /// The weight of a pair of syllables.
    #[inline]
    pub(crate) fn pair(&self, hash: u64) -> f32 {
        self.table.get(&hash).map_or(self.rare_pair, |e| e.0)
    }

    /// The weight of a pair of syllables that the table lists (a pair seen in at least
    /// [`MIN_PAIR_DF`] articles: a common collocation rather than two words side by side).
    #[inline]
    pub(crate) fn listed_pair(&self, hash: u64) -> Option<f32> {
        self.table.get(&hash).map(|e| e.0)
    }

    /// A word that is usually written with a capital inside a sentence, or too rare to tell
    /// (foreign names are rare).
    pub(crate) fn name_like(&self, hash: u64) -> bool {
        self.table
            .get(&hash)
            .is_none_or(|e| e.1 == 255 || e.1 >= NAME_CAPITAL_SHARE)
    }
}

/// A set of terms with their weights, sorted by hash, and the sum of the weights.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct TermSet {
    /// Hash, weight, and whether the term was read as a single word (else as a pair).
    terms: Vec<(u64, f32, bool)>,
    total: f32,
}

/// What the term sets of one run of tokens read of each token, looked up once for all of
/// them (a claim's words, its object, its negation's scope): the weight of its word, and the
/// hash and weight of the pair it ends when it and the token before it are words. The table
/// of weights is large, and a lookup in it was most of the cost of a term set.
pub(crate) struct TokenTerms(Vec<(f32, u64, f32)>);

impl TokenTerms {
    /// The weights of `tokens`' terms.
    pub(crate) fn new(tokens: &[Token], idf: &Idf) -> TokenTerms {
        let mut previous: Option<u64> = None;
        let terms = tokens
            .iter()
            .map(|t| {
                if !t.word {
                    previous = None;
                    return (0.0, 0, 0.0);
                }
                let pair = previous.map_or((0, 0.0), |p| {
                    let h = pair_hash(p, t.hash);
                    (h, idf.pair(h))
                });
                previous = Some(t.hash);
                (idf.syllable(t.hash), pair.0, pair.1)
            })
            .collect();
        TokenTerms(terms)
    }
}

impl TermSet {
    /// The set of `terms` (hash, weight, single word; duplicates dropped).
    fn new(mut terms: Vec<(u64, f32, bool)>) -> TermSet {
        terms.sort_unstable_by_key(|t| t.0);
        terms.dedup_by_key(|t| t.0);
        let total = terms.iter().map(|t| t.1).sum();
        TermSet { terms, total }
    }

    /// The terms of `tokens` (weighed in `weights`, made of the same tokens): every word, and
    /// every two adjacent words with no punctuation between them; the tokens where `drop` is
    /// true are left out (and end a pair).
    pub(crate) fn of_tokens(
        tokens: &[Token],
        weights: &TokenTerms,
        drop: impl Fn(usize) -> bool,
    ) -> TermSet {
        debug_assert_eq!(tokens.len(), weights.0.len());
        let mut terms = Vec::with_capacity(tokens.len() * 2);
        // Whether the token before is a word that is kept, so that a pair ends here.
        let mut previous = false;
        for (k, (t, &(word, pair, pair_weight))) in tokens.iter().zip(&weights.0).enumerate() {
            if !t.word || drop(k) {
                previous = false;
                continue;
            }
            terms.push((t.hash, word, true));
            if previous {
                terms.push((pair, pair_weight, false));
            }
            previous = true;
        }
        TermSet::new(terms)
    }

    /// The sum of the weights of the terms that are the hash of one of `tokens` (its hashes,
    /// sorted): the set's single words (a pair only when its hash is also a word's).
    pub(crate) fn weight_of_words(&self, token_hashes: &[u64]) -> f32 {
        self.terms
            .iter()
            .filter(|t| t.2 || token_hashes.binary_search(&t.0).is_ok())
            .map(|t| t.1)
            .sum()
    }

    /// The sum of the weights.
    #[inline]
    pub(crate) fn total(&self) -> f32 {
        self.total
    }

    /// The terms: hash and weight.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (u64, f32)> + '_ {
        self.terms.iter().map(|t| (t.0, t.1))
    }

    /// The weight of the terms both sets have.
    pub(crate) fn shared(&self, other: &TermSet) -> f32 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        let (a, b) = (&self.terms, &other.terms);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += a[i].1;
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    /// The shared weight over the geometric mean of the two weights (0 to 1).
    pub(crate) fn similarity(&self, other: &TermSet) -> f32 {
        if self.total <= 0.0 || other.total <= 0.0 {
            return 0.0;
        }
        (self.shared(other) / (self.total * other.total).sqrt()).min(1.0)
    }

    /// The terms of either set.
    pub(crate) fn union(&self, other: &TermSet) -> TermSet {
        let mut terms = self.terms.clone();
        terms.extend_from_slice(&other.terms);
        TermSet::new(terms)
    }
}

/// Counts document frequencies over a corpus, for rebuilding `data/df.tsv`
/// (`scripts/build_df.sh`, through `crate::fit`).
#[cfg_attr(not(feature = "fit"), allow(dead_code))]
#[derive(Debug, Default)]
pub(crate) struct DfCounter {
    documents: u32,
    /// Per syllable: articles, occurrences inside a sentence, of which capitalised.
    syllables: HashMap<u64, (u32, u32, u32)>,
    syllable_text: HashMap<u64, String>,
    pairs: HashMap<u64, u32>,
    pair_text: HashMap<u64, String>,
}

#[cfg_attr(not(feature = "fit"), allow(dead_code))]
impl DfCounter {
    /// Counts one article's working text.
    pub(crate) fn add(&mut self, text: &str) {
        self.documents += 1;
        let tokens = crate::tokens::tokenize(text, 0..text.len(), &[]);
        let mut seen_syllables: Vec<u64> = Vec::new();
        let mut seen_pairs: Vec<(u64, usize)> = Vec::new();
        let mut previous: Option<usize> = None;
        for (k, t) in tokens.iter().enumerate() {
            if !t.word {
                previous = None;
                continue;
            }
            // Inside a sentence: after a word or a comma, on the same line.
            let inside = k > 0
                && (tokens[k - 1].word || tokens[k - 1].is_any(",;"))
                && !text[tokens[k - 1].range.end..t.range.start].contains('\n');
            let entry = self.syllables.entry(t.hash).or_default();
            if inside && !t.lower.chars().all(|c| c.is_ascii_digit()) {
                entry.1 += 1;
                entry.2 += u32::from(t.cap);
            }
            seen_syllables.push(t.hash);
            self.syllable_text
                .entry(t.hash)
                .or_insert_with(|| t.lower.to_string());
            if let Some(p) = previous {
                seen_pairs.push((pair_hash(tokens[p].hash, t.hash), p));
            }
            previous = Some(k);
        }
        seen_syllables.sort_unstable();
        seen_syllables.dedup();
        for h in seen_syllables {
            self.syllables.entry(h).or_default().0 += 1;
        }
        seen_pairs.sort_unstable_by_key(|p| p.0);
        seen_pairs.dedup_by_key(|p| p.0);
        for (h, p) in seen_pairs {
            let n = self.pairs.entry(h).or_default();
            *n += 1;
            if *n == MIN_PAIR_DF {
                self.pair_text.insert(
                    h,
                    format!(
                        "{} {}",
                        tokens[p].lower.as_str(),
                        tokens[p + 1].lower.as_str()
                    ),
                );
            }
        }
    }

    /// The table, as `data/df.tsv` holds it (sorted, so the same corpus gives the same bytes).
    pub(crate) fn table(&self) -> String {
        let mut rows: Vec<String> = Vec::new();
        for (h, &(df, inside, capital)) in &self.syllables {
            if df < MIN_SYLLABLE_DF {
                continue;
            }
            let share = if inside >= 3 {
                format!("{}", (u64::from(capital) * 100 / u64::from(inside)))
            } else {
                "-".to_string()
            };
            rows.push(format!("s\t{}\t{df}\t{share}", self.syllable_text[h]));
        }
        for (h, &df) in &self.pairs {
            if df >= MIN_PAIR_DF {
                rows.push(format!("p\t{}\t{df}", self.pair_text[h]));
            }
        }
        rows.sort_unstable();
        let mut out = format!(
            "# Document frequencies over {} articles: `s` syllables (articles, percent written with a\n\
             # capital inside a sentence), `p` adjacent syllable pairs. Built by scripts/build_df.sh.\n\
             N\t{}\n",
            self.documents, self.documents
        );
        for r in rows {
            out.push_str(&r);
            out.push('\n');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similarity_weighs_shared_terms_by_rarity() {
        let a = TermSet::new(vec![(1, 1.0, true), (2, 5.0, true)]);
        let b = TermSet::new(vec![(2, 5.0, true), (3, 1.0, true)]);
        let c = TermSet::new(vec![(1, 1.0, true), (3, 1.0, true)]);
        assert!(a.similarity(&b) > 0.8);
        assert!(a.similarity(&c) < 0.3);
        assert_eq!(a.similarity(&TermSet::default()), 0.0);
        assert_eq!(a.union(&b).total(), 7.0);
    }

    #[test]
    fn common_words_weigh_less_than_rare_ones() {
        let idf = Idf::embedded();
        let w = |s: &str| idf.syllable(crate::tokens::word_hash(s));
        assert!(w("và") < 0.5, "{}", w("và"));
        assert!(w("gián") > w("nói"));
        assert!(idf.name_like(crate::tokens::word_hash("peskov")));
        assert!(!idf.name_like(crate::tokens::word_hash("nói")));
    }
}
