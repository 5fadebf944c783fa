//! The `doichieu` command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result};
use clap::{Parser, Subcommand};
use doichieu::normalize::normalize_bytes;
use doichieu::rules::Rules;
use doichieu::{layer, segment};

/// Who said what in Vietnamese news, and which statements clash.
#[derive(Parser)]
#[command(version, about)]
struct Cli {
    /// Load the rule files from this folder instead of the embedded defaults.
    #[arg(long, global = true)]
    rules: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Find the claims in articles and write the JSON report.
    Analyze {
        /// Article files (UTF-8 text); the document id is the file stem.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Write the report here (whole or not at all) instead of standard output.
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Score a report against gold annotations, exactly as the reference scorer does.
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
    let rules = match load_rules(cli.rules.as_deref()) {
        Ok(r) => r,
        Err(code) => return Ok(code),
    };
    match cli.command {
        Command::Analyze { files, output } => {
            let mut contents = Vec::with_capacity(files.len());
            for file in &files {
                let bytes = std::fs::read(file).with_context(|| format!("{}", file.display()))?;
                contents.push(bytes);
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
            let mut json = serde_json::to_string_pretty(&report)?;
            json.push('\n');
            match output {
                Some(path) => write_atomically(&path, json.as_bytes())?,
                None => print!("{json}"),
            }
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
            for file in files {
                let raw = std::fs::read(&file).with_context(|| format!("{}", file.display()))?;
                let text = normalize_bytes(&raw, &rules.repairs)
                    .with_context(|| format!("{}", file.display()))?;
                let seg = segment::segment(&text, &rules);
                print!("{}", layer::render(&stem(&file), &text, &seg));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The document id of a file: its name without the extension.
fn stem(path: &Path) -> String {
    path.file_stem()
        .map_or_else(String::new, |s| s.to_string_lossy().into_owned())
}

/// Writes a file whole or not at all: a temporary file beside it, then a rename.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map_or_else(|| "out".into(), |n| n.to_string_lossy().into_owned());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    std::fs::write(&tmp, bytes).with_context(|| format!("{}", tmp.display()))?;
    std::fs::rename(&tmp, path).with_context(|| format!("{}", path.display()))?;
    Ok(())
}
