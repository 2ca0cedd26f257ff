"""How often the discourse reading (search.qa_discourse: asides and reported sayers read off with the asker's frame)
and the false-premise checks of yes/no questions (search.qa_premise) fire on each development set, and how often the
answer is then right.

The discourse reading fires on a question when the frame read with it differs from the frame read without it; a
premise check fires when the verdict says so (its own words). Per set it prints the answerable and empty figures,
the firings and how many of those are right; ``--show`` prints each firing (right or WRONG, the question, what was read off).

    python bench/discourse_fire.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from qa_fires import opened
from graph.han import fold
from search.qa_eval import judge, load_qa_cases
from search.qa_frame import Frames

# The words the premise checks answer with (search.qa_yes_no: _date_claim, _other_field).
PREMISE_WORDS = ("与此无关", "to none of it", "不属于所说的领域", "of another field")


def main(argv: list[str] | None = None) -> int:
    args, qa = opened(__doc__.split("\n")[0], argv)
    plain = Frames(qa.frames.linked, qa.frames.named)  # the frame without the discourse reading
    totals = [0, 0, 0, 0, 0]
    for path in args.sets:
        counts = [0, 0, 0, 0, 0]  # questions, discourse fired, right, premise fired, right
        figures = {True: [0, 0], False: [0, 0]}  # empty expected or not -> [right, cases]
        for case in load_qa_cases(path):
            answer = qa.answer(case.q).to_dict()
            right = not judge(case, answer)
            figures[case.expect_empty] = [figures[case.expect_empty][0] + right, figures[case.expect_empty][1] + 1]
            framed = qa.frames.read(fold(case.q))
            said = framed != plain.read(fold(case.q))
            premise = any(w in answer["answer_text"] for w in PREMISE_WORDS)
            counts = [counts[0] + 1, counts[1] + said, counts[2] + (said and right), counts[3] + premise, counts[4] + (premise and right)]
            if args.show and (said or premise):
                print(f"    {'right' if right else 'WRONG'} {'premise ' if premise else ''}{case.q}  ||  {list(framed.frame)}")
        print(f"{Path(path).name}: answerable {figures[False][0]}/{figures[False][1]}, empty honest {figures[True][0]}/{figures[True][1]}; "
              f"discourse fired {counts[1]}, right {counts[2]}; premise fired {counts[3]}, right {counts[4]}")
        totals = [t + c for t, c in zip(totals, counts)]
    print(f"all: {totals[0]} questions; discourse fired {totals[1]}, right {totals[2]}; premise fired {totals[3]}, right {totals[4]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
