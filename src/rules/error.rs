//! What can be wrong with a rule file, with its position.

use std::fmt;

/// A rule file that cannot be used, with the position of the problem.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleError {
    /// The file, as given (`rules/cues.txt` for the embedded defaults).
    pub path: String,
    /// 1-based line; none when the file as a whole is at fault (it cannot be read).
    pub line: Option<usize>,
    /// 1-based column, in characters (1 when the whole line is at fault).
    pub col: usize,
    /// What is wrong.
    pub kind: RuleErrorKind,
}

/// What is wrong with a rule file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleErrorKind {
    /// The file cannot be read (the operating system's reason).
    Unreadable(String),
    /// The line cannot be split into fields.
    Unsplittable,
    /// The line has the wrong number of fields.
    FieldCount {
        /// The fields the file's lines have, in order.
        names: Vec<&'static str>,
        /// How many the line has.
        found: usize,
    },
    /// A field is empty (write `-` for "none").
    EmptyField(&'static str),
    /// An alias in a comma-separated list is empty.
    EmptyAlias,
    /// A field names a value the file's format does not know.
    Unknown {
        /// Which field (`class`, `kind`, `role` …).
        what: &'static str,
        /// The value written.
        value: String,
        /// The values allowed.
        expected: Vec<&'static str>,
    },
    /// The entry was listed before.
    Duplicate {
        /// The entry as written.
        entry: String,
        /// Where it was first listed.
        first_line: usize,
    },
    /// An entity alias already belongs to another entity.
    DuplicateAlias {
        /// The alias as written.
        alias: String,
        /// The line of the entity that has it.
        first_line: usize,
    },
    /// An abbreviation that does not end with a period.
    NoFinalPeriod(String),
    /// A repair condition the format does not know.
    UnknownCondition(String),
    /// A range of values whose low end is above its high end (`99-10`).
    BadRange(String),
    /// A field that must be a number is not one.
    NotANumber(String),
    /// An entry the file must have is not there.
    Missing(&'static str),
    /// A `.txt` file in a rule folder that is not one of [`RULE_FILES`](super::RULE_FILES)
    /// (a misspelt name would otherwise be ignored without a word).
    UnknownFile,
    /// A rule folder holds none of the rule files.
    NoRuleFiles,
    /// A label template opens a slot with `{` and does not close it.
    UnclosedSlot,
    /// A label template does not use one of its key's slots exactly once.
    SlotCount {
        /// The slot's name.
        slot: &'static str,
        /// How many times the template uses it.
        found: usize,
    },
    /// Two slots of an English label template with no text between them (English templates
    /// are read back, and the border between the two could not be found).
    AdjacentSlots {
        /// The first slot's name.
        first: &'static str,
        /// The second slot's name.
        second: &'static str,
    },
}

impl fmt::Display for RuleErrorKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RuleErrorKind::Unreadable(why) => write!(f, "cannot read: {why}"),
            RuleErrorKind::Unsplittable => write!(f, "cannot split the line into fields"),
            RuleErrorKind::FieldCount { names, found } => write!(
                f,
                "expected {} fields ({}), found {found}",
                names.len(),
                names.join(" | ")
            ),
            RuleErrorKind::EmptyField(name) => write!(f, "empty field '{name}'"),
            RuleErrorKind::EmptyAlias => write!(f, "empty alias"),
            RuleErrorKind::Unknown {
                what,
                value,
                expected,
            } if expected.is_empty() => write!(f, "unknown {what} '{value}' (this entry has none)"),
            RuleErrorKind::Unknown {
                what,
                value,
                expected,
            } => write!(
                f,
                "unknown {what} '{value}' (expected one of: {})",
                expected.join(", ")
            ),
            RuleErrorKind::Duplicate { entry, first_line } => {
                write!(f, "duplicate entry '{entry}' (first at line {first_line})")
            }
            RuleErrorKind::DuplicateAlias { alias, first_line } => write!(
                f,
                "duplicate entry: alias '{alias}' already belongs to line {first_line}"
            ),
            RuleErrorKind::NoFinalPeriod(text) => {
                write!(f, "abbreviation '{text}' must end with a period")
            }
            RuleErrorKind::UnknownCondition(atom) => write!(
                f,
                "unknown condition '{atom}' (expected final-not:…, final:…, after:…, not-after:… or alone)"
            ),
            RuleErrorKind::BadRange(range) => {
                write!(f, "range '{range}' goes down (write the low end first)")
            }
            RuleErrorKind::NotANumber(text) => write!(f, "'{text}' is not a number"),
            RuleErrorKind::Missing(what) => write!(f, "no '{what}' line"),
            RuleErrorKind::UnknownFile => {
                write!(f, "not a rule file (expected one of: {})", rule_file_names())
            }
            RuleErrorKind::UnclosedSlot => write!(f, "a '{{' without its '}}'"),
            RuleErrorKind::SlotCount { slot, found } => {
                write!(f, "slot '{slot}' is used {found} times (once expected)")
            }
            RuleErrorKind::AdjacentSlots { first, second } => write!(
                f,
                "slots '{first}' and '{second}' need text between them (English is read back)"
            ),
            RuleErrorKind::NoRuleFiles => write!(
                f,
                "no rule file in this folder (expected some of: {})",
                rule_file_names()
            ),
        }
    }
}

/// The names of the rule files, for messages: `cues.txt, titles.txt, …`.
fn rule_file_names() -> String {
    super::RULE_FILES
        .iter()
        .map(|(n, _)| *n)
        .collect::<Vec<_>>()
        .join(", ")
}

impl fmt::Display for RuleError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            None => write!(f, "{}: {}", self.path, self.kind),
            Some(line) => write!(f, "{}:{line}:{}: {}", self.path, self.col, self.kind),
        }
    }
}

impl std::error::Error for RuleError {}

/// Every problem of a set of rule files, in file order ([`RULE_FILES`](super::RULE_FILES)) and
/// by line within a file; never empty. `Display` writes one problem a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RuleErrors(Vec<RuleError>);

impl RuleErrors {
    /// The problems, or `None` when there are none.
    pub(crate) fn new(errors: Vec<RuleError>) -> Option<RuleErrors> {
        (!errors.is_empty()).then_some(RuleErrors(errors))
    }

    /// The first problem.
    pub fn first(&self) -> &RuleError {
        &self.0[0]
    }

    /// The problems as a vector.
    pub fn into_vec(self) -> Vec<RuleError> {
        self.0
    }
}

impl std::ops::Deref for RuleErrors {
    type Target = [RuleError];

    fn deref(&self) -> &[RuleError] {
        &self.0
    }
}

impl IntoIterator for RuleErrors {
    type Item = RuleError;
    type IntoIter = std::vec::IntoIter<RuleError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a RuleErrors {
    type Item = &'a RuleError;
    type IntoIter = std::slice::Iter<'a, RuleError>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

impl fmt::Display for RuleErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, e) in self.0.iter().enumerate() {
            if i > 0 {
                f.write_str("\n")?;
            }
            write!(f, "{e}")?;
        }
        Ok(())
    }
}

impl std::error::Error for RuleErrors {}
