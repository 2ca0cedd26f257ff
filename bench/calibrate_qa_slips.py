"""Fit how much of a name typed with input-method slips may differ for question answering to link it up
front ("大连锂公科技" → 大连锂工科技有限公司: search.qa_link.slip_of, QAConfig.slip_max_share).

Reads bench/qa-slip-calibration.jsonl ({"phrase", "expect": label or null}; phrases the tests do not use:
slips of the graph's names, and names the graph does not hold, several near one it does), finds each
phrase's typo match with the real engine once, and prints the share (OSA distance over the name's length)
that links the most phrases rightly — a null phrase is right when nothing is linked — preferring the
smallest (most conservative) share among equals.

    python bench/calibrate_qa_slips.py [--data DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from calibrate_qa_link import engine_and_cases
from search.qa_link import slip_of

SHARES = [x / 20 for x in range(11)]  # 0 … 0.5


def main(argv=None) -> None:
    engine, cases = engine_and_cases(__doc__.splitlines()[0], HERE / "qa-slip-calibration.jsonl", argv)
    scored = {share: [_linked(engine, c["phrase"], share) for c in cases] for share in SHARES}
    right = {share: sum(got == c["expect"] for got, c in zip(found, cases)) for share, found in scored.items()}
    best = max(SHARES, key=lambda share: (right[share], -share))
    for share in SHARES:
        print(f"  slip_max_share={share:.2f}: {right[share]}/{len(cases)}")
    print(f"slip_max_share={best:.2f}: {right[best]}/{len(cases)} phrases right")
    for got, c in zip(scored[best], cases):
        if got != c["expect"]:
            print("  wrong:", c["phrase"], "expected", c["expect"], "got", got)


def _linked(engine, phrase: str, share: float) -> str | None:
    found = slip_of(engine, phrase, share)
    return found[0].label if found else None


if __name__ == "__main__":
    main()
