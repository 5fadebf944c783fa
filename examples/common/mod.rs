//! What the examples that read a corpus share.

use std::io::{BufRead, BufReader};

use anyhow::Context;

/// The lines of a JSONL corpus file, gzip-compressed (told by its magic bytes) or not.
pub fn corpus_lines(path: &str) -> anyhow::Result<Box<dyn BufRead>> {
    let file = std::fs::File::open(path).with_context(|| format!("cannot open {path}"))?;
    let mut reader = BufReader::new(file);
    let gzip = reader.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    Ok(if gzip {
        Box::new(BufReader::new(flate2::read::MultiGzDecoder::new(reader)))
    } else {
        Box::new(reader)
    })
}
