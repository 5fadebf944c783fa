//! Benchmark: how long conflict pairing takes over the dev set (the 20 articles with gold).
//!
//! ```sh
//! cargo run --release --example bench_pairing [ROUNDS]
//! ```
//! It analyses the 20 articles once, then pairs their claims ROUNDS times (default 50:
//! `Analyzer::pair`, the pairing stage and the wire conflicts made of its pairs) and prints
//! the time per round, so pairing is measured apart from extraction.
//! A benchmark, not a test: timings depend on the machine.

use std::path::Path;
use std::time::Instant;

use doichieu::rules::Rules;
use doichieu::Analyzer;

fn main() -> anyhow::Result<()> {
    let rounds: u32 = std::env::args().nth(1).map_or(Ok(50), |r| r.parse())?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rules = Rules::embedded();
    let analyzer = Analyzer::new(&rules);
    let mut documents = Vec::new();
    let started = Instant::now();
    for gold in std::fs::read_dir(root.join("tests/gold"))? {
        let id = gold?
            .path()
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        if id == "conflicts" {
            continue;
        }
        let dir = if id.starts_with(|c: char| c.is_ascii_digit()) {
            "seeds"
        } else {
            "corpus"
        };
        let path = root
            .join("tests/fixtures")
            .join(dir)
            .join(format!("{id}.txt"));
        let raw = std::fs::read_to_string(&path)?;
        documents.push(analyzer.analysis(&id, &path.display().to_string(), &raw, None));
    }
    documents.sort_by(|a, b| a.document.id.cmp(&b.document.id));
    let analysed = started.elapsed();
    let claims: usize = documents.iter().map(|d| d.document.claims.len()).sum();
    let started = Instant::now();
    let mut pairs = 0;
    for _ in 0..rounds {
        pairs = analyzer.pair(&documents).len();
    }
    let per_round = started.elapsed() / rounds;
    println!(
        "documents {}  claims {claims}  conflicts {pairs}",
        documents.len()
    );
    println!("analysis (once): {analysed:?}");
    println!("pairing: {per_round:?} per round over {rounds} rounds");
    Ok(())
}
