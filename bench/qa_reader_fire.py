"""How often the evidence reader fires on each development set, and how often it is then right.

For every set it answers each question twice: with the reader's fitted floor (what the answerer says) and
with no floor (what the reader would read wherever it is asked). Per set it prints the answerable and empty
figures, the questions the reader answered and how many of those are right, and the same for the unfloored
reader; ``--scores`` prints each unfloored reading (its score, whether it is right, the question).

    python bench/qa_reader_fire.py [--data DIR] [--scores] SET.jsonl ...
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

import cli
from search.qa import QuestionAnswerer
from search.qa_config import DEFAULT_CONFIG
from search.qa_eval import QACase, judge, load_qa_cases


def fired(qa: QuestionAnswerer, cases: list[QACase], shown: list[str] | None = None) -> list[tuple[float | None, bool]]:
    """(the reader's score when it answered, else None; whether the answer is right) per case; each reading's
    line is added to ``shown`` when given."""
    out = []
    for case in cases:
        answer = qa.answer(case.q).to_dict()
        read = answer["understanding"].get("reader")
        out.append((read["score"] if read else None, not judge(case, answer)))
        if read and shown is not None:
            shown.append(f"    {read['score']:7.3f} {'right' if out[-1][1] else 'WRONG'}{' (empty)' if case.expect_empty else ''} "
                         f"{read['kind']} c {read['coverage']} d {read['dense']}  {case.q}  ->  {answer['answer_text'][:60]}")
    return out


def summary(cases: list[QACase], found: list[tuple[float | None, bool]]) -> str:
    """Answerable x/N, empty y/M, reader fired n (right r)."""
    answerable = [ok for case, (_, ok) in zip(cases, found) if not case.expect_empty]
    empty = [ok for case, (_, ok) in zip(cases, found) if case.expect_empty]
    read = [ok for score, ok in found if score is not None]
    return (f"answerable {sum(answerable)}/{len(answerable)}, empty {sum(empty)}/{len(empty)}, "
            f"reader fired {len(read)} (right {sum(read)})")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--scores", action="store_true")
    parser.add_argument("sets", nargs="+")
    args = parser.parse_args(argv)
    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    fitted = QuestionAnswerer(kg, engine)
    unfloored = QuestionAnswerer(kg, engine, replace(DEFAULT_CONFIG, reader=replace(DEFAULT_CONFIG.reader, min_score=float("-inf"))))
    totals = [0, 0, 0, 0]
    for path in args.sets:
        cases = load_qa_cases(path)
        shown: list[str] = []
        found, open_ = fired(fitted, cases), fired(unfloored, cases, shown if args.scores else None)
        print(f"{Path(path).stem}: {summary(cases, found)}; unfloored {summary(cases, open_)}")
        totals = [t + n for t, n in zip(totals, (sum(s is not None for s, _ in found), sum(ok for s, ok in found if s is not None),
                                                 sum(s is not None for s, _ in open_), sum(ok for s, ok in open_ if s is not None)))]
        if shown:
            print("\n".join(shown))
    print(f"all: reader fired {totals[0]} (right {totals[1]}); unfloored fired {totals[2]} (right {totals[3]})")


if __name__ == "__main__":
    main()
