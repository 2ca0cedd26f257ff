"""Where question answering's time goes, stage by stage, over a mix of questions on one built data directory.

    python bench/scale/ask_stages.py DATA_DIR [--questions FILE.jsonl ...] [--limit N] [--repeats N]
                                     [--direct] [--profile OUT.prof] [--json OUT.json] [--answers OUT.jsonl]

Opens the published build of DATA_DIR as ask_profile.py does (the answer's queries on the query
workers, each within the query deadline; ``--direct``: in-process on the store) and asks each
question of the mix: the scale benchmark's five (bench/scale/run.py) and the ``q`` of each line
of the ``--questions`` files, first ``--limit`` of each. Every question is asked once for the first
time (its texts are not yet encoded), then ``--repeats`` times more. Prints p50/p99 of the first
and of the repeated answers and each stage's share: the wall time inside the stage's own
functions, less the time inside the stages it calls (so the stages add up to the whole; "other"
is the rest of the pipeline). A stage missing from the code under test is skipped, so that two
versions of the code can be compared with this one script; ``--answers`` writes every first answer,
to check that two versions answer alike.
"""

from __future__ import annotations

import argparse
import cProfile
import importlib
import json
import statistics
import sys
import time
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "bench" / "scale")]

from web.config import ServerConfig

from ask_profile import close, open_answerer
from run import ASKS

# stage name → the functions it holds, as "module:Qualified.name" (searched for in every search module
# that imported it, so a function moved between modules is still found)
STAGES = {
    "encode question": ["search.engine:SearchEngine.query_vector"],
    "dense search": ["search.engine:SearchEngine.dense_ranking"],
    "search (rest)": ["search.engine:SearchEngine.find", "search.engine:SearchEngine.ranked",
                      "search.engine:SearchEngine.lexical_coverage"],
    "name match": ["search.engine:SearchEngine.match_names", "search.engine:SearchEngine.may_name_short"],
    "LAC tagging": ["search.qa_spans:tagged_words"],
    "asker's frame": ["search.qa_frame:Frames.read"],
    "scope": ["search.qa_scope:Scope.unknown_names"],
    "respell": ["search.qa_spell:Speller.respell", "search.qa_scope:Scope.respelled",
                "search.understand_lexicon:Lexicon.acronyms_spelled_out"],
    "parse": ["search.understand:understand"],
    "short forms": ["search.qa_renaming:Renamer.short_named", "search.qa_renaming:Renamer.pinyin_named"],
    "relink": ["search.qa_renaming:Renamer.relinked", "search.qa_renaming:Renamer.named_unknown"],
    "references": ["search.qa_refs:References.through_reference", "search.qa_post_holder:PostHolders.through_post"],
    "described names": ["search.qa_described:Described.renamed", "search.qa_described:Described.unread",
                        "search.qa_described:Described.absorbed"],
    "logical form": ["search.qa_form:logical_form"],
    "topic anchors": ["search.qa:QuestionAnswerer.anchors"],
    "operators": ["search.qa_operators:Operators.apply"],
    "exclusion": ["search.qa_excluded:Exclusion.excluded"],
    "best figure": ["search.qa_facts:FactFinder.best_quantity", "search.qa_facts:FactFinder.best_quotation",
                    "search.qa_facts:FactFinder.best_dated"],
    "compose plan": ["search.qa_compose:compose"],
    "rows": ["search.qa:QuestionAnswerer.rows"],
    "SPARQL": ["graph.store:KnowledgeGraph.rows"],
    "evidence": ["search.qa_facts:FactFinder.evidence"],
    "sentence": ["search.qa_text:describe"],
    "related": ["search.qa_topic_resolver:TopicResolver.related"],
    "answer of what is asked": ["search.qa_asked_of:AskedOf.unheld"],
    "other readings": ["search.qa_readings:Readings.settled"],
    "evidence reader": ["search.qa_reader:Reader.read"],
}


class Stages:
    """Wraps the stages' functions; each call's wall time goes to the innermost stage running."""

    def __init__(self):
        self.seconds: dict[str, float] = defaultdict(float)
        self._stack: list[list] = []  # [stage, started, time spent in inner stages]

    def install(self) -> list[str]:
        """Wraps every stage function found; the names not found."""
        missing = []
        for stage, names in STAGES.items():
            for name in names:
                if not self._wrap(stage, name):
                    missing.append(name)
        return missing

    def _wrap(self, stage: str, name: str) -> bool:
        module_name, qualname = name.split(":")
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            return False
        *owner_path, attr = qualname.split(".")
        owner = module
        for part in owner_path:
            owner = getattr(owner, part, None)
            if owner is None:
                return False
        original = owner.__dict__.get(attr) if isinstance(owner, type) else getattr(owner, attr, None)
        if original is None:
            return False
        wrapped = self._timed(stage, original)
        setattr(owner, attr, wrapped)
        if not owner_path:  # a module function: also where other modules imported it by name
            for other in list(sys.modules.values()):
                if getattr(other, "__name__", "").startswith(("search.", "graph.")) and getattr(other, attr, None) is original:
                    setattr(other, attr, wrapped)
        return True

    def _timed(self, stage: str, function):
        stack, seconds = self._stack, self.seconds

        def timed(*args, **kwargs):
            frame = [stage, time.perf_counter(), 0.0]
            stack.append(frame)
            try:
                return function(*args, **kwargs)
            finally:
                stack.pop()
                spent = time.perf_counter() - frame[1]
                seconds[stage] += spent - frame[2]
                if stack:
                    stack[-1][2] += spent
        return timed


def mix(files: list[Path], limit: int | None) -> list[str]:
    """The benchmark's questions and the files', each once, in order."""
    questions = list(ASKS)
    for path in files:
        lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        questions += [line["q"] for line in lines[:limit]]
    return list(dict.fromkeys(questions))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", type=Path)
    parser.add_argument("--questions", type=Path, nargs="*", default=[])
    parser.add_argument("--limit", type=int)
    parser.add_argument("--repeats", type=int, default=1)
    parser.add_argument("--direct", action="store_true", help="run the answer's queries in-process")
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--answers", type=Path, help="write each first answer (JSON lines), to compare code versions")
    return parser.parse_args()


@dataclass
class Run:
    """What the timed rounds measured: each answer's seconds and the stages' seconds, for the first
    round and for the repeats; the first answers (their seconds and question, and their JSON)."""

    times: dict[str, list[float]] = field(default_factory=lambda: {"first": [], "repeat": []})
    by_stage: dict[str, dict[str, float]] = field(default_factory=dict)
    slowest: list[tuple[float, str]] = field(default_factory=list)
    answered: list[str] = field(default_factory=list)


def timed_rounds(qa, questions: list[str], stages: Stages, profiler: cProfile.Profile | None, repeats: int) -> Run:
    """Answer every question once (the first round), then ``repeats`` times more."""
    run = Run()
    for when, rounds in (("first", 1), ("repeat", repeats)):
        stages.seconds.clear()
        for _ in range(rounds):
            for question in questions:
                if profiler:
                    profiler.enable()
                t = time.perf_counter()
                answer = qa.answer(question)
                spent = time.perf_counter() - t
                if profiler:
                    profiler.disable()
                run.times[when].append(spent)
                if when == "first":
                    run.slowest.append((spent, question))
                    run.answered.append(json.dumps(answer.to_dict(), ensure_ascii=False, sort_keys=True))
        total = sum(run.times[when])
        run.by_stage[when] = {**stages.seconds, "other": total - sum(stages.seconds.values())}
    return run


def report(run: Run) -> None:
    """Print the percentiles of each round, its seconds per stage, and the slowest first answers."""
    for when, values in run.times.items():
        n = len(values)
        print(f"\n{when}: {n} answers, p50 {statistics.median(values) * 1000:.1f} ms, "
              f"p90 {percentile(values, 90) * 1000:.1f} ms, p99 {percentile(values, 99) * 1000:.1f} ms, "
              f"mean {sum(values) / n * 1000:.1f} ms")
        for stage, s in sorted(run.by_stage[when].items(), key=lambda kv: -kv[1]):
            print(f"  {stage:<16} {s / n * 1000:7.2f} ms a question  {s / sum(values):6.1%}")
    print("\nslowest first answers:")
    for spent, question in sorted(run.slowest, reverse=True)[:10]:
        print(f"  {spent * 1000:7.1f} ms  {question}")


def main() -> None:
    args = arguments()
    t0 = time.perf_counter()
    kg, qa, runner = open_answerer(args.data, args.direct, ServerConfig().worker_memory_copy_max_quads)
    qa.answer("你好")  # loads what the first question loads (the tagger, the embedder)
    questions = mix(args.questions, args.limit)
    print(f"open: {time.perf_counter() - t0:.2f} s; {kg.triple_count()} triples; {len(questions)} questions; "
          f"queries {'in-process' if args.direct else 'on workers'}")
    stages = Stages()
    missing = stages.install()
    if missing:
        print("not in this code:", ", ".join(missing))
    profiler = cProfile.Profile() if args.profile else None
    run = timed_rounds(qa, questions, stages, profiler, args.repeats)
    report(run)
    if args.json:
        args.json.write_text(json.dumps({"times_ms": {w: [round(v * 1000, 2) for v in vs] for w, vs in run.times.items()},
                                         "stages_ms": {w: {k: round(v * 1000, 1) for k, v in st.items()}
                                                       for w, st in run.by_stage.items()},
                                         "questions": questions}, ensure_ascii=False, indent=1))
    if args.answers:
        args.answers.write_text("\n".join(run.answered) + "\n", encoding="utf-8")
    close(kg, runner, profiler, args.profile)

if __name__ == "__main__":
    main()
