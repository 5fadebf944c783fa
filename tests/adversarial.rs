//! Adversarial inputs: each is analysed without panic, in time that grows linearly with its
//! size, and the odd-but-valid ones (BOM, CRLF, NFD, NUL) give the claims the clean text gives.
//!
//! The sizes are those of the hardening issue: a 10 MB single line, 10,000 unbalanced
//! quotation marks, 100,000 nested “ ‘ « », 50 MB of nothing but cue words. Timing is only
//! asserted loosely (doubling the input must not quadruple the time); the measured figures
//! come from `cargo run --release --example adversarial`.

mod common;

use std::time::{Duration, Instant};

use common::adversarial::{
    all_nfd, cue_words, long_line, nested_quotes, nul_bytes, unbalanced_quotes,
};
use common::fixture_files;
use doichieu::rules::Rules;
use doichieu::{analyze_all, Analyzer, Input};

/// Claims as (speaker, cue, content) texts, which do not depend on byte offsets.
fn claims_of(analyzer: &Analyzer, text: &str) -> Vec<(String, String, String)> {
    analyzer
        .document("x", "-", text)
        .claims
        .into_iter()
        .map(|c| (c.speaker.canonical, c.cue.text, c.content.text))
        .collect()
}

/// The fastest of three runs of the whole pipeline (document and conflicts) on `text`: the
/// fastest, so that tests running alongside disturb the measure least.
fn time_of(analyzer: &Analyzer, text: &str) -> Duration {
    (0..3)
        .map(|_| {
            let started = Instant::now();
            let analysis = analyzer.analysis("x", "-", text, None);
            analyzer.pair(std::slice::from_ref(&analysis));
            started.elapsed()
        })
        .min()
        .unwrap()
}

/// A named generator of adversarial text of a given size.
type Case = (&'static str, fn(usize) -> String);

#[test]
fn doubling_the_input_does_not_quadruple_the_time() {
    let rules = Rules::embedded();
    let analyzer = Analyzer::new(&rules);
    let cases: [Case; 6] = [
        ("one long line", long_line),
        ("unbalanced quotes", unbalanced_quotes),
        ("nested quotes", nested_quotes),
        ("cue words", cue_words),
        ("NUL bytes", nul_bytes),
        ("all NFD", all_nfd),
    ];
    for (name, make) in cases {
        let size = 400_000;
        let once = time_of(&analyzer, &make(size));
        let twice = time_of(&analyzer, &make(2 * size));
        // Linear is 2×; quadratic would be 4×. The slack absorbs timer noise on tiny runs.
        assert!(
            twice < once * 4 + Duration::from_millis(30),
            "{name}: {once:?} for {size} bytes, {twice:?} for twice as many"
        );
    }
}

#[test]
fn a_ten_megabyte_single_line() {
    let rules = Rules::embedded();
    let text = long_line(10_000_000);
    assert!(!text.contains('\n'));
    let doc = Analyzer::new(&rules).document("x", "-", &text);
    // One claim per repetition of the two sentences (the second has no content to claim).
    assert!(doc.claims.len() > 80_000, "{}", doc.claims.len());
    let last = doc.claims.last().unwrap();
    assert!(last.content.span.end <= text.len());
    assert_eq!(
        last.content.span.char_end,
        text[..last.content.span.end].chars().count()
    );
}

#[test]
fn ten_thousand_unbalanced_quotation_marks() {
    let rules = Rules::embedded();
    let text = "“Nga cho biết ".repeat(10_000);
    assert_eq!(text.matches('“').count(), 10_000);
    let doc = Analyzer::new(&rules).document("x", "-", &text);
    for c in &doc.claims {
        assert!(c.content.span.end <= text.len());
    }
}

#[test]
fn a_hundred_thousand_nested_quotation_marks() {
    let rules = Rules::embedded();
    // 50,000 opening marks, then 50,000 closing ones, nested four kinds deep.
    let text = format!(
        "{} ông Lavrov nói {}",
        "“‘«‘".repeat(12_500),
        "’»’”".repeat(12_500)
    );
    let marks = text.chars().filter(|c| "“‘«»’”".contains(*c)).count();
    assert_eq!(marks, 100_000);
    let doc = Analyzer::new(&rules).document("x", "-", &text);
    for c in &doc.claims {
        assert!(c.content.span.end <= text.len());
    }
}

#[test]
fn fifty_megabytes_of_cue_words() {
    let rules = Rules::embedded();
    let text = cue_words(50_000_000);
    let doc = Analyzer::new(&rules).document("x", "-", &text);
    // Cue words with nobody to say them and nothing said are not claims.
    assert!(doc.claims.len() < 10, "{}", doc.claims.len());
}

#[test]
fn bom_and_crlf_give_the_claims_of_the_clean_text() {
    let rules = Rules::embedded();
    let analyzer = Analyzer::new(&rules);
    for path in fixture_files("seeds", &[]) {
        let clean = std::fs::read_to_string(&path).unwrap();
        let odd = format!("\u{FEFF}{}", clean.replace('\n', "\r\n"));
        assert_eq!(
            claims_of(&analyzer, &odd),
            claims_of(&analyzer, &clean),
            "{}",
            path.display()
        );
        // Spans still point into the odd input (documents without repairs: the raw bytes
        // are the working text but for the line ends).
        let doc = analyzer.document("x", "-", &odd);
        for c in doc.claims.iter().filter(|_| doc.repairs.is_empty()) {
            let raw = &odd[c.content.span.start..c.content.span.end];
            assert_eq!(raw.replace("\r\n", "\n"), c.content.text);
        }
    }
}

#[test]
fn an_all_nfd_article_gives_the_claims_of_the_nfc_article() {
    use unicode_normalization::UnicodeNormalization;
    let rules = Rules::embedded();
    let analyzer = Analyzer::new(&rules);
    for path in fixture_files("seeds", &[]) {
        let nfc = std::fs::read_to_string(&path).unwrap();
        if analyzer.document("x", "-", &nfc).repairs.is_empty() {
            let nfd: String = nfc.nfd().collect();
            assert_ne!(nfd, nfc);
            assert_eq!(
                claims_of(&analyzer, &nfd),
                claims_of(&analyzer, &nfc),
                "{}",
                path.display()
            );
        }
    }
}

#[test]
fn nul_bytes_are_text_like_any_other() {
    let rules = Rules::embedded();
    let analyzer = Analyzer::new(&rules);
    let text = "\0Ông Peskov cho biết Nga sẵn sàng đàm phán.\0\0\nBaku\0 phủ nhận.";
    let claims = claims_of(&analyzer, text);
    assert_eq!(
        claims[0],
        (
            "Dmitry Peskov".to_string(),
            "cho biết".to_string(),
            "Nga sẵn sàng đàm phán".to_string()
        )
    );
    assert!(claims_of(&analyzer, &nul_bytes(100_000)).len() < 100_000);
}

#[test]
fn invalid_utf8_is_an_error_with_the_byte_offset() {
    let rules = Rules::embedded();
    let mut bytes = "Ông Peskov cho biết".as_bytes().to_vec();
    let at = bytes.len();
    bytes.extend_from_slice(&[0xE1, 0xBB]);
    bytes.extend_from_slice(b" Nga.");
    let err = analyze_all(
        &[Input {
            id: "bad",
            source: "bad.txt",
            bytes: &bytes,
        }],
        &rules,
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        format!("bad.txt: invalid UTF-8 at byte {at}")
    );
}
