"""Fit the coverage below which an answer leaving unaccounted a word the graph holds nowhere is refused
(search.qa_readings.CoverageConfig.refuse_below), and whether one leaving unaccounted the noun a which-word asks
for, held nowhere, is: refused unless an answer's name or type lies at least asked_similarity near it in meaning.

Reads bench/qa-coverage-calibration.jsonl (dev questions, answerable and empty, of the sets novel15-19b, novel20a
and honest18; no test reads them), answers each once with refusal off, and sweeps the threshold: a
refused answer is right when the case expects none and wrong otherwise; an answer not refused is judged as
``chanjiao eval ask`` judges it. Prints the threshold with the most right, preferring the lowest (refusing
least) among equals, and the cases it turns. The result goes into search.qa_config.QAConfig.coverage.

    python bench/calibrate_qa_coverage.py [--data DIR] [--set FILE]
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
from search.qa_readings import CoverageConfig

GRID = [x / 20 for x in range(21)]
KIN_GRID = [x / 20 for x in range(-4, 17)]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--set", default=str(HERE / "qa-coverage-calibration.jsonl"))
    args = parser.parse_args(argv)
    import cli
    from search.qa import QuestionAnswerer

    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    config = replace(DEFAULT_CONFIG, coverage=replace(DEFAULT_CONFIG.coverage, refuse_below=0.0, asked_similarity=-1.0))
    qa = QuestionAnswerer(kg, engine, config)
    scored, asked = [], []
    for case in load_qa_cases(args.set):
        answer = qa.answer(case.q).to_dict()
        u = answer["understanding"]
        refusable = bool(answer["answers"] and u.get("unheld"))
        scored.append((case, not judge(case, answer), refusable, u.get("coverage", 1.0), u.get("unheld", [])))
        asked.append((case, not judge(case, answer), u.get("asked_kinship")))
    best = max(GRID, key=lambda t: (sum(_right(s, t) for s in scored), -t))
    print(f"{CoverageConfig.__name__}(refuse_below={best}): {sum(_right(s, best) for s in scored)}/{len(scored)} right"
          f" (refusal off: {sum(_right(s, 0.0) for s in scored)})")
    kin = {t: sum(c.expect_empty if k is not None and k < t else right for c, right, k in asked) for t in KIN_GRID}
    top = [t for t in KIN_GRID if kin[t] == max(kin.values())]
    print(f"asked_similarity={top[0]} (the lowest of the best plateau, {top[0]}..{top[-1]}): {max(kin.values())} right;"
          f" per threshold: {' '.join(f'{t}:{n}' for t, n in kin.items())}")
    for case, right, k in asked:
        if k is not None:
            print(f"  asked noun unheld: kinship {k} right={right} empty={case.expect_empty} {case.q}")
    print("  right per threshold:", " ".join(f"{t}:{sum(_right(s, t) for s in scored)}" for t in GRID))
    for case, right, refusable, share, unheld in scored:
        if refusable:
            print(f"  {'turned' if share < best else 'kept  '} {share:.3f} right={right} empty={case.expect_empty} {unheld} {case.q}")


def _right(scored, threshold: float) -> bool:
    case, right, refusable, share, _ = scored
    return case.expect_empty if refusable and share < threshold else right


if __name__ == "__main__":
    main()
