"""A short name written on past its linked part: "德泰城服" (德泰 links 大连德泰城市服务集团有限公司; 城服 is 城市服务
shortened), "大工大学". The characters right after a linked Chinese name of an organisation that stand, in order,
among the characters of the entity's own name after the ones the linked part took are the rest of the same
short name, not a topic of their own (else "城服" is looked for as what the question is about, and found nowhere).

Contract: ``name_tails(facts, ancestors)(text, u)`` gives ``text`` with each such short name (the linked part and
its tail, two characters or more) replaced by the entity's whole normalised name; ``text`` unchanged when there is
none. Only the entity's own name is read: a tail it does not hold ("德泰跟哪所…") is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping

from search.qa_facts import FactFinder
from search.qa_graph import ORGANIZATION
from search.text import normalize
from search.understand import Understanding

HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,8}")


def name_tails(facts: FactFinder, ancestors: Mapping[str, frozenset[str]]) -> Callable[[str, Understanding], str]:
    """The rewrite reading short names written past their linked part (see the module)."""
    def rewrite(text: str, u: Understanding) -> str:
        if text != u.question or u.lang != "zh":
            return text
        for m in u.mentions:
            if not any(c == ORGANIZATION or ORGANIZATION in ancestors.get(c, ()) for c in m.doc.types):
                continue
            name = normalize(facts.label(m.doc.iri, "zh"))
            at = text.find(m.text)
            run = HAN_RUN.match(text, at + len(m.text)) if at >= 0 else None
            # (a part an earlier rewrite already wrote out whole leaves its tail to be read against the whole name)
            rest = _after_matched(m.text, name) or name
            if run is None:
                continue
            tail = next((run.group()[:n] for n in range(len(run.group()), 1, -1) if _in_order(run.group()[:n], rest)), "")
            # a tail another linked name or word stands in is that one's ("冰山松洋压缩机中心": the compressor industry's)
            if tail and not any(o is not m and run.start() <= text.find(o.text, run.start()) < run.start() + len(tail)
                                for o in u.mentions):
                return text[:at] + name + text[run.start() + len(tail):]
        return text
    return rewrite


def _after_matched(part: str, name: str) -> str | None:
    """What of ``name`` follows its characters matching ``part`` in order (earliest match); None when they do not."""
    at = 0
    for ch in part:
        at = name.find(ch, at)
        if at < 0:
            return None
        at += 1
    return name[at:]


def _in_order(chars: str, name: str) -> bool:
    """Whether ``chars`` stand in ``name`` in order."""
    return _after_matched(chars, name) is not None
