//! Rebuilds `data/df.tsv`, the term weights of conflict pairing: document frequencies of
//! syllables and syllable pairs over a JSONL corpus of `{"id", "text"}` records (gzip or not).
//!
//! ```sh
//! scripts/build_df.sh            # = cargo run --release --features fit --example build_df -- \
//!                                #     ../shared/corpus/bulk/vi_news_bulk.jsonl.gz > data/df.tsv
//! ```
//! Only counts of words in texts: no labels. The same corpus gives the same bytes.

use std::io::{BufRead, BufReader, Read, Write};

use doichieu::fit::DfCounter;
use doichieu::rules::Rules;

fn main() -> anyhow::Result<()> {
    let path = std::env::args()
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("usage: build_df CORPUS.jsonl[.gz]"))?;
    let mut file = std::fs::File::open(&path)?;
    let mut magic = [0u8; 2];
    let gz = file.read(&mut magic)? == 2 && magic == [0x1f, 0x8b];
    let file = std::fs::File::open(&path)?;
    let reader: Box<dyn BufRead> = if gz {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(file)))
    } else {
        Box::new(BufReader::new(file))
    };
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
