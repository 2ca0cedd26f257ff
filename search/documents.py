"""Search documents composed from the graph with SPARQL: one per indexed entity.

A document is the entity's names plus ``(field, value)`` pairs gathered along the paths of
RELATIONS; nothing here is hand-written per entity. Quantities, places, evidence and other
helper nodes are not documents: only instances of INDEXED_ROOTS are.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property

from graph.namespaces import PREFIXES
from graph.store import KnowledgeGraph
from graph.terms import LITERAL, Term, to_python

CJ = PREFIXES["cj"]  # the ontology namespace, as the plain string the search code joins names to

INDEXED_ROOTS = ("Organization", "Cooperation", "Industry", "Person", "TrainingProgramme", "Consortium", "Event")

# field name → SPARQL property path from the entity to a literal or to a node whose labels count.
RELATIONS = {
    "industry": "cj:industry/skos:broader*",
    "broader": "skos:broader/skos:broader*",  # = skos:broader+, whose free start Virtuoso refuses
    "narrower": "skos:narrower",
    "participant": "cj:participant",
    "project": "cj:participatesIn",
    "partner": "cj:participatesIn/cj:participant",
    "mode": "cj:cooperationMode",
    "provider": "cj:provider",
    "programme": "^cj:provider",
    "position": "cj:holds",
    "organization": "cj:holds/cj:postIn",
    "person": "^cj:postIn/^cj:holds",
    "event": "cj:signedAt|cj:subEventOf",
    "signed": "^cj:signedAt|^cj:subEventOf",
    "venue": "cj:venue|cj:organizer",
    "parent": "cj:subOrganizationOf",
    "unit": "^cj:subOrganizationOf",
    "quote": "^cj:spokenBy/cj:text",
    "audience": "cj:audience",
    "method": "cj:method",
}

# The indexed entities with every class they are typed with: ``?root`` is bound (_entity_types)
# to each class under INDEXED_ROOTS, so the store reads only those classes' instances; their
# superclasses are closed in Python over SUBCLASS_EDGES, as the path a/rdfs:subClassOf* would.
# Each entity once (the subquery), then its classes: joined to every root it is an instance of (its
# class and each entailed superclass), each of its classes was read once per root and the repeats
# dropped by a DISTINCT over the whole result; a repeat left (a type stated in two graphs) is one
# more add to a set (_pairs). 0.43 -> 0.31 s CPU at 100x the seed (bench/results/scale40b-2026-12-07.md).
ENTITY_TYPES = """
SELECT ?e ?cls WHERE {
  { SELECT DISTINCT ?e WHERE { VALUES ?root { %s } ?e a ?root . FILTER(isIRI(?e)) } }
  ?e a ?cls .
}"""

SUBCLASS_EDGES = "SELECT ?sub ?sup WHERE { ?sub rdfs:subClassOf ?sup }"

# A path's start is bound by one step first: Virtuoso refuses a transitive path with both ends free.
SUBCLASSES = """
SELECT DISTINCT ?sub ?sup WHERE {
  ?sub rdfs:subClassOf ?up . ?sub rdfs:subClassOf+ ?sup .
  FILTER(?sub != ?sup && STRSTARTS(STR(?sub), STR(cj:)) && STRSTARTS(STR(?sup), STR(cj:)))
}"""

CLASSES = """
SELECT ?cls WHERE { ?cls a owl:Class . FILTER(STRSTARTS(STR(?cls), STR(cj:))) }"""

# Every literal value of one of the name predicates (``_NAME_SLOT``, its IRI written in for ``{predicate}``): a query
# each, the literal's language read off the literal. One query over the four (VALUES ?p, LANG(?v)) read and converted
# two more terms a row, the predicate an IRI looked up in the store's strings: 0.67 -> 0.47 s CPU at 100x the seed
# (bench/results/scale40b-2026-12-07.md).
NAMES = "SELECT ?s ?v WHERE {{ ?s {predicate} ?v . FILTER(isLiteral(?v)) }}"

# The (entity, object) pairs of one path step; labels are joined in Python (see _related).
PAIRS = "SELECT DISTINCT ?e ?o WHERE { ?e %s ?o }"
# What makes a path more than a plain sequence of steps that can be fetched apart and composed:
# alternatives and groups (``|`` binds looser than ``/``), full IRIs (which hold ``/``), and
# zero-length steps (``*``, ``?``), which unbound at both ends would match every node of the store.
_NOT_COMPOSABLE = re.compile(r"[|()*?<]")

# The graph's places (cj:Place and its subclasses) with their names: the places an entity's name
# may start with (search.shortforms), and the places questions name (search.qa_facts).
PLACE_NAMES = """
SELECT DISTINCT ?place ?l WHERE {
  ?place a/rdfs:subClassOf* cj:Place ; rdfs:label|skos:altLabel ?l .
  FILTER(isLiteral(?l))
}"""

INDUSTRY_SCOPE = """
SELECT DISTINCT ?i ?n WHERE {
  ?i a/rdfs:subClassOf* cj:Industry .
  ?i (skos:narrowerTransitive|skos:narrower)* ?n .
}"""

ENTITY_INDUSTRIES = "SELECT DISTINCT ?e ?i WHERE { ?e cj:industry ?i }"


@dataclass(frozen=True)
class Names:
    """The zh and en labels, aliases and descriptions of one node."""

    zh: str = ""
    en: str = ""
    aliases: tuple[str, ...] = ()
    descriptions: tuple[str, ...] = ()

    @property
    def values(self) -> tuple[str, ...]:
        """The labels (zh, en) and the aliases, those not empty, in that order: every name the node is called by."""
        return tuple(v for v in (self.zh, self.en, *self.aliases) if v)


@dataclass(frozen=True)
class EntityDoc:
    """One search document. ``fields`` are (field name, value) pairs, names first."""

    iri: str
    names: Names
    type_iri: str
    types: frozenset[str]
    industries: frozenset[str]
    fields: tuple[tuple[str, str], ...]

    @property
    def label(self) -> str:
        return self.names.zh or self.names.en or self.iri.rsplit("/", 1)[-1]

    @property
    def name_values(self) -> tuple[str, ...]:
        """Labels and aliases, the strings an exact match is judged against."""
        return self.names.values


@dataclass(frozen=True)
class Catalogue:
    """Every document plus what filters need: class names and hierarchy, industry scopes."""

    docs: tuple[EntityDoc, ...]
    classes: dict[str, Names]
    ancestors: dict[str, frozenset[str]]
    industry_scope: dict[str, frozenset[str]]
    industry_names: dict[str, Names]
    places: tuple[str, ...] = ()  # the names of the graph's places

    @cached_property
    def by_iri(self) -> dict[str, EntityDoc]:
        """Each document by its IRI: the one such map, read by the facts' tables (search.qa_fact_tables, restored by
        search.qa_prepared) and the word senses (search.qa_word_senses). Made when first read, so never in the
        catalogue's snapshot (search.snapshot.catalogue saves it as loaded)."""
        return {d.iri: d for d in self.docs}

    def type_label(self, doc: EntityDoc, lang: str = "zh") -> str:
        names = self.classes.get(doc.type_iri, Names())
        return (names.zh or names.en) if lang == "zh" else (names.en or names.zh)


def load_catalogue(kg: KnowledgeGraph) -> Catalogue:
    """Compose every document of ``kg``; deterministic order (by IRI), and the same for the same quads
    whatever order the store gives its rows in (``_to_names``)."""
    names, labels = _names(kg)
    related = _related(kg, labels)
    del labels  # joined by _related only: held on, the label terms would add to the documents' peak below
    types = _entity_types(kg)
    ancestors = _closure(_pairs(kg, SUBCLASSES, "sub", "sup"))
    industries = _pairs(kg, ENTITY_INDUSTRIES, "e", "i")
    # Every class of the ontology is named, also those without indexed instances (cj:Position),
    # so that questions can ask for them.
    known = set().union(*types.values(), ancestors, *ancestors.values(), (r["cls"] for r in kg.stream(CLASSES)))
    classes = {c: names.get(c, Names()) for c in sorted(known)}  # by IRI: a set's order is the hash seed's
    # each entity's related pairs dropped once its document holds them: both whole at once were the peak
    docs = tuple(
        _document(iri, names.get(iri, Names()), frozenset(types[iri]), ancestors, classes,
                  frozenset(industries.get(iri, ())), related.pop(iri, []))
        for iri in sorted(types)
    )
    scope = {i: frozenset(ns) for i, ns in _pairs(kg, INDUSTRY_SCOPE, "i", "n").items()}
    places = tuple(sorted({str(r["l"]) for r in kg.stream(PLACE_NAMES)}))
    return Catalogue(docs, classes, ancestors, scope, {i: names.get(i, Names()) for i in scope}, places)


def most_specific(types: frozenset[str], ancestors: dict[str, frozenset[str]]) -> str:
    """The class of ``types`` that no other of them specialises (deepest, then by IRI)."""
    leaves = [c for c in types if not any(c in ancestors.get(d, ()) for d in types if d != c)]
    return min(leaves, key=lambda c: (-len(ancestors.get(c, ())), c))


def _document(iri, names, types, ancestors, classes, industries, related) -> EntityDoc:
    type_iri = most_specific(types, ancestors)
    type_names = classes.get(type_iri, Names())
    fields = [("label", names.zh), ("label_en", names.en)]
    fields += [("alias", a) for a in names.aliases]
    fields += [("type", t) for t in (type_names.zh, type_names.en)]
    fields += [("description", d) for d in names.descriptions]
    fields += related
    own = industries | ({iri} if _is_industry(types) else frozenset())
    return EntityDoc(iri, names, type_iri, types, own, tuple((f, v) for f, v in fields if v))


def _is_industry(types: frozenset[str]) -> bool:
    return f"{CJ}Industry" in types


_RDFS_LABEL = Term(f"{PREFIXES['rdfs']}label")


def _names(kg: KnowledgeGraph) -> tuple[dict[str, Names], dict[Term, set[Term]]]:
    """(labels by language, aliases and descriptions of every subject; the rdfs:label literals of
    every node, for _related) from the rows of NAMES, in one pass: the rows are not held (read whole
    and twice, they were ~280 MB of the catalogue's 1.2 GB peak at 1000x: bench/results/early28-2026-12-06.md)."""
    rows: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    labels: dict[Term, set[Term]] = defaultdict(set)
    for predicate, slot in _NAME_SLOT.items():
        for terms in kg.stream_rows(NAMES.format(predicate=f"<{predicate}>")):
            subject, value = terms["s"], terms["v"]
            if predicate == _RDFS_LABEL.value:
                labels[subject].add(value)  # type: ignore[index,arg-type]  # NAMES binds both
            key = slot(value.lang or "")  # type: ignore[union-attr]  # LANG(?v): "" for a literal without one
            named, text = to_python(subject), to_python(value)
            if text not in rows[named][key]:
                rows[named][key].append(text)
    return {s: _to_names(slots) for s, slots in rows.items()}, labels


_NAME_SLOT = {
    f"{PREFIXES['rdfs']}label": lambda lang: "en" if lang.startswith("en") else "zh",
    f"{PREFIXES['skos']}prefLabel": lambda lang: "en" if lang.startswith("en") else "zh",
    f"{PREFIXES['skos']}altLabel": lambda lang: "alias",
    f"{PREFIXES['dcterms']}description": lambda lang: "en_desc" if lang.startswith("en") else "zh_desc",
}


def _to_names(slots: dict[str, list[str]]) -> Names:
    """A node's names from its slots, none depending on the order its rows came in: the label of a
    language is its shortest (the first of them in text order), the other labels and the aliases
    follow in text order, zh then en then aliases, and so do the descriptions, zh then en. An order
    of the rows would make the catalogue a store's own: a store in memory gives them in another
    than the build's on-disk one (bench/results/early27-2026-12-06.md: a third of the documents)."""
    zh = min(slots["zh"], key=_shortest, default="")
    en = min(slots["en"], key=_shortest, default="")
    labels = {zh, en}
    extra = [v for slot in ("zh", "en", "alias") for v in sorted(slots[slot]) if v not in labels]
    return Names(zh, en, tuple(dict.fromkeys(extra)), (*sorted(slots["zh_desc"]), *sorted(slots["en_desc"])))


def _shortest(label: str) -> tuple[int, str]:
    return len(label), label


def _pairs(kg: KnowledgeGraph, sparql: str, key: str, value: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = defaultdict(set)
    for row in kg.stream(sparql):
        out[row[key]].add(row[value])
    return out


def _entity_types(kg: KnowledgeGraph) -> dict[str, set[str]]:
    """The cj: classes of every IRI typed (through rdfs:subClassOf*) with one of INDEXED_ROOTS.

    Classes are the store's IRIs: a blank-node class under a root is not seen (none is made).
    """
    up = _closure(_pairs(kg, SUBCLASS_EDGES, "sub", "sup"))
    roots = {f"{CJ}{name}" for name in INDEXED_ROOTS}
    under = sorted(roots | {c for c, sups in up.items() if sups & roots and not c.startswith("_:")})
    out: dict[str, set[str]] = {}
    for e, classes in _pairs(kg, ENTITY_TYPES % " ".join(f"<{c}>" for c in under), "e", "cls").items():
        out[e] = {x for c in classes for x in (c, *up.get(c, ())) if x.startswith(CJ)}
    return out


def _closure(direct: dict[str, set[str]]) -> dict[str, frozenset[str]]:
    """The transitive superclasses of every class (``direct`` may already be transitive)."""
    def up(c, seen):
        for s in direct.get(c, ()):
            if s not in seen:
                seen.add(s)
                up(s, seen)
        return seen

    return {c: frozenset(up(c, set()) - {c}) for c in direct}


def _related(kg: KnowledgeGraph, labels: dict[Term, set[Term]]) -> dict[str, list[tuple[str, str]]]:
    """(field, value) pairs along every RELATIONS path, zh values before en ones.

    A value is the object itself when it is a literal, else each of its rdfs:label literals;
    an object equal to its entity is left out. Labels are joined here, not in SPARQL, and a path
    of plain steps is composed from its steps' pairs (shared between fields): a label lookup
    per join row of the store made the catalogue grow faster than the graph (issue #18).
    Joining terms of separate queries assumes a blank node keeps its label between them, as in
    Oxigraph (embedded or server); the built graphs have no blank nodes.
    """
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    steps: dict[str, dict[Term, set[Term]]] = {}
    for field, path in RELATIONS.items():
        for e, objects in _path_pairs(kg, path, steps).items():
            # Distinct value terms, as SELECT DISTINCT would keep them, then zh before en.
            values = {v for o in objects if o != e for v in ((o,) if o.kind == LITERAL else labels.get(o, ()))}
            keyed = sorted(((v.lang or "").startswith("en"), to_python(v)) for v in values)
            out[to_python(e)] += [(field, value) for _, value in keyed]
    return out


def _path_pairs(kg: KnowledgeGraph, path: str, steps: dict[str, dict[Term, set[Term]]]) -> dict[Term, set[Term]]:
    """Every object ``path`` reaches from each subject; the steps' pairs are kept in ``steps``."""
    parts = path.split("/") if not _NOT_COMPOSABLE.search(path) else [path]
    pairs = _step(kg, parts[0], steps)
    for part in parts[1:]:
        after = _step(kg, part, steps)
        joined = {e: {o for x in xs for o in after.get(x, ())} for e, xs in pairs.items()}
        pairs = {e: os for e, os in joined.items() if os}
    return pairs


def _step(kg: KnowledgeGraph, step: str, steps: dict[str, dict[Term, set[Term]]]) -> dict[Term, set[Term]]:
    """The objects of one path step by subject, fetched once and kept in ``steps``."""
    if step not in steps:
        pairs: dict[Term, set[Term]] = defaultdict(set)
        for row in kg.stream_rows(PAIRS % step):
            pairs[row["e"]].add(row["o"])  # type: ignore[index,arg-type]  # PAIRS binds both
        steps[step] = pairs
    return steps[step]
