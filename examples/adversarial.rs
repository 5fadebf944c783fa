//! The evidence that time grows linearly with the input: the whole pipeline (document and
//! conflicts) on each adversarial input of `tests/common/adversarial.rs` at doubling sizes,
//! best of three runs each, with the ratio to the size before (linear: about 2; quadratic: 4).
//!
//! ```sh
//! cargo run --release --example adversarial [MAX_MB] [--check]
//! ```
//!
//! With `--check` it exits with 1 when any doubling more than triples the time (past 50 ms,
//! under which timer noise dominates). Timing is not asserted in `cargo test`: this machine's
//! speed drifts, and a debug build under a loaded test run says little about the release one;
//! `tests/adversarial.rs` checks the same inputs for panics and bounded output.
use std::time::{Duration, Instant};

#[path = "../tests/common/adversarial.rs"]
mod adversarial;

use doichieu::rules::Rules;
use doichieu::Analyzer;

/// A named generator of adversarial text of a given size.
type Case = (&'static str, fn(usize) -> String);

/// A doubling whose time grows by more than this is not linear.
const MAX_RATIO: f64 = 3.0;
/// Below this, a run is too short for its ratio to mean anything.
const MIN_TIMED: Duration = Duration::from_millis(50);

fn main() {
    let mut max_mb = 8.0;
    let mut check = false;
    for arg in std::env::args().skip(1) {
        match arg.as_str() {
            "--check" => check = true,
            mb => max_mb = mb.parse().expect("a number of MB or --check"),
        }
    }
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
    let mut not_linear = Vec::new();
    for (name, make) in cases {
        let mut size = 250_000;
        let mut before: Option<Duration> = None;
        while size as f64 <= max_mb * 1e6 {
            let text = make(size);
            let mut claims = 0;
            let mut conflicts = 0;
            let dt = (0..3)
                .map(|_| {
                    let started = Instant::now();
                    let analysis = analyzer.analysis("x", "-", &text, None);
                    conflicts = analyzer.pair(std::slice::from_ref(&analysis)).len();
                    claims = analysis.document.claims.len();
                    started.elapsed()
                })
                .min()
                .unwrap();
            let ratio = before.map(|b| dt.as_secs_f64() / b.as_secs_f64());
            println!(
                "{name:18} {:>9} bytes {:8.3} s {:7.1} MB/s {:>7} claims {:>6} conflicts  ×{}",
                text.len(),
                dt.as_secs_f64(),
                text.len() as f64 / 1e6 / dt.as_secs_f64(),
                claims,
                conflicts,
                ratio.map_or("-".to_string(), |r| format!("{r:.2}"))
            );
            if let Some(r) = ratio {
                if r > MAX_RATIO && dt > MIN_TIMED {
                    not_linear.push(format!("{name} at {} bytes: ×{r:.2}", text.len()));
                }
            }
            before = Some(dt);
            size *= 2;
        }
    }
    if check {
        if not_linear.is_empty() {
            println!("every doubling at most ×{MAX_RATIO} in time: linear");
        } else {
            eprintln!("not linear: {}", not_linear.join("; "));
            std::process::exit(1);
        }
    }
}
