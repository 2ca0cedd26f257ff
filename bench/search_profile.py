"""Where search time goes at scale: cProfile over the engine benchmark's queries, per way of typing.

    .venv/bin/python bench/search_profile.py [--size 100000] [--cache DIR] [--forms typo,english] [--top 25]

Loads the synthetic engine of bench/search_scale.py (its dense index and pinyin readings from
``--cache``), searches every query once to warm it, then per way of typing profiles
``--rounds`` passes of ``engine.search`` over that form's queries and prints the functions
with the most cumulative time (and the per-query wall-clock p50 of the unprofiled pass
before it, for scale). Profiling slows Python code more than C code: read the shares, not
the absolute times.
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

from search_scale import build_engine, query_forms, timed_ms, warm


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


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=100_000, help="synthetic entities")
    parser.add_argument("--cache", type=Path, default=None, help="where the engine's dense index and readings are kept")
    parser.add_argument("--forms", default=None, help="comma-separated ways of typing (default: all but 'all')")
    parser.add_argument("--rounds", type=int, default=2, help="profiled passes per form")
    parser.add_argument("--top", type=int, default=25, help="functions listed per form")
    parser.add_argument("--sort", default="cumulative", help="pstats sort key: cumulative or tottime")
    args = parser.parse_args(argv)
    engine, load_s = build_engine(args.size, None, args.cache)
    forms = query_forms(engine.catalogue)
    warm(engine, forms)
    wanted = args.forms.split(",") if args.forms else [f for f in forms if f != "all"]
    print(f"engine at {args.size} synthetic entities, loaded in {load_s:.0f} s")
    for form in wanted:
        p50 = statistics.median(timed_ms(engine.search, forms[form]))
        print(f"\n=== {form}: {len(forms[form])} queries, search p50 {p50:.2f} ms unprofiled ===")
        print(profile_form(engine, forms[form], args.rounds, args.top, args.sort))


if __name__ == "__main__":
    main()
