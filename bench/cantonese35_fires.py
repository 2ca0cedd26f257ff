"""How often a question is read through search.cantonese (a Cantonese marker) or holds a degree word (这么, 那么, 要么,
多么, 咁: search.qa_headings.ZH_ASKING's 么, search.wording.FILLER_WORDS), and how often the answer is then right.

Only these questions can be answered otherwise than before round 35's change: ``mandarin`` gives any other text back
as it is, and the 么 and degree words fire only where they are written; the harness: bench/qa_fires.py.

    python bench/cantonese35_fires.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

import re
from collections import Counter

from qa_fires import firing_tallies, opened

from graph.han import fold
from search.cantonese import MARKERS

DEGREE = re.compile(r"[这那要多]么|咁")


def readings(qa, question: str) -> list[str]:
    """The names of the readings firing on ``question``: "cantonese", "degree"."""
    text = fold(question)
    return [name for name, pattern in (("cantonese", MARKERS), ("degree", DEGREE)) if pattern.search(text)]


def main() -> None:
    args, qa = opened(__doc__.splitlines()[0])
    fires, right, empties = Counter(), Counter(), Counter()
    for path in args.sets:
        for total, found in zip((fires, right, empties), firing_tallies(qa, path, readings, args.show)):
            total.update(found)
    print("ALL: " + "; ".join(f"{n} fired {fires[n]} (empty cases {empties[n]}), right {right[n]}" for n in sorted(fires)))


if __name__ == "__main__":
    main()
