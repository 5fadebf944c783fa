//! The JSON report on real articles, snapshotted claim by claim for review.

mod common;

use std::path::Path;

use common::{fixture_files, fixture_source};
use doichieu::rules::Rules;
use doichieu::{analyze_all, Input};

fn report_of(path: &Path, rules: &Rules) -> serde_json::Value {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let id = path.file_stem().unwrap().to_string_lossy().into_owned();
    let source = fixture_source(path);
    let report = analyze_all(
        &[Input {
            id: &id,
            source: &source,
            bytes: &bytes,
        }],
        rules,
    )
    .unwrap_or_else(|e| panic!("{e}"));
    serde_json::to_value(&report).expect("a report serializes")
}

#[test]
fn report_snapshots_of_seeds_and_corpus_articles() {
    let rules = Rules::embedded();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for path in fixture_files("seeds", &[])
            .into_iter()
            .chain(fixture_files("corpus", &[]))
        {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            insta::assert_json_snapshot!(format!("report__{name}"), report_of(&path, &rules));
        }
    });
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let rules = Rules::embedded();
    for path in fixture_files("seeds", &[]) {
        let a = serde_json::to_string(&report_of(&path, &rules)).unwrap();
        let b = serde_json::to_string(&report_of(&path, &rules)).unwrap();
        assert_eq!(a, b);
    }
}

#[test]
fn invalid_utf8_is_an_error_naming_the_source_and_offset() {
    let rules = Rules::embedded();
    let bytes = b"Ong Peskov n\xC3i";
    let err = analyze_all(
        &[Input {
            id: "bad",
            source: "bad.txt",
            bytes,
        }],
        &rules,
    )
    .unwrap_err();
    assert_eq!(err.to_string(), "bad.txt: invalid UTF-8 at byte 12");
}
