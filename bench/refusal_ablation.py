"""Which leftover word a refusal rests on: for every case answered with nothing — an answerable one refused, an empty one
held empty — each word of the topic its reading left is deleted from the question in turn and the question answered
again. A refusal FIXED by deleting one word names the word that emptied it; an empty case BROKEN by deleting one names
the word that kept it honest. The two lists side by side are what a rule pardoning leftover words must tell apart
(bench/results/refusal30-2026-12-06.md). Each case is judged as the evaluation judges it (search.qa_eval.judge).

    python bench/refusal_ablation.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

import re

from qa_fires import opened

from graph.han import HAN, fold
from search.qa_eval import judge, load_qa_cases


def deleted(question: str, word: str) -> str | None:
    """``question`` (folded) without the first occurrence of the topic word ``word`` (a Latin one with its
    inflection), or None when it does not stand there as written."""
    if HAN.search(word):
        return question.replace(word, "", 1) if word in question else None
    m = re.search(rf"(?i)\b{re.escape(word)}[\w'-]*", question)
    return None if m is None else " ".join((question[:m.start()] + question[m.end():]).split())


def main() -> None:
    args, qa = opened(__doc__.splitlines()[0])
    fixed = broken = refusals = held = 0
    for path in args.sets:
        for case in load_qa_cases(path):
            answer = qa.answer(case.q).to_dict()
            right = not judge(case, answer)
            if answer["answers"] or right != case.expect_empty:
                continue  # answered, or refused wrongly only when answerable: a refusal or an honest empty
            refusals, held = refusals + (not case.expect_empty), held + case.expect_empty
            words = dict.fromkeys((answer["understanding"].get("topic") or "").split())
            changed = [w for w in words if (q := deleted(fold(case.q), w)) and (not judge(case, qa.answer(q).to_dict())) != right]
            if changed:
                fixed, broken = fixed + (not case.expect_empty), broken + case.expect_empty
                print(f"  {'BROKEN' if case.expect_empty else 'FIXED'} by deleting {changed}: {case.q}")
    print(f"refusals of answerable cases {refusals}, fixed by deleting one topic word {fixed}; "
          f"empty cases held {held}, broken by deleting one {broken}")


if __name__ == "__main__":
    main()
