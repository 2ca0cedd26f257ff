"""A VoID description of the published dataset, computed from the store it describes.

Every figure (triples, entities, entities per class, classes, sources) is counted on the store
(the triples by its own count, the rest by one CONSTRUCT query), so the description cannot drift
from the data; the licence
and vocabulary come from the ontology's own header. ``void_triples`` returns the triples for
the web layer (or any caller) to serialise in a negotiated format.

The count reads every quad: 1.5 s at 10x the seed, growing with the store. A build is immutable,
so the build counts it once (``keep``: ``{build}/void.json``, keyed by the build's content hash
and this module's code) and a server reads it back. On a remote store it is read from the copy the
remote build shares into the data directory, while the store's manifest names that build
(graph.remote_counts.kept_file); a build without it (or a store holding another build now) is
counted at the request, as before.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict
from pathlib import Path

from graph.publish import atomic_write
from graph.store import KnowledgeGraph, bind
from graph.terms import BLANK, IRI, XSD_INTEGER, Term, Triple, bound, literal

VOID = "http://rdfs.org/ns/void#"
DATASET_PATH = ".well-known/void"
VOID_FILE = "void.json"  # in the build's directory
ENTITY_SPACE = "id/"
# Classes whose first member (by IRI) is named as an example resource.
EXAMPLE_CLASSES = ("cj:Consortium", "cj:University", "cj:CooperationProject", "cj:SourceDocument")

# The counts of typed nodes: every typed subject, per class and in all; then those outside the entity space,
# subtracted. Testing a subject's IRI decodes it from the store's dictionary (~3 us; at 1000x 2.6 M rdf:type
# quads): once per quad here (7.7 s of CPU), where one filtered COUNT per figure did it twice (20.4 s), and
# isIRI(?s) && STR(?s) twice more (10.7 s; COALESCE: a blank subject, whose STR is an error, is outside). Once per
# distinct subject after a DISTINCT took longer (12.5 s): bench/results/scale38a-2026-12-07.md.
TYPED_PER_CLASS = "SELECT ?class (COUNT(DISTINCT ?s) AS ?members) WHERE { ?s a ?class } GROUP BY ?class"
TYPED = "SELECT (COUNT(DISTINCT ?s) AS ?typed) WHERE { ?s a ?class }"
OUTSIDE_SPACE = "SELECT ?s ?class WHERE { ?s a ?class FILTER(COALESCE(!STRSTARTS(STR(?s), STR(?space)), true)) }"
DESCRIPTION = """
PREFIX void: <http://rdfs.org/ns/void#>
CONSTRUCT {
  ?dataset a void:Dataset ; void:uriSpace ?space ;
           void:vocabulary ?vocabulary ; dcterms:license ?license ; dcterms:title ?title ;
           void:triples ?triples ; void:entities ?entities ; void:classes ?classes ;
           void:classPartition ?partition ; void:exampleResource ?example ; dcterms:source ?source .
  ?partition a void:Dataset ; void:class ?class ; void:entities ?members .
}
WHERE {
  { BIND(?counted AS ?triples) }
  UNION { BIND(?entityCount AS ?entities) BIND(?classCount AS ?classes) }
  UNION { VALUES (?class ?members) { $partitions }
          BIND(IRI(CONCAT(STR(?dataset), "/class/", ENCODE_FOR_URI(STR(?class)))) AS ?partition) }
  UNION { ?source a cj:SourceDocument FILTER(STRSTARTS(STR(?source), STR(?space))) }
  UNION { SELECT (MIN(?member) AS ?example)
          WHERE { VALUES ?exampleClass { %s } ?member a ?exampleClass } GROUP BY ?exampleClass }
  UNION { ?vocabulary a owl:Ontology . OPTIONAL { ?vocabulary dcterms:license ?license }
          OPTIONAL { ?vocabulary dcterms:title ?title } }
}
""" % " ".join(EXAMPLE_CLASSES)  # noqa: UP031 -- the query's own braces make % plainer than format()


def dataset_iri(kg: KnowledgeGraph) -> str:
    return kg.base_iri + DATASET_PATH


def void_triples(kg: KnowledgeGraph, endpoint: str) -> list[Triple]:
    """The VoID triples of ``kg``, naming ``endpoint`` as its SPARQL endpoint (no duplicates):
    the build's kept description when it has one for this graph and code, else counted now."""
    counted = _kept(kg)
    if counted is None:
        counted = described(kg)
    return [(Term(dataset_iri(kg)), Term(f"{VOID}sparqlEndpoint"), Term(endpoint, IRI)), *counted]


def described(kg: KnowledgeGraph) -> list[Triple]:
    """The counted VoID triples of ``kg``, without the endpoint (which depends on the request). Its
    triples are the store's own count of its quads (all in named graphs: the default graph is their
    union), not a COUNT over every quad: at 300x the seed that query was 2.1 s of the description's
    ~8 s of CPU, the embedded store's count 0.7 s (bench/results/store24-2026-12-05.md). Its entities are
    the distinct IRIs in the entity space with an rdf:type, per class and in all (``_entities``). Sorted
    (``_triple_key``)."""
    space = kg.base_iri + ENTITY_SPACE
    entities, members = _entities(kg, space)
    partitions = " ".join(f"({klass.n3()} {_integer(count).n3()})" for klass, count in members.items()
                          if count and klass.kind != BLANK)  # a blank class has no partition IRI: counted only
    query = bind(DESCRIPTION, {"dataset": dataset_iri(kg), "space": space, "counted": _integer(kg.triple_count()),
                               "entityCount": _integer(entities),
                               "classCount": _integer(sum(1 for count in members.values() if count))})
    query = query.replace("$partitions", partitions)  # after bind: a VALUES row's text is not a binding's
    return sorted(set(kg.construct(query)), key=_triple_key)


def _entities(kg: KnowledgeGraph, space: str) -> tuple[int, dict[Term, int]]:
    """How many typed nodes are IRIs in ``space``, in all and per class (a class with none: 0): every typed
    node's counts less those of the typed nodes outside it."""
    typed = int(bound(kg.rows(TYPED)[0], "typed").value)
    members = {bound(row, "class"): int(bound(row, "members").value) for row in kg.rows(TYPED_PER_CLASS)}
    outside = {(bound(row, "s"), bound(row, "class")) for row in kg.rows(OUTSIDE_SPACE, space=Term(space))}
    for _, klass in outside:
        members[klass] -= 1
    return typed - len({node for node, _ in outside}), members


def _integer(value: int) -> Term:
    return literal(str(value), datatype=XSD_INTEGER)


def _triple_key(triple: Triple) -> tuple[tuple[str, str, str, str], ...]:
    """A triple's place in the description: its terms' fields in order (a CONSTRUCT's triples come in the order its
    evaluation met them, which two builds of the same quads do not share: the kept file would differ)."""
    return tuple((t.value, t.kind, t.lang or "", t.datatype or "") for t in triple)


def keep(kg: KnowledgeGraph) -> Path | None:
    """Count the description of the build ``kg`` once and keep it in the build's directory (the
    build calls this before publishing); None for a graph without a build directory."""
    path = _path(kg)
    if path is None:
        return None
    if _kept(kg) is None:
        state = {"key": _key(kg), "triples": [[asdict(term) for term in triple] for triple in described(kg)]}
        atomic_write(path, json.dumps(state, ensure_ascii=False))
    return path


def _path(kg: KnowledgeGraph) -> Path | None:
    return None if kg.path is None else Path(kg.path) / VOID_FILE


def _key(kg: KnowledgeGraph) -> dict[str, str]:
    return {"graph_hash": kg.content_hash, "code": hashlib.sha256(Path(__file__).read_bytes()).hexdigest()}


def _shared(kg: KnowledgeGraph) -> Path | None:
    """The description the remote build of ``kg`` shared, while its store holds that build."""
    from graph.remote_counts import kept_file  # it reads the store's manifest (graph.remote_build imports this module)

    return kept_file(kg, VOID_FILE)


def _kept(kg: KnowledgeGraph) -> list[Triple] | None:
    """The kept description of ``kg`` (its build's, or the one shared beside its remote store); None when
    there is none for this graph and code, or it is unreadable."""
    path = _path(kg) if kg.path is not None else _shared(kg)
    try:
        state = json.loads(path.read_text(encoding="utf-8")) if path is not None else None
        if state is None or state.get("key") != _key(kg):
            return None
        return [(Term(**s), Term(**p), Term(**o)) for s, p, o in state["triples"]]
    except (OSError, ValueError, TypeError, AttributeError, KeyError):  # missing or damaged: count again
        return None
