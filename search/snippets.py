"""Short explanations of why a document matched a query, from its indexed fields."""

from __future__ import annotations

from dataclasses import dataclass

from graph.han import HAN as _HAN

FIELD_NAMES = {
    "label": "名称", "label_en": "英文名", "alias": "别名", "type": "类型", "description": "简介",
    "industry": "产业", "broader": "上位产业", "narrower": "下位产业", "participant": "参与方",
    "project": "参与项目", "partner": "合作方", "mode": "合作方式", "provider": "举办方",
    "programme": "培养计划", "position": "职务", "organization": "任职单位", "person": "人员",
    "event": "活动", "signed": "签约项目", "venue": "地点/主办方", "parent": "上级单位",
    "unit": "下属单位", "quote": "发言", "audience": "培养对象", "method": "培养方式",
}
FIELD_NAMES_EN = {
    "label": "name", "label_en": "English name", "alias": "also known as", "type": "type", "description": "about",
    "industry": "industry", "broader": "broader industry", "narrower": "narrower industry", "participant": "participant",
    "project": "project", "partner": "partner", "mode": "cooperation mode", "provider": "provider",
    "programme": "training programme", "position": "position", "organization": "works at", "person": "people",
    "event": "event", "signed": "signed project", "venue": "venue/organiser", "parent": "parent organisation",
    "unit": "sub-unit", "quote": "said", "audience": "trainees", "method": "training method",
}
LABELS = {"zh": FIELD_NAMES, "en": FIELD_NAMES_EN}
SIMILAR = {"zh": "语义相近", "en": "semantically similar"}
MAX_CHARS = 60


@dataclass(frozen=True)
class IndexedField:
    """A document field with its lexical terms, kept so snippets need no tokenising per query."""

    field: str
    value: str
    terms: frozenset[str]


def explain(fields: tuple[IndexedField, ...], query_terms: frozenset[str], exact: str | None, lang: str = "zh") -> str:
    """'field: value' for the exact name match, else the field sharing most query terms
    (in English, fields written in English first), else the description (a purely semantic
    match). Field names are in ``lang`` ('zh' or 'en')."""
    if exact is not None:
        field = next((f.field for f in fields if f.value == exact), "alias")
        return _line(field, exact, lang)
    best = max(fields, key=lambda f: (sum(len(t) for t in f.terms & query_terms), _in_lang(f.value, lang)), default=None)
    if best is not None and best.terms & query_terms:
        return _line(best.field, _window(best.value, best.terms & query_terms), lang)
    described = sorted((f for f in fields if f.field == "description"), key=lambda f: not _in_lang(f.value, lang))
    similar = SIMILAR.get(lang, SIMILAR["zh"])
    return f"{similar} · {_window(described[0].value, frozenset())}" if described else similar


def _in_lang(value: str, lang: str) -> bool:
    return (lang == "en") != bool(_HAN.search(value))


def _line(field: str, value: str, lang: str = "zh") -> str:
    names = LABELS.get(lang, FIELD_NAMES)
    return f"{names.get(field, field)}: {value}"


def _window(value: str, terms: frozenset[str]) -> str:
    """At most MAX_CHARS of ``value``, around the first matched term when it is long."""
    if len(value) <= MAX_CHARS:
        return value
    lowered = value.lower()
    hits = [i for i in (lowered.find(t) for t in terms) if i >= 0]
    start = max(0, min(hits, default=0) - MAX_CHARS // 4)
    end = start + MAX_CHARS
    return ("…" if start else "") + value[start:end] + ("…" if end < len(value) else "")
