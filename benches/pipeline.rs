//! Criterion benchmarks of each pipeline stage over fixed articles (the 5 seeds and the 30
//! corpus fixtures, 0.3 MB), and of conflict pairing over them.
//!
//! ```sh
//! cargo bench --bench pipeline
//! ```
use std::path::Path;
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use doichieu::rules::Rules;
use doichieu::{Analyzer, StageTimes};

fn articles() -> Vec<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut paths = Vec::new();
    for dir in ["seeds", "corpus"] {
        for e in std::fs::read_dir(root.join(dir)).unwrap() {
            let p = e.unwrap().path();
            if p.extension().is_some_and(|x| x == "txt") {
                paths.push(p);
            }
        }
    }
    paths.sort();
    paths
        .iter()
        .map(|p| std::fs::read_to_string(p).unwrap())
        .collect()
}

/// Picks one stage's time.
type Stage = fn(&StageTimes) -> Duration;

fn stages(c: &mut Criterion) {
    let rules = Rules::embedded();
    let analyzer = Analyzer::new(&rules);
    let texts = articles();
    let bytes: usize = texts.iter().map(String::len).sum();

    // Each stage is timed inside whole runs of the pipeline (`Analyzer::timed`): criterion
    // asks for `iters` rounds over the articles and gets the time of that stage alone. The
    // rounds run every stage, so a small stage takes many times its own time in wall time;
    // a shorter measurement keeps the whole bench within a few minutes.
    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.measurement_time(Duration::from_secs(2));
    let stages: [(&str, Stage); 5] = [
        ("normalize", |t| t.normalize),
        ("segment", |t| t.segment),
        ("grammar", |t| t.grammar),
        ("attribution", |t| t.attribution),
        // The document's dating and character index are the report's share of the work.
        ("report", |t| t.report),
    ];
    for (name, stage) in stages {
        group.bench_function(name, |b| {
            b.iter_custom(|iters| {
                let mut time = Duration::ZERO;
                for _ in 0..iters {
                    for t in &texts {
                        let (analysis, times) = analyzer.timed("x", "-", t, None);
                        std::hint::black_box(analysis);
                        time += stage(&times);
                    }
                }
                time
            })
        });
    }
    group.bench_function("all stages", |b| {
        b.iter(|| {
            for t in &texts {
                std::hint::black_box(analyzer.document("x", "-", t));
            }
        })
    });
    group.finish();

    let documents: Vec<_> = texts
        .iter()
        .enumerate()
        .map(|(i, t)| analyzer.analysis(&format!("d{i}"), "-", t, None))
        .collect();
    let mut group = c.benchmark_group("pairing");
    group.throughput(Throughput::Elements(
        documents
            .iter()
            .map(|d| d.document.claims.len() as u64)
            .sum(),
    ));
    group.bench_function("35 articles", |b| b.iter(|| analyzer.pair(&documents)));
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
