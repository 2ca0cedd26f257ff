"""Tally the dev misses refused for a name or word standing only in the asker's frame (round 35, ask35a).

Usage: python bench/asker_frame_misses.py EVALOUT [--show N]
EVALOUT: an `evalall.py` report ("=== set" headers, one "ok/MISS [class] question  →  answer" line per case).
A MISS counts when its answer refuses for names or words the graph lacks ("The graph holds nothing about X",
"图谱中没有关于X的任何信息", "The graph holds no … on X", "图谱中没有关于X的记载") and one of the words refused stands in
a clause shaped as the asker's frame (search.qa_frame._framing: the first person, kin, a self-introduction, a role asking,
a described third person asking, wanting, meaning or doing) and nowhere else. Reads no frozen or held-out set.
"""

from __future__ import annotations

import re
import sys
from collections import Counter

sys.path.insert(0, ".")
from graph.han import fold
from search.qa_frame import _framing, asker_who

REFUSED = re.compile(r"holds nothing (?:about|on) (?P<en>.+?)(?:, so| for |\.)|没有关于(?P<zh>.+?)的(?:任何信息|记载|信息)"
                     r"|holds no \w+ on (?P<topic>.+?)\.")
SPLIT = re.compile(r"\s*(?:,|、|\band\b)\s*")
ARROW = "  →  "


def refused_words(answer: str) -> list[str]:
    """The names or words an answer says the graph holds nothing about."""
    m = REFUSED.search(answer)
    if m is None:
        return []
    words = m["en"] or m["zh"] or m["topic"] or ""
    return [w.strip(" “”\"'") for w in SPLIT.split(words) if w.strip()]


def main(path: str, show: int) -> None:
    """Print the count of frame misses per class and ``show`` examples."""
    found, classes = [], Counter()
    with open(path, encoding="utf-8") as f:
        blocks = f.read().split("=== ")[1:]
    for block in blocks:
        name = block.split("\n", 1)[0]
        if "tests/eval/" in name or "novel35b" in name:
            continue
        for line in block.splitlines()[1:]:
            if not line.startswith("MISS [") or ARROW not in line:
                continue
            question, answer = line[line.index("]") + 2:].split(ARROW, 1)
            words = refused_words(answer)
            framing, rest = _framing(fold(question))
            third = any(asker_who(c.rstrip()[:-1], c.rstrip()[-1:]) is not None or asker_who(c) is not None for c in framing)
            held = [w for w in words if any(w.lower() in c.lower() for c in framing)
                    and not any(w.lower() in c.lower() for c in rest)]
            if held:
                found.append((name.rsplit("/", 1)[-1], line[6:line.index("]")], third, held, question, answer[:90]))
                classes[line[6:line.index("]")]] += 1
    print(f"{len(found)} misses refused for words only in the asker's frame "
          f"({sum(1 for f in found if f[2])} with a third person's frame); by class: {dict(classes.most_common())}")
    for row in found[:show]:
        print(" |", row[0], row[1], "third" if row[2] else "first", row[3], "|", row[4], "→", row[5])


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[sys.argv.index("--show") + 1]) if "--show" in sys.argv else 40)
