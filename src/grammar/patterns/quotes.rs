//! Quotations with no cue of their own.
//!
//! ```text
//! “Chúng tôi sẽ đáp trả.” (after a claim of X)          bare quote: X's words
//! “Chúng tôi đã kiến nghị …”, ông Tú bức xúc.            quote, then its speaker: Tú's words
//! phía Azerbaijan "chiếm được những cứ điểm mới"          side quote: a side and its own words
//! ```

use std::ops::Range;

use crate::grammar::input::{Res, Toks};
use crate::grammar::parsers::{quote_close, quote_open};
use crate::grammar::speaker;
use crate::grammar::words::Words;
use crate::rules::WordRole;
use crate::segment::Segments;
use crate::tokens::Token;

/// The fewest quoted words a bare quote needs (shorter ones are scare quotes and titles).
pub(crate) const MIN_BARE_QUOTE_WORDS: usize = 4;

/// The most tokens a side-quote speaker has (`phía Azerbaijan`).
const MAX_SIDE_TOKENS: usize = 4;

/// A sentence that opens with a quotation of at least [`MIN_BARE_QUOTE_WORDS`] words, closed
/// by punctuation (inside or after its closing mark) or the sentence's end: gives the inner range (bytes) of that quotation. A
/// quotation the sentence goes on from with a word is a name or a phrase in its clause
/// (`"Bánh bao bà Mậu" đã có từ …`), not words said.
pub(crate) fn bare(tokens: &[Token], seg: &Segments) -> Option<Range<usize>> {
    let (_, at) = quote_open(Toks::whole(tokens)).ok()?;
    let q = outer_quote_at(seg, tokens[at].range.start)?;
    let inside = |t: &&Token| q.start <= t.range.start && t.range.end <= q.end;
    let words = tokens.iter().filter(inside).filter(|t| t.word).count();
    let closed_inside = tokens.iter().rfind(|t| inside(t)).is_some_and(|t| !t.word);
    let continues = !closed_inside
        && tokens
            .iter()
            .find(|t| t.range.start > q.end)
            .is_some_and(|t| t.word);
    (words >= MIN_BARE_QUOTE_WORDS && !continues).then(|| q.clone())
}

/// The most words of what a speaker named after a quotation does when no cue says it.
const MAX_PREDICATE_WORDS: usize = 4;

/// The most words of an entity's alias looked for across a cut between a speaker named after a
/// quotation and the words after it (`Hoàn cầu Thời báo`).
const MAX_ALIAS_WORDS: usize = 8;

/// `“Chúng tôi đã kiến nghị nhiều lần …”, ông Phạm Đức Tú bức xúc.`, `"…", ông Thơ chốt lại.`,
/// `"…" - ông nhìn nhận.`: after a bare quotation whose inner bytes end at `quote_end`, its
/// closing mark, a comma or dash (or a comma inside the mark), a speaker the speaker grammar
/// reads whole, then one to four lower-case words that end the sentence: how the speaker said
/// it (`bức xúc`, `trải lòng`, `đặt câu hỏi`, or a cue with words the postposed pattern does
/// not take, `bày tỏ bức xúc`), so the quotation is that speaker's, not the previous claim's.
/// Gives the speaker's and those words' tokens.
pub(crate) fn speaker_after(
    w: &Words,
    tokens: &[Token],
    quote_end: usize,
) -> Option<(Range<usize>, Range<usize>)> {
    let close = tokens.iter().position(|t| t.range.start >= quote_end)?;
    quote_close(Toks::new(tokens, close..tokens.len())).ok()?;
    let comma_inside = close > 0 && tokens[close - 1].is(',');
    let start = match tokens.get(close + 1) {
        Some(t) if t.is_any(",-–") => close + 2,
        Some(t) if t.word && comma_inside => close + 1,
        _ => return None,
    };
    let end = tokens.iter().rposition(|t| t.word)? + 1;
    // A cue in those words opens them (`thông cáo trên cho hay`, `Thảo Trang bày tỏ bức xúc`:
    // the postposed pattern did not close on it); else they are the last one to four words
    // that split no phrase of the lexicon, a cue, a title, a head or an entity's alias (`bày`
    // | `tỏ`, `Thứ` | `trưởng`, `Hoàn cầu Thời` | `báo`), and leave the speaker grammar a
    // whole speaker before them.
    let cue = (start + 1..end).find(|&k| w.cues.first_at(tokens, k).is_some());
    let splits = |p: usize| {
        let across = |ws: &Vec<String>, k: usize| k + ws.len() > p;
        (start..p).any(|k| {
            w.cues.all_at(tokens, k).any(|(ws, _)| across(ws, k))
                || [&w.titles, &w.heads]
                    .iter()
                    .any(|set| set.all_at(tokens, k).any(|(ws, _)| across(ws, k)))
                || (p + 1..=end.min(k + MAX_ALIAS_WORDS)).any(|e| w.is_alias(&tokens[k..e]))
        })
    };
    let candidates: Vec<usize> = match cue {
        Some(k) => vec![k],
        None => (1..=MAX_PREDICATE_WORDS)
            .rev()
            .filter_map(|n| end.checked_sub(n))
            .collect(),
    };
    for p in candidates {
        if p <= start || end - p > MAX_PREDICATE_WORDS || splits(p) {
            continue;
        }
        let lower_words = tokens[p..end]
            .iter()
            .all(|t| t.word && !t.cap && !t.lower.bytes().any(|b| b.is_ascii_digit()));
        if !lower_words {
            continue;
        }
        // A name, or a pronoun standing for one (`ông`, `anh`): a lower-case phrase after a
        // quotation is more often what the quotation names (`"…" – bộ phim gây sốt`).
        let named = tokens[start..p].iter().any(|t| t.cap)
            || [WordRole::PersonPronoun, WordRole::GroupPronoun]
                .iter()
                .any(|&role| w.at(role, tokens, start) == Some(p - start));
        if named && speaker::before_from(w, tokens, p, start) == Some(start..p) {
            return Some((start..p, p..end));
        }
    }
    None
}

/// `phía Azerbaijan "chiếm được …"`: a quotation opening at token `k` with a lower-case word
/// (a verb phrase: the side's own words), right after a side marker and a short name. Gives the
/// speaker's tokens and the quotation's inner bytes.
pub(crate) fn side(
    w: &Words,
    tokens: &[Token],
    seg: &Segments,
    k: usize,
) -> Option<(Range<usize>, Range<usize>)> {
    if k < 2 || opens_verb_phrase(Toks::new(tokens, k..tokens.len())).is_err() {
        return None;
    }
    let sp = speaker::before_from(w, tokens, k, 0)?;
    let marker = w.at(WordRole::SideMarker, tokens, sp.start)?;
    let name = &tokens[sp.start + marker..sp.end];
    if sp.end != k || sp.len() > MAX_SIDE_TOKENS || !is_name(name) {
        return None;
    }
    let q = outer_quote_at(seg, tokens[k].range.start)?;
    Some((sp, q.clone()))
}

/// A side's name after its marker: one or more capitalised words (`Azerbaijan`, `Nhà Trắng`),
/// not a verb phrase (`Chính phủ trình giao "…"`, `Về phía "…"`).
fn is_name(tokens: &[Token]) -> bool {
    !tokens.is_empty() && tokens.iter().all(|t| t.word && t.cap)
}

/// An opening quotation mark before a lower-case quoted word (a verb phrase).
fn opens_verb_phrase(i: Toks<'_>) -> Res<'_, usize> {
    let (rest, at) = quote_open(i)?;
    match rest.first() {
        Some(n) if n.word && !n.cap && n.quoted => Ok((rest, at)),
        _ => crate::grammar::input::miss(rest),
    }
}

/// The inner bytes of the outer quotation that opens at byte `start`.
fn outer_quote_at(seg: &Segments, start: usize) -> Option<&Range<usize>> {
    seg.quotes
        .iter()
        .find(|q| q.depth == 0 && q.range.start == start)
        .map(|q| &q.inner)
}

#[cfg(test)]
mod tests {
    use crate::grammar::testing::*;

    /// A side marker and a name before a quoted verb phrase: the side's own words; a marker
    /// with no name after it, or a clause before the quotation, is none.
    #[test]
    fn side_quotes_need_a_named_side() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in [
            ("seed armenia_1", "Các lực lượng Armenia và Azerbaijan đã đụng độ ác liệt khi phía Azerbaijan \"chiếm được những cứ điểm mới\".", &[("phía Azerbaijan", "chiếm được những cứ điểm mới")][..]),
            ("baomoi:22549033", "Tuy nhiên, Chính phủ Cuba \"tái khẳng định thiện chí tiếp tục đối thoại và hợp tác\" với Mỹ kể từ năm 2015.", &[("Chính phủ Cuba", "tái khẳng định thiện chí tiếp tục đối thoại và hợp tác")]),
            ("baomoi:21487368", "Chính phủ Obama có \"cỗ xe tam mã\" trong chính sách Biển Đông.", &[]),
            ("baomoi:22655289", "Về phía \"hoàng tử nhạc pop\", anh cũng cảm thấy cay cay khóe mắt.", &[]),
            ("baomoi:22403743", "Khoản 1 Điều 14 dự thảo Luật do Chính phủ trình giao “cơ quan nhà nước có trách nhiệm bảo đảm an toàn” là không khả thi.", &[]),
        ] {
            assert_said(&analyzer, source, sentence, want);
        }
    }

    /// A quotation, then a speaker and a few words that are no cue the postposed pattern
    /// closes on (`bức xúc`, `chốt lại`, `bày tỏ bức xúc`): the words are that speaker's, not the
    /// previous claim's; a title or an alias is never cut (`Thứ trưởng`, `Hoàn cầu Thời báo`),
    /// and a lower-case phrase that is no pronoun is what the quotation names, not who said it.
    #[test]
    fn a_quotation_is_the_words_of_the_speaker_named_after_it() {
        check_rows(
            "quote-speaker",
            &[
                ("shortened from baomoi:21486965", "Anh Nam cho biết mọi việc ổn. “Nhưng chủ đầu tư đã đặt những rủi ro đó lên vai những người mua nhà khi mời họ góp vốn vào Dự án”, ông Phạm Đức Tú bức xúc.", &[("Anh Nam", "cho biết"), ("ông Phạm Đức Tú", "bức xúc")]),
                ("baomoi:22625071", "\"Chúng tôi không lấy tiền thuế của dân để khắc phục tình trạng sạt lở\", ông Thơ chốt lại.", &[("ông Thơ", "chốt lại")]),
                ("shortened from baomoi:22508892", "“Tôi nghĩ điều đầu tiên đáng trách là sự thiếu hiểu biết và cách giáo dục giới tính không đúng”, Thảo Trang bày tỏ bức xúc.", &[("Thảo Trang", "bày tỏ bức xúc")]),
                ("shortened from baomoi:22338808", "“Điều này có nghĩa là ngay cả khi CIA nỗ lực tái thiết mạng lưới gián điệp của họ ở Trung Quốc, họ cũng có thể sẽ phải đối mặt với kết quả tương tự”, Hoàn cầu Thời báo ghi rõ.", &[("Hoàn cầu Thời báo", "ghi rõ")]),
                ("dantri:news_society_227", "\"Riêng trong quý 1/2021, các lực lượng công an trong cả nước phát hiện 1.400 vụ và 8.000 đối tượng nhập cảnh trái phép\", Thứ trưởng thông tin.", &[("Thứ trưởng", "thông tin")]),
                ("constructed from dantri:news_science_166 (what the quotation names, no speaker)", "\"Trẻ sơ sinh đang bước vào thế giới đã bị ô nhiễm vì những chất độc hại\", cuốn sách gây sốt.", &[]),
            ],
        );
    }

    /// A quotation of four or more words that is a sentence of its own continues the speaker
    /// of a claim just before it; a short scare quote, or a quotation the sentence goes on
    /// from (a name, a title, a sub-heading run into the text), is no claim.
    #[test]
    fn bare_quotes_continue_the_speaker_before_them() {
        let analyzer = crate::Analyzer::new(&crate::rules::Rules::embedded());
        for (source, sentence, want) in [
            ("baomoi:22573846", "\"Chúng tôi đang tiến về sào huyệt của bọn chúng\", trung úy Jo-Ar Herrera nói. \"Chúng tôi đang giành lại địa bàn và chúng tôi đang mở rộng những vị trí thuận lợi\".", &[("trung úy Jo-Ar Herrera", "Chúng tôi đang tiến về sào huyệt của bọn chúng"), ("trung úy Jo-Ar Herrera", "Chúng tôi đang giành lại địa bàn và chúng tôi đang mở rộng những vị trí thuận lợi")][..]),
            ("baomoi:22546815", "\"Từ năm hơn 2 tuổi là cháu đã thích được chụp ảnh\", anh Văn Nam nói. \"Thiên thần\" Lào Cai còn được ví như một \"bà cụ non\" vì mới 5 tuổi.", &[("anh Văn Nam", "Từ năm hơn 2 tuổi là cháu đã thích được chụp ảnh")]),
            ("dantri:news_travel_109", "Nhiều người nói đây là \"bánh bao chảnh\" bởi muốn ăn thì phải chờ. \"Bánh bao bà Mậu\" đã có từ khoảng 30 năm về trước.", &[("Nhiều người", "đây là \"bánh bao chảnh\" bởi muốn ăn thì phải chờ")]),
            ("baomoi:22598789", "\"Họ muốn biết liệu tôi có ý đồ bất chính\", Smith viết. \"Những cuộc tấn công hạt nhân sẽ chấm dứt căng thẳng Mỹ - Triều\" là một dòng tít trên báo.", &[("Smith", "Họ muốn biết liệu tôi có ý đồ bất chính")]),
        ] {
            assert_said(&analyzer, source, sentence, want);
        }
    }
}
