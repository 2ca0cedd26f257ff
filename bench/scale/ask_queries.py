"""How many SPARQL queries one /api/ask sends to the query workers, and what they cost.

    python bench/scale/ask_queries.py DATA_DIR [--ask QUESTION ...] [--file QA.jsonl] [--repeats N]
                                      [--workers N] [--by-caller N] [--json OUT.json]

Opens the published build of DATA_DIR as bench/scale/ask_profile.py does (the answer's queries on
``--workers`` deadline-bound query workers, the server's memory-copy threshold), asks every
question once to warm, then ``--repeats`` times, and prints per question (medians over the
repeats): the queries one answer sends (graph.bounded.RunnerStore), their round trip summed (this
process waiting on a worker), the workers' CPU (psutil, summed over the pool: the answers are asked
one at a time, so all of it is this answer's), this process's CPU and the answer's wall time. Then
the ``--by-caller`` callers that send the most queries per answer: the innermost function of
search/ on the stack of each query. The machine is shared: CPU seconds are the comparable figures,
wall times only with the load beside them (printed).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "bench" / "scale")]

from graph.bounded import RunnerStore
from web.config import ServerConfig

from ask_profile import close, open_answerer
from run import ASKS

SEARCH = str(REPO / "search") + os.sep


class Counted:
    """Counts RunnerStore's queries (and their round trip, and who sent them) while entered."""

    def __init__(self):
        self.queries = 0
        self.round_trip_s = 0.0
        self.callers: Counter[str] = Counter()
        self._run = RunnerStore._run

    def __enter__(self):
        counted = self

        def run(store, sparql):
            started = time.perf_counter()
            try:
                return counted._run(store, sparql)
            finally:
                counted.round_trip_s += time.perf_counter() - started
                counted.queries += 1
                counted.callers[caller()] += 1

        RunnerStore._run = run  # type: ignore[method-assign]
        return self

    def __exit__(self, *exc):
        RunnerStore._run = self._run  # type: ignore[method-assign]


def caller() -> str:
    """module:function of the innermost frame of search/ on the stack, past the store's own."""
    frame = sys._getframe(2)
    while frame is not None:
        if frame.f_code.co_filename.startswith(SEARCH):
            return f"{Path(frame.f_code.co_filename).stem}:{frame.f_code.co_name}"
        frame = frame.f_back
    return "?"


def workers_cpu_s() -> float:
    return sum(sum(p.cpu_times()[:2]) for p in psutil.Process().children(recursive=True))


def asked(qa, question: str, repeats: int) -> tuple[dict, Counter[str]]:
    """Medians over ``repeats`` answers of ``question``: queries, round trip, CPU, wall; and its callers."""
    rows: list[tuple[int, float, float, float, float]] = []
    callers: Counter[str] = Counter()
    for _ in range(repeats):
        with Counted() as counted:
            wall, cpu, workers = time.perf_counter(), time.process_time(), workers_cpu_s()
            qa.answer(question).to_dict()
            rows.append((counted.queries, counted.round_trip_s, workers_cpu_s() - workers,
                         time.process_time() - cpu, time.perf_counter() - wall))
        callers += counted.callers
    med = [statistics.median(col) for col in zip(*rows)]
    row = {"queries": med[0], "round_trip_ms": round(med[1] * 1000, 1), "workers_cpu_ms": round(med[2] * 1000, 1),
           "answer_cpu_ms": round(med[3] * 1000, 1), "wall_ms": round(med[4] * 1000, 1)}
    return row, Counter({k: v / repeats for k, v in callers.items()})


def questions(args: argparse.Namespace) -> list[str]:
    if args.file:
        return [json.loads(line)["q"] for line in args.file.read_text().splitlines() if line.strip()]
    return args.ask


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--ask", nargs="*", default=ASKS)
    parser.add_argument("--file", type=Path, help="ask the questions of a QA jsonl file instead")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--by-caller", type=int, default=15)
    parser.add_argument("--json", type=Path, help="also write every row there")
    args = parser.parse_args()
    load = round(os.getloadavg()[0], 1)
    kg, qa, runner = open_answerer(args.data, False, ServerConfig().worker_memory_copy_max_quads, args.workers)
    out, callers = {}, Counter[str]()
    try:
        for question in questions(args):
            qa.answer(question)  # warm: the embedder, caches
        for question in questions(args):
            out[question], by = asked(qa, question, args.repeats)
            callers += by
            print(json.dumps(out[question] | {"q": question}, ensure_ascii=False), flush=True)
    finally:
        close(kg, runner, None, None)
    total = {k: round(sum(r[k] for r in out.values()) / len(out), 1) for k in next(iter(out.values()))}
    print(json.dumps({"mean_per_answer": total, "load_1m": [load, round(os.getloadavg()[0], 1)]}))
    for name, n in callers.most_common(args.by_caller):
        print(f"  {n / len(out):6.2f} per answer  {name}")
    if args.json:
        args.json.write_text(json.dumps({"rows": out, "mean": total, "callers": dict(callers)}, ensure_ascii=False))


if __name__ == "__main__":
    main()
