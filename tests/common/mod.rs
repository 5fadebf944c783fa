//! Helpers shared by the integration tests.
// Each test binary compiles this module on its own and uses only part of it.
#![allow(dead_code)]

pub mod adversarial;

use std::path::{Path, PathBuf};

/// The `.txt` fixtures of `tests/fixtures/<dir>`, sorted; only those whose stem is in `names`
/// when `names` is not empty.
pub fn fixture_files(dir: &str, names: &[&str]) -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(dir);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("{}: {e}", root.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .filter(|p| {
            names.is_empty()
                || names
                    .iter()
                    .any(|n| p.file_stem().is_some_and(|s| s.to_string_lossy() == *n))
        })
        .collect();
    files.sort();
    files
}

/// The report's `source` for a fixture: its path relative to the repository.
pub fn fixture_source(path: &Path) -> String {
    let dir = path
        .parent()
        .and_then(|p| p.file_name())
        .map(|s| s.to_string_lossy().into_owned());
    let name = path.file_name().map(|s| s.to_string_lossy().into_owned());
    format!(
        "tests/fixtures/{}/{}",
        dir.unwrap_or_default(),
        name.unwrap_or_default()
    )
}

/// The first seed article, the input of most CLI tests.
pub fn seed() -> PathBuf {
    fixture_files("seeds", &["000_bd47f0741fbc651b"]).remove(0)
}

/// A fresh folder for one test, named after the test file (`prefix`) and the test.
pub fn scratch(prefix: &str, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("doichieu-{prefix}-{}-{name}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs a command to its end.
pub fn run(cmd: &mut std::process::Command) -> std::process::Output {
    cmd.output().expect("the binary runs")
}

/// A run's standard error as text.
pub fn stderr(out: &std::process::Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// The corpus fixtures `copies` times as JSONL records `{"id": "<stem>-<copy>", "text"}`.
pub fn corpus_lines(copies: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for n in 0..copies {
        for path in fixture_files("corpus", &[]) {
            let text = std::fs::read_to_string(&path).unwrap();
            let id = format!("{}-{n}", path.file_stem().unwrap().to_string_lossy());
            let line = serde_json::json!({"id": id, "text": text});
            out.extend_from_slice(line.to_string().as_bytes());
            out.push(b'\n');
        }
    }
    out
}
