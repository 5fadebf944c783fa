//! A readable view of the text layer (stages 1 and 2), for review and snapshot tests.
//!
//! It shows, with original byte spans, what normalization repaired and how the document was cut
//! into paragraphs, sentences, quotations and boilerplate, so a reviewer can check segmentation
//! sentence by sentence without reading offsets by hand.

use std::fmt::Write;

use crate::lang::{Lang, Phrase};
use crate::normalize::Text;
use crate::rules::Label;
use crate::segment::Segments;

/// Renders the text layer of one document, its words in `lang`.
pub fn render(name: &str, text: &Text, seg: &Segments, lang: Lang) -> String {
    let s = text.as_str();
    let mut out = String::new();
    let heading = Phrase::new(
        Label::LayerDocument,
        [
            name.into(),
            text.raw_len().to_string().into(),
            s.len().to_string().into(),
            Label::yes_no(text.broken).into(),
            seg.date.as_deref().unwrap_or("-").into(),
        ],
    );
    let _ = writeln!(out, "{}", heading.write(lang));
    let count = |label: Label, n: usize| label.fill(lang, &[&n.to_string()]);
    let _ = writeln!(out, "{}", count(Label::LayerRepairs, text.repairs.len()));
    for r in &text.repairs {
        let _ = writeln!(
            out,
            "  {}..{} {:?} -> {:?} ({})",
            r.span.start, r.span.end, r.from, r.to, r.rule
        );
    }
    let _ = writeln!(
        out,
        "{}",
        count(Label::LayerBoilerplate, seg.boilerplate.len())
    );
    for b in &seg.boilerplate {
        let span = text.span(b.range.clone());
        let _ = writeln!(
            out,
            "  {}..{} {} [{}] {:?}",
            span.start,
            span.end,
            Label::boilerplate(b.kind).text(lang),
            b.rule,
            excerpt(&s[b.range.clone()])
        );
    }
    for (pi, p) in seg.paragraphs.iter().enumerate() {
        let span = text.span(p.range.clone());
        let mark = p.boilerplate.map_or(String::new(), |k| {
            format!(" ({})", Label::boilerplate(k).text(lang))
        });
        let _ = writeln!(
            out,
            "{} {}..{}{mark}",
            count(Label::LayerParagraph, pi),
            span.start,
            span.end
        );
        for sentence in seg.sentences.iter().filter(|x| x.paragraph == pi) {
            let span = text.span(sentence.range.clone());
            let _ = writeln!(
                out,
                "  {} {}..{} {}",
                Label::LayerSentence.text(lang),
                span.start,
                span.end,
                &s[sentence.range.clone()]
            );
        }
    }
    let _ = writeln!(out, "{}", count(Label::LayerQuotations, seg.quotes.len()));
    for q in &seg.quotes {
        let span = text.span(q.range.clone());
        let _ = writeln!(
            out,
            "  {}..{} {} {}{} {:?}",
            span.start,
            span.end,
            count(Label::LayerDepth, q.depth),
            q.open,
            if q.closed {
                String::new()
            } else {
                format!(" {}", Label::LayerUnclosed.text(lang))
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
