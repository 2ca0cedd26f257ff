"""How often the tally reading (search/qa_tally.py) fires on each development set, and how often it is then right.

Per set it prints the answerable and empty figures and the questions whose answer the tally reading changed
(words dropped from the topic, or a signing read as the party's signed projects) with how many of those are
right (search.qa_eval.judge: an empty case is right when its answer stays empty); ``--shown`` prints each
firing (right or WRONG, what it dropped, the question).

    python bench/tally_fires.py [--data DIR] [--shown] SET.jsonl ...
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import cli
from search.qa import QuestionAnswerer
from search.qa_eval import judge, load_qa_cases


def tallied(qa: QuestionAnswerer, path: str, shown: list[str]) -> Counter:
    """The set's figures: answerable and empty cases and those right, firings and those right; each firing's
    line added to ``shown``."""
    found: Counter = Counter()
    for case in load_qa_cases(path):
        answer = qa.answer(case.q).to_dict()
        ok, kind, tally = not judge(case, answer), "empty" if case.expect_empty else "answerable", answer["understanding"].get("tally")
        found.update({kind: 1, f"{kind} right": ok, "fired": bool(tally), "fired right": bool(tally) and ok})
        if tally:
            shown.append(f"    {'right' if ok else 'WRONG'}{' (empty)' if case.expect_empty else ''} {tally}  {case.q}")
    return found


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    for flag, extra in (("--data", {"default": None}), ("--shown", {"action": "store_true"}), ("sets", {"nargs": "+"})):
        parser.add_argument(flag, **extra)  # type: ignore[arg-type]
    args = parser.parse_args(argv)
    qa, total = QuestionAnswerer(*cli._engine(argparse.Namespace(data=args.data))), Counter()
    for path in args.sets:
        shown: list[str] = []
        found = tallied(qa, path, shown)
        total += found
        print(f"{Path(path).stem}: answerable {found['answerable right']}/{found['answerable']}, empty {found['empty right']}/"
              f"{found['empty']}, tally fired {found['fired']} (right {found['fired right']})")
        print("\n".join(shown) if args.shown and shown else "", end="\n" if args.shown and shown else "")
    print(f"all: tally fired {total['fired']} (right {total['fired right']})")


if __name__ == "__main__":
    main()
