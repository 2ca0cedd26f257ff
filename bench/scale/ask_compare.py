"""Question answering of an old git revision against this checkout's, side by side in one run, per operator.

    python bench/scale/ask_compare.py DATA_DIR --baseline REF [--questions FILE.jsonl ...] [--every N]
                                      [--also FILE.jsonl ...] [--rounds N] [--work DIR] [--answers-differ OUT.jsonl]

Two worker processes open the published build of DATA_DIR (ask_profile.open_answerer, ``--direct``:
the answer's queries in-process on the store, so that what is timed is the answerer's own work): one
runs the whole tree of git revision REF (exported under ``--work``), the other this checkout. Both
run with one PYTHONHASHSEED, so that answers built from sets are in one order and can be compared.
Each asks every question of the mix (the scale benchmark's five, every ``--every``-th line of the
``--questions`` files and every line of the ``--also`` files) once to warm, then the coordinator has them
ask all of them in alternating rounds (old, new, old, new ...), so both see the same load on a
shared machine. Prints per operator that answered (bench/scale/ask_operators.py: the first one
of search.qa_operators.Operators.apply to answer; "-" for the plain plans) the old and new p50/p99
of the whole answer over every round, and of the operators' own time; the same over all questions;
and how many first answers differ (written to ``--answers-differ``).

A build whose kept tables are another revision's (search.qa_tables keys them by the code that makes
them) has them made again when each worker starts: a start after a code change costs that once.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path[:0] = [str(REPO), str(HERE), str(HERE.parent)]
# The benchmark's own files, copied into the exported tree (an old revision may not have them).
OWN_FILES = ("ask_compare.py", "ask_operators.py", "ask_stages.py", "ask_profile.py")
HASH_SEED = "0"

from search_compare import Worker, export  # bench/, on the path above

from ask_operators import INDEX, INDEX_READERS


def worker(data: Path, questions_file: Path) -> None:
    """Open the answerer, warm it on every question, then per line on stdin ('round') answer one JSON
    line: question → [whole s, the operator that answered, {operator: own s}]; 'answers': question →
    its answer as JSON."""
    from ask_operators import OperatorClock, ask_all
    from ask_profile import open_answerer

    t0 = time.perf_counter()
    kg, qa, _ = open_answerer(data, True, 0)
    clock = OperatorClock(qa.operators)
    questions = json.loads(questions_file.read_text(encoding="utf-8"))
    first = ask_all(qa, clock, questions, 1)
    _say({"open_s": round(time.perf_counter() - t0, 1), "code": sys.modules["search"].__file__})
    for line in sys.stdin:
        if line.strip() == "answers":
            _say({q: r["answer"] for q, r in first.items()})
            continue
        done = ask_all(qa, clock, questions, 1)
        _say({q: [r["whole"][0], r["answered_by"], {n: v[0] for n, v in r["ops"].items()}] for q, r in done.items()})
    kg.close()


def _say(payload) -> None:
    sys.stdout.write(json.dumps(payload, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def tree_of(ref: str, into: Path) -> Path:
    """The whole tree of git revision ``ref`` under ``into`` (search_compare.export), with this benchmark's files."""
    tree = export(ref, into, ())
    for name in OWN_FILES:
        shutil.copy(HERE / name, tree / "bench" / "scale" / name)
    return tree


def started(tree: Path, data: Path, questions_file: Path) -> Worker:
    """A worker over the code in ``tree``, its answerer open and warm."""
    command = [sys.executable, str(tree / "bench" / "scale" / "ask_compare.py"), str(data), "--worker",
               "--questions-file", str(questions_file)]
    return Worker(command, tree, {"PYTHONHASHSEED": HASH_SEED}).ready()


def pct(values: list[float], q: int) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))] * 1000


def table(old: list[dict], new: list[dict]) -> list[str]:
    """Per operator that answered (by the new code), old and new p50/p99 of the whole answer and of the
    operators' own time (the index's readers left out: an operator may call them), over every round;
    the last row is every question."""
    groups: dict[str, list[str]] = {}
    for q, (_, by, _) in new[0].items():
        groups.setdefault(by or "-", []).append(q)
    groups["all questions"] = list(new[0])
    lines = ["| answered by | questions | old p50 | new p50 | old p99 | new p99 | old ops p99 | new ops p99 |",
             "|---|---:|---:|---:|---:|---:|---:|---:|"]
    for by, qs in sorted(groups.items(), key=lambda kv: (kv[0] == "all questions", kv[0])):
        cols = []
        for side in (old, new):
            cols.append([r[q][0] for r in side for q in qs])
            cols.append([sum(v for n, v in r[q][2].items() if not n.startswith(INDEX)) for r in side for q in qs])
        (ow, oo), (nw, no) = cols[:2], cols[2:]
        lines.append(f"| {by} | {len(qs)} | {pct(ow, 50):.1f} | {pct(nw, 50):.1f} | {pct(ow, 99):.1f} | "
                     f"{pct(nw, 99):.1f} | {pct(oo, 99):.1f} | {pct(no, 99):.1f} |")
    return lines


def op_table(old: list[dict], new: list[dict], ops: list[str]) -> list[str]:
    """Per operator of ``ops``, its own time at every question it ran on (answering or declining)."""
    lines = ["| operator | old own p50 | new own p50 | old own p99 | new own p99 | old own max | new own max | old sum/round | new sum/round |",
             "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for op in ops:
        o = [r[q][2][op] for r in old for q in r if op in r[q][2]]
        n = [r[q][2][op] for r in new for q in r if op in r[q][2]]
        if o and n:
            lines.append(f"| {op} | {pct(o, 50):.2f} | {pct(n, 50):.2f} | {pct(o, 99):.2f} | {pct(n, 99):.2f} | "
                         f"{max(o) * 1000:.1f} | {max(n) * 1000:.1f} | {sum(o) * 1000 / len(old):.0f} | "
                         f"{sum(n) * 1000 / len(new):.0f} |")
    return lines


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--baseline", default="main", help="git revision of the old code (default main)")
    parser.add_argument("--questions", type=Path, nargs="*", default=[])
    parser.add_argument("--every", type=int, default=1, help="every N-th line of the --questions files")
    parser.add_argument("--also", type=Path, nargs="*", default=[], help="files whose every line is asked")
    parser.add_argument("--rounds", type=int, default=2, help="timed rounds of each side")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "chanjiao-ask-compare")
    parser.add_argument("--answers-differ", type=Path)
    parser.add_argument("--ops", nargs="*", default=[
        "fewest", "count_bound", "most_partners", "rank_among", "with_own_words", "negation", "with_party", "where_is",
        "compare_figures", "compare_owners", "compare_kinds", "figure_extreme", "owner_extreme",
        *(INDEX + n for n in INDEX_READERS)])
    parser.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--questions-file", type=Path, help=argparse.SUPPRESS)
    return parser.parse_args()


def mix(files: list[Path], every: int, also: list[Path]) -> list[str]:
    """The scale benchmark's five questions, every ``every``-th of ``files`` and all of ``also``, each once."""
    from run import ASKS

    def lines(path: Path) -> list[str]:
        return [json.loads(line)["q"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return list(dict.fromkeys([*ASKS, *(q for f in files for q in lines(f)[::every]), *(q for f in also for q in lines(f))]))


def main() -> None:
    args = arguments()
    if args.worker:
        return worker(args.data, args.questions_file)
    args.work.mkdir(parents=True, exist_ok=True)
    questions_file = args.work / "questions.json"
    questions_file.write_text(json.dumps(mix(args.questions, args.every, args.also), ensure_ascii=False), encoding="utf-8")
    t0 = time.perf_counter()
    old = started(tree_of(args.baseline, args.work), args.data, questions_file)
    new = started(REPO, args.data, questions_file)
    print(f"started in {time.perf_counter() - t0:.0f} s; old {old.info}; new {new.info}")
    rounds: dict[str, list[dict]] = {"old": [], "new": []}
    for _ in range(args.rounds):
        rounds["old"].append(old.ask("round"))
        rounds["new"].append(new.ask("round"))
    answers = {"old": old.ask("answers"), "new": new.ask("answers")}
    old.close()
    new.close()
    differ = [q for q in answers["new"] if answers["new"][q] != answers["old"][q]]
    print(f"\n{len(answers['new'])} questions, {args.rounds} rounds each side, alternating; ms\n")
    print("\n".join(table(rounds["old"], rounds["new"])))
    print()
    print("\n".join(op_table(rounds["old"], rounds["new"], args.ops)))
    print(f"\nfirst answers that differ: {len(differ)} of {len(answers['new'])}")
    if args.answers_differ:
        args.answers_differ.write_text("".join(json.dumps({"q": q, "old": answers["old"][q], "new": answers["new"][q]},
                                                          ensure_ascii=False) + "\n" for q in differ), encoding="utf-8")


if __name__ == "__main__":
    main()
