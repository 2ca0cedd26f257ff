"""The sentence stage: the one-sentence answer, in the question's language.

Contract: ``describe(form, plan, result, facts)`` reads the logical form (search/qa_form.py), the
plan and the answers and evidence its query collected, and returns one sentence (an honest
"nothing found" when there is nothing); it queries nothing. The plan class gives its own phrases
(Plan.entity_phrase, ParticipationPlan.most_phrase, ReportedPlan.reported); SENTENCES holds the
classes whose sentence has a shape of its own (a figure, a date, people, a source)."""

from __future__ import annotations

import re

from search.qa_answer import counted
from search.qa_form import LogicalForm
from search.qa_plans import (fields_of, DatePlan, DocumentsPlan, HolderPlan, ParticipationPlan, PlacePlan, Plan, QuantityPlan,
                             ReportedPlan, StatingPlan)
from search.qa_graph import INDUSTRY
from search.lexical import s_stem
from search.qa_values import ordinal_en
from search.understand import Understanding

# How an answer text opens when it states a verdict; one table for the answerer and the judge.
VERDICTS = {"是": re.compile(r"^(是|对)(?!否)"), "否": re.compile(r"^(否|不|没有)"),
            "yes": re.compile(r"^yes\b"), "no": re.compile(r"^no\b")}
SEPARATOR = {"zh": "、", "en": ", "}
SHOWN = 8


def listed_names(result, lang: str) -> str:
    """The answers of ``result`` as a list names them: the first SHOWN labels, then how many in all."""
    key = "label" if lang == "zh" else "label_en"
    names = [a.get(key) or a["label"] for a in result.answers[:SHOWN]]
    n = counted(result)
    more = n - SHOWN
    tail = {"zh": f"等{n}个", "en": f" and {more} more"}[lang] if more > 0 else ""
    return SEPARATOR[lang].join(names) + tail


TOPIC_PHRASES = ("涉及{}", "on {}")


def _scope(u: Understanding, anchors, plan, facts_label, lang: str) -> str:
    """What constrains the answers: the named entities and the topic, as a phrase."""
    anchored = {a for a, _ in anchors}
    # a named industry is a topic, never a partner ("与人工智能合作" would misread it)
    industries = [m.doc.iri for m in u.mentions if m.doc.iri not in anchored and INDUSTRY in m.doc.types]
    entities = [facts_label(m.doc.iri, lang) for m in u.mentions
                if m.doc.iri not in anchored and m.doc.iri not in industries]
    named_topics = [facts_label(i, lang) for i in dict.fromkeys(industries)] + ([u.topic] if u.topic else [])
    topics = [facts_label(a, lang) for a, _ in anchors[:3]] or named_topics
    side = 0 if lang == "zh" else 1
    joiner = SEPARATOR[lang]
    # no plan: the entities are worded as partners, the default plan's phrase
    entity_phrase = (plan or Plan).entity_phrase[side]
    parts = ([entity_phrase.format(joiner.join(entities))] if entities else [])
    parts += [TOPIC_PHRASES[side].format(joiner.join(topics))] if topics else []
    return ("、" if lang == "zh" else " ").join(parts)


def _nothing_found(u: Understanding, anchors, plan, facts_label, kind: str) -> str:
    """The honest empty answer, naming what the graph does not hold: the kind asked for with what
    constrains it ("图谱中没有找到涉及芯片的高校"), or, when no kind is asked, the topic of the named
    entities ("图谱中没有关于大连理工大学的校长的信息", "The graph holds nothing on heads for …")."""
    zh = u.lang == "zh"
    if kind:
        scope = _scope(u, anchors, plan, facts_label, u.lang)
        return (f"图谱中没有找到{scope + '的' if scope else '符合条件的'}{kind}。" if zh
                else f"The graph holds no {kind} {scope or 'that match'}.".replace(" .", "."))
    anchored = {a for a, _ in anchors}
    named = [facts_label(m.doc.iri, u.lang) for m in u.mentions if m.doc.iri not in anchored]
    topics = [facts_label(a, u.lang) for a, _ in anchors[:3]] or _topic_words(u.topic)
    entities, topic = SEPARATOR[u.lang].join(named), SEPARATOR[u.lang].join(topics)
    if zh:
        about = f"{entities}的{topic}" if entities and topic else entities or topic
        return f"图谱中没有关于{about}的信息。" if about else "图谱中没有找到符合条件的结果。"
    about = f"{topic} for {entities}" if entities and topic else entities or topic
    return f"The graph holds nothing on {about}." if about else "The graph holds no results that match."


def _topic_words(topic: str) -> list[str]:
    """The topic's phrases, each once: none that is part of another ("投资 投资金额" is 投资金额)."""
    phrases = list(dict.fromkeys(topic.split()))
    return [p for p in phrases if not any(p != o and p in o for o in phrases)]


def describe(form: LogicalForm, plan, result, facts) -> str:
    """A one-sentence answer (or an honest 'nothing found') in the question's language."""
    return _tidy(_sentence(form.understanding, list(form.constraints), plan, result, facts))


def _tidy(sentence: str) -> str:
    """No doubled full stops where a name ends in one ("Co., Ltd.." → "Co., Ltd.")."""
    return sentence.replace("..", ".").replace("  ", " ")


def _sentence(u: Understanding, anchors, plan, result, facts) -> str:
    label = facts.label
    lang = u.lang
    kind = (plan.noun[0 if lang == "zh" else 1] if plan and plan.noun else u.answer_word) or ""
    if plan is None or (not result.answers and not plan.is_count and not result.evidence):
        return _nothing_found(u, anchors, plan, label, kind)
    kind = kind or {"zh": "结果", "en": "results"}[lang]
    scope = _scope(u, anchors, plan, label, lang)
    worded = next((words for cls, words in SENTENCES.items() if isinstance(plan, cls)), None)
    if worded:
        return worded(plan, result, facts, lang)
    if plan.most and isinstance(plan, ParticipationPlan) and plan.links:
        zh, en = plan.most_phrase
        if plan.most_rank > 1:  # "第二多": the level asked, not the top
            zh, en = zh.replace("最多", f"第{plan.most_rank}多"), en.replace("the most", f"the {ordinal_en(plan.most_rank)} most")
        # several counts ("哪两所"): each answer with its own
        top = SEPARATOR[lang].join(str(len(plan.links[a["id"]])) for a in result.answers) if plan.most_n > 1 \
            else str(max(len(links) for links in plan.links.values()))
        if lang == "zh":
            return f"{scope + '、' if scope else ''}{zh.format(kind, top)}：{listed_names(result, lang)}。"
        return f"{en.format(kind.capitalize(), top)}{' ' + scope if scope else ''}: {listed_names(result, lang)}."
    if plan.is_count:
        n = counted(result)
        if lang == "zh":
            return f"{scope + '的' if scope else ''}{kind}共有{n}个" + (f"：{listed_names(result, lang)}。" if n else "。")
        return f"{n} {_in_number(kind, n)} {scope}".strip() + (f": {listed_names(result, lang)}." if n else ".")
    if lang == "zh":
        return f"{scope + '的' if scope else ''}{kind}：{listed_names(result, lang)}。"
    return f"{kind.capitalize()} {scope}".strip() + f": {listed_names(result, lang)}."


def _quantity_sentence(plan, result, facts, lang: str) -> str:
    quantity = plan.subject
    owner, _ = facts.quantity_owner[quantity]
    figure = facts.figure_text(quantity, lang)
    versions = facts.versions(quantity)
    if len(versions) > 1:  # the same measure at several dates: the newest, then the others, dated and sourced
        dated = [(facts.figure_text(q, lang), *facts.stated.get(q, ("", ""))) for q in versions]
        said = [f"{d or '?'}《{facts.label(doc, 'zh')}》：{v}" if lang == "zh" else
                f"{v} as of {d or '?'} ({facts.label(doc, 'en')})" for v, d, doc in dated]
        if lang == "zh":
            return (f"{facts.label(owner, 'zh')}的{facts.label(quantity, 'zh')}最新为{figure}（{said[0]}）；"
                    f"其他日期与来源：{'；'.join(said[1:])}。")
        return (f"{facts.label(quantity, 'en')} ({facts.label(owner, 'en')}): {figure}, the newest "
                f"({said[0]}); other dates and sources: {'; '.join(said[1:])}.")
    fields = fields_of(quantity, facts)
    if len(fields) == 1:  # a rank, told with the size of its field ("第5名（共28家）", "5th place of 28")
        field = facts.figures['zh'][fields[0]]['value']
        figure += f"（共{field}家）" if lang == "zh" else f" of {field}"
    if lang == "zh":
        return f"{facts.label(owner, 'zh')}的{facts.label(quantity, 'zh')}为{figure}。"
    return f"{facts.label(quantity, 'en')} ({facts.label(owner, 'en')}): {figure}."


def _date_sentence(plan, result, facts, lang: str) -> str:
    subject = plan.subject
    when = facts.date_text(subject, lang)
    if not result.answers:  # dated only by words such as 近日
        return (f"原文只说{facts.label(subject, 'zh')}于“{when}”，没有给出具体日期。" if lang == "zh"
                else f"The source only says “{facts.date_text(subject, 'zh')}” (recently); it gives no date for "
                     f"{facts.label(subject, 'en')}.")
    if lang == "zh":
        return f"{facts.label(subject, 'zh')}：{when}。"
    return f"{facts.label(subject, 'en')}: {when}."


def _people_sentence(plan, result, facts, lang: str) -> str:
    """"杨跃权担任大连职业技术学院党委书记、校长。" / "Yang Yuequan: President, Dalian Vocational …"."""
    held: dict[str, list[str]] = {}
    for answer, links in plan.links.items():
        for via, _ in sorted(links, key=str):
            person, position = plan.holder(answer, via)
            held.setdefault(person, []).append(position)
    sentences = []
    for person, positions in held.items():
        posts = [(facts.label(facts.position_org.get(pos, ""), lang), facts.label(pos, lang) + _post_dates(pos, facts, lang))
                 for pos in positions]
        if lang == "zh":
            sentences.append(f"{facts.label(person, 'zh')}担任{'、'.join(org + title for org, title in posts)}")
        else:
            sentences.append(f"{facts.label(person, 'en')}: {'; '.join(f'{t}, {o}' for o, t in posts)}")
    return ("；" if lang == "zh" else ". ").join(sentences) + ("。" if lang == "zh" else ".")


def _post_dates(position: str, facts, lang: str) -> str:
    """When several sources state one post: the newest date, then the others (else nothing)."""
    versions = facts.post_versions.get(position, [position])
    if len(versions) < 2:
        return ""
    dates = [facts.stated.get(v, ("", ""))[0] or "?" for v in versions]
    return (f"（最新：{dates[0]}；另见：{'、'.join(dates[1:])}）" if lang == "zh"
            else f" (newest {dates[0]}; also {', '.join(dates[1:])})")


def _reported_sentence(plan, result, facts, lang: str) -> str:
    """"《…》的作者：杜树泽、…" / "董建军说：“…”": the article or the quotation, and who."""
    source = min(via for links in plan.links.values() for via, _ in links)
    zh, en = plan.reported
    n = counted(result)
    total = ({"zh": f"（共{n}个）", "en": f" ({n} in all)"}[lang] if plan.is_count else "")
    return (zh if lang == "zh" else en).format(source=facts.label(source, lang), names=listed_names(result, lang) + total)


def _place_sentence(plan, result, facts, lang: str) -> str:
    places = listed_names(result, lang)
    held = result.evidence[0]["path"][0] if result.evidence else ""
    if lang == "zh":
        return f"{held}的举办地：{places}。"
    return f"Held at {places}."


# How each class of plan is worded when the generic "<scope>的<kind>：<names>" does not fit.
def _documents_sentence(plan, result, facts, lang: str) -> str:
    """Several documents have authors and the question names none: ask which, listing them."""
    listed = [item["path"] for item in result.evidence]  # title, "作者 creator", authors, date
    if lang == "zh":
        return (f"知识库中有{len(listed)}篇有作者的文档，请问是哪一篇？"
                + "；".join(f"《{t}》（{a}，{d}）" for t, _, a, d in listed) + "。")
    return (f"{len(listed)} documents in the knowledge base have authors; which one do you mean? "
            + "; ".join(f"“{answer['label_en']}” ({a}, {d})"
                        for answer, (_, _, a, d) in zip(result.answers, listed)) + ".")


def _stating_sentence(plan, result, facts, lang: str) -> str:
    """The document a question describes, by its title."""
    if lang == "zh":
        return "是" + "、".join(f"《{a['label']}》" for a in result.answers) + "。"
    return "The document: " + "; ".join(f"“{a['label_en']}”" for a in result.answers) + "."


SENTENCES = {StatingPlan: _stating_sentence, DocumentsPlan: _documents_sentence, QuantityPlan: _quantity_sentence, HolderPlan: _people_sentence, ReportedPlan: _reported_sentence,
             DatePlan: _date_sentence, PlacePlan: _place_sentence}


def _in_number(kind: str, n: int) -> str:
    """An English kind phrase ("cooperation projects") agreeing with a count: its last word singular for one."""
    head, _, last = kind.rpartition(" ")
    return f"{head} {s_stem(last)}".strip() if n == 1 else kind
