//! `doichieu._native`: the Rust side of the `doichieu` Python package.
//!
//! It is a thin layer over the library's own API: [`Analyzer::analysis`] for each document,
//! [`Analyzer::pair`] for the conflicts, the [`Report`] wire types serialized by serde_json
//! exactly as the command line serializes them. The Python package (`doichieu/__init__.py`)
//! turns the JSON into dicts and keeps each report's analyses beside it for [`pair`].
//!
//! Everything after the arguments are read runs without the GIL ([`Python::detach`]), on a
//! local rayon pool when a number of threads is asked for, else on rayon's global pool (one
//! thread per core).

use std::path::PathBuf;
use std::sync::Arc;

use doichieu::normalize::NormalizeError;
use doichieu::report::{Report, SCHEMA_VERSION};
use doichieu::{Analysis, Analyzer, InputError};
use pyo3::exceptions::{PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use rayon::prelude::*;

use errors::{InputError as PyInputError, RuleError};

/// The exception classes, defined in Python (`doichieu/_errors.py`) with their attributes.
mod errors {
    pyo3::import_exception!(doichieu._errors, RuleError);
    pyo3::import_exception!(doichieu._errors, InputError);
}

/// Rule files, compiled once for any number of documents.
///
/// ``Rules.embedded()`` are the rules built into doichieu (the repository's ``rules/``);
/// ``Rules.from_dir(path)`` loads a folder of edited rule files (the layout of ``rules/``),
/// as the command line's ``--rules DIR`` does. Pass them as ``rules=`` to ``analyze``,
/// ``analyze_many``. Reports can be paired only with the conflicts of other reports made with
/// the same ``Rules`` object.
#[pyclass(frozen, module = "doichieu", name = "Rules")]
struct Rules {
    rules: doichieu::rules::Rules,
    analyzer: Arc<Analyzer>,
    /// The folder they were loaded from; `None` for the embedded rules.
    dir: Option<String>,
}

#[pymethods]
impl Rules {
    /// The rules built into doichieu.
    #[staticmethod]
    fn embedded(py: Python<'_>) -> Rules {
        py.detach(|| Rules::compile(doichieu::rules::Rules::embedded(), None))
    }

    /// Loads and compiles the rule files of a folder (the layout of the repository's
    /// ``rules/``; a file the folder lacks comes from the embedded rules). Raises ``RuleError`` (``str(e)`` is ``path:line:col: message``, as the
    /// command line prints it) when a file cannot be read or does not parse.
    #[staticmethod]
    fn from_dir(py: Python<'_>, path: PathBuf) -> PyResult<Rules> {
        let dir = path.display().to_string();
        let loaded = py.detach(|| doichieu::rules::Rules::load_dir(&path));
        match loaded {
            Ok(rules) => Ok(py.detach(|| Rules::compile(rules, Some(dir)))),
            // Every problem in the message, as the command line prints them; the first one's
            // place in the attributes.
            Err(e) => Err(RuleError::new_err((
                e.to_string(),
                e.first().path.clone(),
                e.first().line,
                e.first().col,
            ))),
        }
    }

    /// The folder the rules were loaded from, or ``None`` for the embedded rules.
    #[getter]
    fn dir(&self) -> Option<String> {
        self.dir.clone()
    }

    /// Runs every rule's own example through the rules, as ``doichieu rules check`` does:
    /// one message (``FILE:LINE: message``) per rule whose example no longer shows it; an
    /// empty list when all fire.
    fn check(&self, py: Python<'_>) -> Vec<String> {
        py.detach(|| doichieu::rules::check_examples(&self.rules))
    }

    fn __repr__(&self) -> String {
        let from = match &self.dir {
            None => "embedded".to_string(),
            Some(dir) => format!("from {dir:?}"),
        };
        format!(
            "<doichieu.Rules {from}: {} cues, {} titles, {} entities, {} groups>",
            self.rules.cues.len(),
            self.rules.titles.len(),
            self.rules.entities.len(),
            self.rules.groups.len()
        )
    }
}

impl Rules {
    fn compile(rules: doichieu::rules::Rules, dir: Option<String>) -> Rules {
        let analyzer = Arc::new(Analyzer::new(&rules));
        Rules {
            rules,
            analyzer,
            dir,
        }
    }
}

/// The analysed documents of one report, as conflict pairing reads them (opaque).
///
/// The JSON report does not hold what pairing needs (each document's working text, its
/// sentences, which claims are halves of one reciprocal sentence), so a report made by
/// ``analyze`` or ``analyze_many`` keeps its documents' analyses here, and ``pair`` reads
/// them.
#[pyclass(frozen, module = "doichieu")]
struct Analyses {
    analyzer: Arc<Analyzer>,
    docs: Vec<Analysis>,
}

#[pymethods]
impl Analyses {
    fn __len__(&self) -> usize {
        self.docs.len()
    }

    fn __repr__(&self) -> String {
        format!("<doichieu.Analyses of {} documents>", self.docs.len())
    }
}

/// A document's text as given: a `str`, or `bytes` that must be UTF-8.
#[derive(FromPyObject)]
enum Text {
    Str(String),
    Bytes(Vec<u8>),
}

/// One document to analyse: `(id, source, text, date)`.
type Item = (String, String, Text, Option<String>);

/// Runs `work` on `threads` threads (a local pool), or on rayon's global pool for `None`.
fn on_threads<T: Send>(threads: Option<usize>, work: impl FnOnce() -> T + Send) -> PyResult<T> {
    match threads {
        None => Ok(work()),
        Some(0) => Err(PyValueError::new_err("threads must be at least 1")),
        Some(n) => {
            let pool = rayon::ThreadPoolBuilder::new()
                .num_threads(n)
                .build()
                .map_err(|e| PyRuntimeError::new_err(format!("starting the thread pool: {e}")))?;
            Ok(pool.install(work))
        }
    }
}

/// Analyses `items` (each `(id, source, text, date)`) with `rules` on `threads` threads
/// (rayon's global pool, one per core, for `None`), without the GIL. Returns the report as
/// JSON (with the conflicts within and across the documents when `pair`, else none) and the
/// documents' analyses. The first text that is not UTF-8 raises `InputError`, as
/// `doichieu::analyze_all` fails.
#[pyfunction]
#[pyo3(signature = (items, rules, threads=None, pair=true))]
fn analyze_many(
    py: Python<'_>,
    items: Vec<Item>,
    rules: &Rules,
    threads: Option<usize>,
    pair: bool,
) -> PyResult<(String, Analyses)> {
    let analyzer = Arc::clone(&rules.analyzer);
    let work = || -> Result<(String, Vec<Analysis>), PyErr> {
        let texts = items
            .iter()
            .map(|(_, source, text, _)| match text {
                Text::Str(s) => Ok(s.as_str()),
                Text::Bytes(b) => std::str::from_utf8(b).map_err(|e| InputError {
                    source: source.clone(),
                    error: NormalizeError::InvalidUtf8 {
                        offset: e.valid_up_to(),
                    },
                }),
            })
            .collect::<Result<Vec<&str>, InputError>>()
            .map_err(|e| PyInputError::new_err((e.to_string(), e.source.clone())))?;
        let analyses: Vec<Analysis> = items
            .par_iter()
            .zip(texts.par_iter())
            .map(|((id, source, _, date), text)| {
                analyzer.analysis(id, source, text, date.as_deref())
            })
            .collect();
        let conflicts = if pair {
            analyzer.pair(&analyses)
        } else {
            Vec::new()
        };
        let report = Report {
            schema_version: SCHEMA_VERSION,
            documents: analyses.iter().map(|a| a.document.clone()).collect(),
            conflicts,
        };
        let json = serde_json::to_string(&report)
            .map_err(|e| PyRuntimeError::new_err(format!("encoding the report: {e}")))?;
        Ok((json, analyses))
    };
    let (json, docs) = py.detach(|| on_threads(threads, work))??;
    let analyses = Analyses {
        analyzer: Arc::clone(&rules.analyzer),
        docs,
    };
    Ok((json, analyses))
}

/// The conflicts within and across the documents of `batches`, in order, as JSON (a list of
/// conflicts, as in a report). Every batch must come from the same `Rules`.
#[pyfunction]
#[pyo3(signature = (batches, threads=None))]
fn pair(py: Python<'_>, batches: Vec<Py<Analyses>>, threads: Option<usize>) -> PyResult<String> {
    let batches: Vec<&Analyses> = batches.iter().map(|b| b.get()).collect();
    let Some(first) = batches.first() else {
        return Ok("[]".to_string());
    };
    let analyzer = Arc::clone(&first.analyzer);
    if batches.iter().any(|b| !Arc::ptr_eq(&b.analyzer, &analyzer)) {
        return Err(PyValueError::new_err(
            "reports made with different Rules cannot be paired: analyse them with the same \
             Rules object",
        ));
    }
    let work = || -> PyResult<String> {
        let conflicts = if let [one] = batches.as_slice() {
            analyzer.pair(&one.docs)
        } else {
            let docs: Vec<Analysis> = batches.iter().flat_map(|b| b.docs.clone()).collect();
            analyzer.pair(&docs)
        };
        serde_json::to_string(&conflicts)
            .map_err(|e| PyRuntimeError::new_err(format!("encoding the conflicts: {e}")))
    };
    py.detach(|| on_threads(threads, work))?
}

/// The Rust side of doichieu: rules, analysis and pairing (see the `doichieu` package).
#[pymodule]
mod _native {
    #[pymodule_export]
    use super::{analyze_many, pair, Analyses, Rules};

    #[pymodule_export]
    const SCHEMA_VERSION: u32 = super::SCHEMA_VERSION;
}
