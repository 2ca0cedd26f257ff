"""The plan stage: the plan, with its SPARQL, that answers a logical form.

Contract: ``compose(form, facts)`` reads the logical form (search/qa_form.py) and the graph's facts
and returns one plan or None (nothing in the graph to follow); it runs only the small look-up
queries that choose a plan, never the plan's own query. Each planner (search/qa_planners.py) builds a
Plan (search/qa_plans.py: one class per kind of answer, owning its evidence) with its SPARQL. The
kinds of plan are the kinds of thing a question asks for (PLANNERS): organisations reached through
the cooperations they take part in, cooperations, people in positions, programmes, figures, dates,
places and what a source reports (search/qa_reported.py); whether a figure answers a how-many question is
search/qa_figure_plan.py's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from search.qa_member_kinds import MEMBER_UNIT_WORDS
from search.qa_cues import (AMOUNT_ASKED, COUNTED_NOUN, LEADERS, SIGNING_ASKED, VENUE_ASKED)
from search.qa_facts import FactFinder
from search.qa_fact_queries import INSTANCES_OF, SIGNED_AT
from search.qa_figure_plan import GO_ON, figure_plan, unasked_figure
from search.qa_form import LogicalForm
from search.qa_measures import PER_PERIOD, counts_items
from search.qa_match import QUANTITY_MIN, shares_content, uses_any
from search.qa_values import EN_NUMBERS, cn_numeral
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PERSON, POSITION, PROGRAMME, PROJECT
from search.qa_planners import (plan_cooperations, plan_date, plan_industries, plan_participants, plan_people,
                                plan_place, plan_positions, plan_programmes)
from search.qa_post_owner import unowned_title
from search.qa_plans import ParticipantsPlan, ParticipationPlan, Plan
from search.qa_reported import PUBLISHER_WORDS, reported
from search.understand import Understanding

# How to call the answers when the question's own class word does not name them.
PARTNERS, COOPERATIONS = ("合作方", "partners"), ("合作项目", "cooperations")
# A superlative asking for several ("哪两所高校", "前三名", "which two universities", "the top three").
TOP_N = re.compile(r"哪([两二三四五])[家所个位项]|前([两二三四五]|\d)[名家所个位项]?"
                   r"|\b(?:which|what|the|top)\s+(two|three|four|five|\d)\b")


PLANNERS: dict[str, Callable] = {
    COOPERATION: plan_cooperations,
    INDUSTRY: plan_industries,
    POSITION: plan_positions,
    PROGRAMME: plan_programmes,
}


def _dated_fits(u: Understanding, dated: str, facts: FactFinder) -> bool:
    """Whether an event or document answers a when/where question: a cooperation the question names (or a
    kind of cooperation it asks about) must be it or be signed at it ("实训基地建在哪" is not where the
    signing took place; "在哪签的" is)."""
    if u.intent == "where" and not VENUE_ASKED.search(u.question) and dated not in {m.doc.iri for m in u.mentions}:
        return False  # where a thing is built or lies is no venue of its signing ("数字人才实训中心在什么地方")
    named = {m.doc.iri for m in u.mentions if COOPERATION in m.doc.types}
    kind = u.answer_classes if facts.of_class(u.answer_classes, COOPERATION) else frozenset()
    return not (named or kind) or dated in named or _signed_there(u, dated, named, kind, facts)


def _signed_there(u: Understanding, dated: str, named: set[str], kind, facts: FactFinder) -> bool:
    """Whether the question asks where its cooperation (or one of the kind it asks about) was signed."""
    if u.intent == "where" and not SIGNING_ASKED.search(u.question):
        return False  # where a cooperation is built or lies is no venue of its signing ("建在哪")
    signed = {r["x"] for r in facts.kg.select(SIGNED_AT, e=dated)}
    # a kind asked about ("实训基地坐落在哪") must be one signed there
    return bool(named & signed) if named else any(x in facts.docs and facts.docs[x].types & kind for x in signed)


def _counts_unclassed(u: Understanding) -> bool:
    """Whether a question counts a noun of its topic, no class word: a Chinese one closing on it ("多少名幼师"), an
    English one asking "how many" of it ("how many students can the centre take"); not units or members."""
    m = COUNTED_NOUN.search(u.question)
    noun: str = (m.group(1) or m.group(2)) if m else ""
    return bool(noun) and not u.answer_word and noun not in MEMBER_UNIT_WORDS | {"members", "member"} \
        and any(noun in w for w in u.topic.split())


def _class_plan(u: Understanding, anchors, facts: FactFinder) -> Plan:
    """The plan of the answers of the class asked for (organisations when none is, cooperations for "what")."""
    if u.answer_classes and (u.intent != "who" or facts.of_class(u.answer_classes, ORGANIZATION)):
        classes, noun = u.answer_classes, None
    elif u.asks_what or (u.intent == "count" and counts_items(u.question)):
        # ("大连大学参加的签约一共几项": items counted are its cooperations, not its partners)
        classes, noun = frozenset({COOPERATION}), COOPERATIONS
    else:
        classes, noun = frozenset({ORGANIZATION}), PARTNERS
        anchors = kind_asked_partners(u, anchors, facts)
    planner = next((p for root, p in PLANNERS.items() if facts.of_class(classes, root)), plan_participants)
    plan = planner(u, anchors, classes)
    # "The most" ranks organisations by their cooperations and cooperations by their parties.
    plan.is_count, plan.noun, plan.most = u.intent == "count", noun, u.most and isinstance(plan, ParticipationPlan)
    plan.most_n = _how_many_asked(u) if plan.most else 1
    plan.most_rank = u.rank
    return plan


def kind_asked_partners(u: Understanding, anchors, facts: FactFinder) -> list:
    """The anchors of a question asking who took part in a kind of cooperation it names as its only class ("大连职院和谁
    合作了人才培养项目", "who did DVTC partner with on talent cultivation projects"): the partners are those in the
    cooperations of that kind (as _in_kinds keeps them), not every partner; ``anchors`` when a topic already narrows."""
    kinds = u.answer_classes
    if anchors or not kinds or not facts.of_class(kinds, COOPERATION) or kinds & {COOPERATION, PROJECT}:
        return anchors
    return [(r["x"], 1.0) for k in sorted(kinds) for r in facts.kg.select(INSTANCES_OF, k=k)]


def _how_many_asked(u: Understanding) -> int:
    """How many answers a superlative asks for ("哪两所", "前三", "which two", "top three"); 1 when it
    names no number."""
    m = TOP_N.search(u.question)
    if m is None:
        return 1
    word = next(g for g in m.groups() if g)
    return EN_NUMBERS.get(word) or cn_numeral(word) or (int(word) if word.isdigit() else 1)


def _signings(u: Understanding, anchors, facts: FactFinder) -> dict[str, float] | None:
    """"罗克韦尔项目是在哪签的": a bonus for the signings of the cooperations the question is about, when it asks
    about a signing (FactFinder.signings_of)."""
    concerned = [a for a, _ in anchors] + [m.doc.iri for m in u.mentions]
    return facts.signings_of(concerned) if SIGNING_ASKED.search(u.question) else None


def _people_plan(form: LogicalForm, u: Understanding, anchors, facts: FactFinder):
    """The plan of a question asking for people (a who-word, a person's class word, or a post it names: "校长叫什么名字",
    "the name of the president"): its people (None or none: no one answers it); GO_ON, the other readings, when it
    asks for no person, or none are planned and it asks neither a person's class nor a leader ("who" alone, a post)."""
    asks_person = facts.of_class(u.answer_classes, PERSON)
    held = facts.matching_positions(u)
    names_post = bool(held) and (not u.answer_classes or asks_person)
    if not (u.intent == "who" or asks_person or names_post):
        return GO_ON
    leader = "leader" in form.operators  # "who leads X": X's people, or no one (never its partners)
    if u.intent == "count" and not held and u.topic and not leader:
        return None  # "机床公司有多少名技能工人": people of a kind no post names are not its post holders, counted
    people = plan_people(u, anchors, held, partners_instead=u.relation and not asks_person and not leader)
    if people and leader and not u.answer_word:
        people.noun = LEADERS  # "the graph holds no leader at X", when it holds none
    return people if people or asks_person or leader else GO_ON


def compose(form: LogicalForm, facts: FactFinder) -> Plan | None:
    """The plan answering the logical form, or None when the question names nothing the graph can follow."""
    u, anchors = form.understanding, list(form.constraints)
    if u.intent == "where" and uses_any(u, PUBLISHER_WORDS):  # "稿件来源是哪里": the source, not a place
        u = replace(u, intent="list")
    if u.intent in ("when", "where"):
        return _dated_plan(u, anchors, facts)
    if u.intent == "count" and (figure := figure_plan(u, anchors, facts, "money" in form.operators)) is not GO_ON:
        return figure
    if u.intent == "list" and (figure := unasked_figure(u, anchors, facts)):
        return figure  # a figure named with no asking word is asked for: "实训基地实习岗位，目前？"
    if u.intent == "count" and (AMOUNT_ASKED.search(u.question) or PER_PERIOD.search(u.question)):
        return None  # an amount or a count per year no figure gives is not a count of the entities the question names
    sourced = reported(u, facts, "said" in form.operators)
    if sourced:
        sourced.is_count = u.intent == "count"  # "文章有几位作者": the authors, counted
        return sourced
    if facts.unheld_title(u) or unowned_title(u, facts) or (u.intent == "count" and _counts_unclassed(u)):
        # a post nobody in the graph holds: no one is the answer; a count of a noun no class, figure or source
        # names ("每年培养多少名幼师"): counting the entities the question's other words reach would not answer it
        return None
    if (people := _people_plan(form, u, anchors, facts)) is not GO_ON:
        return people
    if u.topic and not anchors:
        return None
    if u.asked:
        # "大连理工大学研发了哪些技术": a noun asked for that names no class is answered by the cooperations
        # the topic names only, those whose own text holds it; never by their partners ("订单班都开在哪些专业"
        # is not answered by the parties of 辽宁省压缩机专业技术创新中心)
        u = replace(u, answer_classes=frozenset({COOPERATION}), asks_what=True)
    u, anchors = _in_kinds(form, u, anchors, facts)
    plan = _class_plan(u, anchors, facts)
    if plan.most and form.signed and isinstance(plan, ParticipantsPlan):
        plan.counted = frozenset({PROJECT})  # "按签约项目数排": organisations ranked by their signed projects only
    return plan


def _dated_plan(u: Understanding, anchors, facts: FactFinder) -> Plan | None:
    """The plan of a when or where question: the date or the place of the dated thing it asks about, or None."""
    # where: of the things held somewhere (an article has a date, never a venue)
    placed = facts.placed if u.intent == "where" else None
    # "推进会是几月几号开的": of the class the question names, when it names one that has dated instances
    named = {x for x in facts.dated_words if x in facts.docs and facts.docs[x].types & u.answer_classes}
    bonus = _signings(u, anchors, facts)
    dated = facts.best_dated(u, (placed & named if placed is not None else named) or placed, bonus)
    if not dated or dated[1] < QUANTITY_MIN or not _dated_about(u, dated[0], bonus, facts) or not _dated_fits(u, dated[0], facts):
        return None
    if u.intent == "when":
        return plan_date(dated[0])
    # a kind of organisation asked narrows the venues to it (a generic one, "哪个单位", does not)
    asked = u.answer_classes if facts.of_class(u.answer_classes, ORGANIZATION) and ORGANIZATION not in u.answer_classes else frozenset()
    return plan_place(dated[0], frozenset(asked))


def _dated_about(u: Understanding, dated: str, bonus: dict[str, float] | None, facts: FactFinder) -> bool:
    """Whether the question is about the dated event or document at all: it names an entity the thing concerns, asks
    about a signing of a cooperation it concerns (``bonus``), or shares a content word with its text, not only its
    prepositions ("on what date does registration for the order classes close" is not about the "Opinions on …")."""
    named = {m.doc.iri for m in u.mentions}
    return bool(facts.dated_links.get(dated, set()) & named) or dated in (bonus or {}) \
        or shares_content(u, facts.dated_words.get(dated, set()))


def _in_kinds(form: LogicalForm, u: Understanding, anchors, facts: FactFinder) -> tuple[Understanding, list]:
    """The answers kept to the kinds of cooperation the question names besides the class it asks: organisations
    through cooperations of those kinds ("和哪些企业合作了科技创新类项目"), cooperations of those kinds when it
    asks for projects at large; unchanged when it names no kind or a topic already constrains the answers."""
    if not form.kinds or anchors or "except" in form.operators:  # "除了基地类项目…": the kind is left out, not kept
        return u, anchors
    if facts.of_class(u.answer_classes, ORGANIZATION):
        return u, [(r["x"], 1.0) for k in sorted(form.kinds) for r in facts.kg.select(INSTANCES_OF, k=k)]
    if u.answer_classes & {COOPERATION, PROJECT}:
        return replace(u, answer_classes=form.kinds), anchors
    return u, anchors
