"""What each reading of round 41's refusals family changes on question sets, and whether the answers are then right.

Each question is answered with the reading and, when the reading fired on it, again with the reading off (the
harness: bench/qa_fires.changed_main); a question whose answer differs is printed with both verdicts, and the empty
cases the reading answers are counted (must be 0). The readings:

- ``titled``: a person called by surname and post is the one person the graph holds so (search.qa_titled_people;
  off: the question read as written, "杨书记" a name the graph lacks);
- ``relation``: a relation's word the tagger reads alone as a name ("上级") is no name (search.qa_spans.lead_alone;
  off: it is one);
- ``greeting``: a greeting standing alone at a sentence's opening ("Hi,", "Hi there,") is no name
  (search.qa_name_shape._interjection; off: it is one unless both dictionaries list it).

On CHECK sets run it with the question lines filtered out (sums only):

    python bench/refusals41_fires.py [--data DIR] [--show] --off titled|relation|greeting SET.jsonl ...
"""

from __future__ import annotations

import sys

from collections.abc import Callable

from qa_fires import answered_afresh, changed_main, patched

import search.qa_name_shape as name_shape
import search.qa_spans as spans
from search.qa_titled_people import TitledPeople

OFF = {
    "titled": lambda: patched((TitledPeople, "named", lambda self, text: text)),
    "relation": lambda: patched((spans, "lead_alone", lambda name: False)),
    "greeting": lambda: patched((name_shape, "_interjection", lambda words, after: False)),
}


def calls_true(owner, name: str, fired_when: Callable[..., bool]) -> Callable[[], int]:
    """``owner.name`` wrapped to count the calls ``fired_when(result, *args)`` holds of: the count grows while a
    question fires. (bench/qa_fires.calls_returning counts results other than None: these readings answer yes or no,
    or rewrite a text as a method.)"""
    fired, inner = [0], getattr(owner, name)

    def counting(*args):
        found = inner(*args)
        fired[0] += bool(fired_when(found, *args))
        return found

    setattr(owner, name, counting)
    return lambda: fired[0]


FIRED = {
    "titled": lambda qa: calls_true(TitledPeople, "named", lambda found, self, text: found != text),
    "relation": lambda qa: calls_true(spans, "lead_alone", lambda found, *args: found),
    "greeting": lambda qa: calls_true(name_shape, "_interjection", lambda found, *args: found),
}


def main(argv: list[str]) -> None:
    """Parse ``--off READING`` off ``argv`` and run the harness with that reading off."""
    at = argv.index("--off")
    reading, rest = argv[at + 1], argv[:at] + argv[at + 2:]
    changed_main(__doc__.splitlines()[0], OFF[reading], answered_afresh, rest, counted=FIRED[reading])


if __name__ == "__main__":
    main(sys.argv[1:])
