//! The HTML report in a real browser: headless Chromium loads the page of a seed article and
//! of hostile text, and the test reads back what the browser parsed.
//!
//! The tests need Chromium, so `cargo test` lists them as ignored (with the reason) rather than
//! passing them without a browser. Run them with
//!
//! ```sh
//! scripts/install-browser.sh                              # Debian's chromium, unless one is on PATH
//! cargo test --test browser -- --include-ignored          # as .ci/run does
//! ```
//!
//! Run so, a missing browser is a failure, never a skip.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::fixture_files;
use doichieu::rules::Rules;
use doichieu::{analyze_all, render, Input, Lang};

fn chromium() -> Option<PathBuf> {
    ["chromium", "chromium-browser", "google-chrome"]
        .iter()
        .filter_map(|name| {
            std::env::var_os("PATH").and_then(|paths| {
                std::env::split_paths(&paths)
                    .map(|dir| dir.join(name))
                    .find(|p| p.is_file())
            })
        })
        .next()
}

/// Why the tests are ignored by default, as `cargo test` shows it.
const NEEDS_CHROMIUM: &str = "needs Chromium: scripts/install-browser.sh, then cargo test --test browser -- --include-ignored";

/// The browser; a test that was asked to run without one fails, saying how to install it.
fn browser() -> PathBuf {
    chromium().unwrap_or_else(|| panic!("no chromium on PATH ({NEEDS_CHROMIUM})"))
}

/// Flags for a sandbox without network: no first-run, no background connections.
fn headless(browser: &Path, profile: &Path) -> Command {
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-dev-shm-usage",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    cmd
}

fn page_for(id: &str, text: &str) -> String {
    let rules = Rules::embedded();
    let report = analyze_all(
        &[Input {
            id,
            source: id,
            bytes: text.as_bytes(),
        }],
        &rules,
    )
    .unwrap();
    render::html(&report, &[(id, text)], Lang::Vi)
}

/// Loads `html` in Chromium and returns the DOM after the page's scripts ran.
fn dump_dom(browser: &Path, name: &str, html: &str) -> String {
    let dir = std::env::temp_dir().join(format!("doichieu-browser-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("page.html");
    std::fs::write(&file, html).unwrap();
    let out = headless(browser, &dir.join("profile"))
        .arg("--dump-dom")
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("chromium runs");
    std::fs::remove_dir_all(&dir).ok();
    assert!(
        out.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The value of `data-<name>` on `<body>` in a dumped DOM.
fn body_count(dom: &str, name: &str) -> usize {
    let body = &dom[dom.find("<body").expect("a body")..];
    let body = &body[..body.find('>').unwrap()];
    let key = format!("data-{name}=\"");
    let at = body
        .find(&key)
        .unwrap_or_else(|| panic!("no {key} in {body}"));
    body[at + key.len()..]
        .split('"')
        .next()
        .unwrap()
        .parse()
        .unwrap()
}

#[test]
#[ignore = "needs Chromium: scripts/install-browser.sh, then cargo test --test browser -- --include-ignored"]
fn chromium_shows_the_highlights_and_the_conflict_panel() {
    let browser = browser();
    let path = &fixture_files("seeds", &["000_bd47f0741fbc651b"])[0];
    let text = std::fs::read_to_string(path).unwrap();
    let html = page_for("000_bd47f0741fbc651b", &text);
    let dom = dump_dom(&browser, "seed", &html);
    // Seed 000: 10 claims, each with a speaker, cue and content mark (two claims share a
    // cue and a content), and one mutual accusation. The browser parsed every mark written.
    let written = html.matches("<mark class=\"").count() - 3; // minus the legend's three
    assert!(written >= 24, "{written}");
    assert_eq!(body_count(&dom, "marks"), written);
    assert_eq!(body_count(&dom, "pairs"), 1);
    assert_eq!(body_count(&dom, "scripts"), 1);
    assert!(dom.contains("<mark class=\"speaker\""));
    assert!(dom.contains("<mark class=\"cue\""));
    assert!(dom.contains("<mark class=\"content\""));
    // In Vietnamese, the default of the command line.
    assert!(dom.contains("<p class=\"why\">Armenia và Azerbaijan cáo buộc lẫn nhau"));
}

#[test]
#[ignore = "needs Chromium: scripts/install-browser.sh, then cargo test --test browser -- --include-ignored"]
fn chromium_parses_hostile_article_text_as_text() {
    let browser = browser();
    let text = "Ông Peskov cho biết <script>document.title='pwned'</script> và \
                \"><img src=x onerror=\"document.title='pwned'\"> là sai. \
                Nga cáo buộc Ukraine tấn công. Ukraine cáo buộc Nga tấn công.";
    let html = page_for("hostile", text);
    let dom = dump_dom(&browser, "hostile", &html);
    assert_eq!(body_count(&dom, "scripts"), 1, "only the page's own script");
    assert_eq!(body_count(&dom, "images"), 0);
    assert!(!dom.contains("pwned</title>"));
    assert!(dom.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"));
}

/// Takes a screenshot of the HTML report of seed 003 and checks it is a PNG; with
/// `DOICHIEU_SCREENSHOT=1` it becomes the one shown in the README (`docs/report.png`):
/// `DOICHIEU_SCREENSHOT=1 cargo test --test browser screenshot -- --include-ignored`.
#[test]
#[ignore = "needs Chromium: scripts/install-browser.sh, then cargo test --test browser -- --include-ignored"]
fn screenshot_of_the_report() {
    let browser = browser();
    let path = &fixture_files("seeds", &["003_5f27267f0f875e23"])[0];
    let text = std::fs::read_to_string(path).unwrap();
    let html = page_for("003_5f27267f0f875e23", &text);
    let dir = std::env::temp_dir().join(format!("doichieu-shot-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("page.html");
    std::fs::write(&file, html).unwrap();
    let shot = dir.join("report.png");
    let status = headless(&browser, &dir.join("profile"))
        .arg(format!("--screenshot={}", shot.display()))
        .arg("--window-size=1200,1400")
        .arg(format!("file://{}", file.display()))
        .status()
        .unwrap();
    assert!(status.success());
    let png = std::fs::read(&shot).unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    assert!(
        png.len() > 10_000,
        "a page of text is more than {} bytes",
        png.len()
    );
    if std::env::var_os("DOICHIEU_SCREENSHOT").is_some() {
        let readme = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/report.png");
        std::fs::write(&readme, png).unwrap();
        eprintln!("wrote {}", readme.display());
    }
}
