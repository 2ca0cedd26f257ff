"""How often search.qa_subquestion fires on question sets, and how often the answer is then right.

A question fires when a relational description in it is resolved to one entity and put in its place (the
counter ``SubQuestions.fired`` grows while it is answered). Each question is judged as the evaluation judges it
(search.qa_eval.judge; an unanswerable case is right when the answer stays empty): the set's answerable and empty
tallies are printed beside the firing ones.

    python bench/subquestion_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from search.qa import QuestionAnswerer
from search.qa_eval import judge, load_qa_cases


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("sets", nargs="+")
    args = parser.parse_args(argv)
    import cli

    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    qa = QuestionAnswerer(kg, engine)
    for path in args.sets:
        cases, fires, right = load_qa_cases(path), 0, 0
        tally = {False: [0, 0], True: [0, 0]}  # expect_empty → [right, cases]
        for case in cases:
            before = qa.subquestions.fired
            ok = not judge(case, qa.answer(case.q).to_dict())
            tally[case.expect_empty][0] += ok
            tally[case.expect_empty][1] += 1
            if qa.subquestions.fired > before:
                fires += 1
                right += ok
                print(f"  {'right' if ok else 'WRONG'}: {case.q}")
        (a, n), (e, m) = tally[False], tally[True]
        print(f"{Path(path).name}: answerable {a}/{n}, empty honest {e}/{m}; fired on {fires}/{len(cases)}, right {right}/{fires}")


if __name__ == "__main__":
    main()
