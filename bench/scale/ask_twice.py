"""What one answer computes more than once: calls of the answerer's costly pure steps with the same arguments.

    python bench/scale/ask_twice.py DATA_DIR [--file QA.jsonl ...] [--ask QUESTION ...] [--direct]

Wraps each step of ``STEPS`` (module, owner class or None, function), answers every question once (the first
asked of each is a warm-up and not counted), and prints per step: calls per answer, calls repeating an earlier
call of the same answer with equal arguments, and the CPU seconds those repeats took (what a memo within one
answer would save; the step's own time, the steps it calls included). Arguments are compared by ``repr`` (an
object without a value repr counts as distinct).
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "bench" / "scale")]

from web.config import ServerConfig

from ask_profile import close, open_answerer
from run import ASKS

STEPS = (
    ("search.qa_spans", None, "tagged_words"),
    ("search.understand", None, "understand"),
    ("search.qa_scope", "Scope", "unknown_names"),
    ("search.engine", "SearchEngine", "find"),
    ("search.engine", "SearchEngine", "search"),
    ("search.engine", "SearchEngine", "dense_ranking"),
    ("search.engine", "SearchEngine", "lexical_coverage"),
    ("search.engine", "SearchEngine", "query_vector"),
    ("search.qa", "QuestionAnswerer", "_answer"),
    ("search.qa", "QuestionAnswerer", "answer"),
    ("search.qa", "QuestionAnswerer", "_planned"),
    ("search.qa_reader", "Reader", "ranked"),
    ("search.qa_project_parties", "ProjectParties", "ranked"),
    ("search.qa_topic_resolver", "TopicResolver", "related"),
    ("search.qa_topic_resolver", "TopicResolver", "candidates"),
)


class Tally:
    """Per step: calls, repeated calls (same answer, equal arguments) and the CPU seconds of the repeats."""

    def __init__(self):
        self.calls: Counter[str] = Counter()
        self.repeats: Counter[str] = Counter()
        self.repeat_s: defaultdict[str, float] = defaultdict(float)
        self.seen: set[tuple[str, str]] = set()
        self.counting = False

    def wrap(self, name: str, fn):
        tally = self

        def wrapped(*args, **kwargs):
            if not tally.counting:
                return fn(*args, **kwargs)
            key = (name, repr((args[1:] if "." in name else args, sorted(kwargs.items()))))
            again = key in tally.seen
            tally.seen.add(key)
            started = time.process_time()
            try:
                return fn(*args, **kwargs)
            finally:
                tally.calls[name] += 1
                if again:
                    tally.repeats[name] += 1
                    tally.repeat_s[name] += time.process_time() - started

        return wrapped


def patch(tally: Tally) -> None:
    """Wrap every step of STEPS: a method on its class, a function in every search module holding it by name."""
    for module_name, owner, fn in STEPS:
        module = importlib.import_module(module_name)
        if owner is not None:
            cls = getattr(module, owner)
            setattr(cls, fn, tally.wrap(f"{owner}.{fn}", getattr(cls, fn)))
            continue
        original = getattr(module, fn)
        wrapped = tally.wrap(fn, original)
        for other in list(sys.modules.values()):
            if getattr(other, "__name__", "").startswith("search") and vars(other).get(fn) is original:
                setattr(other, fn, wrapped)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--file", type=Path, nargs="*", default=[])
    parser.add_argument("--ask", nargs="*", default=[])
    parser.add_argument("--direct", action="store_true")
    args = parser.parse_args()
    questions = [json.loads(line)["q"] for f in args.file for line in f.read_text().splitlines() if line.strip()]
    questions += args.ask or ([] if args.file else ASKS)
    kg, qa, runner = open_answerer(args.data, args.direct, ServerConfig().worker_memory_copy_max_quads)
    tally = Tally()
    patch(tally)
    cpu = 0.0
    try:
        qa.answer(questions[0])
        for question in questions:
            tally.seen.clear()
            tally.counting = True
            started = time.process_time()
            qa.answer(question)
            cpu += time.process_time() - started
            tally.counting = False
    finally:
        close(kg, runner, None, None)
    n = len(questions)
    print(f"{n} answers, {cpu / n * 1000:.1f} ms CPU per answer")
    for name, calls in tally.calls.most_common():
        print(f"  {name:38} {calls / n:6.2f} calls  {tally.repeats[name] / n:6.2f} repeats  "
              f"{tally.repeat_s[name] / n * 1000:7.2f} ms repeated")


if __name__ == "__main__":
    main()
