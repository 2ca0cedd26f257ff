"""How often a when/where question's dated event or document is refused for sharing only function words with it
(search.qa_compose._dated_about), and whether the answer is then right: each firing question answered again with the
check off (the answers as before it); the harness: bench/qa_fires.py.

    python bench/dated_fires.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import answered_afresh, changed_main, patched

import search.qa_compose as compose


def refusals(_qa) -> Callable[[], int]:
    """``_dated_about`` wrapped to count the dated things it refuses."""
    about, refused = compose._dated_about, [0]

    def counting(*args):
        found = about(*args)
        refused[0] += not found
        return found

    compose._dated_about = counting
    return lambda: refused[0]


if __name__ == "__main__":
    changed_main(__doc__.splitlines()[0], lambda: patched((compose, "_dated_about", lambda *a: True)), answered_afresh,
                 counted=refusals)
