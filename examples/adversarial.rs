//! Benchmark: time of the whole pipeline on adversarial inputs at doubling sizes, to show it
//! grows linearly (the tests in tests/adversarial.rs assert it loosely).
//!
//! ```sh
//! cargo run --release --example adversarial [MAX_MB]
//! ```
use std::time::Instant;

#[path = "../tests/common/adversarial.rs"]
mod adversarial;

use doichieu::rules::Rules;
use doichieu::Analyzer;

/// A named generator of adversarial text of a given size.
type Case = (&'static str, fn(usize) -> String);

fn main() {
    let max_mb: f64 = std::env::args()
        .nth(1)
        .map_or(8.0, |m| m.parse().expect("a number of MB"));
    let rules = Rules::embedded();
    let analyzer = Analyzer::new(&rules);
    let cases: Vec<Case> = vec![
        ("one long line", adversarial::long_line),
        ("unbalanced quotes", adversarial::unbalanced_quotes),
        ("nested quotes", adversarial::nested_quotes),
        ("cue words only", adversarial::cue_words),
        ("NUL bytes", adversarial::nul_bytes),
        ("all NFD", adversarial::all_nfd),
    ];
    for (name, make) in cases {
        let mut size = 250_000;
        while size as f64 <= max_mb * 1e6 {
            let text = make(size);
            let started = Instant::now();
            let analysis = analyzer.analysis("x", "-", &text, None);
            let conflicts = analyzer.pair(std::slice::from_ref(&analysis));
            let doc = analysis.document;
            let dt = started.elapsed().as_secs_f64();
            println!(
                "{name:18} {:>9} bytes {:8.3} s {:7.1} MB/s {:>7} claims {:>6} conflicts",
                text.len(),
                dt,
                text.len() as f64 / 1e6 / dt,
                doc.claims.len(),
                conflicts.len()
            );
            size *= 2;
        }
    }
}
