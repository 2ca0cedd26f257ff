"""The one-sentence answer, in the question's language."""

from __future__ import annotations

from search.understand import Understanding

SEPARATOR = {"zh": "、", "en": ", "}
SHOWN = 8


def _names(result, lang: str) -> str:
    key = "label" if lang == "zh" else "label_en"
    names = [a.get(key) or a["label"] for a in result.answers[:SHOWN]]
    more = len(result.answers) - SHOWN
    tail = {"zh": f"等{len(result.answers)}个", "en": f" and {more} more"}[lang] if more > 0 else ""
    return SEPARATOR[lang].join(names) + tail


def _scope(u: Understanding, anchors, facts_label, lang: str) -> str:
    """What constrains the answers: the named entities and the topic, as a phrase."""
    entities = [facts_label(m.doc.iri, lang) for m in u.mentions if m.doc.iri not in {a for a, _ in anchors}]
    topics = [facts_label(a, lang) for a, _ in anchors[:3]] or ([u.topic] if u.topic else [])
    if lang == "zh":
        parts = ([f"与{'、'.join(entities)}合作"] if entities else []) + ([f"涉及{'、'.join(topics)}"] if topics else [])
        return "、".join(parts)
    parts = ([f"with {', '.join(entities)}"] if entities else []) + ([f"on {', '.join(topics)}"] if topics else [])
    return " ".join(parts)


def describe(u: Understanding, anchors, plan, result, facts) -> str:
    """A one-sentence answer (or an honest 'nothing found') in the question's language."""
    label = facts.label
    lang = u.lang
    kind = u.answer_word or {"zh": "结果", "en": "results"}[lang]
    scope = _scope(u, anchors, label, lang)
    if plan is None or not result.answers and not (plan and plan.is_count):
        if lang == "zh":
            return f"图谱中没有找到{scope + '的' if scope else ''}{kind}。"
        return f"The graph holds no {kind} {scope}.".replace("  ", " ").replace(" .", ".")
    if plan.kind == "quantity":
        return _quantity_sentence(plan.quantity, facts, lang)
    if plan.kind == "date":
        return _date_sentence(plan.quantity, facts, lang)
    if plan.is_count:
        n = len(result.answers)
        if lang == "zh":
            return f"{scope + '的' if scope else ''}{kind}共有{n}个" + (f"：{_names(result, lang)}。" if n else "。")
        return f"{n} {kind} {scope}".strip() + (f": {_names(result, lang)}." if n else ".")
    if lang == "zh":
        return f"{scope + '的' if scope else ''}{kind}：{_names(result, lang)}。"
    return f"{kind.capitalize()} {scope}".strip() + f": {_names(result, lang)}."


def _quantity_sentence(quantity: str, facts, lang: str) -> str:
    owner, _ = facts.quantity_owner[quantity]
    figure = facts.figure_text(quantity, lang)
    if lang == "zh":
        return f"{facts.label(owner, 'zh')}的{facts.label(quantity, 'zh')}为{figure}。"
    return f"{facts.label(quantity, 'en')} ({facts.label(owner, 'en')}): {figure}."


def _date_sentence(subject: str, facts, lang: str) -> str:
    when = facts.date_text(subject, lang)
    if lang == "zh":
        return f"{facts.label(subject, 'zh')}：{when}。"
    return f"{facts.label(subject, 'en')}: {when}."
