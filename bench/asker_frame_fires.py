"""How often the third person's frame read by its shape (search.qa_frame.told_by_asker: "A robotics startup in Shenzhen
wants an AI partner in Dalian:", "深圳一家机器人公司想在大连找合作伙伴，") changes how a question is read, and how often
the answer is then right.

A question fires when Frames.read reads off another frame than without the described asker's reading
(``Frames._described``), or frame_clauses (the frame every refusal step reads) tells other clauses than without
``told_by_asker``. Only the firing questions are answered and judged (search.qa_eval.judge).

    python bench/asker_frame_fires.py [--data DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

from qa_fires import opened

from graph.han import fold
from search import qa_frame
from search.qa_eval import judge, load_qa_cases


def fires(qa, question: str) -> list[str]:
    """The readings firing on ``question``: "read" (Frames.read), "clauses" (frame_clauses)."""
    folded = fold(question)
    with_it = qa.frames.read(folded), qa_frame.frame_clauses(folded)
    described, told = qa.frames._described, qa_frame.told_by_asker
    qa.frames._described = lambda c, later: False
    qa_frame.told_by_asker = lambda body, end="": False
    try:
        without = qa.frames.read(folded), qa_frame.frame_clauses(folded)
    finally:
        qa.frames._described, qa_frame.told_by_asker = described, told
    return [name for name, a, b in zip(("read", "clauses"), with_it, without) if a != b]


def main() -> None:
    """Print, per set, the questions fired on, how many, and how many are right."""
    args, qa = opened(__doc__.splitlines()[0])
    total = right = 0
    for path in args.sets:
        cases = load_qa_cases(path)
        fired = [(case, names) for case in cases if (names := fires(qa, case.q))]
        ok = 0
        for case, names in fired:
            good = not judge(case, qa.answer(case.q).to_dict())
            ok += good
            if args.show:
                print(f"  {'ok  ' if good else 'MISS'} {'+'.join(names):13} {'[empty] ' if case.expect_empty else ''}{case.q}")
        total, right = total + len(fired), right + ok
        print(f"{path}: {len(cases)} questions, fired {len(fired)}, right {ok}")
    print(f"all: fired {total}, right {right}")


if __name__ == "__main__":
    main()
