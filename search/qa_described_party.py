"""An industry the question names only to describe a party: one it names ("the education-technology firm Bilinxing",
"做互感器的大连第一互感器集团"), or one it does not name but describes by the industry the graph files it under ("做互感器
的那家集团": 大连第一互感器集团, the one organisation whose own industry is instrument transformers).

Contract: ``described_industries(u, labels, weights)`` gives the industries linked in the parse ``u`` whose every
content word stands in the name (zh or en) of an organisation the question also names. Such a word says what the
party is (its own name says so), not what the answers must concern: read as a constraint it empties a plan whose
party's cooperations the graph files under another industry ("图谱中没有找到与比邻星(大连)教育科技有限公司合作、涉及教育科技
的项目"). The reading without them (``without_described``) is one of the other readings of a doubtful first reading
(search.qa_readings), kept by the same coverage decision as the others; ``relaxed_note`` says in the answer what it
did not narrow by. ``IndustryHolders.described(u)`` gives, in a parse naming no organisation, for an industry it links
that exactly one organisation holds as its own industry (cj:industry on the organisation), that organisation standing for it: the other
reading reads the party so described in its place (tried after those above, and kept by the same decision). A word no
named party's name holds, or that no one organisation holds, stays a constraint, so an industry the party has no cooperation
in still answers nothing ("碧菲分离膜公司参与了哪些人工智能方面的项目").
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace

from search.qa_coverage import Weights, content_words, coverage
from search.documents import EntityDoc
from search.qa_graph import INDUSTRY, ORGANIZATION
from search.understand import Mention, Understanding


def described_industries(u: Understanding, labels: Callable[[str], Iterable[str]], weights: Weights) -> list[Mention]:
    """The industry mentions of ``u`` each of whose content words a named organisation's names (``labels``) hold."""
    parties = [m for m in u.mentions if ORGANIZATION in m.doc.types and INDUSTRY not in m.doc.types]
    names = [n for p in parties for n in (p.text, *labels(p.doc.iri))]
    if not names:
        return []
    return [m for m in u.mentions if INDUSTRY in m.doc.types and content_words(m.text, weights)
            and not coverage(m.text, (), names, weights).unaccounted]


class IndustryHolders:
    """The organisations the graph files under each industry as their own (``industries``: a thing → its
    cj:industry; ``classes``: a thing → its classes; ``docs``: the catalogue's entities)."""

    def __init__(self, industries: dict[str, set[str]], classes: dict[str, frozenset[str]], docs: dict[str, EntityDoc]):
        self.docs = docs
        self.holders: dict[str, list[str]] = {}
        for thing, held in sorted(industries.items()):
            if ORGANIZATION in classes.get(thing, frozenset()) and thing in docs:
                for industry in held:
                    self.holders.setdefault(industry, []).append(thing)

    def described(self, u: Understanding) -> dict[str, Mention]:
        """Each industry mention of ``u`` that exactly one organisation holds, mapped to a mention of that organisation
        in the industry's words, by the industry's IRI; none when ``u`` names an organisation (the industry is then
        no description of the party asked about: "文章引了机床厂副总的话，那东风日产大连那边的副总经理又是谁")."""
        if any(ORGANIZATION in m.doc.types for m in u.mentions):
            return {}
        found = {}
        for m in u.mentions:
            holders = self.holders.get(m.doc.iri, []) if INDUSTRY in m.doc.types else []
            if len(holders) == 1:
                found[m.doc.iri] = Mention(self.docs[holders[0]], m.text)
        return found


def without_described(u: Understanding, described: list[Mention], labels: Callable[[str], Iterable[str]],
                      weights: Weights, held: dict[str, Mention] | None = None) -> Understanding:
    """``u`` without the ``described`` industries (or, ``held``, each replaced by the organisation holding it), and
    without its topic when the parties' names hold all of it too ("比邻星那家教育科技公司": 教育科技 of
    比邻星(大连)教育科技有限公司; "那家集团": 集团 of 大连第一互感器集团)."""
    kept = tuple((held or {}).get(m.doc.iri, m) for m in u.mentions if m not in described)
    names = [n for m in kept if ORGANIZATION in m.doc.types for n in (m.text, *labels(m.doc.iri))]
    accounted = bool(u.topic) and not coverage(u.topic, (), names, weights).unaccounted
    return replace(u, mentions=kept, topic="" if accounted else u.topic)


def relaxed_note(described: list[str], lang: str) -> str:
    """The sentence saying the answer was not narrowed by ``described``, the words describing a named party."""
    if lang == "zh":
        return f"（“{'、'.join(described)}”是所问单位名称中的描述，未作为筛选条件。）"
    return f" (Not narrowed by “{', '.join(described)}”: it describes the named party, as its name does.)"


def holder_note(held: dict[str, Mention], lang: str) -> str:
    """The sentence saying which organisation each industry word was read as (``held``: IndustryHolders.described)."""
    if lang == "zh":
        return "（" + "；".join(f"“{m.text}”读作图谱中归入该产业的唯一单位{m.doc.label}" for m in held.values()) + "。）"
    return " (" + "; ".join(f"“{m.text}” read as {m.doc.names.en or m.doc.label}, the one organisation the graph files under it"
                            for m in held.values()) + ".)"
