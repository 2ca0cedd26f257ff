"""Calibrate the relevance floor (SearchConfig.floor_coverage, floor_cosine, floor_combined, floor_distinctive).

    python -m search.calibrate CASES.jsonl [--data DIR]

Cases are search-evaluation records ({"q", "expect"}; expect null for a query that should
find nothing). For every triple of thresholds on a grid, a case with an expected entity counts
as kept when that entity passes the floor within the top HIT_DEPTH of what passes; a null
case counts when nothing passes. The triple with the best balanced accuracy (mean of the two
rates) wins; among ties, the one in the middle of the tied region (furthest from losing).
The distinctive-part threshold is chosen first (the other three as configured), then the
three on their grid with it. The floor is judged on evidence that does not depend on the
thresholds, so each query is ranked once.
"""

from __future__ import annotations

import argparse
import itertools
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from search import relevance
from search.evaluate import HIT_DEPTH, Case, load_cases
from search.relevance import Floor
from search.text import normalize

COVERAGES = tuple(round(x, 2) for x in np.arange(0.3, 1.01, 0.1))
COSINES = tuple(round(x, 2) for x in np.arange(0.3, 0.61, 0.02))
COMBINED = tuple(round(x, 2) for x in np.arange(0.5, 1.31, 0.05))
DISTINCTIVES = tuple(round(x, 2) for x in np.arange(0.0, 1.01, 0.05))


@dataclass(frozen=True)
class Calibration:
    floor: Floor
    kept: float  # share of cases with an expected entity that keep it in the top HIT_DEPTH
    empty: float  # share of null cases left empty
    grid: dict  # (coverage, cosine) -> balanced accuracy


def _candidates(engine, case: Case):
    q, names, _ = engine.read(case.q)
    return [(engine.catalogue.docs[d], evidence) for d, _, evidence in engine.scored(q, None, names)]


def _outcome(candidates, case: Case, floor: Floor) -> bool:
    passing = (doc for doc, evidence in candidates if relevance.passes(evidence, doc, floor))
    if case.expect is None:
        return next(passing, None) is None
    wanted = normalize(case.expect)
    return any(wanted in normalize(doc.label) for doc in itertools.islice(passing, HIT_DEPTH))


def calibrate(engine, cases: list[Case]) -> Calibration:
    """The floor with the best balanced accuracy on ``cases`` (see the module docstring): the
    distinctive-part threshold first, with the engine's other thresholds, then those three."""
    runs = [(case, _candidates(engine, case)) for case in cases]
    c = engine.config
    first = _best(runs, [(c.floor_coverage, c.floor_cosine, c.floor_combined, d) for d in DISTINCTIVES])
    return _best(runs, [(*key, first.floor.distinctive) for key in itertools.product(COVERAGES, COSINES, COMBINED)])


def _best(runs, keys) -> Calibration:
    """Of the floors ``keys``, the one with the best balanced accuracy, in the middle of the ties."""
    grid, rates = {}, {}
    for key in keys:
        floor = Floor(*key)
        hits = [(case.expect is None, _outcome(c, case, floor)) for case, c in runs]
        kept = _rate([h for null, h in hits if not null])
        empty = _rate([h for null, h in hits if null])
        grid[key] = (kept + empty) / 2
        rates[key] = (kept, empty)
    best = max(grid.values())
    tied = [key for key, score in grid.items() if score == best]
    centre = np.mean(tied, axis=0)
    choice = min(tied, key=lambda key: float(np.sum((np.array(key) - centre) ** 2)))
    return Calibration(Floor(*choice), *rates[choice], grid)


def _rate(hits: list[bool]) -> float:
    return sum(hits) / len(hits) if hits else 1.0


def main(argv: list[str] | None = None) -> None:
    from graph.config import BuildConfig
    from graph.store import open_graph
    from search import SearchEngine
    from search.config import SEARCH_INDEX_DIR

    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("cases")
    p.add_argument("--data", default="data")
    args = p.parse_args(argv)
    config = BuildConfig(data_dir=Path(args.data))
    engine = SearchEngine.open(open_graph(config.data_dir), index_dir=config.data_dir / SEARCH_INDEX_DIR)
    result = calibrate(engine, load_cases(args.cases))
    print(f"floor_coverage={result.floor.coverage} floor_cosine={result.floor.cosine} "
          f"floor_combined={result.floor.combined} floor_distinctive={result.floor.distinctive} "
          f"kept={result.kept:.3f} empty={result.empty:.3f} balanced={(result.kept + result.empty) / 2:.3f}")


if __name__ == "__main__":
    main()
