//! # doichieu: who said what in Vietnamese news, and which statements clash
//!
//! doichieu reads a Vietnamese news article, finds every reported statement, attributes it to
//! its speaker and pairs up the statements that conflict.
//!
//! ```
//! use doichieu::{analyze, report::CueClass, rules::Rules};
//! let rules = Rules::embedded();
//! let report = analyze(
//!     "bao-a",
//!     "Ông Peskov cho biết quân đội Nga đã liên lạc với cả hai bên.",
//!     &rules,
//! );
//! let claim = &report.documents[0].claims[0];
//! assert_eq!(claim.id, "bao-a#c1");
//! // `ông Peskov` resolves to the full name listed in `rules/entities.txt`.
//! assert_eq!(claim.speaker.canonical, "Dmitry Peskov");
//! assert_eq!(claim.cue.class, CueClass::State);
//! assert_eq!(claim.content.text, "quân đội Nga đã liên lạc với cả hai bên");
//! ```
//!
//! The pipeline has one direction, one module per stage, each a function of the previous
//! stage's output: raw bytes → [`normalize`] → [`segment`] → grammar → attribution → dating →
//! conflicts → [`report`]. Pairing reads typed claims, never the report; the report turns
//! documents and pairs into the wire format, ids included. The stages after segmentation are
//! internal: what they promise is the [`report`], a documented wire format that serializes and
//! deserializes.
//!
//! - [`analyze`] runs them all on one text, [`analyze_all`] on several articles together (with
//!   the conflicts across them); an [`Analyzer`] compiles the rules once for many documents,
//!   and [`corpus`] streams a JSONL corpus through one (on all cores with the `parallel`
//!   feature).
//! - [`rules`] loads and checks the rule files (`rules/*.txt`, embedded by default).
//! - [`render`] writes a report as JSON lines, or as Markdown, HTML or terminal text in a
//!   [`Lang`] (Vietnamese or English labels and conflict reasons; the JSON never changes).
//! - [`eval`] scores a report against gold annotations exactly as the reference scorer does.
//! - [`normalize`] and [`segment`] are the text layer: the working text with its map back to the
//!   raw bytes ([`Span`]), and its paragraphs, sentences, quotations and boilerplate
//!   ([`Analyzer::segment`], [`Analyzer::text_layer`]).
//!
//! # Features
//!
//! - `cli` (default): the `doichieu` binary and what only it needs (clap, anyhow, flate2 for
//!   gzipped corpora, tempfile for safe output files, mimalloc as its allocator). A library
//!   user who wants the analysis alone depends on
//!   `doichieu = { version = "0.1", default-features = false }`: nom, serde, serde_json,
//!   memchr, simdutf8, strsim and unicode-normalization, nothing else.
//! - `parallel` (in `cli`): pairing and [`corpus::run`]'s batches on rayon's thread pool.
//!   Without it the same work runs on the calling thread, with the same output.
//! - `fit`: internals for the scripts that refit conflict pairing; not a stable API.
//!
//! # A corpus
//!
//! [`corpus::run`] reads JSON lines (`{"id", "text", "date"?}`) from any [`std::io::BufRead`]
//! and writes one document line per record, then the conflicts line:
//!
//! ```
//! use doichieu::{corpus, rules::Rules};
//! let input = concat!(
//!     r#"{"id": "a", "text": "Armenia và Azerbaijan cáo buộc nhau vi phạm lệnh ngừng bắn."}"#, "\n",
//!     "not json\n",
//! );
//! let mut out = Vec::new();
//! let mut skipped = Vec::new();
//! let (summary, conflicts) = corpus::run(
//!     &mut input.as_bytes(),
//!     &mut out,
//!     &Rules::embedded(),
//!     corpus::Options { pair: true },
//!     &mut |e| skipped.push(e.line),
//!     &mut |_| {},
//! )
//! .unwrap();
//! assert_eq!((summary.records, summary.documents, summary.errors), (2, 1, 1));
//! assert_eq!(skipped, [2]);
//! assert_eq!(conflicts.len(), 1);
//! assert_eq!(String::from_utf8(out).unwrap().lines().count(), 2);
//! ```
#![deny(missing_docs)]

pub mod corpus;
pub mod eval;
#[cfg(feature = "fit")]
pub mod fit;
pub mod normalize;
pub mod render;
pub mod report;
pub mod rules;
pub mod segment;
pub mod span;

mod attribution;
mod conflicts;
mod dates;
mod grammar;
mod lang;
mod layer;
mod lexicon;
mod par;
mod text;
mod tokens;

pub use lang::{Lang, ParseLangError};
pub use span::Span;

use std::time::{Duration, Instant};

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

/// Analyses one article's text into a report: the document `id` (its claims are
/// `<id>#c1`, `<id>#c2`, …, its source `-`) and the conflicts among its claims. Compiles the
/// rules; use an [`Analyzer`] for many documents.
///
/// ```
/// use doichieu::{analyze, rules::Rules};
/// let report = analyze(
///     "x",
///     "Armenia và Azerbaijan cáo buộc nhau vi phạm lệnh ngừng bắn.",
///     &Rules::embedded(),
/// );
/// let conflict = &report.conflicts[0];
/// let (a, b) = report.claims_of(conflict).unwrap();
/// assert_eq!((a.speaker.canonical.as_str(), b.speaker.canonical.as_str()), ("Armenia", "Azerbaijan"));
/// ```
pub fn analyze(id: &str, text: &str, rules: &Rules) -> report::Report {
    let analyzer = Analyzer::new(rules);
    let analysis = analyzer.analysis(id, "-", text, None);
    let conflicts = analyzer.pair(std::slice::from_ref(&analysis));
    report::Report {
        schema_version: report::SCHEMA_VERSION,
        documents: vec![analysis.document],
        conflicts,
    }
}

/// Analyses several articles into one report, with the conflicts within and across them.
/// Fails, naming the input, on the first one that is not UTF-8.
///
/// ```
/// use doichieu::{analyze_all, rules::Rules, Input};
/// let inputs = [
///     Input { id: "a", source: "a.txt", bytes: "Ông Peskov cho biết Nga sẵn sàng.".as_bytes() },
///     Input { id: "b", source: "b.txt", bytes: "Baku phủ nhận cáo buộc của Armenia.".as_bytes() },
/// ];
/// let report = analyze_all(&inputs, &Rules::embedded()).unwrap();
/// assert_eq!(report.documents[1].claims[0].id, "b#c1");
/// let bad = [Input { id: "x", source: "x.txt", bytes: b"\xff" }];
/// assert_eq!(
///     analyze_all(&bad, &Rules::embedded()).unwrap_err().to_string(),
///     "x.txt: invalid UTF-8 at byte 0"
/// );
/// ```
pub fn analyze_all(inputs: &[Input<'_>], rules: &Rules) -> Result<report::Report, InputError> {
    let analyzer = Analyzer::new(rules);
    let mut analyses = Vec::with_capacity(inputs.len());
    for input in inputs {
        let raw = std::str::from_utf8(input.bytes).map_err(|e| InputError {
            source: input.source.to_string(),
            error: normalize::NormalizeError::InvalidUtf8 {
                offset: e.valid_up_to(),
            },
        })?;
        analyses.push(analyzer.analysis(input.id, input.source, raw, None));
    }
    let conflicts = analyzer.pair(&analyses);
    Ok(report::Report {
        schema_version: report::SCHEMA_VERSION,
        documents: analyses.into_iter().map(|a| a.document).collect(),
        conflicts,
    })
}

/// The pipeline with its rules compiled once, for many documents. It is `Sync`: one analyzer
/// serves every thread.
pub struct Analyzer {
    lex: lexicon::Lexicon,
    grammar: grammar::Grammar,
    /// Compiled on first use: a run that does not pair (`corpus --no-pair`, one document's
    /// report) never loads the term table (about 70 M instructions, 20 ms).
    pairing: std::sync::OnceLock<conflicts::Pairing>,
}

/// One analysed document: its wire form, and (kept inside) what conflict pairing needs of it.
/// Pair many with [`Analyzer::pair`].
#[derive(Clone, Debug, PartialEq)]
pub struct Analysis {
    /// The document as the report shows it.
    pub document: report::Document,
    /// Its claims as pairing reads them.
    pairing: conflicts::Doc,
}

/// How long each stage took on one document (or, added up with `+=`, on many), as
/// [`Analyzer::timed`] measures it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StageTimes {
    /// Raw text → working text ([`normalize`]).
    pub normalize: Duration,
    /// Working text → paragraphs, sentences, quotations, boilerplate ([`segment`]).
    pub segment: Duration,
    /// Tokens and reported-speech patterns, sentence by sentence.
    pub grammar: Duration,
    /// Speakers resolved, claims built.
    pub attribution: Duration,
    /// The document's dating, its character index and its wire form ([`report::Document`]).
    pub report: Duration,
}

impl StageTimes {
    /// All five stages.
    pub fn total(&self) -> Duration {
        self.normalize + self.segment + self.grammar + self.attribution + self.report
    }
}

impl std::ops::AddAssign for StageTimes {
    fn add_assign(&mut self, other: StageTimes) {
        self.normalize += other.normalize;
        self.segment += other.segment;
        self.grammar += other.grammar;
        self.attribution += other.attribution;
        self.report += other.report;
    }
}

/// A stopwatch that splits a run into stages when timing is asked for, and does nothing
/// otherwise.
struct Clock {
    last: Option<Instant>,
    times: StageTimes,
}

impl Clock {
    /// A clock that does not run.
    fn off() -> Clock {
        Clock {
            last: None,
            times: StageTimes::default(),
        }
    }

    /// A clock running from now.
    fn started() -> Clock {
        Clock {
            last: Some(Instant::now()),
            times: StageTimes::default(),
        }
    }

    /// Adds the time since the last lap to the stage `stage` picks.
    fn lap(&mut self, stage: fn(&mut StageTimes) -> &mut Duration) {
        if let Some(last) = &mut self.last {
            let now = Instant::now();
            *stage(&mut self.times) += now - *last;
            *last = now;
        }
    }
}

/// What the pipeline makes of one document: its wire form, and what its pairing view is made
/// of.
struct Run<'a> {
    document: report::Document,
    text: normalize::Text,
    claims: Vec<attribution::Claim>,
    dating: dates::Dating,
    chars: span::CharIndex<'a>,
    /// The sentences and their tokens, from which the pairing view reads the opening.
    seg: segment::Segments,
    tokens: tokens::SentenceTokens,
}

impl Run<'_> {
    /// The document and its pairing view.
    fn analysis(self, rules: &conflicts::Pairing) -> Analysis {
        let id = &self.document.id;
        let pairing = conflicts::Doc::new(
            id,
            self.dating,
            &self.text,
            &self.chars,
            &self.claims,
            (&self.seg.sentences, &self.tokens),
            rules,
        );
        Analysis {
            document: self.document,
            pairing,
        }
    }
}

impl Analyzer {
    /// Compiles `rules`.
    ///
    /// ```
    /// use doichieu::{rules::Rules, Analyzer};
    /// let analyzer = Analyzer::new(&Rules::embedded());
    /// let docs: Vec<_> = ["Ông Peskov cho biết Nga sẵn sàng.", "Baku phủ nhận cáo buộc."]
    ///     .iter()
    ///     .enumerate()
    ///     .map(|(n, text)| analyzer.document(&format!("d{n}"), "-", text))
    ///     .collect();
    /// assert_eq!(docs.len(), 2);
    /// ```
    pub fn new(rules: &Rules) -> Analyzer {
        let lex = lexicon::Lexicon::new(rules);
        let grammar = grammar::Grammar::new(&lex);
        Analyzer {
            lex,
            grammar,
            pairing: std::sync::OnceLock::new(),
        }
    }

    /// Normalize → segment → grammar → attribution → report, for one document.
    ///
    /// ```
    /// use doichieu::{rules::Rules, Analyzer};
    /// let analyzer = Analyzer::new(&Rules::embedded());
    /// let doc = analyzer.document("a", "a.txt", "Baku phủ nhận cáo buộc của Armenia.");
    /// assert_eq!(doc.claims[0].speaker.canonical, "Azerbaijan");
    /// ```
    pub fn document(&self, id: &str, source: &str, raw: &str) -> report::Document {
        self.document_dated(id, source, raw, None)
    }

    /// [`Analyzer::document`] with the document's date known from outside the text (a corpus
    /// record's `date`, `2020-10-05`); it wins over a date line in the text.
    ///
    /// ```
    /// use doichieu::{rules::Rules, Analyzer};
    /// let analyzer = Analyzer::new(&Rules::embedded());
    /// let doc = analyzer.document_dated("a", "-", "Hôm 3/10, ông Peskov cho biết Nga sẵn sàng.", Some("2020-10-05"));
    /// assert_eq!(doc.date.as_deref(), Some("2020-10-05"));
    /// assert_eq!(doc.period.from, Some(2020));
    /// ```
    pub fn document_dated(
        &self,
        id: &str,
        source: &str,
        raw: &str,
        date: Option<&str>,
    ) -> report::Document {
        self.run(id, source, raw, date, &mut Clock::off()).document
    }

    /// [`Analyzer::document_dated`], with what pairing needs of the document besides: pass
    /// many to [`Analyzer::pair`].
    ///
    /// ```
    /// use doichieu::{rules::Rules, Analyzer};
    /// let analyzer = Analyzer::new(&Rules::embedded());
    /// let a = analyzer.analysis("a", "a.txt", "Baku phủ nhận cáo buộc của Armenia.", None);
    /// assert_eq!(a.document, analyzer.document("a", "a.txt", "Baku phủ nhận cáo buộc của Armenia."));
    /// assert!(analyzer.pair(&[a]).is_empty());
    /// ```
    pub fn analysis(&self, id: &str, source: &str, raw: &str, date: Option<&str>) -> Analysis {
        self.run(id, source, raw, date, &mut Clock::off())
            .analysis(self.pairing())
    }

    /// [`Analyzer::analysis`], timed stage by stage. The pairing view, which is not a stage of
    /// the document, is made after the clock stops.
    ///
    /// ```
    /// use doichieu::{rules::Rules, Analyzer};
    /// let analyzer = Analyzer::new(&Rules::embedded());
    /// let (analysis, times) = analyzer.timed("a", "-", "Ông Peskov cho biết Nga sẵn sàng.", None);
    /// assert_eq!(analysis.document.claims.len(), 1);
    /// assert!(times.total() >= times.grammar);
    /// ```
    pub fn timed(
        &self,
        id: &str,
        source: &str,
        raw: &str,
        date: Option<&str>,
    ) -> (Analysis, StageTimes) {
        let mut clock = Clock::started();
        let run = self.run(id, source, raw, date, &mut clock);
        (run.analysis(self.pairing()), clock.times)
    }

    /// The conflicts within and across the analysed documents, in wire form (claim ids made
    /// from the document ids, sorted by them). Documents are told apart by their position in
    /// `docs`, so two with the same id still pair.
    ///
    /// ```
    /// use doichieu::{rules::Rules, Analyzer};
    /// let analyzer = Analyzer::new(&Rules::embedded());
    /// let docs = [
    ///     analyzer.analysis("a", "-", "Ông Peskov cho biết Nga sẵn sàng đàm phán.", None),
    ///     analyzer.analysis("b", "-", "Armenia và Azerbaijan cáo buộc nhau vi phạm lệnh ngừng bắn.", None),
    /// ];
    /// let conflicts = analyzer.pair(&docs);
    /// assert_eq!((conflicts[0].a.as_str(), conflicts[0].b.as_str()), ("b#c1", "b#c2"));
    /// ```
    pub fn pair(&self, docs: &[Analysis]) -> Vec<report::Conflict> {
        let pairing: Vec<&conflicts::Doc> = docs.iter().map(|a| &a.pairing).collect();
        self.conflicts(&pairing)
    }

    /// Segments a normalized text (stage 2) with these rules.
    ///
    /// ```
    /// use doichieu::{normalize::normalize, rules::Rules, Analyzer};
    /// let rules = Rules::embedded();
    /// let text = normalize("Bộ Quốc pḥng Azerbaijan cho biết. Ảnh: AP", &rules.repairs);
    /// assert_eq!(text.as_str(), "Bộ Quốc phòng Azerbaijan cho biết. Ảnh: AP");
    /// let seg = Analyzer::new(&rules).segment(&text);
    /// assert_eq!(seg.sentences.len(), 2);
    /// ```
    pub fn segment(&self, text: &normalize::Text) -> segment::Segments {
        segment::segment(text, &self.lex)
    }

    /// A readable view of the text layer of one document (stages 1 and 2), for review, its
    /// words in `lang`: what normalization repaired, with raw byte spans, and how the text was
    /// cut into paragraphs, sentences, quotations and boilerplate. `name` heads it.
    ///
    /// ```
    /// use doichieu::{rules::Rules, Analyzer, Lang};
    /// let analyzer = Analyzer::new(&Rules::embedded());
    /// let view = analyzer.text_layer("a", "Nga nói vậy. Ảnh: AP\n\nHết.", Lang::En);
    /// assert!(view.starts_with("document a: "));
    /// assert!(view.contains("paragraph 1 "));
    /// let view = analyzer.text_layer("a", "Nga nói vậy. Ảnh: AP\n\nHết.", Lang::Vi);
    /// assert!(view.starts_with("bài a: "));
    /// assert!(view.contains("đoạn 1 "));
    /// ```
    pub fn text_layer(&self, name: &str, raw: &str, lang: Lang) -> String {
        let text = normalize::normalize(raw, &self.lex.repairs);
        let seg = self.segment(&text);
        layer::render(name, &text, &seg, lang)
    }

    /// An analyzer for fitting the scorer, whose pairing groups articles into stories whatever
    /// the across threshold (see [`fit::analyzer`]).
    #[cfg(feature = "fit")]
    pub(crate) fn for_fitting(rules: &Rules) -> Analyzer {
        let analyzer = Analyzer::new(rules);
        let pairing = conflicts::Pairing::for_fitting(&analyzer.lex);
        assert!(analyzer.pairing.set(pairing).is_ok(), "a new analyzer");
        analyzer
    }

    /// Pairing's rules, compiled on first use.
    pub(crate) fn pairing(&self) -> &conflicts::Pairing {
        self.pairing
            .get_or_init(|| conflicts::Pairing::new(&self.lex))
    }

    /// The conflicts within and across `docs`, in wire form: pairing, then the report.
    pub(crate) fn conflicts(&self, docs: &[&conflicts::Doc]) -> Vec<report::Conflict> {
        report::conflicts(docs, conflicts::find(docs, self.pairing()))
    }

    /// The whole pipeline on one document, each stage timed on `clock`.
    fn run<'a>(
        &self,
        id: &str,
        source: &str,
        raw: &'a str,
        date: Option<&str>,
        clock: &mut Clock,
    ) -> Run<'a> {
        let text = normalize::normalize(raw, &self.lex.repairs);
        clock.lap(|t| &mut t.normalize);
        let mut seg = segment::segment(&text, &self.lex);
        if let Some(date) = date {
            seg.date = Some(date.to_string());
        }
        clock.lap(|t| &mut t.segment);
        let parsed = self.grammar.parse(&text, &seg);
        clock.lap(|t| &mut t.grammar);
        let claims = attribution::attribute(&text, &seg, &parsed, &self.lex);
        clock.lap(|t| &mut t.attribution);
        let dating = dates::Dating::of(seg.date.as_deref(), text.as_str(), &self.lex);
        let chars = span::CharIndex::new(raw);
        let document = report::document(id, source, &chars, &text, &seg, &claims, &dating);
        clock.lap(|t| &mut t.report);
        Run {
            document,
            text,
            claims,
            dating,
            chars,
            seg,
            tokens: parsed.tokens,
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
