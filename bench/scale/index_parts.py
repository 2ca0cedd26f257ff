"""Where the build's index step (search.prebuild.prepare) spends its time and memory, part by part.

    nice -n 10 python bench/scale/index_parts.py DATA_DIR [--profile DIR] [--qa-only]

Opens the published build of DATA_DIR (or DATA_DIR itself when it is a build directory, published or
not) and makes, in this process and in the order ``prepare`` makes them, every state the index step
keeps besides the dense index (the catalogue, the jieba dictionary, question answering's facts and
tables, the engine's indexes), writing nothing. Per part it prints
the wall and CPU seconds, the peak RSS while it ran (the kernel's high-water mark, reset before each
part through /proc/self/clear_refs) and the RSS after it (what it left held), and the size of its
pickle. CPU seconds and RSS are the figures to compare on a shared machine. With ``--profile DIR``
each part runs under cProfile (CPU seconds), its statistics written to ``DIR/{part}.prof`` (read them
with pstats; the profiler's overhead inflates the seconds printed). With ``--queries`` each part also prints
its costliest SPARQL queries: the CPU seconds spent running each and reading its rows (the store's
iteration and the conversion of its terms to Python values), and its rows.
"""

from __future__ import annotations

import argparse
import cProfile
import pickle
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from graph.config import BuildConfig
from graph.store import MANIFEST_FILE, open_build, open_store


def _status_mb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) // 1024
    return 0


def _reset_peak() -> None:
    Path("/proc/self/clear_refs").write_text("5")  # resets VmHWM to the current RSS (Linux >= 4.0)


PROFILES: list[Path] = []  # the directory profiles are written to, when asked (--profile)
QUERY_CPU: Counter[str] = Counter()  # per query text, the CPU seconds of its run and rows (--queries)
QUERY_ROWS: Counter[str] = Counter()
SHOWN_QUERIES = 12  # the costliest queries printed after each part


def _timed(method: Callable[..., Iterator]) -> Callable[..., Iterator]:
    """``method`` (a store's iteration of a query's rows) with the CPU seconds of its run and of each row
    counted in ``QUERY_CPU`` and its rows in ``QUERY_ROWS``, by query text."""
    def timed(store: object, sparql: str) -> Iterator:
        started = time.process_time()
        rows = method(store, sparql)
        QUERY_CPU[sparql] += time.process_time() - started
        while True:
            started = time.process_time()
            try:
                row = next(rows)
            except StopIteration:
                QUERY_CPU[sparql] += time.process_time() - started
                return
            QUERY_CPU[sparql] += time.process_time() - started
            QUERY_ROWS[sparql] += 1
            yield row
    return timed


def time_queries() -> None:
    """Count the CPU seconds and rows of every query the embedded store runs (graph.embedded)."""
    from graph.embedded import EmbeddedStore
    for name in ("iter_values", "iter_select"):
        setattr(EmbeddedStore, name, _timed(getattr(EmbeddedStore, name)))


def _print_queries() -> None:
    """The costliest queries counted since the last call, then forget them."""
    for sparql, cpu in QUERY_CPU.most_common(SHOWN_QUERIES):
        print(f"    {cpu:7.2f} s CPU {QUERY_ROWS[sparql]:9d} rows  {' '.join(sparql.split())[:150]}")
    if QUERY_CPU:
        print(f"    {sum(QUERY_CPU.values()):7.2f} s CPU in {len(QUERY_CPU)} queries", flush=True)
    QUERY_CPU.clear()
    QUERY_ROWS.clear()


def part(name: str, make: Callable[[], Any], pickled: bool = True) -> Any:
    """``make()``, with its wall, CPU, peak and remaining RSS and its pickle's size printed."""
    _reset_peak()
    profiler = cProfile.Profile(time.process_time) if PROFILES else None  # CPU: the machine is shared
    wall, cpu = time.perf_counter(), time.process_time()
    value = make() if profiler is None else profiler.runcall(make)
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    size = len(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)) / 1e6 if pickled else 0.0
    print(f"{name:28s} {wall:8.1f} s wall {cpu:8.1f} s CPU  peak {_status_mb('VmHWM'):6d} MB"
          f"  after {_status_mb('VmRSS'):6d} MB  pickle {size:7.1f} MB", flush=True)
    _print_queries()
    if profiler is not None:
        profiler.dump_stats(PROFILES[0] / (re.sub(r"\W+", "-", name).strip("-") + ".prof"))
    return value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--profile", type=Path, metavar="DIR", help="write each part's cProfile statistics into DIR")
    parser.add_argument("--qa-only", action="store_true", help="the catalogue and question answering's parts only")
    parser.add_argument("--queries", action="store_true", help="print each part's costliest queries (CPU and rows)")
    args = parser.parse_args()
    if args.queries:
        time_queries()
    if args.profile:
        args.profile.mkdir(parents=True, exist_ok=True)
        PROFILES.append(args.profile)
    from search import index, qa_tables
    from search.documents import load_catalogue
    from search.engine_setup import made_indexes
    from search.lexical import names_tokenizer
    from search.qa_prepared import made

    started, cpu = time.perf_counter(), time.process_time()
    built = (args.data / MANIFEST_FILE).is_file()
    kg = part("open store", lambda: open_build(args.data) if built else open_store(BuildConfig(data_dir=args.data)),
              pickled=False)
    catalogue = part("catalogue", lambda: load_catalogue(kg))
    answering = part("qa facts and participation", lambda: made(kg, catalogue), pickled=False)
    part("qa tables", lambda: qa_tables.made(kg, catalogue, *answering))
    if not args.qa_only:
        tokenizer = part("tokenizer (jieba + names)", lambda: names_tokenizer(catalogue), pickled=False)
        part("passages", lambda: index.passages(catalogue.docs))
        part("engine indexes", lambda: made_indexes(catalogue, tokenizer, None))
        part("tokens memo", tokenizer.memo)
    print(f"{'whole':28s} {time.perf_counter() - started:8.1f} s wall {time.process_time() - cpu:8.1f} s CPU"
          f"  peak {_status_mb('VmHWM'):6d} MB (since the last reset)")
    kg.close()


if __name__ == "__main__":
    main()
