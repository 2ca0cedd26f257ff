"""The planners: one per kind of answer, each building the Plan (search/qa_plans.py) with its SPARQL for
the question's named entities and topic anchors.

Contract: a planner reads the parse and its anchors (topics with their confidence) and returns a Plan
whose SPARQL and index reader (search/qa_index.py) follow the named entities; it runs no query. Which
planner answers a logical form is the plan stage's choice (search/qa_compose.py).
"""

from __future__ import annotations

import re

from search import qa_index
from search.qa_facts import FactFinder
from search.qa_graph import COOPERATION, ORGANIZATION, PERSON, PROGRAMME
from search.qa_index import Match
from search.qa_joint_topics import joint_anchors
from search.qa_plans import (CooperationsPlan, DatePlan, IndustriesPlan, ParticipantsPlan, PeoplePlan, PlacePlan, Plan,
                             PositionsPlan, ProgrammesPlan, ProvidersPlan, QuantityPlan, values_of)
from search.understand import Understanding


def _anchor_block(anchors, subject: str, joint: tuple[str, ...] = ()) -> str:
    """Cooperations named as topics, or cooperations in a topic industry (narrower concepts included); of every
    industry when they are ``joint`` (search/qa_joint_topics), each by the cooperation's or a party's own industry."""
    if not anchors:
        return ""
    values = values_of("anchor", [a for a, _ in anchors]).strip()
    block = (f"{{ {values} ?{subject} cj:industry/skos:broaderTransitive* ?anchor }}\n"
             f"UNION {{ {values} BIND(?anchor AS ?{subject}) }}\n")
    if joint:
        return f"OPTIONAL {{ {block}}}\n" + "".join(
            f"{{ ?{subject} cj:industry/skos:broaderTransitive* <{a}> }}\nUNION {{ ?{subject} cj:participant ?by{n} . "
            f"?by{n} cj:subOrganizationOf* ?holder{n} . ?holder{n} cj:industry <{a}> }}\nUNION {{ VALUES ?{subject} {{ <{a}> }} }}\n"
            for n, a in enumerate(joint))
    return block


# What may stand between a topic and the asked kind word it describes: 的 and a pointing word ("做互感器的企业", "压缩机
#那家公司"), a space or hyphen ("the instrument-transformer maker"); a word more makes it the cooperation's topic.
MADE_TIE = r"[\s-]*(?:的\s*)?(?:[那这该][家个所]\s*)?"


def made_anchors(u: Understanding, anchors) -> tuple[str, ...]:
    """The anchors whose words stand just before the asked kind word, describing it ("哪家做互感器的企业", "which
    compressor maker"): an organisation whose own industry it is answers whatever its cooperations' industry. None when another
    topic is asked too ("哪家车企合作搞充电检测项目": the cooperation's topic still narrows, the maker's trade no more)."""
    anchored = {a for a, _ in anchors}
    if not u.answer_word:
        return ()
    made = tuple(dict.fromkeys(m.doc.iri for m in u.mentions if m.doc.iri in anchored and m.text and re.search(
        re.escape(m.text) + MADE_TIE + re.escape(u.answer_word), u.question)))
    return made if set(made) == anchored else ()


def _made_block(made: tuple[str, ...]) -> str:
    """An answer whose own industry is a made anchor (not a narrower one: qa_index._makers), in any cooperation."""
    if not made:
        return ""
    return f"UNION {{ {values_of('anchor', made).strip()} ?answer cj:industry ?anchor }}\n"


def _member(n: int, iri: str) -> str:
    """The named organisation, or one of its units, takes part in ?coop (a group stands for its subsidiaries)."""
    return f"?coop cj:participant ?m{n} . ?m{n} cj:subOrganizationOf* <{iri}> .\n"


def named_docs(u: Understanding, anchors) -> list:
    """The documents of the entities the question names, those taken as topic anchors left out."""
    anchored = {a for a, _ in anchors}
    return [m.doc for m in u.mentions if m.doc.iri not in anchored]


def _match(u: Understanding, anchors, classes, made: tuple[str, ...] = (), joint: tuple[str, ...] = ()) -> Match | None:
    return qa_index.match(named_docs(u, anchors), anchors, classes, made, bool(joint))


def plan_participants(u: Understanding, anchors, classes) -> Plan:
    """Organisations (of the asked classes) taking part in cooperations with the named entities on the topic; those
    running a programme the question names, when it names one (no organisation takes part in a programme)."""
    body = values_of("cls", classes) + "?answer a ?cls .\n"
    entities = named_docs(u, anchors)
    if programmes := [d.iri for d in entities if PROGRAMME in d.types]:
        return ProvidersPlan(f"SELECT DISTINCT ?answer ?prog WHERE {{\n{body}{values_of('prog', programmes)}"
                             "?prog cj:provider ?answer .\n}", via="prog")
    joined = bool(entities or anchors or u.relation or u.most)  # "the most" ranks by cooperations: they are joined
    made = made_anchors(u, anchors)
    joint = () if made else joint_anchors(u, anchors)
    if joined:
        body += "?coop a cj:Cooperation ; cj:participant ?answer .\n"
        for n, doc in enumerate(entities):
            if ORGANIZATION in doc.types:
                body += _member(n, doc.iri) + f"FILTER(?answer != ?m{n})\n"
            elif COOPERATION in doc.types:
                body += values_of("coop", [doc.iri])
        body += _anchor_block(anchors, "coop", joint) + _made_block(made)
    plan = ParticipantsPlan(f"SELECT DISTINCT ?answer ?coop ?anchor WHERE {{\n{body}}}", via="coop")
    return qa_index.indexed(plan, _match(u, anchors, classes, made, joint), qa_index.participants, joined=joined)


def plan_cooperations(u: Understanding, anchors, classes) -> Plan:
    """Cooperations (of the asked classes) with the named participants, on the topic."""
    body = values_of("cls", classes) + "?answer a ?cls .\n"
    members = [n for n, doc in enumerate(named_docs(u, anchors)) if ORGANIZATION in doc.types]
    for n, doc in enumerate(named_docs(u, anchors)):
        if n in members:
            body += _member(n, doc.iri).replace("?coop", "?answer")
    joint = joint_anchors(u, anchors)
    body += _anchor_block(anchors, "answer", joint)
    match = _match(u, anchors, classes, joint=joint)
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
    body = values_of("cls", classes) + "?answer a ?cls .\n?coop a cj:Cooperation ; cj:industry ?answer .\n"
    for n, doc in enumerate(named_docs(u, anchors)):
        if ORGANIZATION in doc.types:
            body += _member(n, doc.iri)
        elif COOPERATION in doc.types:
            body += values_of("coop", [doc.iri])
    body += _anchor_block(anchors, "coop")
    plan = IndustriesPlan(f"SELECT DISTINCT ?answer ?coop WHERE {{\n{body}}}", via="coop")
    return qa_index.indexed(plan, _match(u, anchors, classes), qa_index.industries)


def plan_programmes(u: Understanding, anchors, classes) -> Plan:
    body = "?answer a cj:TrainingProgramme .\n"
    for doc in named_docs(u, anchors):
        body += f"?answer cj:provider <{doc.iri}> .\n"
    if anchors:  # "how many hydrogen plans": only the plans in an industry the topic names (a cooperation is none)
        values = values_of("anchor", [a for a, _ in anchors]).strip()
        body += (f"FILTER(NOT EXISTS {{ {values} ?anchor a cj:Industry }} || EXISTS {{ {values} ?anchor a cj:Industry . "
                 "?answer cj:industry/skos:broaderTransitive* ?anchor })\n")
    return ProgrammesPlan(f"SELECT DISTINCT ?answer WHERE {{\n{body}}}")


def plan_people(u: Understanding, anchors, held: list, partners_instead: bool) -> Plan | None:
    """People holding the positions the question names (at the named organisations).

    None when no position is named and the question asks who cooperates (``partners_instead``):
    then the answer is organisations.
    """
    orgs = [d.iri for d in named_docs(u, anchors) if ORGANIZATION in d.types]
    if not held and (not orgs or partners_instead):
        return None
    body = "?answer cj:holds ?pos . ?pos cj:postIn ?org .\n"
    body += values_of("pos", {pos for _, pos, _ in held}) if held else values_of("org", orgs)
    return PeoplePlan(f"SELECT DISTINCT ?answer ?pos WHERE {{\n{body}}}", via="pos")


def plan_positions(u: Understanding, anchors, classes) -> Plan:
    """Positions held by the named people, or in the named organisations."""
    named = named_docs(u, anchors)
    body = ("?person cj:holds ?answer . ?answer cj:postIn ?org .\n"
            + values_of("person", [d.iri for d in named if PERSON in d.types])
            + values_of("org", [d.iri for d in named if ORGANIZATION in d.types]))
    return PositionsPlan(f"SELECT DISTINCT ?answer ?person WHERE {{\n{body}}}", via="person")


def plan_date(subject: str) -> Plan:
    sparql = (f"SELECT ?answer ?date ?when WHERE {{\n{values_of('answer', [subject])}"
              "OPTIONAL { ?answer cj:date ?date } OPTIONAL { ?answer dcterms:temporal ?when }\n}")
    return DatePlan(sparql, subject=subject)


def plan_place(event: str, kinds: frozenset[str] = frozenset()) -> Plan:
    """Where ``event`` was held; only its venues of ``kinds`` when the question asks a kind of organisation ("推进会开在
    哪家公司": the company; "which university hosted it": none, the venue being a company)."""
    narrowed = f"{values_of('kind', kinds)}?answer a ?kind .\n" if kinds else ""
    sparql = (f"SELECT ?answer ?event WHERE {{\n{values_of('event', [event])}"
              f"?event cj:venue|cj:locatedIn ?answer .\n{narrowed}}}")
    return PlacePlan(sparql, via="event", subject=event)


def plan_quantity(quantity: str, facts: FactFinder) -> Plan:
    """The figure's plan. Its rows are read off the facts, which hold the query's pattern for every figure:
    its owner by a cj: link (``quantity_owner``) and its cj:value (``figures``)."""
    sparql = (f"SELECT ?answer ?owner ?value WHERE {{\n{values_of('answer', [quantity])}"
              "?owner ?p ?answer . ?answer cj:value ?value . FILTER(STRSTARTS(STR(?p), STR(cj:)))\n}")
    held = quantity in facts.quantity_owner and quantity in facts.figures["zh"]
    rows = [{"answer": quantity, "owner": facts.quantity_owner[quantity][0],
             "value": facts.figures["zh"][quantity]["value"]}] if held else []
    return QuantityPlan(sparql, subject=quantity, index=lambda _graph: rows)
