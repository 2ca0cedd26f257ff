"""Fit the evidence reader's weights (search.qa_reader.ReaderConfig: dense_weight, kin_similarity, min_score).

Reads bench/qa-reader-calibration.jsonl: dev questions the structured reading answers with nothing and no
refusal (so the reader is asked), answerable and empty, none used by the tests. For each dense weight and
each kinship of a noun asked to a kind (kin_similarity) it
answers every question with no score floor, keeps each reading's score and whether its answer is right
(search.qa_eval.judge), and counts for each floor how many questions end right: a reading below the floor
leaves the question unanswered, right only when it expects nothing. Honesty first: a floor at which any
question expecting nothing is answered is never chosen (its count is printed as -1). Prints the grid and
the best: the widest run of floors reaching the best count (the least fragile), its middle floor.

    python bench/calibrate_qa_reader.py [--data DIR]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from itertools import product
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import cli
from search.qa import QuestionAnswerer
from search.qa_config import DEFAULT_CONFIG
from search.qa_eval import judge, load_qa_cases
from search.qa_reader import ReaderConfig

WEIGHTS = (1.0, 2.0, 3.0)
UNKNOWN = (1.0,)
KIN = (0.55, 0.6, 0.65)
FLOORS = tuple(round(0.05 * i, 2) for i in range(4, 41))


def readings(kg, engine, cases, weight: float, unknown: float, kin: float) -> list[tuple[float | None, bool]]:
    """(the reading's score or None, whether its answer is right) per case, answered with no floor."""
    reader = ReaderConfig(dense_weight=weight, unknown_share=unknown, kin_similarity=kin, min_score=float("-inf"))
    config = replace(DEFAULT_CONFIG, reader=reader)
    qa = QuestionAnswerer(kg, engine, config)
    out = []
    for case in cases:
        answer = qa.answer(case.q).to_dict()
        read = answer["understanding"].get("reader")
        out.append((read["score"] if read else None, not judge(case, answer)))
    return out


def right_at(found: list[tuple[float | None, bool]], cases, floor: float) -> int:
    """How many cases end right when readings below ``floor`` are dropped; -1 when a case expecting nothing is answered."""
    read = [(score is not None and score >= floor, ok, case) for (score, ok), case in zip(found, cases)]
    if any(kept and case.expect_empty for kept, _, case in read):
        return -1
    return sum(ok if kept else case.expect_empty for kept, ok, case in read)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--set", default=str(HERE / "qa-reader-calibration.jsonl"))
    args = parser.parse_args(argv)
    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    cases = load_qa_cases(args.set)
    grid = {}
    for weight, unknown, kin in product(WEIGHTS, UNKNOWN, KIN):
        found = readings(kg, engine, cases, weight, unknown, kin)
        grid[(weight, unknown, kin)] = counts = [right_at(found, cases, floor) for floor in FLOORS]
        print(f"dense_weight {weight} unknown_share {unknown} kin_similarity {kin}: " + " ".join(f"{f}:{n}" for f, n in zip(FLOORS, counts)))
    top = max(max(counts) for counts in grid.values())
    # the widest run of floors reaching the best (the least fragile), its middle floor; ties: the lower weight, the
    # stricter kinship
    runs = {key: _widest(counts, top) for key, counts in grid.items()}
    (weight, unknown, kin), (start, end) = max(runs.items(), key=lambda kv: (kv[1][1] - kv[1][0], -kv[0][0], kv[0][1], kv[0][2]))
    floor = FLOORS[(start + end) // 2]
    print(f"best: {top}/{len(cases)} right (nothing read: {sum(c.expect_empty for c in cases)}); dense_weight {weight}, "
          f"unknown_share {unknown}, kin_similarity {kin}, min_score {floor} (floors {FLOORS[start]}-{FLOORS[end]} reach it)")


def _widest(counts: list[int], top: int) -> tuple[int, int]:
    """The first and last index of the longest run of ``counts`` equal to ``top`` ((0, -1) when none)."""
    best, start = (0, -1), None
    for i, n in enumerate([*counts, -1]):
        if n == top and start is None:
            start = i
        elif n != top and start is not None:
            best = max(best, (start, i - 1), key=lambda r: r[1] - r[0])
            start = None
    return best


if __name__ == "__main__":
    main()
