//! Quotations with no cue of their own.
//!
//! ```text
//! “Chúng tôi sẽ đáp trả.” (after a claim of X)          bare quote: X's words
//! phía Azerbaijan "chiếm được những cứ điểm mới"          side quote: a side and its own words
//! ```

use std::ops::Range;

use crate::grammar::input::{Res, Toks};
use crate::grammar::parsers::quote_open;
use crate::grammar::speaker;
use crate::grammar::words::Words;
use crate::rules::WordRole;
use crate::segment::Segments;
use crate::tokens::Token;

/// The fewest quoted words a bare quote needs (shorter ones are scare quotes and titles).
pub(crate) const MIN_BARE_QUOTE_WORDS: usize = 4;

/// The most tokens a side-quote speaker has (`phía Azerbaijan`).
const MAX_SIDE_TOKENS: usize = 4;

/// A sentence that opens with a quotation of at least [`MIN_BARE_QUOTE_WORDS`] words: gives
/// the inner range (bytes) of that quotation.
pub(crate) fn bare(tokens: &[Token], seg: &Segments) -> Option<Range<usize>> {
    let (_, at) = quote_open(Toks::whole(tokens)).ok()?;
    let q = outer_quote_at(seg, tokens[at].range.start)?;
    let words = tokens.iter().filter(|t| t.quoted && t.word).count();
    (words >= MIN_BARE_QUOTE_WORDS).then(|| q.clone())
}

/// `phía Azerbaijan "chiếm được …"`: a quotation opening at token `k` with a lower-case word
/// (a verb phrase: the side's own words), right after a side marker and a short name. Gives the
/// speaker's tokens and the quotation's inner bytes.
pub(crate) fn side(
    w: &Words,
    tokens: &[Token],
    seg: &Segments,
    k: usize,
) -> Option<(Range<usize>, Range<usize>)> {
    if k < 2 || opens_verb_phrase(Toks::new(tokens, k..tokens.len())).is_err() {
        return None;
    }
    let sp = speaker::before_from(w, tokens, k, 0)?;
    if w.at(WordRole::SideMarker, tokens, sp.start).is_none()
        || sp.end != k
        || sp.len() > MAX_SIDE_TOKENS
    {
        return None;
    }
    let q = outer_quote_at(seg, tokens[k].range.start)?;
    Some((sp, q.clone()))
}

/// An opening quotation mark before a lower-case quoted word (a verb phrase).
fn opens_verb_phrase(i: Toks<'_>) -> Res<'_, usize> {
    let (rest, at) = quote_open(i)?;
    match rest.first() {
        Some(n) if n.word && !n.cap && n.quoted => Ok((rest, at)),
        _ => crate::grammar::input::miss(rest),
    }
}

/// The inner bytes of the outer quotation that opens at byte `start`.
fn outer_quote_at(seg: &Segments, start: usize) -> Option<&Range<usize>> {
    seg.quotes
        .iter()
        .find(|q| q.depth == 0 && q.range.start == start)
        .map(|q| &q.inner)
}
