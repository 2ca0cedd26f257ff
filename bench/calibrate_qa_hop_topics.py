"""Fit how near in meaning a two-hop answer must lie to the words it leaves unaccounted, held nowhere and asking about
something (search.qa_readings.CoverageConfig.hop_similarity): "东风日产的合作学校还和哪家公司联手做了无人机的攻关"
answered with every partner of the school is refused, "which two pharma firms" answered by the drug makers is kept.

Reads the TUNE half's two-hop and empty questions (``--set``, the files `. /work/notes/scripts/sets.sh` names $TUNE),
answers each once with the refusal off, and sweeps the threshold over the cases reaching it (a two-hop answer leaving
such a word): a refused answer is right when the case expects none and wrong otherwise; one kept is judged as
``chanjiao eval ask`` judges it. Prints each such case's kinship and the threshold with the most right: the middle of
the gap between the kinships the best plateau lies in when an empty case bounds it from below, else the plateau's
highest threshold (refusing the most the TUNE answers allow: the honest empty answer is what this refusal is for).

    python bench/calibrate_qa_hop_topics.py [--data DIR] --set FILE [FILE ...]
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
CLASSES = ("multi_hop", "unanswerable")  # the cases whose answers can reach the refusal: two hops, and the empty ones


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--set", nargs="+", required=True)
    args = parser.parse_args(argv)
    import cli
    from search.qa import QuestionAnswerer

    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    config = replace(DEFAULT_CONFIG, coverage=replace(DEFAULT_CONFIG.coverage, hop_similarity=-1.0))
    qa = QuestionAnswerer(kg, engine, config)
    seen = []
    for case in (c for path in args.set for c in load_qa_cases(path) if c.cls in CLASSES):
        answer = qa.answer(case.q).to_dict()
        if (kinship := answer["understanding"].get("hop_kinship")) is None:
            continue
        seen.append((case, not judge(case, answer), kinship))
        print(f"{kinship:>6} {'empty' if case.expect_empty else 'answerable'} {'right' if seen[-1][1] else 'wrong'}: {case.q}")
    scores = [(sum(case.expect_empty if k < t else ok for case, ok, k in seen), t) for t in GRID]
    most = max(n for n, _ in scores)
    plateau = [t for n, t in scores if n == most]
    below = max((k for case, _, k in seen if k < plateau[0] and case.expect_empty), default=None)
    above = min((k for _, _, k in seen if k >= plateau[-1]), default=plateau[-1])
    best = plateau[-1] if below is None else round((below + above) / 2, 2)
    print(f"right per threshold: {[(t, n) for n, t in scores]}")
    print(f"best hop_similarity: {best} ({most}/{len(seen)} right on {plateau[0]}..{plateau[-1]})")


if __name__ == "__main__":
    main()
