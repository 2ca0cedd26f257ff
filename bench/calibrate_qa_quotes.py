"""Fit the share of a claim's words a quotation must hold to be what a description paraphrases
("那位说“…”的高管": search.qa_descriptions.QUOTE_COVERAGE).

Reads bench/qa-quote-calibration.jsonl ({"claim", "expect": the speaker's label or null}; claims the
tests do not use), finds the speakers for every claim at each coverage from 0.2 to 0.9, and prints how
many are right at each — a null claim is right when no one is found — and the most conservative
(highest) coverage among the best.

    python bench/calibrate_qa_quotes.py [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from search.qa_descriptions import speakers_of
from search.qa_prepared import facts_and_graph


def main(argv=None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None)
    parser.add_argument("--set", default=str(HERE / "qa-quote-calibration.jsonl"))
    args = parser.parse_args(argv)
    import cli

    kg, engine = cli._engine(argparse.Namespace(data=args.data, store=None, store_kind=None))
    facts, _ = facts_and_graph(kg, engine.catalogue)
    cases = [json.loads(line) for line in Path(args.set).read_text(encoding="utf-8").splitlines() if line.strip()]
    results = []
    for coverage in [x / 20 for x in range(4, 19)]:
        right = 0
        for case in cases:
            found = {facts.label(s) for s in speakers_of(facts, case["claim"], coverage) or ()}
            right += found == ({case["expect"]} if case["expect"] else set())
        results.append((right, coverage))
        print(f"coverage {coverage:.2f}: {right}/{len(cases)}")
    best = max(results, key=lambda r: (r[0], r[1]))
    print(f"best (most conservative among equals): coverage {best[1]:.2f}, {best[0]}/{len(cases)}")


if __name__ == "__main__":
    main()
