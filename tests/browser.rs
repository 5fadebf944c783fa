//! The HTML report in a real browser: headless Chromium loads the page of a seed article and
//! of hostile text, and the test reads back what the browser parsed.
//!
//! Needs Debian's `chromium` (`.ci/run` installs it). Without it the test says it is skipped,
//! except under CI (`CI` set), where a missing browser is a failure.

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;

use common::fixture_files;
use doichieu::rules::Rules;
use doichieu::{analyze_all, render, Input};

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

fn browser_or_skip() -> Option<PathBuf> {
    let found = chromium();
    if found.is_none() {
        assert!(
            std::env::var_os("CI").is_none(),
            "chromium is not installed; .ci/run installs it"
        );
        eprintln!("skipped: chromium is not installed (apt-get install chromium)");
    }
    found
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
    render::html(&report, &[(id, text)])
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
fn chromium_shows_the_highlights_and_the_conflict_panel() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
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
    assert!(dom.contains("<p class=\"why\">Armenia and Azerbaijan accuse each other"));
}

#[test]
fn chromium_parses_hostile_article_text_as_text() {
    let Some(browser) = browser_or_skip() else {
        return;
    };
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

/// Writes the screenshot shown in the README (`docs/report.png`) when asked:
/// `DOICHIEU_SCREENSHOT=1 cargo test --test browser -- --nocapture`.
#[test]
fn screenshot_for_the_readme() {
    if std::env::var_os("DOICHIEU_SCREENSHOT").is_none() {
        return;
    }
    let Some(browser) = browser_or_skip() else {
        return;
    };
    let path = &fixture_files("seeds", &["003_5f27267f0f875e23"])[0];
    let text = std::fs::read_to_string(path).unwrap();
    let html = page_for("003_5f27267f0f875e23", &text);
    let dir = std::env::temp_dir().join(format!("doichieu-shot-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("page.html");
    std::fs::write(&file, html).unwrap();
    let shot = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/report.png");
    let status = headless(&browser, &dir.join("profile"))
        .arg(format!("--screenshot={}", shot.display()))
        .arg("--window-size=1200,1400")
        .arg(format!("file://{}", file.display()))
        .status()
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    assert!(status.success());
    eprintln!("wrote {}", shot.display());
}
