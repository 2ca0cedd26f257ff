"""Where one /api/ask goes on one built data directory, as the server answers it.

    python bench/scale/ask_profile.py DATA_DIR [--ask QUESTION ...] [--repeats N] [--direct]
                                      [--memory-max-quads N] [--profile OUT.prof]

Opens the published build of DATA_DIR, its search index and question answering as the server
does: the answer's queries run on a pool of query workers, each within the query deadline
(graph.bounded; the workers copy the store into memory up to ``--memory-max-quads``, the
server's default unless given). ``--direct`` runs them in-process on the store instead. Asks
every question once (warming), then ``--repeats`` times, and prints each question's median wall
time, the number of SPARQL queries one answer runs and the slowest of them; ``--profile`` writes
a cProfile of the timed answers.
"""

from __future__ import annotations

import argparse
import cProfile
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "bench" / "scale")]

from graph.bounded import bounded
from graph.config import BuildConfig
from graph.query_worker import StoreSource
from graph.runner import QueryRunner, RunnerConfig
from graph.store import open_store
from search.config import SEARCH_INDEX_DIR
from web.config import ServerConfig
from web.generation import ANSWER_ROW_CAP

from qa_startup import Timed
from run import ASKS


def open_answerer(data: Path, direct: bool, memory_max_quads: int, workers: int = 2):
    """(the store, its question answerer, the query runner or None) of the published build of ``data``,
    opened as the server opens them: the answer's queries on ``workers`` query workers within the query
    deadline, or with ``direct`` in-process on the store. The caller closes the runner and the store."""
    from search import SearchEngine
    from search.qa import QuestionAnswerer

    kg = open_store(BuildConfig(data_dir=data))
    engine = SearchEngine.open(kg, index_dir=Path(kg.path or data) / SEARCH_INDEX_DIR)
    runner, queries = None, kg
    if not direct:
        server = ServerConfig()
        runner = QueryRunner(StoreSource.of(kg, memory_max_quads),
                             RunnerConfig(workers=workers, memory_mb=server.worker_memory_mb)).start()
        queries = bounded(kg, runner, server.query_timeout_s, ANSWER_ROW_CAP)
    return kg, QuestionAnswerer(kg, engine, queries=queries), runner


def close(kg, runner, profiler: cProfile.Profile | None, path: Path | None) -> None:
    """Write the profile (when one was taken) and close what open_answerer opened."""
    if profiler is not None and path is not None:
        profiler.dump_stats(path)
    if runner is not None:
        runner.close()
    kg.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--ask", nargs="*", default=ASKS)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--direct", action="store_true", help="run the answer's queries in-process")
    parser.add_argument("--memory-max-quads", type=int, default=ServerConfig().worker_memory_copy_max_quads)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    t0 = time.perf_counter()
    kg, qa, runner = open_answerer(args.data, args.direct, args.memory_max_quads)
    print(f"open (store, search, workers, answerer): {time.perf_counter() - t0:.2f} s; "
          f"{kg.triple_count()} triples; queries {'in-process' if args.direct else 'on workers'}")
    for question in args.ask:
        qa.answer(question)  # warm: the embedder, caches
    profiler = cProfile.Profile() if args.profile else None
    for question in args.ask:
        with Timed() as timed:
            times = []
            for _ in range(args.repeats):
                t0 = time.perf_counter()
                if profiler:
                    profiler.enable()
                n = len(qa.answer(question).answers)
                if profiler:
                    profiler.disable()
                times.append(time.perf_counter() - t0)
        queries_run = sum(timed.calls.values()) // args.repeats
        sparql_ms = sum(timed.seconds.values()) / args.repeats * 1000
        print(f"{statistics.median(times) * 1000:8.1f} ms (max {max(times) * 1000:.1f})  {n:>3} answers  "
              f"{queries_run} queries, {sparql_ms:.1f} ms in SPARQL  {question}")
        timed.report(top=5, per=args.repeats)
    close(kg, runner, profiler, args.profile)


if __name__ == "__main__":
    main()
