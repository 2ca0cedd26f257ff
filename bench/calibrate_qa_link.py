"""Fit the thresholds by which question answering links a leftover phrase (a short form or a
typo of a name, "大交大", "大连理工大雪") to an entity through lexical search.

Reads bench/qa-link-calibration.jsonl ({"phrase", "expect": label or null}; phrases the
tests do not use), scores every phrase with the real engine, and prints the (min_score,
min_ratio) pair that links the most phrases rightly — a null phrase is right when nothing is
linked — preferring the most conservative pair among equals. The result goes into
search.qa.QAConfig (link_min_score, link_min_ratio).

    python bench/calibrate_qa_link.py [--data DIR]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from search.qa_link import candidates


def engine_and_cases(description: str, default_set: Path, argv=None) -> tuple[object, list[dict]]:
    """The real engine of ``--data`` and the cases of ``--set`` (JSON lines; ``default_set`` when not given)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--data", default=None)
    parser.add_argument("--set", default=str(default_set))
    args = parser.parse_args(argv)
    import cli

    _, engine = cli._engine(argparse.Namespace(data=args.data))
    return engine, [json.loads(line) for line in Path(args.set).read_text(encoding="utf-8").splitlines() if line.strip()]


def main(argv=None) -> None:
    engine, cases = engine_and_cases(__doc__.splitlines()[0], HERE / "qa-link-calibration.jsonl", argv)
    scored = [(c, candidates(engine, c["phrase"])) for c in cases]
    best = None
    for min_score in [x / 2 for x in range(2, 41)]:
        for min_ratio in [1 + x / 10 for x in range(41)]:
            right = sum(_right(c, found, min_score, min_ratio) for c, found in scored)
            key = (right, min_score, min_ratio)
            if best is None or key > best:
                best = key
    right, min_score, min_ratio = best
    print(f"link_min_score={min_score} link_min_ratio={min_ratio:.1f}: {right}/{len(cases)} phrases right")
    for c, found in scored:
        if not _right(c, found, min_score, min_ratio):
            print("  wrong:", c["phrase"], c["expect"], [(label, round(s, 2)) for label, s, _ in found])


def _right(case, found, min_score, min_ratio) -> bool:
    top = found[0] if found and found[0][1] >= min_score and (
        len(found) < 2 or found[0][1] >= min_ratio * found[1][1]) else None
    return (top[0] if top else None) == case["expect"]


if __name__ == "__main__":
    main()
