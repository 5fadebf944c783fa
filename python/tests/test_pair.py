"""`pair` finds the conflicts across reports analysed separately."""

from __future__ import annotations

import copy
import json
import pickle
import shutil

import pytest

import doichieu
from conftest import FIXTURE_FOLDERS, REPO, cli_json, fixture_paths, items_of


@pytest.fixture(scope="module")
def items():
    return items_of(fixture_paths(*FIXTURE_FOLDERS))


def document_of(claim_id: str) -> str:
    return claim_id.split("#")[0]


def documents(conflicts) -> set:
    return {document_of(c[k]) for c in conflicts for k in ("a", "b")}


@pytest.fixture(scope="module")
def across_rules(tmp_path_factory) -> doichieu.Rules:
    """The embedded rules with pairing across articles switched on: the committed scorer has
    it off (threshold 1 in rules/pairing.txt), so no conflict ever joins two documents."""
    target = tmp_path_factory.mktemp("across") / "rules"
    shutil.copytree(REPO / "rules", target)
    pairing = target / "pairing.txt"
    lines = pairing.read_text(encoding="utf-8").split("\n")
    (at,) = [i for i, line in enumerate(lines) if line.startswith("threshold |")]
    name, within, _across = (field.strip() for field in lines[at].split("|"))
    lines[at] = f"{name} | {within} | 0.2"
    pairing.write_text("\n".join(lines), encoding="utf-8")
    return doichieu.Rules.from_dir(target)


def test_batches_paired_at_the_end_give_the_conflicts_of_one_run(items):
    whole = doichieu.analyze_many(items)
    half = len(items) // 2
    first = doichieu.analyze_many(items[:half], pair=False)
    second = doichieu.analyze_many(items[half:], pair=False)
    assert first["conflicts"] == second["conflicts"] == []
    # Conflicts of documents of each batch.
    found = documents(whole["conflicts"])
    assert found & {item[0] for item in items[:half]}
    assert found & {item[0] for item in items[half:]}
    assert doichieu.pair([first, second]) == whole["conflicts"]
    assert doichieu.pair([first, second], threads=1) == whole["conflicts"]
    assert doichieu.pair([whole]) == whole["conflicts"]
    assert doichieu.pair([]) == []


def test_conflicts_across_documents_of_two_batches(items, across_rules):
    odd, even = items[1::2], items[0::2]
    whole = doichieu.analyze_many(odd + even, rules=across_rules)
    odd_ids = {item[0] for item in odd}
    assert any(
        (document_of(c["a"]) in odd_ids) != (document_of(c["b"]) in odd_ids)
        for c in whole["conflicts"]
    )
    batches = [
        doichieu.analyze_many(odd, rules=across_rules, pair=False),
        doichieu.analyze_many(even, rules=across_rules, pair=False),
    ]
    assert doichieu.pair(batches) == whole["conflicts"]


def test_conflicts_across_documents_equal_the_cli(items, across_rules, cli):
    paths = [source for _, _, source in items]
    expected = cli_json(cli, "--rules", across_rules.dir, "analyze", *paths)
    assert doichieu.analyze_many(items, rules=across_rules) == expected


def test_single_analyses_pair_as_one_run(items):
    picked = items[:6]
    singles = [doichieu.analyze(text, id=id_, source=source) for id_, text, source in picked]
    assert doichieu.pair(singles) == doichieu.analyze_many(picked)["conflicts"]


def test_a_copied_report_still_pairs_and_a_pickled_one_is_a_plain_dict(items):
    report = doichieu.analyze_many(items[:6])
    assert doichieu.pair([copy.copy(report)]) == report["conflicts"]
    assert doichieu.pair([copy.deepcopy(report)]) == report["conflicts"]
    back = pickle.loads(pickle.dumps(report))
    assert back == report and type(back) is dict


def test_a_report_read_back_from_json_cannot_be_paired(items):
    report = doichieu.analyze_many(items[:2])
    with pytest.raises(TypeError, match="not a doichieu.Report"):
        doichieu.pair([json.loads(json.dumps(report))])
    with pytest.raises(TypeError, match="list of reports"):
        doichieu.pair(report)


def test_reports_of_different_rules_are_not_paired(items):
    report = doichieu.analyze_many(items[:2])
    other = doichieu.analyze_many(items[2:4], rules=doichieu.Rules.embedded())
    with pytest.raises(ValueError, match="different Rules"):
        doichieu.pair([report, other])
