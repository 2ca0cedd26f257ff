"""How often round 25's exclusion and negation readings decide an answer on question sets, and how often it is then right.

A question fires when one of them changes what is read: a set named before a negation scoping it or a class word after
a co-party word read as the party denied (search.qa_negated_scope), a kind before a negation scoping the organisations
asked (Operators._scoped_parties), a party's signings read as its projects under a negation or an exclusion
(search.qa_tally.SUBSET), "where else" asked as in what other cooperations or the names before the asking sentence
left out (search.qa_except), or the parties of the set picked asked in a closing clause (search.qa_set_parties); the
harness: bench/qa_fires.py.

    python bench/neg25_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

from collections.abc import Callable

from qa_fires import main

from search import qa_operators, qa_tally


def counted(qa) -> Callable[[], int]:
    """The readings hooked to count each change they make."""
    fired = [0]

    def hook(owner, name: str, changed: Callable) -> None:
        original = getattr(owner, name)

        def hooked(*args, **kwargs):
            out = original(*args, **kwargs)
            fired[0] += bool(changed(args, out))
            return out
        setattr(owner, name, hooked)

    hook(qa_operators, "scoping_names", lambda args, out: bool(out))
    hook(qa_operators, "asking_set", lambda args, out: out is not args[0])
    hook(qa.operators, "_scoped_parties", lambda args, out: True)
    hook(qa.operators, "asked_in", lambda args, out: out is not args[0])
    hook(qa.operators, "_before_asking", lambda args, out: out != args[1])
    hook(qa.set_parties, "read", lambda args, out: out is not args[2])
    tally = qa.tally
    hook(tally, "read", lambda args, out: out[1] is not None and out[1].signings
         and not (qa_tally.TALLIED & set(args[1]) or qa_tally.TIMES.search(args[0].question)))
    return lambda: fired[0]


if __name__ == "__main__":
    main(__doc__.splitlines()[0], counted)
