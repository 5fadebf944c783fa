//! Stage 4: reported-speech occurrences → claims with resolved speakers.
//!
//! A mention as written (`Tổng thống Azerbaijan Ilham Aliyev`, `ông Peskov`, `Baku`, `nước này`,
//! `Tổn thống Aliyev`) becomes a [`Speaker`] with a canonical name, a role and a side. The
//! article is read in order with a small memory: people named with a title anywhere in the text
//! (not only as speakers), the last person, the last party and the last speaker, so that short
//! forms and pronouns resolve to the right earlier entity. Group speakers (`EU, Pháp và Đức`)
//! and reciprocal claims (`Hai bên cáo buộc nhau`) are expanded to one claim per speaker here.
//!
//! Knowledge comes from `rules/`: entity aliases and sides (metonyms like Baku → Azerbaijan),
//! titles (tolerant of typos through strsim), group heads, and the function words of
//! `rules/grammar.txt` (pronouns, honorifics and their genders, side markers, outlet prefixes).
//!
//! - `attribute`: the claims loop ([`attribute`]): which occurrences say something, group and
//!   both-sides speakers, sources;
//! - `claim`: what the stage produces ([`Claim`], [`Speaker`]);
//! - `memory`: the article's memory (titled people, genders, subjects, the two sides);
//! - `mention`: one mention taken apart into title, side and name, and resolved;
//! - `targets`: whom a directed claim is aimed at;
//! - `content`: direct or indirect, negated or not, and the date;
//! - `couple`: the two people a `cặp đôi` speaker stands for.

mod attribute;
mod claim;
mod content;
mod couple;
mod memory;
mod mention;
mod targets;

pub use attribute::attribute;
pub use claim::{Claim, Kind, Polarity, Speaker, SpeakerKind};

/// The claims of `raw` run through the whole pipeline, as (speaker, side, targets joined by
/// commas), for the unit tests of each file.
#[cfg(test)]
fn claims_of(raw: &str) -> Vec<(String, Option<String>, String)> {
    use crate::lexicon::Lexicon;
    let rules = Lexicon::new(&crate::rules::Rules::embedded());
    let text = crate::normalize::normalize(raw, &rules.repairs);
    let seg = crate::segment::segment(&text, &rules);
    let parsed = crate::grammar::parse(&text, &seg, &rules);
    attribute(&text, &seg, &parsed, &rules)
        .into_iter()
        .map(|c| (c.speaker.canonical, c.speaker.side, c.target.join(",")))
        .collect()
}
