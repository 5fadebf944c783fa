//! What the stage produces: claims with their speakers, kinds and polarities.

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::rules::CueClass;

/// What kind of thing speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A named or titled person.
    Person,
    /// A country or a place standing for it.
    Country,
    /// An organisation or institution.
    Org,
    /// A news outlet.
    Outlet,
    /// A group of people (`các chuyên gia`).
    Group,
}

/// Who said it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Speaker {
    /// The mention as written.
    pub text: String,
    /// Where the mention is, in the working text (none for an inherited speaker).
    pub range: Option<Range<usize>>,
    /// The preferred name of the entity.
    pub canonical: String,
    /// The role or title, when the mention gives one.
    pub role: Option<String>,
    /// The party the speaker belongs to or speaks for.
    pub side: Option<String>,
    /// What kind of thing speaks.
    pub kind: SpeakerKind,
    /// How a short form or pronoun was resolved (`ông → Dmitry Peskov`).
    pub resolved_from: Option<String>,
}

/// `direct` (all quoted), `mixed` (partly quoted), `indirect`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// All of the content is quoted.
    Direct,
    /// Part of the content is quoted.
    Mixed,
    /// Reported in the writer's words.
    Indirect,
}

/// Whether the content affirms or negates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// Asserts something.
    Affirm,
    /// Denies or negates something.
    Negate,
}

/// A claim with everything resolved, ranges in the working text. [`super::attribute`] returns
/// them in text order ([`Claim::position`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Claim {
    /// The grammar pattern that found it, plus how attribution expanded it.
    pub rule: String,
    /// The grammar pattern alone (one of [`crate::grammar::rule`]), for the stages that act on
    /// it.
    pub pattern: &'static str,
    /// Who said it.
    pub speaker: Speaker,
    /// The cue as written (`quote` for a bare quote).
    pub cue_text: String,
    /// Where the cue is (empty for a bare quote).
    pub cue: Range<usize>,
    /// The cue's class.
    pub class: CueClass,
    /// Direct, mixed or indirect.
    pub kind: Kind,
    /// The reported content.
    pub content: Range<usize>,
    /// Sources it came through, outermost first (canonical names).
    pub via: Vec<String>,
    /// Whom it is aimed at (canonical names).
    pub target: Vec<String>,
    /// Affirms or negates.
    pub polarity: Polarity,
    /// The time phrase as written, and the date it resolves to when the year is known.
    pub date: Option<(String, Option<String>)>,
    /// Index of its sentence.
    pub sentence: usize,
}

impl Claim {
    /// Where the claim starts in the working text: its first part, speaker, cue or content.
    /// [`super::attribute`] returns claims sorted by it (claims that start together stay in
    /// the order they were found).
    pub fn position(&self) -> usize {
        let mut p = self.content.start.min(self.cue.start);
        if let Some(r) = &self.speaker.range {
            p = p.min(r.start);
        }
        p
    }
}
