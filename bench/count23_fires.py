"""How often round 23's count and ranking readings fire on question sets, and how often the answer is then right.

The readings, each detected without answering (on the question as the answerer normalises and parses it):
- ``more than all``: a comparison with every other read as the superlative (search.qa_more_than_all);
- ``size superlative``: a superlative word of size (最庞大, 最长, smallest) that is no most/fewest word, now no topic;
- ``podium``: a podium place (银牌, bronze, 金牌) read as a level of the ranking (search.understand.PODIUM_PLACES);
- ``whole number``: a whole named by its number alone (search.qa_whole_number);
- ``provided``: words saying how an organisation has its plans taken out of the topic (search.qa_provided);
- ``kind total``: a total across the kinds of projects counted as the whole (search.qa_kind_total).

Whether the answer is right is read off an evaluation's ``--misses`` output (``--results DIR`` holding
``all-NAME.txt`` per set, NAME the set's file name without ``qa-dev-`` and ``.jsonl``): a firing question on an
``ok`` line is right.

    python bench/count23_fires.py [--data DIR] [--results DIR] [--show] SET.jsonl ...
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from graph.han import fold
from search.qa import QuestionAnswerer
from search.qa_cues import FEWEST_WORDS, LARGEST_WORDS, MOST_WORDS, SMALLEST_WORDS
from search.qa_eval import load_qa_cases
from search.qa_more_than_all import as_superlative
from search.qa_provided import provision_read
from search.text import normalize
from search.understand import PODIUM_PLACES, understand
from search.understand_lexicon import word_regex
from search.understand_words import STOP_WORDS
from search.wording import standard_wording

# (those the parse took out of the topic before: the most and fewest words, and the stop words)
SIZE_WORDS = [word_regex(w) for w in (*LARGEST_WORDS, *SMALLEST_WORDS) if w not in (*MOST_WORDS, *FEWEST_WORDS, *STOP_WORDS)]
# The questions the plans reading may fire on, answered with it hooked (the others are not answered: too slow).
PLAN_WORDS = re.compile(r"计划|計劃|打算|\bplans?\b|\bprogram(?:me)?s?\b|\bschemes?\b", re.IGNORECASE)


def detectors(qa: QuestionAnswerer) -> dict[str, Callable[[str], bool]]:
    """Each reading's test of a question (normalised), by name."""
    def parsed(text: str):
        return understand(standard_wording(text), qa.lexicon)

    return {
        "more than all": lambda text: as_superlative(text) != text,
        "size superlative": lambda text: any(p.search(text) for p in SIZE_WORDS),
        "podium": lambda text: any(p.search(text) for p, _ in PODIUM_PLACES),
        "whole number": lambda text: qa.wholes.named(standard_wording(text), parsed(text)) != standard_wording(text),
        "provided": lambda text: bool(PLAN_WORDS.search(text)) and _provided_in(qa, text),
        "kind total": lambda text: qa.operators.kind_total(qa.form(parsed(fold(text)))) is not None,
    }


def _provided_in(qa: QuestionAnswerer, text: str) -> bool:
    """Whether answering ``text`` takes a word out of a topic by search.qa_provided (hooked into search.qa)."""
    import search.qa as answering

    fired = []

    def hooked(u):
        read = provision_read(u)
        fired.append(read is not u)
        return read

    answering.provision_read = hooked
    try:
        qa.answer(text)
    finally:
        answering.provision_read = provision_read
    return any(fired)


def outcomes(results: Path | None, name: str) -> dict[str, bool]:
    """question (its first 60 characters) → right, read off the evaluation output of set ``name``."""
    path = results / f"all-{name}.txt" if results else None
    if path is None or not path.exists():
        return {}
    found = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        m = re.match(r"^(ok|MISS)\s+\[[^\]]+\]\s+(.*?)\s+→", line)
        if m:
            found[m.group(2)[:60]] = m.group(1) == "ok"
    return found


def arguments(argv: list[str] | None, doc: str | None) -> argparse.Namespace:
    """The arguments of a firing count: ``--data``, ``--results``, ``--show`` and the sets (``doc``: the script's)."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n")[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--results", type=Path, default=None)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("sets", nargs="+")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = arguments(argv, __doc__)
    import cli

    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    tests = detectors(QuestionAnswerer(kg, engine))
    totals = {name: [0, 0, 0] for name in tests}  # fired, judged, right
    for path in args.sets:
        name = Path(path).stem.removeprefix("qa-dev-").removeprefix("qa-").replace("extra-cases", "extra")
        judged, cases = outcomes(args.results, name), load_qa_cases(path)
        for reading, test in tests.items():
            fired = [c.q for c in cases if test(normalize(c.q))]
            known = [judged[q[:60]] for q in fired if q[:60] in judged]
            totals[reading] = [totals[reading][0] + len(fired), totals[reading][1] + len(known), totals[reading][2] + sum(known)]
            if fired:
                print(f"{name}: {reading} fired on {len(fired)}/{len(cases)}, right {sum(known)}/{len(known)} judged")
            for q in fired if args.show else ():
                print(f"    {'?' if q[:60] not in judged else 'right' if judged[q[:60]] else 'WRONG'} {q}")
    for reading, (fired_n, judged_n, right_n) in totals.items():
        print(f"all: {reading} fired on {fired_n}, right {right_n}/{judged_n} judged")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
