//! The `doichieu` binary end to end: formats, standard input, exit codes, atomic output and
//! corpus mode with bad records.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use common::{corpus_lines, run, seed, stderr};

fn doichieu() -> Command {
    Command::new(env!("CARGO_BIN_EXE_doichieu"))
}

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    common::scratch("cli", name)
}

#[test]
fn every_format_of_analyze_succeeds_on_a_seed() {
    for (format, starts) in [
        ("json", "{"),
        ("jsonl", "{\"id\":\"000_bd47f0741fbc651b\""),
        ("md", "## 000_bd47f0741fbc651b"),
        ("html", "<!DOCTYPE html>"),
        ("text", "== 000_bd47f0741fbc651b"),
    ] {
        let out = run(doichieu().args(["analyze", "--format", format]).arg(seed()));
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        let stdout = String::from_utf8(out.stdout).unwrap();
        assert!(stdout.starts_with(starts), "{format}: {}", &stdout[..80]);
        if format == "text" {
            assert!(!stdout.contains('\x1b'), "no colour into a pipe");
        }
    }
}

/// `--lang`: the human formats speak Vietnamese by default and English when asked; the JSON
/// and JSON lines are the same bytes whatever the language.
#[test]
fn lang_changes_the_words_of_md_html_and_text_but_never_the_json() {
    let analyze = |format: &str, lang: Option<&str>| {
        let mut cmd = doichieu();
        cmd.args(["analyze", "--format", format]).arg(seed());
        if let Some(lang) = lang {
            cmd.args(["--lang", lang]);
        }
        let out = run(&mut cmd);
        assert!(out.status.success(), "{format} {lang:?}: {}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    for format in ["json", "jsonl"] {
        let default = analyze(format, None);
        assert_eq!(analyze(format, Some("vi")), default, "{format}");
        assert_eq!(analyze(format, Some("en")), default, "{format}");
    }
    for (format, vi, en) in [
        ("md", "## Mâu thuẫn", "## Conflicts"),
        ("html", "<th>người nói</th>", "<th>speaker</th>"),
        ("text", "== mâu thuẫn ==", "== conflicts =="),
    ] {
        let default = analyze(format, None);
        assert_eq!(
            analyze(format, Some("vi")),
            default,
            "{format}: vi is the default"
        );
        assert!(default.contains(vi), "{format}");
        assert!(
            default.contains("Armenia và Azerbaijan cáo buộc lẫn nhau"),
            "{format}"
        );
        let english = analyze(format, Some("en"));
        assert!(english.contains(en), "{format}");
        assert!(
            english.contains("Armenia and Azerbaijan accuse each other"),
            "{format}"
        );
        assert!(!english.contains(vi), "{format}");
    }
    // The text layer too.
    let layer = |lang: &str| {
        let out = run(doichieu().args(["text", "--lang", lang]).arg(seed()));
        assert!(out.status.success(), "{}", stderr(&out));
        String::from_utf8(out.stdout).unwrap()
    };
    assert!(layer("vi").starts_with("bài 000_bd47f0741fbc651b: "));
    assert!(layer("en").starts_with("document 000_bd47f0741fbc651b: "));
    // Anything else is a usage error that names the choices.
    let out = run(doichieu()
        .args(["analyze", "--format", "md", "--lang", "fr"])
        .arg(seed()));
    assert_eq!(out.status.code(), Some(3));
    assert!(
        stderr(&out).contains("[possible values: vi, en]"),
        "{}",
        stderr(&out)
    );
    let help = run(doichieu().args(["analyze", "--help"]));
    assert!(String::from_utf8_lossy(&help.stdout).contains("--lang <LANG>"));
}

#[test]
fn standard_input_is_read_for_a_dash() {
    let mut child = doichieu()
        .args(["analyze", "-", "--format", "jsonl"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all("Ông Peskov cho biết Nga sẵn sàng đàm phán.".as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    let first = String::from_utf8(out.stdout).unwrap();
    assert!(
        first.starts_with("{\"id\":\"stdin\",\"source\":\"-\""),
        "{first}"
    );
    assert!(first.contains("\"canonical\":\"Dmitry Peskov\""));
}

#[test]
fn output_file_is_written_whole() {
    let dir = scratch("output");
    let target = dir.join("report.json");
    let out = run(doichieu().arg("analyze").arg(seed()).arg("-o").arg(&target));
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(
        report["documents"][0]["claims"].as_array().unwrap().len(),
        10
    );
    let leftovers: Vec<_> = std::fs::read_dir(&dir).unwrap().collect();
    assert_eq!(leftovers.len(), 1, "no temporary file left behind");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn exit_codes_one_for_input_two_for_rules() {
    let dir = scratch("exit");
    let bad = dir.join("bad.txt");
    std::fs::write(&bad, b"Ong Peskov n\xC3i").unwrap();
    let out = run(doichieu().arg("analyze").arg(&bad));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("{}: invalid UTF-8 at byte 12", bad.display())),
        "{}",
        stderr(&out)
    );
    let out = run(doichieu().args(["analyze", "no/such/file.txt"]));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("no/such/file.txt"));

    let rules = dir.join("rules");
    std::fs::create_dir_all(&rules).unwrap();
    for (name, text) in doichieu::rules::RULE_FILES {
        std::fs::write(rules.join(name), text).unwrap();
    }
    std::fs::write(rules.join("cues.txt"), "nói | shout | ông nói\n").unwrap();
    let out = run(doichieu()
        .arg("--rules")
        .arg(&rules)
        .arg("analyze")
        .arg(seed()));
    assert_eq!(out.status.code(), Some(2));
    let expected = format!(
        "{}:1:7: unknown class 'shout'",
        rules.join("cues.txt").display()
    );
    assert!(stderr(&out).contains(&expected), "{}", stderr(&out));
    let out = run(doichieu().args(["rules", "check"]).arg(&rules));
    assert_eq!(out.status.code(), Some(2));

    std::fs::write(
        rules.join("cues.txt"),
        "nói | state | Ông ấy cho biết vậy.\n",
    )
    .unwrap();
    let out = run(doichieu().args(["rules", "check"]).arg(&rules));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out)
            .contains("cues.txt:1: the example \"Ông ấy cho biết vậy.\" does not show \"nói\""),
        "{}",
        stderr(&out)
    );
    let help = run(doichieu().arg("--help"));
    assert!(String::from_utf8_lossy(&help.stdout).contains("Exit codes: 0 success; 1 input"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn rules_check_passes_on_the_shipped_rules() {
    let rules = Path::new(env!("CARGO_MANIFEST_DIR")).join("rules");
    let out = run(doichieu().args(["rules", "check"]).arg(&rules));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("every example fires"));
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(bytes).unwrap();
    gz.finish().unwrap()
}

#[test]
fn corpus_mode_skips_bad_records_by_line_and_keeps_the_rest() {
    let dir = scratch("corpus");
    let mut input = corpus_lines(1);
    let good = input
        .split(|&b| b == b'\n')
        .filter(|l| !l.is_empty())
        .count();
    input.extend_from_slice(b"{\"id\": \"broken\", \"text\": \n");
    input.extend_from_slice(b"{\"id\": \"no-text\"}\n");
    input.extend_from_slice(b"{\"id\": \"latin1\", \"text\": \"Ng\xe0y 19/9\"}\n");
    input.extend_from_slice(
        b"{\"id\": \"last\", \"text\": \"Baku ph\xe1\xbb\xa7 nh\xe1\xba\xadn.\"}\n",
    );
    let path = dir.join("in.jsonl.gz");
    std::fs::write(&path, gzip(&input)).unwrap();
    let output = dir.join("out.jsonl");
    let out = run(doichieu().arg("corpus").arg(&path).arg("-o").arg(&output));
    assert_eq!(
        out.status.code(),
        Some(1),
        "records were skipped: {}",
        stderr(&out)
    );
    let err = stderr(&out);
    let name = path.display().to_string();
    assert!(
        err.contains(&format!("{name}:{}: invalid JSON at column 25", good + 1)),
        "{err}"
    );
    assert!(
        err.contains(&format!("{name}:{}: missing \"text\"", good + 2)),
        "{err}"
    );
    assert!(
        err.contains(&format!("{name}:{}: invalid UTF-8 at byte 28", good + 3)),
        "{err}"
    );
    let summary = format!("{} records, {} documents, 3 errors", good + 4, good + 1);
    assert!(err.contains(&summary), "{err}");
    let text = std::fs::read_to_string(&output).unwrap();
    let lines: Vec<serde_json::Value> = text
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines.len(),
        good + 1 + 1,
        "documents, then the conflicts line"
    );
    assert_eq!(lines[good]["id"], "last");
    let last = lines.last().unwrap();
    assert_eq!(last["summary"]["errors"], 3);
    assert_eq!(last["summary"]["records"], good + 4);
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn corpus_output_is_the_same_with_one_and_two_threads() {
    let dir = scratch("threads");
    let path = dir.join("in.jsonl");
    std::fs::write(&path, corpus_lines(3)).unwrap();
    let mut outputs = Vec::new();
    for threads in ["1", "2"] {
        let target = dir.join(format!("out-{threads}.jsonl"));
        let out = run(doichieu()
            .args(["--quiet", "corpus", "-j", threads])
            .arg(&path)
            .arg("-o")
            .arg(&target));
        assert!(out.status.success(), "{}", stderr(&out));
        assert!(out.stderr.is_empty(), "--quiet: {}", stderr(&out));
        outputs.push(std::fs::read(&target).unwrap());
    }
    assert!(outputs[0].len() > 100_000);
    assert!(outputs[0] == outputs[1], "1 and 2 threads differ");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn killing_a_corpus_run_leaves_no_output_file() {
    let dir = scratch("kill");
    let path = dir.join("in.jsonl");
    std::fs::write(&path, corpus_lines(40)).unwrap();
    let target = dir.join("out.jsonl");
    let mut child = doichieu()
        .args(["--quiet", "corpus", "-j", "1"])
        .arg(&path)
        .arg("-o")
        .arg(&target)
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the run ended before it could be killed; make the input larger"
    );
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(!target.exists(), "a killed run left {}", target.display());
    std::fs::remove_dir_all(&dir).ok();
}
