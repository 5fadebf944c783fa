//! The text layer (normalize + segment) on real articles: spans point at the raw bytes,
//! repairs are the right ones, segmentation is snapshotted for review.
//!
//! Set `DOICHIEU_CORPUS` to a folder of `.txt` articles (the corpus folder shipped beside the project, for instance)
//! to run the span property over a whole corpus as well.

mod common;

use std::path::{Path, PathBuf};

use common::fixture_files;
use doichieu::normalize::{normalize, normalize_with};
use doichieu::rules::Rules;
use doichieu::segment::Segments;
use doichieu::{Analyzer, Lang, Span};

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The rules and their compiled form, which segments.
fn setup() -> (Rules, Analyzer) {
    let rules = Rules::embedded();
    let analyzer = Analyzer::new(&rules);
    (rules, analyzer)
}

/// Every range the text layer produces, with what it is, for the span property.
fn ranges(seg: &Segments) -> Vec<(String, std::ops::Range<usize>)> {
    let mut out = Vec::new();
    for (i, p) in seg.paragraphs.iter().enumerate() {
        out.push((format!("paragraph {i}"), p.range.clone()));
    }
    for (i, s) in seg.sentences.iter().enumerate() {
        out.push((format!("sentence {i}"), s.range.clone()));
    }
    for (i, q) in seg.quotes.iter().enumerate() {
        out.push((format!("quotation {i}"), q.range.clone()));
        out.push((format!("quotation {i} inner"), q.inner.clone()));
    }
    for (i, b) in seg.boilerplate.iter().enumerate() {
        out.push((format!("boilerplate {i}"), b.range.clone()));
    }
    out
}

/// The raw bytes under each span, normalized the way the whole document was, equal the working
/// text under the range the span came from.
fn check_spans(name: &str, raw: &str, (rules, analyzer): &(Rules, Analyzer)) {
    let text = normalize(raw, &rules.repairs);
    let seg = analyzer.segment(&text);
    for (what, range) in ranges(&seg) {
        let span = text.span(range.clone());
        let original = span.slice(raw).unwrap_or_else(|| {
            panic!("{name}: {what} span {span:?} is not on character boundaries")
        });
        let again = normalize_with(original, &rules.repairs, text.broken);
        assert_eq!(
            again.as_str(),
            &text.as_str()[range.clone()],
            "{name}: {what} {span:?}: raw {original:?}"
        );
    }
    for r in &text.repairs {
        assert_eq!(
            r.span.slice(raw),
            Some(r.from.as_str()),
            "{name}: repair {r:?}"
        );
    }
}

#[test]
fn spans_point_at_the_raw_bytes_on_every_fixture() {
    let setup = setup();
    for path in fixture_files("seeds", &[])
        .into_iter()
        .chain(fixture_files("corpus", &[]))
    {
        check_spans(&path.display().to_string(), &read(&path), &setup);
    }
}

#[test]
fn spans_point_at_the_raw_bytes_on_the_whole_corpus() {
    let Some(dir) = std::env::var_os("DOICHIEU_CORPUS") else {
        println!("skipped: set DOICHIEU_CORPUS to a folder of .txt articles to run this check");
        return;
    };
    let setup = setup();
    let mut count = 0;
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("DOICHIEU_CORPUS is a readable folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    for path in files {
        check_spans(&path.display().to_string(), &read(&path), &setup);
        count += 1;
    }
    println!("checked spans on {count} corpus articles");
    assert!(count > 0, "no .txt article in DOICHIEU_CORPUS");
}

#[test]
fn prepending_k_bytes_shifts_every_span_by_k() {
    let (rules, analyzer) = setup();
    for path in fixture_files("seeds", &[])
        .into_iter()
        .chain(fixture_files("corpus", &[]))
    {
        let raw = read(&path);
        let text = normalize(&raw, &rules.repairs);
        let seg = analyzer.segment(&text);
        for prefix in ["\n", "\n\n\n", "  \n \n"] {
            let k = prefix.len();
            let shifted_raw = format!("{prefix}{raw}");
            let shifted = normalize(&shifted_raw, &rules.repairs);
            let shifted_seg = analyzer.segment(&shifted);
            let a: Vec<Span> = ranges(&seg)
                .into_iter()
                .map(|(_, r)| text.span(r).shifted(k))
                .collect();
            let b: Vec<Span> = ranges(&shifted_seg)
                .into_iter()
                .map(|(_, r)| shifted.span(r))
                .collect();
            assert_eq!(a, b, "{} shifted by {k}", path.display());
        }
    }
}

#[test]
fn seed_002_has_its_twelve_broken_characters_repaired() {
    let rules = Rules::embedded();
    let raw = read(&fixture_files("seeds", &[])[2]);
    let text = normalize(&raw, &rules.repairs);
    assert!(text.broken);
    let s = text.as_str();
    for word in [
        "cố tình",
        "hình ảnh",
        "Bộ Quốc phòng",
        "đã tập kích",
        "tìm kiếm",
        "tìm cách",
    ] {
        assert!(s.contains(word), "missing {word}");
    }
    assert_eq!(s.matches("đòn").count(), 2);
    assert_eq!(s.matches("hòa bình").count(), 2);
    // The twelve words: cố tình, hình ảnh, đòn ×2, Bộ Quốc phòng, đã, hòa bình ×2, tìm ×2;
    // hòa bình is two repairs each.
    let certain: Vec<&str> = text
        .repairs
        .iter()
        .filter(|r| r.rule == "lost-vowel" || r.to == "ã")
        .map(|r| r.to.as_str())
        .collect();
    assert_eq!(certain.len(), 12, "{:?}", text.repairs);
    // No broken mark is left anywhere.
    assert!(!s.contains('\u{0301}') && !s.contains('\u{0323}') && !s.contains('ḥ'));
}

#[test]
fn the_other_seeds_keep_their_letters() {
    let rules = Rules::embedded();
    for (i, path) in fixture_files("seeds", &[]).iter().enumerate() {
        if i == 2 {
            continue;
        }
        let raw = read(path);
        let text = normalize(&raw, &rules.repairs);
        assert!(!text.broken, "{}", path.display());
        assert!(
            text.repairs.is_empty(),
            "{}: {:?}",
            path.display(),
            text.repairs
        );
        let letters = |s: &str| {
            s.chars()
                .filter(|c| c.is_alphanumeric())
                .collect::<String>()
        };
        assert_eq!(letters(&raw), letters(text.as_str()), "{}", path.display());
    }
}

#[test]
fn seed_000_closing_quote_is_one_quotation() {
    let (rules, analyzer) = setup();
    let raw = read(&fixture_files("seeds", &[])[0]);
    let text = normalize(&raw, &rules.repairs);
    let seg = analyzer.segment(&text);
    assert_eq!(seg.quotes.len(), 1);
    let q = &seg.quotes[0];
    assert!(q.closed);
    let inner = &text.as_str()[q.inner.clone()];
    assert!(inner.starts_with("Các lực lượng vũ trang của Cộng hòa Azerbaijan hành động"));
    assert!(inner.ends_with("bất kỳ vũ khí hoặc đạn dược bị cấm nào"));
    assert_eq!(inner.matches('\n').count(), 3, "runs over four lines");
}

#[test]
fn text_layer_snapshots() {
    let analyzer = Analyzer::new(&Rules::embedded());
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        let hard = [
            "bbcvi_029",
            "bbcvi_017",
            "bbcvi_002",
            "dantri_008",
            "baomoi_003",
        ];
        let files = fixture_files("seeds", &[]).into_iter().chain(
            fixture_files("corpus", &[])
                .into_iter()
                .filter(|p| hard.iter().any(|h| p.file_stem().is_some_and(|s| s == *h))),
        );
        for path in files {
            let raw = read(&path);
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            insta::assert_snapshot!(
                format!("text_layer__{name}"),
                analyzer.text_layer(&name, &raw, Lang::En)
            );
        }
    });
}

/// The text layer in Vietnamese, on the seeds with repairs (a broken document), boilerplate
/// and an unclosed quotation: the same lines as in English, in other words.
#[test]
fn text_layer_snapshots_in_vietnamese() {
    let analyzer = Analyzer::new(&Rules::embedded());
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for path in fixture_files("seeds", &[]) {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            if !(name.starts_with("002_") || name.starts_with("003_")) {
                continue;
            }
            let raw = read(&path);
            let vi = analyzer.text_layer(&name, &raw, Lang::Vi);
            let en = analyzer.text_layer(&name, &raw, Lang::En);
            assert_eq!(vi.lines().count(), en.lines().count());
            insta::assert_snapshot!(format!("text_layer__vi_{name}"), vi);
        }
    });
}
