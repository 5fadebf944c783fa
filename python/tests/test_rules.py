"""`Rules.from_dir` loads edited rules, and a broken file raises the command line's error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import doichieu
from conftest import REPO, SEED_004, cli_json, run_cli

PESKOV = "Ông Peskov cho biết quân đội Nga đã liên lạc với cả hai bên."


@pytest.fixture
def rules_dir(tmp_path: Path) -> Path:
    """A copy of the repository's rule files, to edit."""
    target = tmp_path / "rules"
    shutil.copytree(REPO / "rules", target)
    return target


def edit(path: Path, old: str, new: str) -> int:
    """Replaces the line that starts with `old` by `new`; returns its 1-based number."""
    lines = path.read_text(encoding="utf-8").split("\n")
    numbers = [i for i, line in enumerate(lines) if line.startswith(old)]
    assert len(numbers) == 1, (old, numbers)
    lines[numbers[0]] = new
    path.write_text("\n".join(lines), encoding="utf-8")
    return numbers[0] + 1


def test_a_copy_of_the_rules_gives_the_embedded_report(rules_dir):
    rules = doichieu.Rules.from_dir(rules_dir)
    assert rules.dir == str(rules_dir)
    assert doichieu.Rules.embedded().dir is None
    assert rules.check() == []
    text = (REPO / SEED_004).read_text(encoding="utf-8")
    assert doichieu.analyze(text, rules=rules) == doichieu.analyze(text)


def test_edited_rules_change_the_report(rules_dir, cli):
    assert doichieu.analyze(PESKOV)["documents"][0]["claims"][0]["speaker"]["canonical"] == (
        "Dmitry Peskov"
    )
    edit(
        rules_dir / "entities.txt",
        "Dmitry Peskov |",
        "Dmitry Sergeyevich Peskov | person | Nga | Peskov, ông Peskov | "
        "Ông Peskov cho biết quân đội Nga đã liên lạc với cả hai bên.",
    )
    rules = doichieu.Rules.from_dir(str(rules_dir))
    report = doichieu.analyze(PESKOV, id="peskov", rules=rules)
    assert report["documents"][0]["claims"][0]["speaker"]["canonical"] == (
        "Dmitry Sergeyevich Peskov"
    )
    seed = (REPO / SEED_004).read_text(encoding="utf-8")
    expected = cli_json(cli, "--rules", str(rules_dir), "analyze", SEED_004)
    assert doichieu.analyze(seed, id=Path(SEED_004).stem, source=SEED_004, rules=rules) == (
        expected
    )


def test_a_broken_rule_file_raises_path_line_col_as_the_cli_prints_it(rules_dir, cli):
    cues = rules_dir / "cues.txt"
    line = edit(cues, "nói | state |", "nói | asert | Ông Trump nói: rồi.")
    with pytest.raises(doichieu.RuleError) as caught:
        doichieu.Rules.from_dir(rules_dir)
    error = caught.value
    assert (error.path, error.line, error.col) == (str(cues), line, len("nói | ") + 1)
    assert str(error).startswith(f"{cues}:{line}:{len('nói | ') + 1}: ")
    assert "asert" in str(error)
    assert isinstance(error, ValueError)
    done = run_cli(cli, "--rules", str(rules_dir), "analyze", SEED_004)
    assert done.returncode == 2
    assert done.stderr.decode().strip() == f"doichieu: {error}"


def test_a_folder_overrides_only_the_files_it_has(rules_dir):
    # A missing file comes from the embedded rules, as with `doichieu --rules DIR`.
    (rules_dir / "titles.txt").unlink()
    text = Path(SEED_004).read_text(encoding="utf-8")
    partial = doichieu.analyze(text, id="x", rules=doichieu.Rules.from_dir(rules_dir))
    assert partial == doichieu.analyze(text, id="x")


def test_a_misspelt_rule_file_raises_naming_it(rules_dir):
    (rules_dir / "titles.txt").rename(rules_dir / "title.txt")
    with pytest.raises(doichieu.RuleError) as caught:
        doichieu.Rules.from_dir(rules_dir)
    assert caught.value.path == str(rules_dir / "title.txt")
    assert str(caught.value).startswith(f"{rules_dir / 'title.txt'}: ")


def test_check_reports_a_rule_whose_example_no_longer_shows_it(rules_dir):
    line = edit(
        rules_dir / "cues.txt",
        "nói thêm rằng |",
        "nói thêm rằng | state | Ông ấy đã về nhà.",
    )
    problems = doichieu.Rules.from_dir(rules_dir).check()
    assert len(problems) == 1
    assert problems[0].startswith(f"{rules_dir}/cues.txt:{line}: ")
