//! The categories every pattern is built from, as small nom parsers over [`Toks`]: one
//! punctuation mark, a phrase of a grammar role, gap words (adverbs and time phrases between a
//! speaker and its cue), the complement after a cue (`rằng`, `:`), sentence openers.
//!
//! Each takes its words from `rules/grammar.txt` through [`Words`]; the code knows only
//! punctuation.

use std::ops::Range;

use nom::branch::alt;
use nom::character::complete::{char as ch, digit1};
use nom::combinator::{all_consuming, eof, map, opt, recognize};
use nom::multi::fold_many0;
use nom::sequence::pair;
use nom::{IResult, Parser};

use super::input::{miss, Res, Toks};
use super::words::Words;
use crate::rules::WordRole;
use crate::tokens::Token;

/// Zero or more of `parser`, keeping nothing (no allocation, unlike `many0`).
pub(crate) fn skip_many0<'a, O>(
    parser: impl Parser<Toks<'a>, Output = O, Error = super::input::Miss>,
) -> impl Parser<Toks<'a>, Output = (), Error = super::input::Miss> {
    fold_many0(parser, || (), |(), _| ())
}

/// One token that is one of the punctuation marks `marks`; gives its index.
///
/// ```text
/// ", ông Peskov nói" → ","
/// ```
pub(crate) fn punct<'a>(marks: &'static str) -> impl Fn(Toks<'a>) -> Res<'a, usize> {
    move |i: Toks<'a>| match i.first() {
        Some(t) if t.is_any(marks) => Ok((i.skip(1), i.pos())),
        _ => miss(i),
    }
}

/// One word token for which `test` holds; gives its index.
pub(crate) fn word<'a>(test: impl Fn(&Token) -> bool) -> impl Fn(Toks<'a>) -> Res<'a, usize> {
    move |i: Toks<'a>| match i.first() {
        Some(t) if t.word && test(t) => Ok((i.skip(1), i.pos())),
        _ => miss(i),
    }
}

/// The longest phrase of a grammar role that starts here and ends inside the window; gives
/// its token range.
///
/// ```text
/// role(Adverb): "nhiều lần nói" → "nhiều lần"
/// ```
pub(crate) fn role<'a>(w: &'a Words, r: WordRole) -> impl Fn(Toks<'a>) -> Res<'a, Range<usize>> {
    move |i: Toks<'a>| {
        let fits = w.role(r).and_then(|set| {
            set.all_at(i.all(), i.pos())
                .map(|(words, _)| words.len())
                .find(|&n| i.pos() + n <= i.end())
        });
        match fits {
            Some(n) => Ok((i.skip(n), i.pos()..i.pos() + n)),
            None => miss(i),
        }
    }
}

/// A date as news writes it, in one token: `5/11`, `3-10`, `19/9/2023`.
///
/// ```text
/// "3-10" → "3-10"
/// ```
pub fn date(input: &str) -> IResult<&str, &str> {
    recognize((
        digit1,
        alt((ch('/'), ch('-'), ch('.'))),
        digit1,
        opt((alt((ch('/'), ch('-'))), digit1)),
    ))
    .parse(input)
}

/// A token that is a whole date ([`date`]).
fn date_token<'a>(i: Toks<'a>) -> Res<'a, usize> {
    word(|t| all_consuming(date).parse(t.lower.as_str()).is_ok())(i)
}

/// A token of digits.
fn number_token<'a>(i: Toks<'a>) -> Res<'a, usize> {
    word(|t| t.lower.bytes().all(|b| b.is_ascii_digit()))(i)
}

/// One part of a time phrase after its opening word: a weekday, `(19/9)`, a date,
/// `tháng 3`, `qua`, a number.
fn time_part<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, ()> {
    move |i: Toks<'a>| {
        alt((
            map(role(w, WordRole::Weekday), drop),
            map((punct("("), date_token, punct(")")), drop),
            map(date_token, drop),
            map((role(w, WordRole::Month), number_token), drop),
            map(role(w, WordRole::TimeTail), drop),
            map(number_token, drop),
        ))
        .parse(i)
    }
}

/// A time phrase: an opening word of `rules/grammar.txt`'s `time` role and what dates it.
///
/// ```text
/// "hôm thứ Ba (19/9) cho biết" → "hôm thứ Ba (19/9)"
/// ```
pub(crate) fn time_phrase<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, Range<usize>> {
    move |i: Toks<'a>| {
        let start = i.pos();
        let (rest, _) = (role(w, WordRole::Time), skip_many0(time_part(w))).parse(i)?;
        Ok((rest, start..rest.pos()))
    }
}

/// Gap words between a speaker and its cue: adverbs, hedges and time phrases. Gives the last
/// time phrase among them, the claim's date as written.
///
/// ```text
/// "Bộ Quốc phòng Azerbaijan hôm 3-10 cho biết" → gap "hôm 3-10", time "hôm 3-10"
/// "Bộ Z cũng đã nhiều lần khẳng định" → gap "cũng đã nhiều lần"
/// ```
pub(crate) fn gap_words<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, Option<Range<usize>>> {
    move |i: Toks<'a>| fold_many0(gap_item(w), || None, |last, time| time.or(last)).parse(i)
}

/// An issued document before the cue that gives its words: `ra một tuyên bố,` in `Dina
/// Powell cũng ra một tuyên bố, nói rằng …`, `đưa ra` in `Hoàng gia Anh đã đưa ra tuyên bố
/// rằng …`.
fn issued<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, ()> {
    move |i: Toks<'a>| {
        let (rest, _) = (
            role(w, WordRole::IssueVerb),
            skip_many0(role(w, WordRole::Quantifier)),
            opt((role(w, WordRole::Document), opt(punct(",")))),
        )
            .parse(i)?;
        Ok((rest, ()))
    }
}

/// One gap item, the longest of an adverb, a time phrase (`hôm qua` is an adverb, `hôm qua
/// (26/6)` a time phrase) and an issued document; gives the time phrase's tokens.
fn gap_item<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, Option<Range<usize>>> {
    move |i: Toks<'a>| {
        if let Ok((rest, ())) = issued(w)(i) {
            let longer = |p: Res<'a, _>| p.is_ok_and(|(r, _)| r.pos() >= rest.pos());
            if !longer(role(w, WordRole::Adverb)(i)) && !longer(time_phrase(w)(i)) {
                return Ok((rest, None));
            }
        }
        let adverb = role(w, WordRole::Adverb)(i);
        let time = time_phrase(w)(i);
        match (adverb, time) {
            (Ok((a, _)), Ok((t, r))) if t.pos() > a.pos() => Ok((t, Some(r))),
            (Ok((a, _)), _) => Ok((a, None)),
            (Err(_), Ok((t, r))) => Ok((t, Some(r))),
            (Err(e), Err(_)) => Err(e),
        }
    }
}

/// The most tokens gap words may span (`cũng đã nhiều lần hôm thứ Ba (19/9)` is nine): the
/// search for where they begin stays short whatever the sentence.
const MAX_GAP_TOKENS: usize = 16;

/// Where the gap words before token `cue` begin: the first position from `lower` on (and at
/// most [`MAX_GAP_TOKENS`] back) from which everything up to the cue is gap words (the cue
/// itself when there are none).
pub(crate) fn gap_start(w: &Words, tokens: &[Token], lower: usize, cue: usize) -> usize {
    // Every token of the gap can be part of one: most cues have none before them, and the
    // parser is asked only where one may begin.
    let floor = lower.max(cue.saturating_sub(MAX_GAP_TOKENS));
    let mut from = cue;
    while from > floor && w.may_be_gap(&tokens[from - 1]) {
        from -= 1;
    }
    (from..cue)
        .find(|&p| (gap_words(w), eof).parse(Toks::new(tokens, p..cue)).is_ok())
        .unwrap_or(cue)
}

/// The time phrase among the gap words right before token `cue`, for the claim's date.
pub(crate) fn time_before(w: &Words, tokens: &[Token], cue: usize) -> Option<Range<usize>> {
    let from = gap_start(w, tokens, 0, cue);
    gap_words(w)(Toks::new(tokens, from..cue))
        .ok()
        .and_then(|(_, time)| time)
}

/// Sentence openers, each closed by a comma (`Trong khi đó,`, `Mới đây,`); gives the token
/// after them.
pub(crate) fn openers<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, usize> {
    move |i: Toks<'a>| {
        let (rest, _) = skip_many0(pair(role(w, WordRole::Opener), punct(","))).parse(i)?;
        Ok((rest, rest.pos()))
    }
}

/// What stands between a cue and its content: `rằng`, `là`, `:`, `,`, any number of them.
///
/// ```text
/// "cho biết thêm rằng: …" → "thêm rằng:"
/// ```
pub(crate) fn complement<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, usize> {
    move |i: Toks<'a>| {
        let (rest, _) = skip_many0(alt((
            map(role(w, WordRole::Complementizer), drop),
            map(punct(":,"), drop),
        )))
        .parse(i)?;
        Ok((rest, rest.pos()))
    }
}

/// An opening quotation mark.
pub(crate) fn quote_open<'a>(i: Toks<'a>) -> Res<'a, usize> {
    punct("“\"«")(i)
}

/// A closing quotation mark.
pub(crate) fn quote_close<'a>(i: Toks<'a>) -> Res<'a, usize> {
    punct("”\"»")(i)
}

/// Capitalised words, at most `max`: a name as written (`Al Jazeera`, `CNN`).
pub(crate) fn capitalised<'a>(max: usize) -> impl Fn(Toks<'a>) -> Res<'a, Range<usize>> {
    move |i: Toks<'a>| {
        let start = i.pos();
        let n = i
            .tokens()
            .iter()
            .take(max)
            .take_while(|t| t.word && t.cap)
            .count();
        if n == 0 {
            return miss(i);
        }
        Ok((i.skip(n), start..start + n))
    }
}

/// `Nguyễn Viết Tiến`: the word at `at` is capitalised between two capitalised words, a
/// syllable of a name whatever else it spells (a cue word: `viết`).
pub(crate) fn inside_name(tokens: &[Token], at: usize) -> bool {
    let capitalised = |k: usize| tokens.get(k).is_some_and(|t| t.word && t.cap);
    at > 0 && capitalised(at - 1) && capitalised(at) && capitalised(at + 1)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::rules::Rules;
    use crate::tokens::tokenize;

    /// The grammar's words from the embedded rules, compiled once for all tests.
    pub(crate) fn words() -> &'static Words {
        static WORDS: std::sync::OnceLock<Words> = std::sync::OnceLock::new();
        WORDS.get_or_init(|| Words::new(&Lexicon::new(&Rules::embedded())))
    }

    /// The text of tokens `r` of `s`.
    pub(crate) fn text(s: &str, tokens: &[Token], r: Range<usize>) -> String {
        s[tokens[r.start].range.start..tokens[r.end - 1].range.end].to_string()
    }

    /// Gap words before a cue: each row a sentence from the news (shortened), the cue that
    /// ends it, the gap words found before the cue and the time phrase among them.
    #[test]
    fn gap_words_are_adverbs_and_time_phrases_between_speaker_and_cue() {
        for (sentence, cue, gap, time) in [
            // seed 002
            (
                "Bộ Quốc phòng Azerbaijan hôm 3-10 cho biết",
                "cho",
                "hôm 3-10",
                Some("hôm 3-10"),
            ),
            // baomoi:22620382: `hôm qua` is an adverb, but with its date a time phrase
            (
                "Ngoại trưởng Bahrain hôm qua (26/6) cáo buộc",
                "cáo",
                "hôm qua (26/6)",
                Some("hôm qua (26/6)"),
            ),
            // dantri_150, baomoi:21510939, baomoi:22450472: adverbs of manner
            ("Nga lập tức chỉ trích", "chỉ", "lập tức", None),
            (
                "Quyết không chịu thua, ông Trump lập tức gọi",
                "gọi",
                "lập tức",
                None,
            ),
            (
                "Tổng thống Rodrigo Duterte bất ngờ khẳng định",
                "khẳng",
                "bất ngờ",
                None,
            ),
            // seed 004
            (
                "Các nước gồm Mỹ, Nga, Pháp và Đức cũng đã kêu gọi",
                "kêu",
                "cũng đã",
                None,
            ),
            // dantri_149
            (
                "Bộ Ngoại giao Nga ngày 20/4 đã triệu tập",
                "triệu",
                "ngày 20/4 đã",
                Some("ngày 20/4"),
            ),
            // a weekday with its date (bulk corpus, baomoi:22546052)
            (
                "Bộ trưởng Quốc phòng Nga hôm thứ Sáu (16/6) cho biết",
                "cho",
                "hôm thứ Sáu (16/6)",
                Some("hôm thứ Sáu (16/6)"),
            ),
            // no gap at all
            ("Ông Peskov nói", "nói", "", None),
        ] {
            let tokens = tokenize(sentence, 0..sentence.len(), &[]);
            let at = tokens.iter().position(|t| t.lower == cue).expect("the cue");
            let from = gap_start(words(), &tokens, 0, at);
            let got = if from < at {
                text(sentence, &tokens, from..at)
            } else {
                String::new()
            };
            assert_eq!(got, gap, "{sentence}");
            let got_time = time_before(words(), &tokens, at).map(|r| text(sentence, &tokens, r));
            assert_eq!(got_time.as_deref(), time, "{sentence}");
        }
    }

    #[test]
    fn date_parser_reads_news_dates() {
        for (input, want) in [
            ("3-10 cho", "3-10"),
            ("19/9/2023 x", "19/9/2023"),
            ("5/11,", "5/11"),
        ] {
            assert_eq!(date(input).map(|(_, d)| d), Ok(want));
        }
        assert!(date("2020 x").is_err());
    }

    #[test]
    fn complements_and_openers_are_skipped() {
        let s = "Trong khi đó , ông nói thêm rằng : EU sẵn sàng";
        let tokens = tokenize(s, 0..s.len(), &[]);
        let (_, after) = openers(words())(Toks::whole(&tokens)).unwrap();
        assert_eq!(tokens[after].lower, "ông");
        let at = tokens.iter().position(|t| t.lower == "thêm").unwrap();
        let (_, content) = complement(words())(Toks::new(&tokens, at..tokens.len())).unwrap();
        assert_eq!(tokens[content].lower, "eu");
    }
}
