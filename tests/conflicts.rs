//! Conflicts over the five seeds analysed together: the pairs a careful reader points to.

mod common;

use std::path::PathBuf;

use common::{fixture_files, fixture_source};
use doichieu::report::{ConflictKind, Report};
use doichieu::rules::Rules;
use doichieu::{analyze_all, Input};

fn report(paths: &[PathBuf]) -> Report {
    let contents: Vec<(String, String, Vec<u8>)> = paths
        .iter()
        .map(|p| {
            let id = p.file_stem().unwrap().to_string_lossy().into_owned();
            let source = fixture_source(p);
            (id, source, std::fs::read(p).unwrap())
        })
        .collect();
    let inputs: Vec<Input> = contents
        .iter()
        .map(|(id, source, bytes)| Input { id, source, bytes })
        .collect();
    analyze_all(&inputs, &Rules::embedded()).unwrap()
}

/// The kind of the conflict between the claims whose contents start with `a` and `b`.
fn kind_between(r: &Report, a: &str, b: &str) -> Option<ConflictKind> {
    let ids = |start: &str| -> Vec<String> {
        r.documents
            .iter()
            .flat_map(|d| d.claims.iter())
            .filter(|c| c.content.text.starts_with(start))
            .map(|c| c.id.clone())
            .collect()
    };
    let (xs, ys) = (ids(a), ids(b));
    assert!(!xs.is_empty(), "no claim starts with {a:?}");
    assert!(!ys.is_empty(), "no claim starts with {b:?}");
    r.conflicts
        .iter()
        .find(|c| {
            (xs.contains(&c.a) && ys.contains(&c.b)) || (xs.contains(&c.b) && ys.contains(&c.a))
        })
        .map(|c| c.kind)
}

fn seeds() -> Report {
    report(&fixture_files("seeds", &[]))
}

#[test]
fn seed_002_baku_denies_the_turkish_officers() {
    let r = seeds();
    assert_eq!(
        kind_between(&r, "không có nhân sự nước ngoài", "\"150 sĩ quan cao cấp"),
        Some(ConflictKind::Denial)
    );
}

#[test]
fn seed_003_armenia_denies_having_troops() {
    let r = seeds();
    assert_eq!(
        kind_between(
            &r,
            "việc có quân đội trong khu vực",
            "cần khôi phục trật tự hiến pháp"
        ),
        Some(ConflictKind::Denial)
    );
}

#[test]
fn seed_004_captured_positions_against_a_repelled_attack() {
    let r = seeds();
    assert_eq!(
        kind_between(
            &r,
            "chiếm được những cứ điểm mới",
            "các lực lượng của họ đã đẩy lùi"
        ),
        Some(ConflictKind::Outcome)
    );
}

#[test]
fn seeds_000_and_002_reciprocal_accusations_are_mutual() {
    let r = seeds();
    assert_eq!(
        kind_between(&r, "vi phạm lệnh ngừng bắn", "vi phạm lệnh ngừng bắn"),
        Some(ConflictKind::MutualAccusation)
    );
    assert_eq!(
        kind_between(
            &r,
            "cố tình nhằm vào các khu vực đông dân cư",
            "cố tình nhằm vào các khu vực đông dân cư"
        ),
        Some(ConflictKind::MutualAccusation)
    );
}

#[test]
fn the_2020_war_and_the_2023_offensive_do_not_pair() {
    let r = seeds();
    let doc_of = |id: &str| id.split('#').next().unwrap().to_string();
    let era = |doc: &str| {
        if doc.starts_with("001") || doc.starts_with("003") {
            2023
        } else {
            2020
        }
    };
    for c in &r.conflicts {
        assert_eq!(
            era(&doc_of(&c.a)),
            era(&doc_of(&c.b)),
            "{} ~ {}: {}",
            c.a,
            c.b,
            c.why
        );
    }
}

#[test]
fn a_speaker_never_conflicts_with_itself_or_its_side() {
    let r = seeds();
    for c in &r.conflicts {
        let (a, b) = r
            .claims_of(c)
            .expect("a conflict names claims of its report");
        assert_ne!(a.speaker.canonical, b.speaker.canonical, "{}", c.why);
        if a.speaker.side.is_some() {
            assert_ne!(a.speaker.side, b.speaker.side, "{}", c.why);
        }
        assert!(!c.why.is_empty() && !c.rule.is_empty() && c.evidence.len() == 2);
    }
}

#[test]
fn conflict_snapshots() {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        insta::assert_json_snapshot!("conflicts__seeds", seeds().conflicts);
        for (name, pair) in [
            ("comey", ["baomoi_058", "baomoi_059"]),
            ("expulsions", ["dantri_061", "dantri_149"]),
            ("black_sea", ["dantri_041", "dantri_115"]),
        ] {
            let r = report(&fixture_files("corpus", &pair));
            insta::assert_json_snapshot!(format!("conflicts__{name}"), r.conflicts);
        }
    });
}

fn report_of_text(text: &str) -> Report {
    let inputs = [Input {
        id: "bai",
        source: "-",
        bytes: text.as_bytes(),
    }];
    analyze_all(&inputs, &Rules::embedded()).unwrap()
}

/// A rebuttal that says nothing of its own (`bác bỏ những cáo buộc này`) answers what was said
/// of its party: its antecedent must accuse it, name it or target it. Bulk corpus
/// (baomoi:22496836, dantri:news_world_046): when the real accusation was not extracted, the
/// nearest claim was a third party's figure or comment, and the pair was wrong.
#[test]
fn a_bare_denial_answers_what_was_said_of_its_party_not_a_third_partys_figure() {
    let third_party = report_of_text(
        "Theo một thống kê, tính đến giữa năm ngoái, thế giới có 2.600 dự án trị giá 3,7 nghìn \
         tỷ USD có liên quan tới sáng kiến nói trên. Tuy nhiên, Trung Quốc nhiều lần bác bỏ \
         những cáo buộc này.",
    );
    assert_eq!(third_party.documents[0].claims.len(), 2);
    assert!(
        third_party.conflicts.is_empty(),
        "{:?}",
        third_party.conflicts
    );

    let of_its_party = report_of_text(
        "Khi chia sẻ với CNN, giới chức Mỹ cho biết tên lửa Triều Tiên phóng thử đã rơi xuống \
         khu vực chỉ cách bờ biển nước Nga 60 km. Tuy nhiên, Bộ Quốc phòng Nga đã phủ nhận \
         thông tin này.",
    );
    assert_eq!(
        kind_between(&of_its_party, "tên lửa Triều Tiên", "thông tin này"),
        Some(ConflictKind::Denial),
        "{:?}",
        of_its_party.conflicts
    );
}

/// A denial of "the accusations" answers the accusation made before it, written with the
/// colloquial `tố`, not the statements of a third country on the crisis (baomoi:22496836 from
/// the bulk corpus, shortened: before `tố` was read, Qatar's denial was paired with three
/// statements of Vietnam's spokeswoman).
#[test]
fn a_denial_answers_the_colloquial_accusation_before_it() {
    let r = report_of_text(
        "Trước tình hình căng thẳng ngoại giao giữa Qatar và một số quốc gia vùng Vịnh, người \
         phát ngôn Bộ Ngoại giao Việt Nam Lê Thị Thu Hằng hôm nay nêu rõ Việt Nam mong muốn \
         các nước sớm thiết lập đối thoại, nhằm tìm ra các giải pháp đảm bảo lợi ích của tất \
         cả các bên liên quan. Bà Hằng cho biết đối thoại giữa các nước cũng vì lợi ích của \
         nhân dân các nước, đóng góp vào hòa bình, ổn định của khu vực. Khu vực Trung Đông \
         đang rơi vào cuộc khủng hoảng ngoại giao lớn nhất trong những năm gần đây sau khi \
         Arab Saudi và 8 nước khác cắt quan hệ với Qatar. Các quốc gia vùng Vịnh từ lâu đã tố \
         Doha hỗ trợ các nhóm cực đoan, đặc biệt là tổ chức Anh em Hồi giáo, Nhà nước Hồi giáo \
         tự xưng (IS) và al-Qaeda. Tuy nhiên Qatar đã bác bỏ, tuyên bố các cáo buộc là vô căn \
         cứ.",
    );
    assert_eq!(
        kind_between(&r, "Doha hỗ trợ", "các cáo buộc là vô căn cứ"),
        Some(ConflictKind::Denial),
        "{:?}",
        r.conflicts
    );
    assert_eq!(r.conflicts.len(), 1, "{:?}", r.conflicts);
}

/// A denied rumour is talk no claim was shown saying: the denial answers no claim it merely
/// points back to (baomoi:22252281 from the bulk corpus, where `phủ nhận tin đồn này` was
/// paired with a photo caption that mentions the rumour; baomoi:22664138 likewise).
#[test]
fn a_denied_rumour_answers_no_claim_it_only_points_back_to() {
    let r = report_of_text(
        "Cả ngày 11.5, cư dân mạng xôn xao vì tin đồn Mỹ Tâm sắp cưới. Nguyên nhân là vì dòng \
         trạng thái úp mở trên trang cá nhân của đạo diễn Nguyễn Quang Dũng về một sự kiện \
         chấn động showbiz sắp xảy ra vào ngày 25.5. Hình ảnh Mỹ Tâm vừa đăng tải trên trang \
         cá nhân kèm với trả lời dư luận về tin đồn sắp lấy chồng Liên hệ trợ lý của Mỹ Tâm, \
         cô cũng không đưa ra câu trả lời cụ thể càng khiến dư luận hoang mang. Tuy nhiên, \
         ngay hôm nay, đích thân Mỹ Tâm đã lên tiếng phủ nhận tin đồn này.",
    );
    assert!(
        r.documents[0]
            .claims
            .iter()
            .any(|c| c.content.text == "tin đồn này"),
        "{:?}",
        r.documents[0].claims
    );
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

/// Two parties that deny one story agree: a claim whose speaker denies, in another claim, what a
/// rebuttal rejects is not what the rebuttal answers, however many words they share
/// (baomoi:22308916 from the bulk corpus: the police's denial was paired with the headmistress's
/// warning against spreading the story she had just called false).
#[test]
fn two_parties_that_deny_one_story_agree() {
    let r = report_of_text(MAI_DONG);
    assert!(
        r.documents[0]
            .claims
            .iter()
            .any(|c| c.content.text.starts_with("việc đưa thông tin")),
        "{:?}",
        r.documents[0].claims
    );
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
}

/// baomoi:22308916 (bulk corpus), as published up to the police's statement.
const MAI_DONG: &str = "Xác minh thông tin đối tượng lạ mặt đột nhập trường tiểu học xâm hại học sinh ở Hà Nội\n\
Hiệu trưởng trường tiểu học Mai Động khẳng định, không có việc học sinh trường bị đối tượng lạ mặt hiếp dâm như thông tin trên mạng xã hội.\n\
Xác minh thông tin đối tượng lạ mặt đột nhập trường tiểu học xâm hại học sinh ở Hà Nội Trên mạng xã hội đang lan truyền thông tin một đối tượng nam đã đột nhập Trường tiểu học Mai Động (Hoàng Mai, Hà Nội) kéo học sinh nữ của trường vào nhà vệ sinh để xâm hại. Thậm chí, còn cho rằng, đối tượng lôi học sinh vào nhà vệ sinh \"hiếp dâm\". Liên quan đến thông tin này, bà Bùi Thị Thu Thanh, Hiệu trưởng Trường Tiểu học Mai Động (quận Hoàng Mai, Hà Nội) xác nhận, việc một nam thanh niên lạ mặt đột nhập vào trường hôm 16/5 vừa qua. Tuy nhiên, vị Hiệu trưởng này khẳng định, không có việc học sinh nhà trường bị đối tượng lạ mặt hiếp dâm như thông tin trên mạng xã hội. \"Việc này là hoàn toàn sai sự thật. Chúng tôi sẽ đề nghị cơ quan công an tìm những đối tượng dùng facebook đưa thông tin sai sự thật, nói là hiếp dâm phải chịu trách nhiệm trước pháp luật. Đối tượng vào được trường và có hành vi sờ thôi thì các học sinh của trường đã thoát ra luôn\", bà Thanh nêu rõ. Đồng thời, bà cũng nhấn mạnh, việc đưa thông tin xảy ra hiếp dâm tại trường ảnh hưởng tới việc học tập của học sinh vì vậy nhà trường sẽ đề nghị cơ quan công an xử lý nghiêm những người đưa thông tin hiếp dâm lên facebook. Lãnh đạo Công an quận Hoàng Mai cũng bác bỏ thông tin học sinh nhà trường bị hiếp dâm như thông tin trên mạng xã hội đồng thời cho biết, đang tiến hành xác minh thông tin về vụ việc.";

/// `A và B cáo buộc nhau …` is a mutual accusation; `hai bên đã thông báo cho nhau …`
/// ("informed each other") is no clash (bulk corpus: baomoi:22475271, baomoi:22371924).
#[test]
fn a_reciprocal_statement_that_accuses_nobody_is_no_mutual_accusation() {
    let informed = report_of_text(
        "Bộ trưởng Quốc phòng Việt Nam hội đàm với Bộ trưởng Quốc phòng Cuba. Tại buổi hội \
         đàm, Việt Nam và Cuba đã thông báo cho nhau tình hình mỗi nước và trao đổi những vấn \
         đề cùng quan tâm.",
    );
    assert!(informed.conflicts.is_empty(), "{:?}", informed.conflicts);
}

/// A rebuttal pointing back past an accusation of its party answers the accusation, not the
/// action announced before it: the whole of baomoi:22496014 from the bulk corpus, where the
/// denial was paired with `cắt đứt quan hệ ngoại giao với Qatar` at p 0.42 (and
/// baomoi:22467143, baomoi:22494027 likewise).
#[test]
fn a_denial_answers_the_accusation_not_the_action_announced_with_it() {
    let r = report_of_text(QATAR);
    assert_eq!(
        kind_between(&r, "nước này ủng hộ", "cáo buộc của các nước trên"),
        Some(ConflictKind::Denial),
        "{:?}",
        r.conflicts
    );
    assert_eq!(
        kind_between(
            &r,
            "cắt đứt quan hệ ngoại giao",
            "cáo buộc của các nước trên"
        ),
        None,
        "{:?}",
        r.conflicts
    );
}

/// baomoi:22496014 (bulk corpus), as published.
const QATAR: &str = "Đức kêu gọi chấm dứt phong tỏa Qatar\n\
Ngày 9/6, Ngoại trưởng Đức Sigmar Gabriel lên tiếng kêu gọi giải quyết cuộc khủng hoảng vùng Vịnh thông qua con đường ngoại giao, đồng thời chấm dứt phong tỏa đường không và đường biển đối với Qatar.\n\
Ngoại trưởng Đức Sigmar Gabriel (trái) và người đồng cấp Qatar Mohammed Al-Thani. Nguồn: spiegel.de Theo phóng viên TTXVN tại Đức, phát biểu sau cuộc gặp với người đồng cấp Qatar Mohammed Al-Thani, Ngoại trưởng Gabriel nhấn mạnh tất cả các bên đều cần sự ổn định ở khu vực vùng Vịnh, đồng thời bày tỏ tin tưởng cuộc khủng hoảng liên quan đến Qatar cần các giải pháp ngoại giao. Ông nêu rõ cần phải dỡ bỏ các lệnh phong tỏa Qatar, ngăn chặn căng thẳng leo thang hơn nữa. Ngoại trưởng Gabriel cũng lưu ý rằng các quốc gia nên tập trung vào kẻ thù thực sự là tổ chức khủng bố \"Nhà nước Hồi giáo\" (IS) tự xưng. Trong khi đó, Ngoại trưởng Qatar nhấn mạnh những biện pháp trừng phạt nhằm vào nước này là vi phạm luật pháp quốc tế, cho rằng những động thái của Saudi Arabia cùng các quốc gia Arập khác là \"sự bao vây bất công\". Ngoại trưởng Mohammed Al-Thani cũng cho biết hy vọng của Qatar là ngoại giao và đối thoại. Cùng ngày, phát biểu với báo giới, người phát ngôn Bộ Ngoại giao Đức, ông Martin Schaefer, khẳng định Berlin sẽ làm tất cả để thúc đẩy việc nối lại đàm phán nhằm giải quyết cuộc khủng hoảng, nhưng không có ý định đóng vai trò trung gian hòa giải quan trọng. Trong một diễn biến liên quan, nhằm thể hiện sự ủng hộ đối với Qatar, ngày 8/6, Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan đã phê chuẩn 2 thỏa thuận quân sự với quốc gia vùng Vịnh này chỉ 1 ngày sau khi Quốc hội phê chuẩn. Thỏa thuận đầu tiên được ký tại Doha tháng 4/2016, cho phép quân đội Thổ Nhĩ Kỳ triển khai đến Qatar, củng cố sức mạnh cho quân đội nước này và tăng cường hợp tác quân sự. Trong khi đó, thỏa thuận thứ 2 ký tháng 12/2015 giữa hai Bộ Nội vụ, cho phép Thổ Nhĩ Kỳ đào tạo cho lực lượng Qatar. Căng thẳng ngoại giao tại vùng Vịnh bùng phát sau khi ngày 5/6 vừa qua, Saudi Arabia, Ai Cập, Bahrain và Các tiểu vương quốc Arab thống nhất (UAE) đã thông báo cắt đứt quan hệ ngoại giao với Qatar với cáo buộc nước này ủng hộ chủ nghĩa khủng bố và can thiệp nội bộ các nước trong khu vực. Một số nước khác như Yemen, chính phủ miền Đông Libya, Maldives cũng có động thái tương tự, trong khi Jordan quyết định hạ cấp quan hệ ngoại giao với Qatar. Liên minh do Saudi Arabia dẫn đầu cũng đã áp đặt lệnh phong tỏa kinh tế đối với Qatar, trong đó có việc đóng cửa đường biên giới trên bộ duy nhất nối Saudi Arabia với quốc gia giàu tài nguyên khí đốt này. Qatar đã lên tiếng bác bỏ cáo buộc của các nước trên, đồng thời cảnh báo cuộc khủng hoảng ngoại giao tại vùng Vịnh hiện nay đang đe dọa sự ổn định của toàn khu vực, đồng thời cho biết Doha ưu tiên giải pháp ngoại giao và nhấn mạnh rằng giải pháp quân sự sẽ không bao giờ giúp giải quyết vấn đề. TTXVN/Tin Tức  ";

/// One side's answer told in a run of claims: each rebuttal of the run that points back to
/// the claim answers it, not only the one tied to it by itself (baomoi:22285537, the story of
/// baomoi_033 in the dev gold).
#[test]
fn a_sides_run_of_rebuttals_answers_the_same_claim() {
    let r = report_of_text(
        "Nguồn tin cũng nói thông tin mật mà Trump tiết lộ được một đồng minh của Mỹ trong cuộc \
         chiến chống IS cung cấp. Tờ Washington Post là cơ quan truyền thông đầu tiên đăng tải \
         những cáo buộc trên. Nhà Trắng ngay lập tức ra tuyên bố nói đây là cáo buộc không chính \
         xác. “Câu chuyện mà báo đăng tối nay là sai lệch”, ông H.R. McMaster, cố vấn an ninh \
         quốc gia Mỹ, nói với các nhà báo trong một cuộc họp báo tại Nhà Trắng.",
    );
    for rebuttal in [
        "đây là cáo buộc không chính xác",
        "Câu chuyện mà báo đăng tối nay",
    ] {
        assert_eq!(
            kind_between(&r, "thông tin mật mà Trump tiết lộ", rebuttal),
            Some(ConflictKind::Denial),
            "{rebuttal}: {:?}",
            r.conflicts
        );
    }
    let tied = r
        .conflicts
        .iter()
        .filter(|c| c.why.contains("another rebuttal of which is tied"))
        .count();
    assert_eq!(tied, 1, "{:?}", r.conflicts);
}
