//! The whole pipeline on arbitrary text: no panic; the report serializes; every span is inside
//! the input on character boundaries. The analyzer (compiled grammar) is built once.
#![no_main]
use std::sync::OnceLock;

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

fuzz_target!(|text: &str| {
    let analysis = analyzer().analysis("fuzz", "-", text, None);
    let document = &analysis.document;
    for claim in &document.claims {
        let mut spans = vec![claim.content.span];
        spans.extend(claim.speaker.span);
        spans.extend(claim.cue.span);
        for span in spans {
            assert!(span.start <= span.end && span.end <= text.len());
            assert!(text.is_char_boundary(span.start) && text.is_char_boundary(span.end));
            assert!(span.char_start <= span.char_end);
        }
    }
    let found = analyzer().pair(std::slice::from_ref(&analysis));
    serde_json::to_string(document).expect("document serializes");
    serde_json::to_string(&found).expect("conflicts serialize");
});
