//! normalize + segment on arbitrary bytes: no panic, and every span maps into the raw input.
#![no_main]
use std::sync::OnceLock;

use doichieu::normalize;
use doichieu::rules::Rules;
use doichieu::Analyzer;
use libfuzzer_sys::fuzz_target;

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(Rules::embedded)
}

fn analyzer() -> &'static Analyzer {
    static ANALYZER: OnceLock<Analyzer> = OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::new(rules()))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = normalize::normalize_bytes(data, &rules().repairs) else {
        return;
    };
    let seg = analyzer().segment(&text);
    let raw = std::str::from_utf8(data).expect("normalize_bytes accepted it");
    for sentence in &seg.sentences {
        let span = text.span(sentence.range.clone());
        assert!(span.end <= raw.len());
        assert!(raw.is_char_boundary(span.start) && raw.is_char_boundary(span.end));
    }
});
