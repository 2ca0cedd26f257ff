"""Fit the score and the margin by which question answering links a word of a name said alone, for the other side of a
comparison or coordinated with a name ("the maritime one and plain Dalian University", "Minzu versus …"): qa_mention_link.

Reads bench/qa-mention-link-calibration.jsonl ({"phrase", "side": the label of the side the question names, "expect":
the label linked, or null, "setting", "from"}): every candidate mention of the development comparisons naming one side
(round 34's ``larger``/``smaller`` readings of one mention: setting "comparison") and every one coordinated with a name
the reading links ("coordinated": search.qa_mention_link.coordinate), labelled by hand; the tests
(tests/search/test_qa_mention_link.py) use other wordings. Each phrase is scored with the real engine (MentionLinker.scored: the top entity of the named side's
kind, its lexical score, its lead over the runner-up of any kind); a null phrase is right when nothing is linked. Prints
the plateau of (min_score, min_margin) pairs that get the most phrases right and the middle of it, which goes into
search.qa_config.QAConfig (mention_min_score, mention_min_margin).

    python bench/calibrate_qa_mention_link.py [--data DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.calibrate_qa_link import engine_and_cases
from search.qa_mention_link import LinkedMention, MentionLinker, side_kinds

SCORES = [x / 4 for x in range(41)]  # 0 … 10
MARGINS = [1 + x / 20 for x in range(101)]  # 1 … 6


def scored(engine, cases: list[dict]) -> list[tuple[dict, LinkedMention | None]]:
    """Each case with its top candidate (MentionLinker.scored), whatever its score and margin."""
    linker = MentionLinker(engine, 0.0, 0.0)
    by_label = {d.label: d for d in engine.catalogue.docs}
    out = []
    for case in cases:
        side = by_label[case["side"]]
        out.append((case, linker.scored(case["phrase"], side_kinds(side.types), [side.iri])))
    return out


def right(case: dict, found: LinkedMention | None, min_score: float, min_margin: float) -> bool:
    """Whether the phrase is linked as labelled at these thresholds (a null phrase: to nothing)."""
    linked = found.label if found is not None and found.score >= min_score and found.margin >= min_margin else None
    return linked == case["expect"]


def main(argv=None) -> None:
    engine, cases = engine_and_cases(__doc__.splitlines()[0], HERE / "qa-mention-link-calibration.jsonl", argv)
    found = scored(engine, cases)
    grid = {(s, m): sum(right(c, f, s, m) for c, f in found) for s in SCORES for m in MARGINS}
    best = max(grid.values())
    plateau = [k for k, v in grid.items() if v == best]
    scores, margins = sorted({s for s, _ in plateau}), sorted({m for _, m in plateau})
    # the middle of the plateau, each threshold in turn: the score's middle among the best pairs, then the margin's
    # middle among the best pairs at that score
    score = scores[len(scores) // 2]
    at = sorted(m for s, m in plateau if s == score)
    margin = at[len(at) // 2]
    print(f"{best}/{len(cases)} phrases right on the plateau: min_score {scores[0]}–{scores[-1]}, min_margin {margins[0]:.2f}–{margins[-1]:.2f}")
    print(f"mention_min_score={score} mention_min_margin={margin:.2f} (the middle): {grid[score, margin]}/{len(cases)} right")
    for c, f in found:
        if f is not None or not right(c, f, score, margin):
            mark = "ok " if right(c, f, score, margin) else "WRONG"
            top = f"{f.label} {f.score:.2f} ×{f.margin:.2f}" if f is not None else "nothing"
            print(f"  {mark} {c['phrase']!r} → {top} (expect {c['expect']})")


if __name__ == "__main__":
    main()
