//! Criterion benchmarks of each pipeline stage over fixed articles (the 5 seeds and the 30
//! corpus fixtures, 0.3 MB), and of conflict pairing over them.
//!
//! ```sh
//! cargo bench --bench pipeline
//! ```
use std::path::Path;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use doichieu::rules::Rules;
use doichieu::span::CharIndex;
use doichieu::{attribution, conflicts, dates, grammar, normalize, report, segment, Analyzer};

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

fn stages(c: &mut Criterion) {
    let rules = doichieu::lexicon::Lexicon::new(&Rules::embedded());
    let g = grammar::Grammar::new(&rules);
    let texts = articles();
    let bytes: usize = texts.iter().map(String::len).sum();
    let normalized: Vec<_> = texts
        .iter()
        .map(|t| normalize::normalize(t, &rules.repairs))
        .collect();
    let segmented: Vec<_> = normalized
        .iter()
        .map(|t| segment::segment(t, &rules))
        .collect();
    let parsed: Vec<_> = normalized
        .iter()
        .zip(&segmented)
        .map(|(t, s)| g.parse(t, s))
        .collect();
    let claims: Vec<_> = normalized
        .iter()
        .zip(&segmented)
        .zip(&parsed)
        .map(|((t, s), p)| attribution::attribute(t, s, p, &rules))
        .collect();

    let mut group = c.benchmark_group("stage");
    group.throughput(Throughput::Bytes(bytes as u64));
    group.bench_function("normalize", |b| {
        b.iter(|| {
            for t in &texts {
                std::hint::black_box(normalize::normalize(t, &rules.repairs));
            }
        })
    });
    group.bench_function("segment", |b| {
        b.iter(|| {
            for t in &normalized {
                std::hint::black_box(segment::segment(t, &rules));
            }
        })
    });
    group.bench_function("grammar", |b| {
        b.iter(|| {
            for (t, s) in normalized.iter().zip(&segmented) {
                std::hint::black_box(g.parse(t, s));
            }
        })
    });
    group.bench_function("attribution", |b| {
        b.iter(|| {
            for ((t, s), p) in normalized.iter().zip(&segmented).zip(&parsed) {
                std::hint::black_box(attribution::attribute(t, s, p, &rules));
            }
        })
    });
    group.bench_function("report", |b| {
        b.iter(|| {
            for (((raw, t), s), cl) in texts.iter().zip(&normalized).zip(&segmented).zip(&claims) {
                // The document's dating and character index are the report's share of the
                // work (pairing reuses them).
                let dating = dates::Dating::of(s.date.as_deref(), t.as_str(), &rules);
                let chars = CharIndex::new(raw);
                std::hint::black_box(report::document("x", "-", &chars, t, s, cl, &dating));
            }
        })
    });
    let analyzer = Analyzer::new(rules.rules());
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
        .map(|(i, t)| analyzer.analysis(&format!("d{i}"), "-", t, None).pairing)
        .collect();
    let mut group = c.benchmark_group("pairing");
    group.throughput(Throughput::Elements(
        documents.iter().map(|d| d.claims.len() as u64).sum(),
    ));
    group.bench_function("35 articles", |b| {
        b.iter_batched(
            || documents.clone(),
            |docs| report::conflicts(&docs, conflicts::find(&docs, &rules)),
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
