"""A VoID description of the published dataset, computed from the store it describes.

Every figure (triples, entities, entities per class, classes, sources) is counted by one
CONSTRUCT query over the store, so the description cannot drift from the data; the licence
and vocabulary come from the ontology's own header. ``void_triples`` returns the triples for
the web layer (or any caller) to serialise in a negotiated format.
"""

from __future__ import annotations

from graph.store import KnowledgeGraph, bind
from graph.terms import Triple

VOID = "http://rdfs.org/ns/void#"
DATASET_PATH = ".well-known/void"
ENTITY_SPACE = "id/"
# Classes whose first member (by IRI) is named as an example resource.
EXAMPLE_CLASSES = ("cj:Consortium", "cj:University", "cj:CooperationProject", "cj:SourceDocument")

DESCRIPTION = """
PREFIX void: <http://rdfs.org/ns/void#>
CONSTRUCT {
  ?dataset a void:Dataset ; void:sparqlEndpoint ?endpoint ; void:uriSpace ?space ;
           void:vocabulary ?vocabulary ; dcterms:license ?license ; dcterms:title ?title ;
           void:triples ?triples ; void:entities ?entities ; void:classes ?classes ;
           void:classPartition ?partition ; void:exampleResource ?example ; dcterms:source ?source .
  ?partition a void:Dataset ; void:class ?class ; void:entities ?members .
}
WHERE {
  { SELECT (COUNT(*) AS ?triples) WHERE { GRAPH ?g { ?s ?p ?o } } }
  UNION { SELECT (COUNT(DISTINCT ?s) AS ?entities) (COUNT(DISTINCT ?c) AS ?classes)
          WHERE { ?s a ?c FILTER(STRSTARTS(STR(?s), STR(?space))) } }
  UNION { { SELECT ?class (COUNT(DISTINCT ?s) AS ?members)
            WHERE { ?s a ?class FILTER(STRSTARTS(STR(?s), STR(?space))) } GROUP BY ?class }
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
    """The VoID triples of ``kg``, naming ``endpoint`` as its SPARQL endpoint (no duplicates)."""
    query = bind(DESCRIPTION, {"dataset": dataset_iri(kg), "endpoint": endpoint,
                               "space": kg.base_iri + ENTITY_SPACE})
    return list(dict.fromkeys(kg.construct(query)))
