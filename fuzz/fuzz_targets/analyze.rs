//! The whole pipeline on arbitrary text: no panic; the report serializes; every span is inside
//! the input on character boundaries. The analyzer (compiled grammar) is built once.
#![no_main]
use std::sync::OnceLock;

use doichieu::rules::Rules;
use doichieu::{conflicts, Analyzer};
use libfuzzer_sys::fuzz_target;

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(Rules::embedded)
}

fn analyzer() -> &'static Analyzer<'static> {
    static ANALYZER: OnceLock<Analyzer<'static>> = OnceLock::new();
    ANALYZER.get_or_init(|| Analyzer::new(rules()))
}

fuzz_target!(|text: &str| {
    let document = analyzer().document("fuzz", "-", text);
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
    let documents = [document];
    let found = conflicts::find(&documents, rules());
    serde_json::to_string(&documents[0]).expect("document serializes");
    serde_json::to_string(&found).expect("conflicts serialize");
});
