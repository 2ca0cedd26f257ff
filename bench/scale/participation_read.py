"""The facts' participation spans read as round 38 read them (one query, its statements' values looked up per
statement, the spans joined by SPANS, ``ORDER BY ?start``) and as search.qa_fact_tables.participation_spans reads
them now (hash-joined subqueries, unsorted; each participation's spans sorted in Python), side by side on one store.

    python bench/scale/participation_read.py DATA_DIR [--rounds N]

DATA_DIR: a data directory (its published build is read) or a build directory. Runs the two in turn ``--rounds``
times (3) and prints each one's CPU seconds (the least and every round) and whether the two give the same spans
for every participation (the same set, each one's starts in the same order).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.store import MANIFEST_FILE, current_store_dir, open_build
from search.qa_fact_queries import SPANS
from search.qa_fact_tables import participation_spans

# Round 38's query (search/qa_fact_queries.py at b0145a67).
OLD = f"""
SELECT ?s ?o ?doc ?start ?end ?quote WHERE {{
  ?st rdf:predicate cj:participant ; rdf:subject ?s ; rdf:object ?o ; cj:evidence ?ev .
  {{ {SPANS} }}
}} ORDER BY ?start"""


def old_spans(kg) -> dict[tuple[str, str], list[tuple]]:
    """Round 38's participation_spans: the rows in the store's order, by their start."""
    spans: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for row in kg.stream(OLD):
        spans[(row["s"], row["o"])].append((row["doc"], row["start"], row["end"], row["quote"]))
    return spans


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    store = args.data if (args.data / MANIFEST_FILE).is_file() else current_store_dir(args.data)
    kg = open_build(store)
    seconds: dict[str, list[float]] = {"round 38": [], "now": []}
    made = {}
    for _ in range(args.rounds):
        for name, read in (("round 38", old_spans), ("now", participation_spans)):
            cpu = time.process_time()
            made[name] = read(kg)
            seconds[name].append(time.process_time() - cpu)
    for name, times in seconds.items():
        print(f"{name:9} {min(times):6.2f} s CPU (least of {len(times)}: {', '.join(f'{t:.2f}' for t in times)}), "
              f"{sum(map(len, made[name].values()))} spans of {len(made[name])} participations")
    old, new = made["round 38"], made["now"]
    same = old.keys() == new.keys() and all(sorted(old[k]) == sorted(new[k]) and [s[1] for s in old[k]] ==
                                            [s[1] for s in new[k]] for k in old)
    print(f"ratio {min(seconds['round 38']) / min(seconds['now']):.2f}x; same spans, by start: {same}")
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
