"""`analyze` and `analyze_many` give the command line's JSON report."""

from __future__ import annotations

import json
import threading
import time
from pathlib import Path

import pytest

import doichieu
from conftest import (
    FIXTURE_FOLDERS,
    REPO,
    SEED_004,
    cli_json,
    fixture_paths,
    items_of,
    run_cli,
    snapshot,
)


def seed_004():
    return doichieu.analyze(
        (REPO / SEED_004).read_text(encoding="utf-8"),
        id=Path(SEED_004).stem,
        source=SEED_004,
    )


def test_seed_004_gives_exactly_the_claims_and_report_of_the_cli(cli):
    expected = cli_json(cli, "analyze", SEED_004)
    report = seed_004()
    assert len(report["documents"][0]["claims"]) > 0
    assert report["documents"][0]["claims"] == expected["documents"][0]["claims"]
    assert report == expected


def test_seed_004_equals_its_snapshot():
    # The snapshot is the library's report of the same file, kept current by `cargo test`.
    assert seed_004() == snapshot("report__004_5083240e409e3a90")


def test_a_report_is_a_dict_that_serializes_as_json():
    report = seed_004()
    assert isinstance(report, dict)
    assert report["schema_version"] == doichieu.SCHEMA_VERSION
    assert json.loads(json.dumps(report, ensure_ascii=False)) == report


def test_every_fixture_document_equals_its_snapshot():
    paths = fixture_paths(*FIXTURE_FOLDERS)
    report = doichieu.analyze_many(items_of(paths), threads=2)
    assert [d["id"] for d in report["documents"]] == [Path(p).stem for p in paths]
    for path, document in zip(paths, report["documents"]):
        assert [document] == snapshot(f"report__{Path(path).stem}")["documents"], path


def test_analyze_many_equals_the_cli_on_the_fixture_folders(cli):
    expected = cli_json(cli, "analyze", *FIXTURE_FOLDERS)
    report = doichieu.analyze_many(items_of(fixture_paths(*FIXTURE_FOLDERS)), threads=2)
    assert len(report["documents"]) == 52 and len(report["conflicts"]) > 0
    assert report == expected


def test_the_report_is_the_same_for_any_number_of_threads():
    items = items_of(fixture_paths(*FIXTURE_FOLDERS))
    one = doichieu.analyze_many(items, threads=1)
    assert doichieu.analyze_many(items, threads=3) == one
    assert doichieu.analyze_many(iter(items)) == one


def test_items_may_be_pairs_or_corpus_records():
    text = "Ông Peskov cho biết quân đội Nga đã liên lạc với cả hai bên."
    by_pair = doichieu.analyze_many([("a", text)])
    by_record = doichieu.analyze_many([{"id": "a", "text": text}])
    assert by_pair == by_record == doichieu.analyze(text, id="a")
    claim = by_pair["documents"][0]["claims"][0]
    assert (claim["id"], claim["speaker"]["canonical"]) == ("a#c1", "Dmitry Peskov")
    assert by_pair["documents"][0]["source"] == "-"
    dated = doichieu.analyze_many([{"id": "a", "text": text, "date": "2020-10-05"}])
    assert dated["documents"][0]["date"] == "2020-10-05"
    assert doichieu.analyze(text.encode(), id="a") == by_pair


def test_bad_arguments_are_refused():
    with pytest.raises(ValueError, match="threads"):
        doichieu.analyze_many([("a", "x")], threads=0)
    with pytest.raises(TypeError, match="item 1"):
        doichieu.analyze_many([("a", "x"), "b"])
    with pytest.raises(ValueError, match="item 0: no 'text'"):
        doichieu.analyze_many([{"id": "a"}])
    with pytest.raises(TypeError, match="item 0: id must be a str"):
        doichieu.analyze_many([(1, "x")])
    with pytest.raises(TypeError, match="rules"):
        doichieu.analyze("x", rules="rules/")


def test_bytes_that_are_not_utf8_raise_the_message_of_the_cli(cli, tmp_path):
    raw = "Ông Peskov cho biết".encode() + b"\xff\xfe " + "rồi.".encode()
    bad = tmp_path / "bad.txt"
    bad.write_bytes(raw)
    with pytest.raises(doichieu.InputError) as caught:
        doichieu.analyze(raw, id="bad", source=str(bad))
    assert caught.value.source == str(bad)
    done = run_cli(cli, "analyze", str(bad))
    assert done.returncode == 1
    assert done.stderr.decode().splitlines()[0] == f"doichieu: {caught.value}"


def test_analyze_many_lets_other_python_threads_run():
    # While the documents are analysed, a Python thread keeps running: the GIL is released.
    # (Without that, no Python code could run during the Rust work, the middle of the call.)
    items = items_of(fixture_paths(*FIXTURE_FOLDERS)) * 3
    stamps = []
    done = threading.Event()

    def tick():
        while not done.is_set():
            stamps.append(time.perf_counter())
            time.sleep(0.001)

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        start = time.perf_counter()
        doichieu.analyze_many(items, threads=1)
        end = time.perf_counter()
    finally:
        done.set()
        ticker.join()
    middle = (start + 0.4 * (end - start), start + 0.6 * (end - start))
    assert any(middle[0] <= t <= middle[1] for t in stamps), (end - start, len(stamps))
