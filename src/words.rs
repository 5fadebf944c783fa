//! Words of a sentence, for the grammar and attribution stages.
//!
//! Vietnamese writes one syllable per space-separated token, so a multi-word cue like
//! `cho biết thêm` is a run of tokens. Tokens keep numbers, dates and hyphenated names whole
//! (`40.000`, `3,5`, `19/9`, `3-10`, `Nagorno-Karabakh`, `Su-25SM3`) and split punctuation into
//! one token per character. Matching is by lower-cased text; positions stay byte ranges of the
//! working text.

use std::collections::HashMap;
use std::ops::Range;

/// One token of the working text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the working text.
    pub range: Range<usize>,
    /// Lower-cased text with one tone-mark placement ([`crate::normalize::match_key`]).
    pub lower: String,
    /// A word (letters or digits), not punctuation.
    pub word: bool,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Lies inside an outer quotation (its marks excluded).
    pub quoted: bool,
}

impl Token {
    /// True when the token is this punctuation character.
    pub fn is(&self, c: char) -> bool {
        !self.word && self.lower.starts_with(c) && self.lower.chars().count() == 1
    }

    /// True for a punctuation token that is one of `chars`.
    pub fn is_any(&self, chars: &str) -> bool {
        !self.word && self.lower.chars().count() == 1 && chars.contains(self.lower.as_str())
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    is_letter(c) || c.is_numeric() || unicode_normalization::char::canonical_combining_class(c) != 0
}

/// `char::is_alphabetic`, answered without a table lookup for ASCII and the Latin blocks
/// Vietnamese is written in (the hot case: every character of every article).
#[inline]
pub fn is_letter(c: char) -> bool {
    match u32::from(c) {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xC0..=0x24F => c != '×' && c != '÷',
        0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

/// Splits `text[range]` into tokens; `quotes` are the outer quotation ranges (sorted), used to
/// mark quoted tokens.
pub fn tokenize(text: &str, range: Range<usize>, quotes: &[Range<usize>]) -> Vec<Token> {
    let s = &text[range.clone()];
    let mut tokens = Vec::new();
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        if c.is_whitespace() {
            k += 1;
            continue;
        }
        let start = i;
        let mut end;
        if is_word_char(c) {
            let mut j = k + 1;
            // Joiners inside a word: `40.000`, `3,5`, `19/9`, `Nagorno-Karabakh`, `Xi'an`.
            while j < chars.len() {
                let cj = chars[j].1;
                if is_word_char(cj) {
                    j += 1;
                    continue;
                }
                let next_is_word = chars.get(j + 1).is_some_and(|x| is_word_char(x.1));
                let prev = chars[j - 1].1;
                let joins = match cj {
                    // `LĐ-TB&XH`, `TN&MT`: an ampersand inside an abbreviation.
                    '-' | '\'' | '’' | '&' => next_is_word && prev.is_alphanumeric(),
                    '.' | ',' | '/' => {
                        next_is_word && prev.is_ascii_digit() && chars[j + 1].1.is_ascii_digit()
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                j += 1;
            }
            end = chars.get(j).map_or(s.len(), |x| x.0);
            k = j;
        } else {
            end = i + c.len_utf8();
            k += 1;
        }
        if end > s.len() {
            end = s.len();
        }
        let abs = range.start + start..range.start + end;
        let word = is_word_char(c);
        let quoted = {
            let idx = quotes.partition_point(|q| q.start < abs.start);
            idx > 0 && quotes[idx - 1].end > abs.end
        };
        tokens.push(Token {
            lower: crate::normalize::match_key(&s[start..end]),
            word,
            cap: c.is_uppercase(),
            range: abs,
            quoted,
        });
    }
    tokens
}

/// The lower-cased words of a phrase, for matching against tokens.
pub fn phrase_words(phrase: &str) -> Vec<String> {
    tokenize(phrase, 0..phrase.len(), &[])
        .into_iter()
        .map(|t| t.lower)
        .collect()
}

/// Phrases (lower-cased words) with a value each, indexed by their first and last words so
/// that finding the phrases at a token costs a hash lookup, not a scan of the whole list.
/// Phrases keep the order they were given in (callers sort them longest first), so the first
/// match is the one a scan of the list would find.
#[derive(Clone, Debug)]
pub struct PhraseSet<T> {
    phrases: Vec<(Vec<String>, T)>,
    by_first: HashMap<String, Vec<usize>>,
    by_last: HashMap<String, Vec<usize>>,
}

impl<T> PhraseSet<T> {
    /// Indexes `phrases`; empty phrases are kept in the list but never match.
    pub fn new(phrases: Vec<(Vec<String>, T)>) -> PhraseSet<T> {
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_last: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, (words, _)) in phrases.iter().enumerate() {
            if let (Some(first), Some(last)) = (words.first(), words.last()) {
                by_first.entry(first.clone()).or_default().push(i);
                by_last.entry(last.clone()).or_default().push(i);
            }
        }
        PhraseSet {
            phrases,
            by_first,
            by_last,
        }
    }

    /// Every phrase spelled by the tokens starting at `at`, in list order.
    pub fn all_at<'a>(
        &'a self,
        tokens: &'a [Token],
        at: usize,
    ) -> impl Iterator<Item = &'a (Vec<String>, T)> + 'a {
        tokens
            .get(at)
            .and_then(|t| self.by_first.get(&t.lower))
            .into_iter()
            .flatten()
            .map(|&i| &self.phrases[i])
            .filter(move |(words, _)| matches_at(tokens, at, words))
    }

    /// The first phrase (in list order) spelled by the tokens starting at `at`.
    pub fn first_at(&self, tokens: &[Token], at: usize) -> Option<&(Vec<String>, T)> {
        self.by_first
            .get(&tokens.get(at)?.lower)?
            .iter()
            .map(|&i| &self.phrases[i])
            .find(|(words, _)| matches_at(tokens, at, words))
    }

    /// The first phrase (in list order) spelled by the tokens ending just before `end`.
    pub fn first_before(&self, tokens: &[Token], end: usize) -> Option<&(Vec<String>, T)> {
        let last = tokens.get(end.checked_sub(1)?)?;
        self.by_last
            .get(&last.lower)?
            .iter()
            .map(|&i| &self.phrases[i])
            .find(|(words, _)| matches_before(tokens, end, words))
    }

    /// The phrases in list order.
    pub fn iter(&self) -> impl Iterator<Item = &(Vec<String>, T)> {
        self.phrases.iter()
    }
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

/// The number of words of `phrase` (lower case, words separated by single spaces) when the
/// tokens starting at `at` spell it; no allocation, for fixed phrases in the code.
pub fn phrase_at(tokens: &[Token], at: usize, phrase: &str) -> Option<usize> {
    let mut n = 0;
    for word in phrase.split(' ') {
        if tokens.get(at + n)?.lower != word {
            return None;
        }
        n += 1;
    }
    Some(n)
}

/// The first of `phrases` spelled by the tokens starting at `at`, as its word count.
pub fn any_phrase_at(tokens: &[Token], at: usize, phrases: &[&str]) -> Option<usize> {
    phrases.iter().find_map(|p| phrase_at(tokens, at, p))
}

/// True when the tokens ending just before `end` spell `words`.
pub fn matches_before(tokens: &[Token], end: usize, words: &[String]) -> bool {
    words.len() <= end && matches_at(tokens, end - words.len(), words)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokenize(s, 0..s.len(), &[])
            .into_iter()
            .map(|t| t.lower)
            .collect()
    }

    #[test]
    fn numbers_dates_and_hyphenated_names_stay_whole() {
        assert_eq!(
            words("Hơn 40.000 người, 3,5%, hôm 3-10 ở Nagorno-Karabakh."),
            vec![
                "hơn",
                "40.000",
                "người",
                ",",
                "3,5",
                "%",
                ",",
                "hôm",
                "3-10",
                "ở",
                "nagorno-karabakh",
                "."
            ]
        );
    }

    #[test]
    fn punctuation_is_one_token_per_character() {
        assert_eq!(words("nói: “Cần”"), vec!["nói", ":", "“", "cần", "”"]);
    }

    #[test]
    fn quoted_tokens_are_marked() {
        let s = "nói “Cần đối thoại” thêm";
        let q = s.find('“').unwrap()..s.find('”').unwrap() + '”'.len_utf8();
        let toks = tokenize(s, 0..s.len(), &[q]);
        let quoted: Vec<&str> = toks
            .iter()
            .filter(|t| t.quoted)
            .map(|t| t.lower.as_str())
            .collect();
        assert_eq!(quoted, vec!["cần", "đối", "thoại"]);
    }
}
