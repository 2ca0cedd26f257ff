"""The plan stage: the plan, with its SPARQL, that answers a logical form.

Contract: ``compose(form, facts)`` reads the logical form (search/qa_form.py) and the graph's facts
and returns one plan or None (nothing in the graph to follow); it runs only the small look-up
queries that choose a plan, never the plan's own query. Each planner builds a Plan (search/qa_plans.py: one class per kind of answer, owning its
evidence) with its SPARQL. The kinds of plan are the kinds of thing a question asks for
(PLANNERS): organisations reached through the cooperations they take part in, cooperations,
people in positions, programmes, figures, dates, places and what a source reports.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from search import qa_index

from search.qa_facts import FactFinder
from search.qa_form import LogicalForm
from search.qa_match import asks_rank, uses_any
from search.qa_scope import asked_years
from search.qa_values import EN_NUMBERS, cn_numeral, dates_in, ordinals_in
from search.qa_graph import COOPERATION, INDUSTRY, ORGANIZATION, PERSON, POSITION, PROGRAMME, within
from search.qa_index import Match
from search.qa_plans import (AgentsPlan, AuthorsPlan, CooperationsPlan, DatePlan, DocumentsPlan, IndustriesPlan, KeyIndustriesPlan,
                             IssuersPlan, ParticipantsPlan, ParticipationPlan, PeoplePlan, PlacePlan, Plan, PositionsPlan,
                             ProgrammesPlan, PublishersPlan, QuantityPlan, SpeakersPlan, StatingPlan)
from search.understand import Understanding

# How to call the answers when the question's own class word does not name them.
PARTNERS, COOPERATIONS = ("合作方", "partners"), ("合作项目", "cooperations")
AUTHORS, SPEAKERS = ("作者", "authors"), ("说这话的人", "speaker")
PUBLISHERS, KEY_INDUSTRIES = ("发布媒体", "outlet"), ("重点产业", "key industries")
# "文章的作者是谁", "who wrote the article": the bylined authors. "谁说…", "who said …": whoever
# said the quotation sharing most words with the question.
AUTHOR_WORDS = ("作者", "撰写", "写的", "署名", "wrote", "written", "writer", "author", "authors", "byline")
# "报道的记者有哪几位", "the reporters behind this article": a reporter of the article is one of its authors
# (a reporter of an organisation, "大连新闻传媒集团的记者", is a post's holder).
# Read off the blanked question: what was reported may stand between ("报道推进会的记者有几位"), an
# organisation's name never counts (大连新闻传媒集团的记者).
ARTICLE_REPORTERS = re.compile(r"(?:报道|文章|新闻|稿件|这篇)[^,，;；?？]{0,20}?的?记者|记者.{0,4}(?:报道|写)"
                               r"|\b(?:reporters?|journalists?)\b.{0,30}\b(?:article|report|story|piece)\b")
# "哪家媒体发的", "which newspaper published it": the article's publisher.
PUBLISHER_WORDS = ("媒体", "报纸", "报社", "刊发", "刊登", "稿件来源", "来源", "出处", "哪家报", "outlet", "newspaper",
                   "publisher", "published by", "source", "media")
# "联合体的重点产业", "the consortium's key industries": what the consortium names as key, not every industry.
KEY_WORDS = ("重点产业", "重点行业", "主要产业", "主导产业", "key industries", "key industry", "main industries",
             "focus industries", "priority industries")
# "联合体重点瞄准的是哪几个产业", "which industries does it focus on": the key word apart from the industry word.
KEY_APART = re.compile(r"(?:重点|主要|主导|聚焦).{0,8}(?:产业|行业)|\b(?:key|focus|focuses|focused|priority|main)\b.{0,30}"
                       r"\bindustr(?:y|ies)\b|\bindustr(?:y|ies)\b.{0,30}\b(?:focus|focuses|focused|prioriti[sz]e)")
# "意见是哪些部门印发的", "who issued the Opinions": the issuers of the document best matched.
ISSUE_WORDS = ("印发", "发布", "出台", "颁布", "下发", "issued", "issue", "issues", "published jointly")
ISSUERS = ("印发部门", "issuers")
# "哪份文件提出…", "what document did … issue": a document is asked for, the one whose words fit best.
ASKS_DOCUMENT = re.compile(r"哪[一]?[份个部项篇]?(?:文件|文档|政策)|什么(?:文件|文档|政策)"
                           r"|\b(?:which|what)\s+(?:\w+\s+)?(?:document|policy|paper|guideline)s?\b")
DOCUMENTS = ("文件", "document")
# A figure this well matched answers a how-many question even when a class word is present.
# A how-many question about a year before or after its source's ("明年计划签多少", "last year"):
# no figure the graph holds answers it.
OTHER_YEARS = ("明年", "去年", "前年", "后年", "上一年", "下一年", "next year", "last year", "previous year",
               "the year before")
# A superlative asking for several ("哪两所高校", "前三名", "which two universities", "the top three").
TOP_N = re.compile(r"哪([两二三四五])[家所个位项]|前([两二三四五]|\d)[名家所个位项]?"
                   r"|\b(?:which|what|the|top)\s+(two|three|four|five|\d)\b")
QUANTITY_MIN = 2.0
# The events an organisation acted in, and how many words a question must share with one to ask for
# its agents: as many as a strongly matched figure, as "who" questions usually ask for partners or people
# and share a place name or a title with some event ("Who governs Jinpu New Area?" shares 4 with the signing).
# A signing's agents are the parties of what was signed there: the participation plans answer for them.
ACTED = """SELECT DISTINCT ?e WHERE { ?e prov:wasAssociatedWith ?a . ?a a cj:Organization .
  FILTER NOT EXISTS { ?signed cj:signedAt ?e } }"""
# "哪个部门", "which body": an organisation asked for by a word no class is labelled with.
AGENT_ASKED = re.compile(r"哪[个家]?(?:部门|机构|机关|单位)|\b(?:which|what) (?:body|department|ministry|agency|authority)\b")
# A figure sharing this many words with the question answers it even when the topic also resolves
# to a cooperation ("金普新区在多少家申报成功单位中排名" shares 8 with the applicants figure, while
# the topic 金普新区 only resolves to a project by its place name); the party counts of a named
# cooperation share at most 3 with any figure (test_parties_of_a_cooperation_are_counted…).
QUANTITY_STRONG = 6.0


def _values(var: str, iris) -> str:
    return f"VALUES ?{var} {{ {' '.join(f'<{i}>' for i in sorted(iris))} }}\n" if iris else ""


def _anchor_block(anchors, subject: str) -> str:
    """Cooperations named as topics, or cooperations in a topic industry (narrower concepts included)."""
    if not anchors:
        return ""
    values = _values("anchor", [a for a, _ in anchors]).strip()
    return (f"{{ {values} ?{subject} cj:industry/skos:broaderTransitive* ?anchor }}\n"
            f"UNION {{ {values} BIND(?anchor AS ?{subject}) }}\n")


def _member(n: int, iri: str) -> str:
    """The named organisation, or one of its units, takes part in ?coop (a group stands for its subsidiaries)."""
    return f"?coop cj:participant ?m{n} . ?m{n} cj:subOrganizationOf* <{iri}> .\n"


def _entity_iris(u: Understanding, anchors) -> list:
    anchored = {a for a, _ in anchors}
    return [m.doc for m in u.mentions if m.doc.iri not in anchored]


def _match(u: Understanding, anchors, classes) -> Match | None:
    return qa_index.match(_entity_iris(u, anchors), anchors, classes)


def plan_participants(u: Understanding, anchors, classes) -> Plan:
    """Organisations (of the asked classes) taking part in cooperations with the named entities on the topic."""
    body = _values("cls", classes) + "?answer a ?cls .\n"
    entities = _entity_iris(u, anchors)
    joined = bool(entities or anchors or u.relation or u.most)  # "the most" ranks by cooperations: they are joined
    if joined:
        body += "?coop a cj:Cooperation ; cj:participant ?answer .\n"
        for n, doc in enumerate(entities):
            if ORGANIZATION in doc.types:
                body += _member(n, doc.iri) + f"FILTER(?answer != ?m{n})\n"
            elif COOPERATION in doc.types:
                body += _values("coop", [doc.iri])
        body += _anchor_block(anchors, "coop")
    plan = ParticipantsPlan(f"SELECT DISTINCT ?answer ?coop ?anchor WHERE {{\n{body}}}", via="coop")
    return qa_index.indexed(plan, _match(u, anchors, classes), qa_index.participants, joined=joined)


def plan_cooperations(u: Understanding, anchors, classes) -> Plan:
    """Cooperations (of the asked classes) with the named participants, on the topic."""
    body = _values("cls", classes) + "?answer a ?cls .\n"
    members = [n for n, doc in enumerate(_entity_iris(u, anchors)) if ORGANIZATION in doc.types]
    for n, doc in enumerate(_entity_iris(u, anchors)):
        if n in members:
            body += _member(n, doc.iri).replace("?coop", "?answer")
    body += _anchor_block(anchors, "answer")
    match = _match(u, anchors, classes)
    if not u.most:
        # The first named participant links each answer: its participation is the cited statement.
        via = f"m{members[0]}" if members else None
        plan = CooperationsPlan(f"SELECT DISTINCT ?answer ?anchor{f' ?{via}' if via else ''} WHERE {{\n{body}}}",
                                via=via)
        return qa_index.indexed(plan, match, qa_index.cooperations, via=via)
    # "Which project has the most partners": each cooperation is supported by its parties.
    body += "?answer cj:participant ?party .\n"
    plan = CooperationsPlan(f"SELECT DISTINCT ?answer ?anchor ?party WHERE {{\n{body}}}", via="party")
    return qa_index.indexed(plan, match, qa_index.cooperations, via="party")


def plan_industries(u: Understanding, anchors, classes) -> Plan:
    """Industries of the cooperations the named organisations take part in (or that are named)."""
    body = _values("cls", classes) + "?answer a ?cls .\n?coop a cj:Cooperation ; cj:industry ?answer .\n"
    for n, doc in enumerate(_entity_iris(u, anchors)):
        if ORGANIZATION in doc.types:
            body += _member(n, doc.iri)
        elif COOPERATION in doc.types:
            body += _values("coop", [doc.iri])
    body += _anchor_block(anchors, "coop")
    plan = IndustriesPlan(f"SELECT DISTINCT ?answer ?coop WHERE {{\n{body}}}", via="coop")
    return qa_index.indexed(plan, _match(u, anchors, classes), qa_index.industries)


def plan_programmes(u: Understanding, anchors, classes) -> Plan:
    body = "?answer a cj:TrainingProgramme .\n"
    for doc in _entity_iris(u, anchors):
        body += f"?answer cj:provider <{doc.iri}> .\n"
    return ProgrammesPlan(f"SELECT DISTINCT ?answer WHERE {{\n{body}}}")


def plan_people(u: Understanding, anchors, held: list, partners_instead: bool) -> Plan | None:
    """People holding the positions the question names (at the named organisations).

    None when no position is named and the question asks who cooperates (``partners_instead``):
    then the answer is organisations.
    """
    orgs = [d.iri for d in _entity_iris(u, anchors) if ORGANIZATION in d.types]
    if not held and (not orgs or partners_instead):
        return None
    body = "?answer cj:holds ?pos . ?pos cj:postIn ?org .\n"
    body += _values("pos", {pos for _, pos, _ in held}) if held else _values("org", orgs)
    return PeoplePlan(f"SELECT DISTINCT ?answer ?pos WHERE {{\n{body}}}", via="pos")


def plan_positions(u: Understanding, anchors, classes) -> Plan:
    """Positions held by the named people, or in the named organisations."""
    named = _entity_iris(u, anchors)
    body = ("?person cj:holds ?answer . ?answer cj:postIn ?org .\n"
            + _values("person", [d.iri for d in named if PERSON in d.types])
            + _values("org", [d.iri for d in named if ORGANIZATION in d.types]))
    return PositionsPlan(f"SELECT DISTINCT ?answer ?person WHERE {{\n{body}}}", via="person")


def plan_date(subject: str) -> Plan:
    sparql = (f"SELECT ?answer ?date ?when WHERE {{\n{_values('answer', [subject])}"
              "OPTIONAL { ?answer cj:date ?date } OPTIONAL { ?answer dcterms:temporal ?when }\n}")
    return DatePlan(sparql, subject=subject)


def plan_place(event: str) -> Plan:
    sparql = (f"SELECT ?answer ?event WHERE {{\n{_values('event', [event])}"
              "?event cj:venue|cj:locatedIn ?answer .\n}")
    return PlacePlan(sparql, via="event", subject=event)


def plan_quantity(quantity: str) -> Plan:
    sparql = (f"SELECT ?answer ?owner ?value WHERE {{\n{_values('answer', [quantity])}"
              "?owner ?p ?answer . ?answer cj:value ?value . FILTER(STRSTARTS(STR(?p), STR(cj:)))\n}")
    return QuantityPlan(sparql, subject=quantity)


def _is(classes, root: str, facts: FactFinder) -> bool:
    return within(classes, root, facts.catalogue.ancestors)


PLANNERS: dict[str, Callable] = {
    COOPERATION: plan_cooperations,
    INDUSTRY: plan_industries,
    POSITION: plan_positions,
    PROGRAMME: plan_programmes,
}


def _stating(u: Understanding, facts: FactFinder) -> Plan | None:
    """The document a question asks for by what it says, who issued it or when; None when none fits."""
    best = facts.best_dated(u, facts.document_iris) if facts.document_iris else None
    if best is None or not best[0] or best[1] < QUANTITY_MIN:
        return None
    return StatingPlan(f"SELECT ?answer WHERE {{\n{_values('answer', [best[0]])}}}", noun=DOCUMENTS)


def _reported(u: Understanding, facts: FactFinder, said: bool) -> Plan | None:
    """Who wrote the article, or who said what the question quotes; None for other questions.
    ``said``: the question asks about what was said (the form's "said" operator)."""
    if ASKS_DOCUMENT.search(u.question) and (stating := _stating(u, facts)):
        return stating
    if uses_any(u, KEY_WORDS) or KEY_APART.search(u.question):
        return KeyIndustriesPlan("SELECT ?answer ?owner WHERE {\n?owner cj:keyIndustry ?answer .\n}",
                    via="owner", noun=KEY_INDUSTRIES)
    # "the reporter from Dalian News Media Group" asks for a post's holder, not for a publisher
    if uses_any(u, PUBLISHER_WORDS) and not said and not facts.matching_positions(u):
        return PublishersPlan("SELECT ?answer ?doc WHERE {\n?doc a cj:NewsArticle ; dcterms:publisher ?answer .\n}",
                    via="doc", noun=PUBLISHERS)
    if uses_any(u, ISSUE_WORDS) and (document := facts.best_dated(u)) and document[1] >= QUANTITY_MIN:
        sparql = f"SELECT ?answer ?doc WHERE {{\n{_values('doc', [document[0]])}?doc cj:issuedBy ?answer .\n}}"
        if facts.kg.select(sparql):
            return IssuersPlan(sparql, via="doc", noun=ISSUERS)
    if uses_any(u, AUTHOR_WORDS) or ARTICLE_REPORTERS.search(u.blanked):
        return _authors(u, facts)
    quotation = facts.best_quotation(u) if u.intent == "who" and said else None
    if quotation is None or quotation[1] < QUANTITY_MIN:
        return _agents(u, facts)
    sparql = f"SELECT ?answer ?quote WHERE {{\n{_values('quote', [quotation[0]])}?quote cj:spokenBy ?answer .\n}}"
    return SpeakersPlan(sparql, via="quote", subject=quotation[0], noun=SPEAKERS)


def _agents(u: Understanding, facts: FactFinder) -> Plan | None:
    """"哪个部门要求各省启动…", "which body asked the provinces to …": the organisations acting in the
    event the question's words describe best. Only for a question asking for an agent (who, an
    organisation of any kind, a body) that names no organisation or cooperation itself: those ask
    for partners; and a narrower class ("which universities signed …") asks for its own members."""
    asks_agent = u.intent == "who" or u.answer_classes == {ORGANIZATION} or AGENT_ASKED.search(u.question)
    if not asks_agent or any(m.doc.types & {ORGANIZATION, COOPERATION} for m in u.mentions):
        return None
    acted = {r["e"] for r in facts.kg.select(ACTED)}
    event = facts.best_dated(u, acted) if acted else None
    if event is None or event[1] < QUANTITY_STRONG:
        return None
    sparql = f"SELECT ?answer ?event WHERE {{\n{_values('event', [event[0]])}?event prov:wasAssociatedWith ?answer .\n}}"
    return AgentsPlan(sparql, via="event")


def _authors(u: Understanding, facts: FactFinder) -> Plan:
    """The authors of the document the question names; with several documents and none named,
    the documents to choose from (never the authors of several mixed under one title)."""
    named = facts.documents_named(u, list(facts.written))
    if len(named) > 1:
        return DocumentsPlan(f"SELECT ?answer ?doc WHERE {{\n{_values('answer', named)}BIND(?answer AS ?doc)\n}}",
                             via="doc")
    return AuthorsPlan(f"SELECT ?answer ?doc WHERE {{\n{_values('doc', named)}?doc dcterms:creator ?answer .\n}}",
                       via="doc", noun=AUTHORS)


def _figure_fits(quantity: str, u: Understanding, anchors, facts: FactFinder) -> bool:
    """Whether a figure answers a how-many question: one about the figure's owner, or about no
    entity in particular. Asking how many organisations or people another cooperation has
    ("数字人才实训中心有多少个参与单位") counts that cooperation's parties instead."""
    owner = facts.quantity_owner[quantity][0]
    if facts.owner_named(quantity, u) or owner in {a for a, _ in anchors}:
        return True
    asks_parties = (_is(u.answer_classes, ORGANIZATION, facts) or _is(u.answer_classes, PERSON, facts)) \
        and not asks_rank(u)
    parties_of = [a for a, _ in anchors if COOPERATION in getattr(facts.docs.get(a), "types", ())]
    # a cooperation the question names, and does not own the figure, is what the question is about;
    # an industry whose name is the figure's own words is what it measures ("培训了多少人次": 继续教育)
    named = [d for d in _entity_iris(u, anchors) if not (INDUSTRY in d.types and facts.measures_words(quantity, d))] \
        + [a for a in parties_of if dict(anchors)[a] >= 1.0]
    return not named and not (asks_parties and parties_of)


def _elsewhere(quantity: str, u: Understanding, anchors, facts: FactFinder) -> bool:
    """Whether the question counts organisations within a cooperation or an industry it names that
    the figure is not of (its owner unnamed): then the figure answers nothing ("中医药那个项目有几家企业"),
    while "培训和继续教育有多少人次" still asks for the base's figure."""
    if facts.owner_named(quantity, u) or not _is(u.answer_classes, ORGANIZATION, facts):
        return False
    owner = facts.quantity_owner[quantity][0]
    named = {m.doc.iri for m in u.mentions} & {a for a, confidence in anchors if confidence >= 1.0}
    return bool(named) and owner not in named


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
    if best and not asks_rank(u) and not facts.figure_asked(best[0], u):
        best = None  # the best figure counts something else than what is asked
    if best and asks_rank(u) and ordinals_in(u.blanked) - {facts.figures["zh"][best[0]]["value"]}:
        return None  # "which consortium ranked first": the graph holds no one at that rank
    if uses_any(u, OTHER_YEARS):
        return None  # the figures are as of their source; another year's is not held
    versions = _of_years(facts.versions(best[0]), asked_years(u.question), facts) if best else []
    if best and not versions:
        return None  # "2022年联合体有多少成员单位": the figure held is of 2024, none of the year asked
    if best and money and not facts.figures["zh"][best[0]]["currency"]:
        return None  # an amount of money is answered by a sum of money, or not at all
    if best and best[0] in facts.category and facts.names_projects(u):
        best = None  # "有几家企业参与了签约项目": the parties of the projects are counted, not the members
    if best and _elsewhere(best[0], u, anchors, facts):
        best = None  # "中医药那个项目有几家企业": the question names what it counts in, and the figure is not of it
    if best and facts.others_figure(best[0], {m.doc.iri for m in u.mentions if ORGANIZATION in m.doc.types}):
        best = None  # the figure is of a cooperation the named organisation is no party to
    if best and (best[1] >= QUANTITY_STRONG or (best[1] >= QUANTITY_MIN and _figure_fits(best[0], u, anchors, facts))):
        return plan_quantity(versions[0])  # the newest (of the year asked); the plan lists the others
    # an amount the graph does not give: counting entities would not answer it
    return None if money else GO_ON


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


def compose(form: LogicalForm, facts: FactFinder) -> Plan | None:
    """The plan answering the logical form, or None when the question names nothing the graph can follow."""
    u, anchors = form.understanding, list(form.constraints)
    if u.intent == "where" and uses_any(u, PUBLISHER_WORDS):  # "稿件来源是哪里": the source, not a place
        u = replace(u, intent="list")
    if u.intent in ("when", "where"):
        # where: of the things held somewhere (an article has a date, never a venue)
        placed = facts.placed if u.intent == "where" else None
        # "推进会是几月几号开的": of the class the question names, when it names one that has dated instances
        named = {iri for iri, doc in facts.docs.items() if doc.types & u.answer_classes} & set(facts.dated_words)
        dated = facts.best_dated(u, (placed & named if placed is not None else named) or placed)
        if not dated or dated[1] < QUANTITY_MIN:
            return None
        return (plan_date if u.intent == "when" else plan_place)(dated[0])
    if u.intent == "count" and (figure := _figure_plan(u, anchors, facts, "money" in form.operators)) is not GO_ON:
        return figure
    reported = _reported(u, facts, "said" in form.operators)
    if reported:
        reported.is_count = u.intent == "count"  # "文章有几位作者": the authors, counted
        return reported
    if facts.unheld_title(u):
        return None  # a post nobody in the graph holds: no one is the answer
    asks_person = _is(u.answer_classes, PERSON, facts)
    # A position the question names ("校长叫什么名字", "the name of the president") asks for people.
    held = facts.matching_positions(u)
    names_post = bool(held) and (not u.answer_classes or asks_person)
    if u.intent == "who" or asks_person or names_post:
        people = plan_people(u, anchors, held, partners_instead=u.relation and not asks_person)
        if people or asks_person:
            return people
    if u.topic and not anchors:
        return None
    return _class_plan(u, anchors, facts)
