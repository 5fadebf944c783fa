//! The label table, `rules/report/labels.txt`: every word of the reports people read (the
//! Markdown review, the HTML page, the terminal view, the text layer) in English and
//! Vietnamese, and the templates of the conflict reasons.
//!
//! The words live in a file an editor can read, like the rules, and the file is checked as
//! strictly: every [`Label`] the code uses must be there once with both languages, and every
//! template must use each of its key's slots once. It is not a rule file: the reports are not
//! analysis, so a `--rules` folder does not change it; it is compiled in ([`LABELS_TEXT`]).
//!
//! ```text
//! reason.mutual | {a} and {b} accuse each other: {first} ~ {second} | {a} và {b} cáo buộc lẫn nhau: {first} ~ {second}
//! ```

use super::parse::{check_unique, choose, col_of, error, records, Field};
use super::{BoilerplateKind, CueClass, RuleError, RuleErrorKind, RuleErrors};

/// Where the label table is, for messages.
pub(crate) const LABELS_PATH: &str = "rules/report/labels.txt";
/// The label table, compiled in.
pub(crate) const LABELS_TEXT: &str = include_str!("../../rules/report/labels.txt");

/// What fills a slot of a template.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Slot {
    /// Text of the report, shown as it is: a name, an excerpt, a number.
    Text,
    /// One of these labels, its own slots filled.
    One(&'static [Label]),
    /// One of these labels, or else text as it is.
    OneOrText(&'static [Label]),
}

/// Declares [`Label`]: each variant with its key in the file and its slots, in the order the
/// code fills them.
macro_rules! labels {
    ($($(#[doc = $doc:literal])+ $name:ident = $key:literal $([$($slot:ident: $kind:expr),+])?;)+) => {
        /// A key of the label table: a word or a template of the reports.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub(crate) enum Label {
            $($(#[doc = $doc])+ $name,)+
        }

        impl Label {
            /// Every label, in declaration order (`Label as usize` indexes it).
            pub(crate) const ALL: &'static [Label] = &[$(Label::$name,)+];

            /// Its key in the file.
            pub(crate) fn key(self) -> &'static str {
                match self {
                    $(Label::$name => $key,)+
                }
            }

            /// Its slots, by name, in the order the code fills them.
            pub(crate) fn slots(self) -> &'static [(&'static str, Slot)] {
                match self {
                    $(Label::$name => &[$($((stringify!($slot), $kind),)+)?],)+
                }
            }
        }
    };
}

/// The cue classes.
const CLASSES: &[Label] = &[
    Label::ClassState,
    Label::ClassReport,
    Label::ClassAccuse,
    Label::ClassDeny,
    Label::ClassCondemn,
    Label::ClassCall,
    Label::ClassWarn,
];
/// How a rebuttal rebuts.
const HOW: &[Label] = &[
    Label::HowDeny,
    Label::HowFalsity,
    Label::HowCondemn,
    Label::HowNegation,
];
/// What ties a rebuttal to the claim it rejects.
const TIES: &[Label] = &[
    Label::TieAccused,
    Label::TiePointsBack,
    Label::TieNamed,
    Label::TieAnswers,
    Label::TieObject,
    Label::TieContinues,
];
/// What a rebuttal rejects.
const OBJECTS: &[Label] = &[Label::ObjectNone, Label::ObjectText, Label::ObjectBack];
/// What clashes, by kind.
const REASONS: &[Label] = &[
    Label::ReasonRebuttalTied,
    Label::ReasonRebuttal,
    Label::ReasonNegatedAnswer,
    Label::ReasonOpposite,
    Label::ReasonMutual,
    Label::ReasonFigures,
    Label::ReasonFiguresOnly,
    Label::ReasonOutcome,
    Label::ReasonCall,
    Label::ReasonFraming,
    Label::ReasonFramingText,
];
const NO_SIGNALS: &[Label] = &[Label::NoSignals];

labels! {
    /// A cue class: `state`.
    ClassState = "class.state";
    /// `report`.
    ClassReport = "class.report";
    /// `accuse`.
    ClassAccuse = "class.accuse";
    /// `deny`.
    ClassDeny = "class.deny";
    /// `condemn`.
    ClassCondemn = "class.condemn";
    /// `call`.
    ClassCall = "class.call";
    /// `warn`.
    ClassWarn = "class.warn";
    /// A conflict kind: `denial`.
    KindDenial = "kind.denial";
    /// `mutual_accusation`.
    KindMutualAccusation = "kind.mutual_accusation";
    /// `numeric`.
    KindNumeric = "kind.numeric";
    /// `framing`.
    KindFraming = "kind.framing";
    /// `outcome`.
    KindOutcome = "kind.outcome";
    /// `opposing_call`.
    KindOpposingCall = "kind.opposing_call";
    /// A claim's negative polarity.
    Negated = "claim.negated";
    /// The cue of a bare quotation (`quote` in the report).
    Quote = "claim.quote";
    /// The sources a claim came through.
    Via = "claim.via" [sources: Slot::Text];
    /// The rule that found a claim, or that paired a conflict.
    Rule = "claim.rule" [rule: Slot::Text];
    /// An article without claims.
    NoClaims = "claims.none";
    /// The claim id, as a column.
    PartId = "part.id";
    /// Who said it.
    PartSpeaker = "part.speaker";
    /// The speaker's side.
    PartSide = "part.side";
    /// The reporting cue.
    PartCue = "part.cue";
    /// The cue's class.
    PartClass = "part.class";
    /// Whom it is aimed at.
    PartTarget = "part.target";
    /// What was said.
    PartContent = "part.content";
    /// The rule that found it.
    PartRule = "part.rule";
    /// In place of an article whose text a renderer was not given.
    NoText = "article.no_text";
    /// The title of a page of several articles.
    Articles = "page.articles" [count: Slot::Text];
    /// The counts at the top of a page.
    Counts = "page.counts" [claims: Slot::Text, conflicts: Slot::Text];
    /// The heading of the conflicts.
    Conflicts = "conflicts.heading";
    /// No conflicts.
    NoConflicts = "conflicts.none";
    /// The two claims of a conflict.
    Pair = "conflicts.pair" [a: Slot::Text, b: Slot::Text];
    /// A conflict's reason: what clashes, the signals, the probability.
    Why = "why" [head: Slot::One(REASONS), signals: Slot::OneOrText(NO_SIGNALS), p: Slot::Text];
    /// No signal weighed.
    NoSignals = "why.no_signals";
    /// A rebuttal against what another claim says.
    ReasonRebuttal = "reason.rebuttal" [
        speaker: Slot::Text,
        how: Slot::One(HOW),
        object: Slot::One(OBJECTS),
        other: Slot::Text,
        said: Slot::Text
    ];
    /// A rebuttal against what another claim says, and what ties the two.
    ReasonRebuttalTied = "reason.rebuttal_tied" [
        speaker: Slot::Text,
        how: Slot::One(HOW),
        object: Slot::One(OBJECTS),
        other: Slot::Text,
        said: Slot::Text,
        tie: Slot::One(TIES)
    ];
    /// The other claim accuses the rebutter.
    TieAccused = "tie.accused";
    /// The rebuttal points back to the other claim.
    TiePointsBack = "tie.points_back";
    /// The rebuttal names the other speaker.
    TieNamed = "tie.named";
    /// A denial right after a claim naming the denier, sharing words.
    TieAnswers = "tie.answers" [score: Slot::Text];
    /// What the rebuttal rejects matches the other claim.
    TieObject = "tie.object" [score: Slot::Text];
    /// The rebuttal is one of its side's run, another of which is tied to the other claim.
    TieContinues = "tie.continues";
    /// A rebuttal by its cue.
    HowDeny = "how.deny" [class: Slot::One(CLASSES)];
    /// A rebuttal that calls something false.
    HowFalsity = "how.falsity" [word: Slot::Text];
    /// A rebuttal that condemns accusations.
    HowCondemn = "how.condemn";
    /// A rebuttal by negation.
    HowNegation = "how.negation" [percent: Slot::Text];
    /// A rebuttal without an object of its own.
    ObjectNone = "object.none";
    /// A rebuttal's object.
    ObjectText = "object.text" [text: Slot::Text];
    /// A rebuttal's object and the claims it points back to.
    ObjectBack = "object.back" [object: Slot::One(OBJECTS), claims: Slot::Text];
    /// A negation answering the claim just made about its speaker.
    ReasonNegatedAnswer = "reason.negated_answer" [
        answer: Slot::Text,
        said: Slot::Text,
        first: Slot::Text,
        second: Slot::Text
    ];
    /// A denial without a rebuttal to name.
    ReasonOpposite = "reason.opposite" [
        a: Slot::Text,
        b: Slot::Text,
        first: Slot::Text,
        second: Slot::Text
    ];
    /// A mutual accusation.
    ReasonMutual = "reason.mutual" [
        a: Slot::Text,
        b: Slot::Text,
        first: Slot::Text,
        second: Slot::Text
    ];
    /// Different figures for one quantity.
    ReasonFigures = "reason.figures" [
        a: Slot::Text,
        b: Slot::Text,
        what: Slot::Text,
        first: Slot::Text,
        second: Slot::Text
    ];
    /// Different figures, the quantity not found.
    ReasonFiguresOnly = "reason.figures_only" [a: Slot::Text, b: Slot::Text];
    /// A gain against an attack repelled.
    ReasonOutcome = "reason.outcome" [
        winner: Slot::Text,
        gain: Slot::Text,
        holder: Slot::Text,
        held: Slot::Text
    ];
    /// A call against a push the other way.
    ReasonCall = "reason.call" [
        caller: Slot::Text,
        call: Slot::Text,
        other: Slot::Text,
        push: Slot::Text
    ];
    /// The two sides of a framing opposition.
    ReasonFraming = "reason.framing" [
        a: Slot::Text,
        first: Slot::Text,
        b: Slot::Text,
        second: Slot::Text
    ];
    /// A framing conflict without an opposition to name.
    ReasonFramingText = "reason.framing_text" [
        a: Slot::Text,
        b: Slot::Text,
        first: Slot::Text,
        second: Slot::Text
    ];
    /// The first line of the text layer.
    LayerDocument = "layer.document" [
        name: Slot::Text,
        raw: Slot::Text,
        working: Slot::Text,
        broken: Slot::One(YES_NO),
        date: Slot::Text
    ];
    /// Yes.
    Yes = "layer.yes";
    /// No.
    No = "layer.no";
    /// The count of repairs.
    LayerRepairs = "layer.repairs" [count: Slot::Text];
    /// The count of boilerplate pieces.
    LayerBoilerplate = "layer.boilerplate" [count: Slot::Text];
    /// A paragraph.
    LayerParagraph = "layer.paragraph" [index: Slot::Text];
    /// A sentence.
    LayerSentence = "layer.sentence";
    /// The count of quotations.
    LayerQuotations = "layer.quotations" [count: Slot::Text];
    /// How deep a quotation is nested.
    LayerDepth = "layer.depth" [depth: Slot::Text];
    /// A quotation whose closing mark is missing.
    LayerUnclosed = "layer.unclosed";
    /// A boilerplate kind: video player controls.
    BoilerplatePlayer = "boilerplate.player";
    /// A caption.
    BoilerplateCaption = "boilerplate.caption";
    /// A site banner.
    BoilerplateBanner = "boilerplate.banner";
    /// The closing source line.
    BoilerplateSourceLine = "boilerplate.source_line";
    /// Document metadata.
    BoilerplateMetadata = "boilerplate.metadata";
    /// The author's name.
    BoilerplateByline = "boilerplate.byline";
    /// A link to a related article.
    BoilerplateRelated = "boilerplate.related";
}

/// Yes or no.
const YES_NO: &[Label] = &[Label::Yes, Label::No];

impl Label {
    /// The label of a cue class.
    pub(crate) fn class(class: CueClass) -> Label {
        match class {
            CueClass::State => Label::ClassState,
            CueClass::Report => Label::ClassReport,
            CueClass::Accuse => Label::ClassAccuse,
            CueClass::Deny => Label::ClassDeny,
            CueClass::Condemn => Label::ClassCondemn,
            CueClass::Call => Label::ClassCall,
            CueClass::Warn => Label::ClassWarn,
        }
    }

    /// The label of a boilerplate kind.
    pub(crate) fn boilerplate(kind: BoilerplateKind) -> Label {
        match kind {
            BoilerplateKind::Player => Label::BoilerplatePlayer,
            BoilerplateKind::Caption => Label::BoilerplateCaption,
            BoilerplateKind::Banner => Label::BoilerplateBanner,
            BoilerplateKind::SourceLine => Label::BoilerplateSourceLine,
            BoilerplateKind::Metadata => Label::BoilerplateMetadata,
            BoilerplateKind::Byline => Label::BoilerplateByline,
            BoilerplateKind::Related => Label::BoilerplateRelated,
        }
    }

    /// Yes or no.
    pub(crate) fn yes_no(yes: bool) -> Label {
        if yes {
            Label::Yes
        } else {
            Label::No
        }
    }
}

/// A piece of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Text written as it is.
    Text(String),
    /// The slot with this index in [`Label::slots`].
    Slot(usize),
}

/// One language's text of a label, cut at its slots.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Template {
    /// As written in the file.
    pub text: String,
    /// The text cut into pieces; every slot appears once.
    pub pieces: Vec<Piece>,
}

/// A label in both languages.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Texts {
    /// English.
    pub en: Template,
    /// Vietnamese.
    pub vi: Template,
}

/// Every label of [`Label::ALL`] in both languages, indexed by `Label as usize`.
#[derive(Clone, Debug)]
pub(crate) struct LabelTable(Vec<Texts>);

impl LabelTable {
    /// The texts of `label`.
    pub(crate) fn get(&self, label: Label) -> &Texts {
        &self.0[label as usize]
    }
}

/// Reads the label table from `text` (its file is `path`, for messages): `key | en | vi` a
/// line. Fails with every problem, each with its position: a line that does not split into three
/// fields, an unknown or repeated key, a key of [`Label::ALL`] that is not there, a slot that is
/// unknown, unclosed, not used exactly once, or (in English, which is read back) right after
/// another slot.
pub(crate) fn parse_labels(path: &str, text: &str) -> Result<LabelTable, RuleErrors> {
    let mut errs = Vec::new();
    let recs = records(path, text, &["key", "en", "vi"], &mut errs);
    check_unique(path, &recs, &mut errs, |r| r.fields[0].text.to_string());
    let keys: Vec<(&'static str, Label)> = Label::ALL.iter().map(|&l| (l.key(), l)).collect();
    let mut seen = vec![false; Label::ALL.len()];
    let mut table: Vec<Option<Texts>> = vec![None; Label::ALL.len()];
    for r in &recs {
        let label = match choose(path, r.line, &r.fields[0], "key", &keys) {
            Ok(label) => label,
            Err(e) => {
                errs.push(e);
                continue;
            }
        };
        if std::mem::replace(&mut seen[label as usize], true) {
            continue; // a repeated key, reported above
        }
        let en = template(path, r.line, &r.fields[1], label, true, &mut errs);
        let vi = template(path, r.line, &r.fields[2], label, false, &mut errs);
        if let (Some(en), Some(vi)) = (en, vi) {
            table[label as usize] = Some(Texts { en, vi });
        }
    }
    errs.sort_by_key(|e| (e.line, e.col));
    // A key on a line that does not parse is reported with that line, not as missing too.
    let written: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| l.split('|').next().unwrap_or_default().trim())
        .collect();
    for (label, seen) in Label::ALL.iter().zip(&seen) {
        if !seen && !written.contains(&label.key()) {
            errs.push(RuleError {
                path: path.to_string(),
                line: None,
                col: 1,
                kind: RuleErrorKind::Missing(label.key()),
            });
        }
    }
    if let Some(errors) = RuleErrors::new(errs) {
        return Err(errors);
    }
    Ok(LabelTable(table.into_iter().flatten().collect()))
}

/// One language's text of `label`, from `field`; `None` (its problems added to `errs`) when a
/// slot is unknown, unclosed, not used exactly once, or, if `read_back`, right after another.
fn template(
    path: &str,
    line: usize,
    field: &Field,
    label: Label,
    read_back: bool,
    errs: &mut Vec<RuleError>,
) -> Option<Template> {
    let slots = label.slots();
    let at = |part: &str, kind: RuleErrorKind| error(path, line, col_of(field.line, part), kind);
    let mut pieces = Vec::new();
    let mut used = vec![0usize; slots.len()];
    let mut ok = true;
    let mut rest = field.text;
    while !rest.is_empty() {
        let Some(open) = rest.find('{') else {
            pieces.push(Piece::Text(rest.to_string()));
            break;
        };
        if open > 0 {
            pieces.push(Piece::Text(rest[..open].to_string()));
        }
        let Some(close) = rest[open..].find('}').map(|c| open + c) else {
            errs.push(at(&rest[open..], RuleErrorKind::UnclosedSlot));
            return None;
        };
        let name = &rest[open + 1..close];
        match slots.iter().position(|(n, _)| *n == name) {
            Some(i) => {
                used[i] += 1;
                if let (true, Some(Piece::Slot(before))) = (read_back, pieces.last()) {
                    errs.push(at(
                        &rest[open..],
                        RuleErrorKind::AdjacentSlots {
                            first: slots[*before].0,
                            second: slots[i].0,
                        },
                    ));
                    ok = false;
                }
                pieces.push(Piece::Slot(i));
            }
            None => {
                errs.push(at(
                    &rest[open..],
                    RuleErrorKind::Unknown {
                        what: "slot",
                        value: name.to_string(),
                        expected: slots.iter().map(|(n, _)| *n).collect(),
                    },
                ));
                ok = false;
            }
        }
        rest = &rest[close + 1..];
    }
    for ((name, _), &n) in slots.iter().zip(&used) {
        if n != 1 {
            errs.push(at(
                field.text,
                RuleErrorKind::SlotCount {
                    slot: name,
                    found: n,
                },
            ));
            ok = false;
        }
    }
    ok.then(|| Template {
        text: field.text.to_string(),
        pieces,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PATH: &str = LABELS_PATH;

    /// The embedded table with `edit` applied to its text.
    fn edited(edit: impl FnOnce(String) -> String) -> Result<LabelTable, RuleErrors> {
        let text = edit(LABELS_TEXT.to_string());
        parse_labels(PATH, &text)
    }

    fn messages(e: RuleErrors) -> Vec<String> {
        e.iter().map(ToString::to_string).collect()
    }

    #[test]
    fn the_embedded_table_has_every_label_in_both_languages() {
        let table = parse_labels(PATH, LABELS_TEXT).unwrap();
        for &label in Label::ALL {
            let texts = table.get(label);
            assert!(!texts.en.text.is_empty() && !texts.vi.text.is_empty());
        }
    }

    #[test]
    fn the_embedded_table_is_nfc_vietnamese() {
        use unicode_normalization::UnicodeNormalization;
        let table = parse_labels(PATH, LABELS_TEXT).unwrap();
        for &label in Label::ALL {
            let vi = &table.get(label).vi.text;
            assert_eq!(&vi.nfc().collect::<String>(), vi, "{}", label.key());
        }
        assert_eq!(table.get(Label::Conflicts).vi.text, "Mâu thuẫn");
        assert_eq!(table.get(Label::PartSpeaker).vi.text, "người nói");
    }

    #[test]
    fn a_missing_key_is_an_error_naming_it() {
        let e = edited(|t| t.replace("why.no_signals | none | không có\n", "")).unwrap_err();
        assert_eq!(
            messages(e),
            ["rules/report/labels.txt: no 'why.no_signals' line"]
        );
    }

    #[test]
    fn unknown_and_repeated_keys_are_errors_with_their_position() {
        let e = edited(|t| format!("class.sate | state | phát biểu\n{t}")).unwrap_err();
        assert!(
            messages(e)[0].starts_with(
                "rules/report/labels.txt:1:1: unknown key 'class.sate' (expected one of: class.state, class.report,"
            ),
        );
        let text = LABELS_TEXT;
        let first = 1 + text
            .lines()
            .position(|l| l.starts_with("class.state "))
            .unwrap();
        let last = text.lines().count() + 1;
        let e = edited(|t| format!("{t}class.state | state | nói\n")).unwrap_err();
        assert_eq!(
            messages(e),
            [format!(
                "rules/report/labels.txt:{last}:1: duplicate entry 'class.state' (first at line {first})"
            )]
        );
    }

    #[test]
    fn a_missing_language_is_an_error() {
        let e = edited(|t| t.replace("part.side | side | phe", "part.side | side")).unwrap_err();
        let m = messages(e);
        assert_eq!(m.len(), 1, "{m:?}");
        assert!(
            m[0].ends_with(": expected 3 fields (key | en | vi), found 2"),
            "{m:?}"
        );
        let e = edited(|t| t.replace("part.side | side | phe", "part.side | side | ")).unwrap_err();
        assert!(messages(e)[0].ends_with(": empty field 'vi'"));
    }

    #[test]
    fn slots_are_checked_in_both_languages() {
        let bad = |from: &str, to: &str| {
            let e = edited(|t| {
                assert!(t.contains(from), "{from}");
                t.replace(from, to)
            })
            .unwrap_err();
            messages(e)
        };
        // Unknown, with its column (in characters).
        let m = bad("| qua {sources}\n", "| qua {source}\n");
        assert_eq!(m.len(), 2, "{m:?}");
        assert!(
            m[0].ends_with(":29: slot 'sources' is used 0 times (once expected)"),
            "{m:?}"
        );
        assert!(
            m[1].ends_with(":33: unknown slot 'source' (expected one of: sources)"),
            "{m:?}"
        );
        // Twice, and in a label that has none.
        let m = bad("| qua {sources}\n", "| qua {sources} {sources}\n");
        assert!(m[0].ends_with("slot 'sources' is used 2 times (once expected)"));
        let m = bad("| None. |", "| None {a}. |");
        assert!(
            m[0].ends_with("unknown slot 'a' (this entry has none)"),
            "{m:?}"
        );
        // Unclosed.
        let m = bad("| qua {sources}\n", "| qua {sources\n");
        assert!(m[0].ends_with(":33: a '{' without its '}'"), "{m:?}");
        // English slots are read back, so they need text between them; Vietnamese ones do not.
        let m = bad("| {a} vs {b} |", "| {a}{b} |");
        assert!(
            m[0].ends_with("slots 'a' and 'b' need text between them (English is read back)"),
            "{m:?}"
        );
        assert!(edited(|t| t.replace("| {a} và {b}", "| {a}{b}")).is_ok());
    }
}
