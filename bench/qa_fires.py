"""The harness of the fire benches (bench/described_fires.py, bench/subquestion_fires.py): how often one mechanism of
search.qa fires on question sets, and how often the answer is then right.

Each question is judged as the evaluation judges it (search.qa_eval.judge; an unanswerable case is right when the
answer stays empty): the set's answerable and empty tallies are printed beside the firing ones.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from search.qa import QuestionAnswerer
from search.qa_eval import judge, load_qa_cases


def opened(description: str, argv=None) -> tuple[argparse.Namespace, QuestionAnswerer]:
    """Parse ``[--data DIR] [--show] SET.jsonl ...``; the arguments and the answerer over the data's build."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", default=None)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("sets", nargs="+")
    args = parser.parse_args(argv)
    import cli

    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    return args, QuestionAnswerer(kg, engine)


def judged_firings(qa: QuestionAnswerer, path: str, readings: Callable[[QuestionAnswerer, str], list[str]]):
    """(case, the names of the readings firing on it, its answer as a dict, whether the answer is right) for each case
    of the set at ``path`` some reading fires on (``readings``: the names firing on a question); the rest unanswered."""
    for case in load_qa_cases(path):
        fired = readings(qa, case.q)
        if fired:
            answer = qa.answer(case.q).to_dict()
            yield case, fired, answer, not judge(case, answer)


def firing_tallies(qa: QuestionAnswerer, path: str, readings: Callable[[QuestionAnswerer, str], list[str]],
                   show: bool) -> tuple[Counter, Counter, Counter]:
    """How often each reading fires on the set at ``path``, is then right, and fires on an empty case (three Counters by
    the readings' names); each wrong answer printed, and each right one too when ``show``."""
    fires, right, empties = Counter(), Counter(), Counter()
    for case, fired, _, ok in judged_firings(qa, path, readings):
        for name in fired:
            fires[name] += 1
            right[name] += ok
            empties[name] += case.expect_empty
        if show or not ok:
            print(f"  {'right' if ok else 'WRONG'}{' (empty case)' if case.expect_empty else ''} [{', '.join(fired)}] "
                  f"{Path(path).name}: {case.q}")
    return fires, right, empties


def calls_returning(owner, name: str) -> Callable[[], int]:
    """``owner.name`` (a method or a module's function) wrapped to count the calls returning something other than
    None: the count grows while a question fires."""
    fired = [0]
    inner = getattr(owner, name)

    def counting(*args, **kwargs):
        found = inner(*args, **kwargs)
        fired[0] += found is not None
        return found

    setattr(owner, name, counting)
    return lambda: fired[0]


def calls_changing(owner, name: str) -> Callable[[], int]:
    """``owner.name`` (a rewrite: text first, text returned) wrapped to count the calls returning another text than
    the one given: the count grows while a question fires."""
    fired = [0]
    inner = getattr(owner, name)

    def counting(text, *args, **kwargs):
        found = inner(text, *args, **kwargs)
        fired[0] += found != text
        return found

    setattr(owner, name, counting)
    return lambda: fired[0]


def harmless_fired(reasons: frozenset[str] | None = None) -> Callable[[QuestionAnswerer], Callable[[], int]]:
    """A ``counted`` for ``main``: the readings' settling wrapped to count each answer kept because leftover words ask
    about nothing (its understanding notes them as ``harmless``), one of them for one of ``reasons`` when given."""

    def counted(qa: QuestionAnswerer) -> Callable[[], int]:
        fired = [0]
        settled = qa.readings.settled

        def counted_settled(question, text, u, first):
            kept = settled(question, text, u, first)
            why = set((kept.understanding.get("harmless") or {}).values())
            fired[0] += bool(why) and (reasons is None or bool(reasons & why))
            return kept

        qa.readings.settled = counted_settled
        return lambda: fired[0]

    return counted


def main(description: str, counted: Callable[[QuestionAnswerer], Callable[[], int]], argv=None) -> None:
    """Report each set's firings; ``counted(qa)`` hooks the mechanism into the answerer and gives a count that
    grows while a question fires."""
    args, qa = opened(description, argv)
    fired = counted(qa)
    for path in args.sets:
        cases, fires, right = load_qa_cases(path), 0, 0
        tally = {False: [0, 0], True: [0, 0]}  # expect_empty → [right, cases]
        for case in cases:
            before = fired()
            ok = not judge(case, qa.answer(case.q).to_dict())
            tally[case.expect_empty][0] += ok
            tally[case.expect_empty][1] += 1
            if fired() > before:
                fires += 1
                right += ok
                print(f"  {'right' if ok else 'WRONG'}: {case.q}")
        (a, n), (e, m) = tally[False], tally[True]
        print(f"{Path(path).name}: answerable {a}/{n}, empty honest {e}/{m}; fired on {fires}/{len(cases)}, right {right}/{fires}")


@contextmanager
def patched(*changes: tuple[object, str, object]):
    """Each (owner, name, value) of ``changes`` set for the block, the values before put back after it."""
    kept = [(owner, name, getattr(owner, name)) for owner, name, _ in changes]
    for owner, name, value in changes:
        setattr(owner, name, value)
    try:
        yield
    finally:
        for owner, name, value in kept:
            setattr(owner, name, value)


def answered_afresh(qa: QuestionAnswerer, question: str) -> dict:
    """The answer as a dict, nothing kept from an earlier reading of the same text (the readers' one-question caches)."""
    qa.kinds._last = qa.descriptions._last = qa.chains._pointed_last = qa.chains._last = None
    return qa.answer(question).to_dict()


def changed_main(description: str, readings_off: Callable[[], AbstractContextManager], answered: Callable[[QuestionAnswerer, str], dict],
                 argv=None, counted: Callable[[QuestionAnswerer], Callable[[], int]] | None = None) -> None:
    """Each question answered with the readings and again inside ``readings_off()`` (the code as before them); a
    question whose answer differs is a firing. Printed per set and over all: questions, firings, right with and without,
    and empty cases answered by the change (must be 0). ``answered(qa, question)``: the answer as a dict, no reader's
    cache of the same text kept from the other pass. With ``counted`` (as ``main`` takes it), a question is answered
    again only when the count grew while it was answered (the readings can change nothing else)."""
    args, qa = opened(description, argv)
    fired = counted(qa) if counted else None
    totals = [0, 0, 0, 0, 0]  # questions, fired, right with, right without, empty cases answered
    for path in args.sets:
        counts = [0, 0, 0, 0, 0]
        for case in load_qa_cases(path):
            counts[0] += 1
            before = fired() if fired else 0
            with_them = answered(qa, case.q)
            if fired and fired() == before:
                continue
            with readings_off():
                without = answered(qa, case.q)
            if (with_them["answer_text"], with_them["answers"]) == (without["answer_text"], without["answers"]):
                continue
            ok, was = not judge(case, with_them), not judge(case, without)
            broken = case.expect_empty and bool(with_them["answers"]) and not without["answers"]
            counts[1:] = [counts[1] + 1, counts[2] + ok, counts[3] + was, counts[4] + broken]
            print(f"  {'right' if ok else 'WRONG'} (was {'right' if was else 'wrong'}){' EMPTY ANSWERED' if broken else ''}: {case.q}")
            if args.show:
                print(f"      → {with_them['answer_text'][:200]}\n      ← {without['answer_text'][:200]}")
        print(f"{Path(path).name}: changed {counts[1]}/{counts[0]}, right {counts[2]} (before {counts[3]}), empty cases answered {counts[4]}")
        totals = [t + n for t, n in zip(totals, counts)]
    print(f"ALL: changed {totals[1]}/{totals[0]}, right {totals[2]} (before {totals[3]}), empty cases answered {totals[4]}")
