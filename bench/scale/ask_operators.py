"""Where question answering's operators spend their time, per operator, over the dev sets' questions.

    python bench/scale/ask_operators.py DATA_DIR [--questions FILE.jsonl ...] [--only OP ...]
                                        [--direct] [--repeats N] [--json OUT.json] [--answers OUT.jsonl]

Opens the published build of DATA_DIR as ask_profile.py does (the answer's queries on the query
workers; ``--direct``: in-process on the store) and asks each question of the mix
(ask_stages.mix: the scale benchmark's five and the ``q`` of each line of the ``--questions``
files), once and then ``--repeats`` times more. Every operator search.qa_operators.Operators.apply
tries is timed, whether it answers or declines (a declining operator's scan costs the question
too). Prints, per operator, how many questions it answered, its own time per question (p50, p99,
max over the questions it ran on, repeats only) and the p50/p99 of the whole answer of the
questions it answered; then the questions whose operators took longest. ``--only`` keeps the
questions some operator of the list answered (in a first pass), to time a tail apart.

The plain plans' reads of the participation index (search.qa_index: ``participants``,
``cooperations``, ``industries``) are timed too, as ``index.NAME``: they answer no question, and
an operator that hands a question to the plain plans holds their time in its own.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "bench" / "scale")]

from search import qa_index
from web.config import ServerConfig

from ask_profile import close, open_answerer
from ask_stages import mix, percentile


# The participation index's readers the plain plans call (search.qa_compose reads them off the module).
INDEX_READERS = ("participants", "cooperations", "industries")
INDEX = "index."  # the prefix of their names in OperatorClock.spent


class OperatorClock:
    """Wraps every operator of Operators.apply: each call's wall time, and which one answered; and
    the participation index's readers (``INDEX_READERS``, named ``index.NAME``)."""

    def __init__(self, operators):
        self.spent: dict[str, float] = defaultdict(float)  # this question: operator -> seconds
        self.answered_by: str | None = None
        for name in self._names(operators):
            setattr(type(operators), name, self._timed(name, getattr(type(operators), name)))
        for name in INDEX_READERS:
            if not hasattr(getattr(qa_index, name), "timed"):
                setattr(qa_index, name, self._read_timed(INDEX + name, getattr(qa_index, name)))

    def _read_timed(self, name: str, function):
        """``function`` (a reader of the index), its calls' time added to ``name``."""
        clock = self

        def timed(*args, **kwargs):
            t = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                clock.spent[name] += time.perf_counter() - t
        timed.timed = True  # type: ignore[attr-defined]
        return timed

    @staticmethod
    def _names(operators) -> list[str]:
        """The operators apply tries, read off its loop (a probe form makes each one be looked up)."""
        code = type(operators).apply.__code__
        return [n for n in code.co_names if callable(getattr(type(operators), n, None)) and n != "replace"
                and n not in {"echoed_no"}]

    def _timed(self, name: str, function):
        clock = self

        def timed(self, *args, **kwargs):
            t = time.perf_counter()
            try:
                out = function(self, *args, **kwargs)
            finally:
                clock.spent[name] += time.perf_counter() - t
            if out is not None and clock.answered_by is None:
                clock.answered_by = name
            return out
        return timed

    def reset(self) -> None:
        self.spent.clear()
        self.answered_by = None


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--questions", type=Path, nargs="*", default=[])
    parser.add_argument("--only", nargs="*", help="operators whose questions are kept")
    parser.add_argument("--repeats", type=int, default=2)
    parser.add_argument("--direct", action="store_true", help="run the answer's queries in-process")
    parser.add_argument("--json", type=Path)
    parser.add_argument("--answers", type=Path, help="write each first answer (JSON lines)")
    return parser.parse_args()


def ask_all(qa, clock: OperatorClock, questions: list[str], rounds: int) -> dict[str, dict]:
    """question -> {answered_by, whole: [s...], ops: {operator: [s...]}, answer} over ``rounds`` rounds."""
    out: dict[str, dict] = {q: {"answered_by": None, "whole": [], "ops": defaultdict(list), "answer": None}
                            for q in questions}
    for _ in range(rounds):
        for q in questions:
            clock.reset()
            t = time.perf_counter()
            answer = qa.answer(q)
            out[q]["whole"].append(time.perf_counter() - t)
            out[q]["answered_by"] = clock.answered_by
            out[q]["answer"] = out[q]["answer"] or json.dumps(answer.to_dict(), ensure_ascii=False, sort_keys=True)
            for name, s in clock.spent.items():
                out[q]["ops"][name].append(s)
    return out


def ms(v: float) -> str:
    return f"{v * 1000:8.1f}"


def report(results: dict[str, dict]) -> dict:
    """Print and return the per-operator table."""
    per_op: dict[str, dict] = {}
    names = sorted({n for r in results.values() for n in r["ops"]})
    for name in names:
        own = [min(r["ops"][name]) for r in results.values() if r["ops"].get(name)]
        whole = [min(r["whole"]) for r in results.values() if r["answered_by"] == name]
        per_op[name] = {"answered": len(whole), "own_p50_ms": statistics.median(own) * 1000,
                        "own_p99_ms": percentile(own, 99) * 1000, "own_max_ms": max(own) * 1000,
                        "own_total_ms": sum(own) * 1000,
                        "whole_p50_ms": statistics.median(whole) * 1000 if whole else None,
                        "whole_p99_ms": percentile(whole, 99) * 1000 if whole else None}
    print(f"\n{'operator':<20}{'answered':>9}{'own p50':>9}{'own p99':>9}{'own max':>9}{'own sum':>10}"
          f"{'whole p50':>10}{'whole p99':>10}   (ms; the fastest of the rounds per question)")
    for name, row in sorted(per_op.items(), key=lambda kv: -kv[1]["own_total_ms"]):
        whole = (f"{row['whole_p50_ms']:10.1f}{row['whole_p99_ms']:10.1f}" if row["answered"] else f"{'-':>10}{'-':>10}")
        print(f"{name:<20}{row['answered']:>9}{row['own_p50_ms']:9.2f}{row['own_p99_ms']:9.2f}{row['own_max_ms']:9.1f}"
              f"{row['own_total_ms']:10.1f}{whole}")
    wholes = [min(r["whole"]) for r in results.values()]
    print(f"\nall {len(wholes)} questions: p50 {statistics.median(wholes) * 1000:.1f} ms, "
          f"p90 {percentile(wholes, 90) * 1000:.1f} ms, p99 {percentile(wholes, 99) * 1000:.1f} ms")
    print("\nquestions whose operators took longest (own ms of the slowest operator, whole ms, answered by):")
    slow = sorted(results.items(), key=lambda kv: -max((min(v) for v in kv[1]["ops"].values()), default=0))
    for q, r in slow[:15]:
        op, s = max(((n, min(v)) for n, v in r["ops"].items()), key=lambda kv: kv[1])
        print(f"  {op:<16}{ms(s)} {ms(min(r['whole']))}  {r['answered_by'] or '-':<16} {q}")
    return per_op


def main() -> None:
    args = arguments()
    t0 = time.perf_counter()
    kg, qa, runner = open_answerer(args.data, args.direct, ServerConfig().worker_memory_copy_max_quads)
    clock = OperatorClock(qa.operators)
    qa.answer("你好")
    questions = mix(args.questions, None)
    print(f"open: {time.perf_counter() - t0:.2f} s; {kg.triple_count()} triples; {len(questions)} questions; "
          f"queries {'in-process' if args.direct else 'on workers'}")
    if args.only:
        first = ask_all(qa, clock, questions, 1)
        questions = [q for q in questions if first[q]["answered_by"] in args.only]
        print(f"{len(questions)} questions answered by {', '.join(args.only)}")
    results = ask_all(qa, clock, questions, 1 + args.repeats)
    per_op = report(results)
    if args.json:
        args.json.write_text(json.dumps({"operators": per_op, "questions": {q: {
            "answered_by": r["answered_by"], "whole_ms": [round(v * 1000, 2) for v in r["whole"]]}
            for q, r in results.items()}}, ensure_ascii=False, indent=1))
    if args.answers:
        args.answers.write_text("".join(results[q]["answer"] + "\n" for q in questions), encoding="utf-8")
    close(kg, runner, None, None)


if __name__ == "__main__":
    main()
