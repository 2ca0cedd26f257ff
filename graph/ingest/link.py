"""Linking: an extracted organisation, person or consortium that the graph already holds
(by label, alias, short name, traditional script or bracket variant) takes its IRI, label
and type with ``new: false``; anything else gets a stable new IRI minted from its name.
"""

from __future__ import annotations

import hashlib
import re

from graph.ingest.lexicon import Lexicon
from graph.ingest.result import Extraction
from graph.namespaces import entity_iri

SEGMENTS = {"organisation": "org", "person": "person", "consortium": "consortium"}
_NON_SLUG = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 48


def hyphenated(text: str) -> str:
    """``text`` lower-cased, each run of characters other than a-z and 0-9 one hyphen, none at the ends."""
    return _NON_SLUG.sub("-", text.lower()).strip("-")


def slug(name: str) -> str:
    """A readable, stable slug: pinyin of the name, cut short, plus a short hash of it."""
    from pypinyin import lazy_pinyin

    words = hyphenated("-".join(lazy_pinyin(name)))[:MAX_SLUG].strip("-")
    digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:6]
    return f"{words}-{digest}" if words else digest


def romanise(name: str) -> str:
    """A pinyin rendering of a Chinese name, word by word (大连职业技术学院 -> Dalian Zhiye Jishu
    Xueyuan): the English label a draft carries until a reviewer writes the official one."""
    import jieba
    from pypinyin import lazy_pinyin

    words = ("".join(lazy_pinyin(w)) if not w.isascii() else w for w in jieba.lcut(name))
    return " ".join(w.strip().capitalize() if w.strip().isalpha() else w.strip() for w in words if w.strip())


def iri_slug(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def link(result: Extraction, lexicon: Lexicon, base_iri: str) -> Extraction:
    """Fill ``iri``/``new`` (and the graph's label and type for known entities) in place."""
    for org in result.organisations:
        entry = _known(lexicon, "organisation", org.label, org.aliases)
        if entry:
            if org.label != entry.label and org.label not in org.aliases:
                org.aliases.append(org.label)
            org.label, org.type, org.iri, org.new = entry.label, entry.type, entry.iri, False
        else:
            org.iri = entity_iri(base_iri, SEGMENTS["organisation"], slug(org.label))
    for person in result.people:
        entry = _known(lexicon, "person", person.name, [])
        person.iri, person.new = (entry.iri, False) if entry else (
            entity_iri(base_iri, SEGMENTS["person"], slug(person.name)), True)
    for c in result.consortia:
        entry = _known(lexicon, "consortium", c.label, c.aliases)
        if entry:
            c.label, c.iri, c.new = entry.label, entry.iri, False
        else:
            c.iri = entity_iri(base_iri, SEGMENTS["consortium"], slug(c.label))
    for coop in result.cooperations:
        coop.industry_ids = [iri_slug(e.iri) for i in coop.industries if (e := lexicon.lookup(i, "industry"))]
    _relabel(result)
    return result


def _known(lexicon: Lexicon, kind: str, name: str, aliases: list[str]):
    return next((e for n in [name, *aliases] if (e := lexicon.lookup(n, kind)) is not None), None)


def _relabel(result: Extraction) -> None:
    """References by label (participants, leads, positions) follow an organisation's new label."""
    names = {a: o.label for o in result.organisations for a in [*o.aliases]}
    def fix(label: str) -> str:
        return names.get(label, label)

    for coop in result.cooperations:
        coop.participants = list(dict.fromkeys(fix(p) for p in coop.participants))
    for c in result.consortia:
        c.leads = list(dict.fromkeys(fix(p) for p in c.leads))
    for person in result.people:
        for position in person.positions:
            position.organisation = position.organisation and fix(position.organisation)
