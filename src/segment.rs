//! Stage 2: working text → paragraphs, sentences, quotations and boilerplate.
//!
//! Reported speech is read sentence by sentence, but quotations do not respect sentences: a
//! quote may run over several sentences and paragraphs (seed 000 ends with one that spans four
//! lines), and a sentence may hold several quotes. So quotations are found first, per paragraph
//! with a stack (linear, whatever the nesting), and sentences are never split inside one.
//! Unbalanced marks are recovered locally: an unclosed quote continues into the next paragraphs
//! only when a closing mark comes there before any new opening one, otherwise it ends with its
//! paragraph (or, in a long one-line article, with its sentence), so one stray mark never
//! swallows the rest of the article.
//!
//! Boilerplate (player junk, captions, banners, the closing source line, bylines, metadata) is
//! marked from the patterns in `rules/boilerplate.txt`, never deleted: its spans stay in the
//! report and no claim is read from it.

use std::ops::Range;

use serde::Serialize;

use crate::lexicon::Lexicon;
use crate::normalize::Text;
use crate::rules::{pattern_matches, BoilerplateKind, BoilerplateRule, BoilerplateScope, WordRole};
use crate::text::chars::{
    find_byte_of, floor_boundary, is_letter, is_lower, is_upper, next_capital_or_stop,
    trailing_word, upper_by_bytes,
};

/// A non-empty line of the document, trimmed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Paragraph {
    /// Byte range in the working text.
    pub range: Range<usize>,
    /// Set when the whole paragraph is boilerplate.
    pub boilerplate: Option<BoilerplateKind>,
}

/// A sentence, never cut inside a quotation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the working text.
    pub range: Range<usize>,
    /// Index of its paragraph.
    pub paragraph: usize,
    /// Set when the sentence lies in boilerplate.
    pub boilerplate: Option<BoilerplateKind>,
}

/// A quotation: the marks and what they enclose.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Quotation {
    /// From the opening mark to the closing mark, both included.
    pub range: Range<usize>,
    /// What the marks enclose.
    pub inner: Range<usize>,
    /// The opening mark.
    pub open: char,
    /// False when the closing mark was missing and the end was recovered.
    pub closed: bool,
    /// 0 for an outer quotation, 1 for one inside it, …
    pub depth: usize,
}

/// A marked piece of boilerplate.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Boilerplate {
    /// Byte range in the working text.
    #[serde(skip)]
    pub range: Range<usize>,
    /// What it is.
    pub kind: BoilerplateKind,
    /// The rule that marked it: `rules/boilerplate.txt:LINE` or a built-in heuristic's name.
    pub rule: String,
}

/// The segmented document.
#[derive(Clone, Debug, Default)]
pub struct Segments {
    /// Paragraphs in order.
    pub paragraphs: Vec<Paragraph>,
    /// Sentences in order.
    pub sentences: Vec<Sentence>,
    /// Quotations in order of their opening mark.
    pub quotes: Vec<Quotation>,
    /// Boilerplate in order.
    pub boilerplate: Vec<Boilerplate>,
    /// The document date given by a metadata line (` date 2020-10`), as written.
    pub date: Option<String>,
}

impl Segments {
    /// The outermost quotations that overlap `range`.
    pub fn quotes_in(&self, range: &Range<usize>) -> impl Iterator<Item = &Quotation> {
        let range = range.clone();
        self.quotes
            .iter()
            .filter(move |q| q.depth == 0 && q.range.start < range.end && range.start < q.range.end)
    }

    /// The ranges of the outermost quotations, marks included, in text order: what tokens
    /// and sentence cuts ask "is this offset inside a quotation?" of.
    pub(crate) fn outer_quote_ranges(&self) -> Vec<Range<usize>> {
        self.quotes
            .iter()
            .filter(|q| q.depth == 0)
            .map(|q| q.range.clone())
            .collect()
    }
}

/// Paragraphs longer than this are never boilerplate, which also bounds pattern matching.
const MAX_BOILERPLATE_CHARS: usize = 300;
/// A closing source line has at most this many words.
const MAX_SOURCE_LINE_WORDS: usize = 8;
/// How many following paragraphs an unclosed quotation may continue into.
const MAX_QUOTE_PARAGRAPHS: usize = 6;
/// A caption run into the text before its photo credit has at most this many words.
const MAX_CAPTION_WORDS: usize = 25;
/// An article with more photo credits than this is a photo story (see `mark_captions`).
const MAX_PHOTO_CREDITS: usize = 5;
/// A link to a related article (see [`related_links`]) has at most this many bytes between its
/// brackets (the longest of 917 read on the bulk corpus had 131).
const MAX_RELATED_BYTES: usize = 400;
/// … and at least this many words.
const MIN_RELATED_WORDS: usize = 3;
/// An unclosed quotation is closed at its paragraph's end only when at most this many sentence
/// ends follow it there; past that it closes at the first one.
const MAX_UNCLOSED_SENTENCES: usize = 3;

/// Segments a normalized document.
pub(crate) fn segment(text: &Text, rules: &Lexicon) -> Segments {
    let s = text.as_str();
    let mut seg = Segments::default();
    let mut offset = 0;
    for line in s.split('\n') {
        let lead = line.len() - line.trim_start().len();
        let trimmed = line.trim();
        if !trimmed.is_empty() {
            let start = offset + lead;
            seg.paragraphs.push(Paragraph {
                range: start..start + trimmed.len(),
                boilerplate: None,
            });
        }
        offset += line.len() + 1;
    }
    mark_boilerplate(s, rules, &mut seg);
    find_quotes(s, &mut seg);
    split_sentences(s, rules, &mut seg);
    mark_captions(s, rules, &mut seg);
    seg
}

/// `… theo Gulf News. Cảnh sát Abu Dhabi công bố đặc điểm nhận dạng của nghi phạm. Ảnh: Cảnh
/// sát Abu Dhabi. Nghi phạm vụ …`: a sentence that credits a photo (a `credit` pattern of
/// `rules/boilerplate.txt`) follows the photo's caption, run into the paragraph. The sentence
/// before it in the same paragraph is marked as a caption: the guidelines read no claim from
/// captions (and one that restates the body would only repeat its claim). A credit that opens
/// its paragraph follows a photo with no caption: nothing is marked.
///
/// Read on the bulk corpus (40 sentences this marked, judged by hand): a caption is short (at
/// most [`MAX_CAPTION_WORDS`]; the body sentences before a credit with no caption of its own ran
/// 29 to 82 words), and an article with more than [`MAX_PHOTO_CREDITS`] credits is a photo
/// story, told in blocks under its photos, where the sentence before a credit is narration.
fn mark_captions(s: &str, rules: &Lexicon, seg: &mut Segments) {
    let credits: Vec<_> = rules
        .boilerplate
        .iter()
        .zip(&rules.boilerplate_patterns)
        .filter(|(rule, _)| rule.scope == BoilerplateScope::Credit)
        .collect();
    if credits.is_empty() {
        return;
    }
    let credit_at = |i: usize| {
        let sentence = &seg.sentences[i];
        let text = &s[sentence.range.clone()];
        credits
            .iter()
            .find(|(_, pattern)| pattern.matches(text))
            .map(|(rule, _)| *rule)
    };
    let found: Vec<(usize, &BoilerplateRule)> = (1..seg.sentences.len())
        .filter_map(|i| Some((i, credit_at(i)?)))
        .take(MAX_PHOTO_CREDITS + 1)
        .collect();
    if found.len() > MAX_PHOTO_CREDITS {
        return;
    }
    let mut marked = false;
    for (i, rule) in found {
        let (before, credit) = (&seg.sentences[i - 1], &seg.sentences[i]);
        if before.paragraph != credit.paragraph
            || before.boilerplate.is_some()
            || credit.boilerplate.is_some()
            || s[before.range.clone()]
                .split_whitespace()
                .nth(MAX_CAPTION_WORDS)
                .is_some()
        {
            continue;
        }
        let range = before.range.clone();
        seg.sentences[i - 1].boilerplate = Some(rule.kind);
        seg.boilerplate.push(Boilerplate {
            range,
            kind: rule.kind,
            rule: format!("rules/boilerplate.txt:{}", rule.line),
        });
        marked = true;
    }
    if marked {
        // In text order, as the paragraphs' boilerplate was found.
        seg.boilerplate.sort_by_key(|b| b.range.start);
    }
}

fn mark_boilerplate(s: &str, rules: &Lexicon, seg: &mut Segments) {
    let count = seg.paragraphs.len();
    for (i, p) in seg.paragraphs.iter_mut().enumerate() {
        let line = &s[p.range.clone()];
        if line.chars().count() > MAX_BOILERPLATE_CHARS {
            continue;
        }
        let is_last = i + 3 >= count;
        for (rule, pattern) in rules.boilerplate.iter().zip(&rules.boilerplate_patterns) {
            let hit = match rule.scope {
                BoilerplateScope::Line => pattern.matches(line),
                // A closing source line is short (`Theo Reuters, Tass`); a real closing sentence
                // that starts with `Theo AP, …` is not boilerplate.
                BoilerplateScope::Last => {
                    // The pattern first: it rejects most lines at their first bytes, and the
                    // word count stops past the limit.
                    is_last
                        && pattern.matches(line)
                        && line.split_whitespace().nth(MAX_SOURCE_LINE_WORDS).is_none()
                }
                BoilerplateScope::Prefix => {
                    if let Some(len) = prefix_match(&rule.pattern, line) {
                        let start = p.range.start;
                        if rule.kind == BoilerplateKind::Metadata && seg.date.is_none() {
                            seg.date = line[..len].split_whitespace().nth(1).map(str::to_string);
                        }
                        seg.boilerplate.push(Boilerplate {
                            range: start..start + len,
                            kind: rule.kind,
                            rule: format!("rules/boilerplate.txt:{}", rule.line),
                        });
                        let rest = line[len..].trim_start();
                        p.range.start = p.range.end - rest.len();
                    }
                    false
                }
                // Read on sentences, once they are cut ([`mark_captions`]).
                BoilerplateScope::Credit => false,
            };
            if hit {
                p.boilerplate = Some(rule.kind);
                seg.boilerplate.push(Boilerplate {
                    range: p.range.clone(),
                    kind: rule.kind,
                    rule: format!("rules/boilerplate.txt:{}", rule.line),
                });
                break;
            }
        }
        if p.boilerplate.is_none() && is_last && is_byline(&s[p.range.clone()]) {
            p.boilerplate = Some(BoilerplateKind::Byline);
            seg.boilerplate.push(Boilerplate {
                range: p.range.clone(),
                kind: BoilerplateKind::Byline,
                rule: "byline: a short capitalised name among the last lines".to_string(),
            });
        }
    }
    seg.paragraphs.retain(|p| !p.range.is_empty());
}

/// The longest prefix of `line` (up to 40 characters, ending at a word boundary) that matches
/// `pattern` whole.
fn prefix_match(pattern: &str, line: &str) -> Option<usize> {
    // Every prefix tried must open with the pattern's literal opening, so must the line.
    let lead = pattern.split(['*', '#']).next().unwrap_or("");
    if !line.starts_with(lead) {
        return None;
    }
    let mut best = None;
    for (i, c) in line.char_indices().take(40) {
        if c.is_whitespace() && pattern_matches(pattern, &line[..i]) {
            best = Some(i);
        }
    }
    if line.chars().count() <= 40 && pattern_matches(pattern, line) {
        best = Some(line.len());
    }
    best
}

/// An author's name on its own line at the end of a Dân Trí article: two to four capitalised
/// words, no digit, no sentence punctuation (`Thành Đạt`, `Minh Phương`).
fn is_byline(line: &str) -> bool {
    // Five words are enough to tell that there are too many.
    let words: Vec<&str> = line.split_whitespace().take(5).collect();
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(is_letter))
}

/// How a quotation mark can act.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum MarkRole {
    Open,
    Close,
    /// A straight quote: which one depends on its neighbours.
    Either,
}

/// Double marks pair with double marks and single with single.
fn mark(c: char) -> Option<(MarkRole, bool)> {
    match c {
        '“' | '«' | '„' => Some((MarkRole::Open, true)),
        '”' | '»' => Some((MarkRole::Close, true)),
        '"' => Some((MarkRole::Either, true)),
        '‘' => Some((MarkRole::Open, false)),
        '’' | '\'' => Some((MarkRole::Either, false)),
        _ => None,
    }
}

struct Open {
    at: usize,
    mark: char,
    double: bool,
}

fn find_quotes(s: &str, seg: &mut Segments) {
    let mut quotes = Vec::new();
    // An unclosed outer quotation waiting for a closing mark in a later paragraph.
    let mut carried: Option<(Open, usize, Range<usize>)> = None;
    let paragraphs: Vec<(Range<usize>, bool)> = seg
        .paragraphs
        .iter()
        .map(|p| (p.range.clone(), p.boilerplate.is_some()))
        .collect();
    let mut pi = 0;
    while pi < paragraphs.len() {
        let (range, is_boilerplate) = paragraphs[pi].clone();
        if is_boilerplate {
            pi += 1;
            continue;
        }
        let text = &s[range.clone()];
        let mut stack: Vec<Open> = Vec::new();
        if let Some((open, _, _)) = carried.take() {
            stack.push(open);
        }
        let bytes = text.as_bytes();
        // Every mark is `"`, `'` or starts with the byte 0xC2 (`«`, `»`) or 0xE2 (`“`, `”`,
        // `„`, `‘`, `’`): the rest of the paragraph is skipped sixteen bytes at a time.
        let mut next = 0;
        while let Some(i) = next_mark_byte(bytes, next) {
            next = i + 1;
            let Some(c) = text[i..].chars().next() else {
                continue;
            };
            let Some((role, double)) = mark(c) else {
                continue;
            };
            let top_matches = stack.last().is_some_and(|o| o.double == double);
            let Some(role) = mark_role(text, i, c, role, double, top_matches) else {
                continue;
            };
            let at = range.start + i;
            match role {
                MarkRole::Open => stack.push(Open {
                    at,
                    mark: c,
                    double,
                }),
                _ => {
                    if let Some(pos) = stack.iter().rposition(|o| o.double == double) {
                        // Inner quotations left open close with their parent.
                        while stack.len() > pos + 1 {
                            let inner = stack.pop().expect("stack longer than pos");
                            quotes.push(quote(s, &inner, at, false, stack.len()));
                        }
                        let o = stack.pop().expect("pos is in the stack");
                        quotes.push(quote(s, &o, at + c.len_utf8(), true, stack.len()));
                    }
                    // A closing mark with nothing open is a stray: ignored.
                }
            }
        }
        // Whatever is still open at the paragraph's end.
        let para_end = range.end;
        while stack.len() > 1 {
            let inner = stack.pop().expect("len > 1");
            quotes.push(quote(s, &inner, para_end, false, stack.len()));
        }
        if let Some(outer) = stack.pop() {
            if outer.double && continues_later(s, &paragraphs, pi) {
                carried = Some((outer, pi, range.clone()));
            } else {
                let end = recovered_end(s, outer.at, para_end);
                quotes.push(quote(s, &outer, end, false, 0));
            }
        }
        pi += 1;
    }
    if let Some((outer, _, range)) = carried {
        quotes.push(quote(s, &outer, range.end, false, 0));
    }
    quotes.sort_by_key(|q: &Quotation| (q.range.start, q.depth));
    seg.quotes = quotes;
}

/// The first byte at or after `from` that may start a quotation mark: `"`, `'`, or 0xC2
/// (`«`, `»`) or 0xE2 (`“`, `”`, `„`, `‘`, `’`).
fn next_mark_byte(bytes: &[u8], from: usize) -> Option<usize> {
    find_byte_of(bytes, from, [b'"', b'\'', 0xC2, 0xE2])
}

/// Whether the mark `c` at byte `i` of `text` opens or closes a quotation, `None` for an
/// apostrophe inside a word (Xi'an, O'Brien). A straight mark is read from its neighbours:
/// open before a word, close after one; between two spaces (or two words) it closes whatever
/// is open of its kind (`top_matches`).
fn mark_role(
    text: &str,
    i: usize,
    c: char,
    role: MarkRole,
    double: bool,
    top_matches: bool,
) -> Option<MarkRole> {
    if !matches!(role, MarkRole::Either) {
        return Some(role);
    }
    let (left_open, right_open) = open_sides(text, i, c);
    if !double && !left_open && !right_open {
        return None;
    }
    let closes = (right_open && !left_open) || (left_open == right_open && top_matches);
    Some(if closes {
        MarkRole::Close
    } else {
        MarkRole::Open
    })
}

/// Whether the mark `c` at byte `i` of `text` has a space or an opening punctuation before it,
/// and a space or a closing punctuation after it.
fn open_sides(text: &str, i: usize, c: char) -> (bool, bool) {
    let before = text[..i].chars().next_back();
    let after = text[i + c.len_utf8()..].chars().next();
    (
        before.is_none_or(|b| b.is_whitespace() || "([{-–—:".contains(b)),
        after.is_none_or(|a| a.is_whitespace() || ",.;:!?)]}…".contains(a)),
    )
}

/// True when, within the next few paragraphs, a double mark closes what paragraph `pi` left
/// open before any new quotation opens (`“`, or a straight mark opening a paragraph). Straight
/// marks are read as `find_quotes` reads them, so a straight pair opened and closed inside a
/// later paragraph (`"giậm chân tại chỗ"`) lies inside the carried quotation; a paragraph that
/// leaves one open starts a new quotation, and so does a straight mark with words (or spaces) on
/// both sides (`… tử vong"."Giờ đây`), which may open as well as close.
fn continues_later(s: &str, paragraphs: &[(Range<usize>, bool)], pi: usize) -> bool {
    for (range, is_boilerplate) in paragraphs.iter().skip(pi + 1).take(MAX_QUOTE_PARAGRAPHS) {
        if *is_boilerplate {
            return false;
        }
        let text = &s[range.clone()];
        // Double quotations opened inside this paragraph and still open.
        let mut depth = 0usize;
        for (i, c) in text.char_indices() {
            let Some((role, true)) = mark(c) else {
                continue;
            };
            // A straight mark with the same on both sides may open as well as close: the run
            // stops. Otherwise a closing mark at depth 0 closes the carried quotation.
            let straight = matches!(role, MarkRole::Either);
            let (left_open, right_open) = open_sides(text, i, c);
            if straight && left_open == right_open {
                return false;
            }
            match mark_role(text, i, c, role, true, true) {
                Some(MarkRole::Open) if !straight || text[..i].trim().is_empty() => return false,
                Some(MarkRole::Open) => depth += 1,
                Some(_) if depth == 0 => return true,
                Some(_) => depth -= 1,
                None => {}
            }
        }
        if depth > 0 {
            return false;
        }
    }
    false
}

/// Where an unclosed quotation ends inside its own paragraph: the paragraph's end when only a
/// few sentences follow, else the first sentence end after the mark.
fn recovered_end(s: &str, open_at: usize, para_end: usize) -> usize {
    let rest = &s[open_at..para_end];
    let ends: Vec<usize> = rest
        .char_indices()
        .filter(|&(i, c)| matches!(c, '.' | '!' | '?') && rest[i + 1..].starts_with(' '))
        .map(|(i, _)| open_at + i + 1)
        .take(MAX_UNCLOSED_SENTENCES + 1)
        .collect();
    if ends.len() > MAX_UNCLOSED_SENTENCES {
        ends[0]
    } else {
        para_end
    }
}

fn quote(s: &str, open: &Open, end: usize, closed: bool, depth: usize) -> Quotation {
    let inner_start = open.at + open.mark.len_utf8();
    let inner_end = if closed {
        s[..end].char_indices().next_back().map_or(end, |(i, _)| i)
    } else {
        end
    };
    Quotation {
        range: open.at..end,
        inner: inner_start..inner_end.max(inner_start),
        open: open.mark,
        closed,
        depth,
    }
}

fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

fn is_closer(c: char) -> bool {
    matches!(c, '”' | '"' | '’' | '\'' | '»' | ')' | ']')
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '“' | '"' | '‘' | '«' | '(' | '[' | '-' | '–')
}

fn split_sentences(s: &str, rules: &Lexicon, seg: &mut Segments) {
    // Outer quotation ranges, sorted, to ask "is this offset inside a quotation?".
    let outer = seg.outer_quote_ranges();
    let inside_quote = |at: usize| {
        let idx = outer.partition_point(|r| r.start < at);
        idx > 0 && outer[idx - 1].end > at
    };
    // Where each paragraph is cut, in one buffer for the whole document.
    let mut cuts: Vec<usize> = Vec::new();
    for (pi, p) in seg.paragraphs.iter().enumerate() {
        let text = &s[p.range.clone()];
        cuts.clear();
        let bytes = text.as_bytes();
        let char_at = |i: usize| text.get(i..).and_then(|rest| rest.chars().next());
        // The character before byte `i`.
        let char_before = |i: usize| text.get(..i).and_then(|head| head.chars().next_back());
        // Sentences are cut only at a terminator or just before a capital, so the scan jumps
        // from one of these to the next (`next_capital_or_stop`, sixteen bytes at a time, may
        // stop at a few other characters: they are told apart here), and every test the cut
        // makes of the characters before it is made there.
        let mut i = 0;
        while let Some(at) = next_capital_or_stop(bytes, i) {
            i = at;
            let b = bytes[i];
            let c = if b < 0x80 {
                if !(b.is_ascii_uppercase() || matches!(b, b'.' | b'!' | b'?')) {
                    i += 1;
                    continue;
                }
                char::from(b)
            } else if upper_by_bytes(bytes, i) == Some(false) {
                // A small Vietnamese letter, the common case, told from its bytes.
                i += if b >= 0xE0 { 3 } else { 2 };
                continue;
            } else {
                match char_at(i) {
                    Some(c) if c == '…' || is_upper(c) => c,
                    Some(c) => {
                        i += c.len_utf8();
                        continue;
                    }
                    None => break,
                }
            };
            let prev = char_before(i);
            if !is_terminator(c) {
                // A capital at `i`.
                if prev == Some(' ') {
                    // A caption run into the text without a full stop (BBC bodies are one
                    // line): a lower-case word, a space, then a capitalised word that only
                    // opens sentences (`… là tội ác chiến tranh Người phát ngôn của OPCW nói …`).
                    // Also after a quotation or bracket that closes there (`ông Tập "rất tốt"
                    // Ông Trump đang tiếp …`, `… công dân Mỹ] Theo bà Adams, …`): the mark
                    // follows a letter or a terminator, not a space, so it is no opening mark.
                    let before_space = char_before(i - 1);
                    let after_closer = before_space.filter(|&q| is_closer(q)).is_some_and(|q| {
                        char_before(i - 1 - q.len_utf8())
                            .is_some_and(|x| is_letter(x) || is_terminator(x))
                    });
                    if (before_space.is_some_and(is_lower) || after_closer)
                        && !inside_quote(p.range.start + i)
                    {
                        let rest = &text[i..];
                        let word_end = rest.find(|ch: char| !is_letter(ch)).unwrap_or(rest.len());
                        let word = &rest[..word_end];
                        // `tổ chức Theo dõi Nhân quyền`: an opener and the word after it
                        // that make a name's words open nothing.
                        // `phường Vĩnh Tuy, Hà Nội`: an opener closed by a comma or a bracket
                        // ends a name; it opens nothing.
                        let closed = rest[word_end..].starts_with([',', ')']);
                        let names = || {
                            let next = rest[word_end..].strip_prefix(' ')?;
                            let next_len =
                                next.find(|ch: char| !is_letter(ch)).unwrap_or(next.len());
                            // The opener, its space (one byte) and the next word.
                            let pair = &rest[..word_end + 1 + next_len];
                            Some(next_len > 0 && rules.is_not_opener(pair))
                        };
                        // `ông Sau`, `bà Khi`: after a form of address, a name.
                        let addressed = || {
                            let prev = trailing_word(&text[..i - 1]);
                            rules.has_role(&prev.to_lowercase(), WordRole::Address)
                        };
                        if rules.is_capitalised_opener(word)
                            && !closed
                            && names() != Some(true)
                            && !addressed()
                        {
                            cuts.push(i);
                        }
                    }
                } else if let Some(lower) = prev.filter(|&pc| is_lower(pc)) {
                    // Glued sentences: `biên giớiArmenia`, a lower-case word running into a
                    // capital.
                    let last = i - lower.len_utf8();
                    let left = trailing_word(&text[..i]);
                    let right_len = text[i..].chars().take_while(|&ch| is_letter(ch)).count();
                    if left.chars().count() >= 2
                        && left.chars().all(is_lower)
                        && right_len >= 2
                        && !left.is_ascii()
                        && !inside_quote(p.range.start + last + 1)
                    {
                        cuts.push(i);
                    }
                }
                i += c.len_utf8();
                continue;
            }
            let mut j = i;
            while let Some(t) = char_at(j).filter(|&t| is_terminator(t)) {
                j += t.len_utf8();
            }
            while let Some(closer) = char_at(j).filter(|&t| is_closer(t)) {
                // `hành động của mình."Tôi`: a straight quote glued to a capital opens the next
                // sentence's quotation; it does not close this one.
                let opens_next = matches!(closer, '"' | '\'')
                    && char_at(j + closer.len_utf8()).is_some_and(is_upper);
                if opens_next {
                    break;
                }
                j += closer.len_utf8();
            }
            let end = j;
            let after = char_at(j);
            let next_word = text[j..].chars().find(|ch| !ch.is_whitespace());
            // `bầu cử.Ông`: a period glued to the next sentence, between a lower-case letter
            // and a capital (never a dotted code such as `VOV.VN` or a number).
            let glued = after.is_some_and(|x| {
                is_upper(x)
                    || (matches!(x, '"' | '“') && char_at(j + x.len_utf8()).is_some_and(is_upper))
            }) && prev.is_some_and(|b| is_lower(b) || matches!(b, '”' | '"'));
            let has_space = after.is_some_and(char::is_whitespace) || glued;
            let abbreviation = c == '.' && j == i + 1 && is_abbreviation(text, i, rules);
            if has_space
                && next_word.is_some_and(starts_sentence)
                && !abbreviation
                && !inside_quote(p.range.start + end)
            {
                cuts.push(end);
            }
            i = j;
        }
        // A link to a related article is a sentence of its own, whatever it holds.
        let links = related_links(text, |at| inside_quote(p.range.start + at));
        if !links.is_empty() {
            for link in &links {
                cuts.retain(|&c| c <= link.start || c >= link.end);
                cuts.extend([link.start, link.end]);
            }
            cuts.sort_unstable();
            cuts.dedup();
        }
        let mut start = 0;
        cuts.push(text.len());
        for &cut in &cuts {
            let piece = &text[start..cut];
            let lead = piece.len() - piece.trim_start().len();
            let trimmed = piece.trim();
            if !trimmed.is_empty() {
                let a = p.range.start + start + lead;
                let range = a..a + trimmed.len();
                let mut boilerplate = p.boilerplate;
                if boilerplate.is_none()
                    && links
                        .iter()
                        .any(|l| l.start == start + lead && l.end == start + lead + trimmed.len())
                {
                    boilerplate = Some(BoilerplateKind::Related);
                    seg.boilerplate.push(Boilerplate {
                        range: range.clone(),
                        kind: BoilerplateKind::Related,
                        rule: "related: a bracketed headline between sentences".to_string(),
                    });
                }
                seg.sentences.push(Sentence {
                    range,
                    paragraph: pi,
                    boilerplate,
                });
            }
            start = cut;
        }
    }
}

/// The links to related articles in paragraph `text` (byte ranges, brackets included): a
/// bracketed headline set between two sentences or at either end of the paragraph (`… theo
/// Reuters.  [Mỹ xác nhận Triều Tiên tiến hành thêm vụ phóng thử tên lửa]  Theo tờ báo, …`).
/// News sites insert them into the body; run into the next sentence, they hid its source prefix
/// and read as claims (`[Báo chí Mỹ: Tổng thống Trump tiết lộ …]`). On the bulk corpus 917
/// were found this way, and every one of a read sample of 25 was a headline.
fn related_links(text: &str, inside_quote: impl Fn(usize) -> bool) -> Vec<Range<usize>> {
    let mut links = Vec::new();
    for open in memchr::memchr_iter(b'[', text.as_bytes()) {
        let before = text[..open].trim_end();
        let opens_sentence = before.is_empty()
            || before
                .chars()
                .next_back()
                .is_some_and(|c| is_terminator(c) || matches!(c, '”' | '"' | '»' | ')' | ']'));
        if !opens_sentence || inside_quote(open) {
            continue;
        }
        let rest = &text[open + 1..];
        let window = &rest[..floor_boundary(rest, MAX_RELATED_BYTES)];
        let Some(close) = window
            .find(['[', ']'])
            .filter(|&c| window[c..].starts_with(']'))
        else {
            continue;
        };
        let inner = &rest[..close];
        let after = rest[close + 1..].trim_start();
        if inner.chars().next().is_some_and(is_upper)
            && inner
                .split_whitespace()
                .nth(MIN_RELATED_WORDS - 1)
                .is_some()
            && (after.is_empty()
                || after
                    .chars()
                    .next()
                    .is_some_and(|c| is_upper(c) || matches!(c, '“' | '"')))
        {
            links.push(open..open + 1 + close + 1);
        }
    }
    links
}

/// A period that belongs to the word before it: a listed abbreviation (`TP.`), an initial
/// (`H.R.`, `J.`) or a number (`3.` in `ngày 3. 10`).
fn is_abbreviation(text: &str, dot: usize, rules: &Lexicon) -> bool {
    let word_start = text[..dot]
        .rfind(|c: char| c.is_whitespace() || "([“\"".contains(c))
        .map_or(0, |i| {
            i + text[i..].chars().next().map_or(1, char::len_utf8)
        });
    let word = &text[word_start..=dot];
    if rules.abbreviations.iter().any(|a| a.text == word) {
        return true;
    }
    // Initials: every dot-separated piece is one capital letter (`H.R.`, `U.S.`, `J.`).
    word.trim_end_matches('.').split('.').all(|p| {
        let mut cs = p.chars();
        cs.next().is_some_and(char::is_uppercase) && cs.next().is_none()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;

    proptest::proptest! {
        #[test]
        fn mark_scan_finds_the_first_mark_byte(
            bytes in proptest::collection::vec(proptest::sample::select(
                vec![b'a', b' ', b'"', b'\'', 0xC2, 0xE2, 0xC3, 0x80, 0x22 ^ 0x80]), 0..40),
            from in 0usize..45,
        ) {
            let naive = (from..bytes.len())
                .find(|&i| matches!(bytes[i], b'"' | b'\'' | 0xC2 | 0xE2));
            proptest::prop_assert_eq!(next_mark_byte(&bytes, from), naive);
        }
    }

    fn seg(raw: &str) -> (Text, Segments) {
        let rules = Lexicon::new(&crate::rules::Rules::embedded());
        let text = normalize(raw, &rules.repairs);
        let seg = segment(&text, &rules);
        (text, seg)
    }

    fn sentences(raw: &str) -> Vec<String> {
        let (text, seg) = seg(raw);
        seg.sentences
            .iter()
            .map(|s| text.as_str()[s.range.clone()].to_string())
            .collect()
    }

    /// `not_opener` in `rules/grammar.txt`: `Theo dõi` after a lower-case word is part of a
    /// name (Human Rights Watch, Transparency International), not a caption's end; and the
    /// look at the word after an opener never slices inside a character (`Thái… `).
    #[test]
    fn an_opener_inside_a_name_cuts_nothing() {
        for (source, text) in [
            ("baomoi:22448357", "Họ được các tù nhân khác tôn trọng, theo nguồn tin bên trong nói với tổ chức Theo dõi Nhân quyền (HRW)."),
            ("bbcvi_026", "Ông Phil Robertson, Phó Giám đốc phụ trách khu vực Á châu của tổ chức Theo dõi Nhân quyền (HRW) nói việc kết án là quá mức."),
            ("baomoi:21495173", "Năm 2016, tổ chức Theo dõi minh bạch Quốc tế xếp Mexico đứng thứ vị trí 123 trong số 176 quốc gia."),
            // Place names whose last syllables are an opener and a name (`not_opener`).
            ("baomoi:21480493", "Đại tá Đinh Huy Hoàng - Trưởng Công an quận Hai Bà Trưng, Hà Nội cho biết."),
            ("baomoi:21473085", "Trao đổi với PV báo Người Đưa Tin về sự việc này, ông Nguyễn Chí Thanh - Trưởng ban quản lý di tích chùa Hương cho biết, sự cố chập điện xảy ra vào lúc 14h chiều 5/2."),
            ("baomoi:21481069", "Công an huyện Long Điền, tỉnh Bà Rịa- Vũng Tàu cho biết vừa bắt tạm giam bị can Nguyễn Thị Kim Thanh."),
            // An opener closed by a comma or a bracket ends a name.
            ("baomoi:21473097", "Chia sẻ lí do phải bế con mới 15 tháng tuổi, đứng xếp hàng từ 5 giờ sáng, chị Hương (Vĩnh Tuy, Hà Nội) cho biết."),
        ] {
            assert_eq!(sentences(text), vec![text], "{source}");
        }
        // An opener followed by a multi-byte character, not a space.
        assert_eq!(sentences("các em Theo… rồi về.").len(), 2);
    }

    /// A `credit` pattern of `rules/boilerplate.txt`: the sentence before a photo credit in the
    /// same paragraph is the photo's caption, run into the text; the sentences around it stay
    /// text, and a credit that opens its paragraph marks nothing before it.
    #[test]
    fn the_sentence_before_a_photo_credit_is_a_caption() {
        let caption = |raw: &str| -> Vec<String> {
            let (text, seg) = seg(raw);
            seg.sentences
                .iter()
                .filter(|s| s.boilerplate == Some(BoilerplateKind::Caption))
                .map(|s| text.as_str()[s.range.clone()].to_string())
                .collect()
        };
        for (source, raw, want) in [
            (
                "baomoi:22542017",
                "Một quyển kinh Koran được đặt cạnh xác nạn nhân. Cảnh sát nhận định Azan trước đó đã bị cưỡng hiếp và giết hại dã man, theo Gulf News. Cảnh sát Abu Dhabi công bố đặc điểm nhận dạng của nghi phạm. Ảnh: Cảnh sát Abu Dhabi. Nghi phạm vụ án đã bị camera ghi lại. Theo đó, người này mang theo túi xách, đi cùng một bé trai vào thang máy.",
                "Cảnh sát Abu Dhabi công bố đặc điểm nhận dạng của nghi phạm.",
            ),
            (
                "baomoi:22582736",
                "Tôi muốn nhận được một lời giải thích hoàn chỉnh”. Ngoại trưởng Nga Sergei Lavrov cho rằng Washington còn nợ Moscow một lời giải thích. Ảnh: REUTERS Nga có dám hành động? Bộ Quốc phòng Nga đã tuyên bố chấm dứt thực thi thỏa thuận phòng ngừa sự cố trên không với Mỹ ở Syria, và cảnh báo sẽ coi mọi máy bay của liên quân là mục tiêu.",
                "Ngoại trưởng Nga Sergei Lavrov cho rằng Washington còn nợ Moscow một lời giải thích.",
            ),
            (
                "baomoi:22660231",
                "\"Những hình ảnh được chia sẻ cũng chỉ là hành động trêu đùa của các thành viên trong đoàn. Tôi cũng không muốn can thiệp hay tìm hiểu thêm quá nhiều\", anh Thắng nói. Bảo Thanh gọi chồng là \"bảo mẫu của năm\". Ảnh: FB. Bảo Thanh là nữ diễn viên hiện được yêu thích nhờ Sống chung với mẹ chồng. Tuy nhiên, hình tượng của cô bị ảnh hưởng ít nhiều sau khi bị tố.",
                "Bảo Thanh gọi chồng là \"bảo mẫu của năm\".",
            ),
        ] {
            assert_eq!(caption(raw), vec![want.to_string()], "{source}");
        }
        // baomoi:21474091: the credit opens its paragraph; the sentence before it ends the
        // paragraph before, body text (the outlet's call, a claim).
        let raw = "Theo tiết lộ của thời báo Military Times, Bộ Quốc phòng Mỹ đã cố tính không thông báo về hàng ngàn cuộc không kích gây chết người đã xảy ra ra tại ba quốc gia Iraq, Syria và Afghanistan kể từ năm 2001. Báo này cũng kêu gọi Lầu Năm góc phải chấp nhận và công bố thực tế đáng báo động trên.\nẢnh: Military Times Theo Military Times, chỉ tính riêng trong năm 2016, không quân Mỹ đã tiến hành 456 cuộc không kích ở Afghanistan, nhưng Lầu Năm góc không thống kê chi tiết trong các nguồn dữ liệu mở do không quân Mỹ quản lý nhằm phục vụ Quốc hội, giới phân tích quân sự, các nhà nghiên cứu cũng như đồng minh của Mỹ tham khảo.";
        let (_, seg) = seg(raw);
        assert!(seg
            .sentences
            .iter()
            .filter(|s| s.paragraph == 0)
            .all(|s| s.boilerplate.is_none()));
        // baomoi:22702053: a long body sentence (a call of 90 words) before a credit with no
        // caption of its own is text.
        let raw = "Thủ tướng Chính phủ bày tỏ ấn tượng về cảnh quan tươi đẹp, quy hoạch đô thị văn minh, hiện đại của thành phố đăng cai Hội nghị Thượng đỉnh G20. Thủ tướng Chính phủ Nguyễn Xuân Phúc khẳng định Việt Nam sẵn sàng thúc đẩy hợp tác với Hamburg trong các lĩnh vực khoa học-công nghệ, dịch vụ hậu cần, vận tải - cảng biển; đề nghị Hamburg tăng cường hợp tác với các thành phố cảng Việt Nam như Đà Nẵng, Hải Phòng, thành phố Hồ Chí Minh v.v.. về quản lý, quy hoạch và phát triển để các cảng Việt Nam đạt trình độ và quy mô quốc tế; khuyến khích các doanh nghiệp của Hamburg đầu tư vào Việt Nam trong các lĩnh vực thế mạnh của mình như đóng tàu, hóa dầu, hàng không – vũ trụ, điện tử, cơ khí chính xác, hóa chất, thiết bị quang học… qua đó giúp tăng kim ngạch thương mại - đầu tư giữa Việt Nam và Hamburg. Ảnh: VGP/Quang Hiếu Thủ hiến Olaf Scholz cảm ơn những đánh giá tốt đẹp của Thủ tướng Chính phủ Nguyễn Xuân Phúc đối với thành phố, hoan nghênh và nhất trí cùng với Việt Nam thúc đẩy triển khai các đề xuất về hợp tác trong tương lai.";
        assert!(caption(raw).is_empty());
    }

    /// A link to a related article, a bracketed headline between two sentences, is a sentence
    /// of its own, marked `related`, and the sentence after it opens where it did (its source
    /// prefix, its quotation); a bracket inside a sentence is text.
    #[test]
    fn a_bracketed_headline_between_sentences_is_a_related_link() {
        let related = |raw: &str| -> (Vec<String>, Vec<String>) {
            let (text, seg) = seg(raw);
            let (links, rest): (Vec<_>, Vec<_>) = seg
                .sentences
                .iter()
                .partition(|s| s.boilerplate == Some(BoilerplateKind::Related));
            let text_of = |s: &&Sentence| text.as_str()[s.range.clone()].to_string();
            (
                links.iter().map(text_of).collect(),
                rest.iter().map(text_of).collect(),
            )
        };
        for (source, raw, link, next) in [
            (
                "baomoi:22301901",
                "Vụ tấn công mới cũng nhằm vào những điểm yếu mà mã độc máy tính WannaCry tấn công, song sẽ không nhằm vào các dữ liệu đóng băng, mà lợi dụng hàng trăm nghìn máy tính được cho là bị ảnh hưởng để đào tiền ảo. [Hàng ngàn máy tính ở Việt Nam lây nhiễm mã độc WannaCry] Theo nhà nghiên cứu Nicolas Godier thuộc công ty Proofpoint, sau khi phát hiện vụ tấn công bằng mã độc máy tính WannaCry hôm 12/5, \"các nhà nghiên cứu thuộc Proofpoint đã phát hiện một vụ tấn công mới có liên quan tới WannaCry được gọi là Adylkuzz.\"",
                "[Hàng ngàn máy tính ở Việt Nam lây nhiễm mã độc WannaCry]",
                "Theo nhà nghiên cứu Nicolas Godier",
            ),
            (
                "baomoi:21758641",
                "Các doanh nghiệp này cũng thừa nhận, tiêu chuẩn Euro 4 về mặt doanh nghiệp nhập khẩu sẽ bế tắc ở kinh doanh bởi quy trình sản xuất sẽ phải tạm dừng mất từ 3-6 tháng ở Trung Quốc do thay đổi về động cơ, dây chuyền sản xuất.  [Vì sao doanh nghiệp cố tình nhập xe dưới tiêu chuẩn Euro 4?]  “Không có doanh nghiệp nào mang hàng Euro 2 về nâng cấp lên Euro 4 để bán cho khách hàng vì không vượt qua được các quy định khắt khe của Cục Đăng kiểm, Hải quan.”",
                "[Vì sao doanh nghiệp cố tình nhập xe dưới tiêu chuẩn Euro 4?]",
                "“Không có doanh nghiệp nào",
            ),
            (
                "baomoi:22420574",
                "Chúng tôi không sai lầm khi rút khỏi Hiệp định Đối tác xuyên Thái Bình Dương (TPP) mà không rút khỏi TTIP.\"  [Tổng thống Mỹ và Thủ tướng Đức nhất trí duy trì đàm phán về TTIP]  Những phát biểu của ông Ross đã đánh dấu một sự chuyển hướng chính sách đối với chính quyền của Tổng thống Mỹ Donald Trump, giữa lúc Mỹ và Đức bất đồng trong các chính sách về ngoại giao và thương mại.",
                "[Tổng thống Mỹ và Thủ tướng Đức nhất trí duy trì đàm phán về TTIP]",
                "Những phát biểu của ông Ross",
            ),
        ] {
            let (links, rest) = related(raw);
            assert_eq!(links, vec![link.to_string()], "{source}");
            assert_eq!(rest.len(), 2, "{source}: {rest:?}");
            assert!(rest[1].starts_with(next), "{source}: {rest:?}");
        }
        // Inside a sentence, or before a small letter, a bracket is no link.
        for raw in [
            "Ông nói [Tổng thống Mỹ Donald Trump] đã sai.",
            "Ông nói vậy. [Tổng thống Mỹ Donald Trump] đã sai.",
            "Ông nói vậy. [Hai từ] Theo đó, ông đi.",
        ] {
            assert!(related(raw).0.is_empty(), "{raw}");
        }
    }

    /// Found on the bulk corpus: a glued-sentence check looked for the word start one byte
    /// after a multi-byte quotation mark (`mã “iPhone`) and sliced inside it.
    #[test]
    fn bug_glued_word_after_curly_quote_does_not_slice_inside_it() {
        assert_eq!(
            sentences("Sản phẩm có mã “iPhone” sẽ ra mắt."),
            vec!["Sản phẩm có mã “iPhone” sẽ ra mắt."]
        );
    }

    #[test]
    fn numbers_and_dates_do_not_end_sentences() {
        assert_eq!(
            sentences("Hơn 40.000 người chết, tỷ lệ 3,5%. Ngày 19/9 giao tranh nổ ra."),
            vec![
                "Hơn 40.000 người chết, tỷ lệ 3,5%.",
                "Ngày 19/9 giao tranh nổ ra."
            ]
        );
    }

    #[test]
    fn initials_and_abbreviations_do_not_end_sentences() {
        assert_eq!(
            sentences("Cố vấn H.R. McMaster nói. Người dân TP. Hồ Chí Minh vui mừng."),
            vec![
                "Cố vấn H.R. McMaster nói.",
                "Người dân TP. Hồ Chí Minh vui mừng."
            ]
        );
    }

    /// A headline or caption run into the text with no stop, then a sentence opened by a word
    /// that opens sentences only (`Sau`, `Khi`, `Trước`, `Ngoài`): the sentence starts there.
    /// Not inside a name (`Cục Quản lý Lao động Ngoài nước`, a `not_opener` pair) nor after a
    /// form of address (`ông Sau`).
    #[test]
    fn an_opener_after_a_lower_case_word_starts_a_sentence() {
        for (source, raw, want) in [
            ("shortened from baomoi:21471814", "Ranieri thừa nhận các cầu thủ Leicester đang lo sợ Sau trận thua Man Utd, HLV Ranieri của Leicester cho biết", &["Ranieri thừa nhận các cầu thủ Leicester đang lo sợ", "Sau trận thua Man Utd, HLV Ranieri của Leicester cho biết"][..]),
            ("baomoi:21512426", "Conte tuyên bố không có mức giá nào cho Eden Hazard hiện nay cả Sau mùa giải đánh mất mình, Hazard hồi sinh mạnh mẽ khi Conte đến, hiện đạt phong độ rất cao cùng Chelsea .", &["Conte tuyên bố không có mức giá nào cho Eden Hazard hiện nay cả", "Sau mùa giải đánh mất mình, Hazard hồi sinh mạnh mẽ khi Conte đến, hiện đạt phong độ rất cao cùng Chelsea ."]),
            ("shortened from baomoi:22464100", "Đại biểu Quốc hội Phạm Trọng Nhân (tỉnh Bình Dương) phát biểu ý kiến Ngoài việc chỉ rõ thực trạng vi phạm ATTP hiện nay, các ĐBQH cũng góp ý nhiều giải pháp", &["Đại biểu Quốc hội Phạm Trọng Nhân (tỉnh Bình Dương) phát biểu ý kiến", "Ngoài việc chỉ rõ thực trạng vi phạm ATTP hiện nay, các ĐBQH cũng góp ý nhiều giải pháp"]),
            ("baomoi:22515794", "Ông Tống Hải Nam, Phó Cục trưởng Quản lý Lao động Ngoài nước (Bộ LĐ-TB&XH) cho biết thêm, cục đã yêu cầu các doanh nghiệp xuất khẩu lao động lập danh sách cụ thể những lao động Việt Nam đang làm việc tại Qatar.", &["Ông Tống Hải Nam, Phó Cục trưởng Quản lý Lao động Ngoài nước (Bộ LĐ-TB&XH) cho biết thêm, cục đã yêu cầu các doanh nghiệp xuất khẩu lao động lập danh sách cụ thể những lao động Việt Nam đang làm việc tại Qatar."]),
            ("constructed", "Người dân gọi ông Sau là thầy.", &["Người dân gọi ông Sau là thầy."]),
        ] {
            assert_eq!(sentences(raw), want, "{source}");
        }
    }

    #[test]
    fn glued_sentences_are_split() {
        assert_eq!(
            sentences(
                "Armenia và Azerbaijan đọ súng dọc biên giớiArmenia và Azerbaijan đổ lỗi cho nhau."
            ),
            vec![
                "Armenia và Azerbaijan đọ súng dọc biên giới",
                "Armenia và Azerbaijan đổ lỗi cho nhau."
            ]
        );
        assert_eq!(sentences("Ông McCain dùng iPhone.").len(), 1);
    }

    /// A caption or a headline run into the text without a full stop, after a closing quotation
    /// mark or bracket (bbcvi_037; bulk baomoi:22265134, baomoi:22713265, baomoi:22522566).
    #[test]
    fn a_sentence_opener_after_a_closing_mark_starts_a_sentence() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Ông Trump nói quan hệ với ông Tập \"rất tốt\" Ông Trump đang tiếp chủ tịch Trung Quốc.",
                &[
                    "Ông Trump nói quan hệ với ông Tập \"rất tốt\"",
                    "Ông Trump đang tiếp chủ tịch Trung Quốc.",
                ],
            ),
            (
                "[Cuộc tấn công mạng toàn cầu đã được cảnh báo tại Việt Nam] Theo ông Tuấn Anh, mã độc gây trở ngại.",
                &[
                    "[Cuộc tấn công mạng toàn cầu đã được cảnh báo tại Việt Nam]",
                    "Theo ông Tuấn Anh, mã độc gây trở ngại.",
                ],
            ),
            (
                "Thí sinh dự thi tại TPHCM (ảnh K.Q) Theo công bố của Sở GD-ĐT TPHCM, phổ điểm cao.",
                &[
                    "Thí sinh dự thi tại TPHCM (ảnh K.Q)",
                    "Theo công bố của Sở GD-ĐT TPHCM, phổ điểm cao.",
                ],
            ),
            // Not after an opening mark, and not a word that also names things.
            (
                "Ông nói: \"Theo tôi, cần đối thoại.\"",
                &["Ông nói: \"Theo tôi, cần đối thoại.\""],
            ),
            (
                "Họ gọi đó là \"điểm nóng\" Trung Đông.",
                &["Họ gọi đó là \"điểm nóng\" Trung Đông."],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), want.to_vec(), "{text}");
        }
    }

    #[test]
    fn a_quote_over_two_sentences_stays_in_one_sentence() {
        let got = sentences("Ông nói: “Cần đối thoại. Không thể chờ.” Sau đó ông rời đi.");
        assert_eq!(
            got,
            vec![
                "Ông nói: “Cần đối thoại. Không thể chờ.”",
                "Sau đó ông rời đi."
            ]
        );
    }

    #[test]
    fn a_quote_can_run_over_paragraphs() {
        let (text, seg) = seg("Đại sứ quán khẳng định.\n“Một.\nHai;\nBa”.\nHết.");
        assert_eq!(seg.quotes.len(), 1);
        let q = &seg.quotes[0];
        assert!(q.closed);
        assert_eq!(&text.as_str()[q.inner.clone()], "Một.\nHai;\nBa");
    }

    /// dantri:news_education_084: a straight quotation over three paragraphs, with a straight
    /// pair inside the last one (`"giậm chân tại chỗ"`), runs on to its closing mark; a later
    /// paragraph opening with a straight mark starts a quotation of its own.
    #[test]
    fn a_straight_quotation_runs_over_paragraphs_past_an_inner_pair() {
        let (text, segs) =
            seg("\"Một.\nHai.\nCác nước đang \"giậm chân\" vì dịch. Ba\", ông Hùng nói.\nHết.");
        let outer: Vec<&str> = segs
            .quotes
            .iter()
            .filter(|q| q.depth == 0)
            .map(|q| &text.as_str()[q.inner.clone()])
            .collect();
        assert_eq!(
            outer,
            vec!["Một.\nHai.\nCác nước đang \"giậm chân\" vì dịch. Ba"]
        );
        let (text, segs) = seg("Ông nói: \"Một.\n\"Hai\", bà nói.");
        assert_eq!(&text.as_str()[segs.quotes[0].inner.clone()], "Một.");
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        let (text, seg) = seg("Ông nói: “Chúng tôi lo ngại.\nÔng Peskov cho biết thêm.\n“Quân đội sẵn sàng”, ông nói.");
        assert_eq!(seg.quotes.len(), 2);
        assert!(!seg.quotes[0].closed);
        assert_eq!(
            &text.as_str()[seg.quotes[0].inner.clone()],
            "Chúng tôi lo ngại."
        );
        assert!(seg.quotes[1].closed);
    }

    #[test]
    fn a_stray_mark_in_a_long_paragraph_does_not_swallow_it() {
        let raw = "Ông nói “một điều. Hai là hai. Ba là ba. Bốn là bốn. Năm là năm.";
        let (text, seg) = seg(raw);
        assert_eq!(&text.as_str()[seg.quotes[0].inner.clone()], "một điều.");
    }

    #[test]
    fn straight_quotes_pair_by_their_neighbours() {
        let (text, seg) = seg("Ông nói \"150 sĩ quan\" đang chỉ huy, và \"quân đội đủ sức\".");
        let inner: Vec<&str> = seg
            .quotes
            .iter()
            .map(|q| &text.as_str()[q.inner.clone()])
            .collect();
        assert_eq!(inner, vec!["150 sĩ quan", "quân đội đủ sức"]);
    }

    #[test]
    fn apostrophes_inside_words_are_not_quotes() {
        let (_, seg) = seg("Thành phố Xi'an và ông O'Brien.");
        assert!(seg.quotes.is_empty());
    }

    #[test]
    fn boilerplate_is_marked_and_the_date_kept() {
        let (_, seg) = seg(" date 2020-10 Các lực lượng đụng độ.\n0:00 / 0:00\nTin chính.\nTheo Reuters, Tass\nMỚI - NÓNG");
        let kinds: Vec<BoilerplateKind> = seg.boilerplate.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            vec![
                BoilerplateKind::Metadata,
                BoilerplateKind::Player,
                BoilerplateKind::SourceLine,
                BoilerplateKind::Banner
            ]
        );
        assert_eq!(seg.date.as_deref(), Some("2020-10"));
        assert_eq!(
            seg.sentences
                .iter()
                .filter(|s| s.boilerplate.is_none())
                .count(),
            2
        );
    }
}
