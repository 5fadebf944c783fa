//! Stage 1: raw bytes → working text, losslessly.
//!
//! News text arrives decomposed (about half of the BBC articles are NFD), with CRLF line ends,
//! byte-order marks, no-break and zero-width spaces, and sometimes with Vietnamese that was saved
//! in Windows-1252 and read back as Windows-1258 (`t́nh` for `tình`, `đă` for `đã`). Every later
//! stage wants one spelling of each letter, so this stage produces the *working text*: NFC, LF
//! line ends, plain spaces, broken characters repaired.
//!
//! It is reversible in the sense that matters: the working text keeps a map back to the original
//! byte offsets ([`Text::span`]), so every reported [`Span`] points at the raw input, and every
//! broken-character repair is recorded as a [`Repair`]. Lossy transforms (lower case, tone-mark
//! placement) never touch the working text; they only make lookup keys (the tokens' lower-case
//! keys).

use std::fmt;
use std::ops::Range;

use serde::Serialize;
use unicode_normalization::char::{canonical_combining_class, decompose_canonical};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

use crate::rules::{RepairCondition, RepairRule};
use crate::span::Span;
use crate::text::chars::{first_decomposed, is_letter};

/// Input that is not text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NormalizeError {
    /// The bytes are not valid UTF-8; `offset` is the first bad byte.
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
}

impl fmt::Display for NormalizeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            NormalizeError::InvalidUtf8 { offset } => {
                write!(f, "invalid UTF-8 at byte {offset}")
            }
        }
    }
}

impl std::error::Error for NormalizeError {}

/// Why a character was changed by a repair.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Repair {
    /// Where the broken characters are in the original input.
    pub span: Span,
    /// The original text of the unit.
    pub from: String,
    /// What it became in the working text.
    pub to: String,
    /// The rule that fired: `lost-vowel` for the certain Windows-1258 repair, or
    /// `rules/repairs.txt:LINE` for a syllable rule.
    pub rule: String,
}

/// One unit of original input replaced by a unit of working text. Between edits the two texts
/// are byte-for-byte equal, which is why a sorted list of edits is a complete offset map.
#[derive(Clone, Debug)]
struct Edit {
    norm: Range<usize>,
    orig: Range<usize>,
}

/// The working text of one document and its map back to the original bytes.
#[derive(Clone, Debug)]
pub struct Text {
    text: String,
    edits: Vec<Edit>,
    raw_len: usize,
    /// Broken-character repairs, in text order.
    pub repairs: Vec<Repair>,
    /// True when the document shows the Windows-1252/1258 breakage (a lone tone mark on a
    /// consonant), which licenses the less certain syllable repairs.
    pub broken: bool,
}

impl Text {
    /// The working text: NFC, LF line ends, plain spaces, repaired.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length of the original input in bytes.
    pub fn raw_len(&self) -> usize {
        self.raw_len
    }

    /// True when the working text is byte-identical to the input.
    pub fn is_identity(&self) -> bool {
        self.edits.is_empty()
    }

    /// Maps a byte range of the working text to the span of original bytes it came from.
    /// Offsets inside a replaced unit snap outwards, so the span always covers whole units.
    pub fn span(&self, range: Range<usize>) -> Span {
        let start = self.orig_offset(range.start, false);
        let end = self.orig_offset(range.end, true).max(start);
        Span::new(start, end)
    }

    fn orig_offset(&self, n: usize, is_end: bool) -> usize {
        // A span's end stops before units deleted at that point (a trailing zero-width space);
        // its start moves past them.
        let idx = if is_end {
            self.edits.partition_point(|e| e.norm.start < n)
        } else {
            self.edits.partition_point(|e| e.norm.start <= n)
        };
        if idx == 0 {
            return n;
        }
        let e = &self.edits[idx - 1];
        if n == e.norm.start && !e.norm.is_empty() {
            e.orig.start
        } else if n < e.norm.end {
            if is_end {
                e.orig.end
            } else {
                e.orig.start
            }
        } else {
            e.orig.end + (n - e.norm.end)
        }
    }
}

/// Decodes and normalizes a document's bytes.
pub fn normalize_bytes(raw: &[u8], rules: &[RepairRule]) -> Result<Text, NormalizeError> {
    match std::str::from_utf8(raw) {
        Ok(s) => Ok(normalize(s, rules)),
        Err(e) => Err(NormalizeError::InvalidUtf8 {
            offset: e.valid_up_to(),
        }),
    }
}

/// Normalizes a document, deciding from the document itself whether it is broken.
pub fn normalize(raw: &str, rules: &[RepairRule]) -> Text {
    if is_plain(raw) {
        // Nothing to change and nothing broken: the common case, decided in one pass.
        return identity(raw, false);
    }
    normalize_with(raw, rules, shows_breakage(raw))
}

/// True when `raw` needs no normalization: ASCII without CR, `''` or `&nbsp`, precomposed
/// Vietnamese letters, and common typographic punctuation. Anything else (combining marks,
/// other Latin letters that may be broken Vietnamese, odd spaces, controls) takes the full path.
fn is_plain(raw: &str) -> bool {
    // Printable ASCII, tabs and line feeds are plain (not CR, not the dropped controls). The
    // two substrings are looked for with memchr's vectorised search (std's is a byte-wise
    // two-way search: 0.6 % of a corpus run for these two questions).
    let bytes = raw.as_bytes();
    memchr::memmem::find(bytes, b"''").is_none()
        && memchr::memmem::find(bytes, b"&nbsp").is_none()
        && crate::text::chars::plain_text(raw, is_plain_char)
}

/// A non-ASCII character that normalization leaves as it is wherever it stands.
fn is_plain_char(c: char) -> bool {
    matches!(
        c,
        'À' | 'Á'
            | 'Â'
            | 'Ã'
            | 'È'
            | 'É'
            | 'Ê'
            | 'Ì'
            | 'Í'
            | 'Ò'
            | 'Ó'
            | 'Ô'
            | 'Õ'
            | 'Ù'
            | 'Ú'
            | 'Ý'
            | 'à'
            | 'á'
            | 'â'
            | 'ã'
            | 'è'
            | 'é'
            | 'ê'
            | 'ì'
            | 'í'
            | 'ò'
            | 'ó'
            | 'ô'
            | 'õ'
            | 'ù'
            | 'ú'
            | 'ý'
            | 'Ă'
            | 'ă'
            | 'Đ'
            | 'đ'
            | 'Ĩ'
            | 'ĩ'
            | 'Ũ'
            | 'ũ'
            | 'Ơ'
            | 'ơ'
            | 'Ư'
            | 'ư'
            | '\u{1EA0}'
            ..='\u{1EF9}'
                | '–'
                | '—'
                | '‘'
                | '’'
                | '“'
                | '”'
                | '…'
                | '«'
                | '»'
                | '°'
                | '•'
                | '·'
                | '×'
    )
}

/// Normalizes text with the document-level breakage flag given: used to normalize a slice of a
/// document exactly as the whole document was normalized.
pub fn normalize_with(raw: &str, rules: &[RepairRule], broken: bool) -> Text {
    if raw.bytes().all(|b| b.is_ascii() && !is_dropped_control(b))
        && !raw.contains('\r')
        && !raw.contains("''")
        && !raw.contains("&nbsp")
    {
        return identity(raw, broken);
    }
    let mut n = Normalizer {
        raw,
        rules,
        broken,
        out: String::with_capacity(raw.len()),
        edits: Vec::new(),
        repairs: Vec::new(),
    };
    n.run();
    Text {
        text: n.out,
        edits: n.edits,
        raw_len: raw.len(),
        repairs: n.repairs,
        broken,
    }
}

fn identity(raw: &str, broken: bool) -> Text {
    Text {
        text: raw.to_string(),
        edits: Vec::new(),
        raw_len: raw.len(),
        repairs: Vec::new(),
        broken,
    }
}

/// Characters that carry nothing and are dropped: byte-order mark, zero-width spaces and
/// joiners, word joiner, soft hyphen.
fn is_invisible(c: char) -> bool {
    (c.is_ascii() && is_dropped_control(c as u8))
        || matches!(
            c,
            '\u{FEFF}'
                | '\u{200B}'
                | '\u{200C}'
                | '\u{200D}'
                | '\u{2060}'
                | '\u{00AD}'
                | '\u{200E}'
                | '\u{200F}'
        )
}

/// ASCII control characters that are not text (NUL, escape, vertical tab …): dropped like the
/// invisible characters. Tab, line feed and carriage return are kept (CR becomes LF).
fn is_dropped_control(b: u8) -> bool {
    (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7F
}

/// C1 control characters that are Windows-1252 punctuation read as Latin-1.
fn c1_quote(c: char) -> Option<&'static str> {
    match c {
        '\u{0091}' => Some("‘"),
        '\u{0092}' => Some("’"),
        '\u{0093}' => Some("“"),
        '\u{0094}' => Some("”"),
        '\u{0085}' => Some("…"),
        _ => None,
    }
}

/// Spaces other than U+0020 that become a plain space.
fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}'
    )
}

fn is_mark(c: char) -> bool {
    canonical_combining_class(c) != 0
}

/// The vowels of Vietnamese, as base letters (after canonical decomposition).
fn is_vowel_base(c: char) -> bool {
    matches!(
        c,
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'A' | 'E' | 'I' | 'O' | 'U' | 'Y'
    )
}

/// In Windows-1258 the bytes of `ì ò Ì Ò` are combining tone marks, so after the breakage the
/// vowel is gone and its mark sits on the consonant before it. The capitals `Ì Ò` only stand in
/// upper-case words: a grave on the `T` of `T̀au` (bbcvi_050) is a typing slip in decomposed
/// text, not a lost `Ì`.
fn lost_vowel_before(mark: char, next: Option<char>) -> Option<char> {
    match mark {
        '\u{0300}' | '\u{0309}' if !next.is_some_and(char::is_uppercase) => None,
        _ => lost_vowel(mark),
    }
}

fn lost_vowel(mark: char) -> Option<char> {
    match mark {
        '\u{0301}' => Some('ì'),
        '\u{0323}' => Some('ò'),
        '\u{0300}' => Some('Ì'),
        '\u{0309}' => Some('Ò'),
        _ => None,
    }
}

/// True when a letter (possibly precomposed with marks, like `ḥ`) has a consonant base.
fn is_consonant_letter(c: char) -> bool {
    is_letter(c) && !is_mark(c) && !is_vowel_base(first_decomposed(c))
}

/// A document shows the breakage when some tone mark sits directly on a consonant: in raw text
/// either a consonant followed by a lone combining mark, or a precomposed consonant-with-mark
/// such as `ḥ` (h + dot below), which NFC builds from the same broken bytes.
pub fn shows_breakage(raw: &str) -> bool {
    let mut prev: Option<char> = None;
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        if c.is_ascii() {
            prev = Some(c);
            continue;
        }
        let next = chars.peek().copied();
        if lost_vowel_before(c, next).is_some() && prev.is_some_and(is_consonant_letter) {
            return true;
        }
        if !is_mark(c) && is_letter(c) && has_lost_vowel(c, next) {
            return true;
        }
        prev = Some(c);
    }
    false
}

/// A precomposed letter whose decomposition is a consonant followed by a lost-vowel mark.
fn has_lost_vowel(c: char, next: Option<char>) -> bool {
    let mut parts = [None, None];
    let mut count = 0;
    decompose_canonical(c, |d| {
        if count < 2 {
            parts[count] = Some(d);
        }
        count += 1;
    });
    matches!(parts, [Some(base), Some(mark)] if count == 2 && !is_vowel_base(base) && is_letter(base) && lost_vowel_before(mark, next).is_some())
}

struct Normalizer<'a> {
    raw: &'a str,
    rules: &'a [RepairRule],
    broken: bool,
    out: String,
    edits: Vec<Edit>,
    repairs: Vec<Repair>,
}

impl Normalizer<'_> {
    fn replace(&mut self, orig: Range<usize>, to: &str) {
        let start = self.out.len();
        self.out.push_str(to);
        self.edits.push(Edit {
            norm: start..self.out.len(),
            orig,
        });
    }

    fn run(&mut self) {
        let raw = self.raw;
        let mut chars = raw.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let mark_follows = chars
                .peek()
                .is_some_and(|&(_, m)| !m.is_ascii() && is_mark(m));
            if c == '&' && raw[i..].starts_with("&nbsp") {
                // HTML residue from the crawl: `để&nbspgây`.
                let len = if raw[i..].starts_with("&nbsp;") { 6 } else { 5 };
                for _ in 1..len {
                    chars.next();
                }
                self.replace(i..i + len, " ");
                continue;
            }
            if c == '\'' && chars.peek().is_some_and(|&(_, n)| n == '\'') {
                // Two apostrophes written for a double quotation mark: `''…''`.
                chars.next();
                self.replace(i..i + 2, "\"");
                continue;
            }
            if c.is_ascii() && c != '\r' && !is_dropped_control(c as u8) && !mark_follows {
                self.out.push(c);
                continue;
            }
            if c == '\r' {
                let end = match chars.peek() {
                    Some(&(_, '\n')) => {
                        chars.next();
                        i + 2
                    }
                    _ => i + 1,
                };
                self.replace(i..end, "\n");
                continue;
            }
            if let Some(quote) = c1_quote(c) {
                // Windows-1252 quotation marks decoded as Latin-1 control characters.
                self.replace(i..i + c.len_utf8(), quote);
                continue;
            }
            if is_invisible(c) {
                self.replace(i..i + c.len_utf8(), "");
                continue;
            }
            if is_odd_space(c) {
                self.replace(i..i + c.len_utf8(), " ");
                continue;
            }
            // A cluster: one base character and the combining marks that follow it.
            let mut end = i + c.len_utf8();
            while let Some(&(j, m)) = chars.peek() {
                if !is_mark(m) {
                    break;
                }
                end = j + m.len_utf8();
                chars.next();
            }
            self.cluster(i..end);
        }
    }

    fn cluster(&mut self, range: Range<usize>) {
        let cluster = &self.raw[range.clone()];
        let single = cluster.chars().nth(1).is_none();
        let nfc_ok = is_nfc_quick(cluster.chars()) == IsNormalized::Yes;
        let prev_is_consonant = self
            .out
            .chars()
            .next_back()
            .is_some_and(is_consonant_letter);
        let next = self.raw[range.end..].chars().next();
        let suspicious = !single
            || has_lost_vowel(cluster.chars().next().unwrap_or(' '), next)
            || (prev_is_consonant && cluster.chars().next().and_then(lost_vowel).is_some());
        if nfc_ok && !suspicious && !self.syllable_candidate(cluster) {
            self.out.push_str(cluster);
            return;
        }
        // Decompose, give back the lost vowels, recompose.
        let mut decomposed: Vec<char> = cluster.nfd().collect();
        let mut lost = false;
        let base_is_consonant = decomposed.first().is_some_and(|&b| is_consonant_letter(b));
        let lone_mark_first = decomposed.first().is_some_and(|&b| is_mark(b)) && prev_is_consonant;
        if base_is_consonant && decomposed.len() >= 2 {
            if let Some(v) = lost_vowel_before(decomposed[1], next) {
                decomposed[1] = v;
                lost = true;
            }
        } else if lone_mark_first {
            if let Some(v) = lost_vowel_before(decomposed[0], next) {
                decomposed[0] = v;
                lost = true;
            }
        }
        let mut fixed: String = decomposed.into_iter().nfc().collect();
        let mut rule = lost.then(|| "lost-vowel".to_string());
        if self.broken {
            if let Some((to, line)) = self.syllable_repair(&fixed, range.end) {
                fixed = to;
                rule = Some(format!("rules/repairs.txt:{line}"));
            }
        }
        if fixed == cluster {
            self.out.push_str(cluster);
            return;
        }
        if let Some(rule) = rule {
            self.repairs.push(Repair {
                span: Span::new(range.start, range.end),
                from: cluster.to_string(),
                to: fixed.clone(),
                rule,
            });
        }
        self.replace(range, &fixed);
    }

    fn syllable_candidate(&self, cluster: &str) -> bool {
        self.broken && self.rules.iter().any(|r| cluster == r.from)
    }

    /// The less certain repairs of `rules/repairs.txt`, applied only in broken documents.
    fn syllable_repair(&self, letter: &str, after: usize) -> Option<(String, usize)> {
        let rule = self.rules.iter().find(|r| r.from == letter)?;
        let final_letters: String = self.raw[after..]
            .chars()
            .take_while(|c| is_letter(*c) || is_mark(*c))
            .flat_map(char::to_lowercase)
            .collect();
        let prev = self.out.chars().next_back();
        let lower = |c: char| c.to_lowercase().next().unwrap_or(c);
        let test = |cond: &RepairCondition| match cond {
            RepairCondition::FinalNotIn(finals) => !finals.contains(&final_letters),
            RepairCondition::FinalIn(finals) => finals.contains(&final_letters),
            RepairCondition::After(letters) => prev.is_some_and(|p| letters.contains(&lower(p))),
            RepairCondition::NotAfter(letters) => {
                !prev.is_some_and(|p| letters.contains(&lower(p)))
            }
            RepairCondition::Alone => !prev.is_some_and(is_letter) && final_letters.is_empty(),
        };
        let holds = rule.conditions.iter().any(|group| group.iter().all(test));
        holds.then(|| (rule.to.clone(), rule.line))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;

    #[test]
    fn the_letters_plain_text_knows_are_plain_characters() {
        // `words::plain_text` passes these letters without asking `is_plain_char`: they must
        // be plain here too, or a text holding one would skip normalization it needs.
        for c in ('\u{80}'..='\u{FFFF}')
            .filter(|&c| crate::text::chars::plain_text(&c.to_string(), |_| false))
        {
            assert!(is_plain_char(c), "{c:?}");
        }
    }

    fn norm(raw: &str) -> Text {
        normalize(raw, &Rules::embedded().repairs)
    }

    #[test]
    fn the_plain_fast_path_gives_what_the_full_path_gives() {
        let rules = Rules::embedded();
        for raw in [
            "Bộ Quốc phòng Azerbaijan cho biết “không có” thương vong – 27/9…",
            "Tổng thống Đức nói: «Hòa bình»",
            "ĐOÀN Thuỷ, Ưu tiên số 1 × 2 · 3°",
        ] {
            assert!(is_plain(raw), "{raw}");
            let fast = normalize(raw, &rules.repairs);
            let full = normalize_with(raw, &rules.repairs, shows_breakage(raw));
            assert_eq!(fast.as_str(), full.as_str());
            assert!(full.is_identity() && full.repairs.is_empty() && !full.broken);
        }
        for raw in [
            "p\u{1E25}ng",
            "Ta\u{0300}i",
            "a\u{00A0}b",
            "ńa",
            "x\r\ny",
            "a''b",
        ] {
            assert!(!is_plain(raw), "{raw:?}");
        }
    }

    #[test]
    fn ascii_text_is_left_as_it_is() {
        let t = norm("Theo Reuters, Tass");
        assert!(t.is_identity());
        assert_eq!(t.as_str(), "Theo Reuters, Tass");
    }

    #[test]
    fn decomposed_text_becomes_nfc_and_spans_point_at_the_raw_bytes() {
        let raw = "Ta\u{0300}i lie\u{0302}\u{0323}u";
        let t = norm(raw);
        assert_eq!(t.as_str(), "Tài liệu");
        let lieu = t.as_str().find("liệu").unwrap();
        let span = t.span(lieu..t.as_str().len());
        assert_eq!(&raw[span.start..span.end], "lie\u{0302}\u{0323}u");
        assert!(t.repairs.is_empty(), "NFC is not a repair");
    }

    #[test]
    fn crlf_bom_and_odd_spaces_are_normalized() {
        let t = norm("\u{FEFF}một\r\nhai\u{00A0}ba\u{200B}\rbốn");
        assert_eq!(t.as_str(), "một\nhai ba\nbốn");
        let ba = t.as_str().find("ba").unwrap();
        let span = t.span(ba..ba + 2);
        assert_eq!(span, Span::new(15, 17));
    }

    #[test]
    fn lone_marks_on_consonants_are_the_lost_i_and_o() {
        let t = norm("cố t\u{0301}nh, Bộ Quốc p\u{1E25}ng, đ\u{0323}n");
        assert_eq!(t.as_str(), "cố tình, Bộ Quốc phòng, đòn");
        assert!(t.broken);
        assert_eq!(t.repairs.len(), 3);
        assert!(t.repairs.iter().all(|r| r.rule == "lost-vowel"));
    }

    #[test]
    fn a_grave_on_a_consonant_in_a_lower_case_word_is_a_typo_not_a_lost_capital() {
        let t = norm("con T\u{0300}au");
        assert!(!t.broken);
        assert!(t.repairs.is_empty());
        let caps = norm("PH\u{0300}NG");
        assert_eq!(caps.as_str(), "PHÌNG");
    }

    #[test]
    fn a_breve_without_a_final_is_a_tilde_only_in_broken_documents() {
        let broken = norm("t\u{0301}nh đă xong, ăn năm");
        assert_eq!(broken.as_str(), "tình đã xong, ăn năm");
        let clean = norm("Traian Băsescu nói");
        assert_eq!(clean.as_str(), "Traian Băsescu nói");
    }

    #[test]
    fn correct_vietnamese_is_never_touched() {
        let text =
            "Bộ Quốc phòng Azerbaijan cho biết phía Armenia đã bị tổn thất nghiêm trọng, hòa bình.";
        let t = norm(text);
        assert!(t.is_identity());
        assert!(!t.broken);
    }
}
