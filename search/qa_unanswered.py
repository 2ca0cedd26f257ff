"""The answers that answer nothing, worded: the question names something the graph does not hold, a kind pointed at
fits several entities, or a description fits none. Each is settled (no later reading answers it instead) except the
first, and each offers nearby or fitting entities separately as ``related``, never as answers.

Contract: ``nothing_about(result, lang, unknown, related)``, ``several_fit(question, lang, word, fits, facts,
understanding)``, ``fits_nothing(question, lang, phrase, related, understanding)``; ``understanding`` is the
answerer's summary of the parse (search.qa), ``related`` the entities nearest to what is named (its topic resolver).
"""

from __future__ import annotations

from dataclasses import replace

from search.qa_answer import Answer
from search.qa_facts import FactFinder


def nothing_about(result: Answer, lang: str, unknown: list[str], related: list[dict]) -> Answer:
    """The question names something the graph does not hold: nothing is answered about it, and the graph's entities
    nearest to the name are offered separately."""
    names = ("、" if lang == "zh" else ", ").join(unknown)
    text = (f"图谱中没有关于{names}的任何信息，无法回答。" if lang == "zh"
            else f"The graph holds nothing about {names}, so this cannot be answered.")
    return replace(result, answer_text=text, related=related)


def several_fit(question: str, lang: str, word: str, fits: list[str], facts: FactFinder, understanding: dict) -> Answer:
    """"那所大学跟谁合作": the kind pointed at fits several entities; nothing is answered, and they are offered."""
    names = ("、" if lang == "zh" else ", ").join(facts.label(x, lang) for x in fits)
    text = (f"图谱中有{len(fits)}个{word}：{names}。请指明是哪一个。" if lang == "zh"
            else f"The graph holds {len(fits)} of that kind ({word}): {names}. Which one is meant?")
    return Answer(question, answer_text=text, related=[facts.entity(x, 1.0) for x in fits],
                  understanding={**understanding, "settled": True, "ambiguous": fits})


def fits_nothing(question: str, lang: str, phrase: str, related: list[dict], understanding: dict) -> Answer:
    """A description that fits nothing the graph holds: nothing is answered, never a nearby entity."""
    text = (f"图谱中没有符合“{phrase}”的实体，无法回答。" if lang == "zh"
            else f"The graph holds nothing that fits “{phrase}”, so this cannot be answered.")
    return Answer(question, answer_text=text, related=related,
                  understanding={**understanding, "settled": True, "unfit": phrase})
