"""Fit how clearly the nearest plan or cooperation must lead for a description pointed at by a word for a plan to
link it (search.qa_described_plan: min_score, min_lead of search.qa_config.QAConfig.described_plan).

Reads bench/qa-described-plan-calibration.jsonl ({"q", "expect": [labels]}, an empty list for a description of a plan
the graph does not hold; wordings no test and no dev set uses), ranks each question's descriptions once with the real
engine (DescribedPlans.rank over qa_described_plan.windows), and sweeps the two thresholds over what the first
description leading clearly links. A question is right when nothing is linked for an empty one, or when the entity
linked is the one expected. Honesty first: the empties kept also by every grid point two steps around (a margin to
the nearest empty), then the most right, then the most conservative. Prints the current and the fitted count, each
threshold's plateau and the questions wrong.

    python bench/calibrate_qa_described_plan.py [--data DIR]
"""

from __future__ import annotations

import sys
from dataclasses import replace
from itertools import product
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from calibrate_qa_topics import phrases
from graph.han import language
from search.qa_described_plan import DescribedPlanConfig, DescribedPlans, windows
from search.text import normalize

MIN_SCORE = [x / 100 for x in range(20, 51)]
MIN_LEAD = [x / 100 for x in range(5, 41)]
STEPS = 2


class Ranked(DescribedPlans):
    """The answerer's descriptions of plans with each description ranked once for the whole sweep."""

    def __init__(self, inner: DescribedPlans):
        memo: dict[str, list[tuple[str, str, float]]] = {}
        super().__init__(lambda words: memo[words] if words in memo else memo.setdefault(words, inner.rank(words)), inner.label)


def linked(plans: DescribedPlans, question: str, config: DescribedPlanConfig) -> str | None:
    """The label of what the first description of ``question`` leading clearly links, or None."""
    text = normalize(question)
    lang = language(text)
    for window in windows(text, lang):
        found = plans.leader(window.words, config)
        if found is not None:
            return plans.label(found, lang)
    return None


def main(argv=None) -> None:
    qa, cases = phrases(__doc__.splitlines()[0], HERE / "qa-described-plan-calibration.jsonl", argv)
    plans = Ranked(qa.described_plans)

    def key(config: DescribedPlanConfig) -> tuple[int, int]:
        outcome = [(case, _right(case, linked(plans, case["q"], config))) for case in cases]
        return sum(ok for case, ok in outcome if not case["expect"]), sum(ok for _, ok in outcome)

    keys = {sr: key(DescribedPlanConfig(*sr)) for sr in product(MIN_SCORE, MIN_LEAD)}
    kept = max(k[0] for k in keys.values())
    steady = [sr for sr in keys if all(keys.get(n, (kept,))[0] == kept for n in _around(sr))]
    fitted = DescribedPlanConfig(*max(steady, key=lambda sr: (keys[sr], sr)))
    current = qa.config.described_plan
    empties = sum(not c["expect"] for c in cases)
    for name, config in (("current", current), ("fitted ", fitted)):
        print(f"{name} {config}: {key(config)[1]}/{len(cases)} right, empties kept {key(config)[0]}/{empties}")
    for field, grid in (("min_score", MIN_SCORE), ("min_lead", MIN_LEAD)):
        same = [v for v in grid if key(replace(fitted, **{field: v})) == key(fitted)]
        print(f"  {field}: {min(same)}-{max(same)} get as many right")
    for case in cases:
        found = linked(plans, case["q"], current)
        if not _right(case, found):
            print("  wrong:", case["q"], case["expect"], found)


def _right(case: dict, found: str | None) -> bool:
    return (found in case["expect"]) if case["expect"] else found is None


def _around(sr: tuple[float, float]) -> list[tuple[float, float]]:
    """The grid points up to STEPS steps around ``sr``."""
    i, j = MIN_SCORE.index(sr[0]), MIN_LEAD.index(sr[1])
    return [(MIN_SCORE[a], MIN_LEAD[b]) for a in range(max(i - STEPS, 0), min(i + STEPS + 1, len(MIN_SCORE)))
            for b in range(max(j - STEPS, 0), min(j + STEPS + 1, len(MIN_LEAD)))]


if __name__ == "__main__":
    main()
