"""Short explanations of why a document matched a query, from its indexed fields."""

from __future__ import annotations

from dataclasses import dataclass

FIELD_NAMES = {
    "label": "名称", "label_en": "英文名", "alias": "别名", "type": "类型", "description": "简介",
    "industry": "产业", "broader": "上位产业", "narrower": "下位产业", "participant": "参与方",
    "project": "参与项目", "partner": "合作方", "mode": "合作方式", "provider": "举办方",
    "programme": "培养计划", "position": "职务", "organization": "任职单位", "person": "人员",
    "event": "活动", "signed": "签约项目", "venue": "地点/主办方", "parent": "上级单位",
    "unit": "下属单位", "quote": "发言", "audience": "培养对象", "method": "培养方式",
}
MAX_CHARS = 60


@dataclass(frozen=True)
class IndexedField:
    """A document field with its lexical terms, kept so snippets need no tokenising per query."""

    field: str
    value: str
    terms: frozenset[str]


def explain(fields: tuple[IndexedField, ...], query_terms: frozenset[str], exact: str | None) -> str:
    """'field: value' for the exact name match, else the field sharing most query terms,
    else the description (a purely semantic match)."""
    if exact is not None:
        field = next((f.field for f in fields if f.value == exact), "alias")
        return _line(field, exact)
    best = max(fields, key=lambda f: sum(len(t) for t in f.terms & query_terms), default=None)
    if best is not None and best.terms & query_terms:
        return _line(best.field, _window(best.value, best.terms & query_terms))
    fallback = next((f for f in fields if f.field == "description"), None)
    return f"语义相近 · {_window(fallback.value, frozenset())}" if fallback else "语义相近"


def _line(field: str, value: str) -> str:
    return f"{FIELD_NAMES.get(field, field)}: {value}"


def _window(value: str, terms: frozenset[str]) -> str:
    """At most MAX_CHARS of ``value``, around the first matched term when it is long."""
    if len(value) <= MAX_CHARS:
        return value
    lowered = value.lower()
    hits = [i for i in (lowered.find(t) for t in terms) if i >= 0]
    start = max(0, min(hits, default=0) - MAX_CHARS // 4)
    end = start + MAX_CHARS
    return ("…" if start else "") + value[start:end] + ("…" if end < len(value) else "")
