"""How often search.qa_correction states what the graph holds beside a "no", on question sets, and how often the answer
is then right.

A question fires when a yes/no claiming named organisations worked together (on a cooperation named or described,
or at all) is answered "no" with the parties or the partner the graph holds instead, or one claiming a person's post
with the posts the graph holds of them, or a party of a role besides those an except clause sets aside is claimed
(search.qa_party_claims); the harness: bench/qa_fires.py.

    python bench/verdict26_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import calls_returning, main


def counted(qa) -> Callable[[], int]:
    """The corrections of search.qa_correction and the role claims beside an except clause, counted together."""
    counts = [calls_returning(qa.operators, name) for name in ("corrected", "posts_instead", "_other_of_role")]
    return lambda: sum(count() for count in counts)


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
