#!/usr/bin/env bash
# Runs one cargo-fuzz target for a while (default 20 minutes), installing cargo-fuzz first.
#
#   scripts/fuzz.sh TARGET [SECONDS]     TARGET: text_layer | analyze | rules_parser
#
# cargo-fuzz needs nightly flags (-Z sanitizer); the machine has one stable toolchain, so
# RUSTC_BOOTSTRAP=1 lets it accept them. Crashes land in fuzz/artifacts/TARGET/; each fixed one
# gets a regression test named after the bug.
set -euo pipefail
target=${1:?target: text_layer | analyze | rules_parser}
seconds=${2:-1200}
cd "$(dirname "$0")/../fuzz"
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
export RUSTC_BOOTSTRAP=1
exec cargo fuzz run -O "$target" -- \
  -max_total_time="$seconds" -max_len=32768 -timeout=10 -rss_limit_mb=2048
