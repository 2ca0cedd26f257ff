"""Trace the path of questions through question answering: how often each question is normalised
and how often the flow crosses from one question-answering module to another.

A normalisation of the question is a call of ``normalize`` (graph.han, as every module imports it)
on the question in any of its forms (raw, respelled, with names blanked, with question words
removed): an argument at least 60 % alike to the normalised question. A normalisation of a name or
label is not counted, nor that of a name cut from the raw question (the scope reads capitalised
English names off the raw text, as normalising loses their capitals). The search engine's own
normalisations of the topic phrase it is asked about (search.engine and its index modules take
raw text) are counted apart. A crossing is a call from one module of search/qa*.py, search/understand*.py,
search/text.py or graph/han.py into another of them. Reads one dev-set question per class (the
first), or all with --all.

    python bench/qa_path.py [--data DIR] [--set FILE] [--all]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from difflib import SequenceMatcher
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

import graph.han

# The modules issue #14 saw the question move back and forth between (text.normalize is graph.han's; qa_compose's
# figure stage is search/qa_figure_plan.py since round 27, counted with it so the figure stays comparable).
ISSUE_FOUR = {"qa", "qa_facts", "qa_compose", "qa_figure_plan", "text", "han"}
QA_FILES = {str(p) for pattern in ("qa*.py", "understand*.py") for p in (ROOT / "search").glob(pattern)} | {
    str(ROOT / "search" / "text.py"), str(ROOT / "graph" / "han.py")}
ALIKE = 0.6


def count_normalisations(calls: list[tuple[str, str]], question: str, names: set[str]) -> tuple[int, int]:
    """How many of the normalised texts ``calls`` ((caller file, text)) are the question in some
    form, ``names`` (the graph's) left out: (by question answering, by the search engine)."""
    asked = graph.han.normalize(question)
    on_question = [caller for caller, c in calls if SequenceMatcher(None, graph.han.normalize(c), asked).ratio() >= ALIKE
                   and not (c in question and c != question) and c not in names]
    return sum(c in QA_FILES for c in on_question), sum(c not in QA_FILES for c in on_question)


class Tracer:
    """Counts normalize calls (their arguments) and module crossings while active."""

    def __init__(self):
        self.arguments: list[tuple[str, str]] = []
        self.crossings: Counter[tuple[str, str]] = Counter()
        self._original = graph.han.normalize

    def __enter__(self):
        def counted(text):
            self.arguments.append((sys._getframe(1).f_code.co_filename, text))
            return self._original(text)
        self._patched = [m for m in list(sys.modules.values()) if getattr(m, "normalize", None) is self._original]
        for module in self._patched:
            module.normalize = counted  # type: ignore[attr-defined]
        sys.setprofile(self._profile)
        return self

    def __exit__(self, *exc):
        sys.setprofile(None)
        for module in self._patched:
            module.normalize = self._original  # type: ignore[attr-defined]

    def _profile(self, frame, event, arg):
        if event != "call" or frame.f_back is None:
            return
        callee, caller = frame.f_code.co_filename, frame.f_back.f_code.co_filename
        if callee != caller and callee in QA_FILES and caller in QA_FILES:
            self.crossings[(Path(caller).stem, Path(callee).stem)] += 1


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--set", default=str(ROOT / "tests" / "search" / "qa-dev-round5.jsonl"))
    parser.add_argument("--all", action="store_true", help="every question of the set, not one per class")
    args = parser.parse_args(argv)
    import cli
    from search.qa import QuestionAnswerer

    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    qa = QuestionAnswerer(kg, engine)
    names = {n for doc in engine.catalogue.docs for n in doc.name_values}
    cases = [json.loads(line) for line in Path(args.set).read_text(encoding="utf-8").splitlines() if line.strip()]
    if not args.all:
        cases = list({c["class"]: c for c in reversed(cases)}.values())[::-1]
    qa.answer(cases[0]["q"])  # warm: the tagger loads on the first Chinese question
    totals, pairs = [], Counter()
    for case in cases:
        with Tracer() as t:
            qa.answer(case["q"])
        (n, by_engine), crossings = count_normalisations(t.arguments, case["q"], names), sum(t.crossings.values())
        four = sum(k for (a, b), k in t.crossings.items() if a in ISSUE_FOUR and b in ISSUE_FOUR)
        totals.append((n, by_engine, crossings, four))
        pairs.update(t.crossings)
        print(f"{n:3} normalisations (+{by_engine} by the engine) {crossings:5} crossings ({four} among "
              f"qa, qa_facts, qa_compose, text)  [{case['class']}] {case['q']}")
    count = len(totals)
    mean = [sum(row[i] for row in totals) / count for i in range(4)]
    print(f"{count} questions: normalised {mean[0]:.1f} times on average (max {max(r[0] for r in totals)}), "
          f"and {mean[1]:.1f} times by the search engine's topic look-ups; {mean[2]:.0f} module crossings on "
          f"average, {mean[3]:.0f} among qa, qa_facts, qa_compose and text")
    print("most crossed:", ", ".join(f"{a}→{b} {n}" for (a, b), n in pairs.most_common(8)))


if __name__ == "__main__":
    main()
