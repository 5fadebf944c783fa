//! The lexicons and tables that drive every stage, loaded from line-oriented files in `rules/`.
//!
//! Linguistic knowledge (cue verbs, titles, entity names and sides, boilerplate patterns,
//! abbreviations, repair conditions, the words of figures and dates) lives in data that
//! editors can read and change, not in code. Every file has the same shape: one entry a line,
//! `#` comments, fields separated by `|`, and a real example as the last field, which the rule
//! self-test checks. The defaults are embedded in the binary ([`Rules::embedded`]); a folder
//! with some of the same file names can be loaded instead ([`Rules::load_dir`]) to try edits
//! without recompiling: each file it has replaces the embedded one, the others stay embedded.
//!
//! A bad file fails loudly with its position, `rules/cues.txt:12:9: unknown class 'asert'`,
//! so that a typo never silently drops a rule; every bad line of every file is reported
//! ([`RuleErrors`]), not only the first.

use std::collections::HashMap;
use std::path::Path;

use crate::text::keys::match_key;

mod check;
mod error;
mod labels;
mod parse;
mod pattern;
mod schema;

pub use check::{check_dir, check_examples};
pub use error::{RuleError, RuleErrorKind, RuleErrors};
pub(crate) use labels::{
    parse_labels, Label, LabelTable, Piece, Slot, Template, LABELS_PATH, LABELS_TEXT,
};
pub(crate) use pattern::{pattern_matches, CompiledPattern};
pub use schema::*;

use parse::*;

/// Every rule table, loaded and checked.
#[derive(Clone, Debug)]
pub struct Rules {
    /// Reporting cues, longest phrase first.
    pub cues: Vec<Cue>,
    /// Titles and honorifics, longest first.
    pub titles: Vec<Title>,
    /// Named entities.
    pub entities: Vec<Entity>,
    /// Group head nouns, longest first.
    pub groups: Vec<Group>,
    /// Boilerplate patterns.
    pub boilerplate: Vec<BoilerplateRule>,
    /// Abbreviations.
    pub abbreviations: Vec<Abbreviation>,
    /// Syllable repairs for broken documents.
    pub repairs: Vec<RepairRule>,
    /// Function words of the grammar, longest phrase first.
    pub grammar: Vec<GrammarWord>,
    /// Stance words for the conflict detectors.
    pub stances: Vec<StanceWord>,
    /// Framing oppositions.
    pub framings: Vec<Framing>,
    /// Words of casualty and loss figures, in file order.
    pub figures: Vec<FigureWord>,
    /// Words of conflict pairing (negation, falsity, anaphora …), in file order.
    pub pair_words: Vec<PairWord>,
    /// The conflict scorer's weights and thresholds.
    pub pair_weights: Vec<PairWeight>,
    /// Entities by the match key of each alias.
    alias_index: HashMap<String, usize>,
    /// The roles of each grammar phrase, for [`Rules::has_role`].
    grammar_roles: HashMap<String, Vec<WordRole>>,
    /// Where each file of [`RULE_FILES`] was read from, in that order.
    paths: Vec<String>,
}

/// The rule files, in load order, with their embedded defaults.
pub const RULE_FILES: &[(&str, &str)] = &[
    ("cues.txt", include_str!("../../rules/cues.txt")),
    ("titles.txt", include_str!("../../rules/titles.txt")),
    ("entities.txt", include_str!("../../rules/entities.txt")),
    ("groups.txt", include_str!("../../rules/groups.txt")),
    (
        "boilerplate.txt",
        include_str!("../../rules/boilerplate.txt"),
    ),
    (
        "abbreviations.txt",
        include_str!("../../rules/abbreviations.txt"),
    ),
    ("repairs.txt", include_str!("../../rules/repairs.txt")),
    ("grammar.txt", include_str!("../../rules/grammar.txt")),
    ("stances.txt", include_str!("../../rules/stances.txt")),
    ("framing.txt", include_str!("../../rules/framing.txt")),
    ("figures.txt", include_str!("../../rules/figures.txt")),
    (
        "pairing_words.txt",
        include_str!("../../rules/pairing_words.txt"),
    ),
    ("pairing.txt", include_str!("../../rules/pairing.txt")),
];

impl Rules {
    /// The rules compiled into the binary. They are checked by the test suite, so this cannot
    /// fail in a released build.
    ///
    /// ```
    /// let rules = doichieu::rules::Rules::embedded();
    /// assert_eq!(rules.entity("Baku").unwrap().canonical, "Azerbaijan");
    /// assert_eq!(rules.path("cues.txt"), Some("rules/cues.txt"));
    /// ```
    pub fn embedded() -> Rules {
        match Rules::from_texts(&[]) {
            Ok(rules) => rules,
            Err(e) => panic!("embedded rules are invalid: {e}"),
        }
    }

    /// Loads the rule files a folder has, and the embedded defaults for the others: a folder
    /// with only `cues.txt` changes the cues and nothing else. Fails with every problem found
    /// (a file that cannot be read or does not parse, a `.txt` file that is no rule file, a
    /// folder with none of them), each with its position.
    ///
    /// ```
    /// use doichieu::rules::Rules;
    /// let dir = std::env::temp_dir().join(format!("doichieu-doc-rules-{}", std::process::id()));
    /// std::fs::create_dir_all(&dir).unwrap();
    /// std::fs::write(dir.join("cues.txt"), "nói | state | Ông Peskov nói vậy.\n").unwrap();
    /// let rules = Rules::load_dir(&dir).unwrap();
    /// assert_eq!(rules.cues.len(), 1);                              // from the folder
    /// assert_eq!(rules.titles.len(), Rules::embedded().titles.len()); // embedded
    /// assert_eq!(rules.path("cues.txt"), Some(dir.join("cues.txt").display().to_string().as_str()));
    ///
    /// std::fs::write(dir.join("cues.txt"), "nói | asert | ông nói\nnói | state | bà nói\n").unwrap();
    /// let errors = Rules::load_dir(&dir).unwrap_err();
    /// assert_eq!(errors.len(), 2, "{errors}");
    /// std::fs::remove_dir_all(&dir).unwrap();
    /// ```
    pub fn load_dir(dir: &Path) -> Result<Rules, RuleErrors> {
        let (files, mut errors) = dir_files(dir);
        let (rules, parse_errors) = Rules::parse(&files);
        errors.extend(parse_errors);
        match RuleErrors::new(errors) {
            Some(errors) => Err(errors),
            None => Ok(rules),
        }
    }

    /// Parses the rule files given as `(path, text)`, each found by its file name (the path
    /// ends with a name of [`RULE_FILES`]); a file not given is the embedded default, as for
    /// [`Rules::load_dir`]. Fails with every problem of every file.
    ///
    /// ```
    /// use doichieu::rules::Rules;
    /// let files = [("my/cues.txt".to_string(), "nói | state | ông nói\n".to_string())];
    /// assert_eq!(Rules::from_texts(&files).unwrap().cues.len(), 1);
    /// let files = [("my/cues.txt".to_string(), "nói | asert | ông nói\n".to_string())];
    /// let e = Rules::from_texts(&files).unwrap_err();
    /// assert!(e.to_string().starts_with("my/cues.txt:1:7: unknown class 'asert'"));
    /// ```
    pub fn from_texts(files: &[(String, String)]) -> Result<Rules, RuleErrors> {
        let (rules, errors) = Rules::parse(files);
        match RuleErrors::new(errors) {
            Some(errors) => Err(errors),
            None => Ok(rules),
        }
    }

    /// Where the rule file `name` (`cues.txt`) was read from: its path in a folder, or
    /// `rules/NAME` for an embedded default; `None` for a name not in [`RULE_FILES`].
    pub fn path(&self, name: &str) -> Option<&str> {
        let i = RULE_FILES.iter().position(|(n, _)| *n == name)?;
        Some(self.paths[i].as_str())
    }

    /// The rules of every line that parses, and the problems of the others (in file order,
    /// then by line and column).
    pub(crate) fn parse(files: &[(String, String)]) -> (Rules, Vec<RuleError>) {
        // Each file as given, or its embedded default.
        let chosen: Vec<(String, &str)> = RULE_FILES
            .iter()
            .map(|(name, default)| {
                files
                    .iter()
                    .find(|(p, _)| {
                        p.strip_suffix(name)
                            .is_some_and(|dir| dir.is_empty() || dir.ends_with(['/', '\\']))
                    })
                    .map_or_else(
                        || (format!("rules/{name}"), *default),
                        |(p, t)| (p.clone(), t.as_str()),
                    )
            })
            .collect();
        let get = |name: &str| {
            let i = RULE_FILES.iter().position(|(n, _)| *n == name);
            let (p, t) = &chosen[i.expect("a name of RULE_FILES")];
            (p.as_str(), *t)
        };
        let paths = chosen.iter().map(|(p, _)| p.clone()).collect();
        let mut errors = Vec::new();
        // Each file's problems sorted by position (a line's field problems are found after
        // the duplicates of the file).
        let mut file = |name: &str, parse: &mut dyn FnMut(&str, &str, &mut Vec<RuleError>)| {
            let (p, t) = get(name);
            let mut errs = Vec::new();
            parse(p, t, &mut errs);
            errs.sort_by_key(|e| (e.line, e.col));
            errors.extend(errs);
        };
        let mut cues = Vec::new();
        file("cues.txt", &mut |p, t, e| cues = parse_cues(p, t, e));
        cues.sort_by(|a, b| {
            b.phrase
                .len()
                .cmp(&a.phrase.len())
                .then(a.line.cmp(&b.line))
        });
        let mut titles = Vec::new();
        file("titles.txt", &mut |p, t, e| titles = parse_titles(p, t, e));
        titles.sort_by(|a, b| b.title.len().cmp(&a.title.len()).then(a.line.cmp(&b.line)));
        let mut entities = Vec::new();
        file("entities.txt", &mut |p, t, e| {
            entities = parse_entities(p, t, e)
        });
        let mut groups = Vec::new();
        file("groups.txt", &mut |p, t, e| groups = parse_groups(p, t, e));
        groups.sort_by(|a, b| b.head.len().cmp(&a.head.len()).then(a.line.cmp(&b.line)));
        let mut boilerplate = Vec::new();
        file("boilerplate.txt", &mut |p, t, e| {
            boilerplate = parse_boilerplate(p, t, e)
        });
        let mut abbreviations = Vec::new();
        file("abbreviations.txt", &mut |p, t, e| {
            abbreviations = parse_abbreviations(p, t, e)
        });
        let mut repairs = Vec::new();
        file("repairs.txt", &mut |p, t, e| {
            repairs = parse_repairs(p, t, e)
        });
        let mut grammar = Vec::new();
        file("grammar.txt", &mut |p, t, e| {
            grammar = parse_grammar(p, t, e)
        });
        grammar.sort_by(|a, b| {
            let words = |g: &GrammarWord| g.phrase.split(' ').count();
            words(b).cmp(&words(a)).then(a.line.cmp(&b.line))
        });
        let mut stances = Vec::new();
        file("stances.txt", &mut |p, t, e| {
            stances = parse_stances(p, t, e)
        });
        let mut framings = Vec::new();
        file("framing.txt", &mut |p, t, e| {
            framings = parse_framings(p, t, e)
        });
        let mut figures = Vec::new();
        file("figures.txt", &mut |p, t, e| {
            figures = parse_figures(p, t, e)
        });
        let mut pair_words = Vec::new();
        file("pairing_words.txt", &mut |p, t, e| {
            pair_words = parse_pair_words(p, t, e)
        });
        let mut pair_weights = Vec::new();
        file("pairing.txt", &mut |p, t, e| {
            pair_weights = parse_pair_weights(p, t, e)
        });
        let mut alias_index = HashMap::new();
        for (i, e) in entities.iter().enumerate() {
            for a in &e.aliases {
                alias_index.entry(match_key(a)).or_insert(i);
            }
        }
        let mut grammar_roles: HashMap<String, Vec<WordRole>> = HashMap::new();
        for g in &grammar {
            grammar_roles
                .entry(g.phrase.clone())
                .or_default()
                .push(g.role);
        }
        let rules = Rules {
            cues,
            titles,
            entities,
            groups,
            boilerplate,
            abbreviations,
            repairs,
            grammar,
            stances,
            framings,
            figures,
            pair_words,
            pair_weights,
            alias_index,
            grammar_roles,
            paths,
        };
        (rules, errors)
    }

    /// The entity one of whose aliases is exactly `name`, compared as match keys (lower case,
    /// one tone-mark placement: `hoà` = `Hòa`).
    pub fn entity(&self, name: &str) -> Option<&Entity> {
        self.alias_index
            .get(&match_key(name))
            .map(|&i| &self.entities[i])
    }

    /// True when `phrase` (lower case) is a grammar phrase of `role`: one hashed probe, where
    /// [`Rules::words`] would go through every phrase.
    pub fn has_role(&self, phrase: &str, role: WordRole) -> bool {
        self.grammar_roles
            .get(phrase)
            .is_some_and(|roles| roles.contains(&role))
    }

    /// The phrases of one grammar role, longest first.
    pub fn words(&self, role: WordRole) -> impl Iterator<Item = &str> {
        self.grammar
            .iter()
            .filter(move |g| g.role == role)
            .map(|g| g.phrase.as_str())
    }

    /// The entity with this canonical name.
    pub fn entity_by_canonical(&self, canonical: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.canonical == canonical)
    }
}

/// The rule files of a folder as `(path, text)` in [`RULE_FILES`] order, the embedded default
/// (`rules/NAME`) for each file the folder does not have; every problem of the folder itself
/// (unreadable, a file that cannot be read, a `.txt` file that is no rule file, no rule file
/// at all). A file that cannot be read is left out.
pub(crate) fn dir_files(dir: &Path) -> (Vec<(String, String)>, Vec<RuleError>) {
    let whole = |path: &Path, kind: RuleErrorKind| RuleError {
        path: path.display().to_string(),
        line: None,
        col: 1,
        kind,
    };
    let mut errors = Vec::new();
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            let e = whole(dir, RuleErrorKind::Unreadable(e.to_string()));
            return (Vec::new(), vec![e]);
        }
    };
    let mut unknown = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.ends_with(".txt") && !RULE_FILES.iter().any(|(n, _)| *n == name) {
                    unknown.push(entry.path());
                }
            }
            Err(e) => errors.push(whole(dir, RuleErrorKind::Unreadable(e.to_string()))),
        }
    }
    unknown.sort();
    let mut files = Vec::with_capacity(RULE_FILES.len());
    let mut found = 0;
    for (name, default) in RULE_FILES {
        let path = dir.join(name);
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                found += 1;
                files.push((path.display().to_string(), text));
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                files.push((format!("rules/{name}"), default.to_string()));
            }
            Err(e) => {
                found += 1;
                errors.push(whole(&path, RuleErrorKind::Unreadable(e.to_string())));
            }
        }
    }
    errors.extend(unknown.iter().map(|p| whole(p, RuleErrorKind::UnknownFile)));
    if found == 0 && unknown.is_empty() {
        errors.push(whole(dir, RuleErrorKind::NoRuleFiles));
    }
    (files, errors)
}

#[cfg(test)]
mod tests {
    use super::pattern::*;
    use super::*;
    use crate::text::distance::*;

    /// What a parser makes of `text`, or its first problem.
    fn first<T>(parse: impl FnOnce(&mut Vec<RuleError>) -> T) -> Result<T, RuleError> {
        let mut errs = Vec::new();
        let out = parse(&mut errs);
        match errs.into_iter().next() {
            Some(e) => Err(e),
            None => Ok(out),
        }
    }

    fn cues(text: &str) -> Result<Vec<Cue>, RuleError> {
        first(|e| parse_cues("rules/cues.txt", text, e))
    }

    #[test]
    fn fields_are_split_at_pipes() {
        let (_, fields) = split_fields("cho biết | state | Ông Peskov cho biết").unwrap();
        assert_eq!(fields.len(), 3);
    }

    #[test]
    fn unknown_class_names_file_line_and_column() {
        let e = cues("# cues\ncho biết | asert | Ông Peskov cho biết").unwrap_err();
        assert_eq!(
            e.to_string(),
            "rules/cues.txt:2:12: unknown class 'asert' (expected one of: state, report, accuse, deny, condemn, call, warn)"
        );
    }

    #[test]
    fn duplicate_entry_is_an_error() {
        let e = cues("nói | state | ông nói\n\nNói | state | bà nói").unwrap_err();
        assert_eq!(e.line, Some(3));
        assert_eq!(e.col, 1);
        assert!(e
            .kind
            .to_string()
            .starts_with("duplicate entry 'Nói' (first at line 1)"));
    }

    #[test]
    fn empty_field_is_an_error() {
        let e = cues("nói |  | ông nói").unwrap_err();
        assert_eq!(e.to_string(), "rules/cues.txt:1:6: empty field 'class'");
    }

    #[test]
    fn bad_field_count_is_an_error() {
        let e = cues("nói | state").unwrap_err();
        assert_eq!(
            e.to_string(),
            "rules/cues.txt:1:1: expected 3 fields (phrase | class | example), found 2"
        );
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let e = cues("phủ nhận | phủ | Armenia phủ nhận").unwrap_err();
        assert_eq!(e.col, 12);
    }

    #[test]
    fn patterns_know_stars_and_digits() {
        assert!(pattern_matches("* ảnh #", "Hé lộ thương vong ảnh 1"));
        assert!(pattern_matches("*(Ảnh: *)", "Giao tranh dữ dội. (Ảnh: AP)"));
        assert!(!pattern_matches("* ảnh #", "Hé lộ thương vong ảnh"));
        assert!(pattern_matches("0:00 / 0:00", "0:00 / 0:00"));
        assert!(!pattern_matches("0:00 / 0:00", "0:00 / 0:01"));
        // The literal ends may not overlap: `ab*ba` needs four characters.
        assert!(!pattern_matches("ab*ba", "aba"));
        assert!(pattern_matches("ab*ba", "abba"));
        assert!(pattern_matches("Theo *", "Theo Reuters"));
        assert!(!pattern_matches("Theo *", "Theo"));
        assert!(pattern_matches("Theo*", "Theo"));
        assert!(pattern_matches("# người", "12 người"));
        assert!(!pattern_matches("# người", " người"));
        // Overlapping literals and digits that must stop early.
        assert!(pattern_matches("*aa", "aaa"));
        assert!(pattern_matches("*aab", "aaab"));
        assert!(pattern_matches("#1", "11"));
        assert!(pattern_matches("*#x", "1x2x"));
        assert!(!pattern_matches("*#x", "1xx"));
        assert!(pattern_matches("**", ""));
        assert!(pattern_matches("*#", "Ảnh 12"));
        assert!(!pattern_matches("*#", "Ảnh"));
    }

    #[test]
    fn bounded_levenshtein_agrees_with_strsim() {
        let words = [
            "",
            "a",
            "ab",
            "ba",
            "abc",
            "tổng thống",
            "tổn thống",
            "tổng thốngg",
            "bộ trưởng",
            "bộ truong",
            "thủ tướng",
            "phó thủ tướng",
            "xyz",
            "ngoại trưởng",
        ];
        for a in words {
            for b in words {
                let (ac, bc): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
                let full = strsim::generic_levenshtein(&ac, &bc);
                for max in 0..6 {
                    let want = (full <= max).then_some(full);
                    assert_eq!(
                        bounded_levenshtein(&ac, &bc, max),
                        want,
                        "{a:?} {b:?} {max}"
                    );
                }
            }
        }
    }

    /// A pattern full of stars on a long line would take exponential time by backtracking; it
    /// must take no longer than a plain one. Digits after a star likewise: every split of a
    /// long run of digits was once tried.
    #[test]
    fn starry_patterns_do_not_backtrack() {
        let line = "a".repeat(5_000);
        assert!(!pattern_matches("*a*a*a*a*a*a*a*a*a*a*b", &line));
        assert!(pattern_matches("*a*a*a*a*a*a*a*a*a*a*", &line));
        let digits = "1".repeat(200_000) + "x";
        assert!(pattern_matches("*#x", &digits));
        assert!(pattern_matches("*##x", &digits));
        assert!(!pattern_matches("*#y", &digits));
    }

    #[test]
    fn a_huge_distance_bound_is_no_bound() {
        let (a, b): (Vec<char>, Vec<char>) = ("a".chars().collect(), "b".chars().collect());
        assert_eq!(bounded_levenshtein(&a, &b, usize::MAX), Some(1));
        assert_eq!(bounded_levenshtein(&a, &a, usize::MAX), Some(0));
    }

    /// The matcher against a plain backtracking reference, on generated patterns and lines.
    #[test]
    fn glob_agrees_with_backtracking() {
        fn reference(p: &[char], t: &[char]) -> bool {
            match p.split_first() {
                None => t.is_empty(),
                Some(('*', rest)) => (0..=t.len()).any(|k| reference(rest, &t[k..])),
                Some(('#', rest)) => {
                    let digits = t.iter().take_while(|c| c.is_ascii_digit()).count();
                    (1..=digits).any(|k| reference(rest, &t[k..]))
                }
                Some((c, rest)) => t.first() == Some(c) && reference(rest, &t[1..]),
            }
        }
        let alphabet = ['a', '1', 'ả', '*', '#'];
        // Every pattern and text of up to 5 symbols over a small alphabet, by counting.
        let spell = |mut n: usize, len: usize, symbols: &[char]| -> String {
            (0..len)
                .map(|_| {
                    let c = symbols[n % symbols.len()];
                    n /= symbols.len();
                    c
                })
                .collect()
        };
        for plen in 0..=4 {
            for pn in 0..alphabet.len().pow(plen) {
                let pattern = spell(pn, plen as usize, &alphabet);
                for tlen in 0..=5 {
                    for tn in 0..3usize.pow(tlen) {
                        let text = spell(tn, tlen as usize, &alphabet[..3]);
                        let p: Vec<char> = pattern.chars().collect();
                        let t: Vec<char> = text.chars().collect();
                        assert_eq!(
                            pattern_matches(&pattern, &text),
                            reference(&p, &t),
                            "{pattern:?} on {text:?}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn figure_meanings_are_names_numbers_or_ranges() {
        let figures = |text: &str| first(|e| parse_figures("rules/figures.txt", text, e));
        let got = figures("ba | 3 | ba người\nhàng chục | 10-99 | hàng chục người\nhơn | more_than | hơn 50 người").unwrap();
        let meanings: Vec<FigureMeaning> = got.iter().map(|w| w.meaning).collect();
        assert_eq!(
            meanings,
            [
                FigureMeaning::Number { low: 3, high: 3 },
                FigureMeaning::Number { low: 10, high: 99 },
                FigureMeaning::MoreThan
            ]
        );
        let e = figures("hàng chục | 99-10 | hàng chục người").unwrap_err();
        assert_eq!(
            e.to_string(),
            "rules/figures.txt:1:13: range '99-10' goes down (write the low end first)"
        );
        let e = figures("ba | three | ba người").unwrap_err();
        assert!(
            e.to_string()
                .starts_with("rules/figures.txt:1:6: unknown meaning 'three' (expected one of: more_than, about, unit, event, own_side, a number (3) or range (10-99))"),
            "{e}"
        );
        assert!(figures("ba | 3- | ba người").is_err());
    }

    #[test]
    fn embedded_rules_load() {
        let rules = Rules::embedded();
        assert!(rules.cues.len() >= 60);
        assert_eq!(
            rules.entity("Baku").map(|e| e.canonical.as_str()),
            Some("Azerbaijan")
        );
    }
}
