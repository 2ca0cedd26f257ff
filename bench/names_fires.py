"""How often search.qa_name_forms decides an answer on question sets, and how often the answer is then right.

A question fires when a span read as a name the graph does not hold is read as one of the graph's names written in
another form ("Yinuo Bio", 东风尼桑, 金浦新区, 杨耀权): the question renamed so (NameForms.renamed gives a question), or
the span no longer unknown because the reading's question holds the name already (NameForms.read_as); the harness:
bench/qa_fires.py.

    python bench/names_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main


class _Counted:
    """The answerer's NameForms, counting each reading of a span as a name in another form."""

    def __init__(self, inner, fired: list[int]):
        self.inner, self.fired = inner, fired

    def renamed(self, text, unknown):
        out = self.inner.renamed(text, unknown)
        self.fired[0] += out is not None
        return out

    def read_as(self, span, read):
        out = self.inner.read_as(span, read)
        self.fired[0] += out
        return out


def counted(qa) -> Callable[[], int]:
    """The answerer's name forms wrapped to count their readings."""
    fired = [0]
    qa.name_forms = _Counted(qa.name_forms, fired)
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
