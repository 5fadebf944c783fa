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
