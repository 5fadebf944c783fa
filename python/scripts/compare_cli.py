"""Checks `doichieu.analyze_many` against the command line on a folder of articles, and times
it on 1 and 2 threads (a measurement, not a test: timings depend on the machine).

    python python/scripts/compare_cli.py FOLDER [--cli target/release/doichieu] [--runs 5]

The report of `analyze_many` over the folder's `*.txt` files (ids = file stems, sources = the
paths, in the order `doichieu analyze FOLDER` takes them) must equal the command line's JSON.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

import doichieu


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--cli", default="target/release/doichieu")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    files = sorted(args.folder.rglob("*.txt"))
    items = [(f.stem, f.read_text(encoding="utf-8"), str(f)) for f in files]
    done = subprocess.run(
        [args.cli, "--quiet", "analyze", str(args.folder)], capture_output=True, check=True
    )
    expected = json.loads(done.stdout)
    report = doichieu.analyze_many(items)
    same = report == expected
    claims = sum(len(d["claims"]) for d in report["documents"])
    print(
        f"{len(items)} articles, {claims} claims, {len(report['conflicts'])} conflicts: "
        f"analyze_many {'equals' if same else 'DIFFERS FROM'} `doichieu analyze`"
    )
    if not same:
        for ours, theirs in zip(report["documents"], expected["documents"]):
            if ours != theirs:
                print(f"  first differing document: {ours['id']}")
                break
        return 1

    # 1 and 2 threads in turn, so that a burst of load elsewhere hits both alike.
    times = {1: [], 2: []}
    for _ in range(args.runs):
        for threads in times:
            start = time.perf_counter()
            again = doichieu.analyze_many(items, threads=threads)
            times[threads].append(time.perf_counter() - start)
            assert again == expected
    for threads, took in times.items():
        took.sort()
        print(
            f"threads={threads}: best {took[0]:.3f} s, median {took[len(took) // 2]:.3f} s "
            f"over {args.runs} runs"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
