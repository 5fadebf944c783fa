//! Tokens of a sentence, for the grammar and attribution stages.
//!
//! Vietnamese writes one syllable per space-separated token, so a multi-word cue like
//! `cho biết thêm` is a run of tokens. Tokens keep numbers, dates and hyphenated names whole
//! (`40.000`, `3,5`, `19/9`, `3-10`, `Nagorno-Karabakh`, `Su-25SM3`) and split punctuation into
//! one token per character. Matching is by lower-cased text ([`Key`]); positions stay byte
//! ranges of the working text.
//!
//! - [`key`]: the inline match key of a token and its hash;
//! - [`map`]: a map keyed by word hashes, with a bit filter for the common "no";
//! - [`phrases`]: sets of multi-word phrases and of single words matched against tokens;
//! - `fast`: the tokenizer's path for plain syllables, sixteen bytes at a time.

use std::ops::Range;

use crate::text::chars::{
    decode, is_alphanumeric, is_space, is_upper, is_word_char, vietnamese_letter,
};

mod fast;
pub mod key;
pub mod map;
pub mod phrases;
#[cfg(test)]
mod tests;

use fast::{fast_word, Window};
use key::{hash_of_words, inline_key_bytes, KeyWriter};
pub use key::{word_hash, Key};
pub use map::{HashKeyed, WordMap};
pub use phrases::{matches_at, matches_hashed_at, phrase_words, word_hashes, PhraseSet, WordSet};

/// One token of the working text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// Byte range in the working text.
    pub range: Range<usize>,
    /// Lower-cased text with one tone-mark placement ([`crate::text::keys::match_key`]).
    pub lower: Key,
    /// [`word_hash`] of `lower`.
    pub hash: u64,
    /// A word (letters or digits), not punctuation.
    pub word: bool,
    /// Starts with an upper-case letter.
    pub cap: bool,
    /// Lies inside an outer quotation (its marks excluded).
    pub quoted: bool,
}

impl Token {
    /// True when the token is this punctuation character.
    #[inline]
    pub fn is(&self, c: char) -> bool {
        self.punctuation() == Some(c)
    }

    /// True for a dash between words (`Sở GD - ĐT`, `Ông X – Chủ tịch …`): a hyphen, an en
    /// dash or an em dash standing as a token of its own.
    #[inline]
    pub fn is_dash(&self) -> bool {
        self.is_any("-–—")
    }

    /// True for a punctuation token that is one of `chars`.
    #[inline]
    pub fn is_any(&self, chars: &str) -> bool {
        // A scan of the few characters: `str::contains(char)` searches for the character's
        // UTF-8 as a substring, a library call per question.
        self.punctuation()
            .is_some_and(|c| chars.chars().any(|x| x == c))
    }

    /// The character of a one-character punctuation token.
    #[inline]
    fn punctuation(&self) -> Option<char> {
        if self.word {
            return None;
        }
        let mut chars = self.lower.chars();
        let c = chars.next()?;
        chars.next().is_none().then_some(c)
    }
}

/// Tells whether tokens, asked in text order, lie inside one of sorted `quotes`.
struct QuoteCursor<'q> {
    quotes: &'q [Range<usize>],
    /// How many quotations open before the last token asked about.
    next: usize,
}

impl QuoteCursor<'_> {
    #[inline(always)]
    fn covers(&mut self, token: &Range<usize>) -> bool {
        while self
            .quotes
            .get(self.next)
            .is_some_and(|q| q.start < token.start)
        {
            self.next += 1;
        }
        self.next > 0 && self.quotes[self.next - 1].end > token.end
    }
}

/// Splits `text[range]` into tokens; `quotes` are the outer quotation ranges (sorted), used to
/// mark quoted tokens.
///
/// One pass over the bytes: word boundaries are found and the lower-case key written in the
/// same step. ASCII punctuation and plain syllables (`Window`, sixteen bytes at a time)
/// take fast paths; the general path tells ASCII and the common Vietnamese letters apart by
/// their bytes and decodes the rest.
pub fn tokenize(text: &str, range: Range<usize>, quotes: &[Range<usize>]) -> Vec<Token> {
    // Vietnamese prose has about one token per four to five bytes.
    let mut tokens = Vec::with_capacity(range.len() / 4 + 1);
    tokenize_into(text, range, quotes, &mut tokens);
    tokens
}

/// [`tokenize`], the tokens appended to `tokens`.
pub fn tokenize_into(
    text: &str,
    range: Range<usize>,
    quotes: &[Range<usize>],
    tokens: &mut Vec<Token>,
) {
    let s = &text[range.clone()];
    let bytes = s.as_bytes();
    let mut inside = QuoteCursor {
        quotes,
        next: quotes.partition_point(|q| q.start < range.start),
    };
    // The window the last plain word was read from; none yet (it starts past every byte).
    let mut window = (usize::MAX - 16, Window::default());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b' ' {
            i += 1;
            continue;
        }
        let start = i;
        if b.is_ascii_punctuation() {
            // A token of its own, its own key: what the general path makes of it.
            i += 1;
            let abs = range.start + start..range.start + i;
            let quoted = inside.covers(&abs);
            let key = [u64::from(b)];
            tokens.push(Token {
                hash: hash_of_words(1, &key),
                // SAFETY: one ASCII byte.
                lower: unsafe { Key::from_utf8_unchecked(1, inline_key_bytes(&key)) },
                word: false,
                cap: false,
                range: abs,
                quoted,
            });
            continue;
        }
        if let Some(fast) = fast_word(&mut window, text.as_bytes(), range.start + i, range.end) {
            i += fast.len;
            let abs = range.start + start..range.start + i;
            let quoted = inside.covers(&abs);
            tokens.push(Token {
                hash: hash_of_words(fast.len, &fast.key),
                // SAFETY: whole letters (see `Key::from_utf8_unchecked`).
                lower: unsafe { Key::from_utf8_unchecked(fast.len, inline_key_bytes(&fast.key)) },
                word: true,
                cap: fast.cap,
                range: abs,
                quoted,
            });
            continue;
        }
        let mut key = KeyWriter::new();
        // The first character, told apart by its bytes when it is ASCII or a common
        // Vietnamese letter: (a word?, a capital?, alphanumeric?, a digit?, its length).
        let (word, cap, mut prev_alphanumeric, mut prev_digit, len) = if b.is_ascii_alphanumeric() {
            key.push_ascii(b);
            (true, b.is_ascii_uppercase(), true, b.is_ascii_digit(), 1)
        } else if let Some((n, last)) = vietnamese_letter(bytes, i) {
            key.push_letter(&bytes[i..i + n], last);
            // A capital is the letter whose small form differs.
            (true, last != bytes[i + n - 1], true, false, n)
        } else {
            let Some((c, n)) = decode(bytes, i) else {
                break;
            };
            if is_space(c) {
                i += n;
                continue;
            }
            key.push(c, &bytes[i..i + n]);
            let alphanumeric = is_alphanumeric(c);
            (
                is_word_char(c),
                is_upper(c),
                alphanumeric,
                c.is_ascii_digit(),
                n,
            )
        };
        let mut end = i + len;
        if word {
            // `prev_alphanumeric` and `prev_digit` are of the character before `end`: the
            // joiner rules ask only these.
            // Joiners inside a word: `40.000`, `3,5`, `19/9`, `Nagorno-Karabakh`, `Xi'an`.
            loop {
                // ASCII letters and digits, the bulk of most words, without decoding.
                while let Some(&b) = bytes.get(end) {
                    if !b.is_ascii_alphanumeric() {
                        break;
                    }
                    key.push_ascii(b);
                    prev_alphanumeric = true;
                    prev_digit = b.is_ascii_digit();
                    end += 1;
                }
                if let Some((lj, last)) = vietnamese_letter(bytes, end) {
                    key.push_letter(&bytes[end..end + lj], last);
                    prev_alphanumeric = true;
                    prev_digit = false;
                    end += lj;
                    continue;
                }
                let Some((cj, lj)) = decode(bytes, end) else {
                    break;
                };
                if is_word_char(cj) {
                    key.push(cj, &bytes[end..end + lj]);
                    prev_alphanumeric = is_alphanumeric(cj);
                    prev_digit = cj.is_ascii_digit();
                    end += lj;
                    continue;
                }
                let next = decode(bytes, end + lj).map(|x| x.0);
                let next_is_word = next.is_some_and(is_word_char);
                let joins = match cj {
                    // `LĐ-TB&XH`, `TN&MT`: an ampersand inside an abbreviation.
                    '-' | '\'' | '’' | '&' => next_is_word && prev_alphanumeric,
                    '.' | ',' | '/' => {
                        next_is_word && prev_digit && next.is_some_and(|n| n.is_ascii_digit())
                    }
                    _ => false,
                };
                if !joins {
                    break;
                }
                key.push(cj, &bytes[end..end + lj]);
                prev_alphanumeric = is_alphanumeric(cj);
                prev_digit = false;
                end += lj;
            }
        }
        i = end;
        let abs = range.start + start..range.start + end;
        let quoted = inside.covers(&abs);
        let (lower, hash) = key.finish(&s[start..end]);
        tokens.push(Token {
            hash,
            lower,
            word,
            cap,
            range: abs,
            quoted,
        });
    }
}

/// The tokens of every sentence of a document, in one buffer (one allocation for the
/// document, not one per sentence): sentence `i`'s tokens are `self[i]`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SentenceTokens {
    tokens: Vec<Token>,
    /// Where each sentence's tokens end in `tokens`.
    ends: Vec<usize>,
}

impl SentenceTokens {
    /// No sentences, room for about `bytes` bytes of text.
    pub fn with_capacity(sentences: usize, bytes: usize) -> SentenceTokens {
        SentenceTokens {
            tokens: Vec::with_capacity(bytes / 4 + 1),
            ends: Vec::with_capacity(sentences),
        }
    }

    /// Tokenises `text[range]` ([`tokenize`]) as the next sentence.
    pub fn push_sentence(&mut self, text: &str, range: Range<usize>, quotes: &[Range<usize>]) {
        tokenize_into(text, range, quotes, &mut self.tokens);
        self.ends.push(self.tokens.len());
    }

    /// How many sentences.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// True when there is no sentence.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// The tokens of sentence `i`.
    pub fn get(&self, i: usize) -> Option<&[Token]> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        Some(&self.tokens[start..end])
    }

    /// The tokens of each sentence, in order.
    pub fn iter(&self) -> impl Iterator<Item = &[Token]> + '_ {
        (0..self.len()).map(|i| &self[i])
    }
}

impl<'a> IntoIterator for &'a SentenceTokens {
    type Item = &'a [Token];
    type IntoIter = Box<dyn Iterator<Item = &'a [Token]> + 'a>;
    fn into_iter(self) -> Self::IntoIter {
        Box::new(self.iter())
    }
}

impl std::ops::Index<usize> for SentenceTokens {
    type Output = [Token];
    fn index(&self, i: usize) -> &[Token] {
        self.get(i).expect("a sentence index")
    }
}
