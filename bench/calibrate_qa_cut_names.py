"""Fit how a Chinese name cut by a linked part is told to be another organisation (search.qa_cut_names): which
kind test (the graph's organisations' last characters alone, or those and the tagger's organisation names) and how
many characters of its own its rest has at least (NAME_OWN_CHARS).

Answers every question of the sets given (the TUNE half: ``. /work/notes/scripts/sets.sh; … $TUNE``) once, recording
each cut name the reading meets that no name holds and no slip explains, and prints, for each choice, how many
answerable questions it would refuse (each a break) and how many unanswerable ones it would refuse naming the
name; the choice is the one refusing the fewest answerable questions that refuses the most unanswerable ones, among
equals the wider kind test, then the smallest count (the widest rule that breaks nothing).

    python bench/calibrate_qa_cut_names.py [--data DIR] SET.jsonl …
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from search import qa_cut_names, qa_scope
from search.qa_eval import load_qa_cases

OWN_COUNTS = (1, 2, 3, 4)
KIND_TESTS = ("graph ends", "graph ends or tagger")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("sets", nargs="+")
    args = parser.parse_args(argv)
    import cli
    from search.qa import QuestionAnswerer

    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    qa = QuestionAnswerer(kg, engine)
    seen: dict[int, set[tuple[str, int, bool, bool]]] = {}
    current = [0]

    def recorded(whole, blanked, names, held, kind, slip_share):
        for name, left in qa_cut_names.candidates(whole, blanked, names, held, slip_share):
            own = len(qa_cut_names.own_characters(name, left))
            seen.setdefault(current[0], set()).add((name, own, name[-1] in qa.scope.zh_org_ends, kind(name)))
        return qa_cut_names.cut_names(whole, blanked, names, held, kind, slip_share)

    qa_scope.cut_names = recorded
    cases = [c for path in args.sets for c in load_qa_cases(path)]
    for i, case in enumerate(cases):
        current[0] = i
        qa.answer(case.q)
    _report(cases, seen)


def _report(cases, seen) -> None:
    scores = {}
    for test in KIND_TESTS:
        for count in OWN_COUNTS:
            hit = {i for i, found in seen.items()
                   if any(own >= count and (ends if test == KIND_TESTS[0] else kind) for _, own, ends, kind in found)}
            broke = sorted(i for i in hit if not cases[i].expect_empty)
            caught = sorted(i for i in hit if cases[i].expect_empty)
            scores[(test, count)] = (len(broke), len(caught))
            print(f"  {test:22s} own>={count}: refuses {len(broke)} answerable, {len(caught)} unanswerable")
            for i in broke + caught:
                print(f"      {'BREAK' if i in broke else 'empty'} {cases[i].q}  {sorted(seen[i])}")
    best = min(scores, key=lambda k: (scores[k][0], -scores[k][1], -KIND_TESTS.index(k[0]), k[1]))
    print(f"chosen: {best[0]}, NAME_OWN_CHARS={best[1]}: {scores[best][0]} answerable refused, {scores[best][1]} unanswerable")


if __name__ == "__main__":
    main()
