//! Property tests (a short smoke run in CI): arbitrary strings and Vietnamese-biased text go
//! through the whole pipeline without panicking, every span lies inside the input on
//! character boundaries with matching character offsets, and the output is deterministic.

use std::sync::OnceLock;

use doichieu::report::{Document, SpanOut};
use doichieu::rules::Rules;
use doichieu::Analyzer;
use proptest::prelude::*;

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(Rules::embedded)
}

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::new(rules()))
}

/// Pieces Vietnamese news is made of, and pieces that break it: cue words, titles, names,
/// quotation marks of every kind, decomposed marks, odd spaces and controls.
#[rustfmt::skip]
const PIECES: &[&str] = &[
    "Ông", "Bà", "Tổng thống", "Bộ Quốc phòng", "Azerbaijan", "Armenia", "Nga", "Mỹ", "Peskov",
    "Aliyev", "nước này", "cho biết", "tuyên bố", "cáo buộc", "nhau", "phủ nhận", "kêu gọi",
    "nói", "rằng", "Theo", "hãng tin", "TASS", "đưa tin", "ngừng bắn", "tấn công", "hôm 27/9",
    "40.000", "hàng chục", "không", "“", "”", "\"", "'", "‘", "’", "«", "»", ":", ",", ".", "!",
    "?", "–", "-", "(", ")", "\n", "\n\n", "\r\n", " ", "  ", "\u{00A0}", "\u{200B}", "\u{FEFF}",
    "\0", "\u{0301}", "\u{0323}", "\u{0300}", "t\u{0301}nh", "p\u{1E25}ng", "đă", "Ảnh: AP",
    "Theo Reuters", "0:00 / 0:00", "x", "ẞ", "İ", "🙂",
];

fn vietnamese_text() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..120).prop_map(|pieces| {
        let mut text = String::new();
        for (i, p) in pieces.iter().enumerate() {
            // Mostly spaced like prose, sometimes glued.
            if i > 0 && i % 3 != 0 {
                text.push(' ');
            }
            text.push_str(p);
        }
        text
    })
}

fn check_span(text: &str, span: &SpanOut) {
    assert!(span.start <= span.end && span.end <= text.len(), "{span:?}");
    assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    assert_eq!(span.char_start, text[..span.start].chars().count());
    assert_eq!(span.char_end, text[..span.end].chars().count());
}

fn check_document(text: &str, doc: &Document) {
    for c in &doc.claims {
        check_span(text, &c.content.span);
        if let Some(s) = &c.speaker.span {
            check_span(text, s);
        }
        if let Some(s) = &c.cue.span {
            check_span(text, s);
        }
        assert!(!c.content.text.is_empty());
    }
    for r in &doc.repairs {
        check_span(text, &r.span);
    }
    for b in &doc.boilerplate {
        check_span(text, &b.span);
    }
}

fn run(text: &str) {
    let analysis = analyzer().analysis("p", "-", text, None);
    check_document(text, &analysis.document);
    assert_eq!(
        analyzer().document("p", "-", text),
        analysis.document,
        "the document alone is the document of the analysis"
    );
    let analyses = [analysis];
    let found = analyzer().pair(&analyses);
    for x in &found {
        for e in &x.evidence {
            check_span(text, &e.span);
        }
    }
    let again = analyzer().analysis("p", "-", text, None);
    assert_eq!(
        again, analyses[0],
        "same input, same document and claims to pair"
    );
    assert_eq!(analyzer().pair(&analyses), found);
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(200)
}

proptest! {
    // 200 cases in CI; PROPTEST_CASES=20000 for a longer hunt.
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_strings_never_panic(text in any::<String>()) {
        run(&text);
    }

    #[test]
    fn vietnamese_biased_text_never_panics(text in vietnamese_text()) {
        run(&text);
    }

    #[test]
    fn arbitrary_bytes_are_text_or_an_error_with_an_offset(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        match doichieu::normalize::normalize_bytes(&bytes, &rules().repairs) {
            Ok(text) => prop_assert!(std::str::from_utf8(&bytes).is_ok() && text.raw_len() == bytes.len()),
            Err(doichieu::normalize::NormalizeError::InvalidUtf8 { offset }) => {
                prop_assert_eq!(std::str::from_utf8(&bytes).unwrap_err().valid_up_to(), offset);
            }
        }
    }
}
