"""Build curated data once and print each stage's wall, CPU and peak memory (graph.timing).

    nice -n 10 python bench/scale/stages.py CURATED_DIR [--data DIR] [--no-index] [--incremental] [--record N]

The same build as ``cli.py build --force --timings`` (graph.build.build with the search index
made by search.prebuild.prepare), or, with ``--no-index``, the graph part alone; with
``--incremental``, not forced: the build published in ``--data`` is updated (graph.incremental). Prints the
stages and the whole build's wall, CPU and peak RSS of this process (children included).

``--record N`` (a whole build with its index, into ``--data``) also samples the peak RSS of the
process tree (every 0.5 s) and saves the build's columns as the embedded store's row of scale N
in bench/results/scale.json (results.save; the row's served figures are dropped, they were of
another build): ``run.py --scales N --reuse`` with ``data-{N}x`` linked to ``--data`` then serves
it and keeps these build figures.
"""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(Path(__file__).resolve().parent)]

from graph.build import build
from graph.config import BuildConfig
from graph.timing import Stopwatch

from results import code_version, save
from trees import TreePeak


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("curated", type=Path)
    parser.add_argument("--data", type=Path, help="data directory (default: a temporary one, removed)")
    parser.add_argument("--no-index", action="store_true", help="build the graph only, not the search index")
    parser.add_argument("--incremental", action="store_true", help="do not force: update the build published in --data")
    parser.add_argument("--timeline", type=Path, help="write each 0.5 s sample of the tree's RSS (MB by pid) there, a JSON line each")
    parser.add_argument("--record", type=int, metavar="N", help="save the build's figures as scale.json's embedded row of scale N")
    args = parser.parse_args(argv)
    if args.record and (args.no_index or args.incremental or not args.data):
        parser.error("--record needs --data and a whole build with its index")
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s")  # each stage as it ends
    clock = Stopwatch()
    with (tempfile.TemporaryDirectory(prefix="chanjiao-stages-") as tmp, TreePeak() as tree,
          clock.stage("whole build")):
        prepare, early = None, None
        if not args.no_index:
            from search.prebuild import EarlyCatalogue, prepare
            early = EarlyCatalogue()
        report = build(BuildConfig(data_dir=args.data or Path(tmp), curated_dir=args.curated), force=not args.incremental,
                       prepare=prepare, early=early)
    print(f"{report.triples} triples from {report.sources} source(s)" + (" (incremental)" if report.incremental else ""))
    for stage in (*report.stages, *clock.stages):
        print(stage)
    print(tree.report())
    if args.timeline:
        tree.write_timeline(args.timeline)
    if args.record:
        whole = clock.stages[-1]
        save([dict(scale=args.record, store="embedded", triples=report.triples, build_code=code_version(),
                   build_wall_s=round(whole.wall_s, 2), build_cpu_s=round(whole.cpu_s, 2),
                   build_peak_rss_mb=tree.peak_bytes >> 20, build_command=" ".join(["python", *sys.argv]))])
    return 0


if __name__ == "__main__":
    sys.exit(main())
