"""SHACL shapes compiled to SPARQL queries, one per constraint, run on the built store.

pyshacl over rdflib's copy of the whole graph was more than half of a large build. The
shapes of ontology/shapes.ttl use a small part of SHACL Core; each constraint of that part
becomes one SELECT returning the focus nodes that break it (``?this``), so the built Oxigraph
store checks itself. The queries are generated from the shapes graph: a shape edited there is
checked as written, and a constraint component this module does not translate is an
UnsupportedShape error, never skipped. The data graph is the union of the graphs the caller
names (data, entailments, ontology: what pyshacl was given), with its entailments
materialised, so ``sh:class C`` is ``?x rdf:type C``.

Supported: targets sh:targetClass, sh:targetSubjectsOf, sh:targetObjectsOf, sh:targetNode;
sh:property with an IRI, sequence, inverse, alternative or repeated path; per-value
components sh:class, sh:datatype, sh:nodeKind, sh:in, sh:languageIn, sh:pattern (sh:flags),
sh:minLength, sh:maxLength, sh:min/maxInclusive/Exclusive and sh:and, sh:or, sh:xone, sh:not
of such shapes; per-property sh:minCount, sh:maxCount, sh:uniqueLang, sh:lessThan,
sh:lessThanOrEquals and sh:qualifiedValueShape with sh:qualifiedMin/MaxCount.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from graph.errors import ChanjiaoError

TARGETS = {SH.targetClass: f"?this <{RDF.type}> {{0}} .", SH.targetSubjectsOf: "?this {0} [] .",
           SH.targetObjectsOf: "[] {0} ?this .", SH.targetNode: "VALUES ?this {{ {0} }}"}
NODE_KINDS: dict[Node, str] = {SH.IRI: "isIRI({0})", SH.Literal: "isLiteral({0})", SH.BlankNode: "isBlank({0})",
              SH.BlankNodeOrIRI: "(isBlank({0}) || isIRI({0}))", SH.BlankNodeOrLiteral: "(isBlank({0}) || isLiteral({0}))",
              SH.IRIOrLiteral: "(isIRI({0}) || isLiteral({0}))"}
COMPARISONS = {SH.minInclusive: ">=", SH.maxInclusive: "<=", SH.minExclusive: ">", SH.maxExclusive: "<"}
PAIRS = {SH.lessThan: "<", SH.lessThanOrEquals: "<="}
COUNTS = {SH.minCount: "< {}", SH.maxCount: "> {}"}  # component -> HAVING on the number of distinct values
# Parameters read with the component that owns them, and what describes a shape without constraining.
PARAMETERS = {SH.flags, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.path}
DESCRIPTIVE = {SH.name, SH.description, SH.message, SH.order, SH.group, SH.severity, SH.deactivated, SH.defaultValue}
ROLE_LIST = {SH["and"]: " && ", SH["or"]: " || "}


class UnsupportedShape(ChanjiaoError):
    """A shape uses a SHACL feature that graph.shacl does not translate to SPARQL."""


@dataclass(frozen=True)
class Check:
    """One constraint as a query: its SELECT binds ``?this`` to each focus node that breaks it."""

    shape: str
    path: str  # the property path as written in the shapes ('' for a node shape's own constraint)
    message: str
    query: str


def compile_shapes(shapes: Graph) -> list[Check]:
    """The checks of every active node shape with a target, in a fixed order (by shape, then query)."""
    checks = []
    roots = {s for target in TARGETS for s in shapes.subjects(target, None)}
    for shape in sorted(roots, key=str):
        if _active(shapes, shape):
            checks += _shape_checks(shapes, shape)
    return checks


def _active(shapes: Graph, shape: Node) -> bool:
    """Deactivated shapes and shapes of a severity other than sh:Violation never fail a build."""
    severity = shapes.value(shape, SH.severity)
    return not _flag(shapes, shape, SH.deactivated) and severity in (None, SH.Violation)


def _flag(shapes: Graph, node: Node, predicate: URIRef) -> bool:
    """A boolean parameter of a shape (false when absent)."""
    value = shapes.value(node, predicate)
    return isinstance(value, Literal) and bool(value.toPython())


def _value(shapes: Graph, node: Node, predicate: URIRef) -> Any:
    """A parameter of a shape (None when absent); typed loosely, as SHACL gives it any node."""
    return shapes.value(node, predicate)


def _shape_checks(shapes: Graph, shape: Node) -> list[Check]:
    target = " UNION ".join(f"{{ {TARGETS[t].format(o.n3())} }}" for t in TARGETS for o in sorted(shapes.objects(shape, t), key=str))
    target = f"{{ SELECT DISTINCT ?this WHERE {{ {target} }} }}"
    checks = []
    if shapes.value(shape, SH.path) is None:
        _components(shapes, shape, allowed=set(VALUE_TESTS) | {SH.property, *TARGETS})
        test = value_test(shapes, shape, "?this")
        if test != "true":
            checks.append(_check(shapes, shape, "", f"SELECT ?this WHERE {{ {target} FILTER(!COALESCE({test}, false)) }}"))
        for prop in sorted(shapes.objects(shape, SH.property), key=str):
            if _active(shapes, prop):
                checks += property_checks(shapes, prop, target)
    else:
        checks += property_checks(shapes, shape, target)
    return checks


def property_checks(shapes: Graph, prop: Node, target: str) -> list[Check]:
    """The queries of one property shape, each binding ``?this`` (and ``?value``) where it is broken."""
    _components(shapes, prop, allowed=set(VALUE_TESTS) | set(COUNTS) | set(PAIRS) | {SH.uniqueLang, SH.qualifiedValueShape, *TARGETS})
    path = sparql_path(shapes, _value(shapes, prop, SH.path))
    shown = str(shapes.value(prop, SH.path)) if isinstance(shapes.value(prop, SH.path), URIRef) else path
    queries = []
    test = value_test(shapes, prop, "?value")
    if test != "true":
        queries.append(f"SELECT ?this ?value WHERE {{ {target} ?this {path} ?value FILTER(!COALESCE({test}, false)) }}")
    for component, having in COUNTS.items():
        limit = _value(shapes, prop, component)
        if limit is not None:
            queries.append(_count_query(target, path, "true", having.format(int(limit))))
    qualified = shapes.value(prop, SH.qualifiedValueShape)
    if qualified is not None:
        queries += _qualified(shapes, prop, qualified, target, path)
    if _flag(shapes, prop, SH.uniqueLang):
        queries.append(f"SELECT DISTINCT ?this WHERE {{ {target} ?this {path} ?value . ?this {path} ?other "
                       "FILTER(!sameTerm(?value, ?other) && lang(?value) != '' && LCASE(lang(?value)) = LCASE(lang(?other))) }")
    for component, operator in PAIRS.items():
        for other in shapes.objects(prop, component):
            queries.append(f"SELECT ?this ?value WHERE {{ {target} ?this {path} ?value . ?this {other.n3()} ?other "
                           f"FILTER(!COALESCE(?value {operator} ?other, false)) }}")
    return [_check(shapes, prop, shown, q) for q in queries]


def _qualified(shapes: Graph, prop: Node, qualified: Node, target: str, path: str) -> list[str]:
    if _flag(shapes, prop, SH.qualifiedValueShapesDisjoint):
        raise UnsupportedShape(f"{prop}: sh:qualifiedValueShapesDisjoint is not translated to SPARQL")
    test = value_test(shapes, qualified, "?value")
    bounds = [having.format(int(_value(shapes, prop, p))) for p, having in
              ((SH.qualifiedMinCount, "< {}"), (SH.qualifiedMaxCount, "> {}")) if shapes.value(prop, p) is not None]
    return [_count_query(target, path, test, bound) for bound in bounds]


def _count_query(target: str, path: str, test: str, having: str) -> str:
    """Focus nodes whose number of distinct values (that pass ``test``) satisfies ``having``."""
    if having == "< 1":  # the usual sh:minCount 1: no grouping needed
        return f"SELECT ?this WHERE {{ {target} FILTER NOT EXISTS {{ ?this {path} ?value FILTER(COALESCE({test}, false)) }} }}"
    optional = having.startswith("<")  # too few: the focus nodes without any value count too
    values = f"?this {path} ?value FILTER(COALESCE({test}, false))"
    body = f"{target} OPTIONAL {{ {values} }}" if optional else f"{target} {values}"
    return f"SELECT ?this WHERE {{ {body} }} GROUP BY ?this HAVING (COUNT(DISTINCT ?value) {having})"



def _check(shapes: Graph, shape: Node, path: str, query: str) -> Check:
    messages = sorted(shapes.objects(shape, SH.message), key=lambda m: (getattr(m, "language", None) != "en", str(m)))
    message = str(messages[0]) if messages else f"does not conform to {shape}"
    return Check(str(shape), path, message, query)


def _components(shapes: Graph, shape: Node, allowed: set) -> None:
    """Refuse a shape with a SHACL predicate this module does not translate."""
    for p in set(shapes.predicates(shape, None)):
        if str(p).startswith(str(SH)) and p not in allowed | PARAMETERS | DESCRIPTIVE:
            raise UnsupportedShape(f"{shape}: {p} is not translated to SPARQL (graph/shacl.py)")


def sparql_path(shapes: Graph, path: Node) -> str:
    """A SHACL property path in SPARQL syntax."""
    if isinstance(path, URIRef):
        return path.n3()
    if shapes.value(path, RDF.first) is not None:
        return "(" + "/".join(sparql_path(shapes, p) for p in Collection(shapes, path)) + ")"
    for predicate, form in ((SH.inversePath, "^{}"), (SH.zeroOrMorePath, "{}*"), (SH.oneOrMorePath, "{}+"),
                            (SH.zeroOrOnePath, "{}?")):
        inner = shapes.value(path, predicate)
        if inner is not None:
            return "(" + form.format(sparql_path(shapes, inner)) + ")"
    alternatives = shapes.value(path, SH.alternativePath)
    if alternatives is not None:
        return "(" + "|".join(sparql_path(shapes, p) for p in Collection(shapes, alternatives)) + ")"
    raise UnsupportedShape(f"unknown property path {path!r}")


def value_test(shapes: Graph, shape: Node, var: str) -> str:
    """A SPARQL expression true when the node ``var`` conforms to the per-value components of ``shape``."""
    tests = [VALUE_TESTS[p](shapes, shape, o, var) for p, o in sorted(shapes.predicate_objects(shape)) if p in VALUE_TESTS]
    return " && ".join(f"COALESCE({t}, false)" for t in tests if t) or "true"


def _sub_tests(shapes: Graph, members: list[Node], var: str) -> list[str]:
    """The tests of the shapes of sh:and, sh:or, sh:xone, sh:not, which may only test values."""
    tests = []
    for member in members:
        _components(shapes, member, allowed=set(VALUE_TESTS))
        tests.append(f"({value_test(shapes, member, var)})")
    return tests


def _pattern(shapes: Graph, shape: Node, pattern: Node, var: str) -> str:
    flags = shapes.value(shape, SH.flags)
    extra = f", {Literal(str(flags)).n3()}" if flags is not None else ""
    return f"(!isBlank({var}) && regex(str({var}), {Literal(str(pattern)).n3()}{extra}))"


def _compare(operator: str, shapes: Graph, shape: Node, bound: Node, var: str) -> str:
    return f"({var} {operator} {bound.n3()})"


def _logical(joiner: str, shapes: Graph, shape: Node, members: Node, var: str) -> str:
    return "(" + joiner.join(_sub_tests(shapes, list(Collection(shapes, members)), var)) + ")"


VALUE_TESTS: dict[Node, Callable[[Graph, Node, Node, str], str]] = {
    SH["class"]: lambda g, s, o, v: f"EXISTS {{ {v} <{RDF.type}> {o.n3()} }}",
    SH.datatype: lambda g, s, o, v: f"(isLiteral({v}) && datatype({v}) = {o.n3()})",
    SH.nodeKind: lambda g, s, o, v: NODE_KINDS[o].format(v),
    SH["in"]: lambda g, s, o, v: "(" + " || ".join(f"sameTerm({v}, {m.n3()})" for m in Collection(g, o)) + ")",
    SH.languageIn: lambda g, s, o, v: f"(lang({v}) != '' && (" + " || ".join(
        f"langMatches(lang({v}), {Literal(str(m)).n3()})" for m in Collection(g, o)) + "))",
    SH.pattern: _pattern,
    SH.minLength: lambda g, s, o, v: f"(!isBlank({v}) && strlen(str({v})) >= {int(str(o))})",
    SH.maxLength: lambda g, s, o, v: f"(!isBlank({v}) && strlen(str({v})) <= {int(str(o))})",
    **{c: functools.partial(_compare, op) for c, op in COMPARISONS.items()},
    **{c: functools.partial(_logical, joiner) for c, joiner in ROLE_LIST.items()},
    SH.xone: lambda g, s, o, v: "(" + " + ".join(f"IF({t}, 1, 0)" for t in _sub_tests(g, list(Collection(g, o)), v)) + ") = 1",
    SH["not"]: lambda g, s, o, v: "!" + _sub_tests(g, [o], v)[0],
}
