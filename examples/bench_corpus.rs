//! Benchmark over a JSONL corpus (the bulk corpus: `vi_news_bulk.jsonl.gz`): MB/s of each
//! pipeline stage on one core, pairing time at 25 %, 50 % and 100 % of the documents, the
//! speed-up of the whole analysis from 1 to 2 threads, and peak memory.
//!
//! ```sh
//! cargo run --release --example bench_corpus -- ../shared/corpus/bulk/vi_news_bulk.jsonl.gz
//! cargo run --release --example bench_corpus -- CORPUS.jsonl[.gz] --records 5000
//! ```
//!
//! It also measures how far skipping sentences could go: the share of the text in sentences
//! that hold reported speech, and in sentences that any sound filter would still have to hand
//! to the tokeniser (see [`MustTokenise`]), with the extraction speed each share would allow.
//!
//! Every record is read into memory first, so reading and decompression are not timed with
//! the stages; the peak memory printed includes that copy (the `corpus` command streams and
//! holds only the claims it pairs). A benchmark, not a test: timings depend on the machine.

use std::io::{BufRead, Read};
use std::time::{Duration, Instant};

use anyhow::Context;
use doichieu::rules::{Rules, TitleKind, WordRole};
use doichieu::span::CharIndex;
use doichieu::tokens::{phrase_words, PhraseSet, Token};
use doichieu::{attribution, conflicts, dates, grammar, normalize, report, segment, Analyzer};
use rayon::prelude::*;

struct Record {
    id: String,
    text: String,
    date: Option<String>,
}

fn read_corpus(path: &str, limit: usize) -> anyhow::Result<Vec<Record>> {
    let file = std::fs::File::open(path).with_context(|| format!("cannot open {path}"))?;
    let mut reader = std::io::BufReader::new(file);
    let gzip = reader.fill_buf()?.starts_with(&[0x1f, 0x8b]);
    let reader: Box<dyn Read> = if gzip {
        Box::new(flate2::read::MultiGzDecoder::new(reader))
    } else {
        Box::new(reader)
    };
    let mut records = Vec::new();
    for (n, line) in std::io::BufReader::new(reader).lines().enumerate() {
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

/// What a sentence filter that looks for the rule files' phrases would have to pass for the
/// output to stay the same: a sentence with a cue (`cho biết`: reported speech may start
/// there) or a quotation mark; in an article with any reported speech, also one with a role
/// title (`Tổng thống`) or `ông`/`bà`, which feed attribution's article-wide memory of people.
/// Less than such a filter really passes: the grammar's own openers (`Theo`), media verbs and
/// typo'd titles (`Tổn thống`) are left out.
struct MustTokenise {
    cues: PhraseSet<()>,
    people: PhraseSet<()>,
}

/// Bytes of text by what their sentences hold.
#[derive(Default)]
struct Shares {
    total: usize,
    speech: usize,
    must: usize,
}

impl MustTokenise {
    fn new(rules: &doichieu::lexicon::Lexicon) -> MustTokenise {
        let set = |phrases: Vec<Vec<String>>| {
            let mut phrases: Vec<(Vec<String>, ())> =
                phrases.into_iter().map(|w| (w, ())).collect();
            phrases.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
            PhraseSet::new(phrases)
        };
        MustTokenise {
            cues: set(rules.cues.iter().map(|c| phrase_words(&c.phrase)).collect()),
            // The memory reads role titles, and the honorifics `ông` and `bà` for gender.
            people: set(rules
                .titles
                .iter()
                .filter(|t| t.kind == TitleKind::Role)
                .map(|t| phrase_words(&t.title))
                .chain(rules.phrases(WordRole::MaleHonorific).iter().cloned())
                .chain(rules.phrases(WordRole::FemaleHonorific).iter().cloned())
                .collect()),
        }
    }

    /// True when a sentence with these tokens must be tokenised: it has a cue or a quotation
    /// mark, or (`memory`: its article has reported speech) a title or an honorific.
    fn sentence(&self, tokens: &[Token], memory: bool) -> bool {
        (0..tokens.len()).any(|k| {
            self.cues.first_at(tokens, k).is_some()
                || tokens[k].is_any("“”\"«»")
                || (memory && self.people.first_at(tokens, k).is_some())
        })
    }
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
    let rules = doichieu::lexicon::Lexicon::new(&Rules::embedded());
    let g = grammar::Grammar::new(&rules);
    let mut t = [Duration::ZERO; 5];
    // What pairing keeps of each document.
    let mut documents: Vec<conflicts::Doc> = Vec::with_capacity(records.len());
    let must = MustTokenise::new(&rules);
    let mut shares = Shares::default();
    for r in &records {
        let a = Instant::now();
        let text = normalize::normalize(&r.text, &rules.repairs);
        let b = Instant::now();
        let mut seg = segment::segment(&text, &rules);
        if let Some(date) = &r.date {
            seg.date = Some(date.clone());
        }
        let c = Instant::now();
        let parsed = g.parse(&text, &seg);
        let d = Instant::now();
        let claims = attribution::attribute(&text, &seg, &parsed, &rules);
        let e = Instant::now();
        // The report stage: the document's dating and character index (pairing reuses them)
        // and its wire form; the pairing view is made untimed below.
        let dating = dates::Dating::of(seg.date.as_deref(), text.as_str(), &rules);
        let chars = CharIndex::new(&r.text);
        let doc = report::document(&r.id, "-", &chars, &text, &seg, &claims, &dating);
        let f = Instant::now();
        std::hint::black_box(doc);
        for (slot, dt) in t.iter_mut().zip([b - a, c - b, d - c, e - d, f - e]) {
            *slot += dt;
        }
        // Untimed: what each sentence holds.
        let memory = !parsed.found.is_empty();
        for (si, sentence) in seg.sentences.iter().enumerate() {
            let len = sentence.range.len();
            shares.total += len;
            if parsed.found.iter().any(|f| f.sentence == si) {
                shares.speech += len;
            }
            if must.sentence(parsed.tokens.get(si).unwrap_or(&[]), memory) {
                shares.must += len;
            }
        }
        documents.push(conflicts::Doc::new(&r.id, dating, &text, &chars, &claims));
    }
    let claims: usize = documents.iter().map(|d| d.claims.len()).sum();
    println!("\nstages, one core ({claims} claims):");
    let total: Duration = t.iter().sum();
    for (name, dt) in ["normalize", "segment", "grammar", "attribution", "report"]
        .into_iter()
        .zip(t)
        .chain([("extraction", total)])
    {
        println!(
            "  {name:12} {:7.2} s {:8.1} MB/s",
            dt.as_secs_f64(),
            mbs(bytes, dt)
        );
    }

    // A sentence filter could spare the grammar and attribution the sentences it skips, never
    // normalizing, segmenting or the report: the speed each share would allow, filter free.
    let fixed = t[0] + t[1] + t[4];
    let per_share = t[2] + t[3];
    println!("\nskipping sentences (grammar and attribution on a share only, the filter free):");
    for (name, part) in [
        ("all sentences (now)", shares.total),
        ("those a filter must pass", shares.must),
        ("only those with speech (oracle)", shares.speech),
    ] {
        let share = part as f64 / shares.total.max(1) as f64;
        let time = fixed + per_share.mul_f64(share);
        println!(
            "  {name:33} {:5.1} % of the text  {:6.1} MB/s",
            share * 100.0,
            mbs(bytes, time)
        );
    }

    // Pairing on growing shares of the corpus: blocking keeps it near-linear.
    println!("\npairing (cross-article, on the thread pool):");
    for share in [25, 50, 100] {
        let n = documents.len() * share / 100;
        let docs = &documents[..n];
        let claims: usize = docs.iter().map(|d| d.claims.len()).sum();
        let a = Instant::now();
        let found = report::conflicts(docs, conflicts::find(docs, &rules));
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
    let analyzer = Analyzer::new(rules.rules());
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
