//! Stage 3: sentences → reported-speech occurrences ([`Found`]), before names are resolved.
//!
//! The grammar is cue-driven and built from nom parsers over a sentence's tokens ([`input`]).
//! A scan finds the reporting cues that act as verbs ([`hits`]); for each, the speaker is the
//! noun phrase that opens its clause ([`speaker`]); what follows the cue up to the end of its
//! clause is the content. Around that core, each reported-speech construction is a pattern of
//! its own ([`patterns`]): a source prefix (`Theo X, …`), an interview prefix, a postposed
//! attribution (`“…”, ông Peskov nói.`), a relay (`“…”, Interfax trích thông báo của Nga`), a
//! bare quotation continuing the last speaker, a side's own words (`phía Azerbaijan "…"`),
//! published footage (`công bố video … cho thấy`). How a claim relates to the one before it
//! in the sentence (a chain, a postposed speaker, a new clause, relayed speech, a conjoined
//! cue) is one explicit step ([`sentence`]). The categories they are all made of (punctuation,
//! a phrase of a grammar role, gap words, complements, quotation marks) are in [`parsers`].
//!
//! Every word the grammar knows comes from `rules/` ([`words`]); the code knows punctuation.
//! Each occurrence names the pattern that fired in [`Found::rule`]. The grammar only finds
//! *where* things are; who a mention refers to is the attribution stage's business.
//!
//! `docs/new-pattern.md` shows how to add a construction: a new parser with its table of
//! real examples, not a new branch in an existing function.

use std::ops::Range;

use crate::lexicon::Lexicon;
use crate::normalize::Text;
use crate::rules::{CueClass, WordRole};
use crate::segment::Segments;
use crate::tokens::SentenceTokens;

mod hits;
mod input;
mod parsers;
mod patterns;
mod sentence;
mod speaker;
#[cfg(test)]
pub(crate) mod testing;
mod words;

pub use parsers::date;

/// The pattern that found a claim.
pub mod rule {
    /// `SPEAKER CUE [rằng|là|:] CONTENT`
    pub const SPEAKER_CUE: &str = "speaker-cue";
    /// `SPEAKER CUE: “QUOTE”`
    pub const SPEAKER_CUE_QUOTE: &str = "speaker-cue-quote";
    /// `“QUOTE”, SPEAKER CUE.` or `“QUOTE” – SPEAKER CUE.`
    pub const POSTPOSED_QUOTE: &str = "postposed-quote";
    /// `CONTENT, SPEAKER CUE [thêm].`
    pub const POSTPOSED: &str = "postposed";
    /// `Theo SOURCE, CONTENT`
    pub const SOURCE_PREFIX: &str = "source-prefix";
    /// `CONTENT, theo SOURCE.`
    pub const SOURCE_AFTER: &str = "source-after";
    /// `SPEAKER: CONTENT` as a headline or sub-heading (`Nga: … là bịa đặt`).
    pub const HEADLINE: &str = "headline";
    /// `PARTY: CONTENT`, a headline whose speaker is a bare party name (`Nga: … là bịa
    /// đặt`), kept when a later claim of the article echoes it.
    pub const PARTY_HEADLINE: &str = "party-headline";
    /// `X kêu gọi … và nói rằng …`: a second cue sharing the first one's speaker.
    pub const CONJOINED: &str = "conjoined-cue";
    /// `A và B cáo buộc nhau …`
    pub const RECIPROCAL: &str = "reciprocal";
    /// `Mỹ trục xuất 35 nhà ngoại giao Nga, với cáo buộc …`: an accusation written as a noun,
    /// by the clause's subject.
    pub const CHARGE: &str = "nominal-charge";
    /// `Truyền hình Ukraine phát phóng sự mới, trong đó cho biết …`: a cue of the subject's
    /// second verb phrase, with no claim before it.
    pub const SERIAL: &str = "serial-cue";
    /// A quotation with no cue, spoken by the previous claim's speaker.
    pub const BARE_QUOTE: &str = "bare-quote";
    /// `“QUOTE”, SPEAKER WORDS.`: a quotation, then its speaker and a few words that end the
    /// sentence, no cue the postposed pattern closes on (`”, ông Tú bức xúc.`).
    pub const QUOTE_SPEAKER: &str = "quote-speaker";
    /// `X công bố video cho thấy …`, `Video được X đăng … cho thấy …`
    pub const MEDIA: &str = "media-shows";
    /// `phía Azerbaijan "chiếm được những cứ điểm mới"`: a side and its own words, no cue.
    pub const SIDE_QUOTE: &str = "side-quote";
    /// `X vấp phải sự phản đối của Y`: a condemnation the subject met, Y's claim about X.
    pub const INCURRED: &str = "incurred-condemnation";
}

/// One reported-speech occurrence, with byte ranges into the working text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    /// The pattern that fired (see [`rule`]).
    pub rule: &'static str,
    /// The speaker mentions; several for a group (`EU, Pháp và Đức`); empty when the speaker
    /// is inherited from the previous claim.
    pub speakers: Vec<Range<usize>>,
    /// The whole speaker phrase as written (covers all members and appositions).
    pub speaker_phrase: Option<Range<usize>>,
    /// The speaker is "the two sides" (`Hai bên`), to be resolved from the article.
    pub both_sides: bool,
    /// Each speaker accuses the other (`cáo buộc nhau`).
    pub reciprocal: bool,
    /// The cue as written (`cho biết thêm rằng`, `Theo`, or empty for a bare quote).
    pub cue: Range<usize>,
    /// The cue's class.
    pub class: CueClass,
    /// The reported content.
    pub content: Range<usize>,
    /// Sources the claim came through, outermost first.
    pub via: Vec<Range<usize>>,
    /// A time phrase next to the speaker (`hôm 3-10`).
    pub time: Option<Range<usize>>,
    /// Index of the sentence.
    pub sentence: usize,
    /// The speech did not happen (`X không nói rằng …`): kept while its sentence is read, so
    /// that its content and subject shape the claims around it, then dropped.
    pub negated: bool,
}

/// What the grammar stage hands on: every sentence's tokens (tokenised once, for all later
/// stages) and the reported speech found in them.
#[derive(Clone, Debug, Default)]
pub struct Parsed {
    /// The tokens of each sentence of [`Segments::sentences`], by sentence index, with tokens
    /// inside outer quotations marked.
    pub tokens: SentenceTokens,
    /// The occurrences of reported speech, in sentence order.
    pub found: Vec<Found>,
}

/// The grammar compiled from the rules once, for many documents.
pub struct Grammar {
    words: words::Words,
}

impl Grammar {
    /// Compiles the word lists of `lex`.
    pub fn new(lex: &Lexicon) -> Grammar {
        Grammar {
            words: words::Words::new(lex),
        }
    }

    /// Finds reported speech in every sentence of a document.
    pub fn parse(&self, text: &Text, seg: &Segments) -> Parsed {
        let w = &self.words;
        let s = text.as_str();
        let outer = seg.outer_quote_ranges();
        let mut found: Vec<Found> = Vec::new();
        let mut all_tokens = SentenceTokens::with_capacity(seg.sentences.len(), s.len());
        for (si, sentence) in seg.sentences.iter().enumerate() {
            all_tokens.push_sentence(s, sentence.range.clone(), &outer);
            let tokens = &all_tokens[si];
            if sentence.boilerplate.is_some() {
                continue;
            }
            let before = found.len();
            // More than half the sentences (57 % on the bulk corpus's first 10,000 records) have
            // no token a claim may open at (`Words::may_start_claim`): they are not parsed.
            if (0..tokens.len()).any(|k| w.may_start_claim(tokens, k)) {
                sentence::parse(w, tokens, si, &mut found);
            }
            // Side and bare quotes are quotations that open in the sentence: with none (most
            // sentences), no token is asked (the same finds; fewer instructions by callgrind).
            let quote_opens = outer
                .get(outer.partition_point(|q| q.start < sentence.range.start))
                .is_some_and(|q| q.start < sentence.range.end);
            if quote_opens {
                side_quotes(w, tokens, si, seg, before, &mut found);
                if found.len() == before {
                    bare_quote(w, tokens, si, seg, &mut found);
                }
            }
        }
        whole_quotations(seg, &mut found);
        echoed_headlines(w, &all_tokens, &mut found);
        found.retain(|f| !own_reporter(w, &all_tokens, f));
        Parsed {
            tokens: all_tokens,
            found,
        }
    }
}

/// `Phóng viên: Quan điểm của ông như thế nào …?`, `PV hỏi …`, `theo khảo sát của PV, …`: every
/// speaker mention is the paper's own reporter and nothing else ([`WordRole::OwnReporter`]), so
/// the words are the writer's question or observation, not a statement reported. (`Một phóng viên`
/// of another paper, whose questions the gold counts, is not the phrase alone.)
fn own_reporter(w: &words::Words, tokens: &SentenceTokens, f: &Found) -> bool {
    let own = &tokens[f.sentence];
    let is_own = |mention: &Range<usize>| {
        let inside: Vec<usize> = (0..own.len())
            .filter(|&k| own[k].range.start >= mention.start && own[k].range.end <= mention.end)
            .collect();
        inside
            .first()
            .is_some_and(|&k| w.at(WordRole::OwnReporter, own, k) == Some(inside.len()))
    };
    !f.speakers.is_empty() && f.speakers.iter().all(is_own)
}

/// The share of a party headline's content words that a later claim's content must hold.
const ECHO_SHARE: f64 = 0.6;

/// `Nga: Tổng thống Mỹ tiết lộ thông tin tối mật cho Moskva là bịa đặt` … `Bộ Ngoại giao Nga
/// khẳng định thông tin Tổng thống Mỹ … đã chuyển thông tin tối mật … là hoàn toàn bịa đặt`: a
/// bare party's headline is the party's claim when a later claim of the article echoes it, its
/// speaker phrase naming the party as written and its content holding at least
/// [`ECHO_SHARE`] of the headline's content words, and when its words hold a proposition (a
/// quotation or a [`WordRole::StanceMarker`]: `là`, `sẽ`, `có thể`). A dateline (`Mỹ: Chủ bị
/// giết, chó tự nhai nát chân …`, `Hà Nội: Tạm giữ 50 phương tiện …`) has neither, though the
/// police may report the same event in the article. A claim found in the headline's own
/// sentence takes its place.
fn echoed_headlines(w: &words::Words, tokens: &SentenceTokens, found: &mut Vec<Found>) {
    if !found.iter().any(|f| f.rule == rule::PARTY_HEADLINE) {
        return;
    }
    let words = |r: &Range<usize>, si: usize| -> Vec<&str> {
        tokens[si]
            .iter()
            .filter(|t| t.word && t.range.start >= r.start && t.range.end <= r.end)
            .map(|t| t.lower.as_str())
            .collect()
    };
    let echoed: Vec<bool> = found
        .iter()
        .map(|h| {
            if h.rule != rule::PARTY_HEADLINE {
                return true;
            }
            let Some(party) = h.speaker_phrase.as_ref().map(|r| words(r, h.sentence)) else {
                return false;
            };
            // `windows` takes no empty window; a party is named in words.
            if party.is_empty() {
                return false;
            }
            let said = words(&h.content, h.sentence);
            let own = &tokens[h.sentence];
            let inside = |k: &usize| {
                own[*k].range.start >= h.content.start && own[*k].range.end <= h.content.end
            };
            let stance = (0..own.len()).filter(inside).any(|k| {
                own[k].is_any("“”\"'‘’") || w.at(WordRole::StanceMarker, own, k).is_some()
            });
            // `Pháp: Ứng cử viên Francois Fillon khẳng định …`: the words name their own speaker.
            let own_claim = found
                .iter()
                .any(|g| g.sentence == h.sentence && g.rule != rule::PARTY_HEADLINE);
            stance
                && !own_claim
                && found.iter().any(|g| {
                    let names = g.speaker_phrase.as_ref().is_some_and(|r| {
                        words(r, g.sentence)
                            .windows(party.len())
                            .any(|x| x == party.as_slice())
                    });
                    let content: std::collections::HashSet<&str> =
                        words(&g.content, g.sentence).into_iter().collect();
                    let shared = said.iter().filter(|w| content.contains(*w)).count();
                    g.sentence > h.sentence
                        && g.rule != rule::PARTY_HEADLINE
                        && names
                        && shared as f64 >= ECHO_SHARE * said.len() as f64
                })
        })
        .collect();
    let mut keep = echoed.into_iter();
    found.retain(|_| keep.next().unwrap_or(true));
}

/// `“A.¶ B.¶ C”, ông nói.`: a quotation over several paragraphs, closed right before a
/// postposed speaker, is one claim (the guidelines: a quote that runs over several sentences or
/// paragraphs is one claim). Sentences end at a paragraph's end, so the postposed claim holds
/// only the last paragraph's words: its content reaches back to the opening mark, and the bare
/// quotes read from the earlier paragraphs (spoken, they said, by the claim before) go. Left
/// alone when a claim with a cue of its own reads words of the quotation before the postposed
/// one (`Ông nói: “A.¶ B”, ông nói thêm.`).
fn whole_quotations(seg: &Segments, found: &mut Vec<Found>) {
    let mut k = 0;
    while k < found.len() {
        let f = &found[k];
        let postposed = f.rule == rule::POSTPOSED
            || f.rule == rule::POSTPOSED_QUOTE
            || f.rule == rule::QUOTE_SPEAKER;
        let whole = seg.quotes.iter().find(|q| {
            q.depth == 0
                && q.range.start < f.content.start
                && f.content.end <= q.range.end
                && q.range.end + 3 >= f.content.end
                && f.cue.start >= q.range.end
        });
        let (true, Some(q)) = (postposed, whole) else {
            k += 1;
            continue;
        };
        let opening = q.range.clone();
        let inside = |g: &Found| g.content.start >= opening.start && g.content.start < opening.end;
        let earlier = found[..k].iter().filter(|g| inside(g));
        if earlier.clone().any(|g| g.rule != rule::BARE_QUOTE) {
            k += 1;
            continue;
        }
        let dropped = earlier.count();
        found[k].content.start = opening.start;
        let mut i = 0;
        found.retain(|g| {
            i += 1;
            i > k + 1 || !inside(g) || g.rule != rule::BARE_QUOTE
        });
        k = k + 1 - dropped;
    }
}

/// Finds reported speech in every sentence of a document (compiling the grammar for this one
/// call; use [`Grammar`] for many documents). For the unit tests.
#[cfg(test)]
pub fn parse(text: &Text, seg: &Segments, lex: &Lexicon) -> Parsed {
    Grammar::new(lex).parse(text, seg)
}

/// `phía Azerbaijan "chiếm được những cứ điểm mới"`: a side and its own words, outside every
/// claim found in the sentence (from `first_of_sentence` on). The cue is the quotation itself.
fn side_quotes(
    w: &words::Words,
    tokens: &[crate::tokens::Token],
    si: usize,
    seg: &Segments,
    first_of_sentence: usize,
    out: &mut Vec<Found>,
) {
    for (k, t) in tokens.iter().enumerate() {
        let covered = out[first_of_sentence..]
            .iter()
            .any(|f| f.content.start <= t.range.start && t.range.start < f.content.end);
        if covered {
            continue;
        }
        let Some((sp, quote)) = patterns::quotes::side(w, tokens, seg, k) else {
            continue;
        };
        let sp = sentence::span(tokens, sp);
        let at = t.range.start;
        out.push(quote_found(
            rule::SIDE_QUOTE,
            vec![sp.clone()],
            Some(sp),
            at..at,
            quote,
            si,
        ));
    }
}

/// A sentence that opens with a quotation and has no cue: the words of the speaker named after
/// it (`“…”, ông Tú bức xúc.`), or else a bare quote, attributed to the previous claim's speaker
/// when that claim is at most two sentences back.
fn bare_quote(
    w: &words::Words,
    tokens: &[crate::tokens::Token],
    si: usize,
    seg: &Segments,
    out: &mut Vec<Found>,
) {
    let Some(quote) = patterns::quotes::bare(tokens, seg) else {
        return;
    };
    if let Some((sp, said)) = patterns::quotes::speaker_after(w, tokens, quote.end) {
        let phrase = sentence::span(tokens, sp.clone());
        let speakers = speaker::split_group(w, tokens, sp)
            .into_iter()
            .map(|r| sentence::span(tokens, r))
            .collect();
        let said = sentence::span(tokens, said);
        out.push(quote_found(
            rule::QUOTE_SPEAKER,
            speakers,
            Some(phrase),
            said,
            quote,
            si,
        ));
        return;
    }
    let Some(last) = out.last() else { return };
    if si > last.sentence + 2 {
        return;
    }
    let at = tokens[0].range.start;
    out.push(quote_found(
        rule::BARE_QUOTE,
        Vec::new(),
        None,
        at..at,
        quote,
        si,
    ));
}

/// A find on a quotation with no cue of its own (a side, bare or quote-speaker quote): a
/// statement, with no via, time, reciprocity or negation; `cue` is where the quotation's
/// speaker is told (the words after it, or an empty range).
fn quote_found(
    rule: &'static str,
    speakers: Vec<Range<usize>>,
    speaker_phrase: Option<Range<usize>>,
    cue: Range<usize>,
    content: Range<usize>,
    sentence: usize,
) -> Found {
    Found {
        rule,
        speakers,
        speaker_phrase,
        both_sides: false,
        reciprocal: false,
        cue,
        class: CueClass::State,
        content,
        via: Vec::new(),
        time: None,
        sentence,
        negated: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The candidate pass skips only sentences the grammar finds nothing in: over every fixture
    /// article, each sentence with no token [`words::Words::may_start_claim`] accepts gives no
    /// find when parsed anyway. A new pattern that opens at another word fails here until the
    /// candidate pass knows it.
    #[test]
    fn the_candidate_pass_skips_only_sentences_without_finds() {
        let lex = Lexicon::new(&crate::rules::Rules::embedded());
        let w = words::Words::new(&lex);
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
        let (mut articles, mut skipped) = (0, 0);
        for dir in ["seeds", "corpus"] {
            for entry in std::fs::read_dir(root.join(dir)).expect("fixtures folder") {
                let path = entry.expect("fixture").path();
                if path.extension().is_none_or(|x| x != "txt") {
                    continue;
                }
                let raw = std::fs::read_to_string(&path).expect("fixture text");
                let text = crate::normalize::normalize(&raw, &lex.repairs);
                let seg = crate::segment::segment(&text, &lex);
                let s = text.as_str();
                let outer = seg.outer_quote_ranges();
                let mut all = SentenceTokens::with_capacity(seg.sentences.len(), s.len());
                for (si, sentence) in seg.sentences.iter().enumerate() {
                    all.push_sentence(s, sentence.range.clone(), &outer);
                    let tokens = &all[si];
                    if (0..tokens.len()).any(|k| w.may_start_claim(tokens, k)) {
                        continue;
                    }
                    skipped += 1;
                    let mut found = Vec::new();
                    sentence::parse(&w, tokens, si, &mut found);
                    assert!(
                        found.is_empty(),
                        "{}: {:?}",
                        path.display(),
                        &s[sentence.range.clone()]
                    );
                }
                articles += 1;
            }
        }
        assert!(
            articles >= 35 && skipped > 100,
            "{articles} articles, {skipped} sentences skipped"
        );
    }
}
