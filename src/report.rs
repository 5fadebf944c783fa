//! Stage 6: the JSON report, a documented wire format.
//!
//! These types are what doichieu promises to its users; they are separate from the internal
//! types of the pipeline so that the pipeline can change without breaking readers.
//!
//! The report is the last stage: it turns attribution's claims of one document into wire
//! claims, and the typed pairs of conflict pairing into wire conflicts. Ids and spans as
//! readers see them are made here and nowhere else; no earlier stage reads them back.
//!
//! # Guarantees (schema version 1)
//! - `schema_version` changes whenever a field is removed or changes meaning; new fields may be
//!   added within a version.
//! - Every `span` is a half-open range of **byte** offsets into the **original input** of its
//!   document (before any normalization), with `char_start`/`char_end` giving the same range in
//!   Unicode scalar values. Slicing the input file with `start..end` gives the exact raw text.
//! - Text fields (`speaker.text`, `cue.text`, `content.text`) are the *working text* under the
//!   span: NFC, with broken characters repaired (see `repairs`).
//! - Claims are sorted by position; claim ids are `<document id>#c<n>` numbered in that order,
//!   so the same input gives the same ids. Conflicts are sorted by their claim ids.
//! - Output is deterministic: same input and rules, same bytes.
//!
//! Every type here deserializes too, so a report written by doichieu can be read back
//! (`serde_json::from_str::<Report>`); fields with a fixed set of values are enums
//! ([`ClaimKind`], [`Polarity`], [`CueClass`], [`SpeakerKind`], [`ConflictKind`],
//! [`BoilerplateKind`]) whose serde names and `Display` are the wire names.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::conflicts;
use crate::dates::Dating;
use crate::span::{CharIndex, Span};

pub use crate::attribution::{Kind as ClaimKind, Polarity, SpeakerKind};
pub use crate::conflicts::Kind as ConflictKind;
pub use crate::rules::{BoilerplateKind, CueClass};

/// The schema version of [`Report`].
pub const SCHEMA_VERSION: u32 = 1;

/// A whole report: documents and the conflicts among their claims.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The analysed documents, in input order.
    pub documents: Vec<Document>,
    /// Pairs of clashing claims, within and across documents.
    pub conflicts: Vec<Conflict>,
}

/// One analysed article.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The document id: the file stem, or the record id in corpus mode.
    pub id: String,
    /// Where it came from (a path, `-` for standard input).
    pub source: String,
    /// The document date, when the input gives one.
    pub date: Option<String>,
    /// The years the article can be about, estimated from its date or the years it mentions
    /// (none = unbounded); claims of articles whose periods do not overlap never pair.
    pub period: PeriodOut,
    /// Day-month dates the article mentions (`27/9`), which tie articles about the same events.
    pub dates: Vec<String>,
    /// Broken characters that were repaired.
    pub repairs: Vec<RepairOut>,
    /// Lines marked as boilerplate (no claim is read from them).
    pub boilerplate: Vec<BoilerplateOut>,
    /// The claims, sorted by position.
    pub claims: Vec<ClaimOut>,
}

/// A range of years, bounds included; `null` is unbounded.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PeriodOut {
    /// Earliest year.
    pub from: Option<i32>,
    /// Latest year.
    pub to: Option<i32>,
}

/// A span with byte and character offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct SpanOut {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// First character.
    pub char_start: usize,
    /// One past the last character.
    pub char_end: usize,
}

impl SpanOut {
    /// Byte and character offsets of `span` in `raw`.
    pub fn new(span: Span, raw: &str) -> SpanOut {
        SpanOut::indexed(span, &CharIndex::new(raw))
    }

    /// Byte and character offsets of `span` in the text of `index`.
    pub fn indexed(span: Span, index: &CharIndex<'_>) -> SpanOut {
        SpanOut {
            start: span.start,
            end: span.end,
            char_start: index.chars_before(span.start),
            char_end: index.chars_before(span.end),
        }
    }
}

/// A repaired broken character.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RepairOut {
    /// Where it is.
    pub span: SpanOut,
    /// As written.
    pub from: String,
    /// As repaired.
    pub to: String,
    /// Which rule repaired it.
    pub rule: String,
}

/// A marked piece of boilerplate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct BoilerplateOut {
    /// What it is (`caption`, `player`, …).
    pub kind: BoilerplateKind,
    /// Where it is.
    pub span: SpanOut,
    /// Which rule marked it.
    pub rule: String,
}

/// A reported claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClaimOut {
    /// `<document id>#c<n>`.
    pub id: String,
    /// The grammar pattern that found it, and how attribution expanded it
    /// (`speaker-cue+group`, `bare-quote`, …).
    pub rule: String,
    /// Who said it.
    pub speaker: SpeakerOut,
    /// The reporting cue.
    pub cue: CueOut,
    /// `direct`, `mixed` or `indirect`.
    pub kind: ClaimKind,
    /// What was said.
    pub content: TextOut,
    /// Sources the claim came through, outermost first.
    pub via: Vec<String>,
    /// Whom it is aimed at.
    pub target: Vec<String>,
    /// `affirm` or `negate`.
    pub polarity: Polarity,
    /// When it was said, when the sentence says.
    pub date: Option<DateOut>,
}

/// The speaker of a claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpeakerOut {
    /// The mention as written.
    pub text: String,
    /// The preferred name of the entity.
    pub canonical: String,
    /// Role or title, when given.
    pub role: Option<String>,
    /// The party the speaker belongs to or speaks for.
    pub side: Option<String>,
    /// `person`, `country`, `org`, `outlet` or `group`.
    pub kind: SpeakerKind,
    /// The mention's span; none when the speaker is inherited (bare quote, conjoined cue).
    pub span: Option<SpanOut>,
    /// How a pronoun or short form was resolved.
    pub resolved_from: Option<String>,
}

/// The reporting cue of a claim.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CueOut {
    /// As written (`quote` for a bare quote).
    pub text: String,
    /// `state`, `report`, `accuse`, `deny`, `condemn`, `call` or `warn`.
    pub class: CueClass,
    /// Where it is; none for a bare quote.
    pub span: Option<SpanOut>,
}

/// A piece of text and where it is.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextOut {
    /// The working text under the span.
    pub text: String,
    /// Where it is.
    pub span: SpanOut,
}

/// When a claim was made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateOut {
    /// The time phrase as written (`hôm 3-10`).
    pub text: String,
    /// `YYYY-MM-DD` when the year is known from the document date.
    pub resolved: Option<String>,
}

/// Two claims that clash.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Conflict {
    /// `x<n>`, numbered in sorted order.
    pub id: String,
    /// The first claim's id.
    pub a: String,
    /// The second claim's id.
    pub b: String,
    /// `denial`, `mutual_accusation`, `numeric`, `framing`, `outcome` or `opposing_call`.
    pub kind: ConflictKind,
    /// How sure the detector is, from 0 to 1.
    pub score: f64,
    /// A readable sentence naming what clashes.
    pub why: String,
    /// The detector and rule that fired.
    pub rule: String,
    /// The spans that show the clash, in the two documents.
    pub evidence: Vec<Evidence>,
}

/// A span of one document that supports a conflict.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    /// The document id.
    pub document: String,
    /// The span.
    pub span: SpanOut,
    /// The text under it.
    pub text: String,
}

/// The id of claim `n` (0-based, in position order) of document `doc`: `<doc>#c<n + 1>`.
fn claim_id(doc: &str, n: usize) -> String {
    format!("{doc}#c{}", n + 1)
}

/// Builds the wire form of one analysed document: `chars` indexes its raw input, `claims` are
/// attribution's, in position order, and `dating` is the document's.
pub(crate) fn document(
    id: &str,
    source: &str,
    chars: &CharIndex<'_>,
    text: &crate::normalize::Text,
    seg: &crate::segment::Segments,
    claims: &[crate::attribution::Claim],
    dating: &Dating,
) -> Document {
    let s = text.as_str();
    let span = |r: &std::ops::Range<usize>| SpanOut::indexed(text.span(r.clone()), chars);
    let claims_out = claims
        .iter()
        .enumerate()
        .map(|(n, c)| ClaimOut {
            id: claim_id(id, n),
            rule: c.rule.clone(),
            speaker: SpeakerOut {
                text: c.speaker.text.clone(),
                canonical: c.speaker.canonical.clone(),
                role: c.speaker.role.clone(),
                side: c.speaker.side.clone(),
                kind: c.speaker.kind,
                span: c.speaker.range.as_ref().map(span),
                resolved_from: c.speaker.resolved_from.clone(),
            },
            cue: CueOut {
                text: c.cue_text.clone(),
                class: c.class,
                span: (!c.cue.is_empty()).then(|| span(&c.cue)),
            },
            kind: c.kind,
            content: TextOut {
                text: s[c.content.clone()].to_string(),
                span: span(&c.content),
            },
            via: c.via.clone(),
            target: c.target.clone(),
            polarity: c.polarity,
            date: c.date.as_ref().map(|(t, r)| DateOut {
                text: t.clone(),
                resolved: r.clone(),
            }),
        })
        .collect();
    let period = dating.period;
    Document {
        id: id.to_string(),
        source: source.to_string(),
        date: seg.date.clone(),
        dates: dating.dates.clone(),
        period: PeriodOut {
            from: (period.from != i32::MIN).then_some(period.from),
            to: (period.to != i32::MAX).then_some(period.to),
        },
        repairs: text
            .repairs
            .iter()
            .map(|r| RepairOut {
                span: SpanOut::indexed(r.span, chars),
                from: r.from.clone(),
                to: r.to.clone(),
                rule: r.rule.clone(),
            })
            .collect(),
        boilerplate: seg
            .boilerplate
            .iter()
            .map(|b| BoilerplateOut {
                kind: b.kind,
                span: span(&b.range),
                rule: b.rule.clone(),
            })
            .collect(),
        claims: claims_out,
    }
}

/// The wire form of the pairs [`crate::conflicts::find`] found among `docs`: claim ids in
/// place of positions, the two contents as evidence, sorted by claim ids and numbered `x<n>`
/// in that order.
pub(crate) fn conflicts(docs: &[&conflicts::Doc], pairs: Vec<conflicts::Pair>) -> Vec<Conflict> {
    let id = |at: conflicts::ClaimAt| claim_id(&docs[at.doc].id, at.claim);
    let evidence = |at: conflicts::ClaimAt| {
        let doc = &docs[at.doc];
        let claim = &doc.claims[at.claim];
        Evidence {
            document: doc.id.clone(),
            span: SpanOut {
                start: claim.span.start,
                end: claim.span.end,
                char_start: claim.chars.start,
                char_end: claim.chars.end,
            },
            text: claim.text.clone(),
        }
    };
    let mut out: Vec<Conflict> = pairs
        .into_iter()
        .map(|p| Conflict {
            id: String::new(),
            a: id(p.a),
            b: id(p.b),
            kind: p.kind,
            score: p.score,
            why: p.why,
            rule: p.rule,
            evidence: vec![evidence(p.a), evidence(p.b)],
        })
        .collect();
    // A stable sort: pairs of claims with the same ids (two documents with one id) stay in
    // the order they were found.
    out.sort_by(|x, y| (&x.a, &x.b).cmp(&(&y.a, &y.b)));
    for (n, c) in out.iter_mut().enumerate() {
        c.id = format!("x{}", n + 1);
    }
    out
}

// The wire names of attribution's enums, as `Display` shows them; they live here, with the
// wire format, and a test below holds them to the serde names.

impl ClaimKind {
    /// `direct`, `mixed` or `indirect`.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Direct => "direct",
            ClaimKind::Mixed => "mixed",
            ClaimKind::Indirect => "indirect",
        }
    }
}

impl Polarity {
    /// `affirm` or `negate`.
    pub fn as_str(self) -> &'static str {
        match self {
            Polarity::Affirm => "affirm",
            Polarity::Negate => "negate",
        }
    }
}

impl SpeakerKind {
    /// `person`, `country`, `org`, `outlet` or `group`.
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Person => "person",
            SpeakerKind::Country => "country",
            SpeakerKind::Org => "org",
            SpeakerKind::Outlet => "outlet",
            SpeakerKind::Group => "group",
        }
    }
}

impl fmt::Display for ClaimKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for Polarity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Display for SpeakerKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl Report {
    /// The claim with id `id` (`<document id>#c<n>`), in whichever document it is.
    ///
    /// ```
    /// use doichieu::{analyze, rules::Rules};
    /// let report = analyze("a", "Ông Peskov cho biết Nga sẵn sàng.", &Rules::embedded());
    /// assert_eq!(report.claim("a#c1").unwrap().cue.text, "cho biết");
    /// assert!(report.claim("a#c2").is_none());
    /// ```
    pub fn claim(&self, id: &str) -> Option<&ClaimOut> {
        self.documents
            .iter()
            .flat_map(|d| d.claims.iter())
            .find(|c| c.id == id)
    }

    /// The two claims of `conflict`, `a` then `b`; `None` when either is not in this report.
    ///
    /// ```
    /// use doichieu::{analyze, rules::Rules};
    /// let report = analyze("x", "Armenia và Azerbaijan cáo buộc nhau vi phạm lệnh ngừng bắn.", &Rules::embedded());
    /// let x = &report.conflicts[0];
    /// let (a, b) = report.claims_of(x).unwrap();
    /// assert_eq!((a.id.as_str(), b.id.as_str()), (x.a.as_str(), x.b.as_str()));
    /// assert_eq!(b.target, ["Armenia"]);
    /// ```
    pub fn claims_of(&self, conflict: &Conflict) -> Option<(&ClaimOut, &ClaimOut)> {
        Some((self.claim(&conflict.a)?, self.claim(&conflict.b)?))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `Display` (and `as_str`) of every wire enum is its serde name, both ways.
    #[test]
    fn wire_enums_display_their_serde_names() {
        fn check<T>(values: &[T])
        where
            T: fmt::Display + Serialize + for<'de> Deserialize<'de> + PartialEq + fmt::Debug,
        {
            for v in values {
                let json = serde_json::to_string(v).unwrap();
                assert_eq!(json, format!("\"{v}\""));
                assert_eq!(&serde_json::from_str::<T>(&json).unwrap(), v);
            }
        }
        use ClaimKind::*;
        check(&[Direct, Mixed, Indirect]);
        check(&[Polarity::Affirm, Polarity::Negate]);
        use SpeakerKind::*;
        check(&[Person, Country, Org, Outlet, Group]);
        check(&CueClass::ALL.map(|(_, c)| c));
        use BoilerplateKind::*;
        check(&[
            Player, Caption, Banner, SourceLine, Metadata, Byline, Related,
        ]);
        use ConflictKind::*;
        check(&[
            Denial,
            MutualAccusation,
            Numeric,
            Framing,
            Outcome,
            OpposingCall,
        ]);
    }
}
