"""Fit the distinctiveness a window must carry to be read as one entity's name (search.qa_described).

Reads bench/qa-described-calibration.jsonl ({"question", "span" read as unheld, "expect": the entity's zh
label or null}; questions the tests and dev sets do not use), reads every span in its question with the real
engine, and prints the middle of the plateau of ``min_weight`` values that get the most cases right (the cases sit at
both of its edges: one distinctive Han part weighs log(entities), a word of many names next to nothing) (a null case is right
when nothing is read) — the grid's plateau is printed too. The result goes into
search.qa_config.QAConfig.described_min_weight.

    python bench/calibrate_qa_described.py [--data DIR] [--set FILE]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.calibrate_qa_link import engine_and_cases
from search.qa_described import Described
from search.text import normalize
from search.understand_lexicon import Lexicon

GRID = [x / 4 for x in range(41)]


def main(argv=None) -> None:
    engine, cases = engine_and_cases(__doc__.splitlines()[0], HERE / "qa-described-calibration.jsonl", argv)
    described = Described(engine.catalogue, Lexicon(engine.catalogue), 0.0)
    read = [(c, described.read(normalize(c["question"]), normalize(c["span"]))) for c in cases]
    scores = {w: sum(_right(c, r, w) for c, r in read) for w in GRID}
    best = max(scores.values())
    plateau = [w for w in GRID if scores[w] == best]
    middle = plateau[len(plateau) // 2]
    print(f"described_min_weight={middle}: {best}/{len(cases)} right (plateau {plateau[0]}–{plateau[-1]})")
    for c, r in read:
        if not _right(c, r, middle):
            print("  wrong:", c["question"], c["expect"], r and (r.doc.label, round(r.weight, 2)))


def _right(case: dict, reading, min_weight: float) -> bool:
    label = reading.doc.label if reading is not None and reading.weight >= min_weight else None
    return label == case["expect"]


if __name__ == "__main__":
    main()
