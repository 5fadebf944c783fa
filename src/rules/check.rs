//! Each rule's own example, checked against the rule.

use std::path::Path;

use super::pattern::pattern_matches;
use super::{BoilerplateScope, Rules, WordRole, RULE_FILES};

/// The words of `example`, lower-cased as phrases are matched.
fn example_words(example: &str) -> Vec<String> {
    crate::tokens::tokenize(example, 0..example.len(), &[])
        .into_iter()
        .map(|t| t.lower.to_string())
        .collect()
}

/// True when `phrase` occurs in `example` as whole words (case and tone placement folded).
fn example_contains(example: &str, phrase: &str) -> bool {
    let tokens = example_words(example);
    let words = crate::tokens::phrase_words(phrase);
    !words.is_empty() && tokens.windows(words.len()).any(|w| w == words.as_slice())
}

/// True when the first and last words of `phrase` occur in `example` in order, the one told
/// between them (a split cue: `cho PV biết` shows `cho biết`).
fn split_in(example: &str, phrase: &str) -> bool {
    let tokens = example_words(example);
    let words = crate::tokens::phrase_words(phrase);
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    tokens.iter().enumerate().any(|(k, t)| {
        t == first
            && tokens[k + 1..]
                .iter()
                .take(super::SPLIT_CUE_REACH)
                .any(|u| u == last)
    })
}

/// True when a word of `example` starts with `particle` and a hyphen (`al-Assad`).
fn particle_in(example: &str, particle: &str) -> bool {
    crate::tokens::tokenize(example, 0..example.len(), &[])
        .iter()
        .any(|t| t.lower.split('-').next() == Some(particle) && t.lower.contains('-'))
}

/// Runs every rule's own example against it: a cue, title, group, grammar word, stance,
/// figure word or entity alias must occur in its example as words, an abbreviation and a
/// repair's broken spelling as text, a boilerplate pattern must match its example. Returns one message per
/// rule whose example does not show it, as `PATH:LINE: message` (the path each file was read
/// from, [`Rules::path`]), in file then line order.
///
/// ```
/// use doichieu::rules::{check_examples, Rules};
/// assert!(check_examples(&Rules::embedded()).is_empty());
/// let files = [("my/cues.txt".to_string(), "nói | state | Ông ấy bảo vậy.\n".to_string())];
/// let rules = Rules::from_texts(&files).unwrap();
/// assert_eq!(
///     check_examples(&rules),
///     ["my/cues.txt:1: the example \"Ông ấy bảo vậy.\" does not show \"nói\""]
/// );
/// ```
pub fn check_examples(rules: &Rules) -> Vec<String> {
    let mut problems: Vec<(usize, usize, String)> = Vec::new();
    let mut fail = |file: &str, line: usize, what: &str, example: &str| {
        let path = rules.path(file).unwrap_or(file);
        let order = RULE_FILES.iter().position(|(n, _)| *n == file);
        problems.push((
            order.unwrap_or(usize::MAX),
            line,
            format!("{path}:{line}: the example {example:?} does not show {what:?}"),
        ));
    };
    for c in &rules.cues {
        if !example_contains(&c.example, &c.phrase) {
            fail("cues.txt", c.line, &c.phrase, &c.example);
        }
    }
    for t in &rules.titles {
        if !example_contains(&t.example, &t.title) {
            fail("titles.txt", t.line, &t.title, &t.example);
        }
    }
    for g in &rules.groups {
        if !example_contains(&g.example, &g.head) {
            fail("groups.txt", g.line, &g.head, &g.example);
        }
    }
    for g in &rules.grammar {
        // A name particle may be glued to the name by a hyphen (`al-Assad`).
        let shown = example_contains(&g.example, &g.phrase)
            || g.role == WordRole::NameParticle && particle_in(&g.example, &g.phrase)
            || matches!(g.role, WordRole::SplitCue | WordRole::BareSplitCue)
                && split_in(&g.example, &g.phrase);
        if !shown {
            fail("grammar.txt", g.line, &g.phrase, &g.example);
        }
    }
    for s in &rules.stances {
        if !example_contains(&s.example, &s.phrase) {
            fail("stances.txt", s.line, &s.phrase, &s.example);
        }
    }
    for w in &rules.figures {
        if !example_contains(&w.example, &w.phrase) {
            fail("figures.txt", w.line, &w.phrase, &w.example);
        }
    }
    for w in &rules.pair_words {
        if !example_contains(&w.example, &w.phrase) {
            fail("pairing_words.txt", w.line, &w.phrase, &w.example);
        }
    }
    for a in &rules.abbreviations {
        if !a.example.contains(&a.text) {
            fail("abbreviations.txt", a.line, &a.text, &a.example);
        }
    }
    for e in &rules.entities {
        if !e.aliases.iter().any(|a| example_contains(&e.example, a)) {
            fail("entities.txt", e.line, &e.canonical, &e.example);
        }
    }
    for b in &rules.boilerplate {
        let matched = match b.scope {
            BoilerplateScope::Prefix => b.example.starts_with(
                b.pattern
                    .trim_end_matches('*')
                    .split('#')
                    .next()
                    .unwrap_or(""),
            ),
            // The example is a caption and its credit: some sentence after the first matches.
            BoilerplateScope::Credit => b
                .example
                .match_indices(". ")
                .any(|(i, _)| pattern_matches(&b.pattern, &b.example[i + 2..])),
            _ => pattern_matches(&b.pattern, &b.example),
        };
        if !matched {
            fail("boilerplate.txt", b.line, &b.pattern, &b.example);
        }
    }
    for r in &rules.repairs {
        if !r.example.contains(&r.from) {
            fail("repairs.txt", r.line, &r.from, &r.example);
        }
    }
    problems.sort();
    problems.into_iter().map(|(_, _, p)| p).collect()
}

/// Checks a rule folder as `doichieu rules check DIR` does, reporting every problem, not only
/// the first: the folder's own (a file that cannot be read, a `.txt` file that is no rule
/// file, no rule file at all), every line of every file that does not parse
/// (`PATH:LINE:COL: message`), then every rule whose example does not show it
/// ([`check_examples`], over the lines that parse). Files the folder does not have are the
/// embedded defaults, as for [`Rules::load_dir`]. The rules when there is no problem.
///
/// ```
/// use doichieu::rules::check_dir;
/// let dir = std::env::temp_dir().join(format!("doichieu-doc-check-{}", std::process::id()));
/// std::fs::create_dir_all(&dir).unwrap();
/// std::fs::write(dir.join("cues.txt"), "nói | asert | ông nói\nbảo | state | ông nói\n").unwrap();
/// std::fs::write(dir.join("titles.txt"), "Tổng thống | role\n").unwrap();
/// let problems = check_dir(&dir).unwrap_err();
/// assert_eq!(problems.len(), 3, "{problems:#?}"); // two lines that do not parse, one example
/// std::fs::remove_dir_all(&dir).unwrap();
/// ```
pub fn check_dir(dir: &Path) -> Result<Rules, Vec<String>> {
    let (files, errors) = super::dir_files(dir);
    let (rules, parse_errors) = Rules::parse(&files);
    let mut problems: Vec<String> = errors
        .iter()
        .chain(&parse_errors)
        .map(ToString::to_string)
        .collect();
    problems.extend(check_examples(&rules));
    if problems.is_empty() {
        Ok(rules)
    } else {
        Err(problems)
    }
}
