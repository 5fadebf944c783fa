//! Corpus mode: a stream of JSONL records in, one document line per record out, and the
//! conflicts across the whole corpus in a final line.
//!
//! Records are `{"id": "…", "text": "…", "date": "…"?}`, one per line. They are read in
//! batches of [`BATCH_RECORDS`] (or [`BATCH_BYTES`]), so memory stays bounded by a batch plus
//! the claims kept for pairing, and each batch is analysed on the rayon thread pool; results
//! are written in input order, so the output does not depend on the number of threads. Each
//! document's line is written as soon as its batch is done; of the document, only what
//! pairing reads (its dating and typed claims) is kept for the end.
//!
//! A record that cannot be analysed (not UTF-8, not JSON, no `text`, longer than
//! [`MAX_RECORD_BYTES`]) is reported with its line number and skipped; every other record
//! still gets its line. `records read = documents written + errors reported`. Only failing to
//! read the input or to write the output stops a run ([`Error`]).
//!
//! Every output line reads back: a document line as a [`crate::report::Document`], the last
//! line as a [`ConflictsRecord`].

use std::fmt;
use std::io::{self, BufRead, Write};

use crate::par::*;
use serde::{Deserialize, Serialize};

use crate::conflicts;
use crate::report::Conflict;
use crate::rules::Rules;
use crate::Analyzer;

/// Records analysed together on the thread pool.
pub const BATCH_RECORDS: usize = 256;
/// A batch also ends once its records hold this many bytes, which bounds the memory of a run
/// of very long records.
pub const BATCH_BYTES: usize = 32 << 20;
/// A record longer than this is refused (its bytes are skipped, never held in memory).
pub const MAX_RECORD_BYTES: usize = 16 << 20;

/// A record that was skipped, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecordError {
    /// 1-based line number in the input.
    pub line: usize,
    /// What is wrong with it.
    pub message: String,
}

/// Totals of a corpus run.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Lines read (blank lines excepted).
    pub records: usize,
    /// Documents written.
    pub documents: usize,
    /// Records skipped with an error.
    pub errors: usize,
    /// Claims found.
    pub claims: usize,
    /// Conflicts found across the corpus.
    pub conflicts: usize,
    /// Bytes of input read.
    pub bytes: u64,
}

/// The last line of a corpus output: the conflicts within and across the documents.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ConflictsRecord {
    /// The schema version of the documents and conflicts.
    pub schema_version: u32,
    /// The conflicts, sorted by their claim ids.
    pub conflicts: Vec<Conflict>,
    /// Totals of the run.
    pub summary: Summary,
}

/// What stops a corpus run: the input or the output failed. (A bad record does not: it is
/// reported and skipped.)
#[derive(Debug)]
#[non_exhaustive]
pub enum Error {
    /// Reading the input failed after `line` lines.
    Read {
        /// Lines read before the failure.
        line: usize,
        /// Why.
        source: io::Error,
    },
    /// Writing the output failed.
    Write(io::Error),
    /// The conflicts line could not be encoded as JSON.
    Json(serde_json::Error),
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Read { line, .. } => write!(f, "cannot read the corpus after line {line}"),
            Error::Write(_) => f.write_str("cannot write the output"),
            Error::Json(_) => f.write_str("cannot encode the conflicts as JSON"),
        }
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Error::Read { source, .. } | Error::Write(source) => Some(source),
            Error::Json(e) => Some(e),
        }
    }
}

/// Options of a corpus run.
#[derive(Clone, Copy, Debug)]
pub struct Options {
    /// Pair claims across documents at the end (needs the claims of every document in memory).
    pub pair: bool,
}

/// A record as read: its line number and bytes.
struct RawRecord {
    line: usize,
    bytes: Result<Vec<u8>, String>,
}

/// Analyses the records of `input`, writes one JSON line per document to `out` as it goes,
/// reports every skipped record to `on_error`, and calls `on_progress` after each batch.
/// Returns the totals and the conflicts (also written as the last line when `options.pair`).
pub fn run(
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    rules: &Rules,
    options: Options,
    on_error: &mut dyn FnMut(&RecordError),
    on_progress: &mut dyn FnMut(&Summary),
) -> Result<(Summary, Vec<Conflict>), Error> {
    let analyzer = Analyzer::new(rules);
    let mut summary = Summary::default();
    let mut kept: Vec<conflicts::Doc> = Vec::new();
    let mut line_no = 0;
    let mut batch: Vec<RawRecord> = Vec::with_capacity(BATCH_RECORDS);
    loop {
        batch.clear();
        let mut batch_bytes = 0;
        while batch.len() < BATCH_RECORDS && batch_bytes < BATCH_BYTES {
            let read = read_record(input, &mut line_no, &mut summary.bytes);
            let Some(record) = read.map_err(|source| Error::Read {
                line: line_no,
                source,
            })?
            else {
                break;
            };
            batch_bytes += record.bytes.as_ref().map_or(0, Vec::len);
            batch.push(record);
        }
        if batch.is_empty() {
            break;
        }
        let results: Vec<Result<Analysed, RecordError>> = batch
            .par_iter()
            .map(|r| analyze_record(&analyzer, r, options.pair))
            .collect();
        for result in results {
            summary.records += 1;
            match result {
                Ok(analysed) => {
                    out.write_all(&analysed.json)
                        .and_then(|()| out.write_all(b"\n"))
                        .map_err(Error::Write)?;
                    summary.documents += 1;
                    summary.claims += analysed.claims;
                    // A copy made here, on this thread, which allocates little else: the
                    // analysis left what pairing keeps scattered among the pages of its
                    // freed working data, each page held by a few strings (the peak was 420
                    // MB on the bulk corpus; with the copy 250 MB, and half the time the
                    // system spent handing out fresh pages).
                    kept.extend(analysed.pairing.clone());
                }
                Err(e) => {
                    summary.errors += 1;
                    on_error(&e);
                }
            }
        }
        on_progress(&summary);
    }
    if !options.pair {
        out.flush().map_err(Error::Write)?;
        return Ok((summary, Vec::new()));
    }
    let conflicts = analyzer.conflicts(&kept.iter().collect::<Vec<_>>());
    summary.conflicts = conflicts.len();
    let record = ConflictsRecord {
        schema_version: crate::report::SCHEMA_VERSION,
        conflicts,
        summary,
    };
    serde_json::to_writer(&mut *out, &record).map_err(|e| match e.io_error_kind() {
        Some(_) => Error::Write(e.into()),
        None => Error::Json(e),
    })?;
    out.write_all(b"\n")
        .and_then(|()| out.flush())
        .map_err(Error::Write)?;
    Ok((record.summary, record.conflicts))
}

/// Reads the next non-blank line as a record. Lines over [`MAX_RECORD_BYTES`] are consumed
/// without being kept and come back as an error.
fn read_record(
    input: &mut dyn BufRead,
    line_no: &mut usize,
    bytes_read: &mut u64,
) -> io::Result<Option<RawRecord>> {
    loop {
        let mut buf = Vec::new();
        let mut too_long = false;
        let mut any = false;
        loop {
            let chunk = input.fill_buf()?;
            if chunk.is_empty() {
                break;
            }
            any = true;
            let (take, done) = match memchr::memchr(b'\n', chunk) {
                Some(i) => (i + 1, true),
                None => (chunk.len(), false),
            };
            if !too_long {
                if buf.len() + take > MAX_RECORD_BYTES {
                    too_long = true;
                    buf = Vec::new();
                } else {
                    buf.extend_from_slice(&chunk[..take]);
                }
            }
            input.consume(take);
            *bytes_read += take as u64;
            if done {
                break;
            }
        }
        if !any {
            return Ok(None);
        }
        *line_no += 1;
        if too_long {
            return Ok(Some(RawRecord {
                line: *line_no,
                bytes: Err(format!("record longer than {MAX_RECORD_BYTES} bytes")),
            }));
        }
        if buf.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        return Ok(Some(RawRecord {
            line: *line_no,
            bytes: Ok(buf),
        }));
    }
}

/// A record parsed from its JSON line.
#[derive(serde::Deserialize)]
struct Record {
    id: Option<String>,
    text: Option<String>,
    date: Option<String>,
}

/// One record, analysed.
struct Analysed {
    /// The document's JSON line (no newline).
    json: Vec<u8>,
    /// How many claims it has.
    claims: usize,
    /// What pairing needs of it, when the run pairs.
    pairing: Option<conflicts::Doc>,
}

/// Parses and analyses one record: the document's JSON line and, when `pair`, what pairing
/// needs of it.
fn analyze_record(
    analyzer: &Analyzer,
    record: &RawRecord,
    pair: bool,
) -> Result<Analysed, RecordError> {
    let error = |message: String| RecordError {
        line: record.line,
        message,
    };
    let bytes = record.bytes.as_ref().map_err(|m| error(m.clone()))?;
    // Sixteen or thirty-two bytes checked at once (simdutf8): std's check takes about ten
    // instructions a byte of Vietnamese, whose letters are mostly not ASCII, a twentieth of
    // a run's instructions. The error is std's (`compat`), with the same byte offset.
    let line = simdutf8::compat::from_utf8(bytes).map_err(|e| {
        error(format!(
            "invalid UTF-8 at byte {} of the line",
            e.valid_up_to()
        ))
    })?;
    let line = line.trim_end_matches(['\n', '\r']);
    let parsed: Record = serde_json::from_str(line).map_err(|e| {
        // serde_json ends its message with the line and column in the record; the record is
        // one line, so the column is what the user needs.
        let message = e.to_string();
        let message = message
            .rfind(" at line ")
            .map_or(message.as_str(), |at| &message[..at]);
        error(format!("invalid JSON at column {}: {message}", e.column()))
    })?;
    let text = parsed
        .text
        .ok_or_else(|| error("missing \"text\"".to_string()))?;
    let id = parsed.id.unwrap_or_else(|| format!("line-{}", record.line));
    let source = format!("line {}", record.line);
    let date = parsed.date.as_deref();
    let (document, pairing) = contain_panic(|| {
        if pair {
            let analysis = analyzer.analysis(&id, &source, &text, date);
            (analysis.document, Some(analysis.pairing))
        } else {
            (analyzer.document_dated(&id, &source, &text, date), None)
        }
    })
    .map_err(error)?;
    // A document's line is about as long as its text: written into room for that, it is not
    // copied again and again as it grows (serde_json's own buffer starts at 128 bytes).
    let mut json = Vec::with_capacity(text.len() + 256);
    serde_json::to_writer(&mut json, &document).map_err(|e| error(e.to_string()))?;
    Ok(Analysed {
        json,
        claims: document.claims.len(),
        pairing,
    })
}

/// Runs `f`, turning a panic into an error message, so that a bug met on one document costs
/// that document, not the whole run (the documents before it would be lost with the output).
/// The panic's own message and place are also printed by the panic hook, as usual.
pub fn contain_panic<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).map_err(|payload| {
        let what = payload
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".to_string());
        format!(
            "internal error, document skipped (a bug: please report it with the document): {what}"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run_on(input: &str) -> (String, Summary, Vec<RecordError>) {
        let rules = Rules::embedded();
        let mut out = Vec::new();
        let mut errors = Vec::new();
        let (summary, _) = run(
            &mut input.as_bytes(),
            &mut out,
            &rules,
            Options { pair: true },
            &mut |e| errors.push(e.clone()),
            &mut |_| {},
        )
        .unwrap();
        (String::from_utf8(out).unwrap(), summary, errors)
    }

    #[test]
    fn bad_records_are_reported_by_line_and_skipped() {
        let input = concat!(
            "{\"id\": \"a\", \"text\": \"Ông Peskov cho biết Nga sẵn sàng đàm phán.\"}\n",
            "{\"id\": \"b\", \"text\": \n",
            "\n",
            "{\"id\": \"c\"}\n",
            "{\"id\": \"d\", \"text\": \"Baku phủ nhận cáo buộc.\", \"date\": \"2020-10-05\"}\n",
        );
        let (out, summary, errors) = run_on(input);
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines.len(), 3, "two documents and the conflicts line");
        assert!(lines[0].starts_with("{\"id\":\"a\""));
        assert!(lines[1].contains("\"date\":\"2020-10-05\""));
        assert!(lines[2].starts_with("{\"schema_version\":1,\"conflicts\":"));
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].line, 2);
        assert_eq!(
            errors[0].message,
            "invalid JSON at column 20: EOF while parsing a value"
        );
        assert_eq!(errors[1].line, 4);
        assert_eq!(errors[1].message, "missing \"text\"");
        assert_eq!(summary.records, summary.documents + summary.errors);
        assert_eq!((summary.records, summary.documents), (4, 2));
    }

    #[test]
    fn a_panic_becomes_an_error_naming_it() {
        assert_eq!(contain_panic(|| 7), Ok(7));
        let owned = contain_panic(|| -> u8 { panic!("slice at {}", 3) }).unwrap_err();
        assert!(
            owned.starts_with("internal error, document skipped"),
            "{owned}"
        );
        assert!(owned.ends_with(": slice at 3"), "{owned}");
        let fixed = contain_panic(|| -> u8 { panic!("fixed") }).unwrap_err();
        assert!(fixed.ends_with(": fixed"), "{fixed}");
    }

    #[test]
    fn every_output_line_reads_back_and_writes_the_same_bytes() {
        let input = concat!(
            "{\"id\": \"a\", \"text\": \"Ông Peskov cho biết Nga sẵn sàng đàm phán.\"}\n",
            "{\"id\": \"b\", \"text\": \"Armenia và Azerbaijan cáo buộc nhau vi phạm lệnh ngừng bắn.\"}\n",
        );
        let (out, summary, _) = run_on(input);
        let lines: Vec<&str> = out.lines().collect();
        for line in &lines[..lines.len() - 1] {
            let doc: crate::report::Document = serde_json::from_str(line).unwrap();
            assert_eq!(serde_json::to_string(&doc).unwrap(), *line);
        }
        let last: ConflictsRecord = serde_json::from_str(lines[lines.len() - 1]).unwrap();
        assert_eq!(
            serde_json::to_string(&last).unwrap(),
            lines[lines.len() - 1]
        );
        assert_eq!(last.summary, summary);
        assert_eq!(last.conflicts.len(), 1);
    }

    #[test]
    fn a_failing_output_stops_the_run_with_a_write_error() {
        struct Full;
        impl Write for Full {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::Error::new(io::ErrorKind::StorageFull, "disk full"))
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let input = "{\"id\": \"a\", \"text\": \"Ông Peskov cho biết Nga sẵn sàng.\"}\n";
        let err = run(
            &mut input.as_bytes(),
            &mut Full,
            &Rules::embedded(),
            Options { pair: true },
            &mut |_| {},
            &mut |_| {},
        )
        .unwrap_err();
        assert!(matches!(err, Error::Write(_)), "{err:?}");
        assert_eq!(err.to_string(), "cannot write the output");
        let source = std::error::Error::source(&err).map(ToString::to_string);
        assert_eq!(source.as_deref(), Some("disk full"));
    }

    #[test]
    fn invalid_utf8_is_an_error_with_its_byte_offset() {
        let rules = Rules::embedded();
        let mut input: Vec<u8> = b"{\"id\": \"x\", \"text\": \"ab".to_vec();
        input.extend_from_slice(&[0xff, b'"', b'}', b'\n']);
        let mut errors = Vec::new();
        let mut out = Vec::new();
        run(
            &mut input.as_slice(),
            &mut out,
            &rules,
            Options { pair: false },
            &mut |e| errors.push(e.clone()),
            &mut |_| {},
        )
        .unwrap();
        assert_eq!(
            errors,
            vec![RecordError {
                line: 1,
                message: "invalid UTF-8 at byte 23 of the line".into()
            }]
        );
        assert!(out.is_empty());
    }
}
