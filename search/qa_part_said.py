"""How an answer says the parts of a stated whole (search.qa_stated_parts, search.qa_figure_compare): the part at a place
asked among them, every part listed, one part said with its figure.

Contract: ``ranked_part`` gives the Outcome of the part at the place asked (None when none holds it), ``listed_parts`` the
Outcome of every part given, largest first, and ``said`` one stated figure as an answer words it; each Outcome cites the
stated figures it used.
"""

from __future__ import annotations

from search.qa_aggregate import low_ordinal
from search.qa_answer import evidence_item
from search.qa_form import LogicalForm
from search.qa_outcome import Outcome, figure_item
from search.qa_values import ordinal_en
from search.understand import Understanding


def ranked_part(facts, u: Understanding, form: LogicalForm, pool: list[str], values: dict, left_out: tuple[str, ...] = (),
                compared: bool = False, answers: dict[str, dict] | None = None) -> Outcome | None:
    """The part at the place asked among the figures ``pool`` (``values``: figure → value), largest first unless the
    smallest or a place from the bottom is asked ("倒数第二", "second-lowest"); the parts ``left_out`` said beside it;
    every part of the pool stated when two named are ``compared``; a part answered by ``answers`` (its kind) when it
    has one there, else by its figure. None when no part holds the place."""
    place, from_low = u.rank, low_ordinal(u.question)
    smallest = bool(form.operators & {"smallest", "fewest"} or ("smaller" in form.operators and "larger" not in form.operators))
    smallest = from_low is not None or (smallest and not (u.most and "smallest" not in form.operators))
    place = from_low or place
    levels = sorted({values[q] for q in pool}, reverse=not smallest)
    if len(pool) < 2 or place > len(levels):
        return None
    winners = [q for q in pool if values[q] == levels[place - 1]]
    zh, en = ("最少", "smallest") if smallest else ("最多", "largest")
    if place > 1:
        zh, en = f"第{place}{'少' if smallest else '多'}", f"{ordinal_en(place)} {en}"
    listed = ", ".join(f"{facts.label(q, 'en')} {values[q]:g}" for q in pool)
    evidence = [figure_item(facts, q) for q in (pool if compared else winners)]
    kinds = answers or {}
    evidence.append(evidence_item([facts.label(q) for q in winners], derivation=f"{en} of {len(pool)} stated parts: {listed}"))
    zh_said, en_said = ("、".join(said(facts, q, lang, kinds.get(q)) for q in winners) for lang in ("zh", "en"))
    but = ("、" if u.lang == "zh" else ", ").join(facts.label(q, u.lang) for q in left_out)
    text = (f"{f'除{but}外，' if but else ''}{zh}的是{zh_said}（在原文所列{len(pool)}类中）。" if u.lang == "zh" else
            f"{f'Besides {but}, the' if but else 'The'} {en}: {en_said.replace('、', ', ')} (of the {len(pool)} stated kinds).")
    if compared:
        every = ("，" if u.lang == "zh" else "; ").join(said(facts, q, u.lang, kinds.get(q)) for q in pool)
        first = kinds[winners[0]]["label" if u.lang == "zh" else "label_en"] if winners[0] in kinds else facts.label(winners[0], u.lang)
        # (worded as search.qa_figure_compare words two figures compared)
        text = f"{first}{'更少' if smallest else '更多'}（{every}）。" if u.lang == "zh" else \
            f"{first} is {'smaller' if smallest else 'larger'} ({every})."
        text = text if len(winners) == 1 else (f"一样多（{every}）。" if u.lang == "zh" else f"As many of each ({every}).")
    return Outcome([(answers or {}).get(q) or facts.entity(q, 1.0) for q in winners], evidence, text, settled=True)


def listed_parts(facts, u: Understanding, parts: list[str], values: dict, left_out: tuple[str, ...] = ()) -> Outcome:
    """Every part of ``parts`` (``values``: figure → value), largest first, each citing its own figure; the parts
    ``left_out`` named beside them."""
    order = sorted(parts, key=lambda q: -values[q])
    zh = u.lang == "zh"
    listed = ("、" if zh else ", ").join(said(facts, q, u.lang) for q in order)
    but = ("、" if zh else ", ").join(facts.label(q, u.lang) for q in left_out)
    text = (f"{f'除{but}外，' if but else ''}共{len(order)}类：{listed}。" if zh else
            f"{f'Besides {but}, ' if but else ''}{len(order)} kinds: {listed}.")
    return Outcome([facts.entity(q, 1.0) for q in order], [figure_item(facts, q) for q in order], text, settled=True)


def said(facts, figure: str, lang: str, kind: dict | None = None) -> str:
    """A stated figure as the answer says it: its label and its value with its unit ("各类企业57家"); a part that is a
    ``kind`` (its answer) by the kind's name, the source's own words beside ("实训基地类项目6个（原文：基地项目类）")."""
    if kind is not None and lang == "zh":
        return f"{kind['label']}{facts.figure_text(figure, 'zh')}（原文：{facts.label(figure)}）"
    if kind is not None:
        return f"{kind['label_en']}: {facts.figure_text(figure, 'en')} (the source: {facts.label(figure)}, {facts.label(figure, 'en')})"
    return f"{facts.label(figure)}{facts.figure_text(figure, 'zh')}" if lang == "zh" else \
        f"{facts.label(figure, 'en')}: {facts.figure_text(figure, 'en')}"
