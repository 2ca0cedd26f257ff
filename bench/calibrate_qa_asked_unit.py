"""Fit how near in meaning the unit of an answered figure must lie to the unit a how-word asks a figure in, held nowhere
in the graph, for that unit to be the measure asked and no head left unaccounted
(search.qa_readings.CoverageConfig.unit_similarity, search.qa_asked_unit): "how many learners" answered with the
1,000 people is kept; "how many spectators came" is left to the measured-head check, which refuses it.

Reads the TUNE half's sets (the question files given; never the CHECK half, the held-out or the frozen sets), answers
each question once with every unit near (-1), keeps those the check reaches (a unit asked held nowhere, a figure
answering), answers those again with none near (2: the answer without this stage), and sweeps the threshold: a case
whose kinship reaches it is judged by its first answer, one below by its second, as ``chanjiao eval ask`` judges.
Prints each case and the threshold with the most right: the middle of the gap between the kinships the best plateau
lies in.

    . /work/notes/scripts/sets.sh; python bench/calibrate_qa_asked_unit.py [--data DIR] $TUNE
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.calibrate_qa_measured_head import GRID, widest_gap
from search.qa_config import DEFAULT_CONFIG
from search.qa_eval import judge, load_qa_cases


def answerer(engine, kg, similarity: float):
    """The answerer with ``unit_similarity`` set."""
    from search.qa import QuestionAnswerer

    return QuestionAnswerer(kg, engine, replace(DEFAULT_CONFIG, coverage=replace(DEFAULT_CONFIG.coverage, unit_similarity=similarity)))


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("sets", nargs="+", help="the TUNE half's question files")
    args = parser.parse_args(argv)
    import cli

    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    near, far = answerer(engine, kg, -1.0), answerer(engine, kg, 2.0)
    seen = []  # (kinship, right when near, right when far)
    for path in args.sets:
        for case in load_qa_cases(path):
            answer = near.answer(case.q).to_dict()
            kinship = answer["understanding"].get("unit_kinship")
            if kinship is not None:
                seen.append((kinship, not judge(case, answer), not judge(case, far.answer(case.q).to_dict())))
                print(f"{kinship:>6} {'empty' if case.expect_empty else 'answerable'} near {'right' if seen[-1][1] else 'wrong'}, "
                      f"far {'right' if seen[-1][2] else 'wrong'}: {case.q}")
    if not seen:
        return
    scores = [(sum(on if k >= t else off for k, on, off in seen), t) for t in GRID]
    print(f"best unit_similarity: {widest_gap(scores, [k for k, _, _ in seen], len(seen))}")


if __name__ == "__main__":
    main()
