"""How often search.qa_described fires on question sets, and how often the answer is then right.

A question fires when the reading dismisses a span read as unheld (``Described.unread`` keeps fewer spans than
it is given) or renames one (``Described.renamed`` gives a question). Each firing question is judged as the
evaluation judges it (search.qa_eval.judge); an unanswerable case is right when the answer stays empty.

    python bench/described_fires.py [--data DIR] SET.jsonl ...
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from search.qa import QuestionAnswerer
from search.qa_eval import judge, load_qa_cases


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("sets", nargs="+")
    args = parser.parse_args(argv)
    import cli

    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    qa = QuestionAnswerer(kg, engine)
    fired: list[bool] = []
    unread, renamed = qa.described.unread, qa.described.renamed

    def counted_unread(question, unknown, held):
        kept = unread(question, unknown, held)
        fired[-1] |= len(kept) < len(unknown)
        return kept

    def counted_renamed(text, unknown):
        new = renamed(text, unknown)
        fired[-1] |= new is not None
        return new

    qa.described.unread, qa.described.renamed = counted_unread, counted_renamed  # type: ignore[method-assign]
    for path in args.sets:
        cases, fires, right = load_qa_cases(path), 0, 0
        for case in cases:
            fired.append(False)
            answer = qa.answer(case.q).to_dict()
            if fired[-1]:
                fires += 1
                ok = not judge(case, answer)
                right += ok
                print(f"  {'right' if ok else 'WRONG'}: {case.q}")
        print(f"{Path(path).name}: fired on {fires}/{len(cases)}, right {right}/{fires}")


if __name__ == "__main__":
    main()
