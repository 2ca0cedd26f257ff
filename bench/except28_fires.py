"""How often round 28's readings of a negation aimed at a partner or a kind, and of an amount chained by its scales,
fire on question sets, and how often the answer is then right.

A question fires on a reading when the reading's own pattern finds its wording in the question as the parse reads it
(normalised, search.wording.standard_wording applied or not): "with anyone but X" and its Chinese twins rewritten
(search.wording.ROLE_DENIED's with-branch, ZH_ROLE_DENIED), a partner denied before a name (search.qa_cues.NEGATED_WITH
before a linked organisation), a kind denied by "neither" or 既不算 (search.qa_cues.DENIED_KIND, NOT_CUES), an amount
chained by its scales (search.qa_values.CN_AMOUNT with two parts, a 点 or a tail), a closing 不 asking a verdict
(search.qa_verdict_cues.YES_NO_ZH). ("list every …" asking for the class word after it, search.qa_cues.ASKING, is seen in the
evaluation's changed lines.) (A negation the reader no longer
reads, search.qa_reader.read_in, is seen in the evaluation's changed lines.) Only questions some reading fires on are
answered; each is judged as the evaluation judges it (search.qa_eval.judge).

    python bench/except28_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from qa_fires import opened

from search.qa_cues import NEGATED_WITH, NOT_CUES
from search.qa_verdict_cues import CLOSING_BU
from search.qa_eval import judge, load_qa_cases
from search.qa_values import CN_AMOUNT
from search.text import normalize
from search.understand import understand
from search.wording import ROLE_DENIED, ZH_ROLE_DENIED

NEITHER = re.compile(r"\b(?:are|is)\s+neither\b")
CLOSING = re.compile(CLOSING_BU + r"\s*[?？!！。.]*\s*$")  # (the branch of search.qa_verdict_cues.YES_NO_ZH round 28 widened)


def readings(qa, question: str) -> list[str]:
    """The round-28 readings whose patterns find their wording in ``question``."""
    text = normalize(question)
    u = understand(text, qa.lexicon)
    fired = []
    if any(m["with"] for m in ROLE_DENIED.finditer(text)) or any(p.search(text) for p, _ in ZH_ROLE_DENIED):
        fired.append("partner other than")
    if any(NEGATED_WITH.search(u.question[: max(u.question.find(m.text), 0)]) for m in u.mentions):
        fired.append("partner denied before its name")
    if NEITHER.search(text) or any(m.group().startswith("既") for m in NOT_CUES.finditer(text)):
        fired.append("kinds neither")
    if any(len(re.findall(r"[亿万]", m.group())) > 1 or "点" in m.group() or m.group(2) for m in CN_AMOUNT.finditer(text)):
        fired.append("amount")
    if CLOSING.search(text):
        fired.append("closing 不 a verdict")
    return fired


def main() -> None:
    args, qa = opened(__doc__.splitlines()[0])
    for path in args.sets:
        fires, right = Counter(), Counter()
        for case in load_qa_cases(path):
            fired = readings(qa, case.q)
            if not fired:
                continue
            answer = qa.answer(case.q).to_dict()
            negated = "negation" in answer["understanding"].get("operators", ())
            ok = not judge(case, answer)
            for name in fired:
                fires[name] += 1
                right[name] += ok
            if args.show or not ok:
                print(f"  {'right' if ok else 'WRONG'} [{', '.join(fired)}{' negation' if negated else ''}]: {case.q}")
        print(f"{Path(path).name}: " + "; ".join(f"{n} fired {fires[n]}, right {right[n]}" for n in sorted(fires)))


if __name__ == "__main__":
    main()
