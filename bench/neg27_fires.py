"""How often round 27's readings of a negation or an exclusion within a named set decide an answer on question sets,
and how often it is then right.

A question fires when one of them changes what is read: a named organisation's partners as the set a negation picks
from ("交大签的三家企业里，哪几家跟氢能无关": search.qa_negated_within._scoped_universe, organisations asked), the parties
of one named cooperation less those in another ("数字人才中心的高校里，哪些没签别的项目": _only_in_named), or an except
clause setting aside what the one it names takes part in ("把大工参与的剔掉": search.qa_except._theirs_set_aside); the
harness: bench/qa_fires.py.

    python bench/neg27_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main

from search.qa_graph import ORGANIZATION


def counted(qa) -> Callable[[], int]:
    """The readings hooked to count each change they make."""
    fired = [0]

    def hook(name: str, changed: Callable) -> None:
        original = getattr(qa.operators, name)

        def hooked(*args, **kwargs):
            out = original(*args, **kwargs)
            fired[0] += bool(changed(args, out))
            return out
        setattr(qa.operators, name, hooked)

    # (organisations asked: the cooperations' scoping is round 25's, bench/neg25_fires.py)
    hook("_scoped_universe", lambda args, out: bool(out[1]) and qa.operators._is(args[0].answer_classes, ORGANIZATION))
    hook("_only_in_named", lambda args, out: out is not None)
    hook("_theirs_set_aside", lambda args, out: bool(out))
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
