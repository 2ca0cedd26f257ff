"""How often round 31's chain readings change an answer on question sets, and how often the changed answer is right
(judged as the evaluation judges it: search.qa_eval.judge), with the answers each question got without them:

- a person described by what they said, pointed at after 的 ("说招工难题解决了的那个副总": search.qa_descriptions);
- a description pointed at after a few words placing it ("报道里那家副总出来讲话的企业": search.qa_descriptions);
- a post holder a lead-in describes by a claim that is not theirs is no one (search.qa_person_back);
- a person's plant said with a pronoun ("他们厂": search.wording.PRONOUN_ORGANISATION);
- a later clause naming only a cooperation or an industry points back at the one named (search.qa_chain.names_own);
- a later ask with no subject of its own asked of the one an earlier ask of its place names (search.qa_shared_subject);
- a nameless Chinese ask opening on a word for the source asks of its own (search.qa_nameless_asks.ZH_SOURCE_OPENING).

Each question is answered with the readings, then with them switched off (the code as before them, patched in this
process); a question whose answer differs is a firing. Printed per set and over all: questions, firings, right with and
without, and empty cases answered by the change (must be 0).

    python bench/hops31_fires.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

import re
from contextlib import contextmanager
from pathlib import Path

from qa_fires import opened

from search import qa_chain, qa_descriptions, qa_nameless_asks, qa_person_back, qa_rewrites, wording
from search.qa_eval import judge, load_qa_cases

NEVER = re.compile(r"(?!)")


@contextmanager
def readings_off():
    """The seven readings switched off: each patched back to the behaviour before it."""
    saved = [(qa_rewrites, "shared_subject"), (qa_nameless_asks, "ZH_SOURCE_OPENING"), (qa_person_back, "speakers_of"),
             (qa_descriptions, "ZH_DESCRIBED"),
             (wording, "PRONOUN_ORGANISATION"), (qa_chain, "names_own"), (qa_descriptions.Descriptions, "_personal")]
    kept = [(owner, name, getattr(owner, name)) for owner, name in saved]
    qa_rewrites.shared_subject = lambda text, u, lexicon: text
    qa_nameless_asks.ZH_SOURCE_OPENING = NEVER
    qa_person_back.speakers_of = lambda *args: None
    wording.PRONOUN_ORGANISATION = re.compile(wording.PRONOUN_ORGANISATION.pattern.replace("|工厂|厂", ""))
    qa_chain.names_own = lambda clause, u: any(m.text in clause for m in u.mentions)
    qa_descriptions.Descriptions._personal = lambda self, kind: False
    qa_descriptions.ZH_DESCRIBED = re.compile(qa_descriptions.ZH_DESCRIBED.pattern.replace("(?P<inner>", "(?!)(?P<inner>"))
    try:
        yield
    finally:
        for owner, name, value in kept:
            setattr(owner, name, value)


def answered(qa, question: str) -> dict:
    """The answer as a dict, nothing kept from an earlier reading of the same text (the readers' one-question caches)."""
    qa.descriptions._last = qa.chains._pointed_last = qa.chains._last = None
    return qa.answer(question).to_dict()


def main() -> None:
    args, qa = opened(__doc__.splitlines()[0])
    totals = [0, 0, 0, 0, 0]  # questions, fired, right with, right without, empty cases answered
    for path in args.sets:
        counts = [0, 0, 0, 0, 0]
        for case in load_qa_cases(path):
            counts[0] += 1
            with_them = answered(qa, case.q)
            with readings_off():
                without = answered(qa, case.q)
            if (with_them["answer_text"], with_them["answers"]) == (without["answer_text"], without["answers"]):
                continue
            ok, was = not judge(case, with_them), not judge(case, without)
            broken = case.expect_empty and bool(with_them["answers"]) and not without["answers"]
            counts[1:] = [counts[1] + 1, counts[2] + ok, counts[3] + was, counts[4] + broken]
            print(f"  {'right' if ok else 'WRONG'} (was {'right' if was else 'wrong'}){' EMPTY ANSWERED' if broken else ''}: {case.q}")
            if args.show:
                print(f"      → {with_them['answer_text'][:200]}\n      ← {without['answer_text'][:200]}")
        print(f"{Path(path).name}: changed {counts[1]}/{counts[0]}, right {counts[2]} (before {counts[3]}), empty cases answered {counts[4]}")
        totals = [t + n for t, n in zip(totals, counts)]
    print(f"ALL: changed {totals[1]}/{totals[0]}, right {totals[2]} (before {totals[3]}), empty cases answered {totals[4]}")


if __name__ == "__main__":
    main()
