"""Where the asker's party (search.qa_party, round 36, ask36b) would pardon a refusal for names the graph lacks.

Usage: python bench/party36_fires.py EVALOUT [SET-SUBSTRING ...] [--show]
EVALOUT: an `evalall.py` report ("=== set" headers, one "ok/MISS [class] question  →  answer" line per case), of the
code before the party reading. Each case refused for names the graph lacks ("The graph holds nothing about X, …",
"图谱中没有关于X的任何信息") is counted by whether every name refused stands only as the asker's party with nothing asked
referring back (``asked_apart``): those are the refusals the refusal gate reads again (an answer is kept only when the
reading finds one). Counted apart: answerable misses (where a fix may come from) and cases whose right answer is empty
or which are right refused (where an empty could be answered). Pure text; reads no frozen or held-out set: pass the
sets to read (the TUNE half's names), never the CHECK half's.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

sys.path.insert(0, ".")
from search.qa_party import asked_apart

NAMES = re.compile(r"holds nothing about (?P<en>.+?), so this|没有关于(?P<zh>.+?)的任何信息")
SPLIT = re.compile(r"\s*(?:, |、)\s*")
ARROW = "  →  "
HELD_OUT = ("tests/eval/", "novel36b")


def cases(path: str, sets: list[str]):
    """(set, status, class, question, answer) of each case of the report at ``path`` in a set matching ``sets``."""
    name = ""
    with open(path, encoding="utf-8") as report:
        lines = report.read().splitlines()
    for line in lines:
        if line.startswith("=== "):
            name = line[4:].strip()
        elif line.startswith(("ok   [", "MISS [")) and ARROW in line and not any(h in name for h in HELD_OUT):
            if sets and not any(s in name for s in sets):
                continue
            head, answer = line.split(ARROW, 1)
            kind = head[head.index("[") + 1:head.index("]")]
            yield name.rsplit("/", 1)[-1], head[:4].strip(), kind, head[head.index("]") + 2:], answer


def main(argv: list[str]) -> None:
    show = "--show" in argv
    path, *sets = [a for a in argv if a != "--show"]
    tally: Counter[tuple[str, bool]] = Counter()
    for name, status, kind, question, answer in cases(path, sets):
        m = NAMES.search(answer)
        if m is None:
            continue
        names = SPLIT.split(m["en"] or m["zh"])
        fires = asked_apart(question, names) is not None
        group = "empty or right refused" if kind == "unanswerable" or status == "ok" else "answerable miss"
        tally[(group, fires)] += 1
        if fires and show:
            print(f"{status:4} [{kind}] {name}: {question[:110]}  ({', '.join(names)})")
    for group in ("answerable miss", "empty or right refused"):
        print(f"{group}: refused for unheld names {tally[(group, True)] + tally[(group, False)]}, party reading fires {tally[(group, True)]}")


if __name__ == "__main__":
    main(sys.argv[1:])
