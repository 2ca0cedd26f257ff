"""Count and time the short-form look-ups of question answering (search.qa_renaming.Renamer.short_named):
each prefix of each Chinese topic word is tried as a whole short form ("大交大"). With the index's
short-form set (NameIndex.may_be_short) a prefix is looked up only when it can be one; without it,
every prefix is. Both are run over the same questions in one run, the answers' texts compared.

    python bench/qa_short_forms.py [--data DIR] [--set FILE ...] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))

DEV_SETS = ("qa-dev-round5.jsonl", "qa-dev-round6.jsonl", "qa-dev-round7.jsonl", "qa-dev-round8.jsonl")


def prepared(qa):
    """The question as QuestionAnswerer.answer has it when it calls short_named (its first steps)."""
    from search.qa import normalize, standard_wording, told_apart

    def text_of(question: str) -> str:
        text = qa.lexicon.acronyms_spelled_out(question, standard_wording(told_apart(normalize(question))))
        return qa.names.pinyin_named(qa.speller.respell(qa.scope.respelled(question, text)))
    return text_of


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--set", nargs="*", default=[str(ROOT / "tests" / "search" / s) for s in DEV_SETS])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    import cli
    from search.qa import QuestionAnswerer
    from search.understand import understand

    kg, engine = cli._engine(argparse.Namespace(data=args.data))
    qa = QuestionAnswerer(kg, engine)
    questions = [json.loads(line)["q"] for s in args.set for line in Path(s).read_text(encoding="utf-8").splitlines()
                 if line.strip()]
    # the reading short_named is given (as QuestionAnswerer.answer makes it), made once per question
    readings = [(text, qa._placeless(understand(text, qa.lexicon))) for text in map(prepared(qa), questions)]
    lookups = 0
    match_names = engine.match_names

    def counted(*a, **k):
        nonlocal lookups
        lookups += 1
        return match_names(*a, **k)

    engine.match_names = counted  # type: ignore[method-assign]
    results = {}
    for mode in ("set test", "every prefix"):
        if mode == "every prefix":
            engine.may_name_short = lambda text: True  # type: ignore[method-assign]
        lookups, best, out = 0, float("inf"), []
        for _ in range(args.repeat):
            start = time.perf_counter()
            out = [qa.names.short_named(text, u) for text, u in readings]
            best = min(best, time.perf_counter() - start)
        results[mode] = out
        print(f"{mode:13}: {lookups // args.repeat} name look-ups for {len(readings)} questions, "
              f"{1000 * best / len(readings):.3f} ms per question (best of {args.repeat})")
    print("same questions out:", results["set test"] == results["every prefix"])


if __name__ == "__main__":
    main()
