//! Benchmark over a JSONL corpus (the bulk corpus: `vi_news_bulk.jsonl.gz`): MB/s of each
//! pipeline stage on one core, pairing time at 25 %, 50 % and 100 % of the documents, the
//! speed-up of the whole analysis from 1 to 2 threads, and peak memory.
//!
//! ```sh
//! cargo run --release --example bench_corpus -- ../shared/corpus/bulk/vi_news_bulk.jsonl.gz
//! cargo run --release --example bench_corpus -- CORPUS.jsonl[.gz] --records 5000
//! ```
//!
//! Every record is read into memory first, so reading and decompression are not timed with
//! the stages; the peak memory printed includes that copy and every analysed document, kept
//! for pairing (the `corpus` command streams and holds only the claims it pairs). A
//! benchmark, not a test: timings depend on the machine.

mod common;

use std::io::BufRead;
use std::time::{Duration, Instant};

use anyhow::Context;
use doichieu::rules::Rules;
use doichieu::{Analysis, Analyzer, StageTimes};
use rayon::prelude::*;

struct Record {
    id: String,
    text: String,
    date: Option<String>,
}

fn read_corpus(path: &str, limit: usize) -> anyhow::Result<Vec<Record>> {
    let reader = common::corpus_lines(path)?;
    let mut records = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        if records.len() >= limit {
            break;
        }
        let line = line.with_context(|| format!("{path}:{}", n + 1))?;
        let Ok(v) = serde_json::from_str::<serde_json::Value>(&line) else {
            continue;
        };
        let Some(text) = v.get("text").and_then(|t| t.as_str()) else {
            continue;
        };
        let field = |name: &str| v.get(name).and_then(|x| x.as_str()).map(str::to_string);
        records.push(Record {
            id: field("id").unwrap_or_else(|| format!("line-{}", n + 1)),
            text: text.to_string(),
            date: field("date"),
        });
    }
    Ok(records)
}

/// Peak resident memory of this process (Linux), in MB.
fn peak_rss_mb() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb / 1024.0)
}

fn mbs(bytes: usize, t: Duration) -> f64 {
    bytes as f64 / 1e6 / t.as_secs_f64()
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args
        .next()
        .context("usage: bench_corpus CORPUS.jsonl[.gz] [--records N]")?;
    let mut limit = usize::MAX;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--records" => limit = args.next().context("--records N")?.parse()?,
            other => anyhow::bail!("unknown argument {other}"),
        }
    }
    let started = Instant::now();
    let records = read_corpus(&path, limit)?;
    let bytes: usize = records.iter().map(|r| r.text.len()).sum();
    println!(
        "corpus: {} records, {:.1} MB of text, read in {:.1} s",
        records.len(),
        bytes as f64 / 1e6,
        started.elapsed().as_secs_f64()
    );

    // Stage by stage, one core.
    let analyzer = Analyzer::new(&Rules::embedded());
    let mut t = StageTimes::default();
    // Every document, kept for pairing.
    let mut documents: Vec<Analysis> = Vec::with_capacity(records.len());
    for r in &records {
        let (analysis, times) = analyzer.timed(&r.id, "-", &r.text, r.date.as_deref());
        t += times;
        documents.push(analysis);
    }
    let claims: usize = documents.iter().map(|d| d.document.claims.len()).sum();
    println!("\nstages, one core ({claims} claims):");
    for (name, dt) in [
        ("normalize", t.normalize),
        ("segment", t.segment),
        ("grammar", t.grammar),
        ("attribution", t.attribution),
        ("report", t.report),
        ("extraction", t.total()),
    ] {
        println!(
            "  {name:12} {:7.2} s {:8.1} MB/s",
            dt.as_secs_f64(),
            mbs(bytes, dt)
        );
    }

    // Pairing on growing shares of the corpus: blocking keeps it near-linear.
    println!("\npairing (cross-article, on the thread pool):");
    for share in [25, 50, 100] {
        let n = documents.len() * share / 100;
        let docs = &documents[..n];
        let claims: usize = docs.iter().map(|d| d.document.claims.len()).sum();
        let a = Instant::now();
        let found = analyzer.pair(docs);
        let dt = a.elapsed();
        println!(
            "  {share:3} %  {n:6} documents {claims:7} claims {:7} conflicts {:6.2} s  {:5.1} µs/claim",
            found.len(),
            dt.as_secs_f64(),
            dt.as_secs_f64() * 1e6 / claims.max(1) as f64
        );
    }

    // The whole analysis with 1 thread and with 2: the same bytes, less time. The two are
    // run in turn three times and the best of each kept, so that a machine whose speed
    // drifts (a shared VM) slows both alike.
    println!("\nanalysis of every record (normalize … report, JSON out), by threads, best of 3:");
    let pools = [1, 2].map(|threads| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .map(|pool| (threads, pool))
    });
    let mut best = [Duration::MAX; 2];
    let mut reference: Option<Vec<String>> = None;
    for _round in 0..3 {
        for (slot, pool) in pools.iter().enumerate() {
            let (threads, pool) = pool.as_ref().map_err(|e| anyhow::anyhow!("{e}"))?;
            let a = Instant::now();
            let out: Vec<String> = pool.install(|| {
                records
                    .par_iter()
                    .map(|r| {
                        let doc = analyzer.document_dated(&r.id, "-", &r.text, r.date.as_deref());
                        serde_json::to_string(&doc).unwrap_or_default()
                    })
                    .collect()
            });
            best[slot] = best[slot].min(a.elapsed());
            match &reference {
                None => reference = Some(out),
                Some(reference) => anyhow::ensure!(
                    *reference == out,
                    "output with {threads} threads differs from 1 thread"
                ),
            }
        }
    }
    println!(
        "  1 thread   {:6.2} s {:8.1} MB/s",
        best[0].as_secs_f64(),
        mbs(bytes, best[0])
    );
    println!(
        "  2 threads  {:6.2} s {:8.1} MB/s  speed-up {:.2}x, output identical",
        best[1].as_secs_f64(),
        mbs(bytes, best[1]),
        best[0].as_secs_f64() / best[1].as_secs_f64()
    );
    if let Some(mb) = peak_rss_mb() {
        println!("\npeak memory of this benchmark (corpus held in memory): {mb:.0} MB");
    }
    Ok(())
}
