//! Stage 3: sentences → reported-speech occurrences ([`Found`]), before names are resolved.
//!
//! The grammar is cue-driven: a pass over each sentence finds the reporting cues of
//! `rules/cues.txt` outside quotations, then small parsers read the material around each cue:
//! the speaker before it (skipping adverbs and time phrases), the complementizer and content
//! after it, a `Theo X,` source prefix, an `X đưa tin,` chain, a postposed attribution
//! (`“…”, ông Peskov nói.`), a reciprocal object (`cáo buộc nhau`), a conjoined cue
//! (`… và nói rằng …`). A quotation with no cue of its own becomes a bare quote whose speaker is
//! the previous claim's. Each occurrence names the pattern that fired in [`Found::rule`].
//!
//! The grammar only finds *where* things are; who a mention refers to is the attribution
//! stage's business.

use std::ops::Range;

use nom::bytes::complete::tag;
use nom::character::complete::{char as ch, digit1};
use nom::combinator::{opt, recognize};
use nom::{IResult, Parser};

use crate::lexicon::Lexicon;
use crate::normalize::Text;
use crate::rules::{CueClass, WordRole};
use crate::segment::Segments;
use crate::tokens::{
    phrase_at, phrase_words, word_hash, PhraseSet, SentenceTokens, Token, WordMap,
};

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
    /// `X kêu gọi … và nói rằng …`: a second cue sharing the first one's speaker.
    pub const CONJOINED: &str = "conjoined-cue";
    /// `A và B cáo buộc nhau …`
    pub const RECIPROCAL: &str = "reciprocal";
    /// A quotation with no cue, spoken by the previous claim's speaker.
    pub const BARE_QUOTE: &str = "bare-quote";
    /// `X công bố video cho thấy …`, `Video được X đăng … cho thấy …`
    pub const MEDIA: &str = "media-shows";
    /// `phía Azerbaijan "chiếm được những cứ điểm mới"`: a side and its own words, no cue.
    pub const SIDE_QUOTE: &str = "side-quote";
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
}

/// Parses a date as news writes it: `5/11`, `3-10`, `19/9/2023`.
///
/// ```text
/// "3-10 cho biết" → "3-10"
/// ```
pub fn date(input: &str) -> IResult<&str, &str> {
    recognize((
        digit1,
        nom::branch::alt((ch('/'), ch('-'), ch('.'))),
        digit1,
        opt((nom::branch::alt((ch('/'), ch('-'))), digit1)),
    ))
    .parse(input)
}

/// Parses a weekday: `thứ Ba`, `Chủ nhật`.
///
/// ```text
/// "thứ Ba (19/9)" → "thứ Ba"
/// ```
pub fn weekday(input: &str) -> IResult<&str, &str> {
    nom::branch::alt((
        recognize((
            tag("thứ "),
            nom::branch::alt((
                tag("Hai"),
                tag("Ba"),
                tag("Tư"),
                tag("Năm"),
                tag("Sáu"),
                tag("Bảy"),
                tag("hai"),
                tag("ba"),
                tag("tư"),
                tag("năm"),
                tag("sáu"),
                tag("bảy"),
            )),
        )),
        tag("Chủ nhật"),
        tag("chủ nhật"),
    ))
    .parse(input)
}

/// Parses the date part of a time phrase after its opening word: `3-10`, `thứ Ba (19/9)`,
/// `qua`, `tháng 3`.
///
/// ```text
/// "thứ Ba (19/9) cho biết" → "thứ Ba (19/9)"
/// ```
pub fn time_tail(input: &str) -> IResult<&str, &str> {
    recognize(nom::multi::separated_list1(ch(' '), time_part)).parse(input)
}

/// One part of a time phrase: a weekday, a date, `(19/9)`, `tháng 3`, `qua`, `nay`, a number.
fn time_part(input: &str) -> IResult<&str, &str> {
    nom::branch::alt((
        weekday,
        recognize((ch('('), date, ch(')'))),
        date,
        recognize((tag("tháng "), digit1)),
        tag("qua"),
        tag("nay"),
        tag("này"),
        tag("trước"),
        tag("tới"),
        digit1,
    ))
    .parse(input)
}

/// Lower-cased word lists of one grammar role, longest first.
struct GrammarWords {
    roles: Vec<Option<PhraseSet<()>>>,
    cues: PhraseSet<CueClass>,
    /// Words that can open a speaker phrase: titles, honorifics, group heads.
    heads: PhraseSet<()>,
    /// Role titles (`Tổng thống`, `Bộ trưởng Ngoại giao`): a title alone names nobody.
    titles: PhraseSet<()>,
    /// Entity aliases, as words: the members a speaker list may have (`Nga, Pháp, Mỹ và …`).
    aliases: std::collections::BTreeSet<Vec<String>>,
    /// [`MEDIA_VERBS`] and [`MEDIA_SHOWS`], in their order (the first listed match wins, so
    /// they are listed longest first).
    media_verbs: PhraseSet<()>,
    media_shows: PhraseSet<()>,
    /// The [`word_hash`] of every word a hit can start with: a cue's or media verb's first
    /// word, or a media noun. A token whose hash is not here starts no hit, so the scan for
    /// hits asks nothing else of it (most tokens).
    hit_starts: WordMap<()>,
}

impl GrammarWords {
    fn new(rules: &Lexicon) -> GrammarWords {
        // Indexed by the role's discriminant: `role` is asked for every token.
        let mut roles: Vec<Option<PhraseSet<()>>> = Vec::new();
        for (role, list) in rules.phrases_by_role() {
            let mut list = list.to_vec();
            list.sort_by_key(|w| std::cmp::Reverse(w.len()));
            let at = role as usize;
            if roles.len() <= at {
                roles.resize_with(at + 1, || None);
            }
            roles[at] = Some(PhraseSet::new(list.into_iter().map(|w| (w, ())).collect()));
        }
        let mut cues: Vec<(Vec<String>, CueClass)> = rules
            .cues
            .iter()
            .map(|c| (phrase_words(&c.phrase), c.class))
            .collect();
        cues.sort_by_key(|(w, _)| std::cmp::Reverse(w.len()));
        let cues = PhraseSet::new(cues);
        let mut heads: Vec<Vec<String>> = (0..rules.titles.len())
            .map(|i| rules.title_words(i).to_vec())
            .chain((0..rules.groups.len()).map(|i| rules.group_words(i).to_vec()))
            .chain(LOWER_SPEAKER_HEADS.iter().map(|h| phrase_words(h)))
            .collect();
        heads.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let heads = PhraseSet::new(heads.into_iter().map(|w| (w, ())).collect());
        let mut titles: Vec<Vec<String>> = (0..rules.titles.len())
            .filter(|&i| rules.titles[i].kind == crate::rules::TitleKind::Role)
            .map(|i| rules.title_words(i).to_vec())
            .collect();
        titles.sort_by_key(|w| std::cmp::Reverse(w.len()));
        let titles = PhraseSet::new(titles.into_iter().map(|w| (w, ())).collect());
        let aliases = rules
            .entities
            .iter()
            .flat_map(|e| e.aliases.iter().map(|a| phrase_words(a)))
            .collect();
        let in_order =
            |list: &[&str]| PhraseSet::new(list.iter().map(|p| (phrase_words(p), ())).collect());
        let media_verbs = in_order(MEDIA_VERBS);
        let hit_starts = cues
            .first_word_hashes()
            .chain(media_verbs.first_word_hashes())
            .chain(MEDIA_NOUNS.iter().map(|noun| word_hash(noun)))
            .map(|h| (h, ()))
            .collect();
        GrammarWords {
            hit_starts,
            roles,
            cues,
            heads,
            titles,
            aliases,
            media_verbs,
            media_shows: in_order(MEDIA_SHOWS),
        }
    }

    /// True when the tokens spell exactly one entity alias.
    fn is_alias(&self, tokens: &[Token]) -> bool {
        let words: Vec<String> = tokens.iter().map(|t| t.lower.to_string()).collect();
        self.aliases.contains(&words)
    }

    fn role(&self, role: WordRole) -> Option<&PhraseSet<()>> {
        self.roles.get(role as usize)?.as_ref()
    }

    /// Length of the first media verb (`công bố`, `đăng`) starting at token `at`.
    fn media_verb_at(&self, tokens: &[Token], at: usize) -> Option<usize> {
        self.media_verbs.first_at(tokens, at).map(|(w, _)| w.len())
    }

    /// Length of the first `cho thấy`, `ghi lại` starting at token `at`.
    fn media_shows_at(&self, tokens: &[Token], at: usize) -> Option<usize> {
        self.media_shows.first_at(tokens, at).map(|(w, _)| w.len())
    }

    /// Length of the longest phrase of `role` starting at token `at`.
    fn at(&self, role: WordRole, tokens: &[Token], at: usize) -> Option<usize> {
        self.role(role)?.first_at(tokens, at).map(|(w, _)| w.len())
    }

    /// Length of the longest phrase of `role` ending just before token `end`.
    fn before(&self, role: WordRole, tokens: &[Token], end: usize) -> Option<usize> {
        self.role(role)?
            .first_before(tokens, end)
            .map(|(w, _)| w.len())
    }
}

/// A cue occurrence in a sentence, by token index.
#[derive(Clone, Debug)]
struct Hit {
    start: usize,
    end: usize,
    class: CueClass,
    /// The content begins after this token (cue, `thêm`, `rằng`, `:` …).
    content_from: usize,
    reciprocal: bool,
    /// Media cue (`công bố video … cho thấy`), whose content needs no complementizer.
    media: bool,
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
    lex: GrammarWords,
}

impl Grammar {
    /// Compiles the word lists of `rules`.
    pub fn new(rules: &Lexicon) -> Grammar {
        Grammar {
            lex: GrammarWords::new(rules),
        }
    }

    /// Finds reported speech in every sentence of a document.
    pub fn parse(&self, text: &Text, seg: &Segments) -> Parsed {
        parse_with(&self.lex, text, seg)
    }
}

/// Finds reported speech in every sentence of a document (compiling the grammar for this one
/// call; use [`Grammar`] for many documents).
pub fn parse(text: &Text, seg: &Segments, rules: &Lexicon) -> Parsed {
    Grammar::new(rules).parse(text, seg)
}

fn parse_with(lex: &GrammarWords, text: &Text, seg: &Segments) -> Parsed {
    let s = text.as_str();
    let outer: Vec<Range<usize>> = seg
        .quotes
        .iter()
        .filter(|q| q.depth == 0)
        .map(|q| q.range.clone())
        .collect();
    let mut found: Vec<Found> = Vec::new();
    let mut all_tokens = SentenceTokens::with_capacity(seg.sentences.len(), s.len());
    for (si, sentence) in seg.sentences.iter().enumerate() {
        all_tokens.push_sentence(s, sentence.range.clone(), &outer);
        let tokens = &all_tokens[si];
        if sentence.boilerplate.is_none() {
            let before = found.len();
            parse_sentence(tokens, si, lex, &mut found);
            side_quote(tokens, si, seg, lex, before, &mut found);
            if found.len() == before {
                bare_quote(tokens, si, seg, &mut found);
            }
        }
    }
    Parsed {
        tokens: all_tokens,
        found,
    }
}

fn parse_sentence(tokens: &[Token], si: usize, lex: &GrammarWords, out: &mut Vec<Found>) {
    let hits = find_hits(tokens, lex);
    // A `Theo SOURCE,` prefix.
    let mut via: Vec<Range<usize>> = Vec::new();
    let mut first = opener_len(tokens, 0, lex);
    // `Trong cuộc phỏng vấn với kênh Al Jazeera, …`: the outlet of every claim that follows.
    if let Some((outlet, after)) = interview_prefix(tokens, first, lex) {
        via.push(outlet);
        first = opener_len(tokens, after, lex);
    }
    if let Some((source, after)) = source_prefix(tokens, first, lex) {
        let chained = hits.iter().find(|h| h.start > after).is_some_and(|h| {
            speaker_before(tokens, h.start, after, false, lex).is_some_and(|sp| sp.start == after)
        });
        if chained {
            via.push(span(tokens, source.clone()));
            first = after;
        } else if after < tokens.len() {
            let content = trim_content(tokens, after, tokens.len());
            if let Some(content) = content {
                out.push(Found {
                    rule: rule::SOURCE_PREFIX,
                    speakers: vec![span(tokens, issuer(tokens, source.clone(), lex))],
                    speaker_phrase: Some(span(tokens, source.clone())),
                    both_sides: false,
                    reciprocal: false,
                    cue: span(tokens, first..source.start),
                    class: CueClass::Report,
                    content,
                    via: Vec::new(),
                    time: None,
                    sentence: si,
                });
            }
            return;
        }
    }

    let mut claims: Vec<Found> = Vec::new();
    let mut last_hit_claimed = false;
    let mut len_before_last_hit = 0;
    for (hi, hit) in hits.iter().enumerate() {
        if hi > 0 {
            last_hit_claimed = claims.len() > len_before_last_hit;
        }
        len_before_last_hit = claims.len();
        if hit.start < first {
            continue;
        }
        // A speaker never reaches back into the previous claim's cue; a rejected cue (a noun, a
        // sentence-initial participle) is no barrier beyond its own words.
        let lower_bound = match claims.last() {
            Some(last) => tokens
                .partition_point(|t| t.range.start < last.cue.end)
                .max(first),
            None if hi > 0 => hits[hi - 1].end.max(first),
            None => first,
        };
        let after_claim = !claims.is_empty();
        let next_hit = hits.get(hi + 1).map(|h| h.start);
        let speaker = if hit.media {
            passive_speaker(tokens, hit, lex)
                .or_else(|| speaker_before(tokens, hit.start, lower_bound, after_claim, lex))
        } else if tokens[hit.start].cap {
            // `Phát biểu trước …, Tổng thống Trump khẳng định`: a cue opening the sentence is a
            // participle with no speaker before it; a capitalised cue further on opens a caption
            // or sentence glued to this one (`Ảnh: AFP/TTXVN Phát biểu trước …`) or is a name
            // (`Người Đưa Tin`).
            None
        } else {
            let after_report = claims.last().is_some_and(|c| c.class == CueClass::Report);
            speaker_before_in(
                tokens,
                hit.start,
                lower_bound,
                after_claim,
                after_report,
                lex,
            )
        };
        // A conjoined cue continues the claim of the cue right before it (not a cue skipped
        // inside that claim's content), and is a new speech act, not a planned one
        // (`cho biết sẽ đáp trả và sẽ công bố …` is one claim).
        let conjoined = speaker.is_none()
            && !claims.is_empty()
            && last_hit_claimed
            && !tokens[lower_bound.min(hit.start)..hit.start]
                .iter()
                .any(|t| t.lower == "sẽ")
            && joins_previous(tokens, hit.start, lower_bound, lex);
        if speaker.is_none() && !conjoined {
            // No speaker: an embedded cue inside an earlier claim's content, or no claim.
            continue;
        }
        if let (Some(sp), Some(last)) = (&speaker, claims.last()) {
            let last_content = content_start_token(tokens, &last.content);
            if last.class == CueClass::Report
                && last.rule == rule::SPEAKER_CUE
                && sp.start == last_content
            {
                // Chain: `Sputnik đưa tin, X tuyên bố …` → X's claim comes via Sputnik.
                let source = claims.pop().expect("last exists");
                via.extend(source.via);
                via.extend(source.speaker_phrase);
            } else if is_postposed(tokens, hit, next_hit, lex) || follows_quote(tokens, sp.start) {
                // Handled below.
            } else if let Some(b) =
                clause_boundary_before(tokens, sp.start, lex).filter(|&b| b > last_content)
            {
                // A new clause with its own speaker ends the previous content (but the clause
                // that *is* the content, `phủ nhận việc tổng thống đã tiết lộ …`, does not).
                let last = claims.last_mut().expect("last exists");
                if let Some(c) = trim_content(tokens, last_content, b) {
                    last.content = c;
                }
            } else {
                // A speaker and cue inside the previous claim's content: reported speech the
                // previous speaker relays, not a claim of its own here.
                continue;
            }
        }
        if conjoined {
            // The previous content stops at the conjunction.
            let conj = conjunction_start(tokens, hit.start, lex);
            let last = claims.last_mut().expect("conjoined has a previous claim");
            if let Some(c) = trim_content(tokens, content_start_token(tokens, &last.content), conj)
            {
                // The content may grow up to the conjunction (`khẳng định …; ủng hộ … và cho
                // biết`) only when it follows its cue: a postposed claim's content ends where
                // its speaker begins (`"…", ông Peskov nói và cho biết thêm …`).
                let postposed = last.cue.start >= last.content.end;
                if c.end < last.content.end || !postposed {
                    last.content = c;
                }
            }
        }
        if let Some(sp) = speaker.clone() {
            if (is_postposed(tokens, hit, next_hit, lex) || follows_quote(tokens, sp.start))
                && sp.start > first
            {
                let sep = sp.start - 1;
                let sp_phrase = span(tokens, sp.clone());
                let earlier: Vec<usize> = (0..claims.len())
                    .filter(|&c| claims[c].cue.start < tokens[sep].range.start)
                    .collect();
                if earlier.is_empty() {
                    let region_start = opener_len(tokens, first, lex);
                    let (content, quote) = postposed_content(tokens, region_start, sep);
                    // `"…", Interfax trích thông báo của Nga.`: the source relays someone else's
                    // words; that someone is the speaker, the source the via.
                    let mut speaker_range = sp.clone();
                    let mut claim_via = via.clone();
                    if hit.class == CueClass::Report {
                        // The relayed source ends at the clause (`…, Interfax trích thông báo của
                        // Nga, đồng thời cho biết thêm …`).
                        let mut end = (hit.content_from..tokens.len())
                            .find(|&k| tokens[k].is_any(",;"))
                            .unwrap_or(tokens.len());
                        while end > hit.content_from && !tokens[end - 1].word {
                            end -= 1;
                        }
                        let relayed = hit.content_from..end;
                        if !relayed.is_empty()
                            && relayed.len() <= 8
                            && looks_like_speaker(tokens, relayed.clone(), lex)
                        {
                            claim_via.push(sp_phrase.clone());
                            speaker_range = relayed;
                        }
                    }
                    let sp_phrase = span(tokens, speaker_range.clone());
                    if let Some(content) = content {
                        claims.push(Found {
                            rule: if quote {
                                rule::POSTPOSED_QUOTE
                            } else {
                                rule::POSTPOSED
                            },
                            speakers: split_group(tokens, speaker_range, lex),
                            speaker_phrase: Some(sp_phrase),
                            both_sides: false,
                            reciprocal: false,
                            cue: span(tokens, hit.start..hit.end),
                            class: hit.class,
                            content,
                            via: claim_via,
                            time: time_before(tokens, hit.start, lex),
                            sentence: si,
                        });
                    }
                } else {
                    // `EU lên án …, kêu gọi …, ông Borrell cho biết.`: the postposed speaker is
                    // the speaker of what came before.
                    for &c in &earlier {
                        claims[c].speakers = split_group(tokens, sp.clone(), lex);
                        claims[c].speaker_phrase = Some(sp_phrase.clone());
                    }
                    let last = claims.last_mut().expect("earlier is not empty");
                    if let Some(c) =
                        trim_content(tokens, content_start_token(tokens, &last.content), sep)
                    {
                        last.content = c;
                    }
                }
                continue;
            }
        }
        let Some(content) = trim_content(
            tokens,
            hit.content_from,
            clause_end(tokens, hit.content_from),
        ) else {
            continue;
        };
        let (speakers, phrase, both_sides, rule_name) = match &speaker {
            Some(sp) => {
                let both = lex.at(WordRole::BothSides, tokens, sp.start) == Some(sp.len());
                let rule_name = if hit.reciprocal {
                    rule::RECIPROCAL
                } else if hit.media {
                    rule::MEDIA
                } else if starts_with_quote(tokens, hit.content_from) {
                    rule::SPEAKER_CUE_QUOTE
                } else {
                    rule::SPEAKER_CUE
                };
                (
                    split_group(tokens, sp.clone(), lex),
                    Some(span(tokens, sp.clone())),
                    both,
                    rule_name,
                )
            }
            None => {
                // A conjoined cue shares every speaker of the claim it continues; after a relay
                // (`"…", Interfax trích thông báo của Nga, đồng thời cho biết thêm …`) the
                // relayer goes on speaking.
                let last = claims.last().expect("conjoined has a previous claim");
                let relay = last.class == CueClass::Report
                    && (last.rule == rule::POSTPOSED || last.rule == rule::POSTPOSED_QUOTE)
                    && !last.via.is_empty()
                    && last.via.len() > via.len();
                if relay {
                    let relayer = last.via.last().cloned().expect("not empty");
                    (vec![relayer.clone()], Some(relayer), false, rule::CONJOINED)
                } else {
                    (
                        last.speakers.clone(),
                        last.speaker_phrase.clone(),
                        last.both_sides,
                        rule::CONJOINED,
                    )
                }
            }
        };
        let mut claim_via = via.clone();
        claim_via.extend(via_after_cue(tokens, hit));
        claims.push(Found {
            rule: rule_name,
            speakers,
            speaker_phrase: phrase,
            both_sides,
            reciprocal: hit.reciprocal,
            cue: span(tokens, hit.start..hit.end),
            class: hit.class,
            content,
            via: claim_via,
            time: speaker
                .as_ref()
                .and_then(|_| time_before(tokens, hit.start, lex)),
            sentence: si,
        });
    }
    out.extend(claims);
}

fn join_lower(tokens: &[Token]) -> String {
    tokens
        .iter()
        .map(|t| t.lower.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Where the content that starts at `from` ends: the sentence end, or a `;` or a comma before
/// a contrasting clause (`…, còn Pakistan …`, `…, trong khi …`, `…, song …`) outside quotations.
fn clause_end(tokens: &[Token], from: usize) -> usize {
    let word = |k: usize, w: &str| tokens.get(k).is_some_and(|t| t.lower == w);
    (from..tokens.len())
        .find(|&k| {
            if tokens[k].quoted {
                return false;
            }
            let contrast = tokens[k].is(',')
                && (word(k + 1, "còn")
                    || word(k + 1, "song")
                    || (word(k + 1, "trong") && word(k + 2, "khi")));
            // A time clause hung on the report (`… sau khi đạn cối bắn trúng …`,
            // `…, vài ngày trước cuộc đàm phán …`) says when, not what was said.
            // Only after a name or a comma: `… ngay từ trước khi kiểm phiếu` stays whole.
            let after_name_or_comma = k > 0 && (tokens[k - 1].cap || tokens[k - 1].is(','));
            let when = k > from + 2
                && ((word(k, "sau") || word(k, "trước"))
                    && word(k + 1, "khi")
                    && after_name_or_comma
                    || tokens[k].is(',')
                        && word(k + 2, "ngày")
                        && (word(k + 3, "trước") || word(k + 3, "sau")));
            tokens[k].is(';') || contrast || when
        })
        .unwrap_or(tokens.len())
}

/// The byte range covered by tokens `r`.
fn span(tokens: &[Token], r: Range<usize>) -> Range<usize> {
    if r.start >= r.end || r.start >= tokens.len() {
        let at = tokens.get(r.start).map_or_else(
            || tokens.last().map_or(0, |t| t.range.end),
            |t| t.range.start,
        );
        return at..at;
    }
    tokens[r.start].range.start..tokens[r.end - 1].range.end
}

/// The first token at or after the start of `content` (tokens are in text order).
fn content_start_token(tokens: &[Token], content: &Range<usize>) -> usize {
    tokens.partition_point(|t| t.range.start < content.start)
}

/// Tokens of sentence openers (`Trong khi đó ,`, `Mới đây ,`) starting at `at`.
fn opener_len(tokens: &[Token], at: usize, lex: &GrammarWords) -> usize {
    let mut i = at;
    loop {
        if let Some(n) = lex.at(WordRole::Opener, tokens, i) {
            if tokens.get(i + n).is_some_and(|t| t.is(',')) {
                i += n + 1;
                continue;
            }
        }
        break;
    }
    i
}

/// `Trong cuộc phỏng vấn với kênh Al Jazeera,`, `Trả lời phỏng vấn CNN,`: a via marker, the
/// outlet (capitalised words after an optional `kênh`, `hãng`, `đài`, `tờ`, `báo`) and a comma.
/// Returns the outlet's byte range and the token after the comma.
fn interview_prefix(
    tokens: &[Token],
    at: usize,
    lex: &GrammarWords,
) -> Option<(Range<usize>, usize)> {
    let n = lex
        .role(WordRole::ViaMarker)
        .into_iter()
        .flat_map(|set| set.all_at(tokens, at))
        .find(|(w, _)| w.iter().any(|x| x == "phỏng"))
        .map(|(w, _)| w.len())
        .or_else(|| phrase_at(tokens, at, "trả lời phỏng vấn"))?;
    let mut k = at + n;
    if tokens.get(k).is_some_and(|t| {
        matches!(
            t.lower.as_str(),
            "kênh" | "hãng" | "đài" | "tờ" | "báo" | "hãng tin"
        )
    }) {
        k += 1;
    }
    let start = k;
    while tokens.get(k).is_some_and(|t| t.word && t.cap) && k - start < 5 {
        k += 1;
    }
    (k > start && tokens.get(k).is_some_and(|t| t.is(','))).then(|| (span(tokens, start..k), k + 1))
}

/// `Theo [hãng tin|thông tin từ] SOURCE ,` at token `at`: returns the source tokens and the
/// index after the comma.
fn source_prefix(tokens: &[Token], at: usize, lex: &GrammarWords) -> Option<(Range<usize>, usize)> {
    if tokens.get(at)?.lower != "theo" {
        return None;
    }
    let mut i = at + 1;
    // `Theo thông tin từ hãng thông tấn TASS,`: the source is what the intros lead to.
    while let Some(n) = lex.at(WordRole::SourceIntro, tokens, i) {
        i += n;
    }
    let comma = (i..tokens.len().min(i + 14)).find(|&k| tokens[k].is(','))?;
    let source = i..skip_adverbs_back(tokens, comma, i, lex);
    if source.is_empty() || !looks_like_speaker(tokens, source.clone(), lex) {
        return None;
    }
    Some((source, comma + 1))
}

/// The source a speaker phrase names after the documents that carry its words (`thông cáo của
/// Hạm đội Biển Đen` → `Hạm đội Biển Đen`): a statement speaks for whoever issued it. The
/// phrase itself when nothing follows the intros.
///
/// Only an intro that ends in `của` or `từ` says whose words they are: `hãng thông tấn Yonhap`
/// is an agency speaking, not a channel before its source.
fn issuer(tokens: &[Token], r: Range<usize>, lex: &GrammarWords) -> Range<usize> {
    let owner_word = |k: usize| matches!(tokens[k].lower.as_str(), "của" | "từ");
    let mut start = r.start;
    while let Some(n) = lex.at(WordRole::SourceIntro, tokens, start) {
        if !owner_word(start + n - 1) || start + n >= r.end {
            break;
        }
        start += n;
    }
    // `thông báo mới nhất của BTC SEA Games 29`: a document noun (a group pronoun), a few
    // lower-case words, then its owner.
    if start == r.start {
        if let Some(n) = lex.at(WordRole::GroupPronoun, tokens, start) {
            let after = (start + n..r.end.min(start + n + 4))
                .take_while(|&k| tokens[k].word && !tokens[k].cap)
                .find(|&k| owner_word(k));
            if let Some(k) = after.filter(|&k| k + 1 < r.end) {
                start = k + 1;
            }
        }
    }
    start..r.end
}

/// Does the phrase look like someone who can speak? Capitalised, or opened by a quantifier,
/// pronoun, side marker or lower-case group noun; not too long.
fn looks_like_speaker(tokens: &[Token], r: Range<usize>, lex: &GrammarWords) -> bool {
    let r = issuer(tokens, r, lex);
    if r.is_empty() || r.len() > 16 {
        return false;
    }
    let seg = &tokens[r.clone()];
    let first = &seg[0];
    // `những gì báo chí viết`, `điều ông nói`: what was said, not who said it.
    if seg.iter().take(3).any(|t| t.lower == "gì") || first.lower == "điều" {
        return false;
    }
    if !first.word || seg.iter().any(|t| t.quoted || t.is_any("“”\"")) {
        return false;
    }
    let pronoun_roles = [
        WordRole::PersonPronoun,
        WordRole::PartyPronoun,
        WordRole::GroupPronoun,
        WordRole::BothSides,
    ];
    // A pronoun is a whole speaker (`Ông`, `nước này`, `Hai bên`) or opens a name (`ông Peskov`).
    for role in pronoun_roles {
        if let Some(n) = lex.at(role, tokens, r.start) {
            // `ông Sadique ul-Farooq`: a lower-case particle inside the name, before a capital.
            return n == r.len()
                || seg[n..].iter().enumerate().all(|(j, t)| {
                    t.cap
                        || !t.word
                        || (name_particle(t)
                            && (t.lower.contains('-') || seg.get(n + j + 1).is_some_and(|n| n.cap)))
                });
        }
    }
    let opens = |at: usize| {
        lex.heads.first_at(tokens, at).is_some()
            || [WordRole::Quantifier, WordRole::SideMarker]
                .iter()
                .any(|role| lex.at(*role, tokens, at).is_some())
    };
    let inner_caps = seg.iter().skip(1).any(|t| t.cap);
    if !first.cap && !opens(r.start) {
        return false;
    }
    if first.cap && !inner_caps && seg.len() > 1 {
        // `Các chuyên gia` is a speaker; a capitalised sentence opener such as
        // `Dù được đánh giá là một tiếng` is not.
        return opens(r.start);
    }
    // A name followed by two or more lower-case words is a clause, not a noun phrase
    // (`Spicer xuất hiện ở hành lang`).
    if let Some(last_cap) = seg.iter().rposition(|t| t.cap) {
        let trailing = seg[last_cap + 1..].iter().filter(|t| t.word).count();
        if last_cap > 0 && trailing >= 2 {
            return false;
        }
        if trailing >= 4 {
            return false;
        }
    }
    true
}

/// `ul` in `Sadique ul-Farooq`, `al` in `Bashar al-Assad`, `bin`, `de`, `van`: lower-case
/// particles inside foreign names.
pub(crate) fn name_particle(t: &Token) -> bool {
    let w = t.lower.as_str();
    let w = w.split('-').next().unwrap_or(w);
    matches!(
        w,
        "ul" | "al"
            | "el"
            | "bin"
            | "ibn"
            | "de"
            | "van"
            | "von"
            | "der"
            | "da"
            | "di"
            | "dos"
            | "du"
            | "la"
            | "le"
    )
}

/// Lower-case nouns that open a speaker phrase mid-sentence (`người phát ngôn …`,
/// `lực lượng ly khai …`, `chính quyền …`). Capitalised speakers need no list.
const LOWER_SPEAKER_HEADS: &[&str] = &[
    "người phát ngôn",
    "phát ngôn viên",
    "người đứng đầu",
    "lực lượng",
    "chính quyền",
    "chính phủ",
    "quân đội",
    "truyền thông",
    "giới chức",
    "nhà chức trách",
    "giới",
    "chuyên gia",
    "nhà ngoại giao",
    "quan chức",
    "phóng viên",
    "tổng thống",
    "thủ tướng",
    "ngoại trưởng",
    "bộ trưởng",
    "đại sứ",
    "nguồn tin",
    "cơ quan",
    "phe",
    "đảng",
    "luật sư",
    "nhân viên",
    "nghị sĩ",
    "cựu",
    "phó",
    "đài",
    "báo",
    "tờ",
    "hãng",
    "thông cáo",
    "thông báo",
    "báo cáo",
    "nguồn tin",
];

/// Finds cue occurrences outside quotations that act as reporting verbs.
fn find_hits(tokens: &[Token], lex: &GrammarWords) -> Vec<Hit> {
    let mut hits = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].quoted || !tokens[i].word || !lex.hit_starts.contains_key(&tokens[i].hash) {
            i += 1;
            continue;
        }
        if let Some(h) = media_hit(tokens, i, lex).or_else(|| passive_media_hit(tokens, i, lex)) {
            i = h.end;
            hits.push(h);
            continue;
        }
        let Some((words, class)) = lex.cues.first_at(tokens, i) else {
            i += 1;
            continue;
        };
        let end = i + words.len();
        let noun = i > 0 && lex.before(WordRole::NounMarker, tokens, i).is_some() || {
            // `Bắc Kinh tránh công khai bình luận`: a verb that takes the cue as its object, with
            // adverbs between.
            let j = skip_adverbs_back(tokens, i, 0, lex);
            j < i
                && j > 0
                && (matches!(tokens[j - 1].lower.as_str(), "tránh" | "bị" | "được")
                    || j > 1 && tokens[j - 2].lower == "từ" && tokens[j - 1].lower == "chối")
        };
        // `công bố video sau khi …`: footage published with nothing said of what it shows.
        let bare_footage = tokens
            .get(end)
            .is_some_and(|t| MEDIA_NOUNS.contains(&t.lower.as_str()));
        if bare_footage {
            i = end;
            continue;
        }
        let not_cue = lex.at(WordRole::NotCue, tokens, i).is_some();
        // `phủ nhận cáo buộc …`, `trích thông báo của Nga`: a cue word right after a cue is
        // that cue's object, a noun.
        let mut object = hits.last().is_some_and(|h: &Hit| h.end == i && !h.media);
        // `tuyên bố cho biết`, `thông báo nêu rõ`: the document is the subject, not a cue.
        if object
            && *class == CueClass::State
            && hits.last().is_some_and(|h: &Hit| {
                h.start > 0
                    && !tokens[h.start - 1].word
                    && lex.at(WordRole::GroupPronoun, tokens, h.start) == Some(h.end - h.start)
            })
        {
            hits.pop();
            object = false;
        }
        if noun || not_cue || object {
            i = end;
            continue;
        }
        let mut content_from = end;
        let mut reciprocal = false;
        if let Some(n) = lex.at(WordRole::Reciprocal, tokens, content_from) {
            reciprocal = true;
            content_from += n;
            if tokens.get(content_from).is_some_and(|t| t.lower == "về") {
                content_from += 1;
            }
        }
        // `dẫn nguồn tin từ X cho biết`: the source's own words follow.
        if *class == CueClass::Report {
            while tokens
                .get(content_from)
                .is_some_and(|t| matches!(t.lower.as_str(), "tin" | "từ" | "lời"))
            {
                content_from += 1;
            }
        }
        // `nói với các phóng viên:`, `viết trên Twitter:`: skip the audience or channel.
        if tokens
            .get(content_from)
            .is_some_and(|t| matches!(t.lower.as_str(), "với" | "trên" | "qua"))
        {
            let stop = (content_from..tokens.len().min(content_from + 6)).find(|&k| {
                tokens[k].is(':') || tokens[k].lower == "rằng" || tokens[k].is_any("“\"")
            });
            if let Some(k) = stop {
                content_from = k;
            }
        }
        loop {
            if let Some(n) = lex.at(WordRole::Complementizer, tokens, content_from) {
                content_from += n;
            } else if tokens
                .get(content_from)
                .is_some_and(|t| t.is(':') || t.is(','))
            {
                content_from += 1;
            } else {
                break;
            }
        }
        hits.push(Hit {
            start: i,
            end,
            class: *class,
            content_from,
            reciprocal,
            media: false,
        });
        i = end;
    }
    hits
}

const MEDIA_NOUNS: &[&str] = &["video", "hình", "đoạn", "clip", "ảnh", "bức"];
/// Longest first: the first listed match wins, so `đăng tải` must come before `đăng`.
const MEDIA_VERBS: &[&str] = &["công bố", "đăng tải", "chia sẻ", "đăng", "phát", "tung"];
const MEDIA_SHOWS: &[&str] = &["cho thấy", "ghi lại"];

/// `công bố video [tổng hợp] cho thấy`, `đăng video cho thấy`: a publisher saying what its
/// footage shows.
fn media_hit(tokens: &[Token], i: usize, lex: &GrammarWords) -> Option<Hit> {
    let noun_at = i + lex.media_verb_at(tokens, i)?;
    if !MEDIA_NOUNS.contains(&tokens.get(noun_at)?.lower.as_str()) {
        return None;
    }
    for k in noun_at + 1..tokens.len().min(noun_at + 6) {
        if let Some(n) = lex.media_shows_at(tokens, k) {
            return Some(Hit {
                start: i,
                end: k + n,
                class: CueClass::State,
                content_from: k + n,
                reciprocal: false,
                media: true,
            });
        }
        if !tokens[k].word {
            return None;
        }
    }
    None
}

/// `Video được X đăng hôm 4/10 cho thấy …`: the publisher sits between `được` and the verb,
/// so the cue is the whole frame and the speaker is read inside it (see [`passive_speaker`]).
fn passive_media_hit(tokens: &[Token], i: usize, lex: &GrammarWords) -> Option<Hit> {
    if !MEDIA_NOUNS.contains(&tokens[i].lower.as_str()) || tokens.get(i + 1)?.lower != "được" {
        return None;
    }
    let limit = tokens.len().min(i + 16);
    let verb_at = (i + 3..limit).find(|&k| lex.media_verb_at(tokens, k).is_some())?;
    let (shows_at, len) =
        (verb_at + 1..limit).find_map(|k| lex.media_shows_at(tokens, k).map(|n| (k, n)))?;
    Some(Hit {
        start: i,
        end: shows_at + len,
        class: CueClass::State,
        content_from: shows_at + len,
        reciprocal: false,
        media: true,
    })
}

/// The publisher inside a passive media cue: the tokens between `được` and the verb.
fn passive_speaker(tokens: &[Token], hit: &Hit, lex: &GrammarWords) -> Option<Range<usize>> {
    if tokens.get(hit.start + 1)?.lower != "được" {
        return None;
    }
    let from = hit.start + 2;
    let to = (from..hit.end).find(|&k| lex.media_verb_at(tokens, k).is_some())?;
    (to > from).then_some(from..to)
}

/// Skips adverbs and time phrases backwards from `end`; returns the new end.
fn skip_adverbs_back(tokens: &[Token], mut end: usize, lower: usize, lex: &GrammarWords) -> usize {
    loop {
        if end <= lower {
            return end;
        }
        if let Some(n) = lex.before(WordRole::Adverb, tokens, end) {
            if end - n >= lower {
                end -= n;
                continue;
            }
        }
        if let Some(t) = time_start(tokens, end, lower, lex) {
            end = t;
            continue;
        }
        return end;
    }
}

/// Start of a time phrase ending just before `end` (`hôm 3-10`, `ngày 3/10`,
/// `hôm thứ Ba (19/9)`, `tuần trước`).
fn time_start(tokens: &[Token], end: usize, lower: usize, lex: &GrammarWords) -> Option<usize> {
    if let Some(n) = lex.before(WordRole::Time, tokens, end) {
        if end - n >= lower {
            return Some(end - n);
        }
    }
    for back in 2..=6 {
        if end < back || end - back < lower {
            break;
        }
        let start = end - back;
        if lex.at(WordRole::Time, tokens, start).is_none() {
            continue;
        }
        let words = lex.at(WordRole::Time, tokens, start).unwrap_or(1);
        let tail: String = tokens[start + words..end]
            .iter()
            .map(|t| t.lower.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let tail = tail.replace("( ", "(").replace(" )", ")");
        if let Ok((rest, _)) = time_tail(&tail) {
            if rest.trim().is_empty() {
                return Some(start);
            }
        }
    }
    None
}

/// The time phrase right before a cue, for the claim's date.
fn time_before(tokens: &[Token], cue: usize, lex: &GrammarWords) -> Option<Range<usize>> {
    let mut end = cue;
    while let Some(n) = lex.before(WordRole::Adverb, tokens, end) {
        end -= n;
    }
    let start = time_start(tokens, end, 0, lex)?;
    Some(span(tokens, start..end))
}

/// The speaker tokens before a cue at `cue`, not reaching below `lower`. `after_cue` says that
/// `lower` is the end of an earlier cue, so the tokens above it are that claim's content.
fn speaker_before(
    tokens: &[Token],
    cue: usize,
    lower: usize,
    after_cue: bool,
    lex: &GrammarWords,
) -> Option<Range<usize>> {
    speaker_before_in(tokens, cue, lower, after_cue, false, lex)
}

/// [`speaker_before`], where `after_report` says the earlier claim is a report (`Tass dẫn
/// nguồn tin từ X cho biết`), whose content may well open with the next speaker.
fn speaker_before_in(
    tokens: &[Token],
    cue: usize,
    lower: usize,
    after_cue: bool,
    after_report: bool,
    lex: &GrammarWords,
) -> Option<Range<usize>> {
    let mut end = skip_adverbs_back(tokens, cue, lower, lex);
    if end <= lower {
        return None;
    }
    let mut start = end;
    let mut depth = 0usize;
    while start > lower {
        let t = &tokens[start - 1];
        if t.is(')') {
            depth += 1;
            start -= 1;
            continue;
        }
        if t.is('(') && depth > 0 {
            depth -= 1;
            start -= 1;
            continue;
        }
        if depth > 0 {
            start -= 1;
            continue;
        }
        if (!t.word && !t.is('.')) || t.quoted {
            break;
        }
        // Never reach back across another cue (`ông Trump bị cáo buộc tiết lộ …`).
        if let Some((w, _)) = lex.cues.first_before(tokens, start) {
            // `…", tuyên bố cho biết`: a document noun that is also a cue word.
            let n = w.len();
            let doc = start == end
                && start >= n
                && (start == n || !tokens[start - n - 1].word)
                && lex.at(WordRole::GroupPronoun, tokens, start - n) == Some(n);
            if !doc {
                break;
            }
        }
        if lex
            .before(WordRole::Boundary, tokens, start)
            .is_some_and(|n| start - n >= lower)
        {
            break;
        }
        start -= 1;
    }
    // Reaching back into an earlier claim's content: keep only what follows its last `và`.
    if after_cue && start == lower && !after_report {
        match (start..end).rev().find(|&k| tokens[k].lower == "và") {
            Some(k) => start = k + 1,
            None => return None,
        }
    }
    // A capitalised honorific inside the phrase starts the speaker (`… North Carolina Ông Trump`,
    // a caption glued to the text).
    if let Some(k) = (start + 1..end)
        .rev()
        .find(|&k| tokens[k].cap && matches!(tokens[k].lower.as_str(), "ông" | "bà"))
    {
        start = k;
    }
    // `TASS dẫn nguồn tin từ Bộ Quốc phòng Nga cho biết …`: a report cue names its source
    // after `từ`; the speaker of the relayed words starts after it.
    if after_report && start == lower && start + 1 < end && tokens[start].lower == "từ" {
        start += 1;
    }
    // Drop a leading opener (`Trong khi đó`, `và`, `còn`).
    while start < end {
        match lex.at(WordRole::Opener, tokens, start) {
            Some(n) if start + n <= end => start += n,
            _ => break,
        }
    }
    if start >= end {
        // `Người phát ngôn …, bà Shushan Stepanyan, cho hay`: an apposition closed by a comma.
        if end > lower + 1 && tokens[end - 1].is(',') {
            let inner = speaker_before(tokens, end - 1, lower, after_cue, lex)?;
            // `ông Marc Kasowitz, luật sư riêng của Tổng thống Donald Trump, đã lên tiếng …`:
            // a name opening the clause, then its description; the name is the speaker.
            if inner.start > lower + 1 && tokens[inner.start - 1].is(',') {
                let comma = inner.start - 1;
                let mut s = comma;
                while s > lower && tokens[s - 1].word && comma - s < 6 {
                    s -= 1;
                }
                let named = matches!(tokens[s].lower.as_str(), "ông" | "bà")
                    && tokens[s + 1..comma].iter().all(|t| t.cap);
                let clause_start = s == lower || tokens[s - 1].is_any(",;:");
                if named && clause_start && s + 1 < comma {
                    return Some(s..comma);
                }
            }
            return Some(inner);
        }
        return None;
    }
    // `chính quyền ly khai Armenia, những người nói rằng …`: a relative pronoun stands for the
    // noun phrase before the comma (back to `của` or punctuation).
    let relative = ["những người", "người", "những người này"];
    if start >= lower + 2
        && tokens[start - 1].is(',')
        && relative
            .iter()
            .any(|p| join_lower(&tokens[start..end]) == *p)
    {
        let comma = start - 1;
        let mut s = comma;
        while s > lower && tokens[s - 1].word && tokens[s - 1].lower != "của" && comma - s < 6 {
            s -= 1;
        }
        if s < comma && looks_like_speaker(tokens, s..comma, lex) {
            return Some(s..comma);
        }
    }
    // `Bộ Ngoại giao Nga ngày 20/4 đã triệu tập Đại sứ … và thông báo`: an adverb inside the
    // phrase shows a clause; its subject (before the adverb) is the speaker.
    if let Some(p) = (start + 1..end).find(|&k| {
        matches!(
            tokens[k].lower.as_str(),
            "đã" | "vừa" | "sẽ" | "đang" | "cũng" | "từng"
        )
    }) {
        if tokens[end - 1].lower == "và" || end - p > 1 {
            let cut = skip_adverbs_back(tokens, p, start, lex);
            if cut > start {
                end = cut;
            }
        }
    }
    let mut r = start..end;
    if !looks_like_speaker(tokens, r.clone(), lex) {
        // `Armenia, đồng minh của Nga, phủ nhận …`: a lower-case apposition between commas;
        // the speaker is the name before it, at the start of the clause.
        if start >= lower + 2 && tokens[start - 1].is(',') && !after_cue {
            let before = speaker_before(tokens, start - 1, lower, after_cue, lex)?;
            let clause_start = before.start == lower || tokens[before.start - 1].is_any(",;:");
            if clause_start && before.len() <= 6 && tokens[before.start].cap {
                return Some(before);
            }
        }
        return None;
    }
    r = extend_apposition(tokens, r, lower, lex);
    r = extend_group(tokens, r, lower, lex);
    Some(r)
}

/// `Phát ngôn viên Điện Kremlin, ông Dmitry Peskov`, `Đại sứ … - ông Edmon Marukyan`: a title
/// phrase before a comma or dash belongs to the speaker.
fn extend_apposition(
    tokens: &[Token],
    r: Range<usize>,
    lower: usize,
    lex: &GrammarWords,
) -> Range<usize> {
    if r.start < lower + 2 {
        return r;
    }
    let sep = &tokens[r.start - 1];
    if !(sep.is(',') || sep.is('-') || sep.is('–')) {
        return r;
    }
    let starts_with_honorific = matches!(tokens[r.start].lower.as_str(), "ông" | "bà" | "ngài");
    if !starts_with_honorific {
        return r;
    }
    let mut s = r.start - 1;
    while s > lower && tokens[s - 1].word && !tokens[s - 1].quoted {
        s -= 1;
    }
    while s < r.start - 1 {
        match lex.at(WordRole::Opener, tokens, s) {
            Some(n) => s += n,
            None => break,
        }
    }
    // Only a title phrase is an apposition (`Phát ngôn viên Điện Kremlin, ông …`); a place
    // before the comma is not (`… tại Hamburg, Đức, bà Haley nói`).
    let titled =
        lex.titles.first_at(tokens, s).is_some() || lex.heads.first_at(tokens, s).is_some();
    if s < r.start - 1 && titled && looks_like_speaker(tokens, s..r.start - 1, lex) {
        s..r.end
    } else {
        r
    }
}

/// `Nga, Pháp, Mỹ và Liên minh châu Âu (EU)`: earlier list members separated by commas.
fn extend_group(
    tokens: &[Token],
    r: Range<usize>,
    lower: usize,
    lex: &GrammarWords,
) -> Range<usize> {
    if !tokens[r.start].cap {
        return r;
    }
    let mut start = r.start;
    while start >= lower + 2 && tokens[start - 1].is(',') {
        // The member before the comma: at most four capitalised words starting the clause.
        let comma = start - 1;
        let mut s = comma;
        while s > lower && tokens[s - 1].word && tokens[s - 1].cap && comma - (s - 1) <= 4 {
            s -= 1;
        }
        // The member starts the clause, or follows a list opener (`Các nước gồm Mỹ, …`).
        let opener = lex
            .before(WordRole::Opener, tokens, s)
            .filter(|&n| s - n >= lower);
        let at_clause_start = s == lower || tokens[s - 1].is(',') || opener.is_some();
        // Only known parties make a list (`Nga, Pháp, Mỹ`), not a fronted phrase (`Khác Trump,`).
        if s == comma || !at_clause_start || !lex.is_alias(&tokens[s..comma]) {
            break;
        }
        start = s;
        if opener.is_some() {
            break;
        }
    }
    start..r.end
}

/// Splits a speaker phrase into list members at `,`, `và`, `cùng`: `EU, Pháp và Đức` gives
/// three speakers, `Các chuyên gia và nhà ngoại giao` two. A phrase whose members would not all
/// be short noun phrases is one speaker.
fn split_group(tokens: &[Token], r: Range<usize>, lex: &GrammarWords) -> Vec<Range<usize>> {
    let r = issuer(tokens, r, lex);
    let mut members = Vec::new();
    let mut start = r.start;
    let mut depth = 0i32;
    let mut commas = 0;
    for k in r.clone() {
        let t = &tokens[k];
        if t.is('(') {
            depth += 1;
        } else if t.is(')') {
            depth -= 1;
        }
        if depth == 0 && (t.is(',') || t.lower == "và" || t.lower == "cùng") {
            commas += usize::from(t.is(','));
            members.push(start..k);
            start = k + 1;
        }
    }
    members.push(start..r.end);
    let short = members.iter().all(|m| {
        !m.is_empty()
            && tokens[m.clone()].iter().filter(|t| t.word).count() <= 6
            && tokens[m.start].word
    });
    let names = members.iter().all(|m| tokens[m.start].cap);
    // A role title alone names nobody: `Bộ trưởng Ngoại giao và Nội vụ Séc Jan Hamacek` is one
    // minister, not two speakers.
    let bare_title = members.iter().any(|m| {
        lex.titles
            .all_at(tokens, m.start)
            .any(|(w, _)| w.len() == m.len())
    });
    // `Sở Thông tin và Truyền thông`: an institution's name joined by `và` is one name.
    let one_institution = commas == 0
        && members.len() == 2
        && members[0]
            .clone()
            .any(|k| tokens[k].cap && lex.heads.first_at(tokens, k).is_some())
        && tokens[members[1].start].cap
        && !lex.is_alias(&tokens[members[1].clone()]);
    let ok =
        members.len() > 1 && short && !bare_title && !one_institution && (names || commas == 0);
    if ok {
        members.into_iter().map(|m| span(tokens, m)).collect()
    } else {
        vec![span(tokens, r)]
    }
}

/// True when a cue with no speaker of its own continues the previous claim:
/// `… và nói rằng`, `…, kêu gọi …`, `…, đồng thời nói rằng`, `…, cho biết thêm rằng`.
fn joins_previous(tokens: &[Token], cue: usize, lower: usize, lex: &GrammarWords) -> bool {
    let end = skip_adverbs_back(tokens, cue, lower, lex);
    if end == 0 {
        return false;
    }
    let t = &tokens[end - 1];
    t.is(',')
        || t.lower == "và"
        || t.lower == "đồng" && end >= 2
        || (end >= 2 && phrase_at(tokens, end - 2, "đồng thời").is_some())
}

/// The token where the conjunction before a conjoined cue starts.
fn conjunction_start(tokens: &[Token], cue: usize, lex: &GrammarWords) -> usize {
    let mut end = skip_adverbs_back(tokens, cue, 0, lex);
    if end >= 2 && phrase_at(tokens, end - 2, "đồng thời").is_some() {
        end -= 2;
    }
    while end > 0 && (tokens[end - 1].is(',') || tokens[end - 1].lower == "và") {
        end -= 1;
    }
    end
}

/// A clause boundary just before a speaker at `sp` (`trong khi`, `song`, `nhưng`, `;`), which
/// lets a new speaker start a claim of its own. Returns the token where the earlier clause ends.
fn clause_boundary_before(tokens: &[Token], sp: usize, lex: &GrammarWords) -> Option<usize> {
    let mut at = sp;
    if let Some(n) = lex.before(WordRole::Boundary, tokens, at) {
        at -= n;
    } else if at > 0 && tokens[at - 1].is(';') {
        at -= 1;
    } else if at > 0 && tokens[at - 1].is(',') && tokens[at..].iter().take(6).any(|t| t.cap) {
        // `…, luật sư Kasowitz cho biết …`: after a comma, a named speaker opens a new clause.
        at -= 1;
    } else {
        return None;
    }
    while at > 0 && tokens[at - 1].is_any(",;") {
        at -= 1;
    }
    Some(at)
}

/// A postposed cue: after it only tail words, up to the sentence end or a comma that opens a
/// conjoined cue (`“…”, ông Peskov nói, cho biết thêm rằng …`).
fn is_postposed(tokens: &[Token], hit: &Hit, next_hit: Option<usize>, lex: &GrammarWords) -> bool {
    let mut k = hit.end;
    while let Some(n) = lex.at(WordRole::Tail, tokens, k) {
        k += n;
    }
    if tokens[k..].iter().all(|t| !t.word) {
        return true;
    }
    if !tokens.get(k).is_some_and(|t| t.is(',')) {
        return false;
    }
    let after = k + 1;
    let after = after + lex.at(WordRole::Opener, tokens, after).unwrap_or(0);
    next_hit.is_some_and(|n| skip_adverbs_back(tokens, n, after, lex) == after)
}

/// `"…", ông nói`, `"…" – ông nói`: the speaker right after a closing quotation mark.
fn follows_quote(tokens: &[Token], sp: usize) -> bool {
    let closes = |t: &Token| t.is_any("”\"»");
    match sp {
        0 => false,
        1 => closes(&tokens[0]),
        _ => closes(&tokens[sp - 1]) || (tokens[sp - 1].is_any(",-–") && closes(&tokens[sp - 2])),
    }
}

/// Content of a postposed claim: tokens `from..sep` without trailing commas and dashes.
/// Returns whether it is exactly one quotation.
fn postposed_content(tokens: &[Token], from: usize, sep: usize) -> (Option<Range<usize>>, bool) {
    let mut end = sep;
    while end > from && tokens[end - 1].is_any(",-–") {
        end -= 1;
    }
    let quote = tokens.get(from).is_some_and(|t| t.is_any("“\"«"))
        && end > from
        && tokens[end - 1].is_any("”\"»")
        || tokens.get(from).is_some_and(|t| t.is_any("“\"«"))
            && end > from + 1
            && tokens[end - 1].is('.')
            && tokens[end - 2].is_any("”\"»");
    (trim_content(tokens, from, end), quote)
}

fn starts_with_quote(tokens: &[Token], at: usize) -> bool {
    tokens.get(at).is_some_and(|t| t.is_any("“\"«"))
}

/// The content between two token indexes, without leading/trailing punctuation (a quotation's
/// marks are kept and stripped later when the whole content is one quotation).
fn trim_content(tokens: &[Token], mut from: usize, mut to: usize) -> Option<Range<usize>> {
    to = to.min(tokens.len());
    while from < to && tokens[from].is_any(",:;.-–") {
        from += 1;
    }
    while to > from && tokens[to - 1].is_any(",:;.-–…") {
        to -= 1;
    }
    if from >= to || !tokens[from..to].iter().any(|t| t.word) {
        return None;
    }
    Some(tokens[from].range.start..tokens[to - 1].range.end)
}

/// `nói với CNN`, `trả lời phỏng vấn Al Jazeera`: the outlet after the cue, for `via`.
fn via_after_cue(tokens: &[Token], hit: &Hit) -> Option<Range<usize>> {
    let k = hit.end;
    let t = tokens.get(k)?;
    let start = if t.lower == "với" {
        k + 1
    } else if phrase_at(tokens, k, "phỏng vấn").is_some() {
        k + 2
    } else {
        return None;
    };
    let mut end = start;
    while end < tokens.len() && tokens[end].word && tokens[end].cap && end - start < 4 {
        end += 1;
    }
    (end > start).then(|| span(tokens, start..end))
}

/// `phía Azerbaijan "chiếm được những cứ điểm mới"`: a quotation right after `phía X`, opening
/// with a lower-case word (a verb phrase, the side's own words), outside any claim of the
/// sentence. The cue is the quotation itself.
fn side_quote(
    tokens: &[Token],
    si: usize,
    seg: &Segments,
    lex: &GrammarWords,
    first_of_sentence: usize,
    out: &mut Vec<Found>,
) {
    for (k, t) in tokens.iter().enumerate() {
        if !t.is_any("“\"«")
            || k < 2
            || !tokens
                .get(k + 1)
                .is_some_and(|n| n.word && !n.cap && n.quoted)
        {
            continue;
        }
        let covered = out[first_of_sentence..]
            .iter()
            .any(|f| f.content.start <= t.range.start && t.range.start < f.content.end);
        if covered {
            continue;
        }
        let Some(sp) = speaker_before(tokens, k, 0, false, lex) else {
            continue;
        };
        if lex.at(WordRole::SideMarker, tokens, sp.start).is_none() || sp.end != k || sp.len() > 4 {
            continue;
        }
        let Some(q) = seg
            .quotes
            .iter()
            .find(|q| q.depth == 0 && q.range.start == t.range.start)
        else {
            continue;
        };
        out.push(Found {
            rule: rule::SIDE_QUOTE,
            speakers: vec![span(tokens, sp.clone())],
            speaker_phrase: Some(span(tokens, sp)),
            both_sides: false,
            reciprocal: false,
            cue: t.range.start..t.range.start,
            class: CueClass::State,
            content: q.inner.clone(),
            via: Vec::new(),
            time: None,
            sentence: si,
        });
    }
}

/// A sentence that opens with a quotation and has no cue: a bare quote, attributed to the
/// previous claim's speaker when that claim is at most two sentences back.
fn bare_quote(tokens: &[Token], si: usize, seg: &Segments, out: &mut Vec<Found>) {
    let Some(first) = tokens.first() else { return };
    if !first.is_any("“\"«") {
        return;
    }
    let Some(last) = out.last() else { return };
    if si > last.sentence + 2 {
        return;
    }
    let Some(q) = seg
        .quotes
        .iter()
        .find(|q| q.depth == 0 && q.range.start == first.range.start)
    else {
        return;
    };
    let words = tokens.iter().filter(|t| t.quoted && t.word).count();
    if words < 4 {
        return;
    }
    out.push(Found {
        rule: rule::BARE_QUOTE,
        speakers: Vec::new(),
        speaker_phrase: None,
        both_sides: false,
        reciprocal: false,
        cue: first.range.start..first.range.start,
        class: CueClass::State,
        content: q.inner.clone(),
        via: Vec::new(),
        time: None,
        sentence: si,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::normalize::normalize;
    use crate::segment::segment;

    fn found(raw: &str) -> Vec<(String, String, String, &'static str)> {
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

    #[test]
    fn date_parser_reads_news_dates() {
        for (input, want) in [
            ("3-10 cho", "3-10"),
            ("19/9/2023 x", "19/9/2023"),
            ("5/11,", "5/11"),
        ] {
            assert_eq!(date(input).map(|(_, d)| d), Ok(want));
        }
        assert!(date("2020 x").is_err());
    }

    #[test]
    fn time_tail_reads_weekdays_with_dates() {
        assert_eq!(time_tail("thứ ba (19/9)"), Ok(("", "thứ ba (19/9)")));
        assert_eq!(time_tail("qua").map(|(r, _)| r), Ok(""));
    }

    #[test]
    fn speaker_cue_content() {
        let got =
            found("Bộ Quốc phòng Armenia thông báo lực lượng Armenia đang bao vây một đơn vị.");
        assert_eq!(
            got,
            vec![(
                "Bộ Quốc phòng Armenia".into(),
                "thông báo".into(),
                "lực lượng Armenia đang bao vây một đơn vị".into(),
                rule::SPEAKER_CUE
            )]
        );
    }

    #[test]
    fn time_phrases_are_not_part_of_the_speaker() {
        let got = found("Bộ Quốc phòng Azerbaijan hôm 3-10 cho biết phía Armenia đã bị tổn thất.");
        assert_eq!(got[0].0, "Bộ Quốc phòng Azerbaijan");
    }

    #[test]
    fn postposed_quote_is_attributed_to_the_speaker_after_it() {
        let got = found("\"Chúng ta không còn thời gian để đợi thêm 30 năm nữa. Xung đột phải được giải quyết ngay bây giờ\" – Tổn thống Aliyev nhấn mạnh.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "Tổn thống Aliyev");
        assert_eq!(got[0].3, rule::POSTPOSED_QUOTE);
    }

    #[test]
    fn source_prefix_becomes_via_of_a_chained_claim() {
        let got = found("Theo hãng tin TASS, Bộ Quốc phòng Armenia thông báo đã bắn hạ 3 máy bay.");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, "Bộ Quốc phòng Armenia");
    }

    #[test]
    fn independence_declaration_is_not_a_claim() {
        assert!(
            found("Nargorno - Karabakh tuyên bố độc lập với Azerbaijan vào năm 1988.").is_empty()
        );
    }

    #[test]
    fn conjoined_cues_give_two_claims() {
        let got = found("Ngoại trưởng Mỹ Antony Blinken đã kêu gọi Azerbaijan dừng chiến dịch ngay lập tức và nói rằng việc đó khiến tình hình càng trở nên nghiêm trọng.");
        assert_eq!(got.len(), 2);
        assert_eq!(got[0].2, "Azerbaijan dừng chiến dịch ngay lập tức");
        assert_eq!(got[1].3, rule::CONJOINED);
    }

    /// `đăng` was listed before `đăng tải`, so `đăng tải video … cho thấy` met `tải` where the
    /// media noun should be and was never read as published footage.
    #[test]
    fn bug_dang_tai_video_is_published_footage() {
        let got =
            found("Bộ Quốc phòng Azerbaijan đăng tải video cho thấy xe tăng Armenia bị phá hủy.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Bộ Quốc phòng Azerbaijan");
        assert_eq!(got[0].3, rule::MEDIA);
    }

    #[test]
    fn group_speakers_are_split() {
        let got = found("EU, Pháp và Đức cũng lên án hành động quân sự của Azerbaijan.");
        assert_eq!(got[0].0, "EU + Pháp + Đức");
    }

    /// Sources, chains and relays: who speaks, by which cue, what content. Each row is a
    /// sentence shape seen in the corpus, shortened.
    #[test]
    fn sources_chains_and_relays_name_the_issuer() {
        for (sentence, want) in [
            (
                "Hãng tin Tass dẫn nguồn tin từ Bộ Quốc phòng Nga cho biết Moscow đã triển khai hơn 50 máy bay.",
                vec![("Bộ Quốc phòng Nga", "cho biết", "Moscow đã triển khai hơn 50 máy bay")],
            ),
            (
                "Theo thông cáo báo chí của Hạm đội Biển Đen ngày 20/4, hơn 20 tàu chiến đã tham gia tập trận.",
                vec![("Hạm đội Biển Đen", "Theo thông cáo báo chí của", "hơn 20 tàu chiến đã tham gia tập trận")],
            ),
            (
                "\"Các tàu đã tham gia tập trận nhằm đẩy lùi vũ khí tấn công\", thông cáo của Hạm đội Biển Đen cho biết.",
                vec![("Hạm đội Biển Đen", "cho biết", "\"Các tàu đã tham gia tập trận nhằm đẩy lùi vũ khí tấn công\"")],
            ),
            (
                "\"Các phi hành đoàn sẽ thực hiện các vụ phóng tên lửa\", tuyên bố cho biết.",
                vec![("tuyên bố", "cho biết", "\"Các phi hành đoàn sẽ thực hiện các vụ phóng tên lửa\"")],
            ),
            // The agency itself speaks: `hãng thông tấn` is not a document before its issuer.
            (
                "Hãng thông tấn Yonhap cho biết quân đội đã bắn 90 phát súng máy.",
                vec![("Hãng thông tấn Yonhap", "cho biết", "quân đội đã bắn 90 phát súng máy")],
            ),
            // A cue word right after a cue is its object.
            (
                "Moscow phủ nhận thông tin này và nói rằng đây là những lời bịa đặt.",
                vec![
                    ("Moscow", "phủ nhận", "thông tin này"),
                    ("Moscow", "nói rằng", "đây là những lời bịa đặt"),
                ],
            ),
            // The relayed source ends at the comma, and the relayer goes on speaking.
            (
                "\"Khu vực này được tuyên bố là tạm thời nguy hiểm\", Interfax trích thông báo của Nga, đồng thời cho biết thêm rằng các hạn chế áp dụng ở độ cao tối đa 19.000 mét.",
                vec![
                    ("Nga", "trích", "\"Khu vực này được tuyên bố là tạm thời nguy hiểm\""),
                    ("Interfax", "cho biết thêm rằng", "các hạn chế áp dụng ở độ cao tối đa 19.000 mét"),
                ],
            ),
            // A postposed speaker is never part of the content a conjoined cue trims.
            (
                "\"Quân đội đang nỗ lực đưa quá trình giải quyết trở lại con đường chính trị\", ông Peskov nói và cho biết thêm Nga sẵn sàng hỗ trợ.",
                vec![
                    ("ông Peskov", "nói", "\"Quân đội đang nỗ lực đưa quá trình giải quyết trở lại con đường chính trị\""),
                    ("ông Peskov", "cho biết thêm", "Nga sẵn sàng hỗ trợ"),
                ],
            ),
            // A capitalised cue inside a sentence opens a caption glued on; `tránh … bình
            // luận` takes the cue as its object.
            ("Ảnh: AFP/TTXVN Phát biểu trước những người ủng hộ tại một sự kiện ở Washington.", vec![]),
            ("Bắc Kinh tránh công khai bình luận về sự kiện này.", vec![]),
        ] {
            let got: Vec<(String, String, String)> =
                found(sentence).into_iter().map(|(sp, cue, content, _)| (sp, cue, content)).collect();
            let want: Vec<(String, String, String)> = want
                .into_iter()
                .map(|(sp, cue, content)| (sp.to_string(), cue.to_string(), content.to_string()))
                .collect();
            assert_eq!(got, want, "{sentence}");
        }
    }
}
