//! The binary as something to rely on (issue #20): `-o` never replaces what it is pointed at
//! (a symbolic link, a FIFO, a device), a closed pipe ends a run quietly, a bad file among good
//! ones is reported and skipped, document ids stay unique, and the exit codes tell usage, input
//! and rule errors apart.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use common::{corpus_lines, fixture_files, run, seed, stderr};

fn doichieu() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_doichieu"));
    cmd.env_remove("NO_COLOR").env_remove("TERM");
    cmd
}

/// A fresh folder for one test.
fn scratch(name: &str) -> PathBuf {
    common::scratch("rel", name)
}

/// The names in `dir`, sorted.
fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[cfg(unix)]
#[test]
fn a_symlink_output_is_written_through_and_stays_a_link() {
    let dir = scratch("symlink");
    let target = dir.join("real.json");
    std::fs::write(&target, "old").unwrap();
    let link = dir.join("link.json");
    std::os::unix::fs::symlink("real.json", &link).unwrap();
    let out = run(doichieu().arg("analyze").arg(seed()).arg("-o").arg(&link));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&link)
        .unwrap()
        .file_type()
        .is_symlink());
    assert_eq!(std::fs::read_link(&link).unwrap(), Path::new("real.json"));
    let report: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(report["documents"][0]["id"], "000_bd47f0741fbc651b");

    // corpus -o the same way, and a dangling link gets its target created.
    let input = dir.join("in.jsonl");
    std::fs::write(&input, corpus_lines(1)).unwrap();
    let dangling = dir.join("dangling.jsonl");
    std::os::unix::fs::symlink("made.jsonl", &dangling).unwrap();
    let out = run(doichieu()
        .args(["--quiet", "corpus"])
        .arg(&input)
        .arg("-o")
        .arg(&dangling));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(std::fs::symlink_metadata(&dangling)
        .unwrap()
        .file_type()
        .is_symlink());
    assert!(std::fs::read_to_string(dir.join("made.jsonl"))
        .unwrap()
        .starts_with("{\"id\":"));
    assert_eq!(
        names(&dir),
        [
            "dangling.jsonl",
            "in.jsonl",
            "link.json",
            "made.jsonl",
            "real.json"
        ],
        "no temporary file left behind"
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[cfg(unix)]
#[test]
fn a_replaced_file_keeps_its_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let dir = scratch("mode");
    let target = dir.join("report.md");
    std::fs::write(&target, "old").unwrap();
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
    let out = run(doichieu()
        .args(["analyze", "-f", "md"])
        .arg(seed())
        .arg("-o")
        .arg(&target));
    assert!(out.status.success(), "{}", stderr(&out));
    let meta = std::fs::metadata(&target).unwrap();
    assert_eq!(meta.permissions().mode() & 0o777, 0o640);
    assert!(std::fs::read_to_string(&target)
        .unwrap()
        .starts_with("## 000_bd47f0741fbc651b"));
    std::fs::remove_dir_all(&dir).ok();
}

#[cfg(unix)]
#[test]
fn a_fifo_output_is_written_into_and_stays_a_fifo() {
    use std::os::unix::fs::FileTypeExt;
    let dir = scratch("fifo");
    let fifo = dir.join("out.fifo");
    let made = Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped: mkfifo is not available");
        return;
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let reader_path = fifo.clone();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        std::fs::File::open(&reader_path)
            .unwrap()
            .read_to_string(&mut text)
            .unwrap();
        tx.send(()).ok();
        text
    });
    let out = run(doichieu()
        .args(["analyze", "-f", "jsonl"])
        .arg(seed())
        .arg("-o")
        .arg(&fifo));
    if rx.recv_timeout(Duration::from_secs(30)).is_err() {
        // The binary never opened the FIFO: open it ourselves so the reader ends.
        drop(std::fs::OpenOptions::new().write(true).open(&fifo));
    }
    let text = reader.join().unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        text.starts_with("{\"id\":\"000_bd47f0741fbc651b\""),
        "{text}"
    );
    assert!(std::fs::symlink_metadata(&fifo)
        .unwrap()
        .file_type()
        .is_fifo());
    assert_eq!(names(&dir), ["out.fifo"], "no temporary file left behind");
    std::fs::remove_dir_all(&dir).ok();
}

#[cfg(unix)]
#[test]
fn dev_null_stays_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let out = run(doichieu()
        .arg("analyze")
        .arg(seed())
        .args(["-o", "/dev/null"]));
    assert!(out.status.success(), "{}", stderr(&out));
    let out = run(doichieu()
        .args(["--quiet", "corpus", "-", "-o", "/dev/null"])
        .stdin(Stdio::null()));
    assert!(out.status.success(), "{}", stderr(&out));
    let meta = std::fs::symlink_metadata("/dev/null").unwrap();
    assert!(meta.file_type().is_char_device(), "/dev/null was replaced");
}

#[test]
fn an_output_that_cannot_be_written_is_named_as_given() {
    let dir = scratch("unwritable");
    let file = dir.join("plain.txt");
    std::fs::write(&file, "x").unwrap();
    for target in [
        dir.join("missing").join("out.json"),
        file.join("out.json"),
        dir.clone(),
    ] {
        let out = run(doichieu().arg("analyze").arg(seed()).arg("-o").arg(&target));
        assert_eq!(out.status.code(), Some(1), "{}", target.display());
        let err = stderr(&out);
        assert!(
            err.starts_with(&format!("doichieu: {}: ", target.display())),
            "{err}"
        );
        assert!(!err.contains(".tmp"), "a temporary path in {err}");
        let out = run(doichieu()
            .args(["--quiet", "corpus", "-", "-o"])
            .arg(&target)
            .stdin(Stdio::null()));
        assert_eq!(out.status.code(), Some(1), "{}", target.display());
        assert!(
            stderr(&out).starts_with(&format!("doichieu: {}: ", target.display())),
            "{}",
            stderr(&out)
        );
    }
    assert_eq!(names(&dir), ["plain.txt"]);
    std::fs::remove_dir_all(&dir).ok();
}

/// Runs the binary with its standard output a pipe whose reader is closed at once: it must end
/// quietly, with 0, whatever it was writing.
fn closed_pipe(cmd: &mut Command) {
    let mut child = cmd
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .stdin(Stdio::null())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let mut err = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut err)
        .unwrap();
    let status = child.wait().unwrap();
    assert!(!err.contains("panicked"), "{err}");
    assert!(!err.contains("Broken pipe"), "{err}");
    assert!(err.is_empty(), "{err}");
    assert_eq!(status.code(), Some(0), "{err}");
}

#[test]
fn a_closed_pipe_ends_the_run_quietly() {
    let seeds = fixture_files("seeds", &[]);
    closed_pipe(doichieu().arg("text").args(&seeds));
    for format in ["json", "text", "md"] {
        closed_pipe(doichieu().args(["analyze", "-f", format]).args(&seeds));
    }
    let dir = scratch("pipe");
    let input = dir.join("in.jsonl");
    std::fs::write(&input, corpus_lines(2)).unwrap();
    closed_pipe(doichieu().args(["--quiet", "corpus"]).arg(&input));
    closed_pipe(
        doichieu()
            .args(["--quiet", "corpus", "--no-pair"])
            .arg(&input),
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_bad_file_among_good_ones_is_reported_and_skipped() {
    let dir = scratch("batch");
    let seeds = fixture_files("seeds", &[]);
    let bad = dir.join("latin1.txt");
    std::fs::write(&bad, b"Ong Peskov n\xC3i").unwrap();
    let missing = dir.join("missing.txt");
    let output = dir.join("out.jsonl");
    let out = run(doichieu()
        .args(["analyze", "-f", "jsonl"])
        .arg(&seeds[0])
        .arg(&bad)
        .arg(&missing)
        .arg(&seeds[1])
        .arg("-o")
        .arg(&output));
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!(
            "doichieu: {}: invalid UTF-8 at byte 12",
            bad.display()
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!("doichieu: {}: ", missing.display())),
        "{err}"
    );
    assert!(err.contains("2 files skipped, 2 analysed"), "{err}");
    let text = std::fs::read_to_string(&output).unwrap();
    let ids: Vec<String> = text
        .lines()
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["id"].as_str().map(str::to_string)
        })
        .collect();
    let stem = |p: &Path| p.file_stem().unwrap().to_string_lossy().into_owned();
    assert_eq!(ids, [stem(&seeds[0]), stem(&seeds[1])]);

    // `text` goes on past a bad file too.
    let out = run(doichieu().arg("text").arg(&bad).arg(&seeds[0]));
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("invalid UTF-8 at byte 12"));
    assert!(String::from_utf8_lossy(&out.stdout).contains(&stem(&seeds[0])));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn duplicate_stems_get_unique_ids_in_argument_order() {
    let dir = scratch("stems");
    let text = std::fs::read_to_string(seed()).unwrap();
    for sub in ["a", "b"] {
        std::fs::create_dir_all(dir.join(sub)).unwrap();
        std::fs::write(dir.join(sub).join("x.txt"), &text).unwrap();
    }
    std::fs::write(dir.join("x~2.txt"), &text).unwrap();
    let out = run(doichieu()
        .arg("analyze")
        .arg(dir.join("a/x.txt"))
        .arg(dir.join("b/x.txt"))
        .arg(dir.join("x~2.txt")));
    assert!(out.status.success(), "{}", stderr(&out));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids: Vec<&str> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["x", "x~3", "x~2"]);
    let claims: Vec<&str> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|d| d["claims"].as_array().unwrap())
        .map(|c| c["id"].as_str().unwrap())
        .collect();
    let mut unique = claims.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), claims.len(), "claim ids repeat: {claims:?}");

    let out = run(doichieu().args(["analyze", "-", "-"]).stdin(Stdio::null()));
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("standard input (`-`) can be read only once"));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn exit_codes_tell_usage_input_and_rule_errors_apart() {
    // Usage errors: 3, with clap's message (the help, for no command at all).
    for args in [
        &["analyze", "--bogus", "x.txt"][..],
        &["analyze"],
        &["text"],
        &["analyze", "--format", "pdf", "x.txt"],
        &["frobnicate"],
        &[],
    ] {
        let out = run(doichieu().args(args));
        assert_eq!(out.status.code(), Some(3), "{args:?}: {}", stderr(&out));
        let err = stderr(&out);
        assert!(
            err.starts_with("error:") || err.contains("Usage:"),
            "{args:?}: {err}"
        );
    }
    // Help and version are not errors.
    for args in [["--help"], ["--version"]] {
        let out = run(doichieu().args(args));
        assert_eq!(out.status.code(), Some(0), "{args:?}");
    }
    let help = run(doichieu().args(["analyze", "--help"]));
    let help = String::from_utf8_lossy(&help.stdout);
    assert!(help.contains("3 usage error"), "{help}");
    // Input errors: 1.
    let out = run(doichieu().args(["analyze", "no/such/file.txt"]));
    assert_eq!(out.status.code(), Some(1));
    // Rule errors: 2.
    let dir = scratch("exit");
    std::fs::write(dir.join("cues.txt"), "nói | shout | ông nói\n").unwrap();
    let out = run(doichieu()
        .arg("--rules")
        .arg(&dir)
        .arg("analyze")
        .arg(seed()));
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn corpus_exits_with_one_when_records_were_skipped_and_keeps_the_summary() {
    let dir = scratch("corpus-exit");
    let good = dir.join("good.jsonl");
    std::fs::write(&good, corpus_lines(1)).unwrap();
    let mut input = corpus_lines(1);
    input.extend_from_slice(b"{\"id\": \"broken\", \"text\": \n");
    let bad = dir.join("bad.jsonl");
    std::fs::write(&bad, &input).unwrap();
    let out = run(doichieu().args(["corpus", "--no-pair"]).arg(&good));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    for no_pair in [true, false] {
        let mut cmd = doichieu();
        cmd.arg("corpus").arg(&bad);
        if no_pair {
            cmd.arg("--no-pair");
        }
        let out = run(&mut cmd);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        let err = stderr(&out);
        assert!(err.contains("invalid JSON at column 25"), "{err}");
        assert!(err.contains(" documents, 1 error, "), "{err}");
        assert_eq!(err.contains("conflict"), !no_pair, "{err}");
        assert!(!out.stdout.is_empty(), "the good records are still written");
    }
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn colour_is_asked_for_or_refused_with_color() {
    let out = run(doichieu()
        .args(["analyze", "-f", "text", "--color", "always"])
        .arg(seed()));
    assert!(out.status.success());
    assert!(out.stdout.contains(&0x1b), "--color always colours a pipe");
    for env in [("NO_COLOR", "1"), ("TERM", "dumb")] {
        let out = run(doichieu()
            .args(["analyze", "-f", "text"])
            .arg(seed())
            .env(env.0, env.1));
        assert!(out.status.success());
        assert!(!out.stdout.contains(&0x1b), "{env:?}");
    }
    let out = run(doichieu()
        .args(["analyze", "-f", "text", "--color", "never"])
        .arg(seed()));
    assert!(!out.stdout.contains(&0x1b));
}

/// `/dev/stdout` (and `/dev/fd/N`, as `-o >(gzip > x.gz)` gives) are links the system resolves
/// to a pipe, not to a path: written into.
#[cfg(unix)]
#[test]
fn dev_stdout_into_a_pipe_is_written_into() {
    if !Path::new("/dev/stdout").exists() {
        eprintln!("skipped: no /dev/stdout");
        return;
    }
    let out = run(doichieu()
        .args(["analyze", "-f", "jsonl"])
        .arg(seed())
        .args(["-o", "/dev/stdout"]));
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(out.stdout.starts_with(b"{\"id\":\"000_bd47f0741fbc651b\""));
}

#[test]
fn a_corpus_that_breaks_off_is_named_and_leaves_no_output() {
    let dir = scratch("truncated");
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    std::io::Write::write_all(&mut gz, &corpus_lines(1)).unwrap();
    let bytes = gz.finish().unwrap();
    let input = dir.join("in.jsonl.gz");
    std::fs::write(&input, &bytes[..bytes.len() / 2]).unwrap();
    let output = dir.join("out.jsonl");
    let out = run(doichieu()
        .args(["--quiet", "corpus"])
        .arg(&input)
        .arg("-o")
        .arg(&output));
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.starts_with(&format!(
            "doichieu: {}: cannot read the corpus after line ",
            input.display()
        )),
        "{err}"
    );
    assert_eq!(names(&dir), ["in.jsonl.gz"], "no output, no temporary file");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_folder_gives_its_txt_files_in_path_order_and_threads_do_not_change_the_report() {
    let dir = scratch("folders");
    let seeds = fixture_files("seeds", &[]);
    let articles = dir.join("articles");
    std::fs::create_dir_all(articles.join("b")).unwrap();
    std::fs::copy(&seeds[0], articles.join("b").join("one.txt")).unwrap();
    std::fs::copy(&seeds[1], articles.join("a.txt")).unwrap();
    std::fs::copy(&seeds[2], articles.join("c.txt")).unwrap();
    std::fs::write(articles.join("notes.md"), "not an article").unwrap();
    let mut outputs = Vec::new();
    for threads in ["1", "3"] {
        let out = run(doichieu()
            .args(["analyze", "-f", "jsonl", "-j", threads])
            .arg(&articles)
            .arg(&seeds[3]));
        assert!(out.status.success(), "{}", stderr(&out));
        outputs.push(out.stdout);
    }
    assert!(outputs[0] == outputs[1], "1 and 3 threads differ");
    let ids: Vec<String> = String::from_utf8_lossy(&outputs[0])
        .lines()
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            v["id"].as_str().map(str::to_string)
        })
        .collect();
    let last = seeds[3].file_stem().unwrap().to_string_lossy().into_owned();
    assert_eq!(ids, ["a", "one", "c", last.as_str()]);

    let empty = dir.join("empty");
    std::fs::create_dir_all(&empty).unwrap();
    let out = run(doichieu().arg("analyze").arg(&empty).arg(&seeds[0]));
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!(
            "doichieu: {}: no .txt file in this folder",
            empty.display()
        )),
        "{}",
        stderr(&out)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["documents"].as_array().unwrap().len(), 1);

    let out = run(doichieu().args(["text", "--lang", "en"]).arg(&articles));
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(
        String::from_utf8_lossy(&out.stdout)
            .matches("document ")
            .count(),
        3
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_partial_rules_folder_overrides_only_its_files() {
    let dir = scratch("partial-rules");
    // Only cues.txt, with one cue: the seed's claims all come from `cho biết` and the like,
    // so with `nói` alone there are fewer; titles, entities … stay the embedded ones.
    std::fs::write(dir.join("cues.txt"), "nói | state | Ông Peskov nói vậy.\n").unwrap();
    let with = run(doichieu()
        .arg("--rules")
        .arg(&dir)
        .arg("analyze")
        .arg(seed()));
    assert_eq!(with.status.code(), Some(0), "{}", stderr(&with));
    let without = run(doichieu().arg("analyze").arg(seed()));
    let claims = |out: &std::process::Output| {
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        report["documents"][0]["claims"].as_array().unwrap().len()
    };
    assert!(claims(&with) < claims(&without));
    let out = run(doichieu().args(["rules", "check"]).arg(&dir));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("1 file (cues.txt), 12 embedded; 1 cues,"),
        "{}",
        stderr(&out)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn rules_check_reports_every_problem_and_exits_with_two() {
    let dir = scratch("rules-every");
    std::fs::write(
        dir.join("cues.txt"),
        "nói | asert | ông nói\nbảo | state | Ông ấy nói vậy.\nkể | |\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("titles.txt"),
        "Tổng thống | chief | Tổng thống Aliyev\n",
    )
    .unwrap();
    std::fs::write(dir.join("cue.txt"), "").unwrap();
    let out = run(doichieu().args(["rules", "check"]).arg(&dir));
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    let path = |name: &str| dir.join(name).display().to_string();
    let lines: Vec<&str> = err.lines().collect();
    assert_eq!(lines.len(), 6, "{err}");
    assert!(lines[0].starts_with(&format!("doichieu: {}: not a rule file", path("cue.txt"))));
    assert!(lines[1].starts_with(&format!(
        "doichieu: {}:1:7: unknown class",
        path("cues.txt")
    )));
    assert!(lines[2].starts_with(&format!("doichieu: {}:3:5: empty field", path("cues.txt"))));
    assert!(lines[3].starts_with(&format!(
        "doichieu: {}:1:14: unknown kind",
        path("titles.txt")
    )));
    assert!(lines[4].starts_with(&format!("doichieu: {}:2: the example", path("cues.txt"))));
    assert_eq!(lines[5], "doichieu: 5 problems");
    // `--rules` with the same folder reports every parse problem too (examples are
    // `rules check`'s business) and exits with 2.
    let out = run(doichieu()
        .arg("--rules")
        .arg(&dir)
        .arg("analyze")
        .arg(seed()));
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out).lines().count(), 4, "{}", stderr(&out));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn eval_reads_the_json_report_and_the_jsonl_of_corpus_alike() {
    let dir = scratch("eval-jsonl");
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold");
    let seeds = fixture_files("seeds", &["000_bd47f0741fbc651b", "003_5f27267f0f875e23"]);
    let json = dir.join("report.json");
    let jsonl = dir.join("report.jsonl");
    for (format, out) in [("json", &json), ("jsonl", &jsonl)] {
        let done = run(doichieu()
            .args(["analyze", "-f", format])
            .args(&seeds)
            .arg("-o")
            .arg(out));
        assert!(done.status.success(), "{}", stderr(&done));
    }
    let mut records = Vec::new();
    for seed in &seeds {
        let id = seed.file_stem().unwrap().to_string_lossy();
        let text = std::fs::read_to_string(seed).unwrap();
        records.push(serde_json::json!({"id": id, "text": text}).to_string());
    }
    let input = dir.join("in.jsonl");
    std::fs::write(&input, records.join("\n") + "\n").unwrap();
    let corpus = dir.join("corpus.jsonl");
    let done = run(doichieu().arg("corpus").arg(&input).arg("-o").arg(&corpus));
    assert!(done.status.success(), "{}", stderr(&done));

    let eval = |report: &Path| run(doichieu().arg("eval").arg(&gold).arg(report));
    let from_json = eval(&json);
    assert!(from_json.status.success(), "{}", stderr(&from_json));
    let scores = String::from_utf8_lossy(&from_json.stdout).into_owned();
    assert!(scores.contains("000_bd47f0741fbc651b: gold "), "{scores}");
    for report in [&jsonl, &corpus] {
        let out = eval(report);
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(
            String::from_utf8_lossy(&out.stdout),
            scores,
            "{}",
            report.display()
        );
    }
    // Every gold article the report lacks is named once on standard error; they count as
    // missed (`gold N predicted 0 matched 0`, as score.py prints them).
    let err = stderr(&from_json);
    let gold_articles = std::fs::read_dir(&gold)
        .unwrap()
        .filter(|e| {
            let name = e.as_ref().unwrap().file_name();
            name != "conflicts.json" && name.to_string_lossy().ends_with(".json")
        })
        .count();
    assert_eq!(err.lines().count(), gold_articles - 2, "{err}");
    assert!(
        err.contains(&format!(
            "doichieu: warning: {} has no document \"baomoi_013\" of the gold; its claims count as missed",
            json.display()
        )),
        "{err}"
    );
    assert!(!err.contains("000_bd47f0741fbc651b"), "{err}");
    assert!(scores.contains("baomoi_013: gold "), "{scores}");
    assert!(scores.contains(" predicted 0 matched 0"), "{scores}");
    let quiet = run(doichieu().arg("--quiet").arg("eval").arg(&gold).arg(&json));
    assert!(stderr(&quiet).is_empty(), "{}", stderr(&quiet));

    // A line that is not JSON is an input error naming the file and the line.
    let broken = dir.join("broken.jsonl");
    std::fs::write(&broken, "{\"id\": \"a\", \"claims\": []}\nnot json\n").unwrap();
    let out = eval(&broken);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains(&format!("{}: line 2: ", broken.display())),
        "{}",
        stderr(&out)
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn eval_thresholds_outside_zero_to_one_are_usage_errors() {
    let gold = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/gold");
    for (flag, value) in [
        ("--min-claim-f1", "1.5"),
        ("--min-claim-f1", "-0.1"),
        ("--min-conflict-f1", "2"),
        ("--min-conflict-f1", "NaN"),
        ("--min-claim-f1", "high"),
    ] {
        let out = run(doichieu()
            .arg("eval")
            .arg(&gold)
            .arg("no-such-report.json")
            .arg(format!("{flag}={value}")));
        assert_eq!(
            out.status.code(),
            Some(3),
            "{flag} {value}: {}",
            stderr(&out)
        );
        assert!(stderr(&out).contains(flag), "{}", stderr(&out));
    }
    // In range, the arguments are fine: the missing report is then an input error.
    let out = run(doichieu()
        .arg("eval")
        .arg(&gold)
        .arg("no-such-report.json")
        .args(["--min-claim-f1", "1", "--min-conflict-f1", "0"]));
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
}

#[test]
fn completions_for_bash_zsh_and_fish_know_the_commands_and_options() {
    for (shell, marker) in [
        ("bash", "_doichieu()"),
        ("zsh", "#compdef doichieu"),
        ("fish", "complete -c doichieu"),
    ] {
        let out = run(doichieu().args(["completions", shell]));
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", stderr(&out));
        let script = String::from_utf8(out.stdout).unwrap();
        assert!(script.contains(marker), "{shell}");
        for word in [
            "analyze",
            "corpus",
            "eval",
            "completions",
            "min-claim-f1",
            "no-pair",
        ] {
            assert!(script.contains(word), "{shell}: no {word}");
        }
    }
    // The bash script is valid bash (when there is a bash to ask).
    let bash = run(doichieu().args(["completions", "bash"]));
    let file = scratch("completions").join("doichieu.bash");
    std::fs::write(&file, &bash.stdout).unwrap();
    if let Ok(check) = Command::new("bash").arg("-n").arg(&file).output() {
        assert!(check.status.success(), "{}", stderr(&check));
    }
    std::fs::remove_dir_all(file.parent().unwrap()).ok();
    let out = run(doichieu().args(["completions", "tcsh"]));
    assert_eq!(out.status.code(), Some(3));
}
