"""Entity descriptions for the linked-data pages and /api/entity (no Flask here).

``describe(kg, iri)`` reads one entity: labels, asserted types and properties, entailed
properties, neighbours (linked entities both ways) and the evidence (quote and character
span in the source document) behind the entity and behind each of its statements.
``concise_description(kg, iri)`` is its CBD: the entity's triples plus the CBD of every
reification (rdf:Statement) of them, i.e. the provenance of each statement.
``ontology_terms(kg)`` describes every cj: term of the ontology graph the same way.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict, dataclass, field

from graph import terms
from graph.curated import SLUG
from graph.namespaces import CJ, PREFIXES, site_path, span_path as _span_path
from graph.store import KnowledgeGraph
from graph.terms import Term, Triple, bound

ID_PATH = "id/"
ONTOLOGY_PATH = "/ontology"
RDF = PREFIXES["rdf"]
TYPE = f"{RDF}type"
NAME_PREDICATES = {f"{PREFIXES['rdfs']}label", f"{PREFIXES['skos']}prefLabel"}
DESCRIPTION = f"{PREFIXES['dcterms']}description"
EVIDENCE_PREDICATE = f"{CJ}evidence"
HIDDEN = {TYPE, DESCRIPTION, EVIDENCE_PREDICATE, *NAME_PREDICATES}
# Entailed from cj:evidence (a subproperty of prov:wasDerivedFrom): shown as citations, not as values.
DERIVATION_PREDICATES = {f"{PREFIXES['prov']}wasDerivedFrom"}
NEIGHBOUR_LIMIT = 500
# Human names of the external terms the pages show, for those the ontology graph gives no rdfs:label.
TERM_NAMES = {f"{PREFIXES[prefix]}{local}": {"zh": zh, "en": en} for prefix, local, zh, en in (
    ("skos", "altLabel", "别名", "aliases"), ("skos", "prefLabel", "名称", "preferred name"),
    ("rdfs", "label", "名称", "name"), ("rdf", "type", "类型", "type"), ("rdfs", "comment", "说明", "comment"),
    ("skos", "inScheme", "所属分类体系", "in scheme"), ("skos", "topConceptOf", "顶层概念于", "top concept of"),
    ("skos", "hasTopConcept", "顶层概念", "top concepts"), ("skos", "broader", "上位概念", "broader"),
    ("skos", "narrower", "下位概念", "narrower"), ("skos", "broaderTransitive", "上位概念(传递)", "broader (transitive)"),
    ("skos", "narrowerTransitive", "下位概念(传递)", "narrower (transitive)"),
    ("dcterms", "description", "描述", "description"), ("dcterms", "title", "标题", "title"),
    ("dcterms", "publisher", "发布者", "publisher"), ("dcterms", "creator", "作者", "authors"),
    ("dcterms", "issued", "发布日期", "issued"), ("dcterms", "source", "来源", "source"),
    ("dcterms", "subject", "主题", "subject"), ("dcterms", "language", "语言", "language"),
    ("dcterms", "rights", "许可", "licence"), ("dcterms", "temporal", "时间", "time"),
    ("schema", "url", "网址", "URL"), ("schema", "text", "正文", "text"), ("schema", "location", "位置", "location"),
    ("schema", "articleSection", "栏目", "section"), ("prov", "wasAssociatedWith", "相关方", "associated with"),
    ("prov", "wasDerivedFrom", "来源于", "derived from"), ("org", "memberOf", "成员于", "member of"),
    ("owl", "sameAs", "等同于", "same as"),
)}

OUTGOING = "SELECT ?g ?p ?o WHERE { GRAPH ?g { ?entity ?p ?o } }"
INCOMING = f"""SELECT DISTINCT ?s ?p WHERE {{ GRAPH ?data {{ ?s ?p ?entity }} FILTER(isIRI(?s)) }}
ORDER BY ?p ?s LIMIT {NEIGHBOUR_LIMIT}"""
# Evidence of the entity itself, of each statement about it and of each statement pointing at it.
# The span pattern sits inside each branch: joined after the UNION, Oxigraph read every span in
# the graph for each entity (~0.3 s an entity; ~0.01 s this way).
SPAN = "?ev cj:quote ?quote ; cj:start ?start ; cj:end ?end . OPTIONAL { ?ev cj:sourceDocument ?doc }"
EVIDENCE = f"""SELECT ?ev ?quote ?start ?end ?doc ?s ?p ?o WHERE {{
  {{ ?entity cj:evidence ?ev . {SPAN} }}
  UNION {{ ?st rdf:subject ?entity ; rdf:predicate ?p ; rdf:object ?o ; cj:evidence ?ev . {SPAN} BIND(?entity AS ?s) }}
  UNION {{ ?st rdf:object ?entity ; rdf:subject ?s ; rdf:predicate ?p ; cj:evidence ?ev . {SPAN} BIND(?entity AS ?o) }}
}} ORDER BY ?start ?end ?ev"""
# The statements each derived statement about the entity rests on, and the evidence under them.
# The OPTIONAL starts again from ?entity: Oxigraph evaluates its right side on its own, and with
# nothing bound the path closure ran over every statement in the graph (~0.3 s an entity).
DERIVED = """SELECT ?p ?o ?ss ?sp ?so ?ev ?quote ?start ?end ?doc WHERE {
  ?st a cj:DerivedStatement ; rdf:subject ?entity ; rdf:predicate ?p ; rdf:object ?o ; prov:wasDerivedFrom ?src .
  ?src rdf:subject ?ss ; rdf:predicate ?sp ; rdf:object ?so .
  OPTIONAL { ?st rdf:subject ?entity ; prov:wasDerivedFrom ?src . ?src prov:wasDerivedFrom*/cj:evidence ?ev .
             ?ev cj:quote ?quote ; cj:start ?start ; cj:end ?end ; cj:sourceDocument ?doc }
} ORDER BY ?start ?end"""
CBD = """CONSTRUCT { ?entity ?p ?o . ?st ?sp ?so } WHERE {
  { ?entity ?p ?o } UNION { ?st rdf:subject ?entity ; a rdf:Statement ; ?sp ?so }
}"""
ONTOLOGY_TRIPLES = """SELECT ?s ?p ?o WHERE { GRAPH ?ontology { ?s ?p ?o } FILTER(STRSTARTS(STR(?s), STR(cj:))) }"""


@dataclass(frozen=True)
class Node:
    """An RDF term ready to show: an IRI with labels and a local page path, or a literal."""

    value: str
    kind: str
    label: str | None = None
    label_en: str | None = None
    lang: str | None = None
    datatype: str | None = None
    path: str | None = None

    @property
    def text(self) -> str:
        return self.label or self.label_en or self.value

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass(frozen=True)
class Value:
    """A property value, the 0-based positions (in Entity.evidence) of the evidence stating it and,
    for a derived value, the statements (subject, predicate, object) it was derived from."""

    node: Node
    evidence: tuple[int, ...] = ()
    derived_from: tuple[tuple[Node, Node, Node], ...] = ()

    def to_dict(self) -> dict:
        return {**self.node.to_dict(), "evidence": list(self.evidence),
                **({"derived_from": [{"subject": s.to_dict(), "predicate": p.to_dict(), "object": o.to_dict()}
                                     for s, p, o in self.derived_from]} if self.derived_from else {})}


@dataclass(frozen=True)
class Property:
    predicate: Node
    values: tuple[Value, ...]


@dataclass(frozen=True)
class Link:
    """A neighbour: ``direction`` is 'out' (entity → node) or 'in' (node → entity)."""

    predicate: Node
    node: Node
    direction: str
    evidence: tuple[int, ...] = ()


@dataclass(frozen=True)
class Evidence:
    """A quoted span [start, end) of a source document, the path of its own page and ``url``, the
    link to the span on the document's page (graph.namespaces.span_path)."""

    id: str
    quote: str
    start: int
    end: int
    document: Node | None
    path: str | None
    url: str | None = None


@dataclass(frozen=True)
class Entity:
    """Everything the page and the API show about one entity."""

    node: Node
    labels: dict[str, str]
    descriptions: dict[str, str]
    types: tuple[Node, ...]
    properties: tuple[Property, ...]
    inferred: tuple[Property, ...]
    neighbours: tuple[Link, ...]
    evidence: tuple[Evidence, ...] = field(default=())

    def to_dict(self) -> dict:
        """The JSON shape of /api/entity (see web/openapi.py, schema Entity)."""
        def props(items):
            return [{"predicate": p.predicate.to_dict(), "values": [v.to_dict() for v in p.values]} for p in items]

        return {
            "id": self.node.value, "path": self.node.path, "labels": self.labels,
            "descriptions": self.descriptions, "types": [t.to_dict() for t in self.types],
            "properties": props(self.properties), "inferred": props(self.inferred),
            "neighbours": [{"predicate": n.predicate.to_dict(), "direction": n.direction, **n.node.to_dict(),
                            "evidence": list(n.evidence)} for n in self.neighbours],
            "evidence": [{**asdict(e), "document": e.document.to_dict() if e.document else None} for e in self.evidence],
        }


def entity_iri(kg: KnowledgeGraph, path: str) -> str | None:
    """The IRI of ``kind/slug`` under the graph's base, or None if the path is not of that form."""
    kind, _, slug = path.partition("/")
    return f"{kg.base_iri}{ID_PATH}{path}" if SLUG.match(kind) and SLUG.match(slug) else None


def local_path(kg: KnowledgeGraph, iri: str) -> str | None:
    """The path of the page that serves ``iri`` here, if any."""
    if iri.startswith(kg.base_iri + ID_PATH):
        return site_path(kg.base_iri, iri)
    if iri.startswith(str(CJ)):
        return f"{ONTOLOGY_PATH}#{iri[len(str(CJ)):]}"
    return None


def span_path(kg: KnowledgeGraph, document_iri: str, start: int, end: int) -> str:
    """The link to the span [start, end) of a source document (see graph.namespaces.span_path)."""
    return _span_path(kg.base_iri, document_iri, start, end)


def curie(iri: str) -> str:
    """``prefix:local`` for an IRI in a known namespace, else the IRI."""
    return next((f"{p}:{iri[len(ns):]}" for p, ns in PREFIXES.items() if iri.startswith(ns) and iri != ns), iri)


class Labeller:
    """Labels (rdfs:label, by language) of IRIs, fetched in one query per batch."""

    def __init__(self, kg: KnowledgeGraph):
        self.kg = kg
        self.labels: dict[str, dict[str, str]] = defaultdict(dict)

    def fetch(self, iris) -> Labeller:
        wanted = sorted({i for i in iris if i not in self.labels})
        for start in range(0, len(wanted), 200):
            values = " ".join(terms.iri(i).n3() for i in wanted[start:start + 200])
            for row in self.kg.rows(f"SELECT ?x ?l WHERE {{ VALUES ?x {{ {values} }} ?x rdfs:label ?l }}"):
                label = bound(row, "l")
                self.labels[bound(row, "x").value].setdefault(label.lang or "", label.value)
        for iri in wanted:
            if not self.labels.get(iri) and iri in TERM_NAMES:
                self.labels[iri].update(TERM_NAMES[iri])
        return self

    def node(self, term: Term) -> Node:
        if term.is_literal:
            return Node(term.value, "literal", lang=term.lang, datatype=term.datatype)
        if not term.is_iri:
            return Node(term.value, "bnode")
        names = self.labels.get(term.value, {})
        label = names.get("zh") or names.get("en") or next(iter(names.values()), None)
        return Node(term.value, "iri", label or curie(term.value), names.get("en"), path=local_path(self.kg, term.value))


def _group(pairs, labeller: Labeller, evidence: dict, derived: dict | None = None) -> tuple[Property, ...]:
    """Properties from (predicate, object) pairs, ordered by predicate label then value; ``evidence``
    and ``derived`` map (predicate, object) values to the value's citations and derivations."""
    grouped: dict[str, dict[str, Value]] = defaultdict(dict)
    predicates = {}
    for p, o in pairs:
        predicates[p.value] = labeller.node(p)
        node = labeller.node(o)
        key = (p.value, o.value)
        grouped[p.value][node.value] = Value(node, tuple(evidence.get(key, ())), tuple((derived or {}).get(key, ())))
    return tuple(Property(predicates[p], tuple(sorted(vals.values(), key=lambda v: v.node.text)))
                 for p, vals in sorted(grouped.items(), key=lambda item: predicates[item[0]].text))


class Citations:
    """The evidence items shown on one page, each listed once, and which statements cite which."""

    def __init__(self, kg: KnowledgeGraph, labeller: Labeller):
        self.kg, self.labeller = kg, labeller
        self.items: list[Evidence] = []
        self.index: dict[str, int] = {}
        self.backing: dict[tuple, set[int]] = defaultdict(set)

    def add(self, row, key: tuple | None) -> None:
        """Record the evidence of a result row (ev, quote, start, end, doc) as backing ``key``."""
        ev = row["ev"].value
        if ev not in self.index:
            self.index[ev] = len(self.items)
            doc = self.labeller.node(row["doc"]) if row["doc"] is not None else None
            start, end = int(row["start"].value), int(row["end"].value)
            self.items.append(Evidence(ev, row["quote"].value, start, end, doc, local_path(self.kg, ev),
                                       span_path(self.kg, row["doc"].value, start, end) if doc else None))
        if key is not None:
            self.backing[key].add(self.index[ev])

    def of(self, key: tuple) -> list[int]:
        return sorted(self.backing.get(key, ()))


def _citations(kg: KnowledgeGraph, iri: str, labeller: Labeller) -> tuple[Citations, dict]:
    """The citations of the entity's statements, both ways, and the derivations of its derived ones:
    (predicate, object) → ((subject, predicate, object) Nodes of each statement it rests on)."""
    rows = kg.rows(EVIDENCE, entity=iri)
    derived_rows = kg.rows(DERIVED, entity=iri)
    labeller.fetch([*(row["doc"].value for row in rows + derived_rows if row["doc"] is not None),
                    *(bound(row, k).value for row in derived_rows for k in ("ss", "sp", "so")
                      if _is_iri(row[k]))])
    citations = Citations(kg, labeller)
    for row in rows:
        citations.add(row, (bound(row, "s").value, bound(row, "p").value, bound(row, "o").value) if row["p"] is not None else None)
    derived: dict[tuple, dict] = defaultdict(dict)
    for row in derived_rows:
        key = (bound(row, "p").value, bound(row, "o").value)
        source = tuple(labeller.node(bound(row, k)) for k in ("ss", "sp", "so"))
        derived[key][tuple(n.value for n in source)] = source
        if row["ev"] is not None:
            citations.add(row, ("derived", iri, *key))
    return citations, {key: tuple(found.values()) for key, found in derived.items()}


def _is_iri(term: Term | None) -> bool:
    return term is not None and term.is_iri


def describe(kg: KnowledgeGraph, iri: str) -> Entity | None:
    """The description of ``iri``, or None when the graph holds no triple about it.

    Each value cites the evidence of its own statement (a derived value: the evidence under the
    statements it was derived from), and each incoming link the evidence of its statement.
    """
    inferred_graph = terms.iri(kg.graph_iri("inferred"))
    out = [(bound(row, "g"), bound(row, "p"), bound(row, "o")) for row in kg.rows(OUTGOING, entity=iri)]
    incoming = [(bound(row, "s"), bound(row, "p")) for row in kg.rows(INCOMING, entity=iri, data=kg.graph_iri("data"))]
    if not out and not incoming:
        return None
    labeller = Labeller(kg).fetch([iri, *(t.value for _, p, o in out for t in (p, o) if t.is_iri),
                                   *(t.value for pair in incoming for t in pair)])
    citations, derived = _citations(kg, iri, labeller)
    asserted = [(p, o) for g, p, o in out if g != inferred_graph]
    shown = [(p, o) for p, o in asserted if p.value not in HIDDEN]
    asserted_keys = {(p.value, o.value) for p, o in asserted}
    inferred = [(p, o) for g, p, o in out if g == inferred_graph and (p.value, o.value) not in asserted_keys
                and p.value not in DERIVATION_PREDICATES]
    neighbours = [Link(labeller.node(p), labeller.node(o), "out", tuple(citations.of((iri, p.value, o.value))))
                  for p, o in shown if o.is_iri]
    neighbours += [Link(labeller.node(p), labeller.node(s), "in", tuple(citations.of((s.value, p.value, iri))))
                   for s, p in incoming]
    literals: dict[str, dict[str, str]] = defaultdict(dict)
    for p, o in asserted:
        if o.is_literal and p.value in NAME_PREDICATES | {DESCRIPTION}:
            literals[DESCRIPTION if p.value == DESCRIPTION else "label"].setdefault(o.lang or "", o.value)
    # an asserted value no span states shows the evidence under the statements it rests on
    own = {(p.value, o.value): citations.of((iri, p.value, o.value)) or citations.of(("derived", iri, p.value, o.value))
           for p, o in asserted}
    inferred_evidence = {(p.value, o.value): citations.of(("derived", iri, p.value, o.value)) for p, o in inferred}
    return Entity(
        node=labeller.node(terms.iri(iri)), labels=literals["label"], descriptions=literals[DESCRIPTION],
        types=tuple(sorted({labeller.node(o) for p, o in asserted if p.value == TYPE}, key=lambda n: n.text)),
        properties=_group(shown, labeller, own, derived), inferred=_group(inferred, labeller, inferred_evidence, derived),
        neighbours=tuple(neighbours), evidence=tuple(citations.items),
    )


def concise_description(kg: KnowledgeGraph, iri: str) -> list[Triple]:
    """The CBD of ``iri``: its triples and the reifications of them (with their evidence links)."""
    return kg.construct(CBD, entity=iri)


@dataclass(frozen=True)
class OntologyTerm:
    node: Node
    kinds: tuple[Node, ...]
    properties: tuple[Property, ...]


def ontology_terms(kg: KnowledgeGraph) -> list[OntologyTerm]:
    """Every cj: term of the ontology graph with its labelled annotations, ordered by kind and name."""
    rows = [(bound(r, "s"), bound(r, "p"), bound(r, "o")) for r in kg.rows(ONTOLOGY_TRIPLES, ontology=kg.graph_iri("ontology"))]
    labeller = Labeller(kg).fetch(t.value for row in rows for t in row if t.is_iri)
    by_term: dict[str, list[tuple[Term, Term]]] = defaultdict(list)
    for s, p, o in rows:
        by_term[s.value].append((p, o))
    found = [OntologyTerm(labeller.node(terms.iri(iri)),
                          tuple(labeller.node(o) for p, o in pairs if p.value == TYPE),
                          _group([(p, o) for p, o in pairs if p.value != TYPE], labeller, {}))
             for iri, pairs in by_term.items()]
    return sorted(found, key=lambda t: (tuple(k.value for k in t.kinds), t.node.value))
