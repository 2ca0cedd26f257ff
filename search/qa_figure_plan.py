"""The figure stage of the plan: whether a how-many question is answered by a figure the graph holds, and its plan.

Contract: ``figure_plan(u, anchors, facts, money)`` returns a figure's plan, None (no figure may answer and nothing
else should: an amount of money, a rank the graph does not hold) or GO_ON (the other readings of search/qa_compose.py);
``unasked_figure(u, anchors, facts)`` the plan of a figure a question with no asking word names, or None. They run only
the small look-up queries that choose a figure (search.qa_facts.FactFinder), never the plan's own.
"""

from __future__ import annotations

import re

from search.qa_cues import ASKING, PROFILE_TRIGGERS
from search.qa_verdict_cues import YES_NO_EN, YES_NO_ZH
from search.qa_facts import FactFinder
from search.qa_fact_indexes import figures_of, unit_measures
from search.qa_measures import PER_PERIOD, PER_UNIT, field_only, measure_asked, names_one_of
from search.qa_match import QUANTITY_MIN, QUANTITY_STRONG, asked_words, asks_rank, tokens, uses_any, without_mentions
from search.qa_scope import asked_years
from search.text import normalize
from search.qa_values import SIZE, asked_measure, dates_in, numbers_in, ordinals_in
from search.documents import CJ
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PERSON, PROJECT
from search.qa_planners import named_docs, plan_quantity
from search.qa_plans import Plan
from search.understand import Understanding
from search.understand_words import COUNT_WORDS, STOP_WORDS, WH_WORDS, WHEN_WORDS, WHERE_WORDS, WHO_WORDS

EVENT = f"{CJ}Event"  # what happened at one time: a signing's tallies are of all it signed
# A how-many question about a year before or after its source's ("明年计划签多少", "last year"):
# no figure the graph holds answers it.
OTHER_YEARS = ("明年", "去年", "前年", "后年", "上一年", "下一年", "next year", "last year", "previous year",
               "the year before")
# A how-many question about a batch after the first ("第二批培养多少人", "the second cohort"): a figure answers
# it only when its own words name that batch (the graph's figures are of the first batch, a year, or to date).
LATER_BATCH = re.compile(r"第\s*[二两三四五六七八九十2-9]\s*[批期轮]|下一?[批期轮]|二期"
                         r"|\b(?:second|third|fourth|fifth|next|later)\s+(?:batch|cohort|intake|group|round|phase)\b",
                         re.IGNORECASE)


def _asked_beyond_class(quantity: str, u: Understanding, facts: FactFinder) -> bool:
    """Whether the question asks for a figure by more than the class word it counts, when the figure's
    owner is no instance of that class: "实训基地类项目签了几个" counts projects, the training base's
    figures share only the class word's own characters."""
    owner = facts.docs.get(facts.quantity_owner[quantity][0])
    kind = facts.of_class(u.answer_classes, COOPERATION) and not u.answer_classes & {COOPERATION, PROJECT}
    if not u.answer_word or not kind or (owner and owner.types & u.answer_classes):
        return True
    return facts.figure_asked(quantity, u, besides=u.answer_word)


def _figure_fits(quantity: str, u: Understanding, anchors, facts: FactFinder) -> bool:
    """Whether a figure answers a how-many question: one about the figure's owner, or about no
    entity in particular. Asking how many organisations or people another cooperation has
    ("数字人才实训中心有多少个参与单位") counts that cooperation's parties instead."""
    owner = facts.quantity_owner[quantity][0]
    if facts.owner_named(quantity, u) or owner in {a for a, _ in anchors} or _approval_of_named(owner, u, facts) \
            or _provided_by_named(owner, u, facts):
        return True
    asks_parties = (facts.of_class(u.answer_classes, ORGANIZATION) or facts.of_class(u.answer_classes, PERSON)) \
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
    if facts.owner_named(quantity, u) or not facts.of_class(u.answer_classes, ORGANIZATION) or not _counts_units(quantity, facts):
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


def figure_plan(u: Understanding, anchors, facts: FactFinder, money: bool):
    """The plan of a how-many question answered by a figure; None when no figure may answer it and
    nothing else should (an amount of money, a rank the graph does not hold); GO_ON otherwise.
    ``money``: an amount of money is asked (the form's "money" operator)."""
    best = facts.best_quantity(u)
    if _of_another_measure(best, u, facts):
        return None  # "培养周期是几年": a figure in people answers no duration, nor does counting entities
    asked_field = field_only(u)  # "out of how many was it ranked": the field, asked by that
    asked = best and (facts.figure_asked(best[0], u) or _in_marked_measure(best[0], u, facts))
    if best and not asks_rank(u) and not asked_field and not (asked and _asked_beyond_class(best[0], u, facts)):
        best = None  # the best figure counts something else than what is asked
    if best and asks_rank(u) and not asked_field and ordinals_in(u.blanked) - {facts.figures["zh"][best[0]]["value"]}:
        return None  # "which consortium ranked first": the graph holds no one at that rank
    if uses_any(u, OTHER_YEARS):
        return None  # the figures are as of their source; another year's is not held
    if best and _later_batch(best[0], u, facts):
        return None  # "第二批培养多少人": the first batch's figure is no answer
    if best and (per_period(best[0], u, facts) or PER_UNIT.search(u.question)):
        return None  # "那个基地每年给出多少实习岗": a total to date is no yearly figure; "每个班多少人": none is per class
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
    ``figure_plan`` needing no anchors (another measure or year, a period, a later batch, the figure stated, another
    industry, another organisation's, a whole of the organisations named)."""
    organisations = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}
    return _of_another_measure((quantity, 0.0), u, facts) or uses_any(u, OTHER_YEARS) or per_period(quantity, u, facts) \
        or bool(PER_UNIT.search(u.question)) or _later_batch(quantity, u, facts) \
        or _stated(quantity, u, facts) or not _of_years(facts.versions(quantity), asked_years(u.question), facts) \
        or _of_another_industry(quantity, u, facts) or facts.others_figure(quantity, organisations) \
        or _whole_of_named(quantity, u, facts)


def per_period(quantity: str, u: Understanding, facts: FactFinder) -> bool:
    """Whether the question asks a figure per period ("每年的运营经费", "a year") and the figure's own words state
    none: a total to date or a one-off sum is no yearly figure."""
    return bool(PER_PERIOD.search(u.question)) and not PER_PERIOD.search(" ".join(sorted(facts.own_words[quantity])))


def _later_batch(quantity: str, u: Understanding, facts: FactFinder) -> bool:
    """Whether the question asks a later batch than the figure's own words name ("第二批", "the second cohort")."""
    later = LATER_BATCH.search(u.question)
    return later is not None and not tokens(normalize(later.group())) <= facts.own_words[quantity]


def _in_marked_measure(quantity: str, u: Understanding, facts: FactFinder) -> bool:
    """Whether the question asks the figure by its measure alone, one the graph marks ("砸了几个亿": a sum of money)
    and naming what none of its owner's other figures counts ("研究成果值几个亿" names the 31 research results: the
    investment is not their value)."""
    owner = facts.quantity_owner[quantity][0]
    others = [q for q in figures_of(facts, owner) if q != quantity]
    words = {t for t in tokens(without_mentions(u)) if not t.isdigit() and t not in STOP_WORDS}
    return unit_measures(facts).marked_asked(u.question, quantity) and not any(words & facts.own_words.get(q, set()) for q in others)


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
    """Whether a count of cooperations, or of partners, asked of named organisations would be answered by a figure of
    something else than them or a cooperation (an event's tally of what was signed there, a category's count of its
    projects: "大连理工大学在人才培养类项目上有几个合作方"): that figure is of all, not theirs."""
    orgs = {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}
    owner_types = getattr(facts.docs.get(facts.quantity_owner[quantity][0]), "types", ())
    # (only an event's tally: a consortium's member figures count organisations, "大连理工大学所在的联合体有多少家成员单位"
    # is 97, and a plan's figures are its provider's, "职院打算每年招多大规模")
    partners = facts.of_class(u.answer_classes, ORGANIZATION) and EVENT in owner_types
    return bool(orgs) and (facts.of_class(u.answer_classes, COOPERATION) or partners) \
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


def unasked_figure(u: Understanding, anchors, facts: FactFinder) -> Plan | None:
    """The plan of the figure a question with no asking word names (``_asks_nothing``) by some word of its own
    (two at least: "大连职院的实习基地" names the base, and only one word of its figure), or None."""
    best = facts.best_quantity(u) if _asks_nothing(u) else None
    if not best or not _names_figure(best[0], u, facts):
        return None
    figure = figure_plan(u, anchors, facts, False)
    return figure if isinstance(figure, Plan) else None
