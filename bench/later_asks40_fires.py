"""What each rule of search.qa_later_asks changes on question sets, and whether the answers are then right (round 40).

Each question is answered with the module as it is and, when it reaches the module, again with one rule off (the
harness: bench/qa_fires.changed_main); a question whose answer differs is printed with both verdicts, and the empty
cases the rule's absence would answer are counted. The rules:

- ``refused``: a whole refused for a name outside the graph, or settled as refused, is never answered by its asks
  (off: the asks alone may answer it, as round 39's ask39c did);
- ``split``: two how-many asks answered alone by the very same figure are no answer to the split they ask (off: each
  is answered by it);
- ``module``: the whole module (off: the whole reading kept as it is).

    python bench/later_asks40_fires.py [--data DIR] [--show] --off refused|split|module SET.jsonl ...
"""

from __future__ import annotations

import sys

from qa_fires import answered_afresh, calls_returning, changed_main, patched

import search.qa_later_asks as later

OFF = {
    "refused": lambda: patched((later, "refused", lambda whole: False)),
    "split": lambda: patched((later, "unsplit", lambda got, parsed: frozenset())),
    "module": lambda: patched((later, "cut", lambda text: [text])),  # (one ask: the whole kept)
}


def main(argv: list[str]) -> None:
    """Parse ``--off RULE`` off ``argv`` and run the harness with that rule off."""
    at = argv.index("--off")
    rule, rest = argv[at + 1], argv[:at] + argv[at + 2:]
    # (a question is answered again only when it reached the module: the rules change nothing else)
    changed_main(__doc__.splitlines()[0], OFF[rule], answered_afresh, rest,
                 counted=lambda qa: calls_returning(qa.later, "read"))


if __name__ == "__main__":
    main(sys.argv[1:])
