"""Fit how clearly the nearest cooperation must lead for a description in other words to link it
(search.qa_described_cooperation: min_score, min_lead of search.qa_config.QAConfig.described_cooperation).

Reads bench/qa-described-cooperation-calibration.jsonl ({"phrase", "expect": [labels]}, an empty list for a
description of something the graph does not hold; phrases no test and no dev set uses), scores every phrase's
candidates once with the real engine (TopicResolver.candidates), and sweeps the two thresholds over what the topic
stage then links: its own accepted candidates (accept_topic and qa_accounted), else the dominant cooperation. A
phrase is right when nothing is linked for an empty one, or when something is and all of it is expected. Prints
the current and the best count, each threshold's plateau (the other at its fitted value) and the phrases wrong.

    python bench/calibrate_qa_described_cooperation.py [--data DIR]
"""

from __future__ import annotations

import sys
from dataclasses import replace
from itertools import product
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from calibrate_qa_topics import phrases
from search.qa_described_cooperation import DescribedConfig, dominant

MIN_SCORE = [x / 100 for x in range(20, 51)]
MIN_LEAD = [x / 100 for x in range(5, 41)]
# The margin asked around a fitted point: 0.02 of score and of lead.
STEPS = (2, 2)


def main(argv=None) -> None:
    qa, cases = phrases(__doc__.splitlines()[0], HERE / "qa-described-cooperation-calibration.jsonl", argv)
    scored = []
    for case in cases:
        found = qa.topics.candidates(case["phrase"])
        scored.append((case, found, qa.topics.accounted(case["phrase"], found), {t.id: t.label for t in found}))
    current = qa.config.described_cooperation
    # honesty first: the empties kept, also by every point one step of the grid around (a margin to the nearest
    # empty), then the most right, then the most conservative thresholds
    keys = {sr: _key(scored, DescribedConfig(*sr)) for sr in product(MIN_SCORE, MIN_LEAD)}
    kept = max(k[0] for k in keys.values())
    steady = [sr for sr in keys if all(keys.get(n, (kept,))[0] == kept for n in _around(sr))]
    best = max(steady, key=lambda sr: (keys[sr], sr))
    fitted = DescribedConfig(*best)
    key = _key(scored, fitted)
    print(f"current {current}: {_count(scored, current)}/{len(cases)} right, empties kept {_key(scored, current)[0]}")
    print(f"fitted  {fitted}: {key[1]}/{len(cases)} right, empties kept {key[0]} (the most conservative of the best)")
    for name, grid in (("min_score", MIN_SCORE), ("min_lead", MIN_LEAD)):
        same = [v for v in grid if _key(scored, replace(fitted, **{name: v})) == key]
        print(f"  {name}: {min(same)}-{max(same)} get as many right")
    for case, found, accepted, labels in scored:
        if not _right(case, found, accepted, labels, current):
            print("  wrong:", case["phrase"], case["expect"], [labels[i] for i, _ in accepted or dominant(found, current)])


def _around(sr: tuple[float, float]) -> list[tuple[float, float]]:
    """The grid points up to STEPS steps around ``sr`` (off the grid: not counted)."""
    i, j = MIN_SCORE.index(sr[0]), MIN_LEAD.index(sr[1])
    return [(MIN_SCORE[a], MIN_LEAD[b]) for a in range(max(i - STEPS[0], 0), min(i + STEPS[0] + 1, len(MIN_SCORE)))
            for b in range(max(j - STEPS[1], 0), min(j + STEPS[1] + 1, len(MIN_LEAD)))]


def _key(scored, config: DescribedConfig) -> tuple[int, int]:
    """(empty phrases kept empty, phrases right): a link where the graph holds nothing costs more than any number
    of descriptions left unlinked."""
    kept = sum(_right(case, found, accepted, labels, config) for case, found, accepted, labels in scored if not case["expect"])
    return kept, _count(scored, config)


def _count(scored, config: DescribedConfig) -> int:
    return sum(_right(case, found, accepted, labels, config) for case, found, accepted, labels in scored)


def _right(case, found, accepted, labels, config: DescribedConfig) -> bool:
    linked = {labels[i] for i, _ in accepted or dominant(found, config)}
    return linked <= set(case["expect"]) and bool(linked) == bool(case["expect"])


if __name__ == "__main__":
    main()
