"""Fit the thresholds by which a topic's word is linked by meaning to one of a named organisation's own cooperations
(search.qa_word_senses: "东风日产大连那个项目是研究啥的", "CSPC Yuanda's talent project").

Reads bench/qa-word-sense-calibration.jsonl ({"set", "org", "word", "expect": [cooperation labels]}, an empty list for
a word meaning none of the organisation's cooperations: a trade the graph lacks, "造船", "semiconductor", or the
asker's own word, "孩子", "colleague"; words of our own, in two halves "A" and "B" worded apart), scores each word
against each of the organisation's cooperations once with the real engine (WordSenses.nearness) and sweeps
min_cosine and margin. A case is right when the cooperations linked are exactly those expected. The fit prefers, among
the most right less twice the words linked that should link nothing (an empty answered costs more than a miss),
then fewer of those, then the highest min_cosine and the smallest margin. It fits on
each half and checks on the other (the split the method asks for), then on both; the last goes into
search.qa_word_senses.SenseConfig.

    python bench/calibrate_qa_word_senses.py [--data DIR]
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

from search.qa import QuestionAnswerer
from search.qa_word_senses import SenseConfig, chosen

MIN_COSINE = [x / 100 for x in range(40, 81)]
MARGIN = [x / 100 for x in range(21)]
# A word linked that should link nothing answers a question whose answer is empty: it costs this many right links.
FALSE_COST = 2


def scored(qa: QuestionAnswerer, cases: list[dict]) -> list[tuple[dict, dict[str, float]]]:
    """Each case with its word's nearness to each of its organisation's cooperations, by label."""
    iris = {d.label: d.iri for d in qa.engine.catalogue.docs}
    labels = {iri: label for label, iri in iris.items()}
    out = []
    for case in cases:
        among = sorted(qa.anchoring.graph.cooperations(iris[case["org"]]))
        out.append((case, {labels[c]: qa.topics.senses.nearness(case["word"], c) for c in among}))
    return out


def linked(near: dict[str, float], config: SenseConfig) -> set[str]:
    """The labels linked under ``config`` (search.qa_word_senses.chosen, on scores made once)."""
    return set(chosen(near, config))


def tally(rows, config: SenseConfig) -> tuple[int, int]:
    """(cases right, words linked that should link nothing)."""
    right = sum(linked(near, config) == set(case["expect"]) for case, near in rows)
    false = sum(bool(linked(near, config)) for case, near in rows if not case["expect"])
    return right, false


def fit(rows) -> SenseConfig:
    """The most right less FALSE_COST a false link; then fewest false links; then the highest min_cosine, the
    smallest margin."""
    best = None
    for cosine, margin in product(MIN_COSINE, MARGIN):
        right, false = tally(rows, SenseConfig(cosine, margin))
        key = (right - FALSE_COST * false, -false, cosine, -margin)
        if best is None or key > best[0]:
            best = key, SenseConfig(cosine, margin)
    return best[1]


def report(name: str, rows, config: SenseConfig) -> None:
    right, false = tally(rows, config)
    empties = sum(not case["expect"] for case, _ in rows)
    print(f"  {name}: {right}/{len(rows)} right, {false}/{empties} words meaning nothing linked")


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--set", default=str(HERE / "qa-word-sense-calibration.jsonl"))
    args = parser.parse_args(argv)
    import cli

    qa = QuestionAnswerer(*cli._engine(argparse.Namespace(data=args.data)))
    cases = [json.loads(line) for line in Path(args.set).read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = scored(qa, cases)
    halves = {h: [r for r in rows if r[0]["set"] == h] for h in sorted({c["set"] for c in cases})}
    for fitted_on, check in (("A", "B"), ("B", "A")):
        config = fit(halves[fitted_on])
        print(f"fit on {fitted_on}: min_cosine={config.min_cosine} margin={config.margin}")
        report(f"fit half {fitted_on}", halves[fitted_on], config)
        report(f"check half {check}", halves[check], config)
    config, current = fit(rows), SenseConfig()
    print(f"fit on both: min_cosine={config.min_cosine} margin={config.margin}")
    report("both", rows, config)
    same = [c for c in MIN_COSINE if tally(rows, replace(config, min_cosine=c)) == tally(rows, config)]
    if not same:
        same = [config.min_cosine]
    print(f"  min_cosine {min(same)}–{max(same)} get as many right (margin {config.margin})")
    print(f"current min_cosine={current.min_cosine} margin={current.margin}")
    report("current", rows, current)
    for case, near in rows:
        if linked(near, current) != set(case["expect"]):
            print("  wrong:", case["org"], case["word"], case["expect"], {c[:12]: round(s, 3) for c, s in near.items()})


if __name__ == "__main__":
    main()
