//! The `doichieu` command line.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::{Parser, Subcommand, ValueEnum};
use doichieu::normalize::NormalizeError;
use doichieu::rules::Rules;
use doichieu::{corpus, render, Analyzer};

const EXIT_CODES: &str = "Exit codes: 0 success; 1 input or usage error (unreadable file, invalid \
UTF-8, bad arguments, a score below --min-*-f1); 2 rule error (a rule file that does not parse, \
reported as path:line:col: message).";

/// Who said what in Vietnamese news, and which statements clash.
#[derive(Parser)]
#[command(version, about, after_help = EXIT_CODES)]
struct Cli {
    /// Load the rule files from this folder instead of the embedded defaults.
    #[arg(long, global = true)]
    rules: Option<PathBuf>,
    /// No progress or summary on standard error (errors are still reported).
    #[arg(short, long, global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

/// Output formats of `analyze`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum Format {
    /// The JSON report (schema in schema/report.schema.json).
    Json,
    /// One JSON line per document, then one line with the conflicts (as `corpus` writes).
    Jsonl,
    /// A Markdown review: one line per claim, then the conflicts; stable for diffs.
    Md,
    /// One self-contained HTML page with highlights and a conflicts view.
    Html,
    /// The articles with their claims marked, in colour on a terminal.
    Text,
}

#[derive(Subcommand)]
enum Command {
    /// Find the claims and conflicts in articles and write a report.
    #[command(after_help = EXIT_CODES)]
    Analyze {
        /// Article files (UTF-8 text), or `-` for standard input; the document id is the file
        /// stem (`stdin` for `-`).
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Output format.
        #[arg(short, long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Write the report here (whole or not at all) instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Analyse a JSONL corpus (`{"id", "text", "date"?}` per line, optionally gzipped) into one
    /// JSON line per document and a last line with the conflicts across the corpus.
    #[command(after_help = EXIT_CODES)]
    Corpus {
        /// The corpus (`.jsonl` or `.jsonl.gz`, gzip detected by its magic bytes), or `-`.
        input: PathBuf,
        /// Write the output here (whole or not at all: a temporary file renamed at the end)
        /// instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Do not pair claims across documents (no final conflicts line; less memory).
        #[arg(long)]
        no_pair: bool,
        /// Worker threads (default: one per core). The output is the same for any number.
        #[arg(short = 'j', long)]
        threads: Option<usize>,
    },
    /// Score a report against gold annotations, exactly as the reference scorer does.
    #[command(after_help = EXIT_CODES)]
    Eval {
        /// Folder of gold files (`<document id>.json`, `conflicts.json`).
        gold: PathBuf,
        /// The report to score.
        report: PathBuf,
        /// Exit with 1 when claim F1 is below this.
        #[arg(long, default_value_t = 0.0)]
        min_claim_f1: f64,
        /// Exit with 1 when conflict F1 is below this.
        #[arg(long, default_value_t = 0.0)]
        min_conflict_f1: f64,
    },
    /// Show the text layer of articles: repairs, paragraphs, sentences, quotations, boilerplate.
    Text {
        /// Article files (UTF-8 text).
        files: Vec<PathBuf>,
    },
    /// Work with rule folders.
    #[command(subcommand)]
    Rules(RulesCommand),
}

#[derive(Subcommand)]
enum RulesCommand {
    /// Check a rule folder: every file parses and every rule's example still fires.
    #[command(after_help = EXIT_CODES)]
    Check {
        /// The folder (the layout of `rules/`).
        dir: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("doichieu: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn load_rules(dir: Option<&Path>) -> Result<Rules, ExitCode> {
    match dir {
        None => Ok(Rules::embedded()),
        Some(dir) => Rules::load_dir(dir).map_err(|e| {
            eprintln!("doichieu: {e}");
            ExitCode::from(2)
        }),
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    if let Command::Rules(RulesCommand::Check { dir }) = &cli.command {
        return Ok(check_rules(dir, cli.quiet));
    }
    let rules = match load_rules(cli.rules.as_deref()) {
        Ok(r) => r,
        Err(code) => return Ok(code),
    };
    match cli.command {
        Command::Analyze {
            files,
            format,
            output,
        } => {
            let mut contents = Vec::with_capacity(files.len());
            for file in &files {
                contents.push(read_input(file)?);
            }
            let ids: Vec<String> = files.iter().map(|f| stem(f)).collect();
            let sources: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
            let inputs: Vec<doichieu::Input> = contents
                .iter()
                .zip(&ids)
                .zip(&sources)
                .map(|((bytes, id), source)| doichieu::Input { id, source, bytes })
                .collect();
            let report = doichieu::analyze_all(&inputs, &rules)?;
            // analyze_all accepted every input as UTF-8.
            let texts: Vec<&str> = contents
                .iter()
                .map(|c| std::str::from_utf8(c).unwrap_or_default())
                .collect();
            let rendered = match format {
                Format::Json => {
                    let mut json = serde_json::to_string_pretty(&report)?;
                    json.push('\n');
                    json
                }
                Format::Jsonl => render::jsonl(&report)?,
                Format::Md => render::markdown(&report),
                Format::Html => render::html(&report, &texts),
                Format::Text => {
                    let colour = output.is_none() && std::io::stdout().is_terminal();
                    render::terminal(&report, &texts, colour)
                }
            };
            match output {
                Some(path) => write_atomically(&path, rendered.as_bytes())?,
                None => std::io::stdout().write_all(rendered.as_bytes())?,
            }
        }
        Command::Corpus {
            input,
            output,
            no_pair,
            threads,
        } => {
            return run_corpus(
                &input,
                output.as_deref(),
                no_pair,
                threads,
                &rules,
                cli.quiet,
            )
        }
        Command::Eval {
            gold,
            report,
            min_claim_f1,
            min_conflict_f1,
        } => {
            let gold = doichieu::eval::load_gold(&gold)?;
            let text = std::fs::read_to_string(&report)
                .with_context(|| format!("{}", report.display()))?;
            let report: serde_json::Value =
                serde_json::from_str(&text).with_context(|| format!("{}", report.display()))?;
            let scores = doichieu::eval::score(&gold, &report);
            print!("{scores}");
            if !scores.meets(min_claim_f1, min_conflict_f1) {
                return Ok(ExitCode::from(1));
            }
        }
        Command::Text { files } => {
            let analyzer = Analyzer::new(&rules);
            for file in files {
                let raw = String::from_utf8(read_input(&file)?)
                    .map_err(|e| NormalizeError::InvalidUtf8 {
                        offset: e.utf8_error().valid_up_to(),
                    })
                    .with_context(|| format!("{}", file.display()))?;
                print!("{}", analyzer.text_layer(&stem(&file), &raw));
            }
        }
        Command::Rules(_) => unreachable!("handled before the rules are loaded"),
    }
    Ok(ExitCode::SUCCESS)
}

/// `rules check`: parse the folder, then run every rule's own example through it.
fn check_rules(dir: &Path, quiet: bool) -> ExitCode {
    let rules = match Rules::load_dir(dir) {
        Ok(r) => r,
        Err(e) => {
            eprintln!("doichieu: {e}");
            return ExitCode::from(2);
        }
    };
    let problems = doichieu::rules::check_examples(&rules, &dir.display().to_string());
    for p in &problems {
        eprintln!("doichieu: {p}");
    }
    if !problems.is_empty() {
        return ExitCode::from(2);
    }
    if !quiet {
        eprintln!(
            "{}: {} cues, {} titles, {} entities, {} groups: all parse, every example fires",
            dir.display(),
            rules.cues.len(),
            rules.titles.len(),
            rules.entities.len(),
            rules.groups.len()
        );
    }
    ExitCode::SUCCESS
}

fn run_corpus(
    input: &Path,
    output: Option<&Path>,
    no_pair: bool,
    threads: Option<usize>,
    rules: &Rules,
    quiet: bool,
) -> Result<ExitCode> {
    if let Some(n) = threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("starting the thread pool")?;
    }
    let name = input.display().to_string();
    let mut reader = open_corpus(input)?;
    let started = Instant::now();
    let show_progress = !quiet && std::io::stderr().is_terminal();
    let mut last_shown = Instant::now() - Duration::from_secs(1);
    // On a terminal the progress line is cleared first, so an error gets a line of its own
    // (the next progress update redraws below it).
    let mut on_error = |e: &corpus::RecordError| {
        let clear = if show_progress { "\r\x1b[K" } else { "" };
        eprintln!("{clear}{name}:{}: {}", e.line, e.message);
    };
    let mut on_progress = |s: &corpus::Summary| {
        if show_progress && last_shown.elapsed() >= Duration::from_millis(200) {
            last_shown = Instant::now();
            eprint!("\r\x1b[K{}", progress_line(s, started.elapsed()));
        }
    };
    let options = corpus::Options { pair: !no_pair };
    let summary = match output {
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            corpus::run(
                &mut reader,
                &mut out,
                rules,
                options,
                &mut on_error,
                &mut on_progress,
            )?
            .0
        }
        Some(path) => {
            let (tmp, file) = create_temporary(path)?;
            let mut out = std::io::BufWriter::new(file);
            let result = corpus::run(
                &mut reader,
                &mut out,
                rules,
                options,
                &mut on_error,
                &mut on_progress,
            )
            .map_err(anyhow::Error::from)
            .and_then(|(summary, _)| {
                let file = out.into_inner().map_err(|e| e.into_error())?;
                file.sync_all()
                    .with_context(|| format!("{}", tmp.display()))?;
                Ok(summary)
            });
            match result {
                Ok(summary) => {
                    std::fs::rename(&tmp, path).with_context(|| format!("{}", path.display()))?;
                    summary
                }
                Err(e) => {
                    let _ = std::fs::remove_file(&tmp);
                    return Err(e);
                }
            }
        }
    };
    if show_progress {
        eprint!("\r\x1b[K");
    }
    if !quiet {
        eprintln!(
            "{}{}",
            progress_line(&summary, started.elapsed()),
            if no_pair {
                String::new()
            } else {
                format!(", {}", count(summary.conflicts, "conflict"))
            }
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn progress_line(s: &corpus::Summary, elapsed: Duration) -> String {
    let mb = s.bytes as f64 / 1e6;
    format!(
        "{}, {}, {}, {}, {mb:.1} MB in {:.1} s ({:.1} MB/s)",
        count(s.records, "record"),
        count(s.documents, "document"),
        count(s.errors, "error"),
        count(s.claims, "claim"),
        elapsed.as_secs_f64(),
        mb / elapsed.as_secs_f64().max(1e-9)
    )
}

/// `1 error`, `2 errors`.
fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// Opens a corpus file (or standard input for `-`), gunzipping it when it starts with the gzip
/// magic bytes.
fn open_corpus(path: &Path) -> Result<Box<dyn BufRead>> {
    let raw: Box<dyn Read> = if path.as_os_str() == "-" {
        Box::new(std::io::stdin())
    } else {
        Box::new(std::fs::File::open(path).with_context(|| format!("{}", path.display()))?)
    };
    let mut buffered = std::io::BufReader::with_capacity(1 << 16, raw);
    let head = buffered
        .fill_buf()
        .with_context(|| format!("{}", path.display()))?;
    if head.starts_with(&[0x1f, 0x8b]) {
        let gz = flate2::bufread::MultiGzDecoder::new(buffered);
        Ok(Box::new(std::io::BufReader::with_capacity(1 << 16, gz)))
    } else {
        Ok(Box::new(buffered))
    }
}

/// Reads a file, or standard input for `-`.
fn read_input(path: &Path) -> Result<Vec<u8>> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .context("standard input")?;
        Ok(bytes)
    } else {
        std::fs::read(path).with_context(|| format!("{}", path.display()))
    }
}

/// The document id of a file: its name without the extension (`stdin` for `-`).
fn stem(path: &Path) -> String {
    if path.as_os_str() == "-" {
        return "stdin".to_string();
    }
    path.file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
}

/// A new temporary file beside `path`, to be renamed onto it when complete.
fn create_temporary(path: &Path) -> Result<(PathBuf, std::fs::File)> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let file = std::fs::File::create(&tmp).with_context(|| format!("{}", tmp.display()))?;
    Ok((tmp, file))
}

/// Writes a file whole or not at all: a temporary file beside it, then a rename.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let (tmp, mut file) = create_temporary(path)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| format!("{}", tmp.display()));
    }
    std::fs::rename(&tmp, path).with_context(|| format!("{}", path.display()))?;
    Ok(())
}
