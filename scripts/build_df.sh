#!/bin/sh
# Rebuilds data/df.tsv (the term weights of conflict pairing) from the bulk corpus.
# Usage: scripts/build_df.sh [CORPUS.jsonl[.gz]]   (default ../shared/corpus/bulk/vi_news_bulk.jsonl.gz)
set -eu
cd "$(dirname "$0")/.."
corpus="${1:-../shared/corpus/bulk/vi_news_bulk.jsonl.gz}"
cargo run --release --features fit --example build_df -- "$corpus" > data/df.tsv.new
mv data/df.tsv.new data/df.tsv
wc -l data/df.tsv
