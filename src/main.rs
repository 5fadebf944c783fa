//! The `doichieu` command line.

use std::io::{BufRead, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::{Duration, Instant};

use anyhow::{Context, Result};
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use doichieu::normalize::NormalizeError;
use doichieu::rules::Rules;
use doichieu::{corpus, render, Analyzer};
use rayon::prelude::*;

/// mimalloc: the pipeline makes many small strings and vectors (see `Cargo.toml`).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const EXIT_CODES: &str = "Exit codes: 0 success; 1 input or output error (a file or record that \
cannot be read or is not UTF-8 is reported and skipped, the rest is still written; an output that \
cannot be written) or a score below --min-*-f1; 2 rule error (a rule file that does not parse, \
reported as path:line:col: message); 3 usage error (bad arguments). A closed standard output \
(`| head`) ends the run quietly with 0.";

/// A file or record was skipped, an output could not be written, or a score is too low.
const EXIT_INPUT: u8 = 1;
/// A rule file does not parse or a rule's example no longer shows it.
const EXIT_RULES: u8 = 2;
/// The arguments are wrong (clap's errors, `-` given twice).
const EXIT_USAGE: u8 = 3;

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
    /// Colour in `--format text`: `auto` colours a terminal unless NO_COLOR is set or TERM=dumb.
    #[arg(long, value_enum, global = true, default_value_t = ColorChoice::Auto)]
    color: ColorChoice,
    #[command(subcommand)]
    command: Command,
}

/// When to colour the terminal view.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set (non-empty) or TERM is `dumb`.
    Auto,
    /// Always, even into a file or a pipe.
    Always,
    /// Never.
    Never,
}

/// The language of the labels and conflict reasons in what people read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
enum LangChoice {
    /// Vietnamese.
    Vi,
    /// English (conflict kinds and cue classes by their JSON names).
    En,
}

impl From<LangChoice> for doichieu::Lang {
    fn from(choice: LangChoice) -> doichieu::Lang {
        match choice {
            LangChoice::Vi => doichieu::Lang::Vi,
            LangChoice::En => doichieu::Lang::En,
        }
    }
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
        /// Article files (UTF-8 text), folders (their `*.txt` files, at any depth, in path
        /// order) or `-` for standard input (once); the document id is the file stem (`stdin`
        /// for `-`), made unique as `stem~2`, `stem~3`, … in argument order when two files
        /// share a stem. A file that cannot be read or is not UTF-8 is reported and skipped;
        /// the others are analysed and the exit status is 1.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Worker threads (default: one per core). The report is the same for any number.
        #[arg(short = 'j', long)]
        threads: Option<usize>,
        /// Output format.
        #[arg(short, long, value_enum, default_value_t = Format::Json)]
        format: Format,
        /// Language of the labels, cue classes, conflict kinds and conflict reasons in `md`,
        /// `html` and `text` (the articles' own text is shown as it is). JSON and JSON lines are
        /// the same in every language.
        #[arg(long, value_enum, default_value_t = LangChoice::Vi)]
        lang: LangChoice,
        /// Write the report here instead of standard output: a regular file is replaced whole or
        /// not at all, a symbolic link is written through to its target, a device or a pipe is
        /// written into.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Analyse a JSONL corpus (`{"id", "text", "date"?}` per line, optionally gzipped) into one
    /// JSON line per document and a last line with the conflicts across the corpus.
    #[command(after_help = EXIT_CODES)]
    Corpus {
        /// The corpus (`.jsonl` or `.jsonl.gz`, gzip detected by its magic bytes), or `-`.
        input: PathBuf,
        /// Write the output here instead of standard output (as `analyze -o`: a regular file
        /// whole or not at all, a temporary file renamed at the end). Exit status 1 when records
        /// were skipped.
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Do not pair claims across documents (no final conflicts line; less memory).
        #[arg(long)]
        no_pair: bool,
        /// Worker threads (default: one per core). The output is the same for any number.
        #[arg(short = 'j', long)]
        threads: Option<usize>,
    },
    /// Score a report against gold annotations, exactly as the reference scorer does. A gold
    /// article the report does not have is named on standard error; its claims count as missed.
    #[command(after_help = EXIT_CODES)]
    Eval {
        /// Folder of gold files (`<document id>.json`, `conflicts.json`).
        gold: PathBuf,
        /// The report to score: the JSON report of `analyze`, or the JSON lines of `corpus` or
        /// `analyze --format jsonl`.
        report: PathBuf,
        /// Exit with 1 when claim F1 is below this (0 to 1).
        #[arg(long, default_value_t = 0.0, value_parser = unit_interval)]
        min_claim_f1: f64,
        /// Exit with 1 when conflict F1 is below this (0 to 1).
        #[arg(long, default_value_t = 0.0, value_parser = unit_interval)]
        min_conflict_f1: f64,
    },
    /// Show the text layer of articles: repairs, paragraphs, sentences, quotations, boilerplate.
    #[command(after_help = EXIT_CODES)]
    Text {
        /// Article files (UTF-8 text), folders (their `*.txt` files, as for `analyze`) or `-`
        /// for standard input. A file that cannot be read is reported and skipped; the exit
        /// status is then 1.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Language of the view's words (document, paragraph, sentence …).
        #[arg(long, value_enum, default_value_t = LangChoice::Vi)]
        lang: LangChoice,
    },
    /// Work with rule folders.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Print the shell completion script for doichieu's commands and options, e.g.
    /// `doichieu completions bash > ~/.local/share/bash-completion/completions/doichieu`.
    #[command(after_help = EXIT_CODES)]
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
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
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // `--help` and `--version` are not errors; a closed pipe while printing them is
            // not worth a word either.
            let _ = e.print();
            return if e.use_stderr() {
                ExitCode::from(EXIT_USAGE)
            } else {
                ExitCode::SUCCESS
            };
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("doichieu: {e:#}");
            ExitCode::from(EXIT_INPUT)
        }
    }
}

/// Whether an error comes from writing into a closed pipe (`doichieu … | head`): the reader
/// has what it wanted, so the run ends quietly.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn load_rules(dir: Option<&Path>) -> Result<Rules, ExitCode> {
    match dir {
        None => Ok(Rules::embedded()),
        Some(dir) => Rules::load_dir(dir).map_err(|errors| {
            for e in &errors {
                eprintln!("doichieu: {e}");
            }
            ExitCode::from(EXIT_RULES)
        }),
    }
}

fn run(cli: Cli) -> Result<ExitCode> {
    if let Command::Rules(RulesCommand::Check { dir }) = &cli.command {
        return Ok(check_rules(dir, cli.quiet));
    }
    if let Command::Completions { shell } = cli.command {
        let mut script = Vec::new();
        clap_complete::generate(shell, &mut Cli::command(), "doichieu", &mut script);
        let mut stdout = std::io::stdout().lock();
        stdout
            .write_all(&script)
            .and_then(|()| stdout.flush())
            .context("standard output")?;
        return Ok(ExitCode::SUCCESS);
    }
    let rules = match load_rules(cli.rules.as_deref()) {
        Ok(r) => r,
        Err(code) => return Ok(code),
    };
    match cli.command {
        Command::Analyze {
            files,
            format,
            lang,
            output,
            threads,
        } => {
            let lang = doichieu::Lang::from(lang);
            if files.iter().filter(|f| f.as_os_str() == "-").count() > 1 {
                eprintln!("doichieu: standard input (`-`) can be read only once");
                return Ok(ExitCode::from(EXIT_USAGE));
            }
            start_thread_pool(threads)?;
            let (files, mut skipped) = expand_folders(&files);
            let ids = document_ids(&files);
            // Every file is read first; a bad one is reported and left out.
            let mut good: Vec<(String, String, String)> = Vec::with_capacity(files.len());
            for (file, id) in files.iter().zip(ids) {
                match read_text(file) {
                    Ok(text) => good.push((id, file.display().to_string(), text)),
                    Err(e) => {
                        eprintln!("doichieu: {e:#}");
                        skipped += 1;
                    }
                }
            }
            // As doichieu::analyze_all, the documents analysed on the thread pool (in order).
            let analyzer = Analyzer::new(&rules);
            // A bug met on one file costs that file (reported and counted as skipped).
            let analysed: Vec<Result<doichieu::Analysis, String>> = good
                .par_iter()
                .map(|(id, source, text)| {
                    corpus::contain_panic(|| analyzer.analysis(id, source, text, None))
                        .map_err(|e| format!("{source}: {e}"))
                })
                .collect();
            let mut analyses: Vec<doichieu::Analysis> = Vec::with_capacity(analysed.len());
            let mut kept_texts: Vec<(&str, &str)> = Vec::with_capacity(analysed.len());
            for (result, (id, _, text)) in analysed.into_iter().zip(&good) {
                match result {
                    Ok(analysis) => {
                        analyses.push(analysis);
                        kept_texts.push((id.as_str(), text.as_str()));
                    }
                    Err(e) => {
                        eprintln!("doichieu: {e}");
                        skipped += 1;
                    }
                }
            }
            let conflicts = analyzer.pair(&analyses);
            let report = doichieu::report::Report {
                schema_version: doichieu::report::SCHEMA_VERSION,
                documents: analyses.into_iter().map(|a| a.document).collect(),
                conflicts,
            };
            let texts = kept_texts;
            let rendered = match format {
                Format::Json => {
                    let mut json = serde_json::to_string_pretty(&report)?;
                    json.push('\n');
                    json
                }
                Format::Jsonl => render::jsonl(&report)?,
                Format::Md => render::markdown(&report, lang),
                Format::Html => render::html(&report, &texts, lang),
                Format::Text => {
                    let terminal = output.is_none() && std::io::stdout().is_terminal();
                    let colour = colour_wanted(
                        cli.color,
                        terminal,
                        std::env::var_os("NO_COLOR"),
                        std::env::var_os("TERM"),
                    );
                    render::terminal(&report, &texts, colour, lang)
                }
            };
            match output {
                Some(path) => {
                    let mut out = Output::open(&path)?;
                    out.write_all(rendered.as_bytes())
                        .with_context(|| out.shown.clone())?;
                    out.finish()?;
                }
                None => {
                    let mut stdout = std::io::stdout().lock();
                    stdout
                        .write_all(rendered.as_bytes())
                        .and_then(|()| stdout.flush())
                        .context("standard output")?;
                }
            }
            if skipped > 0 {
                if !cli.quiet {
                    eprintln!(
                        "doichieu: {} skipped, {} analysed",
                        count(skipped, "file"),
                        good.len()
                    );
                }
                return Ok(ExitCode::from(EXIT_INPUT));
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
            let name = report.display().to_string();
            let text = std::fs::read_to_string(&report).with_context(|| name.clone())?;
            let report = doichieu::eval::read_report(&text)
                .map_err(anyhow::Error::msg)
                .with_context(|| name.clone())?;
            if !cli.quiet {
                for id in doichieu::eval::missing_documents(&gold, &report) {
                    eprintln!(
                        "doichieu: warning: {name} has no document {id:?} of the gold; \
its claims count as missed"
                    );
                }
            }
            let scores = doichieu::eval::score(&gold, &report);
            let mut stdout = std::io::stdout().lock();
            write!(stdout, "{scores}")
                .and_then(|()| stdout.flush())
                .context("standard output")?;
            if !scores.meets(min_claim_f1, min_conflict_f1) {
                return Ok(ExitCode::from(EXIT_INPUT));
            }
        }
        Command::Text { files, lang } => {
            let analyzer = Analyzer::new(&rules);
            let mut stdout = std::io::stdout().lock();
            let (files, skipped_folders) = expand_folders(&files);
            let mut skipped = skipped_folders > 0;
            for (file, id) in files.iter().zip(document_ids(&files)) {
                match read_text(file) {
                    Ok(raw) => write!(stdout, "{}", analyzer.text_layer(&id, &raw, lang.into()))
                        .context("standard output")?,
                    Err(e) => {
                        stdout.flush().context("standard output")?;
                        eprintln!("doichieu: {e:#}");
                        skipped = true;
                    }
                }
            }
            stdout.flush().context("standard output")?;
            if skipped {
                return Ok(ExitCode::from(EXIT_INPUT));
            }
        }
        Command::Rules(_) | Command::Completions { .. } => {
            unreachable!("handled before the rules are loaded")
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A threshold of `eval`: a number from 0 to 1.
fn unit_interval(text: &str) -> Result<f64, String> {
    match text.parse::<f64>() {
        Ok(x) if (0.0..=1.0).contains(&x) => Ok(x),
        Ok(_) => Err("an F1 is between 0 and 1".to_string()),
        Err(e) => Err(e.to_string()),
    }
}

/// The global thread pool with `threads` workers (rayon's default, one per core, for `None`).
fn start_thread_pool(threads: Option<usize>) -> Result<()> {
    if let Some(n) = threads {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("starting the thread pool")?;
    }
    Ok(())
}

/// The arguments with every folder replaced by the `*.txt` files under it, at any depth, in
/// path order (symbolic links to folders are not followed, so a loop cannot make it endless).
/// A folder that cannot be read, or holds no `.txt` file, is reported; the count of those
/// comes back with the files.
fn expand_folders(args: &[PathBuf]) -> (Vec<PathBuf>, usize) {
    let mut files = Vec::with_capacity(args.len());
    let mut problems = 0;
    for arg in args {
        if arg.as_os_str() == "-" || !arg.is_dir() {
            files.push(arg.clone());
            continue;
        }
        let mut found = Vec::new();
        let mut pending = vec![arg.clone()];
        while let Some(dir) = pending.pop() {
            let entries = match std::fs::read_dir(&dir) {
                Ok(entries) => entries,
                Err(e) => {
                    eprintln!("doichieu: {}: {e}", dir.display());
                    problems += 1;
                    continue;
                }
            };
            for entry in entries {
                let entry = match entry {
                    Ok(entry) => entry,
                    Err(e) => {
                        eprintln!("doichieu: {}: {e}", dir.display());
                        problems += 1;
                        continue;
                    }
                };
                let path = entry.path();
                let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
                if is_dir {
                    pending.push(path);
                } else if path.extension().is_some_and(|e| e == "txt") {
                    found.push(path);
                }
            }
        }
        if found.is_empty() {
            eprintln!("doichieu: {}: no .txt file in this folder", arg.display());
            problems += 1;
        }
        found.sort();
        files.extend(found);
    }
    (files, problems)
}

/// Whether the terminal view is coloured: `--color always|never` as asked; `auto` on a
/// terminal, unless `NO_COLOR` is set to anything non-empty (no-color.org) or `TERM=dumb`.
fn colour_wanted(
    choice: ColorChoice,
    terminal: bool,
    no_color: Option<std::ffi::OsString>,
    term: Option<std::ffi::OsString>,
) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            terminal && no_color.is_none_or(|v| v.is_empty()) && term.is_none_or(|t| t != "dumb")
        }
    }
}

/// The document ids of the files, in order: the file stem (`stdin` for `-`), and for a stem
/// already taken `stem~2`, `stem~3`, … (skipping any that is another file's stem), so that
/// ids are unique and depend only on the arguments.
fn document_ids(files: &[PathBuf]) -> Vec<String> {
    let stems: Vec<String> = files.iter().map(|f| stem(f)).collect();
    let plain: std::collections::HashSet<&str> = stems.iter().map(String::as_str).collect();
    let mut taken = std::collections::HashSet::new();
    let mut ids = Vec::with_capacity(stems.len());
    for s in &stems {
        let mut id = s.clone();
        let mut n = 2;
        while taken.contains(&id) {
            id = format!("{s}~{n}");
            if plain.contains(id.as_str()) {
                id.clone_from(s);
            }
            n += 1;
        }
        taken.insert(id.clone());
        ids.push(id);
    }
    ids
}

/// Reads a file (or standard input for `-`) as UTF-8; the error names the file and, for
/// invalid UTF-8, the byte offset.
fn read_text(path: &Path) -> Result<String> {
    let bytes = read_input(path)?;
    String::from_utf8(bytes)
        .map_err(|e| NormalizeError::InvalidUtf8 {
            offset: e.utf8_error().valid_up_to(),
        })
        .with_context(|| {
            if path.as_os_str() == "-" {
                "standard input".to_string()
            } else {
                path.display().to_string()
            }
        })
}

/// `rules check`: parse the folder (its files over the embedded defaults), then run every
/// rule's own example through it; every problem is reported.
fn check_rules(dir: &Path, quiet: bool) -> ExitCode {
    let rules = match doichieu::rules::check_dir(dir) {
        Ok(r) => r,
        Err(problems) => {
            for p in &problems {
                eprintln!("doichieu: {p}");
            }
            if !quiet {
                eprintln!("doichieu: {}", count(problems.len(), "problem"));
            }
            return ExitCode::from(EXIT_RULES);
        }
    };
    if !quiet {
        let own: Vec<&str> = doichieu::rules::RULE_FILES
            .iter()
            .map(|(name, _)| *name)
            .filter(|name| rules.path(name) == Some(dir.join(name).display().to_string().as_str()))
            .collect();
        let embedded = doichieu::rules::RULE_FILES.len() - own.len();
        eprintln!(
            "{}: {} ({}){}; {} cues, {} titles, {} entities, {} groups: all parse, every example fires",
            dir.display(),
            count(own.len(), "file"),
            own.join(", "),
            if embedded > 0 {
                format!(", {embedded} embedded")
            } else {
                String::new()
            },
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
    start_thread_pool(threads)?;
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
            )
            .map_err(|e| corpus_error(e, &name, "standard output"))?
            .0
        }
        Some(path) => {
            let output = Output::open(path)?;
            let shown = output.shown.clone();
            let mut out = std::io::BufWriter::new(output);
            let (summary, _) = corpus::run(
                &mut reader,
                &mut out,
                rules,
                options,
                &mut on_error,
                &mut on_progress,
            )
            .map_err(|e| corpus_error(e, &name, &shown))?;
            out.into_inner()
                .map_err(|e| e.into_error())
                .with_context(|| shown.clone())?
                .finish()?;
            summary
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
    if summary.errors > 0 {
        return Ok(ExitCode::from(EXIT_INPUT));
    }
    Ok(ExitCode::SUCCESS)
}

/// A corpus run's error, named by the file it concerns: the input for a read error, the
/// output for a write error.
fn corpus_error(e: corpus::Error, input: &str, output: &str) -> anyhow::Error {
    let name = match e {
        corpus::Error::Read { .. } => input,
        _ => output,
    };
    anyhow::Error::new(e).context(name.to_string())
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

/// Where `-o PATH` writes. A regular file or a new path is written whole or not at all (a
/// temporary file beside it, renamed onto it when complete); a symbolic link is followed and
/// its target written that way (the link stays a link); a device, FIFO or socket is written
/// straight into, never replaced. Every error names the path as the user gave it.
struct Output {
    /// The path as given (with the link's target when it is a link), for messages.
    shown: String,
    sink: Sink,
}

enum Sink {
    /// A temporary file, renamed onto `target` by [`Output::finish`]; deleted if dropped.
    Atomic {
        tmp: tempfile::NamedTempFile,
        target: PathBuf,
    },
    /// A device, FIFO or socket.
    Direct(std::fs::File),
}

impl Output {
    fn open(path: &Path) -> Result<Output> {
        let given = path.display().to_string();
        // What the path is, links followed by the system (which also knows the links of
        // /dev/fd/N and /proc that name a pipe, not a path).
        let existing = match std::fs::metadata(path) {
            Ok(meta) => Some(meta),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
            Err(e) => return Err(e).with_context(|| given.clone()),
        };
        if let Some(meta) = &existing {
            if meta.is_dir() {
                anyhow::bail!("{given}: is a directory");
            }
            if !meta.is_file() {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .open(path)
                    .with_context(|| given.clone())?;
                return Ok(Output {
                    shown: given,
                    sink: Sink::Direct(file),
                });
            }
        }
        // A regular file or a new path: the file to replace is at the end of the links.
        let target = resolve_links(path).with_context(|| given.clone())?;
        let shown = if target == path {
            given
        } else {
            format!("{given} (a link to {})", target.display())
        };
        let dir = target
            .parent()
            .filter(|p| !p.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let name = target
            .file_name()
            .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".tmp");
        #[cfg(unix)]
        let new_file_mode = {
            use std::os::unix::fs::PermissionsExt;
            // As `File::create` would make it (the umask applies).
            std::fs::Permissions::from_mode(0o666)
        };
        #[cfg(unix)]
        builder.permissions(new_file_mode);
        // tempfile's error names the temporary file; the user's path is the one to show.
        let tmp = builder
            .tempfile_in(dir)
            .map_err(without_temporary_path)
            .with_context(|| shown.clone())?;
        if let Some(meta) = existing {
            // A replaced file keeps its permissions.
            tmp.as_file()
                .set_permissions(meta.permissions())
                .with_context(|| shown.clone())?;
        }
        Ok(Output {
            shown,
            sink: Sink::Atomic { tmp, target },
        })
    }

    /// Completes the output: syncs the temporary file and renames it onto the target.
    fn finish(self) -> Result<()> {
        match self.sink {
            Sink::Atomic { tmp, target } => {
                tmp.as_file()
                    .sync_all()
                    .with_context(|| self.shown.clone())?;
                tmp.persist(&target)
                    .map_err(|e| e.error)
                    .with_context(|| self.shown.clone())?;
            }
            Sink::Direct(mut file) => file.flush().with_context(|| self.shown.clone())?,
        }
        Ok(())
    }
}

impl Write for Output {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match &mut self.sink {
            Sink::Atomic { tmp, .. } => tmp.write(buf),
            Sink::Direct(file) => file.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match &mut self.sink {
            Sink::Atomic { tmp, .. } => tmp.flush(),
            Sink::Direct(file) => file.flush(),
        }
    }
}

/// tempfile's creation error ends with ` at path "DIR/.NAME.XXXX.tmp"`, a name the user never
/// gave; the message without it (the path shown is the user's, added as context).
fn without_temporary_path(e: std::io::Error) -> std::io::Error {
    let message = e.to_string();
    match message.rfind(" at path \"") {
        Some(cut) => std::io::Error::new(e.kind(), &message[..cut]),
        None => e,
    }
}

/// Follows `path` while it is a symbolic link (a relative link is relative to its folder) to
/// what it finally points at, which may not exist yet.
fn resolve_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(dir) if link.is_relative() => dir.join(link),
                    _ => link,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colour_follows_the_terminal_no_color_and_term() {
        let set = |v: &str| Some(std::ffi::OsString::from(v));
        let auto = ColorChoice::Auto;
        assert!(colour_wanted(auto, true, None, set("xterm-256color")));
        assert!(colour_wanted(auto, true, None, None));
        assert!(!colour_wanted(auto, false, None, set("xterm")));
        assert!(!colour_wanted(auto, true, set("1"), set("xterm")));
        assert!(
            colour_wanted(auto, true, set(""), set("xterm")),
            "an empty NO_COLOR"
        );
        assert!(!colour_wanted(auto, true, None, set("dumb")));
        assert!(colour_wanted(
            ColorChoice::Always,
            false,
            set("1"),
            set("dumb")
        ));
        assert!(!colour_wanted(ColorChoice::Never, true, None, None));
    }

    #[test]
    fn document_ids_are_unique_and_follow_the_arguments() {
        let paths = |ps: &[&str]| ps.iter().map(PathBuf::from).collect::<Vec<_>>();
        assert_eq!(document_ids(&paths(&["a/x.txt", "b/y.txt"])), ["x", "y"]);
        assert_eq!(
            document_ids(&paths(&["a/x.txt", "b/x.txt", "x~2.md", "c/x.txt"])),
            ["x", "x~3", "x~2", "x~4"]
        );
        assert_eq!(
            document_ids(&paths(&["-", "stdin.txt"])),
            ["stdin", "stdin~2"]
        );
    }
}
