//! Adversarial inputs: each is analysed without panic into output bounded by its size, and the
//! odd-but-valid ones (BOM, CRLF, NFD, NUL) give the claims the clean text gives.
//!
//! The sizes are those of the hardening issue: a 10 MB single line, 10,000 unbalanced
//! quotation marks, 100,000 nested “ ‘ « », 50 MB of nothing but cue words. Nothing here is
//! timed: that time grows linearly with the input is shown (and checked, on a quiet machine)
//! by `cargo run --release --example adversarial -- --check`.

mod common;

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

/// A named generator of adversarial text of a given size.
type Case = (&'static str, fn(usize) -> String);

/// Every generator through the whole pipeline (document and conflicts): no panic, spans inside
/// the input, and output bounded by the input (claims, conflicts, JSON bytes). Not timed: the
/// evidence that time grows linearly is `cargo run --release --example adversarial -- --check`,
/// since a timed assertion fails on a busy machine and passes on a fast one.
#[test]
fn adversarial_inputs_give_output_bounded_by_the_input() {
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
        let text = make(400_000);
        let analysis = analyzer.analysis("x", "-", &text, None);
        let conflicts = analyzer.pair(std::slice::from_ref(&analysis));
        let doc = &analysis.document;
        // A claim takes a speaker, a cue and a content: tens of bytes at least.
        assert!(
            doc.claims.len() * 40 <= text.len(),
            "{name}: {} claims in {} bytes",
            doc.claims.len(),
            text.len()
        );
        // A claim is compared with its neighbours only (a window of 20).
        assert!(
            conflicts.len() <= 20 * doc.claims.len(),
            "{name}: {} conflicts",
            conflicts.len()
        );
        let json = serde_json::to_string(doc).unwrap();
        assert!(
            json.len() <= 16 * text.len(),
            "{name}: {} bytes of JSON for {} bytes",
            json.len(),
            text.len()
        );
        for c in &doc.claims {
            for span in [
                Some(&c.content.span),
                c.cue.span.as_ref(),
                c.speaker.span.as_ref(),
            ]
            .into_iter()
            .flatten()
            {
                assert!(span.start <= span.end && span.end <= text.len(), "{name}");
                assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            }
        }
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
