//! `doichieu::eval` must print what the reference scorer prints, byte for byte.
//!
//! Each test builds a report from the gold files in `tests/gold/` (copies of the shared dev gold),
//! scores it with `doichieu::eval`, runs `python3 tests/gold_scorer/score.py tests/gold REPORT` (an
//! unchanged copy of the reference scorer) on the same report, and compares the two texts. Without
//! `python3` the tests say they are skipped and pass.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use doichieu::eval::{self, Scores};
use serde_json::{json, Value};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn gold_dir() -> PathBuf {
    root().join("tests/gold")
}

fn scorer() -> PathBuf {
    root().join("tests/gold_scorer/score.py")
}

fn python3() -> Option<Command> {
    let found = Command::new("python3")
        .arg("--version")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !found {
        println!("skipped: python3 not found");
        return None;
    }
    let mut cmd = Command::new("python3");
    cmd.env("PYTHONIOENCODING", "utf-8");
    Some(cmd)
}

/// The report written to a temporary file, removed when dropped.
struct ReportFile(PathBuf);

impl ReportFile {
    fn new(name: &str, report: &Value) -> ReportFile {
        let path =
            std::env::temp_dir().join(format!("doichieu-eval-{name}-{}.json", std::process::id()));
        std::fs::write(&path, serde_json::to_string_pretty(report).unwrap()).unwrap();
        ReportFile(path)
    }
}

impl Drop for ReportFile {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

fn run_reference(mut python: Command, report: &ReportFile, extra: &[&str]) -> Output {
    let out = python
        .arg(scorer())
        .arg(gold_dir())
        .arg(&report.0)
        .args(extra)
        .output()
        .unwrap();
    assert!(out.status.code().is_some(), "score.py was killed");
    out
}

fn port(report: &Value) -> Scores {
    let gold = eval::load_gold(&gold_dir()).unwrap();
    eval::score(&gold, report)
}

/// Scores `report` both ways and asserts the printed texts are equal; returns the port's scores.
fn assert_agrees(name: &str, report: &Value) -> Option<Scores> {
    let python = python3()?;
    let file = ReportFile::new(name, report);
    let out = run_reference(python, &file, &[]);
    let expected = String::from_utf8(out.stdout).unwrap();
    assert!(
        out.status.success(),
        "score.py failed on {name}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let scores = port(report);
    let actual = scores.to_string();
    assert_eq!(
        actual, expected,
        "doichieu::eval and score.py disagree on the {name} report"
    );
    Some(scores)
}

/// The gold article files, as (doc id, JSON), in file-name order; and the cross-article pairs.
fn gold_files() -> (Vec<(String, Value)>, Vec<Value>) {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(gold_dir())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let mut docs = Vec::new();
    let mut cross = Vec::new();
    for path in paths {
        let data: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        if path.file_name().unwrap() == "conflicts.json" {
            cross = data["conflicts"].as_array().unwrap().clone();
        } else {
            docs.push((data["doc"].as_str().unwrap().to_string(), data));
        }
    }
    (docs, cross)
}

/// Report-wide claim id for gold claim `cid` of `doc`.
fn pred_id(doc: &str, cid: &str) -> String {
    format!("{doc}/{cid}")
}

/// `doc#cid` (as gold cross pairs write it) to the report-wide id.
fn cross_id(id: &str) -> String {
    let (doc, cid) = id.split_once('#').unwrap();
    pred_id(doc, cid)
}

/// A predicted claim carrying exactly the gold claim's answer.
fn perfect_claim(doc: &str, claim: &Value) -> Value {
    json!({
        "id": pred_id(doc, claim["id"].as_str().unwrap()),
        "speaker": {"text": claim["speaker"][0], "side": claim["side"]},
        "cue": {"text": claim["cue"], "class": claim["class"]},
        "kind": claim["kind"],
        "content": {"text": claim["content"]},
        "via": claim["via"],
        "target": claim["target"],
    })
}

fn perfect_report() -> Value {
    let (docs, cross) = gold_files();
    let mut documents = Vec::new();
    let mut conflicts = Vec::new();
    for (doc, data) in &docs {
        let claims: Vec<Value> = data["claims"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| perfect_claim(doc, c))
            .collect();
        documents.push(json!({"id": doc, "claims": claims}));
        for c in data["conflicts"].as_array().unwrap() {
            conflicts.push(json!({
                "a": pred_id(doc, c["a"].as_str().unwrap()),
                "b": pred_id(doc, c["b"].as_str().unwrap()),
                "kind": c["kind"],
            }));
        }
    }
    for c in &cross {
        conflicts.push(json!({
            "a": cross_id(c["a"].as_str().unwrap()),
            "b": cross_id(c["b"].as_str().unwrap()),
            "kind": c["kind"],
        }));
    }
    json!({"documents": documents, "conflicts": conflicts})
}

/// Writes text the way Windows-1252 read as Windows-1258 breaks it: ì ò as lone marks, ã as ă.
fn break_characters(text: &str) -> String {
    text.replace('ì', "\u{301}")
        .replace('ò', "\u{323}")
        .replace('ã', "ă")
        .replace('Ì', "\u{300}")
}

fn first_words(text: &str, share: f64) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let keep = ((words.len() as f64) * share).ceil() as usize;
    words[..keep.min(words.len())].join(" ")
}

/// Every third claim dropped; classes, kinds, sides, via, targets and contents changed on a
/// schedule; noise claims; wrong, reversed, repeated and out-of-scope conflicts; a document without
/// gold.
fn perturbed_report() -> Value {
    let (docs, cross) = gold_files();
    let classes = [
        "state", "report", "accuse", "deny", "condemn", "call", "warn",
    ];
    let mut documents = Vec::new();
    let mut conflicts = Vec::new();
    let mut kept: Vec<String> = Vec::new();
    let mut n = 0usize;
    for (doc, data) in &docs {
        let gold_claims = data["claims"].as_array().unwrap();
        let mut claims = Vec::new();
        for claim in gold_claims {
            n += 1;
            if n % 3 == 0 {
                continue;
            }
            let mut p = perfect_claim(doc, claim);
            let names = claim["speaker"].as_array().unwrap();
            let content = claim["content"].as_str().unwrap();
            match n % 4 {
                0 => {
                    p["speaker"] = json!({
                        "text": names[names.len() - 1],
                        "canonical": names[0],
                        "side": claim["side"],
                    })
                }
                1 => p["speaker"]["text"] = json!(names[0].as_str().unwrap().to_uppercase()),
                2 => {
                    p["speaker"] =
                        json!({"canonical": names[names.len() - 1], "text": "người phát ngôn"})
                }
                _ => {}
            }
            if n % 5 == 0 {
                let class = claim["class"].as_str().unwrap();
                let other = classes
                    .iter()
                    .position(|c| *c == class)
                    .map_or(0, |i| (i + 1) % classes.len());
                p["cue"]["class"] = json!(classes[other]);
            }
            if n % 7 == 0 {
                p["speaker"]["side"] = json!("Phía khác");
            }
            if n % 11 == 0 {
                p["speaker"].as_object_mut().map(|s| s.remove("side"));
            }
            if n % 8 == 3 {
                p["kind"] = json!(if claim["kind"] == "direct" {
                    "indirect"
                } else {
                    "direct"
                });
            }
            if n % 5 == 2 {
                let mut via: Vec<Value> = claim["via"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .rev()
                    .cloned()
                    .collect();
                via.push(json!("AFP"));
                p["via"] = json!(via);
            }
            if n % 6 == 1 {
                let mut target = claim["target"].as_array().unwrap().clone();
                target.reverse();
                p["target"] = json!(target);
            }
            if n % 13 == 0 {
                p.as_object_mut().unwrap().remove("via");
                p.as_object_mut().unwrap().remove("cue");
            }
            let text = if n % 10 == 0 {
                "một nội dung hoàn toàn khác không liên quan gì".to_string()
            } else if n % 6 == 0 {
                first_words(content, 0.6)
            } else if n % 9 == 0 {
                format!("{content} và thêm mấy chữ nữa ở cuối câu")
            } else if n % 4 == 1 {
                format!("“{}\u{200b}!”", content.to_uppercase())
            } else if n % 2 == 0 {
                break_characters(content)
            } else {
                content.to_string()
            };
            p["content"]["text"] = json!(text);
            kept.push(p["id"].as_str().unwrap().to_string());
            claims.push(p);
        }
        // Noise: a copy of the first gold claim (ties with the original), a gold speaker with
        // another claim's words, an unknown speaker with gold words, and claims with parts missing.
        let first = &gold_claims[0];
        let mut twin = perfect_claim(doc, first);
        twin["id"] = json!(format!("{doc}/twin"));
        claims.push(twin);
        let last = &gold_claims[gold_claims.len() - 1];
        claims.push(json!({
            "id": format!("{doc}/mixed"),
            "speaker": {"text": first["speaker"][0]},
            "content": {"text": last["content"]},
        }));
        claims.push(json!({
            "id": format!("{doc}/stranger"),
            "speaker": {"text": "Một người qua đường", "canonical": "Người qua đường"},
            "cue": {"class": "state"},
            "content": {"text": first["content"]},
        }));
        claims.push(json!({"id": format!("{doc}/bare")}));
        claims.push(json!({
            "id": format!("{doc}/empty"),
            "speaker": {"text": first["speaker"][0]},
            "content": {"text": ""},
        }));
        documents.push(json!({"id": doc, "claims": claims}));

        for (i, c) in data["conflicts"].as_array().unwrap().iter().enumerate() {
            let (a, b) = (
                pred_id(doc, c["a"].as_str().unwrap()),
                pred_id(doc, c["b"].as_str().unwrap()),
            );
            let kind = if i % 3 == 1 {
                json!("framing")
            } else {
                c["kind"].clone()
            };
            match i % 4 {
                0 => conflicts.push(json!({"a": a, "b": b, "kind": kind})),
                1 => conflicts.push(json!({"a": b, "b": a, "kind": kind})),
                2 => {
                    conflicts.push(json!({"a": a, "b": b}));
                    conflicts.push(json!({"a": b, "b": a, "kind": "numeric"}));
                }
                _ => {}
            }
        }
        // Wrong pairs.
        conflicts.push(
            json!({"a": format!("{doc}/twin"), "b": format!("{doc}/mixed"), "kind": "denial"}),
        );
        conflicts
            .push(json!({"a": format!("{doc}/stranger"), "b": "nowhere/c1", "kind": "denial"}));
    }
    for (i, c) in cross.iter().enumerate() {
        if i % 2 == 0 {
            let (a, b) = (
                cross_id(c["a"].as_str().unwrap()),
                cross_id(c["b"].as_str().unwrap()),
            );
            conflicts.push(json!({"a": b, "b": a, "kind": c["kind"]}));
        }
    }
    for pair in kept.chunks(7).filter(|c| c.len() == 7) {
        conflicts.push(json!({"a": pair[0], "b": pair[6], "kind": "outcome"}));
    }
    documents.push(json!({"id": "not_in_gold", "claims": [
        {"id": "x1", "speaker": {"text": "Nga"}, "content": {"text": "một điều gì đó"}},
        {"id": "x2", "speaker": {"text": "Ukraine"}, "content": {"text": "điều ngược lại"}},
    ]}));
    conflicts.push(json!({"a": "x1", "b": "x2", "kind": "denial"}));
    conflicts.push(json!({"a": "x1", "b": kept[0], "kind": "denial"}));
    json!({"documents": documents, "conflicts": conflicts})
}

/// The gold claim `cid` of document `doc`.
fn gold_claim(docs: &[(String, Value)], doc: &str, cid: &str) -> Value {
    let (_, data) = docs
        .iter()
        .find(|(id, _)| id == doc)
        .expect("gold document");
    data["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"] == cid)
        .expect("gold claim")
        .clone()
}

/// Odd but legal reports: ties in F1, a repeated claim id, empty and missing contents, plain-string
/// speakers, missing fields, numeric and falsy ids, a document given twice, via given as a string.
fn edge_report() -> Value {
    let (docs, _) = gold_files();
    let d0 = "000_bd47f0741fbc651b";
    let d2 = "002_da5c988a66c59e98";
    let d4 = "004_5083240e409e3a90";
    // c5 (Armenia) and c6 (Azerbaijan, Baku) accuse each other with the same words; c10 is in two
    // cross pairs, with 002#c1 and 004#c6; c2 and c3 have the same speaker.
    let [c2, c3, c5, c6, c7, c10] =
        ["c2", "c3", "c5", "c6", "c7", "c10"].map(|c| gold_claim(&docs, d0, c));
    assert_eq!(
        c5["content"], c6["content"],
        "the tie needs c5 and c6 to say the same"
    );
    let cross1 = gold_claim(&docs, d2, "c1");
    let cross2 = gold_claim(&docs, d4, "c6");
    fn claim(id: Value, speaker: Value, content: &Value) -> Value {
        json!({"id": id, "speaker": speaker, "content": {"text": content}})
    }
    let named = |name: &Value| json!({ "text": name });

    // Names both c5's and c6's speakers: ties between them, and the earlier gold claim (c5) wins.
    let mut tie = claim(
        json!("tie"),
        json!({"canonical": "Baku", "text": "Armenia"}),
        &c5["content"],
    );
    tie["kind"] = json!("indirect");
    tie["cue"] = json!({"class": "ACCUSE"});
    let tie2 = json!({"text": "azerbaijan", "side": "Azerbaijan"});
    // The same id twice: c2 takes the first, and c3 cannot take the second.
    let mut dup = claim(json!("dup"), named(&c2["speaker"][0]), &c2["content"]);
    dup["via"] = json!("Sputnik");
    // A falsy id, and null or empty attributes.
    let mut falsy = claim(
        json!(""),
        json!({"text": c7["speaker"][1], "side": null}),
        &c7["content"],
    );
    for key in ["cue", "via", "target"] {
        falsy[key] = Value::Null;
    }
    falsy["kind"] = json!("");
    let speaker2 = named(&c2["speaker"][0]);
    let d0_claims = vec![
        tie,
        claim(json!("tie2"), tie2, &c6["content"]),
        dup,
        claim(json!("dup"), named(&c3["speaker"][0]), &c3["content"]),
        claim(
            json!(7),
            json!({"text": c10["speaker"][1], "side": ""}),
            &c10["content"],
        ),
        falsy,
        // Plain-string speakers that match no gold claim (score.py fails on one that matches).
        claim(json!("plain"), c2["speaker"][0].clone(), &json!("vài chữ")),
        claim(json!("plain2"), json!("Không ai cả"), &c2["content"]),
        // Missing or empty contents and names.
        json!({"id": "nocontent", "speaker": speaker2}),
        json!({"id": "nullcontent", "speaker": speaker2, "content": null}),
        json!({"id": "notext", "speaker": speaker2, "content": {}}),
        claim(json!("emptytext"), speaker2.clone(), &json!("")),
        json!({"id": "nospeaker", "content": {"text": c2["content"]}}),
        claim(
            json!("nonames"),
            json!({"text": null, "canonical": ""}),
            &c2["content"],
        ),
    ];
    let documents = json!([
        // Given twice: the later document replaces this one.
        {"id": d0, "claims": [perfect_claim(d0, &c2)]},
        {"id": d0, "claims": d0_claims},
        // A gold document with no "claims" key, and one with an empty list.
        {"id": docs[1].0},
        {"id": docs[3].0, "claims": []},
        // Numeric ids: 8.0 is 8 to Python, and 0 is false.
        {"id": d2, "claims": [claim(json!(8.0), named(&cross1["speaker"][0]), &cross1["content"])]},
        {"id": d4, "claims": [claim(json!(0), named(&cross2["speaker"][0]), &cross2["content"])]},
        {"id": "nowhere", "claims": [claim(json!("far"), json!("Nga"), &c2["content"])]},
    ]);
    let conflicts = json!([
        {"a": "tie2", "b": "tie", "kind": "Mutual_Accusation"},
        {"a": "tie", "b": "tie2", "kind": "denial"},
        {"a": 7.0, "b": 8, "kind": "denial"},
        {"a": 7, "b": 0, "kind": "denial"},
        {"a": "", "b": 7},
        {"a": "dup", "b": "dup"},
        {"a": "tie2"},
        {"b": "tie2", "kind": "denial"},
        {"a": "far", "b": "tie"},
        {"a": "missing", "b": "tie"}
    ]);
    json!({"documents": documents, "conflicts": conflicts})
}

#[test]
fn perfect_report_prints_what_score_py_prints() {
    if let Some(scores) = assert_agrees("perfect", &perfect_report()) {
        assert_eq!(
            scores.claims.matched, scores.claims.gold,
            "the perfect report should match every claim"
        );
        assert_eq!(scores.conflicts.matched, scores.conflicts.gold);
    }
}

#[test]
fn perturbed_report_prints_what_score_py_prints() {
    if let Some(scores) = assert_agrees("perturbed", &perturbed_report()) {
        assert!(
            scores.claim_f1() > 0.3 && scores.claim_f1() < 1.0,
            "{scores}"
        );
        assert!(
            scores.conflicts.matched > 0 && scores.conflict_f1() < 1.0,
            "{scores}"
        );
    }
}

#[test]
fn empty_report_prints_what_score_py_prints() {
    if let Some(scores) = assert_agrees("empty", &json!({"documents": [], "conflicts": []})) {
        assert!(scores.lines().iter().any(|l| l.ends_with("kind None")));
    }
    assert_agrees("no-keys", &json!({}));
}

/// The perturbed report as `corpus` would write it (a document a line, then the conflicts,
/// half the articles left out), read back by `eval::read_report`: the same text as score.py
/// prints for the JSON report, missing articles counted as misses.
#[test]
fn jsonl_of_a_report_with_articles_missing_prints_what_score_py_prints() {
    let mut report = perturbed_report();
    let docs = report["documents"].as_array_mut().unwrap();
    let kept = docs.len() / 2;
    docs.truncate(kept);
    let mut jsonl = String::new();
    for d in report["documents"].as_array().unwrap() {
        jsonl.push_str(&serde_json::to_string(d).unwrap());
        jsonl.push('\n');
    }
    let last = json!({"schema_version": 1, "conflicts": report["conflicts"]});
    jsonl.push_str(&serde_json::to_string(&last).unwrap());
    jsonl.push('\n');
    let read = eval::read_report(&jsonl).unwrap();
    assert_eq!(port(&read).to_string(), port(&report).to_string());
    let gold = eval::load_gold(&gold_dir()).unwrap();
    assert_eq!(
        eval::missing_documents(&gold, &read).len(),
        gold.doc_ids().count() - kept
    );
    assert_agrees("missing", &report);
}

#[test]
fn edge_case_report_prints_what_score_py_prints() {
    assert_agrees("edge", &edge_report());
}

#[test]
fn thresholds_fail_where_score_py_exits_with_one() {
    let report = perturbed_report();
    let scores = port(&report);
    let (cf, xf) = (scores.claim_f1(), scores.conflict_f1());
    for (min_claim, min_conflict) in [
        (0.0, 0.0),
        (cf, xf),
        (cf + 1e-9, 0.0),
        (0.0, xf + 1e-9),
        (0.2, 0.1),
    ] {
        let Some(python) = python3() else { return };
        let file = ReportFile::new("thresholds", &report);
        let (a, b) = (min_claim.to_string(), min_conflict.to_string());
        let out = run_reference(
            python,
            &file,
            &["--min-claim-f1", &a, "--min-conflict-f1", &b],
        );
        assert_eq!(
            out.status.success(),
            scores.meets(min_claim, min_conflict),
            "--min-claim-f1 {a} --min-conflict-f1 {b}"
        );
    }
}

/// Starts score.py's `syllables()` on `text`; the thread's result is its tokens.
fn reference_syllables(mut python: Command, text: String) -> std::thread::JoinHandle<Vec<String>> {
    let program = "import json, sys\n\
                   sys.path.insert(0, sys.argv[1])\n\
                   from score import syllables\n\
                   text = sys.stdin.buffer.read().decode('utf-8')\n\
                   sys.stdout.buffer.write(json.dumps(syllables(text)).encode('utf-8'))\n";
    let mut child = python
        .arg("-c")
        .arg(program)
        .arg(root().join("tests/gold_scorer"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    std::thread::spawn(move || {
        let writer =
            std::thread::spawn(move || std::io::Write::write_all(&mut stdin, text.as_bytes()));
        let out = child.wait_with_output().unwrap();
        writer.join().unwrap().unwrap();
        assert!(out.status.success(), "score.py's syllables() failed");
        serde_json::from_slice(&out.stdout).unwrap()
    })
}

fn assert_same_syllables(what: &str, actual: &[String], expected: &[String]) {
    if actual != expected {
        let at = actual
            .iter()
            .zip(expected)
            .position(|(a, e)| a != e)
            .unwrap_or(actual.len().min(expected.len()));
        let show = |v: &[String]| format!("{:?}", &v[at.saturating_sub(2)..(at + 3).min(v.len())]);
        panic!(
            "syllables differ on {what} at token {at}: port {} score.py {}",
            show(actual),
            show(expected)
        );
    }
}

#[test]
fn syllables_agree_with_reference_on_every_assignable_code_point() {
    let Some(mut probe) = python3() else { return };
    let version = probe
        .args([
            "-c",
            "import unicodedata; print(unicodedata.unidata_version)",
        ])
        .output()
        .unwrap();
    let version = String::from_utf8_lossy(&version.stdout).trim().to_string();
    if version != "14.0.0" {
        println!(
            "skipped: python3 has Unicode {version}; the port follows Python 3.11 (Unicode 14.0.0)"
        );
        return;
    }
    // Every code point, less planes 4 to 13 (no Unicode version assigns anything there yet) and all
    // but the start of the private-use planes 15 and 16.
    let every: Vec<char> = (0..=0x10FFFFu32)
        .filter(|&cp| !(0x40000..0xF0000).contains(&cp) && (cp < 0xF0000 || cp & 0xFFFF < 0x100))
        .filter_map(char::from_u32)
        .collect();
    let cases: [(&str, String); 3] = [
        // Each character alone: case, word characters, format characters, normalization.
        (
            "each character alone",
            every.iter().flat_map(|&c| [c, ' ']).collect(),
        ),
        // Before a lone acute: which characters count as consonant letters in repair().
        (
            "each character before a lone acute",
            every
                .iter()
                .flat_map(|&c| [c, '\u{301}', 'x', ' '])
                .collect(),
        ),
        // After ă and before a capital sigma: the final-consonant lookahead and the final-sigma
        // context.
        (
            "each character between ă and sigma",
            every.iter().flat_map(|&c| ['ă', c, 'Σ', ' ']).collect(),
        ),
    ];
    let reference: Vec<_> = cases
        .iter()
        .map(|(_, text)| reference_syllables(python3().unwrap(), text.clone()))
        .collect();
    let ported: Vec<Vec<String>> = std::thread::scope(|s| {
        let jobs: Vec<_> = cases
            .iter()
            .map(|(_, text)| s.spawn(|| eval::syllables(text)))
            .collect();
        jobs.into_iter().map(|j| j.join().unwrap()).collect()
    });
    for (((what, _), actual), expected) in cases.iter().zip(&ported).zip(reference) {
        assert_same_syllables(what, actual, &expected.join().unwrap());
    }
}
