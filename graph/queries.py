"""Named SPARQL queries used by the library (prefixes come from graph.namespaces.PREFIXES)."""

# Organisation–cooperation participation, with labels and the most specific type.
PARTICIPATION = """
SELECT ?org ?orgLabel ?orgType ?coop ?coopLabel ?coopType WHERE {
  ?coop cj:participant ?org .
  ?org rdfs:label ?orgLabel . FILTER(lang(?orgLabel) = "zh")
  ?coop rdfs:label ?coopLabel . FILTER(lang(?coopLabel) = "zh")
  GRAPH <{data}> { ?org a ?orgType . ?coop a ?coopType . }
}
"""

# Instances per class, counting entailed types (a university is also an organisation).
CLASS_COUNTS = """
SELECT ?class ?label (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s a ?class .
  FILTER(STRSTARTS(STR(?class), STR(cj:)))
  OPTIONAL { ?class rdfs:label ?label . FILTER(lang(?label) = "zh") }
} GROUP BY ?class ?label ORDER BY DESC(?n) ?class
"""

# Everything in every graph, as triples (the union default graph).
ALL_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"

# Triples of one named graph.
GRAPH_TRIPLES = "CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <{graph}> { ?s ?p ?o } }"
