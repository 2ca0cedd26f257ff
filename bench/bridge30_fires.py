"""How often search.qa_bridge (the go-betweens of named organisations sharing no cooperation) answers on question sets,
and how often the answer is then right (judged as the evaluation judges it: search.qa_eval.judge).

The reading can fire only where its cues (search.qa_cues.BRIDGE_ASKED, BOTH_ASKED) stand in the question as normalised, so only
those questions are answered; the others are counted among the set's questions, never fired on. Every firing is
printed with its judgement; ``--show`` prints the answer too.

    python bench/bridge30_fires.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

from pathlib import Path

from qa_fires import calls_returning, opened

from search.qa_cues import BOTH_ASKED, BRIDGE_ASKED
from search.qa_eval import judge, load_qa_cases
from search.text import normalize


def main() -> None:
    args, qa = opened(__doc__.splitlines()[0])
    fired = calls_returning(qa.operators, "bridge")
    totals = [0, 0, 0, 0]  # questions, fired, right, empty cases answered
    for path in args.sets:
        cases, fires, right, broken = load_qa_cases(path), 0, 0, 0
        for case in cases:
            if not (BRIDGE_ASKED.search(normalize(case.q)) or BOTH_ASKED.search(normalize(case.q))):
                continue
            before = fired()
            answer = qa.answer(case.q).to_dict()
            if fired() > before:
                ok = not judge(case, answer)
                fires, right, broken = fires + 1, right + ok, broken + (case.expect_empty and bool(answer["answers"]))
                print(f"  {'right' if ok else 'WRONG'}{' (empty case)' if case.expect_empty else ''}: {case.q}")
                if args.show:
                    print(f"      → {answer['answer_text'][:200]}")
        print(f"{Path(path).name}: fired on {fires}/{len(cases)}, right {right}/{fires}, empty cases answered {broken}")
        totals = [t + n for t, n in zip(totals, (len(cases), fires, right, broken))]
    print(f"ALL: fired on {totals[1]}/{totals[0]}, right {totals[2]}/{totals[1]}, empty cases answered {totals[3]}")


if __name__ == "__main__":
    main()
