//! What a claim says, apart from who says it: whether it is quoted, whether it negates, and
//! the date it names.

use std::ops::Range;

use super::{Kind, Polarity};
use crate::lexicon::Lexicon;
use crate::rules::{CueClass, WordRole};
use crate::segment::Segments;
use crate::tokens::{matches_at, Token};

/// Strips a quotation that is the whole content, and tells direct, mixed and indirect apart.
pub(super) fn content_kind(s: &str, seg: &Segments, content: Range<usize>) -> (Range<usize>, Kind) {
    let whole = seg.quotes.iter().find(|q| {
        q.depth == 0
            && (q.range == content
                || q.inner == content
                || (q.range.start == content.start && q.range.end >= content.end))
    });
    if let Some(q) = whole {
        return (q.inner.clone(), Kind::Direct);
    }
    let has_quote = seg
        .quotes
        .iter()
        .any(|q| q.depth == 0 && q.range.start >= content.start && q.range.end <= content.end + 3);
    let marks = s[content.clone()]
        .chars()
        .any(|c| matches!(c, '“' | '”' | '"' | '«' | '»'));
    if has_quote || marks {
        (content, Kind::Mixed)
    } else {
        (content, Kind::Indirect)
    }
}

/// Whether the content (its `tokens`) is negated.
pub(super) fn polarity(tokens: &[Token], class: CueClass, rules: &Lexicon) -> Polarity {
    if class == CueClass::Deny {
        return Polarity::Negate;
    }
    let negators = rules.phrases(WordRole::Negator);
    let compounds = rules.phrases(WordRole::NotNegator);
    // A negator near the start of the content or of one of its clauses (a long quotation's
    // `Lực lượng vũ trang … không chiến đấu chống lại dân thường`).
    let clause_starts: Vec<usize> = std::iter::once(0)
        .chain(
            (0..tokens.len())
                .filter(|&k| tokens[k].is_any(".;:"))
                .map(|k| k + 1),
        )
        .collect();
    let near_clause_start = |k: usize| {
        clause_starts
            .iter()
            .any(|&c| k >= c && k < c + if c == 0 { 6 } else { 10 })
    };
    let negated = (0..tokens.len())
        .filter(|&k| near_clause_start(k))
        .any(|k| {
            negators.iter().any(|w| matches_at(tokens, k, w))
                && !compounds.iter().any(|w| matches_at(tokens, k, w))
        });
    if negated {
        Polarity::Negate
    } else {
        Polarity::Affirm
    }
}

/// `hôm 3-10` with year 2020 → `2020-10-03`.
pub(super) fn resolve_date(written: &str, year: Option<&str>) -> Option<String> {
    let year = year?;
    let numbers: Vec<u32> = written
        .split(|c: char| !c.is_ascii_digit())
        .filter(|p| !p.is_empty())
        .filter_map(|p| p.parse().ok())
        .collect();
    match numbers.as_slice() {
        [day, month, ..] if (1..=31).contains(day) && (1..=12).contains(month) => {
            Some(format!("{year}-{month:02}-{day:02}"))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_and_month_resolve_with_the_year() {
        assert_eq!(
            resolve_date("hôm 3-10", Some("2020")),
            Some("2020-10-03".into())
        );
        assert_eq!(
            resolve_date("ngày 19/9", Some("2020")),
            Some("2020-09-19".into())
        );
        assert_eq!(resolve_date("hôm 3-10", None), None);
        assert_eq!(resolve_date("tuần trước", Some("2020")), None);
    }
}
