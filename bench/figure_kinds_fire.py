"""How often the measure words of a figure (search.qa_figure_kinds) change the figure a question is given, on each
development set, and how often the answer is then right.

It fires on a question when FactFinder.best_quantity chooses another figure with the figures' measure words than
without them. Per set it prints the firings and how many of those are right; ``--show`` prints each firing.

    python bench/figure_kinds_fire.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from qa_fires import opened
from search.qa_eval import judge, load_qa_cases
from search.qa_fact_indexes import INDEXED_ATTRIBUTE
from search.understand import understand


class _Silent:
    """Measure words that name nothing: the choice without them."""

    def bonus(self, u, among=None) -> dict[str, float]:
        return {}


def main(argv: list[str] | None = None) -> int:
    args, qa = opened(__doc__.split("\n")[0], argv)
    facts, totals = qa.facts, [0, 0, 0]
    facts.index()
    indexed = vars(facts)[INDEXED_ATTRIBUTE]
    for path in args.sets:
        counts = [0, 0, 0]  # questions, fired, right
        for case in load_qa_cases(path):
            u = understand(case.q, qa.lexicon)
            chosen = facts.best_quantity(u)
            kept, indexed["measure words"] = indexed["measure words"], _Silent()
            plain = facts.best_quantity(u)
            indexed["measure words"] = kept
            fired = (chosen or ("",))[0] != (plain or ("",))[0]
            right = fired and not judge(case, qa.answer(case.q).to_dict())
            counts = [counts[0] + 1, counts[1] + fired, counts[2] + right]
            if args.show and fired:
                print(f"    {'right' if right else 'WRONG'} {case.q}")
        print(f"{Path(path).name}: {counts[0]} questions; fired {counts[1]}, right {counts[2]}")
        totals = [t + c for t, c in zip(totals, counts)]
    print(f"all: {totals[0]} questions; fired {totals[1]}, right {totals[2]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
