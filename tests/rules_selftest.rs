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
    let problems = check_examples(&rules);
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
    let problems = check_examples(&rules);
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
    let errors = Rules::load_dir(&dir).expect_err("the folder has a bad file");
    assert_eq!(errors.len(), 1, "{errors}");
    let err = errors.first().clone();
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

fn empty_folder(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("doichieu-rules-{}-{name}", std::process::id()));
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn a_folder_with_some_files_overrides_only_those() {
    let dir = empty_folder("partial");
    std::fs::write(dir.join("cues.txt"), "nói | state | Ông Peskov nói vậy.\n").unwrap();
    std::fs::write(dir.join("README.md"), "not a rule file, not a .txt\n").unwrap();
    let rules = Rules::load_dir(&dir).expect("a partial folder loads");
    let embedded = Rules::embedded();
    assert_eq!(rules.cues.len(), 1);
    assert_eq!(rules.cues[0].phrase, "nói");
    assert_eq!(rules.titles.len(), embedded.titles.len());
    assert_eq!(rules.entities.len(), embedded.entities.len());
    assert_eq!(rules.pair_weights, embedded.pair_weights);
    let own = dir.join("cues.txt").display().to_string();
    assert_eq!(rules.path("cues.txt"), Some(own.as_str()));
    assert_eq!(rules.path("titles.txt"), Some("rules/titles.txt"));
    assert!(check_examples(&rules).is_empty());
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn every_problem_of_every_file_is_reported_in_file_and_line_order() {
    let dir = empty_folder("every");
    // titles.txt comes after cues.txt in RULE_FILES: its problems come after, whatever the
    // order of writing.
    std::fs::write(
        dir.join("titles.txt"),
        "Tổng thống | role\nBộ trưởng | chief | Bộ trưởng Lavrov\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("cues.txt"),
        "nói | state | ông nói\nbảo | asert | ông bảo\n# comment\nNói | state | bà nói\nkể | |\n",
    )
    .unwrap();
    let errors = Rules::load_dir(&dir).expect_err("two bad files");
    let cues = dir.join("cues.txt").display().to_string();
    let titles = dir.join("titles.txt").display().to_string();
    let got: Vec<String> = errors.iter().map(ToString::to_string).collect();
    assert_eq!(
        got,
        [
            format!("{cues}:2:7: unknown class 'asert' (expected one of: state, report, accuse, deny, condemn, call, warn)"),
            format!("{cues}:4:1: duplicate entry 'Nói' (first at line 1)"),
            format!("{cues}:5:5: empty field 'class'"),
            format!("{titles}:1:1: expected 3 fields (title | kind | example), found 2"),
            format!("{titles}:2:13: unknown kind 'chief' (expected one of: role, honorific, modifier)"),
        ]
    );
    // Display: one problem a line.
    assert_eq!(errors.to_string(), got.join("\n"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn check_dir_reports_parse_problems_and_examples_together() {
    let dir = empty_folder("check");
    std::fs::write(
        dir.join("cues.txt"),
        "nói | asert | ông nói\nbảo | state | Ông ấy nói vậy.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("groups.txt"),
        "phe | collective | Ông ấy nói vậy.\n",
    )
    .unwrap();
    let problems = doichieu::rules::check_dir(&dir).expect_err("problems");
    let cues = dir.join("cues.txt").display().to_string();
    let groups = dir.join("groups.txt").display().to_string();
    assert_eq!(problems.len(), 3, "{problems:#?}");
    assert!(problems[0].starts_with(&format!("{cues}:1:7: unknown class 'asert'")));
    assert_eq!(
        problems[1],
        format!("{cues}:2: the example \"Ông ấy nói vậy.\" does not show \"bảo\"")
    );
    assert_eq!(
        problems[2],
        format!("{groups}:1: the example \"Ông ấy nói vậy.\" does not show \"phe\"")
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_misspelt_file_and_a_folder_without_rule_files_are_errors() {
    let dir = empty_folder("misspelt");
    std::fs::write(dir.join("cue.txt"), "nói | state | ông nói\n").unwrap();
    let errors = Rules::load_dir(&dir).expect_err("cue.txt is no rule file");
    assert_eq!(errors.len(), 1, "{errors}");
    assert_eq!(
        errors.first().path,
        dir.join("cue.txt").display().to_string()
    );
    assert!(errors
        .to_string()
        .contains("not a rule file (expected one of: cues.txt, titles.txt"));
    std::fs::remove_file(dir.join("cue.txt")).unwrap();
    let errors = Rules::load_dir(&dir).expect_err("no rule file");
    assert!(
        errors.to_string().contains("no rule file in this folder"),
        "{errors}"
    );
    std::fs::remove_dir_all(&dir).ok();
    let errors = Rules::load_dir(&dir).expect_err("no folder");
    assert!(errors.to_string().contains("cannot read"), "{errors}");
}
