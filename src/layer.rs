//! A readable view of the text layer (stages 1 and 2), for review and snapshot tests.
//!
//! It shows, with original byte spans, what normalization repaired and how the document was cut
//! into paragraphs, sentences, quotations and boilerplate, so a reviewer can check segmentation
//! sentence by sentence without reading offsets by hand.

use std::fmt::Write;

use crate::normalize::Text;
use crate::segment::Segments;

/// Renders the text layer of one document.
pub fn render(name: &str, text: &Text, seg: &Segments) -> String {
    let s = text.as_str();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "document {name}: {} bytes, working text {} bytes, broken: {}, date: {}",
        text.raw_len(),
        s.len(),
        text.broken,
        seg.date.as_deref().unwrap_or("-")
    );
    let _ = writeln!(out, "repairs: {}", text.repairs.len());
    for r in &text.repairs {
        let _ = writeln!(
            out,
            "  {}..{} {:?} -> {:?} ({})",
            r.span.start, r.span.end, r.from, r.to, r.rule
        );
    }
    let _ = writeln!(out, "boilerplate: {}", seg.boilerplate.len());
    for b in &seg.boilerplate {
        let span = text.span(b.range.clone());
        let _ = writeln!(
            out,
            "  {}..{} {:?} [{}] {:?}",
            span.start,
            span.end,
            b.kind,
            b.rule,
            excerpt(&s[b.range.clone()])
        );
    }
    for (pi, p) in seg.paragraphs.iter().enumerate() {
        let span = text.span(p.range.clone());
        let mark = p.boilerplate.map_or(String::new(), |k| format!(" ({k:?})"));
        let _ = writeln!(out, "paragraph {pi} {}..{}{mark}", span.start, span.end);
        for sentence in seg.sentences.iter().filter(|x| x.paragraph == pi) {
            let span = text.span(sentence.range.clone());
            let _ = writeln!(
                out,
                "  sentence {}..{} {}",
                span.start,
                span.end,
                &s[sentence.range.clone()]
            );
        }
    }
    let _ = writeln!(out, "quotations: {}", seg.quotes.len());
    for q in &seg.quotes {
        let span = text.span(q.range.clone());
        let _ = writeln!(
            out,
            "  {}..{} depth {} {}{} {:?}",
            span.start,
            span.end,
            q.depth,
            q.open,
            if q.closed {
                ""
            } else {
                " (unclosed, recovered)"
            },
            excerpt(&s[q.inner.clone()])
        );
    }
    out
}

/// At most 80 characters of `s`, with an ellipsis when cut.
fn excerpt(s: &str) -> String {
    let mut chars = s.chars();
    let head: String = chars.by_ref().take(80).collect();
    if chars.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}
