"""Fit the thresholds by which question answering accepts a topic phrase ("电动车", "hydrogen")
as naming industries or cooperations of the graph, or finds the graph does not cover it.

Reads bench/qa-topic-calibration.jsonl ({"phrase", "expect": [labels]}, an empty list for a
topic the graph does not cover; phrases the tests do not use), scores every phrase's
candidates once with the real engine (search.qa_topic_resolver.TopicResolver.candidates) and sweeps the
thresholds of search.qa.accept_topic over them; a candidate must also account for every content word
of the phrase (search.qa_accounted: "养老护理人才培养" is no childcare project for sharing 人才培养), a
filter computed once per phrase with the current thresholds. A phrase is right when nothing is accepted
for an uncovered topic, or when something is and every accepted candidate is an expected label.
Prints the thresholds that get the most phrases right — preferring among equals the most
conservative (highest) ones — and the count the current QAConfig gets right. The result goes
into search.qa.QAConfig (topic_dense_min, topic_dense_with_lexical, topic_lexical_coverage,
topic_keep_ratio).

    python bench/calibrate_qa_topics.py [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from itertools import product
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from search.qa import QAConfig, QuestionAnswerer, accept_topic

DENSE_MIN = [x / 100 for x in range(5, 41)]
DENSE_WITH_LEXICAL = [x / 100 for x in range(2, 31)]
LEXICAL_COVERAGE = [x / 10 for x in range(2, 10)]
KEEP_RATIO = [x / 20 for x in range(10, 21)]


def phrases(description: str, default_set: Path, argv=None) -> tuple[QuestionAnswerer, list[dict]]:
    """Parse ``[--data DIR] [--set FILE]``; the answerer over the data's build and the set's phrases (one JSON a line)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", default=None)
    parser.add_argument("--set", default=str(default_set))
    args = parser.parse_args(argv)
    import cli

    qa = QuestionAnswerer(*cli._engine(argparse.Namespace(data=args.data)))
    return qa, [json.loads(line) for line in Path(args.set).read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv=None) -> None:
    qa, cases = phrases(__doc__.splitlines()[0], HERE / "qa-topic-calibration.jsonl", argv)
    scored = [(c, _accounted(qa, c["phrase"], qa.topics.candidates(c["phrase"]))) for c in cases]
    current = QAConfig()
    best = None
    for dense_min, with_lexical, coverage, keep in product(DENSE_MIN, DENSE_WITH_LEXICAL, LEXICAL_COVERAGE, KEEP_RATIO):
        if with_lexical > dense_min:
            continue  # a lexical match lowers the bar, never raises it
        config = replace(current, topic_dense_min=dense_min, topic_dense_with_lexical=with_lexical,
                         topic_lexical_coverage=coverage, topic_keep_ratio=keep)
        key = (_count(scored, config), dense_min, with_lexical, coverage, keep)
        if best is None or key > best:
            best, best_config = key, config
    print(f"current   {_describe(current)}: {_count(scored, current)}/{len(cases)} phrases right")
    print(f"fitted    {_describe(best_config)}: {best[0]}/{len(cases)} phrases right")
    _plateaus(scored, best_config, best[0])
    for c, found in scored:
        if not _right(c, found, best_config):
            print("  wrong:", c["phrase"], c["expect"],
                  [(t.label, round(t.score, 3), round(t.coverage, 2)) for t in sorted(found, key=lambda t: -t.score)[:3]])


def _accounted(qa, phrase: str, found):
    """The candidates that account for every content word of the phrase (the thresholds' sweep filters
    what it accepts by this; the words read alone are resolved with the current thresholds)."""
    every = [(t.id, t.score) for t in found]
    kept = {i for i, _ in qa.topic_words.accounted(phrase, every, qa.topics.holds, qa.topics.named_alone)}
    return [t for t in found if t.id in kept]


GRIDS = {"topic_dense_min": DENSE_MIN, "topic_dense_with_lexical": DENSE_WITH_LEXICAL,
         "topic_lexical_coverage": LEXICAL_COVERAGE, "topic_keep_ratio": KEEP_RATIO}


def _plateaus(scored, fitted: QAConfig, right: int) -> None:
    """Each threshold's values that, the others kept at the fitted ones, get as many right."""
    for name, grid in GRIDS.items():
        same = [v for v in grid if _count(scored, replace(fitted, **{name: v})) == right]
        print(f"  {name}: {min(same)}–{max(same)} get {right} right")


def _describe(c: QAConfig) -> str:
    return (f"topic_dense_min={c.topic_dense_min} topic_dense_with_lexical={c.topic_dense_with_lexical} "
            f"topic_lexical_coverage={c.topic_lexical_coverage} topic_keep_ratio={c.topic_keep_ratio}")


def _count(scored, config: QAConfig) -> int:
    return sum(_right(c, found, config) for c, found in scored)


def _right(case, found, config: QAConfig) -> bool:
    labels = {t.id: t.label for t in found}
    accepted = {labels[i] for i, _ in accept_topic(found, config)}
    return accepted <= set(case["expect"]) and bool(accepted) == bool(case["expect"])


if __name__ == "__main__":
    main()
