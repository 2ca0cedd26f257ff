"""Old against new search code, side by side on one synthetic engine, in one run.

    .venv/bin/python bench/search_compare.py --baseline REF [--size 100000] [--cache DIR] [--rounds 4]

Two worker processes load the same synthetic engine (bench/search_scale.py, its dense index
and pinyin readings from ``--cache``): one runs the ``search`` and ``graph`` packages of git
revision REF (exported under the cache directory), the other those of this working tree. The
coordinator has them time autocomplete and search over the same queries in alternating rounds
(old, new, old, new, ...), so that both see the same load on a shared machine, and reports
per way of typing p50/p99 wall clock and CPU for each side and new/old ratios of the p50s;
and how many queries' top-3 results differ between the two.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tarfile
import tempfile
from io import BytesIO
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
DEFAULT_CACHE = Path(tempfile.gettempdir()) / "chanjiao-search-bench"
CALLS = ("autocomplete", "search")


def worker(size: int, cache: Path | None) -> None:
    """Load the engine, then per line on stdin ('round' or 'results') answer one JSON line:
    per call and way of typing, the (wall, cpu) ms of each query; or each query's top 3."""
    from search_scale import build_engine, query_forms, timed_wall_cpu, warm

    engine, load_s = build_engine(size, None, cache)
    forms = {form: queries for form, queries in query_forms(engine.catalogue).items() if form != "all"}
    warm(engine, {"all": [q for queries in forms.values() for q in queries]})
    _answer({"load_s": load_s, "ef_search": engine.config.hnsw_ef_search, "code": sys.modules["search"].__file__})
    calls = {"autocomplete": engine.autocomplete, "search": engine.search}
    for line in sys.stdin:
        if line.strip() == "results":
            _answer({q: [r.id for r in engine.search(q)[:3]] for queries in forms.values() for q in queries})
            continue
        _answer({what: {form: timed_wall_cpu(call, queries) for form, queries in forms.items()}
                 for what, call in calls.items()})


def _answer(payload) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def export(ref: str, into: Path, paths: tuple[str, ...] = ("search", "graph")) -> Path:
    """The ``paths`` (by default the ``search`` and ``graph`` packages; none: the whole tree) of git
    revision ``ref``, extracted under ``into``."""
    sha = subprocess.run(["git", "-C", str(REPO), "rev-parse", ref], check=True, capture_output=True,
                         text=True).stdout.strip()
    tree = into / f"tree-{sha[:12]}{'' if paths else '-all'}"
    if not tree.is_dir():
        archive = subprocess.run(["git", "-C", str(REPO), "archive", sha, *paths], check=True,
                                 capture_output=True).stdout
        with tarfile.open(fileobj=BytesIO(archive)) as tar:
            tar.extractall(tree, filter="data")
    return tree


class Worker:
    """One worker process running ``command`` over the code in ``tree`` (its PYTHONPATH and directory),
    with ``env`` added to the environment; it answers each line on stdin with one JSON line."""

    def __init__(self, command: list[str], tree: Path, env: dict[str, str] | None = None):
        self.process = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                        env=dict(os.environ, PYTHONPATH=str(tree), **(env or {})), cwd=tree)
        self.info: dict = {}

    def ready(self) -> Worker:
        """This worker once it has loaded its engine."""
        self.info = self._read()
        return self

    def ask(self, command: str):
        assert self.process.stdin is not None
        self.process.stdin.write(command + "\n")
        self.process.stdin.flush()
        return self._read()

    def _read(self):
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError(f"worker exited with {self.process.wait()}")
        return json.loads(line)

    def close(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.close()
        self.process.wait()


def merge(rounds: list[dict]) -> dict:
    """Per call and way of typing (and 'all'), the wall and CPU ms of every query of every round."""
    out: dict = {}
    for timings in rounds:
        for what, forms in timings.items():
            for form, (wall, cpu) in forms.items():
                for key in (form, "all"):
                    slot = out.setdefault(what, {}).setdefault(key, ([], []))
                    slot[0].extend(wall)
                    slot[1].extend(cpu)
    for forms in out.values():
        forms["all"] = forms.pop("all")  # last, after the ways of typing
    return out


def p(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1] if q != 50 else statistics.median(values)


def table(old: dict, new: dict) -> list[str]:
    """Per call and way of typing: old and new p50/p99 wall clock, CPU p50, and new/old of the p50s."""
    lines = []
    for what in CALLS:
        lines += ["", f"{what:<12}{'old p50':>9}{'new p50':>9}{'ratio':>7}{'old p99':>9}{'new p99':>9}"
                      f"{'old cpu':>9}{'new cpu':>9}{'ratio':>7}"]
        for form, (wall, cpu) in old[what].items():
            nwall, ncpu = new[what][form]
            lines.append(f"{form:<12}{p(wall, 50):>9.2f}{p(nwall, 50):>9.2f}{p(nwall, 50) / p(wall, 50):>7.2f}"
                         f"{p(wall, 99):>9.2f}{p(nwall, 99):>9.2f}{p(cpu, 50):>9.2f}{p(ncpu, 50):>9.2f}"
                         f"{p(ncpu, 50) / p(cpu, 50):>7.2f}")
    return lines


def arguments(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--baseline", default="HEAD", help="git revision of the old code (default HEAD)")
    parser.add_argument("--size", type=int, default=100_000, help="synthetic entities")
    parser.add_argument("--cache", type=Path, default=DEFAULT_CACHE, help="where the engine and old code are kept")
    parser.add_argument("--rounds", type=int, default=4, help="timed rounds per side, alternating")
    parser.add_argument("--out", type=Path, help="also write the table to this file")
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    return parser.parse_args(argv)


def compare(args: argparse.Namespace) -> tuple[Worker, Worker, dict[str, list], tuple[dict, dict]]:
    """The old and the new worker (closed once done), each one's timings of ``args.rounds`` alternating
    rounds ({"old": [...], "new": [...]}), and each one's top-3 results per query."""
    sys.path.insert(0, str(REPO))
    from search_scale import cache_dir

    from search import SearchConfig

    # both load at once when the dense index is cached; else the first builds it, the second loads it
    cached = (cache_dir(args.cache, args.size, SearchConfig()) / "manifest.json").is_file()
    command = [sys.executable, str(BENCH / "search_compare.py"), "--worker", "--size", str(args.size), "--cache",
               str(args.cache)]
    old = Worker(command, export(args.baseline, args.cache))
    new = Worker(command, REPO) if cached else None
    old.ready()
    new = (new or Worker(command, REPO)).ready()
    runs: dict[str, list] = {"old": [], "new": []}
    for _ in range(args.rounds):
        for side, w in (("old", old), ("new", new)):
            runs[side].append(w.ask("round"))
    answers = old.ask("results"), new.ask("results")
    old.close()
    new.close()
    return old, new, runs, answers


def summary(args: argparse.Namespace, old: Worker, new: Worker, runs: dict[str, list],
            answers: tuple[dict, dict]) -> list[str]:
    """The report: the command, both engines, the table of timings, and the queries whose top 3 differ."""
    differ = [q for q in answers[0] if answers[0][q] != answers[1][q]]
    return [f"# python bench/search_compare.py --baseline {args.baseline} --size {args.size} --rounds {args.rounds}",
            f"engine at {args.size} synthetic entities, loaded in {old.info['load_s']:.0f} s (old) and "
            f"{new.info['load_s']:.0f} s (new); efSearch old {old.info['ef_search']}, new {new.info['ef_search']}; "
            f"{args.rounds} alternating rounds per side; ms, wall clock and CPU; ratio = new / old",
            f"old code: {old.info['code']}; new code: {new.info['code']}",
            *table(merge(runs["old"]), merge(runs["new"])), "",
            f"top-3 results differ for {len(differ)} of {len(answers[0])} queries" + (f": {differ[:10]}" if differ else "")]


def main(argv=None) -> None:
    args = arguments(argv)
    if args.worker:
        return worker(args.size, args.cache)
    args.cache.mkdir(parents=True, exist_ok=True)
    text = "\n".join(summary(args, *compare(args)))
    print(text)
    if args.out:
        args.out.write_text(text + "\n", encoding="utf-8")

if __name__ == "__main__":
    main()
