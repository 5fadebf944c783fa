//! Each rule's own example, checked against the rule.

use super::pattern::pattern_matches;
use super::{BoilerplateScope, Rules, WordRole};

/// True when `phrase` occurs in `example` as whole words (case and tone placement folded).
fn example_contains(example: &str, phrase: &str) -> bool {
    let tokens: Vec<String> = crate::tokens::tokenize(example, 0..example.len(), &[])
        .into_iter()
        .map(|t| t.lower.to_string())
        .collect();
    let words = crate::tokens::phrase_words(phrase);
    !words.is_empty() && tokens.windows(words.len()).any(|w| w == words.as_slice())
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
/// rule whose example does not show it, as `FILE:LINE: message` (file names as in
/// [`RULE_FILES`](super::RULE_FILES), under `dir`).
pub fn check_examples(rules: &Rules, dir: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let mut fail = |file: &str, line: usize, what: &str, example: &str| {
        problems.push(format!(
            "{dir}/{file}:{line}: the example {example:?} does not show {what:?}"
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
            || g.role == WordRole::NameParticle && particle_in(&g.example, &g.phrase);
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
    problems
}
