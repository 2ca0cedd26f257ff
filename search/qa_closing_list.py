"""A question closing on a list of the kinds it asks for: "who is on each side of the deal, company and university?",
"who are the two partners, the kindergarten and the college?".

The list is an appositive of the ask before it: it names the kinds asked (search.qa_form reads each as asked: two
answer types), it is no clause of its own and no reference. So a later stage that reads clauses pointing back
(search.qa_chain: "…, the college" is no "that college" of an earlier answer) or a kind standing for its one entity
(search.qa_kind_refs: "the kindergarten" is no name of the one kindergarten) leaves the list's kind words alone.

Contract: ``closing_list(text, spans)`` gives the class words (``spans``: (start, word) of ``text``'s class words, in
order) that ``text`` (an English question, as the parse blanks it) closes on after a comma, colon or dash, two or more
joined by "and" or commas, when a question word asks before them; else []; ``closing_start(text, spans)`` where that list begins. Queries nothing.
"""

from __future__ import annotations

from search.qa_cues import ASKED_LIST_BEFORE, ASKED_LIST_END, ASKED_LIST_JOIN, ASKING_WHO


def closing_list(text: str, spans: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The closing list of asked class words of ``text`` (see the module), or []."""
    for first in range(len(spans) - 1):
        listed = spans[first:]
        ends = [at + len(word) for at, word in listed]
        if ASKING_WHO.search(text[:listed[0][0]]) and ASKED_LIST_BEFORE.search(text[:listed[0][0]]) \
                and ASKED_LIST_END.fullmatch(text[ends[-1]:]) \
                and all(ASKED_LIST_JOIN.fullmatch(text[end:nxt[0]]) for end, nxt in zip(ends, listed[1:])):
            return listed
    return []


def closing_start(text: str, spans: list[tuple[int, str]]) -> int | None:
    """Where ``text``'s closing list of asked class words begins, past the mark before it ("…, |the kindergarten and
    the college?"); None when it closes on none."""
    listed = closing_list(text, spans)
    if not listed:
        return None
    before = ASKED_LIST_BEFORE.search(text[:listed[0][0]])
    return before.start() + 1 if before else listed[0][0]
