"""How often this tree's reading of the asker's frame (search.qa_frame) reads a question apart differently from a base
revision's, and how often the answer is then right: fired, right, fixed, broken and empties answered, over every
stranger development set by default (tests/search/qa-dev-novel*.jsonl but the held-out novel31b).

A question fires when ``Frames.read`` gives another frame or rest than the base revision's ``search/qa_frame.py`` and
``search/qa_clause_content.py`` (``git show REV:…``, loaded beside this tree's modules) on the same answerer; both answers are then
made, each with its own frames, and judged as the evaluation judges them (search.qa_eval.judge).

    python bench/discourse31_fires.py [--data DIR] [--base REV] [--show] [SET.jsonl ...]
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import types
from dataclasses import fields
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from search.qa import QuestionAnswerer
from search.qa_discourse import Discourse
from search.qa_eval import judge, load_qa_cases
from search.text import fold

HELD_OUT = "novel31b"


def base_module(rev: str, path: str) -> types.ModuleType:
    """The module at ``path`` as the revision ``rev`` holds it, loaded beside this tree's modules."""
    source = subprocess.run(["git", "show", f"{rev}:{path}"], cwd=HERE.parent, check=True, capture_output=True, text=True).stdout
    name = f"base_{Path(path).stem}"
    module = sys.modules[name] = types.ModuleType(name)
    exec(compile(source, f"{rev}:{path}", "exec"), module.__dict__)  # (our own file at a revision)
    return module


def base_frames(qa: QuestionAnswerer, rev: str):
    """The answerer's frames as the revision ``rev`` of search/qa_frame.py and search/qa_clause_content.py make
    them, over the same readers."""
    mine = qa.frames
    content = mine.linked.__self__  # the answerer's ClauseContent
    made = base_module(rev, "search/qa_clause_content.py").ClauseContent(**{f.name: getattr(content, f.name) for f in fields(content)})
    discourse = Discourse(made.holds_content, mine.discourse.common)
    return base_module(rev, "search/qa_frame.py").Frames(made.names_held, made.one_organisation, discourse, made.kinds)


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--base", default="main")
    parser.add_argument("--show", action="store_true")
    parser.add_argument("sets", nargs="*")
    args = parser.parse_args(argv)
    import cli

    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    qa = QuestionAnswerer(kg, engine)
    mine, base = qa.frames, base_frames(qa, args.base)
    sets = args.sets or [str(p) for p in sorted((HERE.parent / "tests/search").glob("qa-dev-novel*.jsonl")) if HELD_OUT not in p.name]
    total = {"questions": 0, "fired": 0, "right": 0, "fixed": 0, "broken": 0, "empties answered": 0}
    for path in sets:
        for case in load_qa_cases(path):
            total["questions"] += 1
            old, new = base.read(fold(case.q)), mine.read(fold(case.q))
            if (old.asked, old.frame) == (new.asked, new.frame):
                continue
            qa.frames = base
            before = not judge(case, qa.answer(case.q).to_dict())
            qa.frames = mine
            answer = qa.answer(case.q).to_dict()
            after = not judge(case, answer)
            total["fired"] += 1
            total["right"] += after
            total["fixed"] += after and not before
            total["broken"] += before and not after
            total["empties answered"] += case.expect_empty and before and not after
            mark = "FIXED" if after > before else "BROKE" if before > after else "right" if after else "wrong"
            print(f"  {mark}{' (empty)' if case.expect_empty else ''} [{Path(path).stem}] {case.q}")
            if args.show:
                print(f"      frame {answer['understanding'].get('frame')} → {answer['answer_text'][:160]}")
    print(", ".join(f"{k} {v}" for k, v in total.items()))


if __name__ == "__main__":
    main()
