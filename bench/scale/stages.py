"""Build curated data once and print each stage's wall, CPU and peak memory (graph.timing).

    nice -n 10 python bench/scale/stages.py CURATED_DIR [--data DIR] [--no-index] [--incremental]

The same build as ``cli.py build --force --timings`` (graph.build.build with the search index
made by search.prebuild.prepare), or, with ``--no-index``, the graph part alone; with
``--incremental``, not forced: the build published in ``--data`` is updated (graph.incremental). Prints the
stages and the whole build's wall, CPU and peak RSS of this process (children included).
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from graph.build import build
from graph.config import BuildConfig
from graph.timing import Stopwatch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("curated", type=Path)
    parser.add_argument("--data", type=Path, help="data directory (default: a temporary one, removed)")
    parser.add_argument("--no-index", action="store_true", help="build the graph only, not the search index")
    parser.add_argument("--incremental", action="store_true", help="do not force: update the build published in --data")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")  # each stage as it ends
    clock = Stopwatch()
    with tempfile.TemporaryDirectory(prefix="chanjiao-stages-") as tmp, clock.stage("whole build"):
        prepare = None
        if not args.no_index:
            from search.prebuild import prepare
        report = build(BuildConfig(data_dir=args.data or Path(tmp), curated_dir=args.curated), force=not args.incremental,
                       prepare=prepare)
    print(f"{report.triples} triples from {report.sources} source(s)" + (" (incremental)" if report.incremental else ""))
    for stage in (*report.stages, *clock.stages):
        print(stage)
    return 0


if __name__ == "__main__":
    sys.exit(main())
