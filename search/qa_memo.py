"""Work done once per answer: a step asked again with equal arguments within one answer reads its first result.

One answer reads its question several times over: every rewrite is understood again, each reading asks the
Chinese tagger for the same question's words (search.qa_spans.tagged_words: scope, residue, qualifiers,
headings), a sub-question is answered inside the question holding it. Steps that are pure functions of their
arguments over the answerer's fixed graph are wrapped by ``once``: inside ``one_answer()`` (entered by
search.qa.QuestionAnswerer.answer; a sub-question's answer shares the memo of the answer asking it) each is
computed once per distinct arguments; outside one it is called as it is. Nothing is kept from one question to
the next, and nothing of one thread's answer is seen by another's (a context variable: the server answers on
several threads). A memoised result is shared by every caller: it must not be changed in place (the wrapped
steps return tuples, frozen values or mappings no caller writes).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_memo: ContextVar[dict[Hashable, object] | None] = ContextVar("qa_memo", default=None)


@contextmanager
def one_answer() -> Iterator[None]:
    """The extent of one answer: ``once`` steps computed in it are kept until it ends (an answer begun
    within another's, a sub-question's, keeps its results in the outer one's memo)."""
    token = _memo.set({}) if _memo.get() is None else None
    try:
        yield
    finally:
        if token is not None:
            _memo.reset(token)


def once(step: Callable[P, R]) -> Callable[P, R]:
    """``step`` computed once per distinct (hashable) positional arguments within one answer."""

    @functools.wraps(step)
    def memoised(*args: P.args, **kwargs: P.kwargs) -> R:
        memo = _memo.get()
        if memo is None or kwargs:
            return step(*args, **kwargs)
        key = (step, args)
        if key not in memo:
            memo[key] = step(*args, **kwargs)
        return memo[key]  # type: ignore[return-value]

    return memoised
