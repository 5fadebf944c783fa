//! A condemnation written as a noun that the subject of the sentence met (`X vấp phải sự phản
//! đối của Y`): Y condemns X, with no reporting verb of Y's own.

use std::ops::Range;

use nom::error::context;
use nom::Parser;

use crate::grammar::input::{miss, Res, Toks};
use crate::grammar::parsers::{gap_start, role, skip_many0, word};
use crate::grammar::speaker::looks_like_speaker;
use crate::grammar::words::Words;
use crate::rules::{CueClass, WordRole};
use crate::tokens::Token;

/// The most words between the condemnation and the owner word (`gay gắt`, `mạnh mẽ`).
const MAX_MANNER: usize = 2;
/// The most tokens of the condemners (`nhiều nước, đặc biệt là Ukraine`).
const MAX_CONDEMNERS: usize = 12;
/// The fewest words of the subject that was condemned.
const MIN_SUBJECT_WORDS: usize = 2;

/// What [`incurred`] finds: the subject condemned (the content), the condemnation (the cue),
/// and who condemned it, each a member of the list (`nhiều nước`, `Ukraine`).
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Incurred {
    pub(crate) content: Range<usize>,
    pub(crate) cue: Range<usize>,
    pub(crate) class: CueClass,
    pub(crate) condemners: Range<usize>,
    pub(crate) members: Vec<Range<usize>>,
}

/// `SUBJECT [gap] INCUR [noun marker] CONDEMN [manner] OWNER CONDEMNERS`, from the first
/// token of the clause (`first`, after the sentence's openers) to the sentence's end or the
/// next comma that no `especially` phrase follows.
///
/// ```text
/// "lệnh hạn chế … của Nga đã vấp phải sự phản đối của nhiều nước, đặc biệt là Ukraine"
///     → content "lệnh hạn chế … của Nga", cue "phản đối", condemners "nhiều nước" and "Ukraine"
/// "Chủ trương của tỉnh đã vấp phải sự phản đối của người dân"
///     → content "Chủ trương của tỉnh", condemners "người dân"
/// ```
pub(crate) fn incurred(w: &Words, tokens: &[Token], first: usize) -> Option<Incurred> {
    let at = (first..tokens.len()).find(|&k| w.at(WordRole::Incur, tokens, k).is_some())?;
    let subject_end = gap_start(w, tokens, first, at);
    let subject = &tokens[first..subject_end];
    // A clause of its own before it (`…, vốn vấp phải …`, `Chuyện tình đẹp là vậy nhưng cả
    // hai vấp phải …`, `lý do khiến bà vấp phải …`) or too short: no noun phrase to name.
    let linked = (first + 1..subject_end).any(|k| {
        [
            WordRole::Boundary,
            WordRole::ClauseLink,
            WordRole::SerialMarker,
        ]
        .iter()
        .any(|&role| w.at(role, tokens, k).is_some_and(|n| k + n <= subject_end))
    });
    if linked
        || subject.iter().filter(|t| t.word).count() < MIN_SUBJECT_WORDS
        || subject.iter().any(|t| !t.word && !t.is_any("()\"“”'‘’-"))
    {
        return None;
    }
    let (rest, (_, _, cue)) = (
        context("incur", role(w, WordRole::Incur)),
        skip_many0(role(w, WordRole::NounMarker)),
        context("condemnation", condemnation(w)),
    )
        .parse(Toks::new(tokens, at..tokens.len()))
        .ok()?;
    let (rest, _) = (
        skip_many0(manner(w, rest.pos() + MAX_MANNER)),
        context("owner", role(w, WordRole::Owner)),
    )
        .parse(rest)
        .ok()?;
    let (condemners, members) = condemners(w, tokens, rest.pos())?;
    Some(Incurred {
        content: first..subject_end,
        class: CueClass::Condemn,
        cue,
        condemners,
        members,
    })
}

/// A condemnation cue of `rules/cues.txt` (`phản đối`, `chỉ trích`, `lên án`).
fn condemnation<'a>(w: &'a Words) -> impl Fn(Toks<'a>) -> Res<'a, Range<usize>> {
    move |i: Toks<'a>| match w.cues.first_at(i.all(), i.pos()) {
        Some((words, CueClass::Condemn)) => {
            let n = words.len();
            Ok((i.skip(n), i.pos()..i.pos() + n))
        }
        _ => miss(i),
    }
}

/// A lower-case word of manner before the owner word (`gay gắt`), before token `limit`.
fn manner<'a>(w: &'a Words, limit: usize) -> impl Fn(Toks<'a>) -> Res<'a, usize> {
    move |i: Toks<'a>| {
        if i.pos() >= limit || w.is(WordRole::Owner, i.all(), i.pos()) {
            return miss(i);
        }
        word(|t| !t.cap)(i)
    }
}

/// The condemners from token `from`: up to the sentence's end or a comma, a comma followed by
/// an [`WordRole::Especially`] phrase adding one more (`nhiều nước, đặc biệt là Ukraine`).
/// Each member must look like a speaker.
fn condemners(
    w: &Words,
    tokens: &[Token],
    from: usize,
) -> Option<(Range<usize>, Vec<Range<usize>>)> {
    // A member ends at punctuation or a clause boundary (`của gia đình bởi khoảng cách …`).
    let end_of = |k: usize| {
        (k..tokens.len())
            .find(|&j| {
                !tokens[j].word && !tokens[j].is_any("()-")
                    || j > k && w.is(WordRole::Boundary, tokens, j)
            })
            .unwrap_or(tokens.len())
    };
    let first_end = end_of(from);
    let mut members = Vec::with_capacity(2);
    members.push(from..first_end);
    let mut end = first_end;
    if tokens.get(first_end).is_some_and(|t| t.is(',')) {
        if let Some(n) = w.at(WordRole::Especially, tokens, first_end + 1) {
            let start = first_end + 1 + n;
            end = end_of(start);
            members.push(start..end);
        }
    }
    let fits = end - from <= MAX_CONDEMNERS
        && members
            .iter()
            .all(|m| !m.is_empty() && looks_like_speaker(w, tokens, m.clone()));
    fits.then_some((from..end, members))
}

#[cfg(test)]
mod tests {
    use crate::grammar::testing::assert_said;

    /// Sentences from five articles: dantri_041 (dantri_115 is the same report) and four of the
    /// bulk corpus; and sentences it must not fire on.
    #[test]
    fn a_condemnation_met_by_the_subject_is_a_claim_of_the_condemners() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in [
            (
                "dantri_041",
                "Tuy nhiên, lệnh hạn chế đi lại một phần Biển Đen của Nga đã vấp phải sự phản đối của nhiều nước, đặc biệt là Ukraine.",
                &[
                    ("nhiều nước", "lệnh hạn chế đi lại một phần Biển Đen của Nga"),
                    ("Ukraine", "lệnh hạn chế đi lại một phần Biển Đen của Nga"),
                ][..],
            ),
            (
                "bulk corpus, baomoi:21511761",
                "Chủ trương của tỉnh đã vấp phải sự phản đối của người dân, của các chuyên gia và các ngành liên quan.",
                &[("người dân", "Chủ trương của tỉnh")],
            ),
            (
                "bulk corpus, baomoi:22237700",
                "Quyết định này đã vấp phải sự phản đối của Thổ Nhĩ Kỳ vì cho rằng YPG có liên quan đến Đảng Công Nhân người Kurd (PKK).",
                &[("Thổ Nhĩ Kỳ", "Quyết định này")],
            ),
            (
                "bulk corpus, dantri:news_world_247",
                "Động thái này của Mỹ đã vấp phải sự phản đối từ Bộ Quốc phòng Trung Quốc.",
                &[("Bộ Quốc phòng Trung Quốc", "Động thái này của Mỹ")],
            ),
            (
                "bulk corpus: a clause, not a noun phrase, before it",
                "Chuyện tình đẹp là vậy nhưng cả hai đều vấp phải sự phản đối của gia đình bởi khoảng cách về tuổi tác.",
                &[],
            ),
            (
                "bulk corpus: no subject of its own",
                "Washington chưa có động thái cụ thể nào đối với tuyên bố trên, vốn vấp phải phản đối gay gắt từ Palestine.",
                &[],
            ),
        ] {
            assert_said(&analyzer, source, sentence, want);
        }
    }
}
