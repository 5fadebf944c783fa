//! Stage 7: the report in forms people read — a Markdown review, one self-contained HTML
//! page, a terminal view — and as JSON lines.
//!
//! Every renderer is a function of the [`Report`] and the articles' raw text (the report's
//! spans are byte offsets into it), given as `(document id, text)` pairs and looked up by id,
//! so their order does not matter. None of them reads anything else, so their output is as
//! deterministic as the report. A document whose text is not given (or does not fit its spans)
//! is still shown, with its claims and a note instead of the article.

use std::fmt::Write as _;
use std::ops::Range;

use crate::report::{ClaimOut, Conflict, Document, Polarity, Report};

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

/// The short id of a claim inside its document (`c3` of `doc#c3`).
fn short_id(id: &str) -> &str {
    id.rsplit_once('#').map_or(id, |(_, c)| c)
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

/// The Markdown review: per article one line per claim (speaker (side) — cue \[class\] —
/// content excerpt), then each conflict with its why and its two claims side by side (a
/// two-column table). Stable and diff-friendly:
/// one fact per line, no timestamps, no absolute paths beyond the source as given.
///
/// ```
/// use doichieu::{analyze, render, rules::Rules};
/// let report = analyze("a", "Ông Peskov cho biết Nga sẵn sàng.", &Rules::embedded());
/// let md = render::markdown(&report);
/// assert!(md.contains("- c1 **Dmitry Peskov (Nga)** — cho biết [state] — Nga sẵn sàng"));
/// ```
pub fn markdown(report: &Report) -> String {
    let mut out = String::new();
    for d in &report.documents {
        let _ = writeln!(out, "## {} ({})\n", md_escape(&d.id), md_escape(&d.source));
        if d.claims.is_empty() {
            out.push_str("No claims.\n\n");
            continue;
        }
        for c in &d.claims {
            let polarity = if c.polarity == Polarity::Negate {
                ", negated"
            } else {
                ""
            };
            let target = if c.target.is_empty() {
                String::new()
            } else {
                format!(" → {}", md_escape(&c.target.join(", ")))
            };
            let via = if c.via.is_empty() {
                String::new()
            } else {
                format!(" (via {})", md_escape(&c.via.join(", ")))
            };
            let _ = writeln!(
                out,
                "- {} **{}**{via} — {} [{}{polarity}]{target} — {}",
                short_id(&c.id),
                md_escape(&speaker_label(c)),
                md_escape(&c.cue.text),
                c.cue.class,
                md_escape(&excerpt(&c.content.text)),
            );
        }
        out.push('\n');
    }
    out.push_str("## Conflicts\n\n");
    if report.conflicts.is_empty() {
        out.push_str("None.\n");
    }
    for x in &report.conflicts {
        let _ = writeln!(
            out,
            "### {} {} ({:.2}, {})\n\n{}\n",
            x.id,
            x.kind,
            x.score,
            md_escape(&x.rule),
            md_escape(&x.why)
        );
        // The two claims side by side: a two-column table.
        let cell = |id: &str, head: bool| match find_claim(report, id) {
            Some(c) if head => format!(
                "{}: **{}** — {}",
                md_escape(id),
                md_escape(&speaker_label(c)),
                md_escape(&c.cue.text)
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

/// A claim in one line of plain text, for tooltips.
fn claim_summary(c: &ClaimOut) -> String {
    let mut s = format!(
        "{}: {} — {} [{}]",
        short_id(&c.id),
        speaker_label(c),
        c.cue.text,
        c.cue.class
    );
    if !c.target.is_empty() {
        let _ = write!(s, " → {}", c.target.join(", "));
    }
    if c.polarity == Polarity::Negate {
        s.push_str(", negated");
    }
    if !c.via.is_empty() {
        let _ = write!(s, " (via {})", c.via.join(", "));
    }
    let _ = write!(s, "; rule {}", c.rule);
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
pub const NO_TEXT: &str = "(article text not given)";

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

/// One self-contained HTML page (no network): each article with speakers, cues and contents
/// highlighted in distinct colours (details on hover; a click marks the claim and its row),
/// a claims table per article, and the conflicts with their two claims side by side. All
/// article text is escaped. `texts` are `(document id, raw text)` pairs, in any order.
///
/// ```
/// use doichieu::{analyze_all, render, rules::Rules, Input};
/// let (a, b) = ("Ông Peskov cho biết Nga sẵn sàng.", "Baku phủ nhận cáo buộc của Armenia.");
/// let inputs = [
///     Input { id: "a", source: "a.txt", bytes: a.as_bytes() },
///     Input { id: "b", source: "b.txt", bytes: b.as_bytes() },
/// ];
/// let report = analyze_all(&inputs, &Rules::embedded()).unwrap();
/// // The texts in another order give the same page.
/// let page = render::html(&report, &[("b", b), ("a", a)]);
/// assert_eq!(page, render::html(&report, &[("a", a), ("b", b)]));
/// assert!(page.contains("<mark class=\"speaker\" data-claim=\"b#c1\""));
/// // A document without its text keeps its section and claims table.
/// let page = render::html(&report, &[("a", a)]);
/// assert!(page.contains("<section class=\"document\" id=\"doc-b\">"));
/// assert!(page.contains(render::NO_TEXT));
/// ```
pub fn html(report: &Report, texts: &[(&str, &str)]) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let title = match report.documents.as_slice() {
        [one] => format!("doichieu: {}", one.id),
        docs => format!("doichieu: {} articles", docs.len()),
    };
    let _ = writeln!(out, "<title>{}</title>", html_escape(&title));
    let _ = writeln!(out, "<style>{HTML_STYLE}</style>\n</head>\n<body>");
    let claims: usize = report.documents.iter().map(|d| d.claims.len()).sum();
    let _ = writeln!(
        out,
        "<header><h1>{}</h1><p class=\"legend\">{} claims, {} conflicts. \
<mark class=\"speaker\">speaker</mark> <mark class=\"cue\">cue</mark> \
<mark class=\"content\">content</mark></p></header>\n<main>",
        html_escape(&title),
        claims,
        report.conflicts.len()
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
            let _ = write!(out, "<p><i>{}</i></p>", html_escape(NO_TEXT));
            out.push_str("</div>\n");
            html_claims_table(&mut out, d);
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
                        html_escape(&claim_summary(c))
                    );
                }
                None => out.push_str(&piece),
            }
        }
        out.push_str("</div>\n");
        html_claims_table(&mut out, d);
    }
    out.push_str("<section class=\"conflicts\" id=\"conflicts\">\n<h2>Conflicts</h2>\n");
    if report.conflicts.is_empty() {
        out.push_str("<p>None.</p>\n");
    }
    for x in &report.conflicts {
        html_conflict(&mut out, report, x);
    }
    let _ = writeln!(
        out,
        "</section>\n</main>\n<script>{HTML_SCRIPT}</script>\n</body>\n</html>"
    );
    out
}

/// The claims table of one document, and the end of its section.
fn html_claims_table(out: &mut String, d: &Document) {
    out.push_str(
        "<table class=\"claims\"><thead><tr><th>id</th><th>speaker</th><th>side</th>\
<th>cue</th><th>class</th><th>target</th><th>content</th><th>rule</th></tr></thead><tbody>\n",
    );
    for c in &d.claims {
        let _ = writeln!(
            out,
            "<tr data-claim=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>\
<td>{}</td><td>{}</td><td>{}</td></tr>",
            html_escape(&c.id),
            html_escape(short_id(&c.id)),
            html_escape(&c.speaker.canonical),
            html_escape(c.speaker.side.as_deref().unwrap_or("")),
            html_escape(&c.cue.text),
            html_escape(c.cue.class.as_str()),
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

fn html_conflict(out: &mut String, report: &Report, x: &Conflict) {
    let _ = writeln!(
        out,
        "<div class=\"pair\" id=\"{}\"><h3 style=\"grid-column:1/3;margin:0\">{} {} \
<small>({:.2}, rule {})</small></h3>",
        html_escape(&x.id),
        html_escape(&x.id),
        html_escape(x.kind.as_str()),
        x.score,
        html_escape(&x.rule)
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
                    html_escape(&c.cue.text),
                    html_escape(c.cue.class.as_str()),
                    html_escape(&c.id),
                    html_escape(&c.content.text)
                );
            }
            None => {
                let _ = writeln!(out, "<div class=\"side\">{}</div>", html_escape(id));
            }
        }
    }
    let _ = writeln!(out, "<p class=\"why\">{}</p></div>", html_escape(&x.why));
}

/// ANSI styles of the terminal view.
const BOLD_BLUE: &str = "\x1b[1;34m";
const YELLOW: &str = "\x1b[33m";
const GREEN: &str = "\x1b[32m";
const RESET: &str = "\x1b[0m";

/// The articles with their claims marked: in colour (speaker bold blue, cue yellow, content
/// green) when `colour`, otherwise with brackets (`[speaker]`, `{cue}`, `«content»`) so the
/// marks survive a pipe. Each article is followed by its claims, then the conflicts. `texts`
/// are `(document id, raw text)` pairs, in any order.
///
/// ```
/// use doichieu::{analyze, render, rules::Rules};
/// let text = "Ông Peskov cho biết Nga sẵn sàng đàm phán.";
/// let report = analyze("a", text, &Rules::embedded());
/// let view = render::terminal(&report, &[("a", text)], false);
/// assert!(view.contains("[Ông Peskov] {cho biết} «Nga sẵn sàng đàm phán»."));
/// ```
pub fn terminal(report: &Report, texts: &[(&str, &str)], colour: bool) -> String {
    let mut out = String::new();
    for d in &report.documents {
        let _ = writeln!(out, "== {} ({}) ==", d.id, d.source);
        match text_of(d, texts) {
            Some(text) => terminal_article(&mut out, d, text, colour),
            None => {
                out.push_str(NO_TEXT);
                out.push('\n');
            }
        }
        out.push('\n');
        for c in &d.claims {
            let _ = writeln!(out, "  {}", claim_summary(c));
        }
        out.push('\n');
    }
    if !report.conflicts.is_empty() {
        out.push_str("== conflicts ==\n");
    }
    for x in &report.conflicts {
        let _ = writeln!(
            out,
            "  {} {} ({:.2}): {} vs {} — {}",
            x.id, x.kind, x.score, x.a, x.b, x.why
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
        let page = html(&r, &[("doc", text)]);
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
        let plain = terminal(&r, &[("doc", text)], false);
        assert!(plain.contains("[Ông Peskov] {cho biết} «Nga sẵn sàng đàm phán»."));
        assert!(!plain.contains('\x1b'));
        let coloured = terminal(&r, &[("doc", text)], true);
        assert!(coloured.contains("\x1b[1;34mÔng Peskov\x1b[0m"));
    }

    #[test]
    fn markdown_has_one_line_per_claim_and_escapes_markup() {
        let text = "Ông Peskov cho biết *Nga* sẵn sàng [đàm phán](http://x).";
        let r = report(text);
        let md = markdown(&r);
        let claim_lines: Vec<&str> = md.lines().filter(|l| l.starts_with("- c")).collect();
        assert_eq!(claim_lines.len(), 1, "{md}");
        assert!(
            claim_lines[0].starts_with("- c1 **Dmitry Peskov (Nga)** — cho biết [state]"),
            "{md}"
        );
        assert!(claim_lines[0].contains("\\*Nga\\*"), "{md}");
        assert!(claim_lines[0].contains("\\[đàm phán\\](http://x)"), "{md}");
    }
}
