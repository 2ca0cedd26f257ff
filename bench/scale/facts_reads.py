"""Reads of the facts (search.qa_fact_tables) as round 38 made them and as they are made now, side by side on one store.

    python bench/scale/facts_reads.py DATA_DIR [--rounds N]

The participation spans: round 38's one query (its statements' values looked up per statement, the spans joined by
SPANS, ``ORDER BY ?start``) against ``participation_spans`` (hash-joined subqueries, unsorted; each participation's
spans sorted in Python). The events organisations acted in: round 38's ACTED (patterns, FILTER NOT EXISTS) against
the hash-joined one. DATA_DIR: a data directory (its published build is read) or a build directory. Runs each pair
in turn ``--rounds`` times (3) and prints each one's CPU seconds (the least and every round) and whether the two
give the same tables (the same spans for every participation, their starts in the same order; the same events).
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from graph.store import MANIFEST_FILE, current_store_dir, open_build
from search.qa_fact_queries import ACTED, SPANS
from search.qa_fact_tables import participation_spans

# Round 38's query (search/qa_fact_queries.py at b0145a67).
OLD = f"""
SELECT ?s ?o ?doc ?start ?end ?quote WHERE {{
  ?st rdf:predicate cj:participant ; rdf:subject ?s ; rdf:object ?o ; cj:evidence ?ev .
  {{ {SPANS} }}
}} ORDER BY ?start"""
OLD_ACTED = """SELECT DISTINCT ?e WHERE { ?e prov:wasAssociatedWith ?a . ?a a cj:Organization .
  FILTER NOT EXISTS { ?signed cj:signedAt ?e } }"""


def old_spans(kg) -> dict[tuple[str, str], list[tuple]]:
    """Round 38's participation_spans: the rows in the store's order, by their start."""
    spans: dict[tuple[str, str], list[tuple]] = defaultdict(list)
    for row in kg.stream(OLD):
        spans[(row["s"], row["o"])].append((row["doc"], row["start"], row["end"], row["quote"]))
    return spans


def _same_spans(old: dict, new: dict) -> bool:
    return old.keys() == new.keys() and all(
        sorted(old[k]) == sorted(new[k]) and [s[1] for s in old[k]] == [s[1] for s in new[k]] for k in old)


# (what is read, round 38's read, this read, whether two results are the same)
PAIRS = (("participation spans", old_spans, participation_spans, _same_spans),
         ("acted", lambda kg: frozenset(r["e"] for r in kg.stream(OLD_ACTED)),
          lambda kg: frozenset(r["e"] for r in kg.stream(ACTED)), lambda old, new: old == new))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    store = args.data if (args.data / MANIFEST_FILE).is_file() else current_store_dir(args.data)
    kg = open_build(store)
    same = True
    for name, old_read, new_read, alike in PAIRS:
        seconds: dict[str, list[float]] = {"round 38": [], "now": []}
        made: dict[str, Any] = {}
        for _ in range(args.rounds):
            for when, read in (("round 38", old_read), ("now", new_read)):
                cpu = time.process_time()
                made[when] = read(kg)
                seconds[when].append(time.process_time() - cpu)
        print(name)
        for when, times in seconds.items():
            print(f"  {when:9} {min(times):6.3f} s CPU (least of {len(times)}: {', '.join(f'{t:.3f}' for t in times)}), "
                  f"{len(made[when])} rows' keys")
        equal = alike(made["round 38"], made["now"])
        print(f"  ratio {min(seconds['round 38']) / min(seconds['now']):.2f}x; the same: {equal}")
        same = same and equal
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
