"""People and their positions: ``{organisation}{title}、{title}{name}`` as Chinese news writes
them (大连职业技术学院党委书记、校长杨跃权; …党委书记冯印涛、总经理张帅兵).

A person is a LAC PER token; titles come from the table below (with 副/常务副 prefixes);
the organisation is the one named right before the titles, or, in a list of people joined
by 、/,, the one of the previous person.
"""

from __future__ import annotations

import re

from graph.ingest.nlp import Token
from graph.ingest.orgs import Found
from graph.ingest.result import Person, Position, Span

TITLES = (
    "党委书记", "党委副书记", "党工委书记", "党组书记", "书记", "校长", "院长", "园长", "总经理", "经理",
    "董事长", "董事", "总裁", "首席执行官", "主任", "局长", "厅长", "部长", "区长", "市长", "省长", "县长",
    "主席", "秘书长", "会长", "理事长", "所长", "负责人", "总工程师", "总监", "处长", "科长", "记者",
    "教授", "研究员", "主编", "总编辑", "社长", "厂长", "站长", "常委", "委员", "副主任",
)
_TITLE = "(?:常务副|执行|副)?(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + ")"
# The run of titles right before a name: 党委书记、校长 / 副总经理.
TITLE_RUN = re.compile(rf"((?:{_TITLE})(?:[、和兼](?:{_TITLE}))*)$")
SPLIT_TITLES = re.compile(rf"{_TITLE}")
LIST_JOINERS = ("、", ",", "和", "及")
MIN_NAME, MAX_NAME = 2, 4


def find_people(text: str, toks: list[Token], found: Found) -> list[Person]:
    people: dict[str, Person] = {}
    previous: tuple[int, str | None] | None = None  # (end of the last name, its organisation)
    for tok in toks:
        if tok.tag != "PER" or not MIN_NAME <= len(tok.text) <= MAX_NAME or not _is_name(tok.text):
            continue
        person = people.setdefault(tok.text, Person(tok.text, confidence=0.7))
        titles, org, start = _positions_before(text, tok.start, found)
        if titles and org is None and previous and text[previous[0]:start].strip() in LIST_JOINERS:
            org = previous[1]
        for title in titles:
            if not any(p.title == title and p.organisation == org for p in person.positions):
                person.positions.append(Position(title, org))
        person.evidence.append(Span(start, tok.end))
        if titles:
            person.confidence = 0.85 if org else 0.75
        previous = (tok.end, org)
    return list(people.values())


def _is_name(word: str) -> bool:
    return all("\u4e00" <= ch <= "\u9fff" or ch == "·" for ch in word)


def _positions_before(text: str, at: int, found: Found) -> tuple[list[str], str | None, int]:
    window = text[max(0, at - 24):at]
    m = TITLE_RUN.search(window)
    if not m:
        return [], None, at
    start = at - len(m.group(1))
    titles = SPLIT_TITLES.findall(m.group(1))
    org = next((o.label for s, o in found.mentions.items() if s.end == start), None)
    return titles, org, (start if org is None else min(s.start for s, o in found.mentions.items()
                                                         if s.end == start))
