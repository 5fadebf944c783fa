//! # doichieu: who said what in Vietnamese news, and which statements clash
//!
//! doichieu reads a Vietnamese news article, finds every reported statement, attributes it to
//! its speaker and pairs up the statements that conflict. The pipeline has one direction, one
//! module per stage, each a function of the previous stage's output:
//!
//! raw bytes → [`normalize`] → [`segment`] → [`grammar`] → [`attribution`] → [`dates`] →
//! [`conflicts`] → [`report`]. Pairing reads typed claims ([`conflicts::Doc`]), never the
//! report; the report turns documents and pairs into the wire format, ids included.
//! [`analyze`] runs them all.
//!
//! ```
//! use doichieu::{lexicon::Lexicon, normalize, rules::Rules, segment};
//! let rules = Lexicon::new(&Rules::embedded());
//! let text = normalize::normalize("Bộ Quốc pḥng Azerbaijan cho biết.", &rules.repairs);
//! assert_eq!(text.as_str(), "Bộ Quốc phòng Azerbaijan cho biết.");
//! let seg = segment::segment(&text, &rules);
//! assert_eq!(seg.sentences.len(), 1);
//! ```
#![deny(missing_docs)]

pub mod attribution;
pub mod conflicts;
pub mod corpus;
pub mod dates;
pub mod eval;
pub mod grammar;
pub mod layer;
pub mod lexicon;
pub mod normalize;
pub mod render;
pub mod report;
pub mod rules;
pub mod segment;
pub mod span;
pub mod text;
pub mod tokens;

pub use span::Span;

use rules::Rules;

/// An article to analyse: its id (the file stem), where it came from, and its bytes.
#[derive(Clone, Debug)]
pub struct Input<'a> {
    /// Document id, used in claim ids (`<id>#c1`).
    pub id: &'a str,
    /// Where it came from, for the report (a path, `-`).
    pub source: &'a str,
    /// The article as read.
    pub bytes: &'a [u8],
}

/// Analyses one article's text, the document id `doc`.
///
/// ```
/// use doichieu::{analyze, rules::Rules};
/// let rules = Rules::embedded();
/// let report = analyze("Ông Peskov cho biết quân đội Nga đã liên lạc với cả hai bên.", &rules);
/// // `ông Peskov` resolves to the full name listed in `rules/entities.txt`.
/// assert_eq!(report.documents[0].claims[0].speaker.canonical, "Dmitry Peskov");
/// ```
pub fn analyze(text: &str, rules: &Rules) -> report::Report {
    let analyzer = Analyzer::new(rules);
    let analysis = analyzer.analysis("doc", "-", text, None);
    let conflicts = analyzer.conflicts(std::slice::from_ref(&analysis.pairing));
    report::Report {
        schema_version: report::SCHEMA_VERSION,
        documents: vec![analysis.document],
        conflicts,
    }
}

/// Analyses several articles into one report, with the conflicts within and across them.
pub fn analyze_all(inputs: &[Input<'_>], rules: &Rules) -> Result<report::Report, InputError> {
    let analyzer = Analyzer::new(rules);
    let mut documents = Vec::with_capacity(inputs.len());
    let mut pairing = Vec::with_capacity(inputs.len());
    for input in inputs {
        let raw = std::str::from_utf8(input.bytes).map_err(|e| InputError {
            source: input.source.to_string(),
            error: normalize::NormalizeError::InvalidUtf8 {
                offset: e.valid_up_to(),
            },
        })?;
        let analysis = analyzer.analysis(input.id, input.source, raw, None);
        documents.push(analysis.document);
        pairing.push(analysis.pairing);
    }
    let conflicts = analyzer.conflicts(&pairing);
    Ok(report::Report {
        schema_version: report::SCHEMA_VERSION,
        documents,
        conflicts,
    })
}

/// Runs the pipeline over one document's text (compiles the grammar; use [`Analyzer`] for
/// many documents).
pub fn analyze_document(id: &str, source: &str, raw: &str, rules: &Rules) -> report::Document {
    Analyzer::new(rules).document(id, source, raw)
}

/// The pipeline with its grammar compiled once, for many documents.
pub struct Analyzer {
    lex: lexicon::Lexicon,
    grammar: grammar::Grammar,
}

/// One analysed document: its wire form, and what conflict pairing needs of it (kept alone
/// when a corpus is paired at the end, the wire form having been written out).
#[derive(Clone, Debug)]
pub struct Analysis {
    /// The document as the report shows it.
    pub document: report::Document,
    /// Its claims as pairing reads them; pass many to [`Analyzer::conflicts`].
    pub pairing: conflicts::Doc,
}

/// What the stages before pairing and the report make of one document.
struct Stages {
    text: normalize::Text,
    seg: segment::Segments,
    claims: Vec<attribution::Claim>,
    dating: dates::Dating,
}

impl Analyzer {
    /// Compiles the grammar of `rules`.
    pub fn new(rules: &Rules) -> Analyzer {
        let lex = lexicon::Lexicon::new(rules);
        let grammar = grammar::Grammar::new(&lex);
        Analyzer { lex, grammar }
    }

    /// The rules, compiled.
    pub fn lexicon(&self) -> &lexicon::Lexicon {
        &self.lex
    }

    /// Normalize → segment → grammar → attribution → report, for one document.
    pub fn document(&self, id: &str, source: &str, raw: &str) -> report::Document {
        self.document_dated(id, source, raw, None)
    }

    /// [`Analyzer::document`] with the document's date known from outside the text (a corpus
    /// record's `date`, `2020-10-05`); it wins over a date line in the text.
    pub fn document_dated(
        &self,
        id: &str,
        source: &str,
        raw: &str,
        date: Option<&str>,
    ) -> report::Document {
        let st = self.stages(raw, date);
        let chars = span::CharIndex::new(raw);
        report::document(
            id, source, &chars, &st.text, &st.seg, &st.claims, &st.dating,
        )
    }

    /// [`Analyzer::document_dated`], with what pairing needs of the document besides.
    pub fn analysis(&self, id: &str, source: &str, raw: &str, date: Option<&str>) -> Analysis {
        let st = self.stages(raw, date);
        let chars = span::CharIndex::new(raw);
        let document = report::document(
            id, source, &chars, &st.text, &st.seg, &st.claims, &st.dating,
        );
        let pairing = conflicts::Doc::new(id, st.dating, &st.text, &chars, &st.claims);
        Analysis { document, pairing }
    }

    /// The conflicts within and across `docs` ([`Analysis::pairing`]), in wire form: pairing,
    /// then the report.
    pub fn conflicts(&self, docs: &[conflicts::Doc]) -> Vec<report::Conflict> {
        report::conflicts(docs, conflicts::find(docs, &self.lex))
    }

    /// Normalize → segment → grammar → attribution, and the document's dating.
    fn stages(&self, raw: &str, date: Option<&str>) -> Stages {
        let text = normalize::normalize(raw, &self.lex.repairs);
        let mut seg = segment::segment(&text, &self.lex);
        if let Some(date) = date {
            seg.date = Some(date.to_string());
        }
        let parsed = self.grammar.parse(&text, &seg);
        let claims = attribution::attribute(&text, &seg, &parsed, &self.lex);
        let dating = dates::Dating::of(seg.date.as_deref(), text.as_str(), &self.lex);
        Stages {
            text,
            seg,
            claims,
            dating,
        }
    }
}

/// An input that could not be read as text, naming where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputError {
    /// The input's source (path or `-`).
    pub source: String,
    /// What is wrong.
    pub error: normalize::NormalizeError,
}

impl std::fmt::Display for InputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.source, self.error)
    }
}

impl std::error::Error for InputError {}
