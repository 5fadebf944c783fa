//! Every rule carries a real example; this runs them all, and checks that a broken rule folder
//! fails with `path:line:col: message`.

use doichieu::rules::{check_examples, RuleError, Rules, RULE_FILES};

#[test]
fn every_rule_example_shows_its_rule() {
    let rules = Rules::embedded();
    assert!(
        rules.cues.len() >= 60,
        "at least 60 cues, found {}",
        rules.cues.len()
    );
    let problems = check_examples(&rules, "rules");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn an_example_that_does_not_show_its_rule_is_reported_with_its_line() {
    let mut files: Vec<(String, String)> = RULE_FILES
        .iter()
        .map(|(n, t)| (format!("rules/{n}"), t.to_string()))
        .collect();
    files[0]
        .1
        .push_str("\nkhẳng định chắc | state | Ông ấy nói vậy.\n");
    let line = files[0].1.lines().count();
    let rules = Rules::from_texts(&files).expect("parses");
    let problems = check_examples(&rules, "rules");
    assert_eq!(
        problems,
        vec![format!(
            "rules/cues.txt:{line}: the example \"Ông ấy nói vậy.\" does not show \"khẳng định chắc\""
        )]
    );
}

fn folder_with(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("doichieu-rules-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for (file, default) in RULE_FILES {
        std::fs::write(dir.join(file), default).unwrap();
    }
    std::fs::write(dir.join(name), text).unwrap();
    dir
}

fn load_error(name: &str, text: &str) -> (String, RuleError) {
    let dir = folder_with(name, text);
    let err = Rules::load_dir(&dir).expect_err("the folder has a bad file");
    let path = dir.join(name).display().to_string();
    std::fs::remove_dir_all(&dir).ok();
    (path, err)
}

#[test]
fn a_rules_folder_loads_like_the_embedded_rules() {
    let dir = folder_with("cues.txt", RULE_FILES[0].1);
    let rules = Rules::load_dir(&dir).expect("defaults load from a folder");
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(rules.cues.len(), Rules::embedded().cues.len());
}

#[test]
fn unknown_class_in_a_folder_names_path_line_and_column() {
    let (path, e) = load_error("cues.txt", "# cues\n\nnói | asert | ông nói\n");
    assert!(
        e.to_string()
            .starts_with(&format!("{path}:3:7: unknown class 'asert'")),
        "{e}"
    );
}

#[test]
fn duplicate_entity_alias_is_an_error() {
    let (path, e) = load_error(
        "entities.txt",
        "Nga | country | Nga | Nga, Moscow | Moscow nói\nMỹ | country | Mỹ | Mỹ, Moscow | Mỹ nói\n",
    );
    assert_eq!(
        e.to_string(),
        format!("{path}:2:25: duplicate entry: alias 'Moscow' already belongs to line 1")
    );
}

#[test]
fn empty_field_and_field_count_in_a_folder() {
    let (path, e) = load_error("titles.txt", "Tổng thống |  | Tổng thống Aliyev\n");
    assert_eq!(e.to_string(), format!("{path}:1:13: empty field 'kind'"));
    let (path, e) = load_error("groups.txt", "Bộ Quốc phòng | institution\n");
    assert_eq!(
        e.to_string(),
        format!("{path}:1:1: expected 3 fields (head | kind | example), found 2")
    );
}

#[test]
fn unknown_boilerplate_scope_and_repair_condition() {
    let (path, e) = load_error("boilerplate.txt", "caption | inline | * | x\n");
    assert!(
        e.to_string()
            .starts_with(&format!("{path}:1:11: unknown scope 'inline'")),
        "{e}"
    );
    let (path, e) = load_error("repairs.txt", "ă | ã | sometimes | đă\n");
    assert!(
        e.to_string()
            .starts_with(&format!("{path}:1:9: unknown condition 'sometimes'")),
        "{e}"
    );
}

#[test]
fn a_missing_file_names_its_path() {
    let dir = std::env::temp_dir().join(format!("doichieu-rules-{}-missing", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let e = Rules::load_dir(&dir).expect_err("empty folder");
    std::fs::remove_dir_all(&dir).ok();
    assert!(e.to_string().contains("cues.txt"), "{e}");
}
