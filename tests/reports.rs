//! The JSON report on real articles, snapshotted claim by claim for review.

use std::path::{Path, PathBuf};

use doichieu::rules::Rules;
use doichieu::{analyze_all, Input};

fn fixtures(dir: &str) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    files
}

fn report_of(path: &Path, rules: &Rules) -> serde_json::Value {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let id = path.file_stem().unwrap().to_string_lossy().into_owned();
    let source = format!(
        "tests/fixtures/{}/{}",
        path.parent()
            .unwrap()
            .file_name()
            .unwrap()
            .to_string_lossy(),
        path.file_name().unwrap().to_string_lossy()
    );
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
        for path in fixtures("seeds").into_iter().chain(fixtures("corpus")) {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            insta::assert_json_snapshot!(format!("report__{name}"), report_of(&path, &rules));
        }
    });
}

#[test]
fn the_same_input_gives_the_same_bytes() {
    let rules = Rules::embedded();
    for path in fixtures("seeds") {
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
