"""Figures for many sources: triples, build time and how many asserted statements cite their own
span (and how many are derived, naming what they rest on), for the seed alone and for the seed
plus the two test sources (tests/graph/sources/). Each build goes to its own temporary data directory.

    nice -n 10 python bench/sources_bench.py [--repeat N]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from graph.build import build
from graph.config import BuildConfig

TEST_SOURCES = REPO / "tests" / "graph" / "sources"


def measure(with_test_sources: bool, repeat: int) -> dict:
    """The best of ``repeat`` forced builds, each in a fresh data directory."""
    runs = []
    for _ in range(repeat):
        with tempfile.TemporaryDirectory() as tmp:
            data_dir = Path(tmp)
            if with_test_sources:
                shutil.copytree(TEST_SOURCES, data_dir / "accepted")
            runs.append(build(BuildConfig(data_dir=data_dir), force=True))
    best = min(runs, key=lambda r: r.seconds)
    return {"sources": best.sources, "triples": best.triples, "seconds": best.seconds, "cited": best.cited,
            "derived": best.derived, "uncited": best.uncited}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="build figures for one and three sources")
    parser.add_argument("--repeat", type=int, default=1, help="builds per row; the fastest is shown")
    options = parser.parse_args(argv)
    print("sources  triples  build_s  cited_own_span  derived  without_either  (of asserted statements)")
    for with_test_sources in (False, True):
        row = measure(with_test_sources, options.repeat)
        print(f"{row['sources']:>7}  {row['triples']:>7}  {row['seconds']:>7.2f}  {row['cited']:>14}  "
              f"{row['derived']:>7}  {row['uncited']:>14}")


if __name__ == "__main__":
    main()
