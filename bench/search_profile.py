"""Where search time goes at scale: cProfile over the engine benchmark's queries, per way of typing.

    .venv/bin/python bench/search_profile.py [--size 100000] [--cache DIR] [--forms typo,english] [--top 25]

Loads the synthetic engine of bench/search_scale.py (its dense index and pinyin readings from
``--cache``), searches every query once to warm it, then per way of typing profiles
``--rounds`` passes of ``engine.search`` over that form's queries and prints the functions
with the most cumulative time (and the per-query wall-clock p50 of the unprofiled pass
before it, for scale). Profiling slows Python code more than C code: read the shares, not
the absolute times. ``--stages`` prints instead, per way of typing, the CPU p50 of the search
and of its stages run alone (name lookup, dense ranking, lexical ranking, the two fused).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import statistics
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from search_scale import build_engine, query_forms, timed_ms, timed_wall_cpu, warm


def profile_form(engine, queries: list[str], rounds: int, top: int, sort: str) -> str:
    """The top ``top`` functions by ``sort`` over ``rounds`` passes of search over ``queries``."""
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(rounds):
        for q in queries:
            engine.search(q)
    profiler.disable()
    out = io.StringIO()
    pstats.Stats(profiler, stream=out).strip_dirs().sort_stats(sort).print_stats(top)
    return out.getvalue()


def stage_table(engine, forms: dict[str, list[str]], rounds: int) -> list[str]:
    """Per way of typing, CPU p50 ms of the whole search and of each stage alone."""
    def query(q):
        return engine._query(q)

    stages = {"search": engine.search, "names": lambda q: engine._read(query(q), None),
              "dense": lambda q: engine.dense_ranking(query(q), None),
              "lexical": lambda q: engine.lexical_ranking(query(q), None),
              "fused": lambda q: engine._fused(query(q), None)}
    lines = [f"{'CPU p50 ms':<12}" + "".join(f"{name:>9}" for name in stages)]
    for form, queries in forms.items():
        cells = [statistics.median(timed_wall_cpu(call, queries, rounds)[1]) for call in stages.values()]
        lines.append(f"{form:<12}" + "".join(f"{c:>9.3f}" for c in cells))
    return lines


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="synthetic entities")
    parser.add_argument("--cache", type=Path, default=None, help="where the engine's dense index and readings are kept")
    parser.add_argument("--forms", default=None, help="comma-separated ways of typing (default: all but 'all')")
    parser.add_argument("--rounds", type=int, default=2, help="profiled passes per form")
    parser.add_argument("--top", type=int, default=25, help="functions listed per form")
    parser.add_argument("--sort", default="cumulative", help="pstats sort key: cumulative or tottime")
    parser.add_argument("--stages", action="store_true", help="CPU p50 per stage instead of profiles")
    args = parser.parse_args(argv)
    engine, load_s = build_engine(args.size, None, args.cache)
    forms = query_forms(engine.catalogue)
    warm(engine, forms)
    wanted = args.forms.split(",") if args.forms else [f for f in forms if f != "all"]
    print(f"engine at {args.size} synthetic entities, loaded in {load_s:.0f} s")
    if args.stages:
        print("\n".join(stage_table(engine, {f: forms[f] for f in [*wanted, "all"]}, args.rounds)))
        return
    for form in wanted:
        p50 = statistics.median(timed_ms(engine.search, forms[form]))
        print(f"\n=== {form}: {len(forms[form])} queries, search p50 {p50:.2f} ms unprofiled ===")
        print(profile_form(engine, forms[form], args.rounds, args.top, args.sort))


if __name__ == "__main__":
    main()
