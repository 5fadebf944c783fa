//! Rebuilds `data/df.tsv`, the term weights of conflict pairing: document frequencies of
//! syllables and syllable pairs over a JSONL corpus of `{"id", "text"}` records (gzip or not).
//!
//! ```sh
//! scripts/build_df.sh            # = cargo run --release --features fit --example build_df -- \
//!                                #     ../shared/corpus/bulk/vi_news_bulk.jsonl.gz > data/df.tsv
//! ```
//! Only counts of words in texts: no labels. The same corpus gives the same bytes.

mod common;

use std::io::{BufRead, Write};

use doichieu::fit::DfCounter;
use doichieu::rules::Rules;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: build_df CORPUS.jsonl[.gz]"))?;
    let reader = common::corpus_lines(&path)?;
    let mut counter = DfCounter::new(&Rules::embedded());
    let mut n = 0usize;
    for line in reader.lines() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        let record: serde_json::Value = serde_json::from_str(&line)?;
        if let Some(text) = record.get("text").and_then(|t| t.as_str()) {
            counter.add(text);
            n += 1;
        }
    }
    eprintln!("{n} articles");
    std::io::stdout().write_all(counter.table().as_bytes())?;
    Ok(())
}
