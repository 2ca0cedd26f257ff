"""How often the figure reading (search/qa_figure_reader.py) fires on question sets, and how often the answer is then right.

A question fires when the figure reading reads a figure for it (search.qa.read_figure returns a reading, which the
answer then rests on: it is asked only when every other reading found nothing and refused nothing); the harness:
bench/qa_fires.py (an empty case is right when its answer stays empty).

    python bench/figure_reader_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import calls_returning, main


def counted(qa) -> Callable[[], int]:
    """The figure reading wrapped to count each question it reads a figure for."""
    import search.qa  # (after qa_fires put this checkout first on the path)

    return calls_returning(search.qa, "read_figure")


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
