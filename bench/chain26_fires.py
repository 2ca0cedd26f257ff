"""How often round 26's negation-in-a-subset and chain readings decide an answer on question sets, and how often it is
then right.

A question fires when one of them reads it: the party negation (search.qa_party_negation: a named organisation's
cooperations without a party of a kind, ``scoped``, or a kind's, ``answer``, both read before the operators now), a
role denied in English ("a partner other than X": search.wording.ROLE_DENIED), a cooperation done and over set aside
("X跟Y搞完P之后，还…": search.wording.EXCEPT_REWORDED's first row), or a pointer with "very"/"same" before its kind
("that same university": search.qa_anaphora.POINTING_BACK). (The one-hop reading after a relative clause, search.
qa_form_hops, and the "tech project" label are measured by comparing answers with main's.) The harness:
bench/qa_fires.py.

    python bench/chain26_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import calls_returning, main

from search.qa_anaphora import POINTING_BACK
from search.text import normalize
from search.wording import EXCEPT_REWORDED, ROLE_DENIED

# The pointer words this round added to search.qa_anaphora.POINTING_BACK.
SAME_WORDS = ("very ", "same ", "selfsame ")


def same_pointer(text: str) -> bool:
    """Whether a pointer back of ``text`` has one of this round's words before its kind ("that same university")."""
    return any(w in m.group() for m in POINTING_BACK.finditer(text) for w in SAME_WORDS)


def counted(qa) -> Callable[[], int]:
    """The party negation's readings counted as they answer; the rewrites counted per question they match."""
    scoped = calls_returning(qa.party_negation, "scoped")
    whole = calls_returning(qa.party_negation, "answer")
    matched = [0]
    answer = qa.answer

    def answering(question, *args, **kwargs):
        text = normalize(question)
        matched[0] += bool(ROLE_DENIED.search(text) or EXCEPT_REWORDED[0][0].search(text) or same_pointer(text))
        return answer(question, *args, **kwargs)

    qa.answer = answering
    return lambda: scoped() + whole() + matched[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
