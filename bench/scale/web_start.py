"""CPU seconds of the web process's own start: the search engine and the question answerer, made as
web.generation makes them (under graph.heap.paused), on one built data directory.

    python bench/scale/web_start.py DATA_DIR [--profile OUT.prof]

Prints the CPU and wall seconds of SearchEngine.open and of QuestionAnswerer(), the process's CPU, its
peak RSS and the 1-minute load. CPU seconds are the figure to compare on a loaded machine; run it
from another working tree (cwd) to measure that tree's code. ``--profile`` writes a cProfile (timed by
process CPU, which counts the embedder's warm-up thread too).
"""

from __future__ import annotations

import argparse
import cProfile
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())  # the working tree run from, not necessarily this one

from graph import heap
from graph.config import BuildConfig
from graph.store import open_store
from search import SearchEngine
from search.prebuild import serving_dirs
from search.qa import QuestionAnswerer


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    kg = open_store(BuildConfig(data_dir=args.data))
    index_dir, reuse = serving_dirs(Path(kg.path) if kg.path else None, args.data)
    profiler = cProfile.Profile(time.process_time) if args.profile else None
    with heap.paused():
        if profiler:
            profiler.enable()
        cpu, wall = time.process_time(), time.perf_counter()
        engine = SearchEngine.open(kg, index_dir=index_dir, reuse=reuse)
        engine_cpu, engine_wall = time.process_time() - cpu, time.perf_counter() - wall
        cpu, wall = time.process_time(), time.perf_counter()
        QuestionAnswerer(kg, engine)
        qa_cpu, qa_wall = time.process_time() - cpu, time.perf_counter() - wall
        if profiler:
            profiler.disable()
            profiler.dump_stats(args.profile)
    print(f"engine {engine_cpu:.2f} s CPU ({engine_wall:.1f} s wall), answerer {qa_cpu:.2f} s CPU ({qa_wall:.1f} s wall), "
          f"process {time.process_time():.2f} s CPU, maxrss {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB, "
          f"load {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
