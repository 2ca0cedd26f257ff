"""People and their positions: ``{organisation}{title}、{title}{name}`` as Chinese news writes
them (大连职业技术学院党委书记、校长杨跃权; …党委书记冯印涛、总经理张帅兵).

A person is a LAC PER token; titles come from the table below (with 副/常务副 prefixes);
the organisation is the one named right before the titles, or, in a list of people joined
by 、/,, the one of the previous person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from graph.han import HAN
from graph.ingest.nlp import Token
from graph.ingest.orgs import Found
from graph.ingest.result import Consortium, Person, Position, Span, SpanIndex

TITLES = (
    "党委书记", "党委副书记", "党工委书记", "党组书记", "书记", "校长", "院长", "园长", "总经理", "经理",
    "董事长", "董事", "总裁", "首席执行官", "主任", "局长", "厅长", "部长", "区长", "市长", "省长", "县长",
    "主席", "秘书长", "会长", "理事长", "所长", "负责人", "总工程师", "总监", "处长", "科长", "记者",
    "教授", "研究员", "主编", "总编辑", "社长", "厂长", "站长", "常委", "委员", "副主任",
)
_TITLE = "(?:常务副|执行|副)?(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) + ")"
TITLE_END = re.compile(rf"{_TITLE}$")
TITLE_ONLY = re.compile(rf"(?:{_TITLE})+")
TITLE_AT = re.compile(_TITLE)  # (used with .match) a name followed by a title is a position's organisation
# Short references to the document's consortium inside a position (共同体理事长).
CONSORTIUM_REF = re.compile(r"^(?:本|该)?(联合体|共同体|联盟)")
# 程晓东当选联盟理事长 / 担任协会副会长: a position given after the name.
ELECTED = re.compile(r"(?:当选|担任|出任|兼任|任)(?:为)?")
CONSORTIUM_OFFICES = ("理事长", "秘书长", "会长", "主席")
CLAUSE_START = ",。;\n:"
LIST_JOINERS = ("、", ",", "和", "及")
MAX_TITLE = 16  # a title with its department: 职业教育与继续教育处副处长
MIN_NAME, MAX_NAME = 2, 4


def find_people(text: str, toks: list[Token], found: Found, consortia: Sequence[Consortium] = ()) -> list[Person]:
    people: dict[str, Person] = {}
    names = _named_spans(found, consortia)
    previous: tuple[int, str | None] | None = None  # (end of the last name, its organisation)
    for tok in toks:
        if tok.tag != "PER" or not MIN_NAME <= len(tok.text) <= MAX_NAME or not _is_name(tok.text):
            continue
        person = people.setdefault(tok.text, Person(tok.text, confidence=0.7))
        positions, start = _positions_before(text, tok.start, names, consortia)
        after = _position_after(text, tok.end, names, consortia)
        if positions and positions[-1].organisation is None and previous \
                and text[previous[0]:start].strip() in LIST_JOINERS:
            positions = [Position(p.title, p.organisation or previous[1]) for p in positions]
        for new in positions + after:
            if not any(p.title == new.title and p.organisation == new.organisation for p in person.positions):
                person.positions.append(new)
        person.evidence.append(Span(start, tok.end))
        if positions:
            person.confidence = 0.85 if positions[0].organisation else 0.75
        previous = (tok.end, positions[-1].organisation if positions else None)
    return list(people.values())


def _is_name(word: str) -> bool:
    return all(HAN.match(ch) or ch == "·" for ch in word)


def _named_spans(found: Found, consortia) -> SpanIndex:
    spans = [(s, o.label) for s, o in found.mentions.items()]
    return SpanIndex(spans + [(s, c.label) for c in consortia for s in c.evidence])


def _positions_before(text: str, at: int, names, consortia) -> tuple[list[Position], int]:
    """The positions written right before a name: segments ``{organisation}{title}`` joined
    by 、, a segment without an organisation taking the one on its left."""
    end = at - 1 if text[at - 1:at] == " " else at
    clause = max(max(text.rfind(c, 0, end) for c in CLAUSE_START) + 1, end - 60)
    clause = _after_open_bracket(text, clause, end)
    found, start, pos = [], at, end
    for segment in reversed(text[clause:end].split("、")):
        seg_start = pos - len(segment)
        pos = seg_start - 1
        inside = [(s, label) for s, label in names.within(seg_start, seg_start + len(segment))
                  if s.end < seg_start + len(segment)]
        org, rest = None, segment
        if inside:
            span, org = max(inside, key=lambda x: x[0].end)
            rest = text[span.end:seg_start + len(segment)]
            seg_start = span.start
        elif consortia and (m := CONSORTIUM_REF.match(segment)):
            org, rest = _nearest_label(consortia, at), segment[m.end():]
        if not TITLE_END.search(rest) or len(rest) > MAX_TITLE or not _is_name(rest):
            break
        if org is None and not TITLE_ONLY.fullmatch(rest):
            break
        found.append(Position(rest, org))
        start = seg_start
    found.reverse()
    for i in range(1, len(found)):
        if found[i].organisation is None:
            found[i] = Position(found[i].title, found[i - 1].organisation)
    return found, start


def _position_after(text: str, end: int, names, consortia) -> list[Position]:
    m = ELECTED.match(text, end)
    if not m:
        return []
    at, org = m.end(), None
    named = [(s, label) for s, label in names.within(at, at + 40) if s.start == at]
    if named:
        at, org = named[0][0].end, named[0][1]
    elif consortia and (ref := CONSORTIUM_REF.match(text[at:at + 4])):
        at, org = at + ref.end(), _nearest_label(consortia, at)
    title = TITLE_AT.match(text, at)
    if title and org is None and consortia and title.group(0).lstrip("副") in CONSORTIUM_OFFICES:
        org = _nearest_label(consortia, at)  # 当选副理事长: an office of the consortium being founded
    return [Position(title.group(0), org)] if title and org else []


def _nearest_label(consortia, at: int) -> str:
    return min(consortia, key=lambda c: min(abs(s.start - at) for s in c.evidence)).label


def _after_open_bracket(text: str, start: int, end: int) -> int:
    """Past the last "(" in text[start:end] that is not closed before ``end`` (a byline's
    opening bracket), but not into a bracket inside a name such as 中康养(安徽)…."""
    depth = 0
    for i in range(end - 1, start - 1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth < 0:
            return i + 1
    return start
