"""Fit how clearly a cooperation's own words must win for the parties-by-kind reading (search.qa_project_parties:
PartiesConfig.min_coverage, min_ratio).

Reads bench/qa-parties-calibration.jsonl: the stranger dev sets' questions of the classes the reading serves
(two answer types, linking, lookup, two hops, negation, who) and every question expecting nothing; none is used
by the tests. Each is answered twice: with no floor and no ratio (the reading takes every cooperation its words
rank first), keeping the top share and how many times the next's it is, and with the reading described by words switched
off. For each floor and ratio a question counts right as the first answer when its score clears both, else as
the second. Honesty first: a pair at which the reading answers a question expecting nothing counts -1. Prints
the grid and the best: the floors reaching the best count, their middle; at it, of the ratios reaching it, the
lowest one a grid step above the honesty edge (the highest ratio answering a question expecting nothing): above
the plateau's foot nothing in the data tells ratios apart, and a higher one only fires less on the next
stranger's question (round 20: readings calibrated so cautiously that they never fire fix nothing).

    python bench/calibrate_qa_project_parties.py [--data DIR]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import cli
from search.qa import QuestionAnswerer
from search.qa_config import DEFAULT_CONFIG
from search.qa_eval import judge, load_qa_cases
from search.qa_project_parties import PartiesConfig

FLOORS = tuple(round(0.05 * i, 2) for i in range(15))
RATIOS = tuple(round(1.0 + 0.25 * i, 2) for i in range(17))
NEVER = float("inf")


def answered(kg, engine, cases, parties: PartiesConfig) -> list[tuple[bool, float, float, bool]]:
    """Per case: whether the reading answered, the best share and how many times the next's it is when it ranked
    cooperations, right or not."""
    qa = QuestionAnswerer(kg, engine, replace(DEFAULT_CONFIG, parties=parties))
    reading, ranked = qa.project_parties, qa.project_parties.ranked
    seen: list[list[tuple[str, float]]] = []
    fired: list[bool] = []

    def spied_ranked(u):
        seen.append(found := ranked(u))
        return found

    def spied_answer(form, answer=reading.answer):
        fired.append((got := answer(form)) is not None)
        return got

    reading.ranked, reading.answer = spied_ranked, spied_answer  # type: ignore[method-assign]
    out = []
    for case in cases:
        seen.clear(), fired.clear()
        ok = not judge(case, qa.answer(case.q).to_dict())
        top = seen[-1] if seen else []
        best = top[0][1] if top else NEVER  # named outright: no score to clear
        lead = best / max(top[1][1], 1e-9) if len(top) > 1 else NEVER
        out.append((any(fired), best, lead, ok))
    return out


def right_at(on, off, cases, floor: float, ratio: float) -> int:
    """How many cases end right at ``floor`` and ``ratio``; -1 when the reading answers a case expecting nothing."""
    total = 0
    for (fired, best, lead, ok_on), (_, _, _, ok_off), case in zip(on, off, cases):
        taken = fired and best >= floor and lead >= ratio
        if taken and case.expect_empty and not ok_on:
            return -1
        total += ok_on if taken else ok_off
    return total


PARSER = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
PARSER.add_argument("--data", default=None, help="the data directory built (the default: the project's)")
PARSER.add_argument("--set", default=str(HERE / "qa-parties-calibration.jsonl"), help="the calibration questions")


def main(argv=None) -> None:
    args = PARSER.parse_args(argv)
    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    cases = load_qa_cases(args.set)
    on = answered(kg, engine, cases, PartiesConfig(min_coverage=0.0, min_ratio=0.0))
    off = answered(kg, engine, cases, PartiesConfig(min_coverage=NEVER, min_ratio=NEVER))
    grid = {(f, r): right_at(on, off, cases, f, r) for f in FLOORS for r in RATIOS}
    for f in FLOORS:
        print(f"min_coverage {f}: " + " ".join(f"{r}:{grid[(f, r)]}" for r in RATIOS))
    top = max(grid.values())
    floors = [f for f in FLOORS if any(grid[(f, r)] == top for r in RATIOS)]
    floor = floors[len(floors) // 2]
    ratios = [r for r in RATIOS if grid[(floor, r)] == top]
    edge = max((r for r in RATIOS if grid[(floor, r)] < 0), default=None)
    ratio = next((r for r in ratios if edge is None or r > RATIOS[RATIOS.index(edge) + 1]), ratios[len(ratios) // 2])
    print(f"best: {top}/{len(cases)} right; min_coverage {floor} (floors {floors[0]}-{floors[-1]} reach it), "
          f"min_ratio {ratio} (ratios {ratios[0]}-{ratios[-1]})")


if __name__ == "__main__":
    main()
