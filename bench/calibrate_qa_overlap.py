"""Fit the shares by which question answering links a phrase naming an entity in other words than the graph's
("turn-mill-bore machining center", "rural revitalization industry college") by the words it shares with one
entity's name (search.qa_overlap).

Reads bench/qa-overlap-calibration.jsonl ({"phrase", "expect": English label or null}; phrases the tests do not
use), scores every phrase with the real catalogue, and prints the (min_cover, min_account, margin) that links the
most phrases rightly (a null phrase is right when nothing is linked), preferring the most conservative among
equals: honesty on names the graph does not hold first. The result goes into search.qa_overlap.OverlapConfig.

    python bench/calibrate_qa_overlap.py [--data DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bench.calibrate_qa_link import engine_and_cases
from search.text import normalize
from search.qa_overlap import OverlapConfig, OverlapNames, overlap_docs

GRID = [x / 20 for x in range(4, 20)]
MARGINS = [x / 20 for x in range(9)]


def main(argv=None) -> None:
    engine, cases = engine_and_cases(__doc__.splitlines()[0], HERE / "qa-overlap-calibration.jsonl", argv)
    names = OverlapNames(overlap_docs(engine.catalogue))
    ranked = [(c, names.ranked(normalize(c["phrase"]))) for c in cases]  # link reads normalised phrases
    best = None
    for cover in GRID:
        for account in GRID:
            for margin in MARGINS:
                config = OverlapConfig(cover, account, margin)
                right = sum(_right(c, found, config) for c, found in ranked)
                key = (right, cover + account + margin, cover, account, margin)
                if best is None or key > best:
                    best = key
    right, _, cover, account, margin = best
    print(f"min_cover={cover} min_account={account} margin={margin}: {right}/{len(cases)} phrases right "
          f"(the module's defaults: {sum(_right(c, f, OverlapConfig()) for c, f in ranked)}/{len(cases)})")
    for c, found in ranked:
        if not _right(c, found, OverlapConfig(cover, account, margin)):
            print("  wrong:", c["phrase"], c["expect"], [(d.names.en, round(cv, 2), round(a, 2)) for d, cv, a in found[:2]])


def _right(case: dict, found: list, config: OverlapConfig) -> bool:
    """Whether the top entity linked under ``config`` (OverlapNames.link's rule) is the one expected."""
    linked = None
    if found:
        doc, cover, account = found[0]
        second = found[1][1] * found[1][2] if len(found) > 1 else 0.0
        if cover >= config.min_cover and account >= config.min_account and cover * account - second >= config.margin:
            linked = doc.names.en
    return linked == case["expect"]


if __name__ == "__main__":
    main()
