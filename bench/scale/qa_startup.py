"""Where question answering's start-up goes on one built data directory.

    python bench/scale/qa_startup.py DATA_DIR [--ask QUESTION ...] [--profile OUT.prof]

Opens the published build of DATA_DIR and its search index (as the server does), then makes a
QuestionAnswerer and prints the wall time of each part of its start-up (lexicon, speller, facts,
scope, participation) and of every SPARQL query run meanwhile, slowest first; then the time of
each question asked (the defaults are the scale benchmark's). ``--profile`` also writes a cProfile
of the answerer's start-up.

    python bench/scale/qa_startup.py --parts BUILD_DIR

times the parts alone on one build directory, before its search index exists (while the build
embeds): the catalogue, the facts read off the graph and saved (search.qa_prepared), read back,
and the lexicon, speller and scope made from them.
"""

from __future__ import annotations

import argparse
import cProfile
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "bench" / "scale")]

from graph.config import BuildConfig
from graph.store import KnowledgeGraph, open_store
from search.config import SEARCH_INDEX_DIR

from run import ASKS


class Timed:
    """Wall time per SPARQL query (by its first meaningful line) of every KnowledgeGraph.rows call."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)
        self.rows: dict[str, int] = defaultdict(int)
        self.calls: dict[str, int] = defaultdict(int)
        self._rows = KnowledgeGraph.rows

    def __enter__(self):
        timed = self

        def rows(kg, sparql, **bindings):
            start = time.perf_counter()
            out = timed._rows(kg, sparql, **bindings)
            key = " ".join(sparql.split())[:90]
            timed.seconds[key] += time.perf_counter() - start
            timed.rows[key] += len(out)
            timed.calls[key] += 1
            return out

        KnowledgeGraph.rows = rows  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc):
        KnowledgeGraph.rows = self._rows  # type: ignore[method-assign]

    def report(self, top: int = 15, per: int = 1) -> None:
        """The ``top`` slowest queries: seconds, rows and calls, each divided by ``per`` (repeats)."""
        for key, s in sorted(self.seconds.items(), key=lambda kv: -kv[1])[:top]:
            print(f"  {s / per:8.3f} s  {self.rows[key] // per:>8} rows  {self.calls[key] // per:>4}x  {key}")


def _timed(what: str, make):
    start = time.perf_counter()
    value = make()
    print(f"{what}: {time.perf_counter() - start:.2f} s")
    return value


def parts(build_dir: Path) -> None:
    from graph.store import open_build
    from search import qa_prepared
    from search.documents import load_catalogue
    from search.qa_scope import Scope
    from search.qa_spell import Speller
    from search.understand_lexicon import Lexicon

    kg = open_build(build_dir)
    catalogue = _timed("catalogue", lambda: load_catalogue(kg))
    path = qa_prepared.path_of(kg)
    with Timed() as timed:
        facts, graph = _timed("facts read off the graph", lambda: qa_prepared.made(kg, catalogue))
        timed.report()
    _timed("facts saved", lambda: qa_prepared.save(path, kg, facts, graph))
    print(f"  {path.stat().st_size / 1e6:.1f} MB")
    facts, _ = _timed("facts read back", lambda: qa_prepared.load(path, kg, catalogue))
    lexicon = _timed("lexicon", lambda: Lexicon(catalogue))
    _timed("speller", lambda: Speller(lexicon))
    _timed("scope", lambda: Scope(catalogue, tuple(n for names in facts.labels.values() for n in names.values())))
    kg.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--parts", action="store_true", help="DATA is one build directory: time the parts alone")
    parser.add_argument("--ask", nargs="*", default=ASKS)
    parser.add_argument("--profile", type=Path)
    args = parser.parse_args()
    if args.parts:
        return parts(args.data)
    from search import SearchEngine
    from search.qa import QuestionAnswerer

    t0 = time.perf_counter()
    kg = open_store(BuildConfig(data_dir=args.data))
    engine = SearchEngine.open(kg, index_dir=Path(kg.path or args.data) / SEARCH_INDEX_DIR)
    print(f"store + search open: {time.perf_counter() - t0:.2f} s")
    profiler = cProfile.Profile() if args.profile else None
    with Timed() as timed:
        t0 = time.perf_counter()
        if profiler:
            profiler.enable()
        qa = QuestionAnswerer(kg, engine)
        if profiler:
            profiler.disable()
            profiler.dump_stats(args.profile)
        print(f"QuestionAnswerer(): {time.perf_counter() - t0:.2f} s; its SPARQL:")
        timed.report()
    for question in args.ask:
        t0 = time.perf_counter()
        n = len(qa.answer(question).answers)
        print(f"  ask {time.perf_counter() - t0:7.3f} s  {n:>3} answers  {question}")
    for question in args.ask:
        t0 = time.perf_counter()
        qa.answer(question)
        print(f"  again {time.perf_counter() - t0:7.3f} s  {question}")


if __name__ == "__main__":
    main()
