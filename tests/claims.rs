//! Claims the seeds must yield (and must not), named after what they pin.

use std::path::Path;

use doichieu::report::{ClaimKind, ClaimOut, Document, Polarity};
use doichieu::rules::Rules;
use doichieu::Analyzer;

fn seed(prefix: &str) -> Document {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/seeds");
    let path = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with(prefix))
        .unwrap();
    let raw = std::fs::read_to_string(&path).unwrap();
    Analyzer::new(&Rules::embedded()).document(prefix, "seed", &raw)
}

fn find<'a>(doc: &'a Document, content_start: &str) -> &'a ClaimOut {
    doc.claims
        .iter()
        .find(|c| c.content.text.starts_with(content_start))
        .unwrap_or_else(|| panic!("no claim whose content starts with {content_start:?}"))
}

#[test]
fn seed_002_defence_ministry_is_found_despite_broken_characters() {
    let doc = seed("002");
    let c = find(&doc, "đòn tấn công bằng tên lửa dẫn đường");
    assert_eq!(c.speaker.canonical, "Bộ Quốc phòng Azerbaijan");
    assert_eq!(c.speaker.side.as_deref(), Some("Azerbaijan"));
}

#[test]
fn seed_001_declaring_independence_is_not_a_claim() {
    let doc = seed("001");
    assert!(doc
        .claims
        .iter()
        .all(|c| !c.content.text.contains("với Azerbaijan vào năm 1988")));
    assert!(doc
        .claims
        .iter()
        .all(|c| c.cue.text != "tuyên bố" || !c.speaker.text.contains("Karabakh")));
}

#[test]
fn seed_002_baku_speaks_for_azerbaijan() {
    let doc = seed("002");
    let c = find(&doc, "không có nhân sự nước ngoài");
    assert_eq!(c.speaker.text, "Baku");
    assert_eq!(c.speaker.side.as_deref(), Some("Azerbaijan"));
    assert_eq!(c.polarity, Polarity::Negate);
}

#[test]
fn seed_004_postposed_quote_with_a_typo_in_the_title_is_aliyevs() {
    let doc = seed("004");
    let c = find(&doc, "Chúng ta không còn thời gian");
    assert_eq!(c.speaker.text, "Tổn thống Aliyev");
    assert_eq!(c.speaker.canonical, "Ilham Aliyev");
    assert_eq!(c.kind, ClaimKind::Direct);
    assert_eq!(c.rule, "postposed-quote");
}

#[test]
fn seed_000_reciprocal_accusation_gives_one_claim_per_side() {
    let doc = seed("000");
    let mutual: Vec<&ClaimOut> = doc
        .claims
        .iter()
        .filter(|c| c.content.text == "vi phạm lệnh ngừng bắn")
        .collect();
    assert_eq!(mutual.len(), 2);
    assert_eq!(mutual[0].speaker.canonical, "Armenia");
    assert_eq!(mutual[0].target, vec!["Azerbaijan"]);
    assert_eq!(mutual[1].speaker.canonical, "Azerbaijan");
    assert_eq!(mutual[1].target, vec!["Armenia"]);
}

#[test]
fn seed_000_chain_gives_the_claim_to_the_president_via_sputnik() {
    let doc = seed("000");
    let c = find(&doc, "nước này sẵn sàng ngừng chiến");
    assert_eq!(c.speaker.canonical, "Ilham Aliyev");
    assert_eq!(c.via, vec!["Sputnik"]);
}

#[test]
fn seed_003_bare_quote_and_pronoun_go_to_borrell() {
    let doc = seed("003");
    assert_eq!(
        find(&doc, "Cần phải quay trở lại đối thoại")
            .speaker
            .canonical,
        "Josep Borrell"
    );
    assert_eq!(
        find(&doc, "EU vẫn tham gia đầy đủ").speaker.canonical,
        "Josep Borrell"
    );
}

/// `UBND tỉnh Quảng Ninh`, `một số nhà ngoại giao tại Brussels`: a capitalised run after an
/// administrative unit or a place word names a place, so the speaker is not a person of that
/// name (sentences from the bulk corpus, the first cut after its second clause).
#[test]
fn places_after_a_unit_or_a_place_word_are_no_names() {
    let analyzer = Analyzer::new(&Rules::embedded());
    for (source, sentence, canonical) in [
        ("baomoi:22226258", "UBND tỉnh Quảng Ninh cũng đề nghị Ngân hàng Nhà nước chi nhánh Quảng Ninh chỉ đạo các ngân hàng thực hiện khoanh nợ, giãn nợ.", "UBND tỉnh Quảng Ninh"),
        ("baomoi:22580471", "Một cán bộ Công an quận Nam Từ Liêm cho biết đã nhận được thông tin trình báo về một vụ cướp xảy ra trên địa bàn.", "Một cán bộ Công an quận Nam Từ Liêm"),
        ("dantri:news_world_009", "Thậm chí, một số nhà ngoại giao tại Brussels nhận định bà Kramp-Karrenbauer sẽ là \"kiệt tác\" tiếp theo của Thủ tướng Đức Angela Merkel trong chính sách nhân sự.", "một số nhà ngoại giao tại Brussels"),
    ] {
        let doc = analyzer.document("t", "-", sentence);
        assert_eq!(doc.claims.len(), 1, "{source}: {:?}", doc.claims);
        assert_eq!(doc.claims[0].speaker.canonical, canonical, "{source}");
    }
}

/// A listed person's alias (`Sanders`, `Trump`, `Obama`) after another given name is another
/// person (bulk: baomoi:22435750, baomoi:22709584, baomoi:22529309); a spelling of the listed
/// first name (`Sergey` for `Sergei Lavrov`) or a Vietnamese name whose family name matches is
/// the listed one.
#[test]
fn a_listed_surname_after_another_given_name_is_another_person() {
    let analyzer = Analyzer::new(&Rules::embedded());
    for (sentence, canonical) in [
        (
            "Nghị sĩ Bernie Sanders chỉ trích ông Trump.",
            "Bernie Sanders",
        ),
        (
            "Ivanka Trump nói cô muốn tránh xa chính trị.",
            "Ivanka Trump",
        ),
        (
            "Bà Michelle Obama tiết lộ rằng chồng bà thích bộ tuxedo.",
            "Michelle Obama",
        ),
        (
            "Ngoại trưởng Nga Sergey Lavrov cho biết Nga sẵn sàng.",
            "Sergei Lavrov",
        ),
        (
            "Thủ tướng Nguyễn Xuân Phúc yêu cầu các bộ khẩn trương.",
            "Nguyễn Xuân Phúc",
        ),
        (
            "Tổng thống Donald Trump cho biết ông sẽ ký.",
            "Donald Trump",
        ),
    ] {
        let doc = analyzer.document("t", "-", sentence);
        assert_eq!(doc.claims.len(), 1, "{sentence}: {:?}", doc.claims);
        assert_eq!(doc.claims[0].speaker.canonical, canonical, "{sentence}");
    }
}

/// `Bộ Quốc phòng nước này`, `Bộ Ngoại giao nước này`: a body or official of "this country"
/// is named with the last country that spoke and speaks for it (bulk: baomoi:22565144,
/// baomoi:21494652, baomoi:22558504); `Bốn nước này` (a number of countries) stays as written.
#[test]
fn bodies_of_this_country_are_named_with_the_last_country() {
    let analyzer = Analyzer::new(&Rules::embedded());
    for (source, text, canonical, side) in [
        ("baomoi:22565144", "Nga cảnh báo nhắm mục tiêu vào mọi vật thể bay tại Syria. Theo Reuters, ngày 19/6, các hãng thông tấn của Nga dẫn lời Bộ Quốc phòng nước này thông báo Moskva sẽ nhắm mục tiêu vào bất kỳ vật thể bay nào.", "Bộ Quốc phòng Nga", Some("Nga")),
        ("baomoi:22558504", "Bộ Ngoại giao Triều Tiên ngày 18/6 cáo buộc phía Mỹ vừa tịch thu kiện hàng ngoại giao của một phái đoàn Triều Tiên tại New York, đòi Washington phải giải thích về vụ việc trên. Theo hãng thông tấn Yonhap đưa tin Hãng Thông tấn Trung ương Triều Tiên (KCNA) dẫn nguồn tin Bộ Ngoại giao nước này ngày 18/6 cáo buộc rằng phía Mỹ vừa tịch thu một kiện hàng ngoại giao.", "Bộ Ngoại giao Triều Tiên", Some("Triều Tiên")),
        ("baomoi:22652616", "Saudi Arabia, UAE, Bahrain và Ai Cập cùng một số nước khác đã cắt đứt quan hệ với Qatar ngày 5/6. Bốn nước này cáo buộc Doha hỗ trợ chủ nghĩa khủng bố.", "Bốn nước này", None),
    ] {
        let doc = analyzer.document("t", "-", text);
        let last = doc.claims.last().expect(source);
        assert_eq!(last.speaker.canonical, canonical, "{source}: {:?}", doc.claims);
        assert_eq!(last.speaker.side.as_deref(), side, "{source}");
    }
}
