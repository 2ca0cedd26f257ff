"""How many answers round 31's answer-word heads change on question sets, and how many of the changes are right.

Two rules of search.understand's answer word are counted:

- ``compound``: an English compound noun's last class word is its head ("base-project companies" asks for companies,
  "university projects" for projects: search.understand._compound_head);
- ``comma``: a which-word opening a clause after a Chinese class word and a comma picks from it ("那些高校，哪些只在这一个
  项目里出现" asks for 高校: the comma branch of search.understand.PICKED_FROM, which also reads 哪几家 as 哪家).

Only the questions whose text holds what either rule reads (two English class words joined by one space or a hyphen, a
Chinese class word followed by a comma, 哪几家) could fire; each of those is answered twice in one process, with the rules off
(the head-first word, PICKED_FROM without the comma branch) and on, and judged as search.qa_eval.judge judges (an empty
case is right when its answer stays empty). Printed: every case whose judgement or answer text changed, and per set and
in all the cases read, changed, fixed, broken and empties answered.

    python bench/answerword31_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

import re
from itertools import pairwise
from pathlib import Path

from qa_fires import opened

import search.understand as understand_module
from search.qa_eval import judge, load_qa_cases
from search.text import normalize
from search.understand_lexicon import Lexicon, class_word_spans

# PICKED_FROM as it was before the comma branch (and 哪几家 beside 哪家, 哪一家).
PICKED_BEFORE = re.compile(understand_module.PICKED_FROM.pattern.replace(
    r"^(?:(?:里面|里|之中|当中|中)[,，]?|[,，])", r"^(?:里面|里|之中|当中|中)[,，]?", 1).replace("哪[一几]?[家所位]", "哪一?[家所位]", 1))


def could_fire(question: str, lexicon: Lexicon) -> bool:
    """Whether ``question`` holds two English class words joined by one space or hyphen, or a Chinese class word then a
    comma: the text either rule reads."""
    text = normalize(question)
    spans = class_word_spans(text, lexicon)
    joined = any(understand_module.COMPOUND_GAP.fullmatch(text[a + len(w):b]) for (a, w), (b, _) in pairwise(spans))
    return joined or "哪几家" in text or any(text[a + len(w):a + len(w) + 1] in ",，" for a, w in spans)


def answered(qa, question: str, on: bool) -> tuple[bool, dict]:
    """The answer to ``question`` with the rules on or off."""
    head, picked = understand_module._compound_head, understand_module.PICKED_FROM
    if not on:
        understand_module._compound_head = lambda text, start, word, lexicon: word
        understand_module.PICKED_FROM = PICKED_BEFORE
    try:
        return on, qa.answer(question).to_dict()
    finally:
        understand_module._compound_head, understand_module.PICKED_FROM = head, picked


def main() -> None:
    args, qa = opened(__doc__.splitlines()[0])
    totals = [0, 0, 0, 0, 0]  # read, changed, fixed, broken, empties answered
    for path in args.sets:
        counts = [0, 0, 0, 0, 0]
        for case in (c for c in load_qa_cases(path) if could_fire(c.q, qa.lexicon)):
            (_, off), (_, on) = answered(qa, case.q, False), answered(qa, case.q, True)
            counts[0] += 1
            if off["answer_text"] == on["answer_text"]:
                continue
            was, now = not judge(case, off), not judge(case, on)
            counts[1] += 1
            counts[2] += now and not was
            counts[3] += was and not now
            counts[4] += case.expect_empty and bool(on["answers"]) and not off["answers"]
            verdict = "fixed" if now and not was else "BROKEN" if was and not now else "right" if now else "wrong"
            print(f"  {verdict}{' (empty case)' if case.expect_empty else ''}: {Path(path).name}: {case.q}\n"
                  f"      off: {off['answer_text'][:120]}\n      on:  {on['answer_text'][:120]}")
        totals = [t + c for t, c in zip(totals, counts)]
        print(f"{Path(path).name}: could fire {counts[0]}, answers changed {counts[1]}, fixed {counts[2]}, broken {counts[3]}, "
              f"empties answered {counts[4]}")
    print(f"ALL: could fire {totals[0]}, answers changed {totals[1]}, fixed {totals[2]}, broken {totals[3]}, "
          f"empties answered {totals[4]}")


if __name__ == "__main__":
    main()
