"""How often a when/where question's dated event or document is refused for sharing only function words with it
(search.qa_compose._dated_about), and whether the answer is then right: each firing question answered again with the
check off, its answer before the check beside it.

    python bench/dated_fires.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

from pathlib import Path

from qa_fires import answered_afresh, opened, patched

import search.qa_compose as compose
from search.qa_eval import judge, load_qa_cases


def main() -> None:
    args, qa = opened(__doc__.splitlines()[0])
    about, refused = compose._dated_about, [0]

    def counting(*a):
        found = about(*a)
        refused[0] += not found
        return found

    compose._dated_about = counting
    totals = [0, 0, 0, 0, 0]  # questions, changed, right with, right without, empty cases answered before
    for path in args.sets:
        counts = [0, 0, 0, 0, 0]
        for case in load_qa_cases(path):
            counts[0], before = counts[0] + 1, refused[0]
            with_it = answered_afresh(qa, case.q)
            if refused[0] == before:
                continue
            with patched((compose, "_dated_about", lambda *a: True)):
                without = answered_afresh(qa, case.q)
            if (with_it["answer_text"], with_it["answers"]) == (without["answer_text"], without["answers"]):
                continue
            ok, was = not judge(case, with_it), not judge(case, without)
            counts[1:] = [counts[1] + 1, counts[2] + ok, counts[3] + was, counts[4] + (case.expect_empty and bool(without["answers"]))]
            print(f"  {'right' if ok else 'WRONG'} (was {'right' if was else 'wrong'}): {case.q}")
            if args.show:
                print(f"      → {with_it['answer_text'][:160]}\n      ← {without['answer_text'][:160]}")
        print(f"{Path(path).name}: changed {counts[1]}/{counts[0]}, right {counts[2]} (before {counts[3]}), empties answered before {counts[4]}")
        totals = [t + n for t, n in zip(totals, counts)]
    print(f"ALL: changed {totals[1]}/{totals[0]}, right {totals[2]} (before {totals[3]}), empties answered before {totals[4]}")


if __name__ == "__main__":
    main()
