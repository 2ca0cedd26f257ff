"""How often round 29's accountings of a dropped topic decide an answer on question sets, and how often it is then right:
- ``heading``: a reading kept because its leftover words stand only in a heading naming the asker by their role
  (search.qa_leftover ``heading``; the answer's understanding notes them as ``harmless``);
- ``steps``: the answer differs when an evidence path's steps are read in their Chinese label only, as before
  (search.qa_readings ``steps``, search.qa_coverage.answer_texts): each question is answered again so.
Each question is judged as the evaluation judges it (search.qa_eval.judge); for ``steps`` the answer without it is
judged too, so a change is counted as a fix (wrong before, right now) or a break (right before, wrong now).

    python bench/topic_retry_fires.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

from pathlib import Path

from qa_fires import opened

from search.qa_eval import judge, load_qa_cases


def main(argv=None) -> None:
    args, qa = opened(__doc__.splitlines()[0], argv)
    readings, settled = qa.readings, qa.readings.settled
    headed = [0]

    def counted(question, text, u, first):
        kept = settled(question, text, u, first)
        headed[0] += "heading" in (kept.understanding.get("harmless") or {}).values()
        return kept

    readings.settled = counted
    steps = readings.steps
    for path in args.sets:
        tally = {"heading": [0, 0], "fixed": [0], "broken": [0], "changed": [0]}
        for case in load_qa_cases(path):
            before = headed[0]
            now = qa.answer(case.q).to_dict()
            ok = not judge(case, now)
            if headed[0] > before:
                tally["heading"][0] += 1
                tally["heading"][1] += ok
                print(f"  heading {'right' if ok else 'WRONG'}: {case.q}")
            readings.steps = lambda step: (step,)
            then = qa.answer(case.q).to_dict()
            readings.steps = steps
            if then["answer_text"] != now["answer_text"]:
                was = not judge(case, then)
                tally["changed"][0] += 1
                tally["fixed"][0] += ok and not was
                tally["broken"][0] += was and not ok
                print(f"  steps {'fixed' if ok and not was else 'BROKE' if was and not ok else 'changed'}"
                      f"{' (empty case)' if case.expect_empty else ''}: {case.q}")
        print(f"{Path(path).name}: {len(load_qa_cases(path))} questions; heading fired on {tally['heading'][0]}, right "
              f"{tally['heading'][1]}; steps changed {tally['changed'][0]}, fixed {tally['fixed'][0]}, broke {tally['broken'][0]}")


if __name__ == "__main__":
    main()
