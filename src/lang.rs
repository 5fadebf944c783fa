//! The language of the reports people read: Vietnamese or English labels and conflict
//! reasons in the Markdown review, the HTML page, the terminal view and the text layer.
//!
//! The words come from the label table, `rules/report/labels.txt`, compiled in. The JSON report
//! never changes with the language: its keys and values (the wire names of kinds and classes,
//! the English `why` of a conflict) are the same for everyone. A conflict's reason is a
//! [`Phrase`], a label with its slots filled; its English is the `why` of the report, and the
//! renderers read that English back with the same templates to show it in Vietnamese, so a
//! report read back from JSON is shown in Vietnamese too.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::rules::{
    parse_labels, Label, LabelTable, Piece, Slot, Template, LABELS_PATH, LABELS_TEXT,
};

/// The language of the labels and conflict reasons in a rendered report.
///
/// Vietnamese is the default: the articles are Vietnamese and so are their readers. The JSON
/// report is the same in either language.
///
/// ```
/// use doichieu::Lang;
/// assert_eq!("vi".parse::<Lang>(), Ok(Lang::Vi));
/// assert_eq!("EN".parse::<Lang>(), Ok(Lang::En));
/// assert!("fr".parse::<Lang>().is_err());
/// assert_eq!(Lang::default().to_string(), "vi");
/// ```
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Vietnamese (`vi`).
    #[default]
    Vi,
    /// English (`en`): the words the JSON report uses for kinds and classes.
    En,
}

impl Lang {
    /// Every language, the default first.
    pub const ALL: [Lang; 2] = [Lang::Vi, Lang::En];

    /// The ISO 639-1 code: `vi` or `en`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Vi => "vi",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language code other than `vi` or `en`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseLangError(String);

impl fmt::Display for ParseLangError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unknown language '{}' (expected vi or en)", self.0)
    }
}

impl std::error::Error for ParseLangError {}

impl FromStr for Lang {
    type Err = ParseLangError;

    /// `vi` or `en`, in any case.
    fn from_str(s: &str) -> Result<Lang, ParseLangError> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(s))
            .ok_or_else(|| ParseLangError(s.to_string()))
    }
}

/// The compiled-in label table, read on first use. It is checked by the test suite, so this
/// cannot fail in a released build.
fn table() -> &'static LabelTable {
    static TABLE: OnceLock<LabelTable> = OnceLock::new();
    TABLE.get_or_init(|| match parse_labels(LABELS_PATH, LABELS_TEXT) {
        Ok(table) => table,
        Err(e) => panic!("the embedded labels are invalid: {e}"),
    })
}

impl Label {
    /// Its template in `lang`.
    pub(crate) fn template(self, lang: Lang) -> &'static Template {
        let texts = table().get(self);
        match lang {
            Lang::Vi => &texts.vi,
            Lang::En => &texts.en,
        }
    }

    /// Its text in `lang`, for a label without slots.
    pub(crate) fn text(self, lang: Lang) -> &'static str {
        debug_assert!(self.slots().is_empty(), "{} has slots", self.key());
        &self.template(lang).text
    }

    /// Its template in `lang` with the slots filled by `args`, in the order of
    /// [`Label::slots`].
    pub(crate) fn fill(self, lang: Lang, args: &[&str]) -> String {
        debug_assert_eq!(args.len(), self.slots().len(), "{}", self.key());
        let mut out = String::new();
        for piece in &self.template(lang).pieces {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Slot(i) => out.push_str(args[*i]),
            }
        }
        out
    }
}

/// A label with its slots filled: text that can be written in either language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Phrase {
    label: Label,
    args: Vec<Arg>,
}

/// What fills one slot of a [`Phrase`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Arg {
    /// Text shown as it is.
    Text(String),
    /// Another phrase, written in the same language.
    Phrase(Phrase),
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_string())
    }
}

impl From<Phrase> for Arg {
    fn from(phrase: Phrase) -> Arg {
        Arg::Phrase(phrase)
    }
}

impl From<Label> for Arg {
    fn from(label: Label) -> Arg {
        Arg::Phrase(Phrase::new(label, []))
    }
}

impl Phrase {
    /// `label` with its slots filled by `args`, in the order of [`Label::slots`].
    pub(crate) fn new<const N: usize>(label: Label, args: [Arg; N]) -> Phrase {
        debug_assert_eq!(N, label.slots().len(), "{}", label.key());
        debug_assert!(
            label
                .slots()
                .iter()
                .zip(&args)
                .all(|((_, slot), arg)| fits(*slot, arg)),
            "{}: an argument of the wrong kind",
            label.key()
        );
        Phrase {
            label,
            args: args.into(),
        }
    }

    /// The phrase written in `lang`.
    pub(crate) fn write(&self, lang: Lang) -> String {
        let mut out = String::new();
        self.write_into(lang, &mut out);
        out
    }

    fn write_into(&self, lang: Lang, out: &mut String) {
        for piece in &self.label.template(lang).pieces {
            match piece {
                Piece::Text(t) => out.push_str(t),
                Piece::Slot(i) => match &self.args[*i] {
                    Arg::Text(t) => out.push_str(t),
                    Arg::Phrase(p) => p.write_into(lang, out),
                },
            }
        }
    }

    /// The phrase whose English is `text`, as one of `labels` (tried in order); `None` when
    /// none fits. Where a text slot could end at several places, the first that lets the rest
    /// fit is taken.
    pub(crate) fn read(labels: &[Label], text: &str) -> Option<Phrase> {
        labels.iter().find_map(|&label| {
            let mut args = vec![None; label.slots().len()];
            let pieces = &label.template(Lang::En).pieces;
            read_pieces(label, pieces, text, &mut args).then(|| Phrase {
                label,
                args: args
                    .into_iter()
                    .map(|a| a.expect("every slot read"))
                    .collect(),
            })
        })
    }
}

/// Whether `arg` may fill a slot of kind `slot`.
fn fits(slot: Slot, arg: &Arg) -> bool {
    match (slot, arg) {
        (Slot::Text, Arg::Text(_)) | (Slot::OneOrText(_), Arg::Text(_)) => true,
        (Slot::One(labels) | Slot::OneOrText(labels), Arg::Phrase(p)) => labels.contains(&p.label),
        (Slot::One(_), Arg::Text(_)) | (Slot::Text, Arg::Phrase(_)) => false,
    }
}

/// Matches `pieces` of `label`'s English template against all of `text`, filling `args`.
fn read_pieces(label: Label, pieces: &[Piece], text: &str, args: &mut [Option<Arg>]) -> bool {
    match pieces.split_first() {
        None => text.is_empty(),
        Some((Piece::Text(t), rest)) => text
            .strip_prefix(t.as_str())
            .is_some_and(|after| read_pieces(label, rest, after, args)),
        Some((Piece::Slot(i), rest)) => {
            // Where the slot may end: at the end, or where the text after it starts (two
            // slots always have text between them in English).
            let ends: Vec<usize> = match rest.first() {
                None => vec![text.len()],
                Some(Piece::Text(next)) => (0..=text.len())
                    .filter(|&k| text.is_char_boundary(k) && text[k..].starts_with(next.as_str()))
                    .collect(),
                Some(Piece::Slot(_)) => Vec::new(),
            };
            for end in ends {
                if let Some(arg) = read_slot(label.slots()[*i].1, &text[..end]) {
                    args[*i] = Some(arg);
                    if read_pieces(label, rest, &text[end..], args) {
                        return true;
                    }
                }
            }
            false
        }
    }
}

/// What fills a slot of kind `slot` when its English is `text`.
fn read_slot(slot: Slot, text: &str) -> Option<Arg> {
    match slot {
        Slot::Text => Some(Arg::Text(text.to_string())),
        Slot::One(labels) => Phrase::read(labels, text).map(Arg::Phrase),
        Slot::OneOrText(labels) => Some(
            Phrase::read(labels, text).map_or_else(|| Arg::Text(text.to_string()), Arg::Phrase),
        ),
    }
}

/// The longest `why` that is read back. doichieu writes a few hundred bytes (its excerpts are
/// twelve words); reading back tries the places where each slot may end, so a report from
/// elsewhere with a huge `why` is shown as it is rather than searched.
const WHY_MAX_BYTES: usize = 16 * 1024;

/// A conflict's reason (the English `why` of the report) in `lang`: read back with the English
/// templates and written in `lang`; as it is when it is English already, or when it does not
/// read back (a report written with other templates, or too long to be doichieu's).
pub(crate) fn why(why: &str, lang: Lang) -> Cow<'_, str> {
    match lang {
        Lang::En => Cow::Borrowed(why),
        _ if why.len() > WHY_MAX_BYTES => Cow::Borrowed(why),
        _ => Phrase::read(&[Label::Why], why)
            .map_or(Cow::Borrowed(why), |p| Cow::Owned(p.write(lang))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn why_of(head: Phrase, signals: &str) -> Phrase {
        let signals = if signals.is_empty() {
            Arg::from(Label::NoSignals)
        } else {
            Arg::from(signals)
        };
        Phrase::new(Label::Why, [head.into(), signals, "0.89".into()])
    }

    /// A reason of every template, with text that looks like the separators around it.
    fn every_reason() -> Vec<Phrase> {
        use Label::*;
        let t = |s: &str| Arg::from(s);
        let object = Phrase::new(ObjectText, [t("việc có quân đội; trong khu vực")]);
        let heads = vec![
            Phrase::new(
                ReasonRebuttal,
                [
                    t("Bộ Quốc phòng Armenia"),
                    Phrase::new(HowDeny, [ClassDeny.into()]).into(),
                    Phrase::new(ObjectBack, [object.clone().into(), t("c7, c9")]).into(),
                    t("Azerbaijan"),
                    t("cần khôi phục trật tự hiến pháp ~ và …"),
                ],
            ),
            Phrase::new(
                ReasonRebuttal,
                [
                    t("Nga"),
                    Phrase::new(HowFalsity, [t("bịa đặt")]).into(),
                    ObjectNone.into(),
                    t("Mỹ"),
                    t("Nga đã tấn công"),
                ],
            ),
            Phrase::new(
                ReasonRebuttal,
                [t("EU"), HowCondemn.into(), object.into(), t("Nga"), t("x")],
            ),
            Phrase::new(
                ReasonRebuttal,
                [
                    t("Iran"),
                    Phrase::new(HowNegation, [t("75")]).into(),
                    ObjectNone.into(),
                    t("Israel"),
                    t("Iran phóng tên lửa"),
                ],
            ),
            Phrase::new(
                ReasonNegatedAnswer,
                [
                    t("Azerbaijan"),
                    t("Nikol Pashinyan"),
                    t("\"150 sĩ quan\" …"),
                    t("không có nhân sự nước ngoài"),
                ],
            ),
            Phrase::new(ReasonOpposite, [t("A"), t("B"), t("có"), t("không")]),
            Phrase::new(
                ReasonMutual,
                [
                    t("Armenia"),
                    t("Azerbaijan"),
                    t("vi phạm lệnh ngừng bắn"),
                    t("vi phạm lệnh ngừng bắn"),
                ],
            ),
            Phrase::new(
                ReasonFigures,
                [
                    t("Nga"),
                    t("Ukraine"),
                    t("binh sĩ thiệt mạng"),
                    t("2.300"),
                    t("400"),
                ],
            ),
            Phrase::new(ReasonFiguresOnly, [t("Nga"), t("Ukraine")]),
            Phrase::new(
                ReasonOutcome,
                [
                    t("Azerbaijan"),
                    t("chiếm được"),
                    t("Bộ Quốc phòng Armenia"),
                    t("đẩy lùi"),
                ],
            ),
            Phrase::new(
                ReasonCall,
                [
                    t("Pháp"),
                    t("hai bên ngừng bắn; đàm phán"),
                    t("Recep Tayyip Erdogan"),
                    t("Azerbaijan nên theo đuổi cuộc chiến"),
                ],
            ),
            Phrase::new(
                ReasonFraming,
                [
                    t("Azerbaijan"),
                    t("chiến dịch chống khủng bố"),
                    t("Armenia"),
                    t("xâm lấn"),
                ],
            ),
            Phrase::new(ReasonFramingText, [t("A"), t("B"), t("một"), t("hai")]),
            // A rebuttal with what ties it to the other claim (every tie; an excerpt with
            // the ` (` that opens the tie).
            Phrase::new(
                ReasonRebuttalTied,
                [
                    t("Nhà Trắng"),
                    Phrase::new(HowFalsity, [t("sai lệch")]).into(),
                    ObjectNone.into(),
                    t("Washington Post"),
                    t("ông Trump (tổng thống) đã tiết lộ"),
                    TiePointsBack.into(),
                ],
            ),
            Phrase::new(
                ReasonRebuttalTied,
                [
                    t("Nga"),
                    Phrase::new(HowDeny, [ClassDeny.into()]).into(),
                    ObjectNone.into(),
                    t("Séc"),
                    t("Nga đứng sau vụ nổ"),
                    Phrase::new(TieObject, [t("0.41")]).into(),
                ],
            ),
            Phrase::new(
                ReasonRebuttalTied,
                [
                    t("Moscow"),
                    Phrase::new(HowDeny, [ClassDeny.into()]).into(),
                    ObjectNone.into(),
                    t("Mỹ"),
                    t("Nga can thiệp"),
                    Phrase::new(TieAnswers, [t("0.20")]).into(),
                ],
            ),
            Phrase::new(
                ReasonRebuttalTied,
                [
                    t("Azerbaijan"),
                    HowCondemn.into(),
                    ObjectNone.into(),
                    t("Armenia"),
                    t("Azerbaijan pháo kích"),
                    TieAccused.into(),
                ],
            ),
            Phrase::new(
                ReasonRebuttalTied,
                [
                    t("EU"),
                    Phrase::new(HowFalsity, [t("vô căn cứ")]).into(),
                    ObjectNone.into(),
                    t("Nga"),
                    t("EU áp đặt"),
                    TieNamed.into(),
                ],
            ),
        ];
        let mut out = Vec::new();
        for (i, head) in heads.into_iter().enumerate() {
            let signals = if i % 2 == 0 {
                ""
            } else {
                "reciprocal (+4.59), support 0.48 (+0.46)"
            };
            out.push(why_of(head, signals));
        }
        out
    }

    #[test]
    fn every_reason_reads_back_from_its_english() {
        for (n, phrase) in every_reason().into_iter().enumerate() {
            let english = phrase.write(Lang::En);
            let read = Phrase::read(&[Label::Why], &english).expect(&english);
            assert_eq!(read.write(Lang::En), english);
            assert_eq!(why(&english, Lang::En), english);
            assert_eq!(why(&english, Lang::Vi), phrase.write(Lang::Vi), "{english}");
            // The call's excerpt has the `; ` that follows it: read back, the excerpt ends
            // early and the next slot starts early, and as the `; ` is the same in both
            // languages, so is the Vietnamese. Every other reason reads back as it was.
            if phrase.write(Lang::En).contains("ngừng bắn; đàm phán") {
                assert_ne!(read, phrase, "{n}");
            } else {
                assert_eq!(read, phrase, "{n}");
            }
        }
    }

    #[test]
    fn reasons_in_vietnamese() {
        let reasons: Vec<String> = every_reason().iter().map(|p| p.write(Lang::Vi)).collect();
        assert_eq!(
            reasons[0],
            "Bộ Quốc phòng Armenia phủ nhận (từ dẫn lời loại bác bỏ), phản bác “việc có quân đội; trong khu \
vực”, ám chỉ c7, c9; Azerbaijan nói: cần khôi phục trật tự hiến pháp ~ và …. Tín hiệu: không có; \
p = 0.89"
        );
        assert_eq!(
            reasons[6],
            "Armenia và Azerbaijan cáo buộc lẫn nhau: vi phạm lệnh ngừng bắn ~ vi phạm lệnh ngừng \
bắn. Tín hiệu: không có; p = 0.89"
        );
        assert_eq!(
            reasons[9],
            "Azerbaijan nói “chiếm được”, còn Bộ Quốc phòng Armenia nói “đẩy lùi”. Tín hiệu: \
reciprocal (+4.59), support 0.48 (+0.46); p = 0.89"
        );
    }

    #[test]
    fn a_reason_that_does_not_read_back_is_shown_as_it_is() {
        for text in [
            "",
            "Something else entirely",
            "A and B accuse each other: x ~ y",
        ] {
            assert_eq!(why(text, Lang::Vi), text);
        }
        // Separators everywhere, and too long to be one doichieu wrote.
        let huge = format!(
            "{}. Signals: none; p = 0.50",
            " and . Signals: ~ ".repeat(2_000)
        );
        assert_eq!(why(&huge, Lang::Vi), huge);
        // Many separators within the limit: each split is tried, the first that fits is kept
        // (a few milliseconds, not a search through every combination).
        let many = format!(
            "A and B accuse each other: x{}. Signals: none; p = 0.50",
            " ~ . Signals: ".repeat(200)
        );
        let shown = why(&many, Lang::Vi);
        assert!(shown.starts_with("A và B cáo buộc lẫn nhau: x ~ . Tín hiệu:  ~ . Signals: "));
    }

    #[test]
    fn labels_fill_their_slots_in_the_order_of_each_language() {
        assert_eq!(
            Label::Counts.fill(Lang::En, &["3", "1"]),
            "3 claims, 1 conflicts."
        );
        assert_eq!(
            Label::Counts.fill(Lang::Vi, &["3", "1"]),
            "3 phát ngôn, 1 mâu thuẫn."
        );
        assert_eq!(Label::Conflicts.text(Lang::Vi), "Mâu thuẫn");
        assert_eq!(
            Label::class(crate::rules::CueClass::Deny).text(Lang::En),
            "deny"
        );
    }

    #[test]
    fn lang_parses_and_displays_its_code() {
        for lang in Lang::ALL {
            assert_eq!(lang.to_string().parse::<Lang>(), Ok(lang));
            let json = serde_json::to_string(&lang).unwrap();
            assert_eq!(json, format!("\"{lang}\""));
            assert_eq!(serde_json::from_str::<Lang>(&json).unwrap(), lang);
        }
        assert_eq!(
            "fr".parse::<Lang>().unwrap_err().to_string(),
            "unknown language 'fr' (expected vi or en)"
        );
    }
}
