"""The plan stage: the plan, with its SPARQL, that answers a logical form.

Contract: ``compose(form, facts)`` reads the logical form (search/qa_form.py) and the graph's facts
and returns one plan or None (nothing in the graph to follow); it runs only the small look-up
queries that choose a plan, never the plan's own query. Each planner (search/qa_planners.py) builds a
Plan (search/qa_plans.py: one class per kind of answer, owning its evidence) with its SPARQL. The
kinds of plan are the kinds of thing a question asks for (PLANNERS): organisations reached through
the cooperations they take part in, cooperations, people in positions, programmes, figures, dates,
places and what a source reports (search/qa_reported.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from search.qa_member_kinds import MEMBER_UNIT_WORDS
from search.qa_cues import (AMOUNT_ASKED, ASKING, COUNTED_NOUN, LEADERS, PROFILE_TRIGGERS, SIGNING_ASKED, VENUE_ASKED,
                            YES_NO_EN, YES_NO_ZH)
from search.qa_facts import FactFinder
from search.qa_fact_queries import INSTANCES_OF, SIGNED_AT
from search.qa_form import LogicalForm
from search.qa_measures import PER_PERIOD, field_only, measure_asked, names_one_of
from search.qa_match import QUANTITY_MIN, QUANTITY_STRONG, asked_words, asks_rank, tokens, uses_any, without_mentions
from search.qa_scope import asked_years
from search.text import normalize
from search.qa_values import EN_NUMBERS, SIZE, asked_measure, cn_numeral, dates_in, numbers_in, ordinals_in
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PERSON, POSITION, PROGRAMME, PROJECT, within
from search.qa_planners import (named_docs, plan_cooperations, plan_date, plan_industries, plan_participants, plan_people,
                                plan_place, plan_positions, plan_programmes, plan_quantity)
from search.qa_plans import ParticipationPlan, Plan
from search.qa_reported import PUBLISHER_WORDS, reported
from search.understand import Understanding
from search.understand_words import COUNT_WORDS, WH_WORDS, WHEN_WORDS, WHERE_WORDS, WHO_WORDS

# How to call the answers when the question's own class word does not name them.
PARTNERS, COOPERATIONS = ("合作方", "partners"), ("合作项目", "cooperations")
# A how-many question about a year before or after its source's ("明年计划签多少", "last year"):
# no figure the graph holds answers it.
OTHER_YEARS = ("明年", "去年", "前年", "后年", "上一年", "下一年", "next year", "last year", "previous year",
               "the year before")
# A how-many question about a batch after the first ("第二批培养多少人", "the second cohort"): a figure answers
# it only when its own words name that batch (the graph's figures are of the first batch, a year, or to date).
LATER_BATCH = re.compile(r"第\s*[二两三四五六七八九十2-9]\s*[批期轮]|下一?[批期轮]|二期"
                         r"|\b(?:second|third|fourth|fifth|next|later)\s+(?:batch|cohort|intake|group|round|phase)\b",
                         re.IGNORECASE)
# A superlative asking for several ("哪两所高校", "前三名", "which two universities", "the top three").
TOP_N = re.compile(r"哪([两二三四五])[家所个位项]|前([两二三四五]|\d)[名家所个位项]?"
                   r"|\b(?:which|what|the|top)\s+(two|three|four|five|\d)\b")


def _is(classes, root: str, facts: FactFinder) -> bool:
    return within(classes, root, facts.catalogue.ancestors)


PLANNERS: dict[str, Callable] = {
    COOPERATION: plan_cooperations,
    INDUSTRY: plan_industries,
    POSITION: plan_positions,
    PROGRAMME: plan_programmes,
}


def _asked_beyond_class(quantity: str, u: Understanding, facts: FactFinder) -> bool:
    """Whether the question asks for a figure by more than the class word it counts, when the figure's
    owner is no instance of that class: "实训基地类项目签了几个" counts projects, the training base's
    figures share only the class word's own characters."""
    owner = facts.docs.get(facts.quantity_owner[quantity][0])
    kind = _is(u.answer_classes, COOPERATION, facts) and not u.answer_classes & {COOPERATION, PROJECT}
    if not u.answer_word or not kind or (owner and owner.types & u.answer_classes):
        return True
    return facts.figure_asked(quantity, u, besides=u.answer_word)


def _dated_fits(u: Understanding, dated: str, facts: FactFinder) -> bool:
    """Whether an event or document answers a when/where question: a cooperation the question names (or a
    kind of cooperation it asks about) must be it or be signed at it ("实训基地建在哪" is not where the
    signing took place; "在哪签的" is)."""
    if u.intent == "where" and not VENUE_ASKED.search(u.question) and dated not in {m.doc.iri for m in u.mentions}:
        return False  # where a thing is built or lies is no venue of its signing ("数字人才实训中心在什么地方")
    named = {m.doc.iri for m in u.mentions if COOPERATION in m.doc.types}
    kind = u.answer_classes if _is(u.answer_classes, COOPERATION, facts) else frozenset()
    return not (named or kind) or dated in named or _signed_there(u, dated, named, kind, facts)


def _signed_there(u: Understanding, dated: str, named: set[str], kind, facts: FactFinder) -> bool:
    """Whether the question asks where its cooperation (or one of the kind it asks about) was signed."""
    if u.intent == "where" and not SIGNING_ASKED.search(u.question):
        return False  # where a cooperation is built or lies is no venue of its signing ("建在哪")
    signed = {r["x"] for r in facts.kg.select(SIGNED_AT, e=dated)}
    # a kind asked about ("实训基地坐落在哪") must be one signed there
    return bool(named & signed) if named else any(x in facts.docs and facts.docs[x].types & kind for x in signed)


def _figure_fits(quantity: str, u: Understanding, anchors, facts: FactFinder) -> bool:
    """Whether a figure answers a how-many question: one about the figure's owner, or about no
    entity in particular. Asking how many organisations or people another cooperation has
    ("数字人才实训中心有多少个参与单位") counts that cooperation's parties instead."""
    owner = facts.quantity_owner[quantity][0]
    if facts.owner_named(quantity, u) or owner in {a for a, _ in anchors} or _approval_of_named(owner, u, facts) \
            or _provided_by_named(owner, u, facts):
        return True
    asks_parties = (_is(u.answer_classes, ORGANIZATION, facts) or _is(u.answer_classes, PERSON, facts)) \
        and not asks_rank(u)
    parties_of = [a for a, _ in anchors if COOPERATION in getattr(facts.docs.get(a), "types", ())]
    # a cooperation the question names, and does not own the figure, is what the question is about;
    # an industry whose name is the figure's own words is what it measures ("培训了多少人次": 继续教育)
    # the figure's cooperation may be named by its parties ("A和B一起投了多少钱建基地"): they name no other thing
    parties = facts.parties_of(owner) if COOPERATION in getattr(facts.docs.get(owner), "types", ()) else set()
    named = [d for d in named_docs(u, anchors) if not (INDUSTRY in d.types and facts.measures_words(quantity, d))
             and d.iri not in parties] + [a for a in parties_of if dict(anchors)[a] >= 1.0]
    return not named and not (asks_parties and parties_of)


# The organisation a plan or programme (?x bound) is run by: its figures are that organisation's too.
PROVIDED_BY = "SELECT ?o WHERE { ?x cj:provider ?o }"
PROVIDES = "SELECT ?x WHERE { ?x cj:provider ?o }"


def _provided_by_named(owner: str, u: Understanding, facts: FactFinder) -> bool:
    """Whether the figure's owner is run by an organisation the question names ("职院每年贯通培养多少人": the
    college's plan), and by no other; an event the named organisation merely took part in is not its own. A
    question counting the owner's own class ("职院打算搞的计划总共几个") counts those, not a figure of one of them."""
    named = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}
    doc = facts.docs.get(owner)
    if doc is None or set(u.answer_classes) & set(doc.types) or not named \
            or not named <= {r["o"] for r in facts.kg.select(PROVIDED_BY, x=owner)}:
        return False
    # the plan is named by a word of its own that the provider's other plans do not share ("职院每年贯通培养多少人"):
    # a plan's figure is not the organisation's ("how many students are enrolled at the college")
    others = {r["x"] for o in named for r in facts.kg.select(PROVIDES, o=o)} - {owner}
    return names_one_of(without_mentions(u), doc.name_values, [n for x in others if x in facts.docs for n in facts.docs[x].name_values])


# An approval's figures (its rank, the field it was ranked in) are of what it approves too.
APPROVED = "SELECT ?x WHERE { ?e cj:approves ?x }"


def _approval_of_named(owner: str, u: Understanding, facts: FactFinder) -> bool:
    """Whether the figure's owner approves a thing the question names ("what rank did the consortium get")."""
    named = {m.doc.iri for m in u.mentions}
    return bool(named) and any(r["x"] in named for r in facts.kg.select(APPROVED, e=owner))


def _elsewhere(quantity: str, u: Understanding, anchors, facts: FactFinder) -> bool:
    """Whether the question counts organisations within a cooperation or an industry it names that
    the figure is not of (its owner unnamed): then the figure answers nothing ("中医药那个项目有几家企业"),
    while "培训和继续教育有多少人次" still asks for the base's figure."""
    if facts.owner_named(quantity, u) or not _is(u.answer_classes, ORGANIZATION, facts) or not _counts_units(quantity, facts):
        return False  # "面向企业的培训有多少人次": a figure in person-times counts no enterprises, whatever its words
    owner = facts.quantity_owner[quantity][0]
    named = {m.doc.iri for m in u.mentions} & {a for a, confidence in anchors if confidence >= 1.0}
    return bool(named) and owner not in named


# The measure words a figure counting organisations (or things they are counted with) is written in.
UNIT_COUNTS = frozenset({"家", "所", "个", "项"})


def _counts_units(quantity: str, facts: FactFinder) -> bool:
    """Whether a figure may count organisations: no sum of money, written in a measure word of units (家, 所, 个)."""
    row = facts.figures["zh"][quantity]
    return not row["currency"] and (row["unit"] or "") in UNIT_COUNTS


def _of_another_industry(quantity: str, u: Understanding, facts: FactFinder) -> bool:
    """Whether the question names industries that the figure's owner is of none of (nor the figure's words
    name): a figure strongly matched by its other words still measures something of another field."""
    owner = facts.docs.get(facts.quantity_owner[quantity][0])
    named = [m.doc for m in u.mentions if INDUSTRY in m.doc.types]
    if not named or owner is None or not owner.industries:
        return False
    scope = facts.catalogue.industry_scope
    return not any(owner.industries & scope.get(d.iri, frozenset({d.iri})) or facts.measures_words(quantity, d) for d in named)


# What a figure question may end in: a figure's plan, no answer at all (None), or the other readings (GO_ON).
GO_ON = object()


def _of_years(figures: list[str], years: set[str], facts: FactFinder) -> list[str]:
    """Of ``figures``, those of one of ``years`` (all when no year is asked): stated as of that year,
    or owned by what happened then (the rank of 2023年年末's approval, stated in 2024)."""
    def held(figure: str) -> set[str]:
        owner = facts.quantity_owner.get(figure, ("", ""))[0]
        texts = [facts.stated.get(figure, ("", ""))[0], *(facts.date_text(owner, lang) for lang in ("zh", "en") if owner)]
        return {d[:4] for text in texts for d in dates_in(text)}
    return [q for q in figures if not years or years & held(q)]


def _figure_plan(u: Understanding, anchors, facts: FactFinder, money: bool):
    """The plan of a how-many question answered by a figure; None when no figure may answer it and
    nothing else should (an amount of money, a rank the graph does not hold); GO_ON otherwise.
    ``money``: an amount of money is asked (the form's "money" operator)."""
    best = facts.best_quantity(u)
    if _of_another_measure(best, u, facts):
        return None  # "培养周期是几年": a figure in people answers no duration, nor does counting entities
    asked_field = field_only(u)  # "out of how many was it ranked": the field, asked by that
    if best and not asks_rank(u) and not asked_field and not (facts.figure_asked(best[0], u) and _asked_beyond_class(best[0], u, facts)):
        best = None  # the best figure counts something else than what is asked
    if best and asks_rank(u) and not asked_field and ordinals_in(u.blanked) - {facts.figures["zh"][best[0]]["value"]}:
        return None  # "which consortium ranked first": the graph holds no one at that rank
    if uses_any(u, OTHER_YEARS):
        return None  # the figures are as of their source; another year's is not held
    if best and _later_batch(best[0], u, facts):
        return None  # "第二批培养多少人": the first batch's figure is no answer
    if best and _stated(best[0], u, facts):
        best = None  # "那1.2亿里学校出了多少": the question states the figure; it asks a part of it, not the figure
    versions = _of_years(facts.versions(best[0]), asked_years(u.question), facts) if best else []
    if best and not versions:
        return None  # "2022年联合体有多少成员单位": the figure held is of 2024, none of the year asked
    if best and money and not facts.figures["zh"][best[0]]["currency"]:
        return None  # an amount of money is answered by a sum of money, or not at all
    if best and best[0] in facts.category and facts.names_projects(u):
        best = None  # "有几家企业参与了签约项目": the parties of the projects are counted, not the members
    if best and _of_another_industry(best[0], u, facts):
        best = None  # "托幼一体化基地每年培养多少名幼师": the figure of a plan in another industry than the one named
    if best and _elsewhere(best[0], u, anchors, facts):
        best = None  # "中医药那个项目有几家企业": the question names what it counts in, and the figure is not of it
    if best and facts.others_figure(best[0], {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}):
        best = None  # the figure is of a cooperation the named organisation is no party to
    if best and _whole_of_named(best[0], u, facts):
        best = None  # "交大在签约仪式上签了几个项目": the ceremony's figure counts all it signed, not the university's
    named_cooperations = {m.doc.iri for m in u.mentions if COOPERATION in m.doc.types}
    if best and named_cooperations and facts.quantity_owner[best[0]][0] not in named_cooperations:
        best = None  # "碧菲那个实习基地投了多少钱": the figure is another cooperation's than the one named
    if best and (best[1] >= QUANTITY_STRONG or (best[1] >= QUANTITY_MIN and _figure_fits(best[0], u, anchors, facts))):
        return plan_quantity(versions[0], facts)  # the newest (of the year asked); the plan lists the others
    # an amount the graph does not give: counting entities would not answer it
    return None if money else GO_ON


def figure_unfit(quantity: str, u: Understanding, facts: FactFinder) -> bool:
    """Whether the figure may not answer the how-many ``u`` whoever reads it (search.qa_figure_reader): the checks of
    ``_figure_plan`` needing no anchors (another measure or year, a later batch, the figure stated, another industry,
    another organisation's, a whole of the organisations named)."""
    organisations = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}
    return _of_another_measure((quantity, 0.0), u, facts) or uses_any(u, OTHER_YEARS) or _later_batch(quantity, u, facts) \
        or _stated(quantity, u, facts) or not _of_years(facts.versions(quantity), asked_years(u.question), facts) \
        or _of_another_industry(quantity, u, facts) or facts.others_figure(quantity, organisations) \
        or _whole_of_named(quantity, u, facts)


def _later_batch(quantity: str, u: Understanding, facts: FactFinder) -> bool:
    """Whether the question asks a later batch than the figure's own words name ("第二批", "the second cohort")."""
    later = LATER_BATCH.search(u.question)
    return later is not None and not tokens(normalize(later.group())) <= facts.own_words[quantity]


def _stated(quantity: str, u: Understanding, facts: FactFinder) -> bool:
    """Whether the question states the figure, no rank (a rank stated asks who holds it: "综合排名第5名的是哪个")."""
    return quantity not in facts.ranks() and facts.figures["zh"][quantity]["value"] in numbers_in(u.question)


def _of_another_measure(best: tuple[str, float] | None, u: Understanding, facts: FactFinder) -> bool:
    """Whether the question asks a duration, size or the like (search.qa_values.asked_measure) that the best figure
    is not in: "how big is the base" asks its area, "how big was the first cohort" names what a figure counts (its
    count); a size asked of what the measures read ("投资规模多大": money) is in that measure (search.qa_measures)."""
    measure = asked_measure(u.question)
    if not measure or (measure == SIZE and measure_asked(u.question)):
        return False
    return not (best and (facts.measured_in(best[0], measure) or (measure == SIZE and _names_figure(best[0], u, facts))))


def _whole_of_named(quantity: str, u: Understanding, facts: FactFinder) -> bool:
    """Whether a count of cooperations asked of named organisations would be answered by a figure of something
    else than them or a cooperation (an event's tally of what was signed there): that figure is of all, not theirs."""
    orgs = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}
    owner_types = getattr(facts.docs.get(facts.quantity_owner[quantity][0]), "types", ())
    return bool(orgs) and within(u.answer_classes, COOPERATION, facts.catalogue.ancestors) \
        and facts.quantity_owner[quantity][0] not in orgs and not {COOPERATION, ORGANIZATION} & set(owner_types)


# Words that ask something besides those of understand_words: how, why, a request to list, name or show.
OTHER_ASKING_WORDS = ("啥", "怎么", "怎样", "如何", "为什么", "为何", "列", "how", "why", "list", "name", "give", "show")


def _asks_nothing(u: Understanding) -> bool:
    """Whether the question has no word asking anything: no question word, no yes/no form, no request
    ("So far, internship slots at the machine-tool base?", "实训基地实习岗位，目前？"): it names only what it
    wants, and a figure its words name is that (a list of the entities of a class word it names is not)."""
    text = u.blanked or u.question
    asking = (*WH_WORDS, *WHO_WORDS, *COUNT_WORDS, *WHEN_WORDS, *WHERE_WORDS, *PROFILE_TRIGGERS, *OTHER_ASKING_WORDS)
    return not (uses_any(u, asking) or ASKING.search(text) or YES_NO_ZH.search(text) or YES_NO_EN.search(text))


def _names_figure(quantity: str, u: Understanding, facts: FactFinder) -> bool:
    """Whether the question names what the figure itself counts, by two of its own words at least (its owner
    named alone, "大连职院的实习基地", names none of its figures)."""
    return len(asked_words(u) & facts.own_words.get(quantity, set())) >= QUANTITY_MIN


def _unasked_figure(u: Understanding, anchors, facts: FactFinder) -> Plan | None:
    """The plan of the figure a question with no asking word names (``_asks_nothing``) by some word of its own
    (two at least: "大连职院的实习基地" names the base, and only one word of its figure), or None."""
    best = facts.best_quantity(u) if _asks_nothing(u) else None
    if not best or not _names_figure(best[0], u, facts):
        return None
    figure = _figure_plan(u, anchors, facts, False)
    return figure if isinstance(figure, Plan) else None


def _counts_unclassed(u: Understanding) -> bool:
    """Whether a question counts a noun of its topic, no class word: a Chinese one closing on it ("多少名幼师"), an
    English one asking "how many" of it ("how many students can the centre take"); not units or members."""
    m = COUNTED_NOUN.search(u.question)
    noun: str = (m.group(1) or m.group(2)) if m else ""
    return bool(noun) and not u.answer_word and noun not in MEMBER_UNIT_WORDS | {"members", "member"} \
        and any(noun in w for w in u.topic.split())


def _class_plan(u: Understanding, anchors, facts: FactFinder) -> Plan:
    """The plan of the answers of the class asked for (organisations when none is, cooperations for "what")."""
    if u.answer_classes and (u.intent != "who" or _is(u.answer_classes, ORGANIZATION, facts)):
        classes, noun = u.answer_classes, None
    elif u.asks_what:
        classes, noun = frozenset({COOPERATION}), COOPERATIONS
    else:
        classes, noun = frozenset({ORGANIZATION}), PARTNERS
    planner = next((p for root, p in PLANNERS.items() if _is(classes, root, facts)), plan_participants)
    plan = planner(u, anchors, classes)
    # "The most" ranks organisations by their cooperations and cooperations by their parties.
    plan.is_count, plan.noun, plan.most = u.intent == "count", noun, u.most and isinstance(plan, ParticipationPlan)
    plan.most_n = _how_many_asked(u) if plan.most else 1
    plan.most_rank = u.rank
    return plan


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


def compose(form: LogicalForm, facts: FactFinder) -> Plan | None:
    """The plan answering the logical form, or None when the question names nothing the graph can follow."""
    u, anchors = form.understanding, list(form.constraints)
    if u.intent == "where" and uses_any(u, PUBLISHER_WORDS):  # "稿件来源是哪里": the source, not a place
        u = replace(u, intent="list")
    if u.intent in ("when", "where"):
        # where: of the things held somewhere (an article has a date, never a venue)
        placed = facts.placed if u.intent == "where" else None
        # "推进会是几月几号开的": of the class the question names, when it names one that has dated instances
        named = {x for x in facts.dated_words if x in facts.docs and facts.docs[x].types & u.answer_classes}
        dated = facts.best_dated(u, (placed & named if placed is not None else named) or placed, _signings(u, anchors, facts))
        if not dated or dated[1] < QUANTITY_MIN or not _dated_fits(u, dated[0], facts):
            return None
        return (plan_date if u.intent == "when" else plan_place)(dated[0])
    if u.intent == "count" and (figure := _figure_plan(u, anchors, facts, "money" in form.operators)) is not GO_ON:
        return figure
    if u.intent == "list" and (figure := _unasked_figure(u, anchors, facts)):
        return figure  # a figure named with no asking word is asked for: "实训基地实习岗位，目前？"
    if u.intent == "count" and (AMOUNT_ASKED.search(u.question) or PER_PERIOD.search(u.question)):
        return None  # an amount or a count per year no figure gives is not a count of the entities the question names
    sourced = reported(u, facts, "said" in form.operators)
    if sourced:
        sourced.is_count = u.intent == "count"  # "文章有几位作者": the authors, counted
        return sourced
    if facts.unheld_title(u) or (u.intent == "count" and _counts_unclassed(u)):
        # a post nobody in the graph holds: no one is the answer; a count of a noun no class, figure or source
        # names ("每年培养多少名幼师"): counting the entities the question's other words reach would not answer it
        return None
    asks_person = _is(u.answer_classes, PERSON, facts)
    # A position the question names ("校长叫什么名字", "the name of the president") asks for people.
    held = facts.matching_positions(u)
    names_post = bool(held) and (not u.answer_classes or asks_person)
    if u.intent == "who" or asks_person or names_post:
        leader = "leader" in form.operators  # "who leads X": X's people, or no one (never its partners)
        if u.intent == "count" and not held and u.topic and not leader:
            return None  # "机床公司有多少名技能工人": people of a kind no post names are not its post holders, counted
        people = plan_people(u, anchors, held, partners_instead=u.relation and not asks_person and not leader)
        if people and leader and not u.answer_word:
            people.noun = LEADERS  # "the graph holds no leader at X", when it holds none
        if people or asks_person or leader:
            return people
    if u.topic and not anchors:
        return None
    if u.asked:
        # "大连理工大学研发了哪些技术": a noun asked for that names no class is answered by the cooperations
        # the topic names only, those whose own text holds it; never by their partners ("订单班都开在哪些专业"
        # is not answered by the parties of 辽宁省压缩机专业技术创新中心)
        u = replace(u, answer_classes=frozenset({COOPERATION}), asks_what=True)
    u, anchors = _in_kinds(form, u, anchors, facts)
    return _class_plan(u, anchors, facts)


def _in_kinds(form: LogicalForm, u: Understanding, anchors, facts: FactFinder) -> tuple[Understanding, list]:
    """The answers kept to the kinds of cooperation the question names besides the class it asks: organisations
    through cooperations of those kinds ("和哪些企业合作了科技创新类项目"), cooperations of those kinds when it
    asks for projects at large; unchanged when it names no kind or a topic already constrains the answers."""
    if not form.kinds or anchors or "except" in form.operators:  # "除了基地类项目…": the kind is left out, not kept
        return u, anchors
    if _is(u.answer_classes, ORGANIZATION, facts):
        return u, [(r["x"], 1.0) for k in sorted(form.kinds) for r in facts.kg.select(INSTANCES_OF, k=k)]
    if u.answer_classes & {COOPERATION, PROJECT}:
        return replace(u, answer_classes=form.kinds), anchors
    return u, anchors
