"""Question answering's part of the build's index step, measured and fingerprinted on one build.

    nice -n 10 python bench/scale/qa_parts.py DATA_DIR [--queries] [--profile OUT_PREFIX] [--digest]

Opens the published build of DATA_DIR and its catalogue (kept in the build, or composed), then makes
question answering's facts and participation graph (search.qa_prepared.made) and its tables
(search.qa_tables.made) in this process, writing nothing, and prints each one's wall and CPU seconds.

``--queries`` first runs every query the facts are read by alone (its rows drained and converted as
``KnowledgeGraph.stream`` converts them): wall, CPU and rows of each, slowest first: what the store
costs, apart from what Python makes of the rows. ``--profile P`` writes a cProfile of each part to
``P-facts.prof`` and ``P-tables.prof`` and prints its 25 largest functions by own time.
``--no-gc`` turns the cyclic garbage collector off first. ``--digest`` prints a SHA-256 of each part's content (``fingerprint``): run from two checkouts on
one build, equal digests mean the parts made the same state (sets compared as sets, every dict and
list in its order).
"""

from __future__ import annotations

import argparse
import cProfile
import gc
import hashlib
import pstats
import re
import sys
import time
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from graph.config import BuildConfig
from graph.store import KnowledgeGraph, open_store


def fingerprint(value: Any, ordered: bool = True) -> str:
    """A SHA-256 of ``value``'s content: dicts (in their order; sorted when not ``ordered``), lists and
    tuples in their order, sets sorted by their items' fingerprints, objects by their class and
    attributes, the catalogue and its documents by name (they are references,
    search.snapshot.live_catalogue), compiled patterns by their text and functions by their
    qualified name. A dict's order follows the order sets were read in, which follows
    PYTHONHASHSEED: compare ordered digests of runs with one fixed seed."""
    digest = hashlib.sha256()
    _feed(value, digest, {"ordered": ordered})
    return digest.hexdigest()


def _feed(value: Any, digest, seen: dict[str, bool]) -> None:
    from search.documents import Catalogue, EntityDoc

    if value is None or isinstance(value, (bool, int, float, str, bytes)):
        digest.update(f"{type(value).__name__}:{value!r};".encode())
    elif isinstance(value, Catalogue):
        digest.update(b"<catalogue>;")
    elif isinstance(value, EntityDoc):
        digest.update(f"<doc {value.iri}>;".encode())
    elif isinstance(value, re.Pattern):
        digest.update(f"re:{value.pattern!r}:{value.flags};".encode())
    elif callable(value) and hasattr(value, "__qualname__") and not isinstance(value, type):
        digest.update(f"fn:{value.__qualname__};".encode())
    elif isinstance(value, dict) or (hasattr(value, "items") and hasattr(value, "keys")):
        digest.update(b"{")
        if seen["ordered"]:
            for k, v in value.items():
                _feed(k, digest, seen)
                _feed(v, digest, seen)
        else:
            for part in sorted(_fp_small(k, seen) + _fp_small(v, seen) for k, v in value.items()):
                digest.update(part.encode())
        digest.update(b"}")
    elif isinstance(value, (set, frozenset)):
        digest.update(b"set(")
        for part in sorted(_fp_small(v, seen) for v in value):
            digest.update(part.encode())
        digest.update(b")")
    elif isinstance(value, (list, tuple)):
        digest.update(b"[")
        for v in value:
            _feed(v, digest, seen)
        digest.update(b"]")
    elif is_dataclass(value):
        digest.update(f"<{type(value).__qualname__}".encode())
        for f in fields(value):
            digest.update(f.name.encode())
            _feed(getattr(value, f.name), digest, seen)
        digest.update(b">")
    elif hasattr(value, "__dict__") or hasattr(value, "__slots__"):
        attrs = dict(vars(value)) if hasattr(value, "__dict__") else {}
        for slot in getattr(type(value), "__slots__", ()):
            if hasattr(value, slot):
                attrs[slot] = getattr(value, slot)
        digest.update(f"<{type(value).__qualname__}".encode())
        for k in sorted(attrs):
            digest.update(k.encode())
            _feed(attrs[k], digest, seen)
        digest.update(b">")
    else:
        digest.update(f"{type(value).__qualname__}:{value!r};".encode())


def _fp_small(value: Any, seen: dict[str, bool]) -> str:
    """A set item's fingerprint (an item's own text when it is a plain value: most are IRIs)."""
    if isinstance(value, str):
        return "s:" + value
    digest = hashlib.sha256()
    _feed(value, digest, seen)
    return digest.hexdigest()


def timed(name: str, make: Callable[[], Any], profile: str | None) -> Any:
    """``make()``, its wall and CPU printed; profiled into ``profile``.prof when given."""
    profiler = cProfile.Profile() if profile else None
    wall, cpu = time.perf_counter(), time.process_time()
    if profiler:
        profiler.enable()
    value = make()
    if profiler:
        profiler.disable()
    print(f"{name:24s} {time.perf_counter() - wall:8.1f} s wall {time.process_time() - cpu:8.1f} s CPU", flush=True)
    if profiler and profile:
        profiler.dump_stats(f"{profile}.prof")
        pstats.Stats(profiler).sort_stats("tottime").print_stats(25)
    return value


def queries(kg: KnowledgeGraph) -> None:
    """Every query the facts and participation graph are read by, drained alone, slowest first."""
    from search import qa_fact_queries, qa_graph
    from search.documents import PLACE_NAMES
    from search.qa_own_values import DESCRIPTIONS
    from search.qa_yes_no import OWN_VALUES

    named = {n: q for module in (qa_fact_queries, qa_graph) for n, q in vars(module).items()
             if n.isupper() and isinstance(q, str) and "SELECT" in q and "?" in q}
    named.update(PLACE_NAMES=PLACE_NAMES, OWN_VALUES=OWN_VALUES, DESCRIPTIONS=DESCRIPTIONS)
    named["FIGURES"] = named["FIGURES"].replace("?lang", '"zh"')
    bound_at_answer = {"EVIDENCE", "DATE_OF", "PARTIES_OF", "CLASSES_OF", "SIGNED_AT", "INSTANCES_OF", "SIGNING_OF",
                       "SIGNINGS_OF", "COOPERATIONS_OF", "CATEGORY_OF_CLASS"}
    found = []
    for name, query in named.items():
        if name in bound_at_answer:
            continue
        wall, cpu = time.perf_counter(), time.process_time()
        rows = sum(1 for _ in kg.stream(query))
        found.append((time.process_time() - cpu, time.perf_counter() - wall, rows, name))
    for cpu, wall, rows, name in sorted(found, reverse=True):
        print(f"  {cpu:8.2f} s CPU {wall:8.2f} s wall {rows:>9} rows  {name}", flush=True)
    print(f"  {sum(f[0] for f in found):8.2f} s CPU in all")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--queries", action="store_true", help="time every query of the facts alone first")
    parser.add_argument("--profile", help="write cProfiles to PROFILE-facts.prof and PROFILE-tables.prof")
    parser.add_argument("--digest", action="store_true", help="print a SHA-256 of each part's content")
    parser.add_argument("--no-gc", action="store_true", help="the cyclic garbage collector off while the parts are made")
    parser.add_argument("--unordered", action="store_true", help="the digests with every dict's items sorted")
    args = parser.parse_args()
    from search import qa_prepared, qa_tables, snapshot

    kg = open_store(BuildConfig(data_dir=args.data))
    if args.no_gc:
        gc.disable()
    catalogue = timed("catalogue", lambda: snapshot.catalogue(kg), None)
    if args.queries:
        queries(kg)
    prefix = args.profile
    facts, graph = timed("qa facts", lambda: qa_prepared.made(kg, catalogue), prefix and f"{prefix}-facts")
    tables = timed("qa tables", lambda: qa_tables.made(kg, catalogue, facts, graph), prefix and f"{prefix}-tables")
    if args.digest:
        state = qa_prepared._state(facts, graph)
        ordered = not args.unordered
        print(f"digest facts {fingerprint(state['facts'], ordered)}")
        print(f"digest graph {fingerprint(state['graph'], ordered)}")
        for f in fields(tables):
            print(f"digest tables.{f.name} {fingerprint(getattr(tables, f.name), ordered)}")
    kg.close()


if __name__ == "__main__":
    main()
