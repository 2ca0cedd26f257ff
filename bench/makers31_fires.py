"""How often round 31's maker reading changes an answer on question sets, and how often the changed answer is right
(judged as the evaluation judges it: search.qa_eval.judge): a topic standing just before the asked kind word
("哪家做互感器的企业", "which compressor maker") lets an organisation of that industry answer whatever its
cooperations' industry (search.qa_planners.made_anchors, search.qa_index.participants).

A question fires when the reading finds such a topic; it is answered again with the reading off (no topic describes
the kind), and counted as changed when the answers differ. Printed per set and over all: questions, fired, changed,
right with and without, and empty cases answered by the change (must be 0).

    python bench/makers31_fires.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

from pathlib import Path

from qa_fires import opened

from search import qa_planners
from search.qa_eval import judge, load_qa_cases


def main() -> None:
    args, qa = opened(__doc__.splitlines()[0])
    reading, fired = qa_planners.made_anchors, [0]

    def counting(u, anchors):
        found = reading(u, anchors)
        fired[0] += bool(found)
        return found

    totals = [0, 0, 0, 0, 0, 0]  # questions, fired, changed, right with, right without, empty cases answered
    for path in args.sets:
        counts = [0, 0, 0, 0, 0, 0]
        for case in load_qa_cases(path):
            counts[0] += 1
            before, qa_planners.made_anchors = fired[0], counting
            with_it = qa.answer(case.q).to_dict()
            if fired[0] == before:
                continue
            qa_planners.made_anchors = lambda u, anchors: ()
            without = qa.answer(case.q).to_dict()
            counts[1] += 1
            if (with_it["answer_text"], with_it["answers"]) == (without["answer_text"], without["answers"]):
                continue
            ok, was = not judge(case, with_it), not judge(case, without)
            broken = case.expect_empty and bool(with_it["answers"]) and not without["answers"]
            counts[2:] = [counts[2] + 1, counts[3] + ok, counts[4] + was, counts[5] + broken]
            print(f"  {'right' if ok else 'WRONG'} (was {'right' if was else 'wrong'}){' EMPTY ANSWERED' if broken else ''}: {case.q}")
            if args.show:
                print(f"      → {with_it['answer_text'][:200]}\n      ← {without['answer_text'][:200]}")
        print(f"{Path(path).name}: fired {counts[1]}/{counts[0]}, changed {counts[2]}, right {counts[3]} (before {counts[4]}), "
              f"empty cases answered {counts[5]}")
        totals = [t + n for t, n in zip(totals, counts)]
    print(f"ALL: fired {totals[1]}/{totals[0]}, changed {totals[2]}, right {totals[3]} (before {totals[4]}), "
          f"empty cases answered {totals[5]}")


if __name__ == "__main__":
    main()
