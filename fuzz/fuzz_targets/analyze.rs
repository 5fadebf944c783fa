//! The whole pipeline on arbitrary text: no panic; the report serializes; spans are inside the
//! input on character boundaries.
#![no_main]
use std::sync::OnceLock;

use doichieu::rules::Rules;
use libfuzzer_sys::fuzz_target;

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(Rules::embedded)
}

fuzz_target!(|text: &str| {
    let report = doichieu::analyze(text, rules());
    for claim in &report.documents[0].claims {
        let span = claim.content.span;
        assert!(span.start <= span.end && span.end <= text.len());
        assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
    }
    serde_json::to_string(&report).expect("report serializes");
});
