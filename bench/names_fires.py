"""How often search.qa_name_forms decides an answer on question sets, and how often the answer is then right.

A question fires when a span read as a name the graph does not hold is read as one of the graph's names written in
another form ("Yinuo Bio", 东风尼桑, 金浦新区, 杨耀权): the question renamed so (NameForms.renamed gives a question), or
the span no longer unknown because the reading's question holds the name already (NameForms.read_as); or when a place's
other names are asked and answered (search.qa_place_names: "金普新区又叫什么"). The harness: bench/qa_fires.py.

    python bench/names_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main


def _counting(method: Callable, fired: list[int]) -> Callable:
    """``method`` counting into ``fired`` each call whose outcome is a reading (not None, not False)."""
    def counting(*args):
        out = method(*args)
        fired[0] += out is not None and out is not False
        return out
    return counting


class _Counted:
    """The answerer's NameForms (a frozen dataclass), its two readings counted."""

    def __init__(self, inner, fired: list[int]):
        self.renamed, self.read_as = _counting(inner.renamed, fired), _counting(inner.read_as, fired)


def counted(qa) -> Callable[[], int]:
    """The answerer's name forms, and its operator of a place's other names, wrapped to count their readings."""
    fired = [0]
    qa.name_forms = _Counted(qa.name_forms, fired)
    qa.operators.other_names = _counting(qa.operators.other_names, fired)
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
