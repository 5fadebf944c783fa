//! Every rule carries a real example; this runs them all, and checks that a broken rule folder
//! fails with `path:line:col: message`.

use doichieu::rules::{pattern_matches, RuleError, Rules, RULE_FILES};
use doichieu::words::{phrase_words, tokenize};

/// True when `phrase` occurs in `example` as whole words (case and tone placement folded).
fn contains_words(example: &str, phrase: &str) -> bool {
    let tokens: Vec<String> = tokenize(example, 0..example.len(), &[])
        .into_iter()
        .map(|t| t.lower)
        .collect();
    let words = phrase_words(phrase);
    !words.is_empty() && tokens.windows(words.len()).any(|w| w == words.as_slice())
}

#[test]
fn every_cue_example_contains_its_cue() {
    let rules = Rules::embedded();
    assert!(
        rules.cues.len() >= 60,
        "at least 60 cues, found {}",
        rules.cues.len()
    );
    for c in &rules.cues {
        assert!(
            contains_words(&c.example, &c.phrase),
            "rules/cues.txt:{}: {:?} not in {:?}",
            c.line,
            c.phrase,
            c.example
        );
    }
}

#[test]
fn every_title_group_and_grammar_example_contains_its_phrase() {
    let rules = Rules::embedded();
    for t in &rules.titles {
        assert!(
            contains_words(&t.example, &t.title),
            "rules/titles.txt:{}: {:?}",
            t.line,
            t.title
        );
    }
    for g in &rules.groups {
        assert!(
            contains_words(&g.example, &g.head),
            "rules/groups.txt:{}: {:?}",
            g.line,
            g.head
        );
    }
    for g in &rules.grammar {
        assert!(
            contains_words(&g.example, &g.phrase),
            "rules/grammar.txt:{}: {:?} not in {:?}",
            g.line,
            g.phrase,
            g.example
        );
    }
    for a in &rules.abbreviations {
        assert!(
            a.example.contains(&a.text),
            "rules/abbreviations.txt:{}: {:?}",
            a.line,
            a.text
        );
    }
}

#[test]
fn every_entity_example_names_the_entity() {
    let rules = Rules::embedded();
    for e in &rules.entities {
        assert!(
            e.aliases.iter().any(|a| contains_words(&e.example, a)),
            "rules/entities.txt:{}: no alias of {:?} in {:?}",
            e.line,
            e.canonical,
            e.example
        );
    }
}

#[test]
fn every_boilerplate_pattern_matches_its_example() {
    let rules = Rules::embedded();
    for b in &rules.boilerplate {
        let matched = match b.scope {
            doichieu::rules::BoilerplateScope::Prefix => b.example.starts_with(
                b.pattern
                    .trim_end_matches('*')
                    .split('#')
                    .next()
                    .unwrap_or(""),
            ),
            _ => pattern_matches(&b.pattern, &b.example),
        };
        assert!(
            matched,
            "rules/boilerplate.txt:{}: {:?} does not match {:?}",
            b.line, b.pattern, b.example
        );
    }
}

#[test]
fn every_repair_example_is_repaired() {
    let rules = Rules::embedded();
    for r in &rules.repairs {
        assert!(
            r.example.contains(&r.from),
            "rules/repairs.txt:{}: {:?} not in {:?}",
            r.line,
            r.from,
            r.example
        );
    }
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
