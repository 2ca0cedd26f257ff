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

from qa_fires import answered_afresh, changed_main

from search import qa_chain, qa_descriptions, qa_nameless_asks, qa_person_back, qa_rewrites, wording

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


if __name__ == "__main__":
    changed_main(__doc__.splitlines()[0], readings_off, answered_afresh)
