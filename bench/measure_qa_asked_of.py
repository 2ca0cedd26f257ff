"""How often the check "the answer is of the measure and noun asked" (search.qa_asked_of) fires, and how often
rightly, per development set.

For every case of each set it answers the question; where the check fired (understanding["not_of_asked"]) it
answers again with the check switched off, and judges both (search.qa_eval.judge). A firing is right when the
refusal is right (the case expects nothing, or its answer stays right), wrong when the answer without the check
was right and the refusal is not. Prints per set: cases, fires, right, wrong, and the wrong ones' questions.
The check has no threshold: this is a measurement, not a fit.

    python bench/measure_qa_asked_of.py [--data DIR] FILE.jsonl...
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import cli
from search.qa import QuestionAnswerer
from search.qa_eval import judge, load_qa_cases


class _Off:
    """The check switched off: nothing is ever found not of what is asked."""

    @staticmethod
    def unheld(u, answers) -> None:
        return None


def measure(qa: QuestionAnswerer, path: str) -> tuple[int, int, int, int, list[str]]:
    """(cases, fires, right fires, wrong fires, the wrong fires' questions) of one set."""
    cases, fires, right, wrong, wrongs = load_qa_cases(path), 0, 0, 0, []
    check = qa.asked_of
    for case in cases:
        answer = qa.answer(case.q).to_dict()
        if not answer["understanding"].get("not_of_asked"):
            continue
        fires += 1
        qa.asked_of = _Off()
        without = qa.answer(case.q).to_dict()
        qa.asked_of = check
        if not judge(case, answer):
            right += 1
        elif not judge(case, without):
            wrong += 1
            wrongs.append(case.q)
    return len(cases), fires, right, wrong, wrongs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    for attribute in ("curated", "accepted", "base_iri", "embedder"):
        setattr(args, attribute, None)
    kg, engine = cli._engine(args)
    qa = QuestionAnswerer(kg, engine)
    total = [0, 0, 0, 0]
    for path in args.files:
        n, fires, right, wrong, wrongs = measure(qa, path)
        total = [a + b for a, b in zip(total, (n, fires, right, wrong))]
        print(f"{Path(path).name}: {n} cases, fires {fires}, right {right}, wrong {wrong}")
        for q in wrongs:
            print(f"  wrong: {q}")
    print(f"all: {total[0]} cases, fires {total[1]}, right {total[2]}, wrong {total[3]}")


if __name__ == "__main__":
    main()
