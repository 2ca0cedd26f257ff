"""The tables part's two costliest reads (search.qa_sentences.CITED_FACTS, search.qa_own_words.VALUES_OF) against
forms of them that give the same rows: CPU seconds of each (least of N rounds, rows read and converted), whether
the rows are the same, and what the store's side alone costs (the same pattern counted, nothing converted).

    nice -n 10 python bench/scale/tables_reads.py DATA [--rounds N]

DATA is a data directory (its published build) or a build directory. Run from the checkout measured.
"""

from __future__ import annotations

import argparse
import functools
import sys
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from graph.store import MANIFEST_FILE, KnowledgeGraph, open_build, open_store
from graph.config import BuildConfig
from graph.terms import iri
from search.qa_fact_queries import STATEMENT_PARTS
from search.qa_own_words import OWN_PROPERTIES, VALUES_OF
from search.qa_sentences import CITED_FACTS

# CITED_FACTS's statement parts as it writes them (search.qa_sentences), to be written in another order
CITED_PARTS = f"{STATEMENT_PARTS['ev']} {STATEMENT_PARTS['s']}\n  {STATEMENT_PARTS['p']} {STATEMENT_PARTS['o']}"


def _cited(order: str) -> str:
    """CITED_FACTS with its statement parts' subqueries in ``order`` (e.g. "ev p o s")."""
    if CITED_PARTS not in CITED_FACTS:
        raise SystemExit("CITED_FACTS no longer writes its parts as this bench expects")
    return CITED_FACTS.replace(CITED_PARTS, " ".join(STATEMENT_PARTS[n] for n in order.split()))


def _counted(query: str, head: str) -> str:
    """``query`` with its projection ``head`` replaced by a count: the store's side alone."""
    return query.replace(head, "SELECT (COUNT(*) AS ?n)", 1)


def _rows(kg: KnowledgeGraph, query: str) -> list[tuple]:
    return [tuple(str(v) for v in row.values()) for row in kg.stream(query)]


def _least(rounds: int, read: Callable[[], list[tuple]]) -> tuple[float, list[tuple]]:
    best, rows = float("inf"), []
    for _ in range(rounds):
        started = time.process_time()
        rows = read()
        best = min(best, time.process_time() - started)
    return best, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    kg = open_build(args.data) if (args.data / MANIFEST_FILE).is_file() else open_store(BuildConfig(data_dir=args.data))
    properties = " ".join(iri(r["p"]).n3() for r in kg.stream(OWN_PROPERTIES))
    values_of = VALUES_OF.format(properties=properties)
    forms = {
        "CITED_FACTS": CITED_FACTS,
        "CITED_FACTS DISTINCT": CITED_FACTS.replace("SELECT ?ev", "SELECT DISTINCT ?ev", 1),
        "CITED_FACTS parts ev p o s": _cited("ev p o s"),
        "CITED_FACTS parts s p o ev": _cited("s p o ev"),
        "CITED_FACTS counted": _counted(CITED_FACTS, "SELECT ?ev ?s ?cites ?english"),
        "VALUES_OF": values_of,
        "VALUES_OF counted": _counted(values_of, "SELECT ?x ?v"),
        "VALUES_OF counted, no filter": _counted(values_of, "SELECT ?x ?v").replace(". FILTER(isLiteral(?v))", ""),
    }
    seen: dict[str, set[tuple]] = {}
    for name, query in forms.items():
        cpu, rows = _least(args.rounds, functools.partial(_rows, kg, query))
        family = name.split()[0]
        same = "" if "counted" in name else ("same set of rows" if seen.setdefault(family, set(rows)) == set(rows) else "OTHER ROWS")
        print(f"{name:32s} {cpu:7.3f} s CPU {len(rows):9d} rows  {same}", flush=True)
    kg.close()


if __name__ == "__main__":
    main()
