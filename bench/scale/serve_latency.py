"""Per-request latency of ask, search and autocomplete in-process, on one built data directory.

    python bench/scale/serve_latency.py DATA_DIR [--direct | --workers N] [--repeats N]
                                        [--profile PREFIX] [--answers OUT.json]

Opens the published build of DATA_DIR, its search index and question answering as
bench/scale/ask_profile.py does (the answer's queries on ``--workers`` query workers within the
query deadline, or with ``--direct`` in-process on the store), then calls what /api/ask,
/api/search and /api/autocomplete call (``answer(q).to_dict()``, ``find(q, k=10).to_dict()``,
``complete(p, k=8).to_dict()``) with bench/scale/run.py's questions, queries and prefixes: each
once to warm, then ``--repeats`` rounds (default: run.py's REPEATS). No HTTP, no JSON encoding:
what the server adds to these is measured by run.py. Prints one JSON row of p50/p99 per
endpoint and the process's peak RSS (``--only`` without /api/ask opens the search engine alone, not
question answering); ``--profile PREFIX`` writes a cProfile of each endpoint's
timed calls to PREFIX-ask.prof etc.; ``--answers`` writes every response, to check that two
versions of the code answer alike.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "bench" / "scale")]

from graph.config import BuildConfig
from graph.store import open_store
from search import SearchEngine
from search.config import SEARCH_INDEX_DIR
from web.config import ServerConfig

from ask_profile import close, open_answerer
from run import ASKS, PREFIXES, REPEATS, SEARCHES, percentiles


def calls(qa, engine) -> dict[str, tuple[list[str], object]]:
    """Per endpoint, (its inputs, the call the route makes with one input); no /api/ask without ``qa``."""
    return {
        **({"/api/ask": (ASKS, lambda q: qa.answer(q).to_dict())} if qa is not None else {}),
        "/api/search": (SEARCHES, lambda q: engine.find(q, k=10).to_dict()),
        "/api/autocomplete": (PREFIXES, lambda p: engine.complete(p, k=8).to_dict()),
    }


def measure(name: str, inputs: list[str], call, repeats: int, profile: Path | None) -> tuple[dict, dict]:
    """(p50/p99 of ``repeats`` rounds over ``inputs`` after one warming round, wall and this process's
    CPU, with the three inputs of the highest median; the responses)."""
    responses = {text: call(text) for text in inputs}
    profiler = cProfile.Profile() if profile else None
    times: dict[str, list[float]] = {text: [] for text in inputs}
    cpu: list[float] = []  # this process's CPU per call: what the load of other processes changes least
    for _ in range(repeats):
        for text in inputs:
            start, started_cpu = time.perf_counter(), time.process_time()
            if profiler:
                profiler.enable()
            call(text)
            if profiler:
                profiler.disable()
            times[text].append(time.perf_counter() - start)
            cpu.append(time.process_time() - started_cpu)
    if profiler and profile:
        profiler.dump_stats(f"{profile}-{name.rsplit('/', 1)[-1]}.prof")
    medians = {text: round(statistics.median(t) * 1000, 1) for text, t in times.items()}
    slowest = dict(sorted(medians.items(), key=lambda item: -item[1])[:3])
    on_cpu = {f"cpu_{k}": v for k, v in percentiles(cpu).items() if k != "n"}
    return {**percentiles([t for each in times.values() for t in each]), **on_cpu, "slowest_p50_ms": slowest}, responses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--direct", action="store_true", help="run the answer's queries in-process")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--repeats", type=int, help="rounds per endpoint (default: run.py's REPEATS)")
    parser.add_argument("--only", nargs="*", help="endpoints to measure (default: all three)")
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--answers", type=Path)
    args = parser.parse_args()
    row: dict = {"load_1m_before": round(os.getloadavg()[0], 1)}
    start = time.perf_counter()
    if args.only and "/api/ask" not in args.only:
        kg, qa, runner = open_store(BuildConfig(data_dir=args.data)), None, None
        engine = SearchEngine.open(kg, index_dir=Path(kg.path or args.data) / SEARCH_INDEX_DIR)
    else:
        kg, qa, runner = open_answerer(args.data, args.direct, ServerConfig().worker_memory_copy_max_quads, args.workers)
        engine = qa.engine
    row["open_s"] = round(time.perf_counter() - start, 1)
    row["queries"] = "in-process" if args.direct else f"{args.workers} worker(s)"
    everything = {}
    try:
        for name, (inputs, call) in calls(qa, engine).items():
            if args.only and name not in args.only:
                continue
            row[name], everything[name] = measure(name, inputs, call, args.repeats or REPEATS[name], args.profile)
    finally:
        close(kg, runner, None, None)
    row["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    row["load_1m_after"] = round(os.getloadavg()[0], 1)
    if args.answers:
        args.answers.write_text(json.dumps(everything, ensure_ascii=False, indent=1, sort_keys=True))
    print(json.dumps(row, ensure_ascii=False))


if __name__ == "__main__":
    main()
