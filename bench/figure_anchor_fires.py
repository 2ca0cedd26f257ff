"""How often a stated figure anchors its owner (search.qa_figure_anchor) on question sets, and how often the answer is
then right.

A question fires when ``FigureOwners.alone`` decides the anchors of some reading of it (the topic a figure alone:
its owners, or nothing for a figure the graph states of nothing). Only questions stating an amount
(search.qa_values.amounts_in) can fire, so only those are answered; each is judged as the evaluation judges it
(search.qa_eval.judge; an empty case is right when its answer stays empty). The harness: bench/qa_fires.py.

    python bench/figure_anchor_fires.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

from pathlib import Path

from qa_fires import opened

from search.qa_eval import judge, load_qa_cases
from search.qa_values import amounts_in
from search.text import normalize


def counting(qa) -> list[int]:
    """The anchoring's figure owners wrapped to count the calls deciding the anchors (returning other than None)."""
    fired, inner = [0], qa.anchoring.figures

    class Counting:
        def alone(self, u):
            found = inner.alone(u)
            fired[0] += found is not None
            return found

    qa.anchoring.figures = Counting()
    return fired


def main() -> None:
    args, qa = opened(__doc__.splitlines()[0])
    fired = counting(qa)
    total = {"cases": 0, "stating": 0, "fires": 0, "right": 0, "empty fires": 0, "empty right": 0}
    for path in args.sets:
        cases = load_qa_cases(path)
        fires = right = 0
        for case in cases:
            if not amounts_in(normalize(case.q)):
                continue
            total["stating"] += 1
            before = fired[0]
            answer = qa.answer(case.q).to_dict()
            if fired[0] == before:
                continue
            ok = not judge(case, answer)
            fires, right = fires + 1, right + ok
            total["empty fires"] += case.expect_empty
            total["empty right"] += case.expect_empty and ok
            print(f"  {'right' if ok else 'WRONG'}{' (empty case)' if case.expect_empty else ''}: {case.q}"
                  + (f"  ->  {answer['answer_text'][:100]}" if args.show else ""))
        total["cases"] += len(cases)
        total["fires"] += fires
        total["right"] += right
        print(f"{Path(path).name}: fired on {fires}/{len(cases)}, right {right}/{fires}")
    print("all: " + ", ".join(f"{k} {v}" for k, v in total.items()))


if __name__ == "__main__":
    main()
