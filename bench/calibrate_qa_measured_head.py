"""Fit how near in meaning an answer must lie to the head a how-word asks the measure of, when the graph holds that head
nowhere and the answer leaves it unaccounted (search.qa_readings.CoverageConfig.measured_similarity): "how large was the
crowd" answered with a figure of students is refused, "how big was the outlay" answered with the investment is kept.

Reads bench/qa-measured-head-calibration.jsonl (wordings of our own, answerable with a word the graph holds nowhere
and empty; no test reads them), answers each once with the refusal off, and sweeps the threshold: a refused answer
is right when the case expects none and wrong otherwise; one kept is judged as ``chanjiao eval ask`` judges it.
Prints each case's kinship and the threshold with the most right: the middle of the gap between the kinships the
best plateau lies in (the widest margin to either side: the few cases reaching this refusal leave the plateau wide).

    python bench/calibrate_qa_measured_head.py [--data DIR] [--set FILE]
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from search.qa_config import DEFAULT_CONFIG
from search.qa_eval import judge, load_qa_cases

GRID = [x / 20 for x in range(-4, 17)]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--set", default=str(HERE / "qa-measured-head-calibration.jsonl"))
    args = parser.parse_args(argv)
    import cli
    from search.qa import QuestionAnswerer

    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    config = replace(DEFAULT_CONFIG, coverage=replace(DEFAULT_CONFIG.coverage, measured_similarity=-1.0))
    qa = QuestionAnswerer(kg, engine, config)
    seen = []
    for case in load_qa_cases(args.set):
        answer = qa.answer(case.q).to_dict()
        kinship = answer["understanding"].get("measured_kinship")
        seen.append((case, not judge(case, answer), kinship))
        print(f"{kinship!s:>6} {'empty' if case.expect_empty else 'answerable'} {'right' if seen[-1][1] else 'wrong'}: {case.q}")
    scores = [(sum(case.expect_empty if k is not None and k < t else ok for case, ok, k in seen), t) for t in GRID]
    print(f"best measured_similarity: {widest_gap(scores, [k for _, _, k in seen if k is not None], len(seen))}")


def widest_gap(scores: list[tuple[int, float]], kinships: list[float], cases: int) -> str:
    """The threshold with the most right of ``scores`` ((right, threshold) over GRID): the middle of the gap between
    the ``kinships`` the best plateau lies in; printed with the scores and the plateau."""
    most = max(n for n, _ in scores)
    plateau = [t for n, t in scores if n == most]
    below = max((k for k in kinships if k < plateau[0]), default=plateau[0])
    above = min((k for k in kinships if k >= plateau[-1]), default=plateau[-1])
    print(f"right per threshold: {[(t, n) for n, t in scores]}")
    return f"{round((below + above) / 2, 2)} ({most}/{cases} right on {plateau[0]}..{plateau[-1]})"


if __name__ == "__main__":
    main()
