"""How often round 24's honesty readings decide an answer on question sets, and how often the answer is then right.

A question fires when one of them gives its outcome: a kind claimed of one cooperation (search.qa_kind_claim), a
figure of another kind of cooperation than the one asked (search.qa_owner_kind), a "yes" of shared cooperations to
a claim of another relation (search.qa_verdict_relation), or the affiliation of a person holding no post
(search.qa_profile); $HONEST24_WHICH=NAME counts one of them only. The harness: bench/qa_fires.py.

    python bench/honest24_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

import os
from collections.abc import Callable

from qa_fires import main

# The readings counted, each (name, how to reach the object holding it from the answerer, the method's name, whether an
# outcome fires: the returned value tells).
HOOKS = (
    ("kind", lambda qa: qa.operators, "kind_claim", lambda out, *args: out is not None),
    ("owner", lambda qa: qa.owner_kinds, "unfit", lambda out, *args: out is not None),
    ("relation", lambda qa: qa.verdicts, "checked", lambda out, answer, u: out is not answer),
    ("affiliation", lambda qa: qa.operators, "affiliation", lambda out, *args: out is not None and out.settled),
)


def counted(qa) -> Callable[[], int]:
    """Each reading's method wrapped to count its firings (all of them, or the one named by $HONEST24_WHICH)."""
    fired = [0]
    which = os.environ.get("HONEST24_WHICH")
    for name, holder, method, fires in HOOKS:
        if which and name != which:
            continue
        target = holder(qa)
        original = getattr(target, method)

        def wrapped(*args, _original=original, _fires=fires):
            out = _original(*args)
            fired[0] += bool(_fires(out, *args))
            return out

        setattr(target, method, wrapped)
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
