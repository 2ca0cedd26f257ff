"""How many answers round 27's figure work moves on question sets, and how many of the moved answers are right.

The work spans several steps (the gated figure reading, a party's count, kinds ranked by count, a bare count after an
ask), so it is measured by its effect: every question of the sets is answered by the checkout this script sits in and
by another (``--base``, e.g. ``git archive main | tar -x -C DIR``), each in its own process on the same data, and
judged as the evaluation judges it (search.qa_eval.judge; an empty case is right when its answer stays empty). A
question fires when its answer text differs; the report gives the tallies before and after (answerable, empty) over
all the sets, over the stranger sets (qa-dev-novel*) and over each set named by ``--apart``, then every changed
answer marked fixed, broke, still right or still wrong (EMPTY: an empty case).

    python bench/figure27_fires.py --base DIR [--data DIR] [--apart NAME] SET.jsonl ...
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def answered(repo: str, data: str | None, sets: list[str]) -> dict[tuple[str, str], dict]:
    """Every question of ``sets`` answered by the checkout at ``repo`` (in a process of its own), judged."""
    command = [sys.executable, str(Path(__file__).resolve()), "--answer", repo, *(["--data", data] if data else []), *sets]
    rows = [json.loads(line) for line in subprocess.run(command, check=True, capture_output=True, text=True).stdout.splitlines()]
    return {(r["set"], r["q"]): r for r in rows}


def answer_all(repo: str, data: str | None, sets: list[str]) -> None:
    """Print one JSON line per question: its set, wording, whether it expects nothing, whether judged right, the text."""
    sys.path.insert(0, repo)
    import cli
    from search.qa import QuestionAnswerer
    from search.qa_eval import judge, load_qa_cases

    kg, engine = cli._engine(argparse.Namespace(data=data))
    qa = QuestionAnswerer(kg, engine)
    for path in sets:
        for case in load_qa_cases(path):
            answer = qa.answer(case.q).to_dict()
            print(json.dumps({"set": Path(path).stem, "q": case.q, "empty": case.expect_empty,
                              "ok": not judge(case, answer), "text": answer["answer_text"]}, ensure_ascii=False))


def tally(rows: dict, keys: list) -> str:
    """Answerable right/all and empty right/all over ``keys``."""
    answerable = [rows[k]["ok"] for k in keys if not rows[k]["empty"]]
    empty = [rows[k]["ok"] for k in keys if rows[k]["empty"]]
    return f"answerable {sum(answerable)}/{len(answerable)}, empty {sum(empty)}/{len(empty)}"


def report(before: dict, after: dict, apart: list[str]) -> None:
    """The tallies before and after, then each changed answer (see the module)."""
    keys = [k for k in after if k in before]
    groups = {"all": keys, "qa-dev-novel*": [k for k in keys if k[0].startswith("qa-dev-novel")]}
    groups.update({name: [k for k in keys if k[0] == name] for name in apart})
    for name, group in groups.items():
        print(f"{name}: before {tally(before, group)}; after {tally(after, group)}")
    changed = [k for k in keys if before[k]["text"] != after[k]["text"]]
    marks = {(False, True): "fixed", (True, False): "BROKE", (True, True): "still right", (False, False): "still wrong"}
    counts = {mark: sum(marks[before[k]["ok"], after[k]["ok"]] == mark for k in changed) for mark in marks.values()}
    print(f"fired on {len(changed)}/{len(keys)}: " + ", ".join(f"{n} {mark}" for mark, n in counts.items()))
    for k in changed:
        empty = " EMPTY" if after[k]["empty"] else ""
        print(f"  {marks[before[k]['ok'], after[k]['ok']]} [{k[0]}{empty}] {k[1]}\n"
              f"      before: {before[k]['text'][:160]}\n      after:  {after[k]['text'][:160]}")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", help="the checkout answering before")
    parser.add_argument("--answer", help=argparse.SUPPRESS)  # (the child process: answer with this checkout)
    parser.add_argument("--data", default=None)
    parser.add_argument("--apart", action="append", default=[], help="a set (by file stem) tallied on its own")
    parser.add_argument("sets", nargs="+")
    args = parser.parse_args(argv)
    if args.answer:
        answer_all(args.answer, args.data, args.sets)
        return
    report(answered(args.base, args.data, args.sets), answered(str(HERE.parent), args.data, args.sets), args.apart)


if __name__ == "__main__":
    main()
