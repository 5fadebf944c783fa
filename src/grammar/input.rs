//! The grammar's input: a sentence's tokens, as nom sees them.
//!
//! nom 8 parses anything that implements [`nom::Input`]; [`Toks`] is a window `at..end` on the
//! tokens of one sentence. It keeps the whole sentence at hand, so a parser can look at the
//! token before its window (is the cue preceded by `trong một`?) and every position is an index
//! into the sentence, the same index the driver and the other parsers use.

use std::ops::Range;

use nom::error::{ContextError, ErrorKind, ParseError};
use nom::{IResult, Needed};

use crate::tokens::Token;

/// Tokens `at..end` of a sentence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Toks<'a> {
    all: &'a [Token],
    at: usize,
    end: usize,
}

impl<'a> Toks<'a> {
    /// The window `range` on the sentence `all` (clamped to it).
    pub(crate) fn new(all: &'a [Token], range: Range<usize>) -> Toks<'a> {
        let end = range.end.min(all.len());
        Toks {
            all,
            at: range.start.min(end),
            end,
        }
    }

    /// The whole sentence.
    pub(crate) fn whole(all: &'a [Token]) -> Toks<'a> {
        Toks::new(all, 0..all.len())
    }

    /// Where the window starts, as an index into the sentence.
    pub(crate) fn pos(&self) -> usize {
        self.at
    }

    /// Where the window ends.
    pub(crate) fn end(&self) -> usize {
        self.end
    }

    /// The sentence's tokens.
    pub(crate) fn all(&self) -> &'a [Token] {
        self.all
    }

    /// The first token of the window.
    pub(crate) fn first(&self) -> Option<&'a Token> {
        self.all.get(self.at).filter(|_| self.at < self.end)
    }

    /// The window's tokens.
    pub(crate) fn tokens(&self) -> &'a [Token] {
        &self.all[self.at..self.end]
    }

    /// The window with its first `n` tokens consumed.
    pub(crate) fn skip(&self, n: usize) -> Toks<'a> {
        Toks::new(self.all, self.at + n..self.end)
    }
}

impl<'a> nom::Input for Toks<'a> {
    type Item = &'a Token;
    type Iter = std::slice::Iter<'a, Token>;
    type IterIndices = std::iter::Enumerate<std::slice::Iter<'a, Token>>;

    fn input_len(&self) -> usize {
        self.end - self.at
    }

    fn take(&self, index: usize) -> Self {
        Toks::new(self.all, self.at..self.at + index)
    }

    fn take_from(&self, index: usize) -> Self {
        Toks::new(self.all, self.at + index..self.end)
    }

    fn take_split(&self, index: usize) -> (Self, Self) {
        (self.take_from(index), self.take(index))
    }

    fn position<P>(&self, predicate: P) -> Option<usize>
    where
        P: Fn(Self::Item) -> bool,
    {
        self.tokens().iter().position(predicate)
    }

    fn iter_elements(&self) -> Self::Iter {
        self.tokens().iter()
    }

    fn iter_indices(&self) -> Self::IterIndices {
        self.tokens().iter().enumerate()
    }

    fn slice_index(&self, count: usize) -> Result<usize, Needed> {
        if count <= self.input_len() {
            Ok(count)
        } else {
            Err(Needed::new(count - self.input_len()))
        }
    }
}

impl nom::Offset for Toks<'_> {
    fn offset(&self, second: &Self) -> usize {
        second.at - self.at
    }
}

/// Why a parser did not match: where, and the named parsers it was inside (innermost first,
/// the first few), so that a failure can be traced (`context("speaker", …)`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Miss {
    /// The token index where the parser gave up.
    pub(crate) at: usize,
    /// The named parsers around it, innermost first.
    pub(crate) trail: [&'static str; 4],
}

impl<'a> ParseError<Toks<'a>> for Miss {
    fn from_error_kind(input: Toks<'a>, _kind: ErrorKind) -> Self {
        Miss {
            at: input.pos(),
            trail: [""; 4],
        }
    }

    fn append(_input: Toks<'a>, _kind: ErrorKind, other: Self) -> Self {
        other
    }
}

impl<'a> ContextError<Toks<'a>> for Miss {
    fn add_context(_input: Toks<'a>, ctx: &'static str, mut other: Self) -> Self {
        if let Some(slot) = other.trail.iter_mut().find(|s| s.is_empty()) {
            *slot = ctx;
        }
        other
    }
}

/// What every grammar parser returns.
pub(crate) type Res<'a, O> = IResult<Toks<'a>, O, Miss>;

/// A failure at `input` (the parser does not apply here).
pub(crate) fn miss<O>(input: Toks<'_>) -> Res<'_, O> {
    Err(nom::Err::Error(Miss::from_error_kind(
        input,
        ErrorKind::Verify,
    )))
}
