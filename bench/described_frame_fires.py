"""How often a frame clause the question points back into is kept (search.qa_frame.described_back) on question sets,
and how often the answer is then right.

A question fires when a demonstrative in what it asks points at a noun standing in the asker's frame or background
("我在中职教机电，打算带一个班去装备制造实训基地参观，那家基地…", "… to the equipment manufacturing training base; which
firm built that base?"), so the clause describing it is kept, not read off; the harness: bench/qa_fires.py.

    python bench/described_frame_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main

import search.qa_frame


def described_fired(qa) -> Callable[[], int]:
    """A ``counted`` for ``main``: search.qa_frame.described_back wrapped to count the calls finding a pointer."""
    fired = [0]
    inner = search.qa_frame.described_back

    def counting(frame, rest):
        found = inner(frame, rest)
        fired[0] += found
        return found

    search.qa_frame.described_back = counting
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], described_fired)
