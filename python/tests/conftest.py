"""Shared helpers: the repository's fixtures and, when it is built, the command line."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any, List, Optional, Tuple

import pytest

#: The repository root (the tests run on its files with paths relative to it, as the
#: command line's reports name them).
REPO = Path(__file__).resolve().parents[2]


def cli_path() -> Optional[Path]:
    """The doichieu binary: $DOICHIEU_CLI, else a cargo build of this checkout."""
    given = os.environ.get("DOICHIEU_CLI")
    if given:
        path = Path(given)
        return path if path.is_absolute() else REPO / path
    for profile in ("release", "debug"):
        path = REPO / "target" / profile / "doichieu"
        if path.is_file():
            return path
    return None


@pytest.fixture(scope="session")
def cli() -> Path:
    """The command line to compare with. Skips when there is none, unless
    $DOICHIEU_REQUIRE_CLI is set (as .ci/run sets it), when a missing binary fails."""
    path = cli_path()
    if path is None or not path.is_file():
        message = f"no doichieu binary (set DOICHIEU_CLI or cargo build): {path}"
        if os.environ.get("DOICHIEU_REQUIRE_CLI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def run_cli(cli: Path, *args: str) -> subprocess.CompletedProcess:
    """Runs the command line from the repository root."""
    return subprocess.run(
        [str(cli), "--quiet", *args], cwd=REPO, capture_output=True, check=False
    )


def cli_json(cli: Path, *args: str) -> Any:
    done = run_cli(cli, *args)
    assert done.returncode == 0, done.stderr.decode()
    return json.loads(done.stdout)


def fixture_paths(*folders: str) -> List[str]:
    """The `*.txt` files of the fixture folders, relative to the repository, in the order
    `doichieu analyze FOLDER...` takes them (folders in order, each in path order)."""
    paths: List[str] = []
    for folder in folders:
        found = sorted((REPO / folder).rglob("*.txt"))
        paths.extend(p.relative_to(REPO).as_posix() for p in found)
    return paths


def items_of(paths: List[str]) -> List[Tuple[str, str, str]]:
    """`(id, text, source)` of each file: its stem, its text, its path as given."""
    return [
        (Path(p).stem, (REPO / p).read_text(encoding="utf-8"), p) for p in paths
    ]


def snapshot(name: str) -> Any:
    """The JSON report of an insta snapshot under `snapshots/` (what `cargo test` keeps
    equal to the library's report of that fixture)."""
    text = (REPO / "snapshots" / f"{name}.snap").read_text(encoding="utf-8")
    _, _, body = text.split("---\n", 2)
    return json.loads(body)


FIXTURE_FOLDERS = ("tests/fixtures/seeds", "tests/fixtures/corpus")
SEED_004 = "tests/fixtures/seeds/004_5083240e409e3a90.txt"
