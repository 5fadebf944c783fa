//! Scoring a claim report against gold annotations: a line-for-line port of the reference scorer.
//!
//! Why this module exists: the gold folder ships a reference scorer, `score.py` (a copy is kept at
//! `tests/gold_scorer/score.py`), and any number this project reports about itself must be the
//! number that scorer gives for the same report. So this is not a re-design of the scoring rules
//! but a port of that script, quirks included, and its [`Display`](std::fmt::Display) output is
//! byte for byte what `python3 score.py GOLD_DIR REPORT.json` prints. The test
//! `tests/eval_agrees_with_reference.rs` runs both on the same reports and compares the text.
//!
//! The rules, as `score.py` has them (see also "Scoring" in the gold folder's `GUIDELINES.md`):
//! - text is compared after [`fold`]: format characters (Unicode category Cf) are dropped, broken
//!   characters are [`repair`]ed, the text is lower-cased and cut into runs of Python's `\w`
//!   (letters, digits and `_`; combining marks are *not* word characters in Python's `re`, so a
//!   mark left on its own after NFC splits a word);
//! - a predicted claim may match a gold claim when one of its names (`speaker.canonical`,
//!   `speaker.text`, or the speaker itself when it is a plain string) equals one of the gold names
//!   after folding, and the [`syllable_f1`] of the contents is at least 0.5; pairs are taken
//!   greedily, highest F1 first, ties in the order gold claim, then prediction;
//! - documents are matched by id, and predictions in documents without gold do not count;
//! - a predicted conflict matches a gold pair when its two claim ids are those matched to the gold
//!   pair's claims, in either order; cross-article pairs come from `conflicts.json` in the gold
//!   folder.
//!
//! Where this port differs, on purpose:
//! - where `score.py` stops with a Python exception on a malformed report (a claim without an `id`,
//!   a `content` that is a string instead of an object, a plain-string `speaker` on a matched
//!   claim, a `kind` that is `null`, ...), [`score`] goes on and treats the malformed value as
//!   missing (a claim without a usable id can still match a gold claim but no conflict can name
//!   it);
//! - [`load_gold`] fails on a folder it cannot read, where `score.py` would silently score against
//!   no gold at all, and it checks the gold format instead of failing later;
//! - Python 3.11 knows Unicode 14.0 and Rust's std a newer Unicode; characters added since are
//!   treated here as Python treats them (the table `UNKNOWN_TO_PYTHON`), but NFD and NFC follow the
//!   `unicode-normalization` crate, so text with one of the few newer characters that decompose may
//!   still fold differently.

use std::cmp::Ordering;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::{Map, Value};
use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

// ------------------------------------------------------------------------------------------
// Text: repair, fold, syllables, F1
// ------------------------------------------------------------------------------------------

/// In Windows-1252 text read as Windows-1258, `ì ò Ì Ò` become these lone combining marks.
const LOST_VOWEL: [(char, char); 4] = [
    ('\u{301}', 'ì'),
    ('\u{323}', 'ò'),
    ('\u{300}', 'Ì'),
    ('\u{309}', 'Ò'),
];

/// `score.py`'s `VOWELS`: a lone mark after one of these is a tone mark, not a lost vowel.
const VOWELS: &str = "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY";

/// Repairs the broken characters of Windows-1252 text read as Windows-1258, exactly as `score.py`'s
/// `repair()`.
///
/// The text is decomposed (NFD); a lone acute, dot below, grave or hook above that sits on a
/// consonant becomes the lost vowel `ì`, `ò`, `Ì` or `Ò`; the text is composed again (NFC); then
/// `ă`/`Ă` not followed by a legal final consonant (`c`, `m`, `n` unless `nh`, `ng`, `p`, `t`, in
/// any case) becomes `ã`/`Ã`.
pub fn repair(text: &str) -> String {
    let mut out: Vec<char> = Vec::with_capacity(text.len());
    for ch in text.nfd() {
        let lost = LOST_VOWEL
            .iter()
            .find(|(mark, _)| *mark == ch)
            .map(|&(_, vowel)| vowel);
        match lost {
            Some(vowel) if out.last().is_some_and(|&prev| is_consonant_letter(prev)) => {
                out.push(vowel)
            }
            _ => out.push(ch),
        }
    }
    let composed: Vec<char> = out.into_iter().nfc().collect();
    // re.sub(r"(ă|Ă)(?!ng|c|m|n(?!h)|p|t)", ..., flags=re.IGNORECASE); under IGNORECASE only the
    // ASCII letters themselves match c, m, n, p, t, g and h (checked against Python over every code
    // point).
    let mut repaired = String::with_capacity(text.len());
    for (i, &ch) in composed.iter().enumerate() {
        let rest = &composed[i + 1..];
        repaired.push(match ch {
            'ă' if !legal_final_follows(rest) => 'ã',
            'Ă' if !legal_final_follows(rest) => 'Ã',
            other => other,
        });
    }
    repaired
}

/// `prev.isalpha() and NFD(prev)[0] not in VOWELS and not combining(prev)` from `score.py`'s
/// `repair()`.
fn is_consonant_letter(prev: char) -> bool {
    let base = std::iter::once(prev).nfd().next().unwrap_or(prev);
    py_isalpha(prev) && !VOWELS.contains(base) && canonical_combining_class(prev) == 0
}

/// The lookahead `(?!ng|c|m|n(?!h)|p|t)` fails, i.e. a legal final consonant follows.
fn legal_final_follows(rest: &[char]) -> bool {
    match rest.first() {
        Some('c' | 'C' | 'm' | 'M' | 'p' | 'P' | 't' | 'T') => true,
        // `ng` is covered by `n(?!h)`.
        Some('n' | 'N') => !matches!(rest.get(1), Some('h' | 'H')),
        _ => false,
    }
}

/// Folds text for comparison, exactly as `score.py`'s `fold()`: drops format characters (category
/// Cf), repairs broken characters, lower-cases, and joins the runs of word characters (Python's
/// `\w`) with single spaces.
pub fn fold(text: &str) -> String {
    syllables(text).join(" ")
}

/// The syllables of a text, as `score.py`'s `syllables()` (`fold(text).split()`): the lower-cased
/// runs of word characters of the repaired text, punctuation and white space dropped.
pub fn syllables(text: &str) -> Vec<String> {
    let visible: String = text.chars().filter(|&c| !is_format_char(c)).collect();
    let lowered = py_lower(&repair(&visible));
    let mut words = Vec::new();
    let mut word = String::new();
    for c in lowered.chars() {
        if is_word_char(c) {
            word.push(c);
        } else if !word.is_empty() {
            words.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}

/// Syllable F1 between a gold text `a` and a predicted text `b`, as `score.py`'s `f1()`: 0.0 when
/// either has no syllables, otherwise the harmonic mean of the share of `b`'s syllables found in
/// `a` and the share of `a`'s syllables found in `b`, each syllable counted as often as it occurs.
pub fn syllable_f1(a: &str, b: &str) -> f64 {
    f1_of(&syllables(a), &syllables(b))
}

/// `f1()` on syllables already cut, with the same floating-point operations in the same order.
fn f1_of(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let mut common: HashMap<&str, usize> = HashMap::new();
    for s in a {
        *common.entry(s.as_str()).or_insert(0) += 1;
    }
    let mut hit = 0usize;
    for s in b {
        if let Some(n) = common.get_mut(s.as_str()) {
            if *n > 0 {
                *n -= 1;
                hit += 1;
            }
        }
    }
    if hit == 0 {
        return 0.0;
    }
    let p = hit as f64 / b.len() as f64;
    let r = hit as f64 / a.len() as f64;
    2.0 * p * r / (p + r)
}

/// Python's `str.lower()`. Rust's `to_lowercase` has the same full mappings and the same
/// final-sigma rule but newer Unicode data: characters Python 3.11 does not know are left alone,
/// and the context of a capital sigma is read with Python's properties.
fn py_lower(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, &c) in chars.iter().enumerate() {
        if c == 'Σ' {
            out.push(if is_final_sigma(&chars, i) {
                'ς'
            } else {
                'σ'
            });
        } else if in_ranges(c, UNKNOWN_TO_PYTHON) {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// The Final_Sigma condition as CPython applies it: a cased character before the sigma and none
/// after it, skipping case-ignorable characters both ways.
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    fn cased_first(mut around: impl Iterator<Item = char>) -> bool {
        around
            .find(|&c| sigma_context(c) != SigmaContext::Skipped)
            .map(sigma_context)
            == Some(SigmaContext::Cased)
    }
    cased_first(chars[..i].iter().rev().copied()) && !cased_first(chars[i + 1..].iter().copied())
}

/// How a character counts next to a capital sigma.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum SigmaContext {
    /// Case_Ignorable: looked past.
    Skipped,
    /// Cased and not case-ignorable.
    Cased,
    /// Neither: ends the look.
    Other,
}

fn sigma_context(c: char) -> SigmaContext {
    match c {
        // Unicode 14.0 had these as a lower-case letter and a non-spacing mark; std's newer data
        // does not.
        '\u{295}' => SigmaContext::Cased,
        '\u{1171E}' => SigmaContext::Skipped,
        c if in_ranges(c, UNKNOWN_TO_PYTHON) => SigmaContext::Other,
        c => {
            // std keeps its Cased and Case_Ignorable tables private, but its own final-sigma rule
            // shows them: `cΣ` ends in ς only after a cased, not case-ignorable `c`; `AcΣ` also
            // when `c` is looked past.
            let ends_final = |probe: [char; 3]| {
                probe
                    .iter()
                    .collect::<String>()
                    .to_lowercase()
                    .ends_with('ς')
            };
            if ends_final([' ', c, 'Σ']) {
                SigmaContext::Cased
            } else if ends_final(['A', c, 'Σ']) {
                SigmaContext::Skipped
            } else {
                SigmaContext::Other
            }
        }
    }
}

/// Python's `str.isalpha()`: general category L (Lu, Ll, Lt, Lm, Lo). Rust's `is_alphabetic` adds
/// letter numbers (Nl), marks with the Other_Alphabetic property and the circled and squared
/// letters, and knows newer letters.
fn py_isalpha(c: char) -> bool {
    c.is_alphabetic()
        && !c.is_numeric()
        && !is_combining_mark(c)
        && !in_ranges(c, ALPHABETIC_SYMBOLS)
        && !in_ranges(c, UNKNOWN_TO_PYTHON)
}

/// Python's `re` `\w` on a `str` pattern: `str.isalnum()` (categories L and N, plus numeric
/// characters, which are all in L or N) or `_`. Combining marks are not word characters.
fn is_word_char(c: char) -> bool {
    c == '_'
        || ((c.is_alphabetic() || c.is_numeric())
            && !is_combining_mark(c)
            && !in_ranges(c, ALPHABETIC_SYMBOLS)
            && !in_ranges(c, UNKNOWN_TO_PYTHON))
}

/// `unicodedata.category(c) == "Cf"` in Python 3.11 (Unicode 14.0).
fn is_format_char(c: char) -> bool {
    in_ranges(c, FORMAT_CHARS)
}

fn in_ranges(c: char, ranges: &[(u32, u32)]) -> bool {
    let cp = c as u32;
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                Ordering::Less
            } else if lo > cp {
                Ordering::Greater
            } else {
                Ordering::Equal
            }
        })
        .is_ok()
}

/// Symbols (category So) that Rust counts as alphabetic (Other_Alphabetic) and Python does not:
/// circled and squared Latin letters.
#[rustfmt::skip]
const ALPHABETIC_SYMBOLS: &[(u32, u32)] = &[
    (0x24B6, 0x24E9), (0x1F130, 0x1F149), (0x1F150, 0x1F169), (0x1F170, 0x1F189),
];

/// Code points that Python 3.11 (Unicode 14.0) leaves unassigned, covering every one that the newer
/// Unicode data of Rust's std (Unicode 17) or `unicode-normalization` treats as a letter, digit,
/// mark or cased character, or lower-cases: Python gives them no case, no place in a word and no
/// part in a sigma's context. Generated by comparing, for every code point, Python's `\w`,
/// `str.isalpha()`, `str.lower()` and final sigma with this port.
#[rustfmt::skip]
const UNKNOWN_TO_PYTHON: &[(u32, u32)] = &[
    (0x88F, 0x88F), (0x897, 0x897), (0xC5C, 0xC5C), (0xCDC, 0xCDC),
    (0xECE, 0xECE), (0x1ACF, 0x1AEB), (0x1C89, 0x1C8A), (0xA7CB, 0xA7CF),
    (0xA7D2, 0xA7D2), (0xA7D4, 0xA7D4), (0xA7DA, 0xA7F1), (0x105C0, 0x105F3),
    (0x10940, 0x10959), (0x10D40, 0x10D85), (0x10EC2, 0x10EFF), (0x1123F, 0x11241),
    (0x11380, 0x113E2), (0x116D0, 0x116E3), (0x11B60, 0x11BF9), (0x11DB0, 0x11DE9),
    (0x11F00, 0x11F5A), (0x1342F, 0x1342F), (0x13439, 0x143FA), (0x16100, 0x16139),
    (0x16D40, 0x16D79), (0x16EA0, 0x16ED3), (0x16FF2, 0x16FF6), (0x187F8, 0x187FF),
    (0x18CFF, 0x18CFF), (0x18D09, 0x18DF2), (0x1B132, 0x1B132), (0x1B155, 0x1B155),
    (0x1CCF0, 0x1CCF9), (0x1D2C0, 0x1D2D3), (0x1DF25, 0x1DF2A), (0x1E030, 0x1E08F),
    (0x1E4D0, 0x1E6FF), (0x2B739, 0x2B73F), (0x2CEA2, 0x2CEAD), (0x2EBF0, 0x2EE5D),
    (0x31350, 0x33479),
];

/// Category Cf in Python 3.11 (Unicode 14.0): soft hyphen, zero-width and direction marks, BOM,
/// tags, ...
#[rustfmt::skip]
const FORMAT_CHARS: &[(u32, u32)] = &[
    (0xAD, 0xAD), (0x600, 0x605), (0x61C, 0x61C), (0x6DD, 0x6DD),
    (0x70F, 0x70F), (0x890, 0x891), (0x8E2, 0x8E2), (0x180E, 0x180E),
    (0x200B, 0x200F), (0x202A, 0x202E), (0x2060, 0x2064), (0x2066, 0x206F),
    (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB), (0x110BD, 0x110BD), (0x110CD, 0x110CD),
    (0x13430, 0x13438), (0x1BCA0, 0x1BCA3), (0x1D173, 0x1D17A), (0xE0001, 0xE0001),
    (0xE0020, 0xE007F),
];

// ------------------------------------------------------------------------------------------
// Numbers as Python prints them
// ------------------------------------------------------------------------------------------

/// Python's `round(x, 4)`: the value correctly rounded to 4 decimals, ties to even on the exact
/// binary value. Rust's `{:.4}` rounds the same way, so the number is formatted and read back.
pub fn round4(x: f64) -> f64 {
    format!("{x:.4}").parse().unwrap_or(x)
}

/// Python's `repr()` of a float: the shortest text that reads back as the same number, with `.0` on
/// whole numbers and exponents written `1e-05` / `1e+16`.
fn py_float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.to_string();
    }
    // Rust's Debug picks the same shortest digits and the same switch to exponents (below 1e-4,
    // from 1e16 on).
    let text = format!("{x:?}");
    match text.split_once('e') {
        None => text,
        Some((mantissa, exponent)) => {
            let (sign, digits) = match exponent.strip_prefix('-') {
                Some(digits) => ('-', digits),
                None => ('+', exponent),
            };
            format!("{mantissa}e{sign}{digits:0>2}")
        }
    }
}

/// `f"{v}"` of `round(x, 4) if total else None`.
fn py_optional_ratio(correct: usize, total: usize) -> String {
    if total == 0 {
        "None".to_string()
    } else {
        py_float_repr(round4(correct as f64 / total as f64))
    }
}

// ------------------------------------------------------------------------------------------
// Errors
// ------------------------------------------------------------------------------------------

/// Why a gold folder could not be loaded; each case names the file.
#[derive(Debug)]
pub enum EvalError {
    /// The gold folder or one of its files could not be read.
    Io {
        /// The folder or file.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// A gold file is not JSON, or not in the gold format of `GUIDELINES.md`.
    Json {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvalError::Io { path, source } => {
                write!(f, "cannot read gold {}: {source}", path.display())
            }
            EvalError::Json { path, message } => {
                write!(f, "bad gold file {}: {message}", path.display())
            }
        }
    }
}

impl std::error::Error for EvalError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EvalError::Io { source, .. } => Some(source),
            EvalError::Json { .. } => None,
        }
    }
}

// ------------------------------------------------------------------------------------------
// Gold
// ------------------------------------------------------------------------------------------

/// A loaded gold folder: the article files in the order `score.py` reads them (sorted file names)
/// and the cross-article conflict pairs of `conflicts.json`. Texts are folded once, at load time.
#[derive(Debug, Clone)]
pub struct Gold {
    docs: Vec<GoldDoc>,
    cross: Vec<GoldPair>,
}

#[derive(Debug, Clone)]
struct GoldDoc {
    id: String,
    claims: Vec<GoldClaim>,
    /// The document's own pairs, ids already written `doc#claim`.
    pairs: Vec<GoldPair>,
}

#[derive(Debug, Clone)]
struct GoldClaim {
    id: String,
    /// Folded speaker names.
    names: HashSet<String>,
    content: Vec<String>,
    class: String,
    kind: String,
    side: String,
    via: Vec<String>,
    target: BTreeSet<String>,
}

#[derive(Debug, Clone)]
struct GoldPair {
    a: String,
    b: String,
    /// Folded kind, "" for none.
    kind: String,
}

impl Gold {
    /// The gold document ids, in the order their rows are printed.
    pub fn doc_ids(&self) -> impl Iterator<Item = &str> {
        self.docs.iter().map(|d| d.id.as_str())
    }

    /// How many gold claims there are in all documents.
    pub fn claim_count(&self) -> usize {
        self.docs.iter().map(|d| d.claims.len()).sum()
    }

    /// How many gold conflict pairs there are, within articles and across them.
    pub fn conflict_count(&self) -> usize {
        self.docs.iter().map(|d| d.pairs.len()).sum::<usize>() + self.cross.len()
    }
}

/// Loads a gold folder as `score.py` does: every `*.json` file in it, in sorted file-name order;
/// each file is an article keyed by its `doc` field (or its file name without `.json`), a later
/// file with the same id replacing the earlier one but keeping its place; `conflicts.json` holds
/// the cross-article pairs, as a list or as `{"conflicts": [...]}`.
///
/// ```
/// let gold = doichieu::eval::load_gold(std::path::Path::new("tests/gold")).unwrap();
/// assert!(gold.doc_ids().any(|id| id == "000_bd47f0741fbc651b"));
/// assert!(doichieu::eval::load_gold(std::path::Path::new("no/such/folder")).is_err());
/// ```
pub fn load_gold(dir: &Path) -> Result<Gold, EvalError> {
    let io_error = |path: &Path, source| EvalError::Io {
        path: path.to_path_buf(),
        source,
    };
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| io_error(dir, e))? {
        let name = entry
            .map_err(|e| io_error(dir, e))?
            .file_name()
            .to_string_lossy()
            .into_owned();
        // pathlib's glob("*.json"): case-sensitive, and `*` also matches names starting with a dot.
        if name.ends_with(".json") {
            names.push(name);
        }
    }
    names.sort();

    let mut gold = Gold {
        docs: Vec::new(),
        cross: Vec::new(),
    };
    for name in names {
        let path = dir.join(&name);
        let text = std::fs::read_to_string(&path).map_err(|e| io_error(&path, e))?;
        let bad = |message: String| EvalError::Json {
            path: path.clone(),
            message,
        };
        let data: Value = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
        if name == "conflicts.json" {
            let list = match &data {
                Value::Object(map) => map
                    .get("conflicts")
                    .ok_or_else(|| bad("no \"conflicts\" list".into()))?,
                other => other,
            };
            gold.cross = gold_pairs(list, None).map_err(bad)?;
            continue;
        }
        let doc = gold_doc(&data, python_stem(&name)).map_err(bad)?;
        match gold.docs.iter_mut().find(|d| d.id == doc.id) {
            Some(earlier) => *earlier = doc,
            None => gold.docs.push(doc),
        }
    }
    Ok(gold)
}

/// `PurePath.stem` in Python 3.11: the name up to its last dot, unless that dot is the first or
/// last character.
fn python_stem(name: &str) -> &str {
    match name.rfind('.') {
        Some(i) if i > 0 && i + 1 < name.len() => &name[..i],
        _ => name,
    }
}

fn gold_doc(data: &Value, stem: &str) -> Result<GoldDoc, String> {
    let map = data
        .as_object()
        .ok_or("an article file must hold a JSON object")?;
    let id = match map.get("doc") {
        None => stem.to_string(),
        Some(Value::String(id)) => id.clone(),
        Some(_) => return Err("\"doc\" must be a string".into()),
    };
    let claims = map
        .get("claims")
        .and_then(Value::as_array)
        .ok_or("\"claims\" must be a list")?
        .iter()
        .enumerate()
        .map(|(i, claim)| gold_claim(claim).map_err(|e| format!("claim {}: {e}", i + 1)))
        .collect::<Result<Vec<_>, _>>()?;
    let pairs = match map.get("conflicts") {
        None => Vec::new(),
        Some(list) => gold_pairs(list, Some(&id))?,
    };
    Ok(GoldDoc { id, claims, pairs })
}

fn gold_claim(value: &Value) -> Result<GoldClaim, String> {
    let map = value.as_object().ok_or("a claim must be a JSON object")?;
    let id = map
        .get("id")
        .and_then(Value::as_str)
        .ok_or("\"id\" must be a string")?
        .to_string();
    let names = required_strings(map, "speaker")?
        .iter()
        .map(|n| fold(n))
        .collect();
    let content = syllables(
        map.get("content")
            .and_then(Value::as_str)
            .ok_or("\"content\" must be a string")?,
    );
    let folded_field = |key: &str| match map.get(key) {
        None => Ok(String::new()),
        Some(Value::String(s)) => Ok(fold(s)),
        Some(_) => Err(format!("\"{key}\" must be a string")),
    };
    let class = folded_field("class")?;
    let kind = folded_field("kind")?;
    let side = match map.get("side") {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(s)) => fold(s),
        Some(_) => return Err("\"side\" must be a string or null".into()),
    };
    let optional_strings = |key: &str| match map.get(key) {
        None => Ok(Vec::new()),
        Some(_) => required_strings(map, key),
    };
    let via = optional_strings("via")?.iter().map(|v| fold(v)).collect();
    let target = optional_strings("target")?
        .iter()
        .map(|v| fold(v))
        .collect();
    Ok(GoldClaim {
        id,
        names,
        content,
        class,
        kind,
        side,
        via,
        target,
    })
}

fn required_strings<'a>(map: &'a Map<String, Value>, key: &str) -> Result<Vec<&'a str>, String> {
    map.get(key)
        .and_then(Value::as_array)
        .and_then(|items| items.iter().map(Value::as_str).collect::<Option<Vec<_>>>())
        .ok_or_else(|| format!("\"{key}\" must be a list of strings"))
}

/// Conflict pairs; within an article (`doc` given) the claim ids are prefixed `doc#` as `score.py`
/// does.
fn gold_pairs(list: &Value, doc: Option<&str>) -> Result<Vec<GoldPair>, String> {
    let items = list.as_array().ok_or("conflicts must be a list")?;
    let mut pairs = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let end = |key: &str| {
            item.get(key)
                .and_then(Value::as_str)
                .map(|id| match doc {
                    Some(doc) => format!("{doc}#{id}"),
                    None => id.to_string(),
                })
                .ok_or_else(|| format!("conflict {}: \"{key}\" must be a claim id", i + 1))
        };
        let kind = match item.get("kind") {
            None | Some(Value::Null) => String::new(),
            Some(Value::String(kind)) => fold(kind),
            Some(_) => return Err(format!("conflict {}: \"kind\" must be a string", i + 1)),
        };
        pairs.push(GoldPair {
            a: end("a")?,
            b: end("b")?,
            kind,
        });
    }
    Ok(pairs)
}

// ------------------------------------------------------------------------------------------
// Scores
// ------------------------------------------------------------------------------------------

/// One gold document's row: `DOC: gold N predicted N matched N`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentScore {
    /// The gold document id.
    pub id: String,
    /// Gold claims in the document.
    pub gold: usize,
    /// Predicted claims in the report's document of the same id (0 when the report has none).
    pub predicted: usize,
    /// Gold claims matched to a prediction.
    pub matched: usize,
}

/// Counts with precision, recall and F1 as `score.py`'s `prf()` computes them, not rounded.
#[derive(Debug, Clone, PartialEq)]
pub struct Prf {
    /// Gold items.
    pub gold: usize,
    /// Predicted items that count (in documents that have gold).
    pub predicted: usize,
    /// Matched items.
    pub matched: usize,
    /// matched / predicted, 0.0 when nothing is predicted.
    pub precision: f64,
    /// matched / gold, 0.0 when there is no gold.
    pub recall: f64,
    /// Harmonic mean of precision and recall, 0.0 when both are 0.
    pub f1: f64,
}

impl Prf {
    fn new(gold: usize, predicted: usize, matched: usize) -> Prf {
        let precision = if predicted > 0 {
            matched as f64 / predicted as f64
        } else {
            0.0
        };
        let recall = if gold > 0 {
            matched as f64 / gold as f64
        } else {
            0.0
        };
        let sum = precision + recall;
        let f1 = if sum != 0.0 {
            2.0 * precision * recall / sum
        } else {
            0.0
        };
        Prf {
            gold,
            predicted,
            matched,
            precision,
            recall,
            f1,
        }
    }

    /// The text `score.py` prints after its label: `gold N predicted N matched N P 0.000 R 0.000 F1
    /// 0.000` (each ratio rounded to 4 decimals first, then printed with 3).
    fn line(&self) -> String {
        format!(
            "gold {} predicted {} matched {} P {:.3} R {:.3} F1 {:.3}",
            self.gold,
            self.predicted,
            self.matched,
            round4(self.precision),
            round4(self.recall),
            round4(self.f1)
        )
    }
}

/// How often one attribute of the matched claims agrees with the gold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttributeScore {
    /// `class`, `kind`, `side`, `via` or `target`.
    pub name: &'static str,
    /// Matched claims on which the attribute agrees.
    pub correct: usize,
    /// Matched claims.
    pub total: usize,
}

impl AttributeScore {
    /// `round(correct / total, 4)`, or `None` when no claim matched (Python prints `None`).
    pub fn accuracy(&self) -> Option<f64> {
        (self.total > 0).then(|| round4(self.correct as f64 / self.total as f64))
    }
}

/// All numbers `score.py` computes for one report. Its `Display` writes exactly the lines
/// `score.py` prints, each ending in a newline, so print it with `print!`, not `println!`.
#[derive(Debug, Clone, PartialEq)]
pub struct Scores {
    /// One row per gold document, in gold order.
    pub documents: Vec<DocumentScore>,
    /// Claims: gold, predicted, matched, precision, recall, F1.
    pub claims: Prf,
    /// Agreement of `class`, `kind`, `side`, `via` and `target` on the matched claims, in that
    /// order.
    pub attributes: Vec<AttributeScore>,
    /// Conflict pairs: gold, predicted, matched, precision, recall, F1.
    pub conflicts: Prf,
    /// Matched conflict pairs whose kind agrees with the gold.
    pub conflict_kind_correct: usize,
}

impl Scores {
    /// Claim F1, unrounded: the number `--min-claim-f1` is compared with.
    pub fn claim_f1(&self) -> f64 {
        self.claims.f1
    }

    /// Conflict F1, unrounded: the number `--min-conflict-f1` is compared with.
    pub fn conflict_f1(&self) -> f64 {
        self.conflicts.f1
    }

    /// `round(kind_ok / matched pairs, 4)`, or `None` when no pair matched.
    pub fn conflict_kind_accuracy(&self) -> Option<f64> {
        (self.conflicts.matched > 0)
            .then(|| round4(self.conflict_kind_correct as f64 / self.conflicts.matched as f64))
    }

    /// Whether both thresholds are met, as `score.py` decides its exit status: it fails when the
    /// unrounded claim F1 is below `min_claim_f1` or the unrounded conflict F1 is below
    /// `min_conflict_f1`. Pass 0.0 for a threshold that was not asked for.
    pub fn meets(&self, min_claim_f1: f64, min_conflict_f1: f64) -> bool {
        !(self.claim_f1() < min_claim_f1 || self.conflict_f1() < min_conflict_f1)
    }

    /// The lines `score.py` prints, without their newlines.
    pub fn lines(&self) -> Vec<String> {
        let mut lines: Vec<String> = self
            .documents
            .iter()
            .map(|d| {
                format!(
                    "{}: gold {} predicted {} matched {}",
                    d.id, d.gold, d.predicted, d.matched
                )
            })
            .collect();
        let attributes: Vec<String> = self
            .attributes
            .iter()
            .map(|a| format!("{} {}", a.name, py_optional_ratio(a.correct, a.total)))
            .collect();
        lines.push(format!(
            "attributes on matched claims: {}",
            attributes.join(", ")
        ));
        lines.push(format!(
            "conflicts: {} kind {}",
            self.conflicts.line(),
            py_optional_ratio(self.conflict_kind_correct, self.conflicts.matched)
        ));
        lines.push(format!("claims: {}", self.claims.line()));
        lines
    }
}

impl fmt::Display for Scores {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for line in self.lines() {
            writeln!(f, "{line}")?;
        }
        Ok(())
    }
}

// ------------------------------------------------------------------------------------------
// Scoring
// ------------------------------------------------------------------------------------------

/// A JSON value as a Python dict key or set member: `1`, `1.0` and `true` are one key, as in
/// Python.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Key {
    Null,
    Int(i128),
    Float(u64),
    Str(String),
}

impl Key {
    /// `None` for arrays and objects, which Python cannot hash.
    fn of(value: &Value) -> Option<Key> {
        Some(match value {
            Value::Null => Key::Null,
            Value::Bool(b) => Key::Int(i128::from(*b)),
            Value::String(s) => Key::Str(s.clone()),
            Value::Number(n) => {
                if let Some(i) = n.as_i64() {
                    Key::Int(i128::from(i))
                } else if let Some(u) = n.as_u64() {
                    Key::Int(i128::from(u))
                } else {
                    let x = n.as_f64().unwrap_or(f64::NAN);
                    if x.fract() == 0.0 && x.abs() < 1e30 {
                        Key::Int(x as i128)
                    } else {
                        Key::Float(x.to_bits())
                    }
                }
            }
            Value::Array(_) | Value::Object(_) => return None,
        })
    }

    /// Python truthiness.
    fn is_truthy(&self) -> bool {
        match self {
            Key::Null => false,
            Key::Int(i) => *i != 0,
            Key::Float(bits) => f64::from_bits(*bits) != 0.0,
            Key::Str(s) => !s.is_empty(),
        }
    }
}

/// A pair of claim ids as a `frozenset`: the order does not count.
fn unordered(a: Key, b: Key) -> (Key, Key) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// Python truthiness of a JSON value.
fn is_truthy(value: &Value) -> bool {
    match value {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// `(x or {})` where a dict is expected; anything else but a dict is treated as missing.
fn object_or_empty(value: Option<&Value>) -> Option<&Map<String, Value>> {
    value.filter(|v| is_truthy(v)).and_then(Value::as_object)
}

/// A string field; missing, `null` or not a string: "".
fn text_field<'a>(map: Option<&'a Map<String, Value>>, key: &str) -> &'a str {
    map.and_then(|m| m.get(key))
        .and_then(Value::as_str)
        .unwrap_or("")
}

/// `x or []` iterated as Python iterates it: a list of strings, a string's characters or a dict's
/// keys; a list holding anything but strings is treated as missing.
fn string_items(value: Option<&Value>) -> Vec<String> {
    match value {
        Some(Value::Array(items)) => items
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect::<Option<Vec<_>>>()
            .unwrap_or_default(),
        Some(Value::String(s)) => s.chars().map(String::from).collect(),
        Some(Value::Object(map)) => map.keys().cloned().collect(),
        _ => Vec::new(),
    }
}

/// Who a prediction is, for the one-to-one matching: its id, or its position when it has no usable
/// id.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum PredIdent {
    Id(Key),
    Anonymous(usize),
}

/// A predicted claim, with what the matching needs computed once.
struct Pred<'a> {
    map: Option<&'a Map<String, Value>>,
    /// `p["id"]`; `None` when missing or not hashable.
    id: Option<Key>,
    /// `speaker_names(p)`.
    names: HashSet<String>,
    content: Vec<String>,
}

impl<'a> Pred<'a> {
    fn new(value: &'a Value) -> Pred<'a> {
        let map = value.as_object();
        let id = map.and_then(|m| m.get("id")).and_then(Key::of);
        let speaker = map.and_then(|m| m.get("speaker")).filter(|v| is_truthy(v));
        let names = match speaker {
            Some(Value::String(name)) => HashSet::from([fold(name)]),
            Some(Value::Object(sp)) => ["canonical", "text"]
                .iter()
                .map(|k| fold(text_field(Some(sp), k)))
                .filter(|n| !n.is_empty())
                .collect(),
            _ => HashSet::new(),
        };
        let content = syllables(text_field(
            object_or_empty(map.and_then(|m| m.get("content"))),
            "text",
        ));
        Pred {
            map,
            id,
            names,
            content,
        }
    }

    fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.and_then(|m| m.get(key))
    }

    /// The five attribute checks of `score.py`, in its order: class, kind, side, via, target.
    fn checks(&self, gold: &GoldClaim) -> [bool; 5] {
        let cue = object_or_empty(self.get("cue"));
        let speaker = object_or_empty(self.get("speaker"));
        let via: Vec<String> = string_items(self.get("via"))
            .iter()
            .map(|v| fold(v))
            .collect();
        let target: BTreeSet<String> = string_items(self.get("target"))
            .iter()
            .map(|v| fold(v))
            .collect();
        [
            gold.class == fold(text_field(cue, "class")),
            gold.kind == fold(text_field(self.map, "kind")),
            gold.side == fold(text_field(speaker, "side")),
            gold.via == via,
            gold.target == target,
        ]
    }
}

/// `match_doc()`: greedy one-to-one matching, highest content F1 first, ties in
/// gold-then-prediction order. Returns (gold id, prediction index) in the order the pairs were
/// taken.
fn match_doc<'g>(gold: &'g [GoldClaim], preds: &[Pred<'_>]) -> Vec<(&'g str, usize)> {
    let mut cands: Vec<(f64, &str, usize)> = Vec::new();
    for g in gold {
        for (i, p) in preds.iter().enumerate() {
            if p.names.is_disjoint(&g.names) {
                continue;
            }
            let score = f1_of(&g.content, &p.content);
            if score >= 0.5 {
                cands.push((score, g.id.as_str(), i));
            }
        }
    }
    // Python's sort is stable, and so is sort_by.
    cands.sort_by(|x, y| y.0.partial_cmp(&x.0).unwrap_or(Ordering::Equal));
    let mut used_g = HashSet::new();
    let mut used_p = HashSet::new();
    let mut out = Vec::new();
    for (_, gid, i) in cands {
        let pid = match &preds[i].id {
            Some(key) => PredIdent::Id(key.clone()),
            None => PredIdent::Anonymous(i),
        };
        if used_g.contains(gid) || used_p.contains(&pid) {
            continue;
        }
        used_g.insert(gid);
        used_p.insert(pid);
        out.push((gid, i));
    }
    out
}

/// Scores a report (the JSON the extractor writes) against the gold, as `score.py` does.
///
/// The report is read as loosely as `score.py` reads it: missing fields count as empty, and a
/// malformed value where `score.py` would raise an exception is treated as missing instead.
///
/// ```
/// use doichieu::eval::{load_gold, score};
/// let gold = load_gold(std::path::Path::new("tests/gold")).unwrap();
/// let scores = score(&gold, &serde_json::json!({"documents": [], "conflicts": []}));
/// assert_eq!(scores.claims.matched, 0);
/// assert_eq!(scores.claim_f1(), 0.0);
/// assert!(scores.to_string().ends_with("P 0.000 R 0.000 F1 0.000\n"));
/// assert!(!scores.meets(0.5, 0.0));
/// ```
pub fn score(gold: &Gold, report: &Value) -> Scores {
    let mut pred_docs: HashMap<&str, &Value> = HashMap::new();
    if let Some(docs) = report.get("documents").and_then(Value::as_array) {
        for doc in docs {
            if let Some(id) = doc.get("id").and_then(Value::as_str) {
                pred_docs.insert(id, doc);
            }
        }
    }
    let claims_of = |doc_id: &str| -> &[Value] {
        pred_docs
            .get(doc_id)
            .and_then(|d| d.get("claims"))
            .and_then(Value::as_array)
            .map_or(&[], Vec::as_slice)
    };

    let mut n_gold = 0;
    let mut n_pred = 0;
    let mut hit = 0;
    let mut attr = [(0usize, 0usize); 5];
    let mut gold_to_pred: HashMap<String, Option<Key>> = HashMap::new();
    let mut documents = Vec::with_capacity(gold.docs.len());
    let mut pred_ids_in_scope: HashSet<Key> = HashSet::new();
    for doc in &gold.docs {
        let preds: Vec<Pred> = claims_of(&doc.id).iter().map(Pred::new).collect();
        let matched = match_doc(&doc.claims, &preds);
        n_gold += doc.claims.len();
        n_pred += preds.len();
        hit += matched.len();
        documents.push(DocumentScore {
            id: doc.id.clone(),
            gold: doc.claims.len(),
            predicted: preds.len(),
            matched: matched.len(),
        });
        // {c["id"]: c}: the last claim with an id wins.
        let by_id: HashMap<&str, &GoldClaim> =
            doc.claims.iter().map(|c| (c.id.as_str(), c)).collect();
        for (gid, i) in matched {
            gold_to_pred.insert(format!("{}#{gid}", doc.id), preds[i].id.clone());
            for (slot, ok) in attr.iter_mut().zip(preds[i].checks(by_id[gid])) {
                slot.0 += usize::from(ok);
                slot.1 += 1;
            }
        }
        pred_ids_in_scope.extend(preds.iter().filter_map(|p| p.id.clone()));
    }
    let claims = Prf::new(n_gold, n_pred, hit);

    let gold_pairs: Vec<&GoldPair> = gold
        .docs
        .iter()
        .flat_map(|d| &d.pairs)
        .chain(&gold.cross)
        .collect();
    let mut pred_index: HashMap<(Key, Key), &Value> = HashMap::new();
    let mut n_pred_pairs = 0;
    if let Some(conflicts) = report.get("conflicts").and_then(Value::as_array) {
        for c in conflicts.iter().filter(|c| c.is_object()) {
            let end = |key: &str| Key::of(c.get(key).unwrap_or(&Value::Null));
            let (Some(a), Some(b)) = (end("a"), end("b")) else {
                continue;
            };
            if pred_ids_in_scope.contains(&a) && pred_ids_in_scope.contains(&b) {
                n_pred_pairs += 1;
                pred_index.entry(unordered(a, b)).or_insert(c);
            }
        }
    }
    let mut pair_hit = 0;
    let mut kind_ok = 0;
    let mut used = HashSet::new();
    for pair in gold_pairs.iter() {
        let pred_of = |id: &str| {
            gold_to_pred
                .get(id)
                .cloned()
                .flatten()
                .filter(Key::is_truthy)
        };
        let (Some(pa), Some(pb)) = (pred_of(&pair.a), pred_of(&pair.b)) else {
            continue;
        };
        let key = unordered(pa, pb);
        if let Some(c) = pred_index.get(&key) {
            if used.insert(key) {
                pair_hit += 1;
                kind_ok += usize::from(
                    fold(c.get("kind").and_then(Value::as_str).unwrap_or("")) == pair.kind,
                );
            }
        }
    }

    let names = ["class", "kind", "side", "via", "target"];
    Scores {
        documents,
        claims,
        attributes: names
            .iter()
            .zip(attr)
            .map(|(&name, (correct, total))| AttributeScore {
                name,
                correct,
                total,
            })
            .collect(),
        conflicts: Prf::new(gold_pairs.len(), n_pred_pairs, pair_hit),
        conflict_kind_correct: kind_ok,
    }
}

/// The claims of `report` that the scorer matches to gold claims (the matching of [`score`]),
/// as (gold claim id written `<doc>#<claim id>`, predicted claim id), for labelling predicted
/// claims with what the gold says of them (the conflict scorer is fitted this way).
/// Predictions without a string id are left out.
pub fn claim_alignment(gold: &Gold, report: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let docs = report
        .get("documents")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice);
    for doc in &gold.docs {
        let Some(pred_doc) = docs
            .iter()
            .rev()
            .find(|d| d.get("id").and_then(Value::as_str) == Some(doc.id.as_str()))
        else {
            continue;
        };
        let preds: Vec<Pred> = pred_doc
            .get("claims")
            .and_then(Value::as_array)
            .map_or(&[][..], Vec::as_slice)
            .iter()
            .map(Pred::new)
            .collect();
        for (gid, i) in match_doc(&doc.claims, &preds) {
            if let Some(Key::Str(id)) = &preds[i].id {
                out.push((format!("{}#{gid}", doc.id), id.clone()));
            }
        }
    }
    out
}

/// The gold conflict pairs, within articles and across them, as (claim id, claim id, kind),
/// ids written `<doc>#<claim id>`.
pub fn gold_conflicts(gold: &Gold) -> Vec<(String, String, String)> {
    gold.docs
        .iter()
        .flat_map(|d| &d.pairs)
        .chain(&gold.cross)
        .map(|p| (p.a.clone(), p.b.clone(), p.kind.clone()))
        .collect()
}

/// Reads a report to score, in either form doichieu writes: the JSON report of `analyze`, or
/// the JSON lines of `corpus` and `analyze --format jsonl` (one document a line, then a line
/// with the conflicts; a corpus run with `--no-pair` has none). Either comes back as the JSON
/// report [`score`] reads, `{"documents": [...], "conflicts": [...]}`. A line that is not a JSON
/// object is an error naming its 1-based number.
///
/// ```
/// use doichieu::eval::read_report;
/// let jsonl = "{\"id\": \"a\", \"claims\": []}\n{\"schema_version\": 1, \"conflicts\": []}\n";
/// let report = read_report(jsonl).unwrap();
/// assert_eq!(report["documents"][0]["id"], "a");
/// assert_eq!(report["conflicts"], serde_json::json!([]));
/// let json = "{\n  \"documents\": [],\n  \"conflicts\": []\n}";
/// assert_eq!(read_report(json).unwrap()["documents"], serde_json::json!([]));
/// assert_eq!(read_report("{\"id\": \"a\"}\nnot json\n").unwrap_err(), "line 2: expected ident at line 1 column 2");
/// ```
pub fn read_report(text: &str) -> Result<Value, String> {
    if let Ok(value) = serde_json::from_str::<Value>(text) {
        if value.get("documents").is_some() {
            return Ok(value);
        }
    }
    let mut documents = Vec::new();
    let mut conflicts = Vec::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let value: Value =
            serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        if !value.is_object() {
            return Err(format!("line {}: not a JSON object", n + 1));
        }
        match value.get("conflicts").and_then(Value::as_array) {
            Some(list) if value.get("id").is_none() => conflicts.extend(list.iter().cloned()),
            _ => documents.push(value),
        }
    }
    Ok(serde_json::json!({ "documents": documents, "conflicts": conflicts }))
}

/// The gold articles `report` has no document for, in the order their rows are printed. The
/// scores count their gold claims as missed, as `score.py` does (it says nothing of them).
///
/// ```
/// use doichieu::eval::{load_gold, missing_documents};
/// let gold = load_gold(std::path::Path::new("tests/gold")).unwrap();
/// let report = serde_json::json!({"documents": [{"id": "000_bd47f0741fbc651b", "claims": []}]});
/// let missing = missing_documents(&gold, &report);
/// assert_eq!(missing.len(), gold.doc_ids().count() - 1);
/// assert!(!missing.contains(&"000_bd47f0741fbc651b"));
/// ```
pub fn missing_documents<'g>(gold: &'g Gold, report: &Value) -> Vec<&'g str> {
    let present: HashSet<&str> = report
        .get("documents")
        .and_then(Value::as_array)
        .map_or(&[][..], Vec::as_slice)
        .iter()
        .filter_map(|d| d.get("id").and_then(Value::as_str))
        .collect();
    gold.doc_ids().filter(|id| !present.contains(id)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn repair_turns_lone_acute_on_consonant_into_i() {
        assert_eq!(repair("t\u{301}nh h\u{301}nh"), "tình hình");
    }

    #[test]
    fn repair_turns_lone_dot_below_on_consonant_into_o() {
        assert_eq!(repair("ph\u{323}ng"), "phòng");
    }

    #[test]
    fn repair_turns_lone_grave_and_hook_on_consonant_into_capital_i_and_o() {
        assert_eq!(repair("T\u{300}NH CH\u{309}"), "TÌNH CHÒ");
    }

    #[test]
    fn repair_leaves_tone_marks_on_vowels_alone() {
        assert_eq!(repair("tiếng Việt hoà bình"), "tiếng Việt hoà bình");
        assert_eq!(repair("tie\u{301}ng"), "tiéng");
    }

    #[test]
    fn repair_leaves_a_mark_after_a_space_or_digit_alone() {
        assert_eq!(repair(" \u{301}x"), " \u{301}x");
        assert_eq!(repair("1\u{301}"), "1\u{301}");
    }

    #[test]
    fn repair_turns_breve_a_without_final_consonant_into_tilde_a() {
        assert_eq!(repair("đă nói"), "đã nói");
        assert_eq!(repair("ĐĂ"), "ĐÃ");
        assert_eq!(repair("Ănh ănh"), "Ãnh ãnh");
    }

    #[test]
    fn repair_keeps_breve_a_before_a_legal_final_consonant_in_any_case() {
        assert_eq!(
            repair("ăn ăng ăc ăm ăp ăt ĂNG Ăt ăN"),
            "ăn ăng ăc ăm ăp ăt ĂNG Ăt ăN"
        );
    }

    #[test]
    fn fold_drops_format_characters_punctuation_and_case() {
        assert_eq!(fold("Nga\u{200b}\u{200e} NÓI: “Không!”"), "nga nói không");
        assert_eq!(fold("a\u{ad}b"), "ab");
    }

    #[test]
    fn syllables_keep_digits_and_underscores_and_split_at_lone_marks() {
        assert_eq!(
            syllables("COVID_19, 2.000 người"),
            ["covid_19", "2", "000", "người"]
        );
        // Python's \w does not match combining marks: a mark that NFC cannot attach splits the
        // word.
        assert_eq!(syllables("t\u{303}n"), ["t", "n"]);
    }

    #[test]
    fn syllables_do_not_count_circled_letters_as_letters() {
        assert_eq!(syllables("aⒶb"), ["a", "b"]);
    }

    #[test]
    fn syllable_f1_is_zero_when_either_side_is_empty() {
        assert_eq!(syllable_f1("", "a b"), 0.0);
        assert_eq!(syllable_f1("a b", "..."), 0.0);
    }

    #[test]
    fn syllable_f1_counts_each_occurrence_once() {
        // gold a a b, predicted a c: hit 1, P 1/2, R 1/3.
        let expected = 2.0 * 0.5 * (1.0 / 3.0) / (0.5 + 1.0 / 3.0);
        assert_eq!(syllable_f1("a a b", "a c"), expected);
        assert_eq!(syllable_f1("Đã nói", "đă NÓI!"), 1.0);
    }

    #[test]
    fn round4_rounds_ties_to_even_like_python() {
        assert_eq!(round4(0.03125), 0.0312);
        assert_eq!(round4(0.09375), 0.0938);
        assert_eq!(round4(12.0 / 13.0), 0.9231);
    }

    #[test]
    fn floats_print_like_python_repr() {
        assert_eq!(py_float_repr(1.0), "1.0");
        assert_eq!(py_float_repr(0.0), "0.0");
        assert_eq!(py_float_repr(0.5), "0.5");
        assert_eq!(py_float_repr(round4(13.0 / 14.0)), "0.9286");
        assert_eq!(py_float_repr(0.0001), "0.0001");
        assert_eq!(py_float_repr(1e-5), "1e-05");
        assert_eq!(py_float_repr(1.5e16), "1.5e+16");
    }

    #[test]
    fn ratios_print_with_three_decimals_after_rounding_to_four() {
        // 4/19 = 0.21053 prints 0.211 directly, but score.py prints round(x, 4) = 0.2105 (just
        // below) as 0.210.
        assert_eq!(
            Prf::new(19, 19, 4).line(),
            "gold 19 predicted 19 matched 4 P 0.210 R 0.210 F1 0.210"
        );
        // An exact tie at the third decimal rounds to even.
        assert_eq!(
            Prf::new(16, 16, 1).line(),
            "gold 16 predicted 16 matched 1 P 0.062 R 0.062 F1 0.062"
        );
    }

    fn tiny_gold() -> Gold {
        let doc = json!({
            "doc": "d1",
            "claims": [
                {"id": "c1", "speaker": ["Nga", "Điện Kremlin"], "side": "Nga", "cue": "nói",
                 "class": "state", "kind": "indirect", "content": "quân đội đã rút",
                 "via": ["TASS"], "target": []},
                {"id": "c2", "speaker": ["Ukraine"], "side": null, "cue": "phủ nhận",
                 "class": "deny", "kind": "direct", "content": "quân đội chưa rút", "via": [],
                 "target": ["Nga"]}
            ],
            "conflicts": [{"a": "c1", "b": "c2", "kind": "denial"}]
        });
        Gold {
            docs: vec![gold_doc(&doc, "d1").unwrap()],
            cross: Vec::new(),
        }
    }

    #[test]
    fn a_perfect_report_scores_one_everywhere() {
        let report = json!({
            "documents": [{"id": "d1", "claims": [
                {"id": "p1", "speaker": {"text": "điện kremlin", "side": "Nga"},
                 "cue": {"class": "state"}, "kind": "indirect",
                 "content": {"text": "Quân đội đã rút."}, "via": ["TASS"], "target": []},
                {"id": "p2", "speaker": {"canonical": "Ukraine"}, "cue": {"class": "deny"},
                 "kind": "direct", "content": {"text": "quân đội chưa rút"}, "target": ["nga"]}
            ]}],
            "conflicts": [{"a": "p2", "b": "p1", "kind": "denial"}]
        });
        let scores = score(&tiny_gold(), &report);
        assert_eq!(scores.claim_f1(), 1.0);
        assert_eq!(scores.conflict_f1(), 1.0);
        assert_eq!(
            scores.to_string(),
            "d1: gold 2 predicted 2 matched 2\n\
             attributes on matched claims: class 1.0, kind 1.0, side 1.0, via 1.0, target 1.0\n\
             conflicts: gold 1 predicted 1 matched 1 P 1.000 R 1.000 F1 1.000 kind 1.0\n\
             claims: gold 2 predicted 2 matched 2 P 1.000 R 1.000 F1 1.000\n"
        );
        assert!(scores.meets(1.0, 1.0));
    }

    #[test]
    fn an_empty_report_prints_none_for_the_accuracies() {
        let scores = score(&tiny_gold(), &json!({}));
        assert_eq!(
            scores.lines(),
            [
                "d1: gold 2 predicted 0 matched 0",
                "attributes on matched claims: \
                 class None, kind None, side None, via None, target None",
                "conflicts: gold 1 predicted 0 matched 0 P 0.000 R 0.000 F1 0.000 kind None",
                "claims: gold 2 predicted 0 matched 0 P 0.000 R 0.000 F1 0.000",
            ]
        );
        assert!(scores.meets(0.0, 0.0));
        assert!(!scores.meets(0.1, 0.0));
    }

    #[test]
    fn equal_f1_goes_to_the_earlier_prediction() {
        let claim =
            |id: &str| json!({"id": id, "speaker": "Nga", "content": {"text": "quân đội đã rút"}});
        let gold = tiny_gold();
        let preds: Vec<Value> = vec![claim("x"), claim("y")];
        let preds: Vec<Pred> = preds.iter().map(Pred::new).collect();
        assert_eq!(match_doc(&gold.docs[0].claims, &preds), [("c1", 0)]);
    }

    #[test]
    fn a_plain_string_speaker_matches_and_its_side_counts_as_missing() {
        let report = json!({"documents": [{"id": "d1", "claims": [
            {"id": "p", "speaker": "Ukraine", "content": {"text": "quân đội chưa rút"}}]}]});
        let scores = score(&tiny_gold(), &report);
        assert_eq!(scores.claims.matched, 1);
        // gold side is null, the missing side folds to "" too
        assert_eq!(scores.attributes[2].correct, 1);
    }

    #[test]
    fn predictions_in_documents_without_gold_do_not_count() {
        let report = json!({
            "documents": [{"id": "other", "claims": [{"id": "p", "speaker": "Nga"}]}],
            "conflicts": [{"a": "p", "b": "p"}]
        });
        let scores = score(&tiny_gold(), &report);
        assert_eq!(
            (scores.claims.predicted, scores.conflicts.predicted),
            (0, 0)
        );
    }

    #[test]
    fn numeric_ids_equal_as_in_python() {
        assert_eq!(Key::of(&json!(1)), Key::of(&json!(1.0)));
        assert_eq!(Key::of(&json!(true)), Key::of(&json!(1)));
        assert_ne!(Key::of(&json!("1")), Key::of(&json!(1)));
        assert_eq!(Key::of(&json!([1])), None);
    }

    struct TempDir(PathBuf);

    impl TempDir {
        fn new(name: &str) -> TempDir {
            let dir =
                std::env::temp_dir().join(format!("doichieu-eval-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            TempDir(dir)
        }

        fn write(&self, name: &str, value: &Value) {
            std::fs::write(self.0.join(name), value.to_string()).unwrap();
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn load_gold_reads_files_in_sorted_file_name_order() {
        let dir = TempDir::new("order");
        // "a-b.json" sorts before "a.json" although the id "a" sorts before "a-b".
        dir.write("a.json", &json!({"claims": []}));
        dir.write("a-b.json", &json!({"claims": []}));
        dir.write("notes.txt", &json!({}));
        let gold = load_gold(&dir.0).unwrap();
        assert_eq!(gold.doc_ids().collect::<Vec<_>>(), ["a-b", "a"]);
    }

    #[test]
    fn a_later_file_with_the_same_doc_id_replaces_the_earlier_in_its_place() {
        let dir = TempDir::new("same-id");
        dir.write("a.json", &json!({"doc": "x", "claims": []}));
        dir.write("b.json", &json!({"claims": []}));
        dir.write(
            "c.json",
            &json!({"doc": "x", "claims": [{"id": "c1", "speaker": ["Nga"], "content": "a"}]}),
        );
        let gold = load_gold(&dir.0).unwrap();
        assert_eq!(gold.doc_ids().collect::<Vec<_>>(), ["x", "b"]);
        assert_eq!(gold.claim_count(), 1);
    }

    #[test]
    fn load_gold_takes_cross_article_pairs_from_conflicts_json() {
        let dir = TempDir::new("cross");
        dir.write(
            "x.json",
            &json!({"doc": "x", "claims": [], "conflicts": [{"a": "c1", "b": "c2"}]}),
        );
        dir.write(
            "conflicts.json",
            &json!({"conflicts": [{"a": "x#c1", "b": "y#c1", "kind": "denial"}]}),
        );
        let gold = load_gold(&dir.0).unwrap();
        assert_eq!(gold.conflict_count(), 2);
        assert_eq!(gold.docs[0].pairs[0].a, "x#c1");
        assert_eq!(gold.cross[0].b, "y#c1");
    }

    #[test]
    fn load_gold_names_the_bad_file() {
        let dir = TempDir::new("bad");
        dir.write(
            "x.json",
            &json!({"claims": [{"id": "c1", "speaker": "Nga", "content": "a"}]}),
        );
        let err = load_gold(&dir.0).unwrap_err();
        let text = err.to_string();
        assert!(
            text.contains("x.json") && text.contains("speaker"),
            "{text}"
        );
        assert!(matches!(
            load_gold(&dir.0.join("missing")),
            Err(EvalError::Io { .. })
        ));
    }
}
