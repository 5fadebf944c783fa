//! Groups a JSONL corpus into stories as pairing does and prints their sizes: a histogram, the
//! largest ones with their articles' first lines, and a seeded sample of stories.
//!
//! ```sh
//! cargo run --release --features fit --example stories -- ../shared/corpus/bulk/vi_news_bulk.jsonl.gz [SAMPLE]
//! ```

mod common;

use std::collections::BTreeMap;
use std::io::BufRead;

use doichieu::rules::Rules;
use rayon::prelude::*;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: stories CORPUS.jsonl[.gz] [SAMPLE]"))?;
    let sample: usize = std::env::args().nth(2).map_or(Ok(10), |s| s.parse())?;
    let reader = common::corpus_lines(&path)?;
    let records: Vec<(String, String)> = reader
        .lines()
        .map_while(Result::ok)
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(&l).ok())
        .filter_map(|v| {
            Some((
                v.get("id")?.as_str()?.to_string(),
                v.get("text")?.as_str()?.to_string(),
            ))
        })
        .collect();
    let analyzer = doichieu::fit::analyzer(&Rules::embedded());
    let analyses: Vec<_> = records
        .par_iter()
        .map(|(id, text)| analyzer.analysis(id, "-", text, None))
        .collect();
    let started = std::time::Instant::now();
    let stories = doichieu::fit::stories(&analyses);
    eprintln!("stories in {:?}", started.elapsed());
    let mut members: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (i, s) in stories.iter().enumerate() {
        members.entry(s).or_default().push(i);
    }
    let mut sizes: BTreeMap<usize, usize> = BTreeMap::new();
    for m in members.values() {
        *sizes.entry(m.len()).or_default() += 1;
    }
    println!("articles {}  stories {}", analyses.len(), members.len());
    println!("size: stories");
    for (s, n) in &sizes {
        println!("  {s}: {n}");
    }
    let first_line = |i: usize| {
        records[i]
            .1
            .lines()
            .next()
            .unwrap_or("")
            .chars()
            .take(90)
            .collect::<String>()
    };
    let mut by_size: Vec<&Vec<usize>> = members.values().filter(|m| m.len() > 1).collect();
    by_size.sort_by_key(|m| std::cmp::Reverse(m.len()));
    println!("\nlargest stories:");
    for m in by_size.iter().take(3) {
        println!("- {} articles", m.len());
        for &i in m.iter().take(8) {
            println!("    {} {}", records[i].0, first_line(i));
        }
    }
    println!("\nsample of stories with more than one article (every k-th):");
    let step = (by_size.len() / sample.max(1)).max(1);
    for m in by_size.iter().step_by(step).take(sample) {
        println!("- {} articles", m.len());
        for &i in m.iter().take(6) {
            println!("    {} {}", records[i].0, first_line(i));
        }
    }
    Ok(())
}
