"""Fit the thresholds by which question answering answers a how-many question with the figure statement
retrieval ranks first (search.qa_figure_lookup: FigureConfig.min_score, min_margin).

Reads bench/qa-figure-calibration.jsonl (the eval ask format: {"q", "must", "not", "expect_empty"};
questions written for it, none used by the tests), answers each once with the real answerer while
recording the ranking the figure lookup was consulted with (the lookup then finds nothing, so the
answer is what the pipeline gives without a figure), and for each point of the grid judges: the first
figure when it clears both thresholds (right when its value is a ``must`` of an answerable question), else
the answer without it (search.qa_eval.judge). Prints the most conservative best point and the misses.

    python bench/calibrate_qa_figures.py [--data DIR]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from search.qa_eval import judge, load_qa_cases
from search.qa_figure_lookup import FigureLookup, Scored
from search.qa_values import states_number

GRID_SCORE = [x / 100 for x in range(10, 81, 2)]
GRID_MARGIN = [x / 100 for x in range(0, 31, 2)]


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--set", default=str(HERE / "qa-figure-calibration.jsonl"))
    args = parser.parse_args(argv)
    import cli
    from search.qa import QuestionAnswerer

    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    qa = QuestionAnswerer(kg, engine)
    lookup: FigureLookup = qa.figures.lookup
    consulted: list[list[Scored]] = []
    scored = lookup.scored
    lookup.scored = lambda u, kind: consulted.append(scored(u, kind)) or []  # type: ignore[method-assign]
    runs = []
    for case in load_qa_cases(args.set):
        consulted.clear()
        answer = qa.answer(case.q).to_dict()
        runs.append((case, answer, list(consulted[-1]) if consulted else None))
    values = {q: row["value"] for q, row in qa.facts.figures["zh"].items()}
    # the most conservative of the best points: the highest thresholds among equals
    right, min_score, min_margin = max((sum(_right(c, a, r, s, m, values) for c, a, r in runs), s, m)
                                       for s in GRID_SCORE for m in GRID_MARGIN)
    empty = [c for c, _, _ in runs if c.expect_empty]
    for s in GRID_SCORE:  # the plateau, for the config's docstring
        print(f"  min_score {s:.2f}: " + " ".join(str(sum(_right(c, a, r, s, m, values) for c, a, r in runs)) for m in GRID_MARGIN))
    print(f"min_score={min_score:.2f} min_margin={min_margin:.2f}: {right}/{len(runs)} right "
          f"(empty {sum(_right(c, a, r, min_score, min_margin, values) for c, a, r in runs if c.expect_empty)}/{len(empty)})")
    for case, answer, ranked in runs:
        if not _right(case, answer, ranked, min_score, min_margin, values):
            top = [(qa.facts.label(s.figure), values[s.figure], round(s.score, 3)) for s in (ranked or [])[:3]]
            print("  wrong:", case.q, case.must, "|", answer["answer_text"][:60], "|", top)


def _picked(ranked: list[Scored] | None, min_score: float, min_margin: float, values: dict) -> str | None:
    """FigureLookup.best's choice at these thresholds."""
    if not ranked or ranked[0].score < min_score:
        return None
    runner = next((s.score for s in ranked[1:] if values[s.figure] != values[ranked[0].figure]), 0.0)
    return ranked[0].figure if ranked[0].score - runner >= min_margin else None


def _right(case, answer: dict, ranked, min_score: float, min_margin: float, values: dict) -> bool:
    figure = _picked(ranked, min_score, min_margin, values)
    if figure is None:
        return not judge(case, answer)
    return not case.expect_empty and all(states_number(str(values[figure]), int(m)) for m in case.must)


if __name__ == "__main__":
    main()
