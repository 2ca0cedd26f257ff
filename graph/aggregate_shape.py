"""The aggregate queries the build's counts (graph.aggregates) answer, recognised on the parsed query
(rdflib's algebra, never the text), and their answers.

Two shapes, each a SELECT of one GROUP BY variable and one COUNT over one basic graph pattern on the
union default graph, with no HAVING:

- *types*: ``?x a ?t . ?x a <C>`` grouped by ``?t``: the types of every instance of C, counted
  ``COUNT(?x)``, ``COUNT(*)`` or ``COUNT(DISTINCT ?x)``;
- *partners*: ``?s <P> ?o`` with P an object property the build counted, optionally ``?s a <C>``
  and/or ``?o a <D>``, grouped by ``?s`` or ``?o``: ``COUNT(*)`` or of either variable, or
  ``COUNT(DISTINCT ?v)`` of the other one (projects per organisation, members per consortium).

Around it: any projection of the two variables, ORDER BY of them (ASC or DESC), and LIMIT/OFFSET only
when ORDER BY includes the group variable (then the order is total: every group is one row, and the
rows the store would cut are defined). Ties ORDER BY leaves unordered are put in the group variable's
order (SPARQL leaves them to the engine). A class restriction needs the Partition's disjoint subjects
and a class the provenance graph does not hold; a predicate the provenance graph holds is never
counted. Anything else, or a count the build did not keep, is answered by the store.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import BNode, URIRef, Variable
from rdflib.namespace import RDF
from rdflib.plugins.sparql.parserutils import CompValue

from graph.aggregates import Aggregates
from graph.results import SOLUTIONS, NoAcceptableFormat, Serialised, format_named, write_rows
from graph.routing import Partition, algebra_of

log = logging.getLogger(__name__)

XSD_INTEGER = ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")
_WRAPPERS = ("Slice", "Distinct", "Reduced")  # around the projection; rows with the group variable are distinct


@dataclass(frozen=True)
class Shape:
    """A recognised aggregate: ``view`` "types" (``klass``: C) or "partners" (``predicate``, the group
    variable's ``side``, the classes required of the key and of the partner); whether the count is
    DISTINCT; the projected names (the group variable ``key`` and the count's ``count``); the ORDER BY
    as (name, descending); the slice."""

    view: str
    key: str
    count: str
    distinct: bool
    projected: tuple[str, ...]
    order: tuple[tuple[str, bool], ...]
    start: int = 0
    length: int | None = None
    klass: str | None = None
    predicate: str | None = None
    side: str = "subject"
    key_class: str | None = None
    partner_class: str | None = None


def recognise(query: str, partition: Partition) -> Shape | None:
    """The Shape of ``query`` if the build's counts answer it exactly, else None."""
    algebra = algebra_of(query)
    if algebra is None or algebra.name != "SelectQuery" or algebra.get("datasetClause"):
        return None
    return _select(algebra.p, partition)


def _select(node: CompValue, partition: Partition) -> Shape | None:
    start, length, deduplicated = 0, None, False
    while node.name in _WRAPPERS:
        if node.name == "Slice":
            start, length = node.start or 0, node.length
        deduplicated = deduplicated or node.name != "Slice"
        node = node.p
    if node.name != "Project":
        return None
    order: tuple = ()
    inner = node.p
    if inner.name == "OrderBy":
        order = tuple((c.expr, c.order == "DESC") if isinstance(c, CompValue) else (c, False) for c in inner.expr)
        inner = inner.p
    aliases: dict[Variable, Variable] = {}
    while inner.name == "Extend" and isinstance(inner.expr, Variable):
        aliases[inner.var] = inner.expr
        inner = inner.p
    if inner.name != "AggregateJoin" or inner.p.name != "Group":
        return None
    return _grouped(inner, aliases, list(node.PV), order, (start, length, deduplicated), partition)


def _grouped(join: CompValue, aliases: dict, projected: list, order: tuple, window: tuple,
             partition: Partition) -> Shape | None:
    group = join.p
    counts = [a for a in join.A if a.name == "Aggregate_Count"]
    samples = {a.res: a.vars for a in join.A if a.name == "Aggregate_Sample"}
    if len(counts) != 1 or len(counts) + len(samples) != len(join.A) or len(group.expr or []) != 1:
        return None
    key = group.expr[0]
    named = {alias: samples.get(res, res) for alias, res in aliases.items()}
    count_names = [alias for alias, res in aliases.items() if res == counts[0].res]
    if (not isinstance(key, Variable) or len(count_names) != 1 or group.p.name != "BGP"
            or any(v != key for alias, v in named.items() if alias not in count_names)):
        return None
    names = {key: str(key), count_names[0]: str(count_names[0])}
    if not set(projected) <= set(names) or not all(isinstance(v, Variable) and v in names for v, _ in order):
        return None
    start, length, deduplicated = window
    if (start, length) != (0, None) and key not in [v for v, _ in order]:
        return None  # a slice of rows whose order the store chooses
    if deduplicated and key not in projected:
        return None  # DISTINCT of the counts alone merges groups
    shape = dict(key=str(key), count=str(count_names[0]), projected=tuple(str(v) for v in projected),
                 order=tuple((str(v), desc) for v, desc in order), start=start, length=length)
    counted = counts[0]
    return _pattern(list(group.p.triples or []), key, counted.vars, bool(counted.distinct), shape, partition)


def _pattern(triples: list, key: Variable, counted, distinct: bool, shape: dict, partition: Partition) -> Shape | None:
    typed = [(s, o) for s, p, o in triples if p == RDF.type]
    others = [(s, p, o) for s, p, o in triples if p != RDF.type]
    if not others and len(typed) == 2:
        return _types(typed, key, counted, distinct, shape, partition)
    if len(others) == 1:
        return _partners(others[0], typed, key, counted, distinct, shape, partition)
    return None


def _fact_class(term, partition: Partition) -> bool:
    return isinstance(term, URIRef) and str(term) not in partition.classes and partition.disjoint


def _types(typed: list, key: Variable, counted, distinct: bool, shape: dict, partition: Partition) -> Shape | None:
    """``?x a ?key . ?x a <C>``, counting ``?x`` (or every row)."""
    (s1, o1), (s2, o2) = typed
    klass = o2 if o1 == key else o1 if o2 == key else None
    if s1 != s2 or not isinstance(s1, Variable) or s1 == key or not _fact_class(klass, partition):
        return None
    if not (counted == "*" or counted == s1 or (counted == key and not distinct)) or (distinct and counted == "*"):
        return None
    return Shape(view="types", distinct=distinct, klass=str(klass), **shape)


def _partners(triple: tuple, typed: list, key: Variable, counted, distinct: bool, shape: dict,
              partition: Partition) -> Shape | None:
    """``?s <P> ?o`` grouped by one end, each end optionally typed by one class."""
    s, p, o = triple
    if (not isinstance(p, URIRef) or str(p) in partition.predicates or s == o or key not in (s, o)
            or not isinstance(s, (Variable, BNode)) or not isinstance(o, (Variable, BNode))):
        return None
    partner = o if key == s else s
    classes = {}
    for subject, klass in typed:
        if subject not in (s, o) or subject in classes or not _fact_class(klass, partition):
            return None
        classes[subject] = str(klass)
    if (distinct and counted != partner) or counted not in ("*", s, o):
        return None
    return Shape(view="partners", distinct=distinct, predicate=str(p), side="subject" if key == s else "object",
                 key_class=classes.get(key), partner_class=classes.get(partner), **shape)


def groups(shape: Shape, aggregates: Aggregates) -> dict[str, int] | None:
    """Each group's key (an IRI) and count; None when the build kept no counts for the shape."""
    if shape.view == "types":
        return _type_groups(shape, aggregates)
    rows = aggregates.table(shape.predicate or "", shape.side)
    if rows is None:
        return None
    key_times, partner_times = _times(aggregates, shape.key_class), _times(aggregates, shape.partner_class)
    out = {}
    for key, (key_sig, partners) in rows.items():
        times = key_times[key_sig]
        if not times:
            continue
        n = sum(distinct if shape.distinct else quads * times * partner_times[sig]
                for sig, (quads, distinct) in partners.items() if partner_times[sig])
        if n:
            out[key] = n
    return out


def _times(aggregates: Aggregates, klass: str | None) -> list[int]:
    """Per signature, how many rdf:type quads state ``klass`` of a node of it (1 each for no class asked)."""
    return [1 if klass is None else classes.get(klass, 0) for classes in aggregates.classes]


def _type_groups(shape: Shape, aggregates: Aggregates) -> dict[str, int] | None:
    if aggregates.typed is None:
        return None
    out: dict[str, int] = {}
    for classes, nodes in zip(aggregates.classes, aggregates.typed):
        times = classes.get(shape.klass or "", 0)
        for klass, stated in classes.items() if times and nodes else ():
            out[klass] = out.get(klass, 0) + (nodes if shape.distinct else nodes * times * stated)
    return out


def rows(shape: Shape, counted: dict[str, int]) -> list[tuple]:
    """The result rows, ordered, sliced and projected as the query asks (ox terms)."""
    ordered = sorted(counted.items())  # ties ORDER BY leaves are in the key's order
    for name, descending in reversed(shape.order):
        ordered.sort(key=lambda row: row[1] if name == shape.count else row[0], reverse=descending)
    end = None if shape.length is None else shape.start + shape.length
    terms = {shape.key: lambda row: ox.NamedNode(row[0]),
             shape.count: lambda row: ox.Literal(str(row[1]), datatype=XSD_INTEGER)}
    return [tuple(terms[name](row) for name in shape.projected) for row in ordered[shape.start:end]]


def answer(opened, job) -> Serialised | None:
    """A client's aggregate (a graph.query_worker.QueryJob) answered from the counts a worker's
    graph.worker_store.OpenedStore holds, or None when they do not answer it exactly: the store runs it."""
    if (opened.aggregates is None or opened.partition is None or not job.routable or not job.shape.grouped
            or not job.options().get("use_default_graph_as_union")):
        return None
    shape = recognise(job.query, opened.partition)
    try:
        counted = None if shape is None else groups(shape, opened.aggregates)
    except (OSError, ValueError, TypeError, KeyError) as exc:  # a damaged table: the store answers
        log.warning("the kept counts could not be read: %s", exc)
        return None
    if shape is None or counted is None:
        return None
    fmt = format_named(SOLUTIONS, job.formats.get(SOLUTIONS, ""))
    if fmt is None:
        raise NoAcceptableFormat(f"no acceptable {SOLUTIONS} format was requested")
    return write_rows(list(shape.projected), rows(shape, counted), fmt, job.row_cap)
