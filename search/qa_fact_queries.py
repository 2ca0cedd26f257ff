"""The SPARQL queries the facts (search/qa_facts.py FactFinder) are read by: labels, evidence spans,
figures, dates, documents, positions, quotations and places.

Contract: module-level query strings only, each run by FactFinder (most once, over the whole graph,
when the facts are loaded; EVIDENCE, DATE_OF, PARTIES_OF and CLASSES_OF bound to IRIs at an answer).
The start-up snapshot (search/qa_prepared.py) is keyed by this module's code too.
"""

LABELS = "SELECT ?s ?l (LANG(?l) AS ?lang) WHERE { ?s rdfs:label ?l }"

EVIDENCE = """
SELECT ?doc ?start ?end ?quote WHERE {
  ?st rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ; cj:evidence ?ev .
  ?ev cj:sourceDocument ?doc ; cj:start ?start ; cj:end ?end ; cj:quote ?quote .
} ORDER BY ?start"""

# Every span's document, offsets and quote. In a query over every statement citing a span it is a subquery
# (as CITED_IN's documents): Oxigraph joins a subquery by a hash table of its rows, made once, where it
# looked up the span's values again for each statement citing it (bench/results/parts25-2026-12-05.md).
SPANS = "SELECT ?ev ?doc ?start ?end ?quote WHERE { ?ev cj:sourceDocument ?doc ; cj:start ?start ; cj:end ?end ; cj:quote ?quote }"
# SPANS's rows read alone (the evidence reader's sentences: search.qa_sentences; the participations' spans), each of its
# values a subquery joined by a hash table of its rows, where SPANS looks the three others up for each span: 0.37 -> 0.17 s
# CPU at 100x the seed (bench/results/tables31-2026-12-06.md). The same rows in another order.
SPANS_HASHED = """SELECT ?ev ?doc ?start ?end ?quote WHERE {
  { SELECT ?ev ?doc WHERE { ?ev cj:sourceDocument ?doc } } { SELECT ?ev ?start WHERE { ?ev cj:start ?start } }
  { SELECT ?ev ?end WHERE { ?ev cj:end ?end } } { SELECT ?ev ?quote WHERE { ?ev cj:quote ?quote } }
}"""

# A reified statement's evidence, subject, predicate and object, each a subquery: a query over many statements joins
# them by hash tables of their rows, made once, where patterns looked each value up again for each statement.
STATEMENT_PARTS = {name: f"{{ SELECT ?st ?{name} WHERE {{ ?st {link} ?{name} }} }}"
                   for name, link in (("ev", "cj:evidence"), ("s", "rdf:subject"), ("p", "rdf:predicate"), ("o", "rdf:object"))}

# Every participation's stated spans, in no order (search.qa_fact_tables orders each one's by their start): a list
# answer cites one per party, and a query per party was 148 queries for one list question at 10x the seed. Its
# statements' values and spans hash-joined, unsorted, where patterns looked them up per statement and the store sorted
# every row: 1.30 -> 0.73 s CPU at 100x the seed, 15.3 -> 7.5 s at 1000x (bench/results/scale39b-2026-12-07.md).
PARTICIPATION_EVIDENCE = f"""
SELECT ?s ?o ?doc ?start ?end ?quote WHERE {{
  ?st rdf:predicate cj:participant . {STATEMENT_PARTS["s"]} {STATEMENT_PARTS["o"]} {STATEMENT_PARTS["ev"]}
  {{ {SPANS_HASHED} }}
}}"""

# Every figure's stated spans (the statement linking its owner to it), by their start: a figure answer
# cites them, and a query per answer ran on the query workers (10-30 ms at 100x the seed under load).
FIGURE_EVIDENCE = """
SELECT ?s ?p ?o ?doc ?start ?end ?quote WHERE {
  ?st rdf:object ?o ; rdf:subject ?s ; rdf:predicate ?p ; cj:evidence ?ev . ?o a cj:Quantity .
  ?ev cj:sourceDocument ?doc ; cj:start ?start ; cj:end ?end ; cj:quote ?quote .
} ORDER BY ?start"""

# Every quoted span of every source: what a yes/no question about a stated fact is checked against.
QUOTES = """
SELECT DISTINCT ?doc ?start ?end ?quote WHERE {
  ?ev cj:sourceDocument ?doc ; cj:start ?start ; cj:end ?end ; cj:quote ?quote .
}"""

# Everything with a date, with the words that describe it and the entities it concerns.
# The date pattern sits inside each branch: outside, Oxigraph joined it after the union
# (bench/scale: 3.2 s at 10x the seed; inside, 5 ms).
# Every date value the graph holds: a year none of them falls in is outside the graph.
HELD_DATES = """SELECT DISTINCT ?d WHERE { ?x cj:date|cj:asOf|dcterms:issued|dcterms:temporal ?d }"""
DATED = """
SELECT ?x ?text ?linked WHERE {
  { ?x cj:date|dcterms:temporal ?d . ?x rdfs:label|skos:altLabel|dcterms:description ?text }
  UNION { ?x cj:date|dcterms:temporal ?d . ?x cj:approves|cj:issuedBy|prov:wasAssociatedWith ?linked .
          ?linked rdfs:label|skos:altLabel ?text }
  UNION { ?x cj:date|dcterms:temporal ?d . ?x a cj:NewsArticle .
          { cj:NewsArticle rdfs:label|skos:altLabel ?text } UNION { cj:date rdfs:comment ?text } }
  UNION { ?x cj:date|dcterms:temporal ?d . ?x a cj:PolicyDocument . cj:PolicyDocument rdfs:label|skos:altLabel ?text }
}"""

# Every figure's owner and the link from it (one per figure), and the labels of its owner: with its own
# words (OWN_WORDS), the words that describe a figure. Read apart: one query joining the three as a union
# grew with the square of the graph (1.2 s CPU at 100x the seed, 195 s at 1000x; apart, 0.1 and 1.3 s).
QUANTITY_OWNERS = """
SELECT ?q ?owner ?p WHERE { ?owner ?p ?q . ?q a cj:Quantity . FILTER(STRSTARTS(STR(?p), STR(cj:))) }"""
OWNER_NAMES = """
SELECT ?q ?text WHERE {
  ?owner ?p ?q . ?q a cj:Quantity . ?owner rdfs:label|skos:altLabel ?text . FILTER(STRSTARTS(STR(?p), STR(cj:)))
}"""

# A figure's own words (what it counts, its unit and wording), without its owner's labels.
# The type pattern sits inside each branch: outside, Oxigraph joined it after the union
# (bench/scale/qa_startup.py: 8.7 s at 10x the seed; inside, 0.07 s).
OWN_WORDS = """
SELECT ?q ?text WHERE {
  { ?q a cj:Quantity ; rdfs:label|cj:unitText|cj:sourceText|cj:outputKind ?text }
  UNION { ?q a cj:Quantity ; (cj:memberCategory|cj:period|cj:bound)/(rdfs:label|skos:altLabel) ?text }
}"""

FIGURES = """
SELECT ?q ?value ?unit ?written ?currency WHERE {
  ?q a cj:Quantity ; cj:value ?value .
  OPTIONAL { ?q cj:unitText ?unit . FILTER(lang(?unit) = ?lang) }
  OPTIONAL { ?q cj:sourceText ?written }
  OPTIONAL { ?q cj:currency ?currency }
}"""

# Each figure's date and the document stating it; what it measures (member category) tells apart
# two figures of one owner, so that the same measure at two dates is recognised as one.
FIGURE_VERSIONS = """
SELECT ?q ?date ?doc ?cat WHERE { ?q a cj:Quantity .
  OPTIONAL { ?q cj:asOf ?date } OPTIONAL { ?q dcterms:source ?doc } OPTIONAL { ?q cj:memberCategory ?cat } }"""

# The documents, their publication dates and the entities each cites (to tell which one a question names). The
# provenance graph's reified statements (?provenance bound to its IRI) cite spans too: nine in ten rows at 100x the
# seed, never an entity a question names or a thing it dates, so they are not read.
DOCUMENTS = """SELECT ?doc ?issued WHERE { ?doc a cj:SourceDocument . OPTIONAL { ?doc dcterms:issued ?issued } }"""
CITED_IN = """SELECT DISTINCT ?doc ?x WHERE { GRAPH ?g { ?x cj:evidence ?ev } FILTER(?g != ?provenance)
  { SELECT ?ev ?doc WHERE { ?ev cj:sourceDocument ?doc } } }"""

# Each post's date and the document stating it: one post stated by several sources is several nodes.
POSITION_DATES = """SELECT ?pos ?date ?doc WHERE { ?pos a cj:Position .
  OPTIONAL { ?pos cj:asOf ?date } OPTIONAL { ?pos dcterms:source ?doc } }"""

DATE_OF = "SELECT ?date ?when WHERE { OPTIONAL { ?x cj:date ?date } OPTIONAL { ?x dcterms:temporal ?when } }"
# The parties of a cooperation, a party's units standing for it too.
PARTIES_OF = "SELECT DISTINCT ?p WHERE { ?x cj:participant ?unit . ?unit cj:subOrganizationOf* ?p }"
# The organisations a thing (?x bound) is linked to either way (a plan's provider, a cooperation's parties, an
# event's venue and signatories), with their parents and their units: those its figures may be asked of.
LINKED_ORGANISATIONS = """SELECT DISTINCT ?p WHERE { { ?x ?r ?o } UNION { ?o ?r ?x } ?o a cj:Organization .
  { ?o cj:subOrganizationOf* ?p } UNION { ?p cj:subOrganizationOf* ?o } }"""
# Every cooperation with the event it was signed at (search.qa_tally: the one signing holding every project).
SIGNINGS = "SELECT ?x ?e WHERE { ?x cj:signedAt ?e }"
# The cooperations signed at an event.
SIGNED_AT = "SELECT ?x WHERE { ?x cj:signedAt ?e }"
# The instances of a class (?k bound): the cooperations of a kind a question names.
INSTANCES_OF = "SELECT DISTINCT ?x WHERE { ?x a ?k }"
# The event a cooperation (?x bound) was signed at: what dates the cooperation.
SIGNING_OF = "SELECT ?e WHERE { ?x cj:signedAt ?e }"
# The events at which the cooperations ?c names were signed: ?c itself, those of industry ?c, or those party ?c takes part in.
SIGNINGS_OF = """SELECT DISTINCT ?e WHERE { { ?c cj:signedAt ?e } UNION { ?x cj:industry ?c ; cj:signedAt ?e }
  UNION { ?x cj:participant ?c ; cj:signedAt ?e } }"""
# The cooperations a party takes part in, itself or through its units (PARTIES_OF read the other way).
COOPERATIONS_OF = "SELECT DISTINCT ?x WHERE { ?x cj:participant ?unit . ?unit cj:subOrganizationOf* ?p }"

POSITIONS = """
SELECT ?person ?pos ?org ?title WHERE {
  ?person cj:holds ?pos . ?pos cj:postIn ?org ; rdfs:label|skos:altLabel ?title .
}"""

QUOTATIONS = """
SELECT ?q ?text (LANG(?text) AS ?lang) ?speaker WHERE { ?q a cj:Quotation ; cj:text ?text ; cj:spokenBy ?speaker }"""

LOCATED = "SELECT ?x ?place WHERE { ?x cj:locatedIn ?place }"
WITHIN = "SELECT ?x ?place WHERE { ?x cj:within ?place }"

# What the planner chooses among, over the whole graph: the documents, those with authors, and the
# things held somewhere. Read once with the facts, never per answer (the things placed were 4k
# rows and 0.3 s a where-question at 100x the seed).
DOCUMENT_IRIS = "SELECT DISTINCT ?d WHERE { ?d a ?t . ?t rdfs:subClassOf* foaf:Document }"
WRITTEN = "SELECT DISTINCT ?doc WHERE { ?doc dcterms:creator ?a }"
PLACED = "SELECT DISTINCT ?x WHERE { ?x cj:venue|cj:locatedIn ?place }"

CLASSES_OF = """
SELECT ?cls WHERE { ?x a ?cls . FILTER(STRSTARTS(STR(?cls), STR(cj:))) } ORDER BY ?cls"""

# The events an organisation acted in (search/qa_reported.py: who acted in the event a question describes).
# A signing's agents are the parties of what was signed there: the participation plans answer for them.
# Its agents and the organisations each a subquery joined by a hash table of its rows, the signings a MINUS (?e is always
# bound): where the patterns looked each agent's type up and the filter ran a query per event, 0.156 -> 0.029 s CPU
# at 100x the seed, the same events (bench/results/scale39b-2026-12-07.md).
ACTED = """SELECT DISTINCT ?e WHERE {
  { SELECT ?e ?a WHERE { ?e prov:wasAssociatedWith ?a } } { SELECT ?a WHERE { ?a a cj:Organization } }
  MINUS { ?signed cj:signedAt ?e } }"""

# The project categories the instances of a class (?k bound) are filed under: the source's own word for a kind
# ("基地项目类" for 实训基地类项目).
CATEGORY_OF_CLASS = "SELECT DISTINCT ?cat WHERE { ?p a ?k ; cj:projectCategory ?cat }"
# What approves a thing (?x bound): an approval, whose figures (its rank, the field ranked) are of the thing too.
APPROVALS = "SELECT ?e WHERE { ?e cj:approves ?x }"
