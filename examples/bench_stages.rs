//! Benchmark: MB/s per pipeline stage over a JSONL corpus (one core).
//!
//! ```sh
//! cargo run --release --example bench_stages -- CORPUS.jsonl[.gz] [MAX_RECORDS]
//! ```
use std::io::BufRead;
use std::time::{Duration, Instant};

use doichieu::rules::Rules;
use doichieu::{attribution, grammar, normalize, report, segment};

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).expect("corpus path");
    let max: usize = std::env::args()
        .nth(2)
        .map_or(Ok(usize::MAX), |m| m.parse())?;
    let file = std::fs::File::open(&path)?;
    let reader: Box<dyn BufRead> = if path.ends_with(".gz") {
        Box::new(std::io::BufReader::new(flate2::read::GzDecoder::new(file)))
    } else {
        Box::new(std::io::BufReader::new(file))
    };
    let mut texts = Vec::new();
    for line in reader.lines().take(max) {
        let v: serde_json::Value = serde_json::from_str(&line?)?;
        if let Some(t) = v.get("text").and_then(|t| t.as_str()) {
            texts.push(t.to_string());
        }
    }
    let bytes: usize = texts.iter().map(String::len).sum();
    let rules = Rules::embedded();
    let g = grammar::Grammar::new(&rules);
    let mut t = [Duration::ZERO; 5];
    let mut claims = 0;
    for raw in &texts {
        let a = Instant::now();
        let text = normalize::normalize(raw, &rules.repairs);
        let b = Instant::now();
        let seg = segment::segment(&text, &rules);
        let c = Instant::now();
        let found = g.parse(&text, &seg);
        let d = Instant::now();
        let cl = attribution::attribute(&text, &seg, &found, &rules);
        let e = Instant::now();
        let doc = report::document("x", "-", raw, &text, &seg, &cl);
        let f = Instant::now();
        claims += doc.claims.len();
        for (slot, dt) in t.iter_mut().zip([b - a, c - b, d - c, e - d, f - e]) {
            *slot += dt;
        }
    }
    let mb = bytes as f64 / 1e6;
    println!("{} documents, {mb:.1} MB, {claims} claims", texts.len());
    let total: Duration = t.iter().sum();
    for (name, dt) in ["normalize", "segment", "grammar", "attribution", "report"]
        .iter()
        .zip(t)
        .chain([(&"total", total)])
    {
        println!(
            "{name:12} {:8.3} s {:8.1} MB/s",
            dt.as_secs_f64(),
            mb / dt.as_secs_f64()
        );
    }
    Ok(())
}
