//! When an article is about: the years it can be about and the day-month dates it mentions.
//!
//! Both the report (a document's `period` and `dates`) and the conflict pairing (claims of
//! articles about different times never pair; a shared date ties two articles to the same
//! events) need these, so they are worked out here, once per document, before either runs.
//! The words a date follows (`hôm 27/9`, `thứ Ba (19/9)`) are the `date_word` role of
//! `rules/grammar.txt`; the date itself is the grammar's [`crate::grammar::date`].

use std::collections::BTreeSet;

use crate::lexicon::Lexicon;
use crate::rules::WordRole;
use crate::text::lanes::Lanes;
use crate::tokens::{matches_at, tokenize, Token};

/// What pairing and the report know of an article's time, worked out once per document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Dating {
    /// The years the article can be about ([`Period::estimate`]).
    pub period: Period,
    /// True when the document has no date of its own, so the period comes from the years its
    /// text mentions.
    pub undated: bool,
    /// Day-month dates the text mentions after a date word ([`mentioned_dates`]), as `27/9`.
    pub dates: Vec<String>,
}

impl Dating {
    /// The dating of a document whose own date is `date` (`2020-10`, none when unknown) and
    /// whose working text is `text`.
    pub fn of(date: Option<&str>, text: &str, rules: &Lexicon) -> Dating {
        Dating {
            period: Period::estimate(date, text),
            undated: date.is_none(),
            dates: mentioned_dates(text, rules),
        }
    }
}

/// Rough period of a document, from its date or the years it mentions: a text that mentions a
/// year without a date of its own reports on later events (`cuộc chiến kéo dài 44 ngày vào năm
/// 2020` is written after 2020).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Period {
    /// Earliest year the article can be about.
    pub from: i32,
    /// Latest year.
    pub to: i32,
}

impl Period {
    /// From the document date (`2020-10`) or, failing that, the latest year in the text.
    pub fn estimate(date: Option<&str>, text: &str) -> Period {
        if let Some(year) = date.and_then(|d| d.get(..4)).and_then(|y| y.parse().ok()) {
            return Period {
                from: year,
                to: year,
            };
        }
        match latest_year(text) {
            Some(y) => Period {
                from: y + 1,
                to: i32::MAX,
            },
            None => Period {
                from: i32::MIN,
                to: i32::MAX,
            },
        }
    }

    /// True when the two periods share a year.
    pub fn overlaps(&self, other: &Period) -> bool {
        self.from <= other.to && other.from <= self.to
    }
}

/// The largest run of exactly four digits in `text` that reads as a year (1900 to 2100), in
/// one pass.
fn latest_year(text: &str) -> Option<i32> {
    let mut latest = i32::MIN;
    let (mut run, mut value) = (0usize, 0i32);
    let mut year_ends = |run: usize, value: i32| {
        if run == 4 && (1900..=2100).contains(&value) {
            latest = latest.max(value);
        }
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        // Sixteen bytes tested at once ([`Lanes`]; zeros past the end are no digits): prose
        // is mostly digit-free, and a non-digit ends any run.
        let digits = Lanes::at(bytes, i).in_range(b'0', b'9').mask();
        if digits & 1 == 0 {
            if run > 0 {
                year_ends(run, value);
                (run, value) = (0, 0);
            }
            i += if digits == 0 {
                16
            } else {
                digits.trailing_zeros() as usize
            };
            continue;
        }
        // The digits from `i` in these sixteen bytes; the run may go on past them.
        let ones = (!digits).trailing_zeros() as usize;
        for &b in &bytes[i..i + ones] {
            run += 1;
            value = value.wrapping_mul(10).wrapping_add(i32::from(b - b'0'));
        }
        i += ones;
    }
    year_ends(run, value);
    (latest != i32::MIN).then_some(latest)
}

/// How far before a date its date word is looked for, in bytes.
pub const DATE_WINDOW_BYTES: usize = 80;

/// How many tokens before a date its date word may be (`hôm thứ Ba (19/9)`).
const DATE_WORD_REACH: usize = 4;

/// The date words of the rules, as the scan for dates asks them.
struct DateWords<'r> {
    /// Each phrase as words.
    phrases: &'r [Vec<String>],
    /// True when a window's plain lower case holds the first word of a phrase whenever its
    /// match key does ([`crate::text::keys::lowercase_finds`]), so that the key need not be made.
    lowercase_finds: bool,
}

impl<'r> DateWords<'r> {
    fn new(rules: &'r Lexicon) -> DateWords<'r> {
        let phrases = rules.phrases(WordRole::DateWord);
        DateWords {
            phrases,
            lowercase_finds: rules.date_words_lowercase_finds,
        }
    }

    /// True when `window` (its lower case in `lower`, when it has one that can stand for its
    /// key) may hold a date word: a prefilter, never wrong when it says no.
    fn maybe_in(&self, window: &str, lower: &mut String) -> bool {
        let firsts = || self.phrases.iter().filter_map(|w| w.first());
        if self.lowercase_finds && crate::text::keys::lowercase_into(window, lower) {
            firsts().any(|w| lower.contains(w.as_str()))
        } else {
            let key = crate::text::keys::match_key(window);
            firsts().any(|w| key.contains(w.as_str()))
        }
    }

    /// True when a date word ends before token `k` and starts at most [`DATE_WORD_REACH`]
    /// tokens before it.
    fn before(&self, tokens: &[Token], k: usize) -> bool {
        (k.saturating_sub(DATE_WORD_REACH)..k).rev().any(|at| {
            self.phrases
                .iter()
                .any(|w| at + w.len() <= k && matches_at(tokens, at, w))
        })
    }
}

/// Day-month dates after a date word (`hôm 27/9`, `ngày 3-10`, `thứ Ba (19/9)`), as `27/9`,
/// sorted and unique. The date words are the `date_word` role of `rules/grammar.txt`.
pub fn mentioned_dates(text: &str, rules: &Lexicon) -> Vec<String> {
    let words = DateWords::new(rules);
    let mut out = BTreeSet::new();
    let bytes = text.as_bytes();
    let mut done = 0;
    // The lower case of each window looked at, in one buffer.
    let mut lower = String::new();
    // Only a digit, a separator and a digit can be a date: tokenise a window around each such
    // place (the date word is at most four tokens before it), never the whole text.
    // The separator first: it is the rarer byte, found sixteen bytes at a time.
    let mut next = 1;
    while let Some(sep) = crate::text::chars::find_byte_of(bytes, next, [b'/', b'-', b'.']) {
        next = sep + 1;
        let i = sep - 1;
        let shape =
            sep + 1 < bytes.len() && bytes[i].is_ascii_digit() && bytes[sep + 1].is_ascii_digit();
        if !shape || i < done {
            continue;
        }
        let mut from = crate::text::chars::ceil_boundary(text, i.saturating_sub(DATE_WINDOW_BYTES));
        // Within the date's line, starting at a word boundary so that the first token is whole
        // (looking back no further than the window, so many dates on one line stay linear).
        from = match text[from..i].rfind('\n') {
            Some(n) => from + n + 1,
            None if from > 0 => text[from..i].find(' ').map_or(i, |sp| from + sp + 1),
            None => 0,
        };
        let to = text[i..]
            .find(|c: char| c.is_whitespace())
            .map_or(text.len(), |n| i + n);
        // Most such places are numbers (`40.000`) with no date word before them: a date needs
        // one of the words as a token, whose key is the word, so the window's key must
        // contain it (keys, unlike plain lower case, also recompose decomposed letters).
        if words.maybe_in(&text[from..to], &mut lower) {
            dates_in(&tokenize(text, from..to, &[]), &words, &mut out);
        }
        done = to;
    }
    out.into_iter().collect()
}

/// The day-month dates after a date word among `tokens`, into `out`.
fn dates_in(tokens: &[Token], words: &DateWords, out: &mut BTreeSet<String>) {
    for (k, t) in tokens.iter().enumerate() {
        let Ok((rest, date)) = crate::grammar::date(&t.lower) else {
            continue;
        };
        if !rest.is_empty() {
            continue;
        }
        let parts: Vec<u32> = date
            .split(['/', '-', '.'])
            .filter_map(|p| p.parse().ok())
            .collect();
        if words.before(tokens, k)
            && parts.len() >= 2
            && (1..=31).contains(&parts[0])
            && (1..=12).contains(&parts[1])
        {
            out.insert(format!("{}/{}", parts[0], parts[1]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        Lexicon::new(&crate::rules::Rules::embedded())
    }

    proptest::proptest! {
        #[test]
        fn the_latest_year_is_the_largest_four_digit_run_in_range(s in "[0-9a ]{0,60}") {
            let naive = s
                .split(|c: char| !c.is_ascii_digit())
                .filter(|run| run.len() == 4)
                .filter_map(|run| run.parse::<i32>().ok())
                .filter(|y| (1900..=2100).contains(y))
                .max();
            let got = Period::estimate(None, &s).from;
            proptest::prop_assert_eq!(got, naive.map_or(i32::MIN, |y| y + 1));
        }
    }

    #[test]
    fn dates_are_found_after_decomposed_time_words() {
        let rules = lexicon();
        assert_eq!(
            mentioned_dates("ho\u{0302}m 27/9 và Ngày 3-10", &rules),
            vec!["27/9", "3/10"]
        );
        assert!(mentioned_dates("có 40.000 người", &rules).is_empty());
    }

    #[test]
    fn the_date_words_of_the_rules_need_no_key() {
        let rules = lexicon();
        let words = DateWords::new(&rules);
        assert!(!words.phrases.is_empty());
        assert!(words.lowercase_finds);
        use crate::text::keys::lowercase_finds;
        // A word the lower case could miss (`hoà` is keyed `hòa`).
        assert!(!lowercase_finds("hòa"));
        assert!(!lowercase_finds("a"));
        assert!(lowercase_finds("hôm") && lowercase_finds("chiều") && lowercase_finds("thứ"));
        // Every toned plain `o` and `u`, and no other letter.
        let toned: String = "aáoóòỏõọôồuúùủũụưứ"
            .chars()
            .filter(|&c| !lowercase_finds(&format!("x{c}")))
            .collect();
        assert_eq!(toned, "óòỏõọúùủũụ");
    }

    #[test]
    fn only_four_digit_runs_are_years() {
        let p = Period::estimate(None, "năm 2019, 20200 người, 12019 và 1899, số 2021");
        assert_eq!(p.from, 2022);
        assert_eq!(Period::estimate(None, "2020").from, 2021);
        // Runs that straddle the sixteen bytes tested at once.
        let pad = "x".repeat(14);
        assert_eq!(Period::estimate(None, &format!("{pad}2020 ")).from, 2021);
        assert_eq!(
            Period::estimate(None, &format!("{pad}12020")).from,
            i32::MIN
        );
        assert_eq!(
            Period::estimate(None, &format!("{pad}{pad}1999")).from,
            2000
        );
        assert_eq!(Period::estimate(None, "202 20201").from, i32::MIN);
    }

    #[test]
    fn a_year_in_the_text_means_the_article_is_later() {
        let p = Period::estimate(None, "sau cuộc chiến kéo dài 44 ngày vào năm 2020");
        assert_eq!(p.from, 2021);
        assert!(!p.overlaps(&Period::estimate(Some("2020-10"), "")));
        assert!(Period::estimate(None, "hôm 27/9").overlaps(&Period::estimate(Some("2020-10"), "")));
    }
}
