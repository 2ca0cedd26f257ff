"""The rows of the participation plans' queries, read off the participation index.

The planners (search/qa_planners.py) write each plan's SPARQL, which the response carries so a
researcher can rerun it. For the plans over participation (organisations in cooperations,
cooperations with their parties, industries of cooperations) the same rows are read here off
search.qa_graph.Participation, made once at build time, instead of from the store: at 100x the
seed one such query ("哪些高校在氢能领域有合作") joined 900 colleges to their cooperations, 120-280 ms
an answer, growing with the graph. Each function here states the SPARQL pattern it answers;
tests/search/test_qa_index.py checks that both give the same rows on the real graph.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import partial
from weakref import WeakKeyDictionary

from search.qa_graph import COOPERATION, ORGANIZATION, Participation
from search.qa_plans import Plan
from search.documents import CJ


@dataclass(frozen=True)
class Match:
    """What a participation plan's query asks, as its planner wrote it."""

    classes: frozenset[str]  # VALUES ?cls: the answers are of one of them
    orgs: tuple[str, ...] = ()  # named organisations: each, or a unit of it, takes part (qa_planners._member)
    coops: tuple[str, ...] = ()  # named cooperations (VALUES ?coop)
    anchors: tuple[str, ...] = ()  # topics (qa_planners._anchor_block)
    # topics describing the asked kind ("做互感器的企业", "the compressor maker"): an answer whose own industry is the
    # topic takes part on it whatever its cooperation's industry (qa_planners.made_anchors)
    made: tuple[str, ...] = ()
    # the anchors are conditions each to hold, by the cooperation's industry or a party's own (search/qa_joint_topics)
    joint: bool = False


def match(named, anchors, classes, made: tuple[str, ...] = (), joint: bool = False) -> Match | None:
    """What a participation plan's query asks (``named``: the entity documents the question names, not
    topics; ``made``: the anchors describing the asked kind), for the index to answer; None when the index
    holds no answer of its classes (only the ontology's are indexed)."""
    if not classes or not all(str(c).startswith(CJ) for c in classes):
        return None
    return Match(frozenset(classes), tuple(d.iri for d in named if ORGANIZATION in d.types),
                 tuple(d.iri for d in named if ORGANIZATION not in d.types and COOPERATION in d.types),
                 tuple(a for a, _ in anchors), made, joint)


# The rows of a match naming nothing (no organisation, cooperation or topic) are the same for every question
# asking its classes ("哪些企业参与了人才培养项目", "2024年签约了哪些项目": 8-14k rows at 1000x the seed, built,
# sorted and made dicts at each question): made at the first such question, kept with the graph they were read
# off, at most PREPARED_KEPT of them (a few class combinations recur; each is a few MB at 1000x).
PREPARED_KEPT = 16
_prepared: WeakKeyDictionary[Participation, dict[tuple, list[dict]]] = WeakKeyDictionary()


def indexed(plan: Plan, m: Match | None, read: Callable, **args) -> Plan:
    """``plan``, its rows read by ``read(graph, m=m, **args)`` off the participation index when there is a match
    (kept across questions when the match names nothing: ``prepared``)."""
    if m is None:
        plan.index = None
    elif m.orgs or m.coops or m.anchors:
        plan.index = partial(read, m=m, **args)
    else:
        plan.index = partial(prepared, read=read, m=m, args=tuple(sorted(args.items())))
    return plan


def prepared(graph: Participation, read: Callable, m: Match, args: tuple) -> list[dict]:
    """``read(graph, m=m, **args)`` for a match naming nothing, made once per graph and kept: the same list
    for each question, which its reader must not change (Plan.collect only reads its rows)."""
    kept = _prepared.setdefault(graph, {})
    key = (read.__name__, m.classes, args)
    rows = kept.get(key)
    if rows is None:
        if len(kept) >= PREPARED_KEPT:
            del kept[next(iter(kept))]  # the oldest made
        rows = kept[key] = read(graph, m=m, **dict(args))
    return rows


def _topical(graph: Participation, x: str, anchors: tuple[str, ...]) -> list[str | None]:
    """The anchors ``x`` falls under: of an anchor's industry or narrower, or the anchor itself;
    [None] when there are no anchors (the variable is unbound)."""
    if not anchors:
        return [None]
    return [a for a in anchors if a == x or x in graph.of_topic.get(a, ())]


def _anchored(graph: Participation, x: str, m: Match) -> list[str | None]:
    """The anchors ``x`` falls under (``_topical``); [None] for a joint match's cooperation under none, each of its
    anchors held by a party (the query's OPTIONAL ?anchor unbound)."""
    return _topical(graph, x, m.anchors) or ([None] if m.joint else [])


def _makers(graph: Participation, m: Match) -> set[str]:
    """The things whose own industry is a made anchor (the organisations the asked kind's description fits): not a
    narrower one, an auto-parts supplier is no carmaker ("哪些车企")."""
    return {x for a in m.made for x in graph.of_topic.get(a, ()) if a in graph.industries.get(x, ())}


def _holding_all(graph: Participation, m: Match) -> Callable[[str], bool]:
    """Whether a cooperation meets every anchor of a joint match: it is of the anchor's industry (or narrower), or one
    of its parties is an organisation whose own industry the anchor is, or a unit of one."""
    holders = [{u for x in graph.of_topic.get(a, ()) if a in graph.industries.get(x, ()) for u in graph.members(x)}
               for a in m.anchors]

    def holds(coop: str) -> bool:
        parties = graph.parties.get(coop, set())
        return all(_topical(graph, coop, (a,)) or parties & held for a, held in zip(m.anchors, holders))
    return holds


def _taking_part(graph: Participation, orgs: tuple[str, ...], parties: set[str]) -> list[set[str]] | None:
    """For each named organisation, its members among ``parties``; None when one has none."""
    taking = [graph.members(org) & parties for org in orgs]
    return taking if all(taking) else None


def _pool(graph: Participation, m: Match, start: Collection[str]) -> Collection[str]:
    """Of ``start``, the cooperations the named ones, the anchors and the named organisations allow,
    so a topic's cooperations are looked at, never every cooperation; and a topic's only when no name
    narrows further (the named ones' are then tested against the topic, one by one)."""
    narrowing = [{coop} for coop in m.coops]
    for org in m.orgs:
        narrowing.append({c for x in graph.members(org) for c in graph.cooperations_of.get(x, ())})
    makers = _makers(graph, m)  # a maker's cooperations are on its trade whatever their industry
    if narrowing:
        pool = set.intersection(*narrowing)
        if m.anchors:
            pool = {x for x in pool if _topical(graph, x, m.anchors) or graph.parties.get(x, set()) & makers}
    elif m.anchors:
        pool = {x for a in m.anchors for x in (graph.of_topic.get(a, set()) | {a})}
        pool |= {c for x in makers for c in graph.cooperations_of.get(x, ())}
    else:
        return start
    if m.joint:
        holds = _holding_all(graph, m)
        return {x for x in pool if x in start and holds(x)}
    return {x for x in pool if x in start}


def _of(graph: Participation, x: str, classes: frozenset[str]) -> bool:
    return bool(graph.classes.get(x, frozenset()) & classes)


def participants(graph: Participation, m: Match, joined: bool) -> list[dict]:
    """``SELECT DISTINCT ?answer ?coop ?anchor``: ``?answer a ?cls`` and, when ``joined``, ``?coop a
    cj:Cooperation ; cj:participant ?answer``, each named organisation taking part other than the answer
    (``FILTER(?answer != ?mN)``), of the named cooperation and the anchors."""
    if not joined:
        return [{"answer": a, "coop": None, "anchor": None} for a in sorted(graph.of_class(m.classes))]
    rows: set[tuple[str, str, str | None]] = set()
    wanted = graph.of_class(m.classes)  # once, not the classes of every party of every cooperation
    for coop in _pool(graph, m, graph.parties.keys()):
        parties, topical = graph.parties[coop], None
        for answer in parties & wanted:
            # no organisation named: every party of the cooperation answers (not a set made per party)
            if not m.orgs or _taking_part(graph, m.orgs, parties - {answer}) is not None:
                topical = _anchored(graph, coop, m) if topical is None else topical  # once per cooperation
                made = [a for a in m.made if a in graph.industries.get(answer, ())]
                rows.update((answer, coop, anchor) for anchor in (topical + made))
    return [{"answer": a, "coop": c, "anchor": t} for a, c, t in sorted(rows, key=str)]


def cooperations(graph: Participation, m: Match, via: str | None) -> list[dict]:
    """``SELECT DISTINCT ?answer ?anchor [?via]``: ``?answer a ?cls``, each named organisation (or a unit)
    taking part, of the anchors; ``via`` is ``party`` (every party, ``?answer cj:participant ?party``),
    the first named organisation's member variable (``mN``), or None."""
    rows: set[tuple[str, str | None, str | None]] = set()
    for answer in _pool(graph, m, graph.of_class(m.classes)):
        parties = graph.parties.get(answer, set())
        taking = _taking_part(graph, m.orgs, parties)
        if taking is None:
            continue
        linked: Iterable[str | None] = parties if via == "party" else taking[0] if via else [None]
        rows.update((answer, anchor, x) for anchor in _anchored(graph, answer, m) for x in linked)
    names = ("answer", "anchor", via) if via else ("answer", "anchor")
    return [dict(zip(names, row)) for row in sorted(rows, key=str)]


def industries(graph: Participation, m: Match) -> list[dict]:
    """``SELECT DISTINCT ?answer ?coop``: ``?answer a ?cls . ?coop a cj:Cooperation ; cj:industry ?answer``,
    each named organisation (or a unit) taking part in ?coop, of the named cooperation and the anchors."""
    rows: set[tuple[str, str]] = set()
    for coop in _pool(graph, m, graph.instances.get(COOPERATION, set())):
        if _taking_part(graph, m.orgs, graph.parties.get(coop, set())) is None:
            continue
        rows.update((i, coop) for i in graph.industries.get(coop, ()) if _of(graph, i, m.classes))
    return [{"answer": a, "coop": c} for a, c in sorted(rows)]
