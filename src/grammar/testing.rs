//! What the grammar's table tests share: a sentence run through the grammar alone or the
//! whole pipeline, and comparisons of what came out.

use crate::grammar::parse;
pub(crate) use crate::grammar::rule;
use crate::lexicon::Lexicon;
use crate::normalize::normalize;
use crate::segment::segment;

pub(crate) fn found(raw: &str) -> Vec<(String, String, String, &'static str)> {
    let rules = Lexicon::new(&crate::rules::Rules::embedded());
    let text = normalize(raw, &rules.repairs);
    let seg = segment(&text, &rules);
    let s = text.as_str();
    parse(&text, &seg, &rules)
        .found
        .into_iter()
        .map(|f| {
            let speakers: Vec<&str> = f.speakers.iter().map(|r| &s[r.clone()]).collect();
            (
                speakers.join(" + "),
                s[f.cue.clone()].to_string(),
                s[f.content.clone()].to_string(),
                f.rule,
            )
        })
        .collect()
}

/// A table row: where the sentence is from, the sentence, the (speaker, cue) of each claim.
pub(crate) type Row<'a> = (&'a str, &'a str, &'a [(&'a str, &'a str)]);

/// Runs each row (a sentence from the news, shortened at most) through the whole pipeline
/// and compares the speakers (as written) and cues of the claims, in order.
pub(crate) fn check_rows(class: &str, rows: &[Row]) {
    let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
    for (source, sentence, want) in rows {
        let got: Vec<(String, String)> = analyzer
            .document("t", "-", sentence)
            .claims
            .into_iter()
            .map(|c| (c.speaker.text, c.cue.text))
            .collect();
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(sp, cue)| (sp.to_string(), cue.to_string()))
            .collect();
        assert_eq!(got, want, "{class}, {source}: {sentence}");
    }
}

/// A table row: where the sentence is from, the sentence, the canonical name of its one claim.
pub(crate) type SpeakerRow<'a> = (&'a str, &'a str, &'a str);

/// Runs each row through the whole pipeline: the sentence gives exactly one claim, whose
/// speaker has the row's canonical name.
pub(crate) fn check_canonicals(rows: &[SpeakerRow]) {
    let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
    for (source, sentence, canonical) in rows {
        let claims = analyzer.document("t", "-", sentence).claims;
        assert_eq!(claims.len(), 1, "{source}: {claims:?}");
        assert_eq!(claims[0].speaker.canonical, *canonical, "{source}");
    }
}

/// A table row: where the sentence is from, the sentence, the speaker (as written) of its one
/// claim, the words its content starts with.
pub(crate) type OpeningRow<'a> = (&'a str, &'a str, &'a str, &'a str);

/// Runs each row through the whole pipeline: the sentence gives exactly one claim, whose
/// speaker is the row's phrase as written and whose content starts with the row's words.
pub(crate) fn check_speaker_and_opening(rows: &[OpeningRow]) {
    let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
    for (source, sentence, speaker, content_starts) in rows {
        let claims = analyzer.document("t", "-", sentence).claims;
        assert_eq!(claims.len(), 1, "{source}: {claims:?}");
        assert_eq!(claims[0].speaker.text, *speaker, "{source}");
        let content = &claims[0].content.text;
        assert!(content.starts_with(content_starts), "{source}: {content}");
    }
}

/// The claims of `sentence`, each as (speaker as written, content).
pub(crate) fn said(analyzer: &crate::Analyzer, sentence: &str) -> Vec<(String, String)> {
    analyzer
        .document("t", "-", sentence)
        .claims
        .into_iter()
        .map(|c| (c.speaker.text, c.content.text))
        .collect()
}

/// The claims of `sentence` are exactly `want`, as (speaker as written, content).
pub(crate) fn assert_said(
    analyzer: &crate::Analyzer,
    source: &str,
    sentence: &str,
    want: &[(&str, &str)],
) {
    let got = said(analyzer, sentence);
    let got: Vec<(&str, &str)> = got.iter().map(|(s, c)| (s.as_str(), c.as_str())).collect();
    assert_eq!(got, want, "{source}");
}
