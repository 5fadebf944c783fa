//! Stage 7: the report in forms people read — a Markdown review, one self-contained HTML
//! page, a terminal view — and as JSON lines.
//!
//! Every renderer is a function of the [`Report`] and the articles' raw text (the report's
//! spans are byte offsets into it), given as `(document id, text)` pairs and looked up by id,
//! so their order does not matter. None of them reads anything else, so their output is as
//! deterministic as the report. A document whose text is not given (or does not fit its spans)
//! is still shown, with its claims and a note instead of the article.
//!
//! The forms people read speak a [`Lang`]: Vietnamese or English labels, cue classes,
//! conflict kinds and conflict reasons (their words are in `rules/report/labels.txt`). Ids,
//! rule names, signal names and the articles' own text are the same in both. JSON and JSON
//! lines have no language: their keys and values never change.

use std::fmt::Write as _;
use std::ops::Range;

use crate::lang;
pub use crate::lang::Lang;
use crate::report::{ClaimOut, Conflict, ConflictKind, Document, Polarity, Report};
use crate::rules::Label;

/// Content excerpts in the Markdown review and the terminal view stop after this many
/// characters.
pub const EXCERPT_CHARS: usize = 160;

/// One JSON line per document, then one line `{"schema_version", "conflicts"}`: the format of
/// `doichieu corpus`.
///
/// ```
/// use doichieu::{analyze, render, rules::Rules};
/// let report = analyze("a", "Ông Peskov cho biết Nga sẵn sàng.", &Rules::embedded());
/// let lines = render::jsonl(&report).unwrap();
/// assert_eq!(lines.lines().count(), 2);
/// let last: serde_json::Value = serde_json::from_str(lines.lines().last().unwrap()).unwrap();
/// assert_eq!(last, serde_json::json!({"schema_version": 1, "conflicts": []}));
/// ```
pub fn jsonl(report: &Report) -> serde_json::Result<String> {
    let mut out = String::new();
    for d in &report.documents {
        out.push_str(&serde_json::to_string(d)?);
        out.push('\n');
    }
    let last = serde_json::json!({
        "schema_version": report.schema_version,
        "conflicts": report.conflicts,
    });
    out.push_str(&serde_json::to_string(&last)?);
    out.push('\n');
    Ok(out)
}

/// `text` cut to [`EXCERPT_CHARS`] characters, with `…` when cut; line breaks become spaces.
fn excerpt(text: &str) -> String {
    let mut out: String = text
        .chars()
        .take(EXCERPT_CHARS)
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if text.chars().nth(EXCERPT_CHARS).is_some() {
        out.push('…');
    }
    out
}

/// The label of a conflict kind.
fn kind_label(kind: ConflictKind) -> Label {
    match kind {
        ConflictKind::Denial => Label::KindDenial,
        ConflictKind::MutualAccusation => Label::KindMutualAccusation,
        ConflictKind::Numeric => Label::KindNumeric,
        ConflictKind::Framing => Label::KindFraming,
        ConflictKind::Outcome => Label::KindOutcome,
        ConflictKind::OpposingCall => Label::KindOpposingCall,
    }
}

/// A conflict's reason in `lang`. The report's `why` is English; in Vietnamese it is read back
/// with the English templates of the label table and written with the Vietnamese ones (a
/// `why` that does not read back, written by another version of doichieu, is shown as it is).
///
/// ```
/// use doichieu::{analyze, render::{self, Lang}, rules::Rules};
/// let report = analyze("x", "Armenia và Azerbaijan cáo buộc nhau vi phạm lệnh ngừng bắn.", &Rules::embedded());
/// let x = &report.conflicts[0];
/// assert!(x.why.starts_with("Armenia and Azerbaijan accuse each other: "));
/// assert_eq!(render::why(x, Lang::En), x.why);
/// assert!(render::why(x, Lang::Vi).starts_with("Armenia và Azerbaijan cáo buộc lẫn nhau: "));
/// ```
pub fn why(conflict: &Conflict, lang: Lang) -> std::borrow::Cow<'_, str> {
    lang::why(&conflict.why, lang)
}

/// The short id of a claim inside its document (`c3` of `doc#c3`).
fn short_id(id: &str) -> &str {
    id.rsplit_once('#').map_or(id, |(_, c)| c)
}

/// The cue of a claim as written, or for a quotation without one (the report's `cue.text` is
/// then `quote`, with no span), the word for a quotation in `lang`.
fn cue_text(c: &ClaimOut, lang: Lang) -> &str {
    if c.cue.span.is_none() && c.cue.text == "quote" {
        Label::Quote.text(lang)
    } else {
        &c.cue.text
    }
}

fn speaker_label(c: &ClaimOut) -> String {
    match &c.speaker.side {
        Some(side) if *side != c.speaker.canonical => format!("{} ({side})", c.speaker.canonical),
        _ => c.speaker.canonical.clone(),
    }
}

/// Escapes Markdown's inline markup characters, so article text cannot turn into links,
/// emphasis or HTML in a review.
fn md_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        // `_` inside a word (`000_bd47`) is never emphasis; elsewhere it may be.
        let inner_underscore = c == '_'
            && i > 0
            && chars[i - 1].is_alphanumeric()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|') && !inner_underscore {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The Markdown review in `lang`: per article one line per claim (speaker (side) — cue
/// \[class\] — content excerpt), then each conflict with its why and its two claims side by
/// side (a two-column table). Stable and diff-friendly: one fact per line, no timestamps, no
/// absolute paths beyond the source as given.
///
/// ```
/// use doichieu::{analyze, render::{self, Lang}, rules::Rules};
/// let report = analyze("a", "Ông Peskov cho biết Nga sẵn sàng.", &Rules::embedded());
/// let md = render::markdown(&report, Lang::En);
/// assert!(md.contains("- c1 **Dmitry Peskov (Nga)** — cho biết [state] — Nga sẵn sàng"));
/// assert!(md.contains("## Conflicts"));
/// let md = render::markdown(&report, Lang::Vi);
/// assert!(md.contains("- c1 **Dmitry Peskov (Nga)** — cho biết [phát biểu] — Nga sẵn sàng"));
/// assert!(md.contains("## Mâu thuẫn"));
/// ```
pub fn markdown(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    for d in &report.documents {
        let _ = writeln!(out, "## {} ({})\n", md_escape(&d.id), md_escape(&d.source));
        if d.claims.is_empty() {
            let _ = writeln!(out, "{}\n", Label::NoClaims.text(lang));
            continue;
        }
        for c in &d.claims {
            let polarity = if c.polarity == Polarity::Negate {
                format!(", {}", Label::Negated.text(lang))
            } else {
                String::new()
            };
            let target = if c.target.is_empty() {
                String::new()
            } else {
                format!(" → {}", md_escape(&c.target.join(", ")))
            };
            let via = if c.via.is_empty() {
                String::new()
            } else {
                format!(
                    " ({})",
                    Label::Via.fill(lang, &[&md_escape(&c.via.join(", "))])
                )
            };
            let _ = writeln!(
                out,
                "- {} **{}**{via} — {} [{}{polarity}]{target} — {}",
                short_id(&c.id),
                md_escape(&speaker_label(c)),
                md_escape(cue_text(c, lang)),
                Label::class(c.cue.class).text(lang),
                md_escape(&excerpt(&c.content.text)),
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "## {}\n", Label::Conflicts.text(lang));
    if report.conflicts.is_empty() {
        let _ = writeln!(out, "{}", Label::NoConflicts.text(lang));
    }
    for x in &report.conflicts {
        let _ = writeln!(
            out,
            "### {} {} ({:.2}, {})\n\n{}\n",
            x.id,
            kind_label(x.kind).text(lang),
            x.score,
            md_escape(&x.rule),
            md_escape(&why(x, lang))
        );
        // The two claims side by side: a two-column table.
        let cell = |id: &str, head: bool| match find_claim(report, id) {
            Some(c) if head => format!(
                "{}: **{}** — {}",
                md_escape(id),
                md_escape(&speaker_label(c)),
                md_escape(cue_text(c, lang))
            ),
            Some(c) => md_escape(&excerpt(&c.content.text)),
            None if head => md_escape(id),
            None => String::new(),
        };
        let _ = writeln!(
            out,
            "| {} | {} |\n|---|---|\n| {} | {} |\n",
            cell(&x.a, true),
            cell(&x.b, true),
            cell(&x.a, false),
            cell(&x.b, false)
        );
    }
    out
}

/// What a piece of article text is, for highlighting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Part {
    Content,
    Cue,
    Speaker,
}

impl Part {
    fn class(self) -> &'static str {
        match self {
            Part::Speaker => "speaker",
            Part::Cue => "cue",
            Part::Content => "content",
        }
    }
}

/// A piece of article text and what covers it: a part of the claim with this index, or nothing.
type Run = (Range<usize>, Option<(Part, usize)>);

/// The article cut into runs, each with the most specific part covering it (speaker over cue
/// over content) and the claim it belongs to. Runs cover the whole text, in order.
fn runs(d: &Document, text: &str) -> Vec<Run> {
    let mut marks: Vec<(Range<usize>, Part, usize)> = Vec::new();
    for (i, c) in d.claims.iter().enumerate() {
        marks.push((c.content.span.start..c.content.span.end, Part::Content, i));
        if let Some(s) = &c.cue.span {
            marks.push((s.start..s.end, Part::Cue, i));
        }
        if let Some(s) = &c.speaker.span {
            marks.push((s.start..s.end, Part::Speaker, i));
        }
    }
    let valid = |r: &Range<usize>| {
        r.start < r.end
            && r.end <= text.len()
            && text.is_char_boundary(r.start)
            && text.is_char_boundary(r.end)
    };
    marks.retain(|(r, _, _)| valid(r));
    let mut cuts: Vec<usize> = marks
        .iter()
        .flat_map(|(r, _, _)| [r.start, r.end])
        .chain([0, text.len()])
        .collect();
    cuts.sort_unstable();
    cuts.dedup();
    // Sweep: marks sorted by start; the active set is small (a few claims per sentence).
    marks.sort_by_key(|(r, part, i)| (r.start, *part, *i));
    let mut active: Vec<(Range<usize>, Part, usize)> = Vec::new();
    let mut next = 0;
    let mut out = Vec::with_capacity(cuts.len());
    for w in cuts.windows(2) {
        let (from, to) = (w[0], w[1]);
        active.retain(|(r, _, _)| r.end > from);
        while next < marks.len() && marks[next].0.start <= from {
            if marks[next].0.end > from {
                active.push(marks[next].clone());
            }
            next += 1;
        }
        let top = active
            .iter()
            .max_by_key(|(_, part, i)| (*part, std::cmp::Reverse(*i)))
            .map(|(_, part, i)| (*part, *i));
        out.push((from..to, top));
    }
    out
}

/// Escapes text for HTML element content and attribute values.
///
/// ```
/// assert_eq!(doichieu::render::html_escape("<a href=\"x\">Tom & 'Jerry'</a>"),
///            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;");
/// ```
pub fn html_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A claim in one line of plain text in `lang`, for tooltips and the terminal view.
fn claim_summary(c: &ClaimOut, lang: Lang) -> String {
    let mut s = format!(
        "{}: {} — {} [{}]",
        short_id(&c.id),
        speaker_label(c),
        cue_text(c, lang),
        Label::class(c.cue.class).text(lang)
    );
    if !c.target.is_empty() {
        let _ = write!(s, " → {}", c.target.join(", "));
    }
    if c.polarity == Polarity::Negate {
        let _ = write!(s, ", {}", Label::Negated.text(lang));
    }
    if !c.via.is_empty() {
        let _ = write!(s, " ({})", Label::Via.fill(lang, &[&c.via.join(", ")]));
    }
    let _ = write!(s, "; {}", Label::Rule.fill(lang, &[&c.rule]));
    s
}

const HTML_STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;margin:0;color:#1d1d1f}\
header{padding:1em 2em;background:#f4f4f6;border-bottom:1px solid #ddd}\
main{padding:0 2em 3em;max-width:70em}\
.article{white-space:pre-wrap;border:1px solid #ddd;padding:1em;border-radius:6px}\
mark{padding:0 1px;border-radius:3px;cursor:pointer}\
mark.speaker{background:#cfe3ff;font-weight:600}mark.cue{background:#ffe08a}\
mark.content{background:#d9f5dc}mark.on{outline:2px solid #c0392b}\
table{border-collapse:collapse;width:100%;margin:1em 0}\
td,th{border:1px solid #ddd;padding:.3em .5em;vertical-align:top;text-align:left}\
tr.on{background:#fff3cd}.legend mark{cursor:default}\
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1em;border:1px solid #ddd;\
border-radius:6px;padding:.8em;margin:.8em 0}.why{grid-column:1/3;color:#555}";

/// Clicking a highlight outlines all parts of its claim and its row in the claims table. On
/// load the page counts what the browser parsed (highlights, conflict panels, script and image
/// elements) into `data-*` attributes of `<body>`, so a headless browser test can read them.
const HTML_SCRIPT: &str =
    "document.addEventListener('DOMContentLoaded',function(){var b=document.body;\
b.setAttribute('data-marks',document.querySelectorAll('mark[data-claim]').length);\
b.setAttribute('data-pairs',document.querySelectorAll('.pair').length);\
b.setAttribute('data-scripts',document.querySelectorAll('script').length);\
b.setAttribute('data-images',document.querySelectorAll('img').length);});\
document.addEventListener('click',function(e){\
var m=e.target.closest('[data-claim]');if(!m)return;var id=m.getAttribute('data-claim');\
document.querySelectorAll('.on').forEach(function(x){x.classList.remove('on')});\
document.querySelectorAll('[data-claim=\"'+CSS.escape(id)+'\"]').forEach(function(x){\
x.classList.add('on')});});";

/// Shown in place of an article whose text was not given to a renderer.
///
/// ```
/// use doichieu::render::{no_text, Lang};
/// assert_eq!(no_text(Lang::En), "(article text not given)");
/// ```
pub fn no_text(lang: Lang) -> &'static str {
    Label::NoText.text(lang)
}

/// The raw text of document `d` among `texts` (`(document id, text)` pairs): the first with
/// its id, if every span of the document fits in it.
fn text_of<'t>(d: &Document, texts: &[(&str, &'t str)]) -> Option<&'t str> {
    let (_, text) = texts.iter().find(|(id, _)| *id == d.id)?;
    let fits = |s: &crate::report::SpanOut| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    let all_fit = d.claims.iter().all(|c| {
        fits(&c.content.span)
            && c.cue.span.as_ref().is_none_or(fits)
            && c.speaker.span.as_ref().is_none_or(fits)
    });
    all_fit.then_some(*text)
}

/// One self-contained HTML page (no network) in `lang`: each article with speakers, cues and
/// contents highlighted in distinct colours (details on hover; a click marks the claim and its
/// row), a claims table per article, and the conflicts with their two claims side by side. All
/// article text is escaped. `texts` are `(document id, raw text)` pairs, in any order.
///
/// ```
/// use doichieu::{analyze_all, render::{self, Lang}, rules::Rules, Input};
/// let (a, b) = ("Ông Peskov cho biết Nga sẵn sàng.", "Baku phủ nhận cáo buộc của Armenia.");
/// let inputs = [
///     Input { id: "a", source: "a.txt", bytes: a.as_bytes() },
///     Input { id: "b", source: "b.txt", bytes: b.as_bytes() },
/// ];
/// let report = analyze_all(&inputs, &Rules::embedded()).unwrap();
/// // The texts in another order give the same page.
/// let page = render::html(&report, &[("b", b), ("a", a)], Lang::En);
/// assert_eq!(page, render::html(&report, &[("a", a), ("b", b)], Lang::En));
/// assert!(page.contains("<mark class=\"speaker\" data-claim=\"b#c1\""));
/// assert!(page.contains("<th>speaker</th>"));
/// // A document without its text keeps its section and claims table.
/// let page = render::html(&report, &[("a", a)], Lang::Vi);
/// assert!(page.contains("<section class=\"document\" id=\"doc-b\">"));
/// assert!(page.contains(render::no_text(Lang::Vi)));
/// assert!(page.contains("<th>người nói</th>"));
/// ```
pub fn html(report: &Report, texts: &[(&str, &str)], lang: Lang) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let title = match report.documents.as_slice() {
        [one] => format!("doichieu: {}", one.id),
        docs => format!(
            "doichieu: {}",
            Label::Articles.fill(lang, &[&docs.len().to_string()])
        ),
    };
    let _ = writeln!(out, "<title>{}</title>", html_escape(&title));
    let _ = writeln!(out, "<style>{HTML_STYLE}</style>\n</head>\n<body>");
    let claims: usize = report.documents.iter().map(|d| d.claims.len()).sum();
    let counts = Label::Counts.fill(
        lang,
        &[&claims.to_string(), &report.conflicts.len().to_string()],
    );
    let _ = writeln!(
        out,
        "<header><h1>{}</h1><p class=\"legend\">{} \
<mark class=\"speaker\">{}</mark> <mark class=\"cue\">{}</mark> \
<mark class=\"content\">{}</mark></p></header>\n<main>",
        html_escape(&title),
        html_escape(&counts),
        html_escape(Label::PartSpeaker.text(lang)),
        html_escape(Label::PartCue.text(lang)),
        html_escape(Label::PartContent.text(lang)),
    );
    for d in &report.documents {
        let _ = writeln!(
            out,
            "<section class=\"document\" id=\"doc-{}\">\n<h2>{}</h2>",
            html_escape(&d.id),
            html_escape(&d.id)
        );
        out.push_str("<div class=\"article\">");
        let Some(text) = text_of(d, texts) else {
            let _ = write!(out, "<p><i>{}</i></p>", html_escape(no_text(lang)));
            out.push_str("</div>\n");
            html_claims_table(&mut out, d, lang);
            continue;
        };
        for (range, mark) in runs(d, text) {
            let piece = html_escape(&text[range]);
            match mark {
                Some((part, i)) => {
                    let c = &d.claims[i];
                    let _ = write!(
                        out,
                        "<mark class=\"{}\" data-claim=\"{}\" title=\"{}\">{piece}</mark>",
                        part.class(),
                        html_escape(&c.id),
                        html_escape(&claim_summary(c, lang))
                    );
                }
                None => out.push_str(&piece),
            }
        }
        out.push_str("</div>\n");
        html_claims_table(&mut out, d, lang);
    }
    let _ = writeln!(
        out,
        "<section class=\"conflicts\" id=\"conflicts\">\n<h2>{}</h2>",
        html_escape(Label::Conflicts.text(lang))
    );
    if report.conflicts.is_empty() {
        let _ = writeln!(out, "<p>{}</p>", html_escape(Label::NoConflicts.text(lang)));
    }
    for x in &report.conflicts {
        html_conflict(&mut out, report, x, lang);
    }
    let _ = writeln!(
        out,
        "</section>\n</main>\n<script>{HTML_SCRIPT}</script>\n</body>\n</html>"
    );
    out
}

/// The claims table of one document, and the end of its section.
fn html_claims_table(out: &mut String, d: &Document, lang: Lang) {
    out.push_str("<table class=\"claims\"><thead><tr>");
    for column in [
        Label::PartId,
        Label::PartSpeaker,
        Label::PartSide,
        Label::PartCue,
        Label::PartClass,
        Label::PartTarget,
        Label::PartContent,
        Label::PartRule,
    ] {
        let _ = write!(out, "<th>{}</th>", html_escape(column.text(lang)));
    }
    out.push_str("</tr></thead><tbody>\n");
    for c in &d.claims {
        let _ = writeln!(
            out,
            "<tr data-claim=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>\
<td>{}</td><td>{}</td><td>{}</td></tr>",
            html_escape(&c.id),
            html_escape(short_id(&c.id)),
            html_escape(&c.speaker.canonical),
            html_escape(c.speaker.side.as_deref().unwrap_or("")),
            html_escape(cue_text(c, lang)),
            html_escape(Label::class(c.cue.class).text(lang)),
            html_escape(&c.target.join(", ")),
            html_escape(&c.content.text),
            html_escape(&c.rule)
        );
    }
    out.push_str("</tbody></table>\n</section>\n");
}

fn find_claim<'a>(report: &'a Report, id: &str) -> Option<&'a ClaimOut> {
    let (doc, _) = id.rsplit_once('#')?;
    report
        .documents
        .iter()
        .find(|d| d.id == doc)?
        .claims
        .iter()
        .find(|c| c.id == id)
}

fn html_conflict(out: &mut String, report: &Report, x: &Conflict, lang: Lang) {
    let _ = writeln!(
        out,
        "<div class=\"pair\" id=\"{}\"><h3 style=\"grid-column:1/3;margin:0\">{} {} \
<small>({:.2}, {})</small></h3>",
        html_escape(&x.id),
        html_escape(&x.id),
        html_escape(kind_label(x.kind).text(lang)),
        x.score,
        html_escape(&Label::Rule.fill(lang, &[&x.rule]))
    );
    for id in [&x.a, &x.b] {
        match find_claim(report, id) {
            Some(c) => {
                let _ = writeln!(
                    out,
                    "<div class=\"side\" data-claim=\"{}\"><b>{}</b> — {} [{}]<br>\
<span class=\"id\">{}</span><blockquote>{}</blockquote></div>",
                    html_escape(&c.id),
                    html_escape(&speaker_label(c)),
                    html_escape(cue_text(c, lang)),
                    html_escape(Label::class(c.cue.class).text(lang)),
                    html_escape(&c.id),
                    html_escape(&c.content.text)
                );
            }
            None => {
                let _ = writeln!(out, "<div class=\"side\">{}</div>", html_escape(id));
            }
        }
    }
    let _ = writeln!(
        out,
        "<p class=\"why\">{}</p></div>",
        html_escape(&why(x, lang))
    );
}

/// ANSI styles of the terminal view.
const BOLD_BLUE: &str = "\x1b[1;34m";
const YELLOW: &str = "\x1b[33m";
const GREEN: &str = "\x1b[32m";
const RESET: &str = "\x1b[0m";

/// The articles with their claims marked, in `lang`: in colour (speaker bold blue, cue
/// yellow, content green) when `colour`, otherwise with brackets (`[speaker]`, `{cue}`,
/// `«content»`) so the marks survive a pipe. Each article is followed by its claims, then the
/// conflicts. `texts` are `(document id, raw text)` pairs, in any order.
///
/// ```
/// use doichieu::{analyze, render::{self, Lang}, rules::Rules};
/// let text = "Ông Peskov cho biết Nga sẵn sàng đàm phán.";
/// let report = analyze("a", text, &Rules::embedded());
/// let view = render::terminal(&report, &[("a", text)], false, Lang::Vi);
/// assert!(view.contains("[Ông Peskov] {cho biết} «Nga sẵn sàng đàm phán»."));
/// assert!(view.contains("c1: Dmitry Peskov (Nga) — cho biết [phát biểu]; quy tắc speaker-cue"));
/// ```
pub fn terminal(report: &Report, texts: &[(&str, &str)], colour: bool, lang: Lang) -> String {
    let mut out = String::new();
    for d in &report.documents {
        let _ = writeln!(out, "== {} ({}) ==", d.id, d.source);
        match text_of(d, texts) {
            Some(text) => terminal_article(&mut out, d, text, colour),
            None => {
                out.push_str(no_text(lang));
                out.push('\n');
            }
        }
        out.push('\n');
        for c in &d.claims {
            let _ = writeln!(out, "  {}", claim_summary(c, lang));
        }
        out.push('\n');
    }
    if !report.conflicts.is_empty() {
        let _ = writeln!(out, "== {} ==", Label::Conflicts.text(lang).to_lowercase());
    }
    for x in &report.conflicts {
        let _ = writeln!(
            out,
            "  {} {} ({:.2}): {} — {}",
            x.id,
            kind_label(x.kind).text(lang),
            x.score,
            Label::Pair.fill(lang, &[&x.a, &x.b]),
            why(x, lang)
        );
    }
    out
}

/// One article of the terminal view, its claims marked, ending with a line break.
fn terminal_article(out: &mut String, d: &Document, text: &str, colour: bool) {
    let mut open: Option<(Part, usize)> = None;
    for (range, mark) in runs(d, text) {
        if mark != open {
            if let Some((part, _)) = open {
                out.push_str(if colour { RESET } else { close_mark(part) });
            }
            if let Some((part, _)) = mark {
                out.push_str(if colour {
                    match part {
                        Part::Speaker => BOLD_BLUE,
                        Part::Cue => YELLOW,
                        Part::Content => GREEN,
                    }
                } else {
                    open_mark(part)
                });
            }
            open = mark;
        }
        // Control characters of the article never reach the terminal.
        out.extend(
            text[range]
                .chars()
                .map(|c| if c.is_control() && c != '\n' { ' ' } else { c }),
        );
    }
    if let Some((part, _)) = open {
        out.push_str(if colour { RESET } else { close_mark(part) });
    }
    if !out.ends_with('\n') {
        out.push('\n');
    }
}

fn open_mark(part: Part) -> &'static str {
    match part {
        Part::Speaker => "[",
        Part::Cue => "{",
        Part::Content => "«",
    }
}

fn close_mark(part: Part) -> &'static str {
    match part {
        Part::Speaker => "]",
        Part::Cue => "}",
        Part::Content => "»",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Rules;

    fn report(text: &str) -> Report {
        crate::analyze("doc", text, &Rules::embedded())
    }

    #[test]
    fn html_escapes_article_text_everywhere() {
        let text =
            "Ông Peskov cho biết <script>alert(1)</script> \"><img src=x onerror=alert(2)> là sai.";
        let r = report(text);
        assert_eq!(r.documents[0].claims.len(), 1);
        let page = html(&r, &[("doc", text)], Lang::En);
        assert!(!page.contains("<script>alert"), "{page}");
        assert!(!page.contains("<img"), "{page}");
        assert!(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(page.contains("&quot;&gt;&lt;img src=x onerror=alert(2)&gt;"));
        assert_eq!(
            page.matches("<script>").count(),
            1,
            "only the page's own script"
        );
    }

    #[test]
    fn runs_cover_the_text_and_prefer_the_speaker() {
        let text = "Ông Peskov cho biết Nga sẵn sàng đàm phán.";
        let r = report(text);
        let runs = runs(&r.documents[0], text);
        let joined: String = runs.iter().map(|(r, _)| &text[r.clone()]).collect();
        assert_eq!(joined, text);
        let parts: Vec<(&str, Option<Part>)> = runs
            .iter()
            .map(|(r, m)| (&text[r.clone()], m.map(|(p, _)| p)))
            .collect();
        assert_eq!(
            parts,
            vec![
                ("Ông Peskov", Some(Part::Speaker)),
                (" ", None),
                ("cho biết", Some(Part::Cue)),
                (" ", None),
                ("Nga sẵn sàng đàm phán", Some(Part::Content)),
                (".", None),
            ]
        );
    }

    #[test]
    fn terminal_view_is_plain_off_a_terminal() {
        let text = "Ông Peskov cho biết Nga sẵn sàng đàm phán.";
        let r = report(text);
        let plain = terminal(&r, &[("doc", text)], false, Lang::En);
        assert!(plain.contains("[Ông Peskov] {cho biết} «Nga sẵn sàng đàm phán»."));
        assert!(!plain.contains('\x1b'));
        let coloured = terminal(&r, &[("doc", text)], true, Lang::En);
        assert!(coloured.contains("\x1b[1;34mÔng Peskov\x1b[0m"));
    }

    #[test]
    fn markdown_has_one_line_per_claim_and_escapes_markup() {
        let text = "Ông Peskov cho biết *Nga* sẵn sàng [đàm phán](http://x).";
        let r = report(text);
        let md = markdown(&r, Lang::En);
        let claim_lines: Vec<&str> = md.lines().filter(|l| l.starts_with("- c")).collect();
        assert_eq!(claim_lines.len(), 1, "{md}");
        assert!(
            claim_lines[0].starts_with("- c1 **Dmitry Peskov (Nga)** — cho biết [state]"),
            "{md}"
        );
        assert!(claim_lines[0].contains("\\*Nga\\*"), "{md}");
        assert!(claim_lines[0].contains("\\[đàm phán\\](http://x)"), "{md}");
    }

    /// Every word a renderer writes around the report comes from the label table: in each
    /// language the other's words are gone, and the conflicts' reasons are in the language.
    #[test]
    fn every_renderer_speaks_the_language_asked() {
        let text = "Armenia và Azerbaijan cáo buộc nhau vi phạm lệnh ngừng bắn. \
Theo Reuters, Nga không kêu gọi ngừng bắn.";
        let r = report(text);
        assert_eq!(r.conflicts.len(), 1, "{:?}", r.conflicts);
        let texts = [("doc", text)];
        let vi = [
            markdown(&r, Lang::Vi),
            html(&r, &texts, Lang::Vi),
            terminal(&r, &texts, false, Lang::Vi),
        ];
        let en = [
            markdown(&r, Lang::En),
            html(&r, &texts, Lang::En),
            terminal(&r, &texts, false, Lang::En),
        ];
        for page in &vi {
            assert!(page.contains("cáo buộc lẫn nhau"), "{page}");
            assert!(
                page.contains("Armenia và Azerbaijan cáo buộc lẫn nhau: "),
                "{page}"
            );
            assert!(page.contains("Tín hiệu: "), "{page}");
            assert!(page.to_lowercase().contains("mâu thuẫn"), "{page}");
            // (The conflict's rule, an identifier, names its kind in English.)
            for english in [
                "accuse each other",
                "Signals",
                "Conflicts",
                "== conflicts",
                "; rule ",
                "rule within",
                "[accuse]",
            ] {
                assert!(!page.contains(english), "{english} in {page}");
            }
        }
        for page in &en {
            assert!(page.contains("mutual_accusation"), "{page}");
            assert!(page.contains(&r.conflicts[0].why), "{page}");
            for vietnamese in [
                "cáo buộc lẫn nhau",
                "Tín hiệu",
                "hâu thuẫn",
                "quy tắc",
                "phát ngôn",
            ] {
                assert!(!page.contains(vietnamese), "{vietnamese} in {page}");
            }
        }
        assert!(vi[0].contains("[cáo buộc]"), "{}", vi[0]);
        assert!(vi[2].contains("== mâu thuẫn =="), "{}", vi[2]);
        assert!(vi[2].contains(": doc#c1 và doc#c2 — "), "{}", vi[2]);
        assert!(en[2].contains(": doc#c1 vs doc#c2 — "), "{}", en[2]);
        assert!(vi[1].contains("<h2>Mâu thuẫn</h2>"), "{}", vi[1]);
        assert!(vi[0].contains("— Theo [đưa tin, phủ định] —"), "{}", vi[0]);
        assert!(
            vi[2].contains("— Theo [đưa tin], phủ định; quy tắc "),
            "{}",
            vi[2]
        );
        assert!(vi[1].contains("3 phát ngôn, 1 mâu thuẫn."), "{}", vi[1]);
        assert!(en[1].contains("3 claims, 1 conflicts."), "{}", en[1]);
    }

    #[test]
    fn an_article_without_claims_or_conflicts_says_so_in_the_language() {
        let r = report("Trời hôm nay đẹp.");
        assert!(markdown(&r, Lang::Vi)
            .contains("Không có phát ngôn nào.\n\n## Mâu thuẫn\n\nKhông có.\n"));
        assert!(markdown(&r, Lang::En).contains("No claims.\n\n## Conflicts\n\nNone.\n"));
        assert!(html(&r, &[], Lang::Vi).contains("<p><i>(không có văn bản bài báo)</i></p>"));
    }
}
