//! Reading the rule files: lines split into fields with nom, each field checked, every
//! problem reported with its file, line and column.

use std::collections::BTreeMap;

use nom::bytes::complete::take_till;
use nom::character::complete::char;
use nom::multi::separated_list1;
use nom::{IResult, Parser};

use super::*;
use crate::text::keys::match_key;

/// One field of a rule line, with its 1-based column.
#[derive(Clone, Debug)]
pub(super) struct Field<'a> {
    pub(super) text: &'a str,
    /// The whole line, for the column of `text` (counted only when an error needs it).
    pub(super) line: &'a str,
}

impl<'a> Field<'a> {
    /// The 1-based column, in characters, where the field's text starts.
    fn col(&self) -> usize {
        col_of(self.line, self.text)
    }
}

/// The 1-based column, in characters, of `part` (a slice of `line`) in `line`.
pub(super) fn col_of(line: &str, part: &str) -> usize {
    let offset = (part.as_ptr() as usize)
        .saturating_sub(line.as_ptr() as usize)
        .min(line.len());
    line[..offset].chars().count() + 1
}

/// One entry line of a rule file.
#[derive(Clone, Debug)]
pub(super) struct Record<'a> {
    pub(super) line: usize,
    pub(super) fields: Vec<Field<'a>>,
}

/// The fields of one line, split at `|`.
///
/// ```text
/// cho biết | state | Ông Peskov cho biết quân đội Nga đã liên lạc với cả hai bên.
/// ```
pub(super) fn split_fields(line: &str) -> IResult<&str, Vec<&str>> {
    separated_list1(char('|'), take_till(|c| c == '|')).parse(line)
}

/// Splits a rule file into records with trimmed fields and their columns; skips comments and
/// blank lines; checks the field count and that no field is empty. A line that fails is left
/// out and its problem added to `errs`.
pub(super) fn records<'a>(
    path: &str,
    text: &'a str,
    names: &[&'static str],
    errs: &mut Vec<RuleError>,
) -> Vec<Record<'a>> {
    let mut out = Vec::new();
    'lines: for (i, line) in text.lines().enumerate() {
        let line_no = i + 1;
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        let err = |col: usize, kind: RuleErrorKind| error(path, line_no, col, kind);
        let Ok((_, raw_fields)) = split_fields(line) else {
            errs.push(err(1, RuleErrorKind::Unsplittable));
            continue;
        };
        if raw_fields.len() != names.len() {
            errs.push(err(
                1,
                RuleErrorKind::FieldCount {
                    names: names.to_vec(),
                    found: raw_fields.len(),
                },
            ));
            continue;
        }
        let mut fields = Vec::with_capacity(raw_fields.len());
        for (raw, name) in raw_fields.iter().zip(names) {
            let text = raw.trim();
            if text.is_empty() {
                errs.push(err(col_of(line, raw), RuleErrorKind::EmptyField(name)));
                continue 'lines;
            }
            fields.push(Field { text, line });
        }
        out.push(Record {
            line: line_no,
            fields,
        });
    }
    out
}

/// `entry` of every record, in order; a record whose entry fails is left out and its problem
/// added to `errs`.
fn each<'a, T>(
    recs: &[Record<'a>],
    errs: &mut Vec<RuleError>,
    entry: impl Fn(&Record<'a>) -> Result<T, RuleError>,
) -> Vec<T> {
    let mut out = Vec::with_capacity(recs.len());
    for r in recs {
        match entry(r) {
            Ok(v) => out.push(v),
            Err(e) => errs.push(e),
        }
    }
    out
}

pub(super) fn error(path: &str, line: usize, col: usize, kind: RuleErrorKind) -> RuleError {
    RuleError {
        path: path.to_string(),
        line: Some(line),
        col,
        kind,
    }
}

/// Adds to `errs` every entry whose key was seen before; callers that compare names
/// case-insensitively pass a [`match_key`].
pub(super) fn check_unique<'a>(
    path: &str,
    records: &[Record<'a>],
    errs: &mut Vec<RuleError>,
    key: impl Fn(&Record<'a>) -> String,
) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    for r in records {
        let k = key(r);
        if let Some(first) = seen.get(&k) {
            errs.push(error(
                path,
                r.line,
                r.fields[0].col(),
                RuleErrorKind::Duplicate {
                    entry: r.fields[0].text.to_string(),
                    first_line: *first,
                },
            ));
            continue;
        }
        seen.insert(k, r.line);
    }
}

pub(super) fn choose<T: Copy>(
    path: &str,
    line: usize,
    field: &Field,
    what: &'static str,
    options: &[(&'static str, T)],
) -> Result<T, RuleError> {
    options
        .iter()
        .find(|(name, _)| *name == field.text)
        .map(|(_, v)| *v)
        .ok_or_else(|| {
            error(
                path,
                line,
                field.col(),
                RuleErrorKind::Unknown {
                    what,
                    value: field.text.to_string(),
                    expected: options.iter().map(|(n, _)| *n).collect(),
                },
            )
        })
}

pub(super) fn parse_cues(path: &str, text: &str, errs: &mut Vec<RuleError>) -> Vec<Cue> {
    let recs = records(path, text, &["phrase", "class", "example"], errs);
    check_unique(path, &recs, errs, |r| match_key(r.fields[0].text));
    each(&recs, errs, |r| {
        Ok(Cue {
            phrase: r.fields[0].text.to_lowercase(),
            class: choose(path, r.line, &r.fields[1], "class", &CueClass::ALL)?,
            example: r.fields[2].text.to_string(),
            line: r.line,
        })
    })
}

pub(super) fn parse_titles(path: &str, text: &str, errs: &mut Vec<RuleError>) -> Vec<Title> {
    let recs = records(path, text, &["title", "kind", "example"], errs);
    check_unique(path, &recs, errs, |r| match_key(r.fields[0].text));
    let kinds = [
        ("role", TitleKind::Role),
        ("honorific", TitleKind::Honorific),
        ("modifier", TitleKind::Modifier),
    ];
    each(&recs, errs, |r| {
        Ok(Title {
            title: r.fields[0].text.to_string(),
            kind: choose(path, r.line, &r.fields[1], "kind", &kinds)?,
            example: r.fields[2].text.to_string(),
            line: r.line,
        })
    })
}

pub(super) fn parse_entities(path: &str, text: &str, errs: &mut Vec<RuleError>) -> Vec<Entity> {
    let recs = records(
        path,
        text,
        &["canonical", "kind", "side", "aliases", "example"],
        errs,
    );
    check_unique(path, &recs, errs, |r| match_key(r.fields[0].text));
    let kinds = [
        ("country", EntityKind::Country),
        ("org", EntityKind::Org),
        ("person", EntityKind::Person),
        ("outlet", EntityKind::Outlet),
        ("place", EntityKind::Place),
    ];
    let mut seen_alias: BTreeMap<String, usize> = BTreeMap::new();
    let mut out = Vec::new();
    for r in &recs {
        let mut aliases = Vec::new();
        let mut bad = false;
        let field = &r.fields[3];
        for part in field.text.split(',') {
            let alias = part.trim();
            let alias_col = || {
                let lead = part.len() - part.trim_start().len();
                col_of(field.line, part) + part[..lead].chars().count()
            };
            if alias.is_empty() {
                errs.push(error(path, r.line, alias_col(), RuleErrorKind::EmptyAlias));
                bad = true;
                continue;
            }
            let key = match_key(alias);
            // An alias names one entity; a second claimant is a silent ambiguity, so an error.
            if let Some(first) = seen_alias.get(&key) {
                if *first != r.line {
                    errs.push(error(
                        path,
                        r.line,
                        alias_col(),
                        RuleErrorKind::DuplicateAlias {
                            alias: alias.to_string(),
                            first_line: *first,
                        },
                    ));
                    bad = true;
                    continue;
                }
            }
            seen_alias.insert(key, r.line);
            aliases.push(alias.to_string());
        }
        if !aliases
            .iter()
            .any(|a| match_key(a) == match_key(r.fields[0].text))
        {
            aliases.insert(0, r.fields[0].text.to_string());
        }
        // `Mỹ / Đảng Cộng hòa`: the side, then the party a candidate speaks for.
        let (side, party) = match r.fields[2].text.split_once(" / ") {
            Some((side, party)) => (side.trim(), Some(party.trim().to_string())),
            None => (r.fields[2].text, None),
        };
        let side = match side {
            "-" => None,
            s => Some(s.to_string()),
        };
        let kind = match choose(path, r.line, &r.fields[1], "kind", &kinds) {
            Ok(kind) => kind,
            Err(e) => {
                errs.push(e);
                continue;
            }
        };
        if bad {
            continue;
        }
        out.push(Entity {
            canonical: r.fields[0].text.to_string(),
            kind,
            side,
            party,
            aliases,
            example: r.fields[4].text.to_string(),
            line: r.line,
        });
    }
    out
}

pub(super) fn parse_groups(path: &str, text: &str, errs: &mut Vec<RuleError>) -> Vec<Group> {
    let recs = records(path, text, &["head", "kind", "example"], errs);
    check_unique(path, &recs, errs, |r| match_key(r.fields[0].text));
    let kinds = [
        ("institution", GroupKind::Institution),
        ("collective", GroupKind::Collective),
    ];
    each(&recs, errs, |r| {
        Ok(Group {
            head: r.fields[0].text.to_string(),
            kind: choose(path, r.line, &r.fields[1], "kind", &kinds)?,
            example: r.fields[2].text.to_string(),
            line: r.line,
        })
    })
}

pub(super) fn parse_boilerplate(
    path: &str,
    text: &str,
    errs: &mut Vec<RuleError>,
) -> Vec<BoilerplateRule> {
    let recs = records(path, text, &["kind", "scope", "pattern", "example"], errs);
    check_unique(path, &recs, errs, |r| {
        format!(
            "{} {} {}",
            r.fields[0].text, r.fields[1].text, r.fields[2].text
        )
    });
    let kinds = [
        ("player", BoilerplateKind::Player),
        ("caption", BoilerplateKind::Caption),
        ("banner", BoilerplateKind::Banner),
        ("source_line", BoilerplateKind::SourceLine),
        ("metadata", BoilerplateKind::Metadata),
        ("byline", BoilerplateKind::Byline),
        ("related", BoilerplateKind::Related),
    ];
    let scopes = [
        ("line", BoilerplateScope::Line),
        ("prefix", BoilerplateScope::Prefix),
        ("last", BoilerplateScope::Last),
        ("credit", BoilerplateScope::Credit),
    ];
    each(&recs, errs, |r| {
        Ok(BoilerplateRule {
            kind: choose(path, r.line, &r.fields[0], "kind", &kinds)?,
            scope: choose(path, r.line, &r.fields[1], "scope", &scopes)?,
            pattern: r.fields[2].text.to_string(),
            example: r.fields[3].text.to_string(),
            line: r.line,
        })
    })
}

pub(super) fn parse_abbreviations(
    path: &str,
    text: &str,
    errs: &mut Vec<RuleError>,
) -> Vec<Abbreviation> {
    let recs = records(path, text, &["abbreviation", "example"], errs);
    check_unique(path, &recs, errs, |r| r.fields[0].text.to_string());
    each(&recs, errs, |r| {
        if !r.fields[0].text.ends_with('.') {
            return Err(error(
                path,
                r.line,
                r.fields[0].col(),
                RuleErrorKind::NoFinalPeriod(r.fields[0].text.to_string()),
            ));
        }
        Ok(Abbreviation {
            text: r.fields[0].text.to_string(),
            example: r.fields[1].text.to_string(),
            line: r.line,
        })
    })
}

/// The lines of a `phrase | role | example` file (`rules/grammar.txt`, `rules/pairing_words.txt`):
/// each phrase in lower case with its role out of `roles`, its example and its line; a phrase
/// may appear once per role.
fn role_phrases<R: Copy>(
    path: &str,
    text: &str,
    roles: &[(&'static str, R)],
    errs: &mut Vec<RuleError>,
) -> Vec<(String, R, String, usize)> {
    let recs = records(path, text, &["phrase", "role", "example"], errs);
    check_unique(path, &recs, errs, |r| {
        format!("{} {}", r.fields[1].text, match_key(r.fields[0].text))
    });
    each(&recs, errs, |r| {
        Ok((
            r.fields[0].text.to_lowercase(),
            choose(path, r.line, &r.fields[1], "role", roles)?,
            r.fields[2].text.to_string(),
            r.line,
        ))
    })
}

pub(super) fn parse_grammar(path: &str, text: &str, errs: &mut Vec<RuleError>) -> Vec<GrammarWord> {
    role_phrases(path, text, &WordRole::ALL, errs)
        .into_iter()
        .map(|(phrase, role, example, line)| GrammarWord {
            phrase,
            role,
            example,
            line,
        })
        .collect()
}

pub(super) fn parse_stances(path: &str, text: &str, errs: &mut Vec<RuleError>) -> Vec<StanceWord> {
    let recs = records(path, text, &["phrase", "stance", "example"], errs);
    check_unique(path, &recs, errs, |r| match_key(r.fields[0].text));
    let stances = [
        ("peace", Stance::Peace),
        ("war", Stance::War),
        ("win", Stance::Win),
        ("repel", Stance::Repel),
        ("attack", Stance::Attack),
        ("denial", Stance::Denial),
        ("lie", Stance::Lie),
    ];
    each(&recs, errs, |r| {
        Ok(StanceWord {
            phrase: r.fields[0].text.to_lowercase(),
            stance: choose(path, r.line, &r.fields[1], "stance", &stances)?,
            example: r.fields[2].text.to_string(),
            line: r.line,
        })
    })
}

pub(super) fn parse_framings(path: &str, text: &str, errs: &mut Vec<RuleError>) -> Vec<Framing> {
    let recs = records(path, text, &["frame_a", "frame_b", "example"], errs);
    check_unique(path, &recs, errs, |r| {
        format!(
            "{} | {}",
            match_key(r.fields[0].text),
            match_key(r.fields[1].text)
        )
    });
    recs.iter()
        .map(|r| Framing {
            a: r.fields[0].text.to_lowercase(),
            b: r.fields[1].text.to_lowercase(),
            example: r.fields[2].text.to_string(),
            line: r.line,
        })
        .collect()
}

pub(super) fn parse_repairs(path: &str, text: &str, errs: &mut Vec<RuleError>) -> Vec<RepairRule> {
    let recs = records(path, text, &["from", "to", "condition", "example"], errs);
    each(&recs, errs, |r| {
        let cond_field = &r.fields[2];
        let mut conditions = Vec::new();
        for word in cond_field.text.split_whitespace() {
            let mut group = Vec::new();
            for atom in word.split('+') {
                let list = |s: &str| {
                    s.split(',')
                        .map(|x| x.trim().to_string())
                        .collect::<Vec<_>>()
                };
                let letters = |s: &str| {
                    list(s)
                        .iter()
                        .filter_map(|x| x.chars().next())
                        .collect::<Vec<char>>()
                };
                let cond = if let Some(rest) = atom.strip_prefix("final-not:") {
                    RepairCondition::FinalNotIn(list(rest))
                } else if let Some(rest) = atom.strip_prefix("final:") {
                    RepairCondition::FinalIn(list(rest))
                } else if let Some(rest) = atom.strip_prefix("not-after:") {
                    RepairCondition::NotAfter(letters(rest))
                } else if let Some(rest) = atom.strip_prefix("after:") {
                    RepairCondition::After(letters(rest))
                } else if atom == "alone" {
                    RepairCondition::Alone
                } else {
                    return Err(error(
                        path,
                        r.line,
                        cond_field.col(),
                        RuleErrorKind::UnknownCondition(atom.to_string()),
                    ));
                };
                group.push(cond);
            }
            conditions.push(group);
        }
        Ok(RepairRule {
            from: r.fields[0].text.to_string(),
            to: r.fields[1].text.to_string(),
            conditions,
            example: r.fields[3].text.to_string(),
            line: r.line,
        })
    })
}

/// A number meaning of `rules/figures.txt`: one value (`3`) or a range (`10-99`).
///
/// ```text
/// "10-99" → (10, Some(99))
/// ```
pub(super) fn number_range(text: &str) -> IResult<&str, (u64, Option<u64>)> {
    use nom::character::complete::u64 as number;
    use nom::combinator::{all_consuming, opt};
    use nom::sequence::preceded;
    all_consuming((number, opt(preceded(char('-'), number)))).parse(text)
}

pub(super) fn parse_figures(path: &str, text: &str, errs: &mut Vec<RuleError>) -> Vec<FigureWord> {
    let recs = records(path, text, &["phrase", "meaning", "example"], errs);
    check_unique(path, &recs, errs, |r| match_key(r.fields[0].text));
    each(&recs, errs, |r| {
        let field = &r.fields[1];
        let number = number_range(field.text)
            .ok()
            .map(|(_, (low, high))| (low, high.unwrap_or(low)));
        let meaning = match number {
            Some((low, high)) if low <= high => FigureMeaning::Number { low, high },
            Some(_) => {
                return Err(error(
                    path,
                    r.line,
                    field.col(),
                    RuleErrorKind::BadRange(field.text.to_string()),
                ))
            }
            None => FigureMeaning::NAMED
                .iter()
                .find(|(name, _)| *name == field.text)
                .map(|(_, m)| *m)
                .ok_or_else(|| {
                    let names = FigureMeaning::NAMED.iter().map(|(n, _)| *n);
                    error(
                        path,
                        r.line,
                        field.col(),
                        RuleErrorKind::Unknown {
                            what: "meaning",
                            value: field.text.to_string(),
                            expected: names.chain(["a number (3) or range (10-99)"]).collect(),
                        },
                    )
                })?,
        };
        Ok(FigureWord {
            phrase: r.fields[0].text.to_lowercase(),
            meaning,
            example: r.fields[2].text.to_string(),
            line: r.line,
        })
    })
}

pub(super) fn parse_pair_words(path: &str, text: &str, errs: &mut Vec<RuleError>) -> Vec<PairWord> {
    role_phrases(path, text, &PairWordRole::ALL, errs)
        .into_iter()
        .map(|(phrase, role, example, line)| PairWord {
            phrase,
            role,
            example,
            line,
        })
        .collect()
}

/// `rules/pairing.txt`: `name | within | across`, the name `bias`, `threshold` or a
/// feature, the values decimal numbers. Both thresholds must be given.
pub(super) fn parse_pair_weights(
    path: &str,
    text: &str,
    errs: &mut Vec<RuleError>,
) -> Vec<PairWeight> {
    let recs = records(path, text, &["name", "within", "across"], errs);
    check_unique(path, &recs, errs, |r| r.fields[0].text.to_string());
    let mut params: Vec<(&'static str, PairParam)> = vec![
        ("bias", PairParam::Bias),
        ("threshold", PairParam::Threshold),
    ];
    params.extend(
        PairFeature::ALL
            .iter()
            .map(|&(n, f)| (n, PairParam::Weight(f))),
    );
    let number = |r: &Record, i: usize| -> Result<f64, RuleError> {
        let f = &r.fields[i];
        f.text
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite())
            .ok_or_else(|| {
                error(
                    path,
                    r.line,
                    f.col(),
                    RuleErrorKind::NotANumber(f.text.to_string()),
                )
            })
    };
    let weights = each(&recs, errs, |r| {
        Ok(PairWeight {
            param: choose(path, r.line, &r.fields[0], "name", &params)?,
            within: number(r, 1)?,
            across: number(r, 2)?,
            line: r.line,
        })
    });
    // A `threshold` line with a bad value is reported as itself, not as missing too.
    if !recs.iter().any(|r| r.fields[0].text == "threshold") {
        errs.push(RuleError {
            path: path.to_string(),
            line: None,
            col: 1,
            kind: RuleErrorKind::Missing("threshold"),
        });
    }
    weights
}
