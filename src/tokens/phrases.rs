//! Multi-word phrases matched against tokens.

use super::{tokenize, word_hash, Token, WordMap};

/// The lower-cased words of a phrase, for matching against tokens.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    tokenize(phrase, 0..phrase.len(), &[])
        .into_iter()
        .map(|t| t.lower.to_string())
        .collect()
}

/// Phrases (lower-cased words) with a value each, indexed by their first and last words so
/// that finding the phrases at a token costs one probe by the token's [`word_hash`], not a
/// scan of the whole list. Phrases keep the order they were given in (callers sort them
/// longest first), so the first match is the one a scan of the list would find.
#[derive(Clone, Debug)]
pub struct PhraseSet<T> {
    phrases: Vec<(Vec<String>, T)>,
    /// The [`word_hash`] of each phrase's words.
    hashes: Vec<Vec<u64>>,
    by_first: WordMap<Vec<usize>>,
    by_last: WordMap<Vec<usize>>,
}

impl<T> PhraseSet<T> {
    /// Indexes `phrases`; empty phrases are kept in the list but never match.
    pub fn new(phrases: Vec<(Vec<String>, T)>) -> PhraseSet<T> {
        let mut by_first: WordMap<Vec<usize>> = WordMap::default();
        let mut by_last: WordMap<Vec<usize>> = WordMap::default();
        for (i, (words, _)) in phrases.iter().enumerate() {
            if let (Some(first), Some(last)) = (words.first(), words.last()) {
                by_first.entry_or_default(word_hash(first)).push(i);
                by_last.entry_or_default(word_hash(last)).push(i);
            }
        }
        let hashes = phrases
            .iter()
            .map(|(words, _)| word_hashes(words))
            .collect();
        PhraseSet {
            phrases,
            hashes,
            by_first,
            by_last,
        }
    }

    /// True when the tokens starting at `at` spell phrase `i`.
    #[inline]
    fn spelled_at(&self, i: usize, tokens: &[Token], at: usize) -> bool {
        matches_hashed_at(tokens, at, &self.phrases[i].0, &self.hashes[i])
    }

    /// True when the tokens ending at `end` spell phrase `i`.
    #[inline]
    fn spelled_before(&self, i: usize, tokens: &[Token], end: usize) -> bool {
        self.phrases[i].0.len() <= end && self.spelled_at(i, tokens, end - self.phrases[i].0.len())
    }

    /// The [`word_hash`] of every phrase's first word (in no order: for building sets).
    pub fn first_word_hashes(&self) -> impl Iterator<Item = u64> + '_ {
        self.by_first.keys().copied()
    }

    /// Every phrase spelled by the tokens starting at `at`, in list order.
    pub fn all_at<'a>(
        &'a self,
        tokens: &'a [Token],
        at: usize,
    ) -> impl Iterator<Item = &'a (Vec<String>, T)> + 'a {
        tokens
            .get(at)
            .and_then(|t| self.by_first.get(&t.hash))
            .into_iter()
            .flatten()
            .filter(move |&&i| self.spelled_at(i, tokens, at))
            .map(|&i| &self.phrases[i])
    }

    /// The first phrase (in list order) spelled by the tokens starting at `at`.
    pub fn first_at(&self, tokens: &[Token], at: usize) -> Option<&(Vec<String>, T)> {
        self.by_first
            .get(&tokens.get(at)?.hash)?
            .iter()
            .find(|&&i| self.spelled_at(i, tokens, at))
            .map(|&i| &self.phrases[i])
    }

    /// The first phrase (in list order) spelled by the tokens ending just before `end`.
    pub fn first_before(&self, tokens: &[Token], end: usize) -> Option<&(Vec<String>, T)> {
        let last = tokens.get(end.checked_sub(1)?)?;
        self.by_last
            .get(&last.hash)?
            .iter()
            .find(|&&i| self.spelled_before(i, tokens, end))
            .map(|&i| &self.phrases[i])
    }

    /// Every phrase that occurs in `tokens`, as (its index in list order, the first token it
    /// starts at), sorted by index: what asking each phrase in turn for its first occurrence
    /// gives, in one pass over the tokens.
    pub fn first_occurrences(&self, tokens: &[Token]) -> Vec<(usize, usize)> {
        let mut found: Vec<(usize, usize)> = Vec::new();
        for (k, t) in tokens.iter().enumerate() {
            let Some(list) = self.by_first.get(&t.hash) else {
                continue;
            };
            for &i in list {
                if !found.iter().any(|&(f, _)| f == i) && self.spelled_at(i, tokens, k) {
                    found.push((i, k));
                }
            }
        }
        found.sort_unstable();
        found
    }

    /// The value of the phrase at `index` in list order.
    pub fn value(&self, index: usize) -> &T {
        &self.phrases[index].1
    }

    /// The phrases in list order.
    pub fn iter(&self) -> impl Iterator<Item = &(Vec<String>, T)> {
        self.phrases.iter()
    }
}

/// A few single words (lower case, as tokens match them) that a token is asked about one at a
/// time. A bit per word, from the top of its [`word_hash`], answers most noes with one test;
/// then the hashes are compared, and only an equal hash is confirmed by the text.
#[derive(Clone, Debug, Default)]
pub struct WordSet {
    /// The [`WordSet::filter_bit`] of every word.
    filter: u64,
    words: Vec<(u64, String)>,
}

impl WordSet {
    /// The distinct `words`, in the order given.
    pub fn new(words: impl IntoIterator<Item = String>) -> WordSet {
        let mut set = WordSet::default();
        for w in words {
            if !set.words.iter().any(|(_, x)| *x == w) {
                let hash = word_hash(&w);
                set.filter |= Self::filter_bit(hash);
                set.words.push((hash, w));
            }
        }
        set
    }

    #[inline(always)]
    fn filter_bit(hash: u64) -> u64 {
        1 << (hash >> 58)
    }

    /// True when `token` is one of the words.
    #[inline(always)]
    pub fn contains(&self, token: &Token) -> bool {
        self.filter & Self::filter_bit(token.hash) != 0 && self.listed(token)
    }

    /// The check past the filter.
    #[inline(never)]
    fn listed(&self, token: &Token) -> bool {
        self.words
            .iter()
            .any(|(h, w)| *h == token.hash && token.lower == *w)
    }

    /// True when `key` (a match key, as a token's `lower`) is one of the words.
    pub fn contains_key(&self, key: &str) -> bool {
        self.words.iter().any(|(_, w)| w == key)
    }
}

/// The [`word_hash`] of each of `words`, for [`matches_hashed_at`].
pub fn word_hashes(words: &[String]) -> Vec<u64> {
    words.iter().map(|w| word_hash(w)).collect()
}

/// [`matches_at`] for words whose hashes (`hashes`, [`word_hashes`]) are at hand: a token
/// whose hash differs is told apart without comparing its text; equal hashes are confirmed by
/// the text, so a collision never matches.
#[inline]
pub fn matches_hashed_at(tokens: &[Token], at: usize, words: &[String], hashes: &[u64]) -> bool {
    debug_assert_eq!(words.len(), hashes.len());
    !words.is_empty()
        && at + words.len() <= tokens.len()
        && tokens[at..at + words.len()]
            .iter()
            .zip(hashes)
            .all(|(t, &h)| t.hash == h)
        && tokens[at..at + words.len()]
            .iter()
            .zip(words)
            .all(|(t, w)| t.lower == *w)
}

/// True when the tokens starting at `at` spell `words`.
pub fn matches_at(tokens: &[Token], at: usize, words: &[String]) -> bool {
    !words.is_empty()
        && at + words.len() <= tokens.len()
        && tokens[at..at + words.len()]
            .iter()
            .zip(words)
            .all(|(t, w)| t.lower == *w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_set_knows_its_words_in_any_case_and_nothing_else() {
        let set = WordSet::new(["ông".to_string(), "bà".to_string(), "ông".to_string()]);
        let text = "Ông Peskov và bà Zakharova, ông bà, ôngg bá";
        let found: Vec<&str> = tokenize(text, 0..text.len(), &[])
            .iter()
            .filter(|t| set.contains(t))
            .map(|t| &text[t.range.clone()])
            .collect();
        assert_eq!(found, vec!["Ông", "bà", "ông", "bà"]);
        assert!(set.contains_key("bà") && !set.contains_key("Bà"));
    }
}
