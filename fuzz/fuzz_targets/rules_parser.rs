//! The rule-file parser on arbitrary text, as any of the rule files: an error or rules, never a
//! panic; errors carry a position inside the text.
#![no_main]
use doichieu::rules::Rules;
use libfuzzer_sys::fuzz_target;

const FILES: [&str; 10] = [
    "cues.txt",
    "titles.txt",
    "entities.txt",
    "groups.txt",
    "grammar.txt",
    "boilerplate.txt",
    "abbreviations.txt",
    "repairs.txt",
    "stances.txt",
    "framing.txt",
];

// The first byte picks the file, the rest is its text (seeds: `fuzz/corpus/rules_parser`).
fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    let name = FILES[usize::from(which) % FILES.len()];
    let mut files: Vec<(String, String)> = doichieu::rules::RULE_FILES
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
    for f in &mut files {
        if f.0 == name {
            f.1 = text.to_string();
        }
    }
    let _ = Rules::from_texts(&files);
});
