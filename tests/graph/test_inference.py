"""The entailment rules (graph.inference), run on the store, against derivations worked out by hand
for a tiny hand-written ontology and data set."""

from pathlib import Path

from graph.statements import citation_prefix, statement_iri
from graph.namespaces import DEFAULT_BASE_IRI
from graph.store import KnowledgeGraph

EX, SKOS = "http://example.org/", "http://www.w3.org/2004/02/skos/core#"
TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
PREFIXES = f"""@prefix ex: <{EX}> . @prefix skos: <{SKOS}> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix owl: <http://www.w3.org/2002/07/owl#> .
"""
ONTOLOGY = PREFIXES + """
ex:University rdfs:subClassOf ex:School . ex:School rdfs:subClassOf ex:Organisation .
ex:Organisation owl:equivalentClass ex:Org .
ex:participant rdfs:subPropertyOf ex:member ; owl:inverseOf ex:participatesIn .
ex:member owl:equivalentProperty ex:hasMember . ex:hasMember owl:inverseOf ex:memberOf .
ex:participatesIn rdfs:subPropertyOf ex:affiliatedWith .
ex:start rdfs:subPropertyOf ex:begin ; owl:inverseOf ex:startOf .
"""
DATA = PREFIXES + """
ex:u a ex:University , ex:School .
ex:p ex:participant ex:u ; ex:start "2024" .
ex:c3 skos:broader ex:c2 . ex:c1 skos:narrower ex:c2 .
"""


def _t(s: str, p: str, o: str) -> tuple[str, str, str]:
    """A triple of IRIs written ex:name / skos:name / a, or a plain literal written "text"."""
    def expand(term: str) -> str:
        if term == "a":
            return TYPE
        prefix, _, name = term.partition(":")
        return term if term.startswith('"') else {"ex": EX, "skos": SKOS}[prefix] + name
    return expand(s), expand(p), expand(o)


# Worked out by hand from the rules (graph.inference's docstring): each entailed triple the data
# lacks, and the triples it rests on.
U_TYPES = (_t("ex:u", "a", "ex:University"), _t("ex:u", "a", "ex:School"))
PARTICIPANT = (_t("ex:p", "ex:participant", "ex:u"),)
EXPECTED = {
    # superclass: School is stated, so not entailed; Organisation and its equivalent Org from both types
    _t("ex:u", "a", "ex:Organisation"): U_TYPES,
    _t("ex:u", "a", "ex:Org"): U_TYPES,
    # superproperty (member ≡ hasMember), and the inverse of the property or of a superproperty;
    # the entailed participatesIn is not given its superproperty affiliatedWith (one step)
    _t("ex:p", "ex:member", "ex:u"): PARTICIPANT,
    _t("ex:p", "ex:hasMember", "ex:u"): PARTICIPANT,
    _t("ex:u", "ex:participatesIn", "ex:p"): PARTICIPANT,
    _t("ex:u", "ex:memberOf", "ex:p"): PARTICIPANT,
    # a literal object: the superproperty, no inverse
    _t("ex:p", "ex:begin", '"2024'): (_t("ex:p", "ex:start", '"2024'),),
    # SKOS: broader and narrower are each other's inverse; the transitive closures rest on the links
    _t("ex:c2", "skos:narrower", "ex:c3"): (_t("ex:c3", "skos:broader", "ex:c2"),),
    _t("ex:c2", "skos:broader", "ex:c1"): (_t("ex:c1", "skos:narrower", "ex:c2"),),
    _t("ex:c3", "skos:broaderTransitive", "ex:c2"): (_t("ex:c3", "skos:broader", "ex:c2"),),
    _t("ex:c2", "skos:broaderTransitive", "ex:c1"): (_t("ex:c2", "skos:broader", "ex:c1"),),
    _t("ex:c3", "skos:broaderTransitive", "ex:c1"): (_t("ex:c3", "skos:broader", "ex:c2"),
                                                     _t("ex:c2", "skos:broaderTransitive", "ex:c1")),
    _t("ex:c2", "skos:narrowerTransitive", "ex:c3"): (_t("ex:c3", "skos:broaderTransitive", "ex:c2"),),
    _t("ex:c1", "skos:narrowerTransitive", "ex:c2"): (_t("ex:c2", "skos:broaderTransitive", "ex:c1"),),
    _t("ex:c1", "skos:narrowerTransitive", "ex:c3"): (_t("ex:c3", "skos:broaderTransitive", "ex:c1"),),
}

PROVENANCE = """SELECT ?st ?s ?p ?o ?premise ?activity WHERE { GRAPH ?g {
  ?st a cj:DerivedStatement ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
      prov:wasGeneratedBy ?activity ; prov:wasDerivedFrom ?premise } }"""


def _text(term) -> str:
    return term.value if term.kind == "iri" else f'"{term.value}'


def _statement(triple: tuple[str, str, str]) -> str:
    return statement_iri(DEFAULT_BASE_IRI, *(t.lstrip('"') for t in triple))


def test_the_rules_entail_what_was_worked_out_by_hand():
    kg = KnowledgeGraph.from_turtle(DATA, ontology=ONTOLOGY)
    rows = kg.rows("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", g=kg.graph_iri("inferred"))
    assert {tuple(_text(row[v]) for v in "spo") for row in rows} == set(EXPECTED)


def test_each_entailed_triple_is_a_derived_statement_resting_on_its_premises():
    kg = KnowledgeGraph.from_turtle(DATA, ontology=ONTOLOGY)
    premises: dict[tuple, set[str]] = {}
    for row in kg.rows(PROVENANCE, g=kg.graph_iri("provenance")):
        triple = tuple(_text(row[v]) for v in "spo")
        assert row["st"].value == _statement(triple)  # the SPARQL hash is the build's (graph.statements)
        assert row["activity"].value == f"{DEFAULT_BASE_IRI}id/activity/inference"
        premises.setdefault(triple, set()).add(row["premise"].value)
    assert premises == {triple: {_statement(p) for p in rest} for triple, rest in EXPECTED.items()}


def test_a_blank_node_is_entailed_for_but_given_no_statement():
    """STR() of a blank node is an error in SPARQL, so its statement IRI is not made: its entailed
    triples are written, without a statement in the provenance graph (as the build always did)."""
    kg = KnowledgeGraph.from_turtle(PREFIXES + "[] a ex:University .", ontology=ONTOLOGY)
    rows = kg.rows("SELECT ?s ?o WHERE { GRAPH ?g { ?s a ?o } }", g=kg.graph_iri("inferred"))
    assert {(row["s"].kind, row["o"].value) for row in rows} == {("bnode", EX + c) for c in ("School", "Organisation", "Org")}
    assert not kg.rows(PROVENANCE, g=kg.graph_iri("provenance"))


def test_a_triple_about_an_evidence_node_is_entailed_for_but_given_no_statement():
    """An Evidence node's triples and the links to it are the citation, never reified themselves
    (graph.emit): what the rules entail from them is written, without a statement resting on
    statements that are not in the graph; the other entailed triples keep theirs."""
    ev = f"<{citation_prefix(DEFAULT_BASE_IRI)}e1>"
    data = PREFIXES + f"{ev} a ex:School ; ex:start \"3\" . ex:p ex:participant {ev} . ex:u a ex:University ."
    kg = KnowledgeGraph.from_turtle(data, ontology=ONTOLOGY)
    inferred = {tuple(_text(row[v]) for v in "spo")
                for row in kg.rows("SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", g=kg.graph_iri("inferred"))}
    node = ev.strip("<>")
    assert {(node, TYPE, EX + "Organisation"), (node, EX + "begin", '"3'), (EX + "p", EX + "member", node),
            (node, EX + "participatesIn", EX + "p")} <= inferred
    stated = {tuple(_text(row[v]) for v in "spo") for row in kg.rows(PROVENANCE, g=kg.graph_iri("provenance"))}
    assert stated == {t for t in inferred if node not in t}
    assert (EX + "u", TYPE, EX + "Organisation") in stated


def test_each_rule_hands_over_the_rows_it_kept(tmp_path):
    """infer(written=...): the activity's rows, then each rule's rows of each graph, handed over beside
    ``keep`` as each rule ends, are those the kept files hold, in order (graph.incremental loads them
    into the build's store while the next rules run)."""
    from graph.inference import strata

    import pyoxigraph as ox
    import rdflib

    from graph.assembly import assemble_from_graph
    from graph.inference import infer
    from graph.store_load import load_graphs

    store, keep = ox.Store(), tmp_path / "entailed"
    keep.mkdir()
    load_graphs(store, assemble_from_graph(set(rdflib.Graph().parse(data=DATA, format="turtle")), DEFAULT_BASE_IRI,
                                           with_ontology=rdflib.Graph().parse(data=ONTOLOGY, format="turtle")))
    handed: list[tuple[str, Path]] = []
    infer(store, DEFAULT_BASE_IRI, keep=keep, apart=True, written=lambda name, path: handed.append((name, path)))
    names = [f"entailed-{number}-{rule.name}-{name}.nt" for number, stratum in enumerate(strata())
             for rule in stratum for name in ("inferred", "provenance")]
    assert [(name, path.parent) for name, path in handed] == [(path.name.split("-")[-1][:-3], tmp_path)
                                                              for _, path in handed]
    assert handed[0][1].name == "entailed-activity-provenance.nt"
    assert [path.name for _, path in handed[1:]] == [name for name in names if name in {p.name for _, p in handed}]
    assert len(handed) > 4  # rules of both strata, each handed apart
    for name in ("inferred", "provenance"):
        rows = b"".join(path.read_bytes() for graph, path in handed if graph == name)
        assert rows and rows == (keep / f"{name}.nt").read_bytes()


def test_the_table_rules_pass_writes_the_rows_of_their_queries(tmp_path):
    """graph.entail_pass writes, for each rule with an ontology table, the rows of that rule's SPARQL
    SELECT (``entailed(by_query=True)``), as many of each: on data with a blank node (subject, and a
    superclass that is one), an Evidence node, a literal object, a stated superclass and superproperty
    (not entailed again) and a triple entailed two ways."""
    import pyoxigraph as ox
    import rdflib

    from graph.assembly import assemble_from_graph
    from graph.inference import RULES, entailed
    from graph.store_load import load_graphs

    ev = f"<{citation_prefix(DEFAULT_BASE_IRI)}e1>"
    ontology = ONTOLOGY + "ex:Org rdfs:subClassOf [ owl:onProperty ex:member ] . ex:leader rdfs:subPropertyOf ex:member ."
    data = DATA + f"""[] a ex:University . {ev} a ex:School ; ex:start "3" . ex:q ex:participant {ev} .
        ex:w ex:participant ex:v ; ex:leader ex:v ; ex:member ex:v2 ; ex:participant ex:v2 . ex:v2 a ex:Org , ex:School ."""
    store = ox.Store()
    load_graphs(store, assemble_from_graph(set(rdflib.Graph().parse(data=data, format="turtle")), DEFAULT_BASE_IRI,
                                           with_ontology=rdflib.Graph().parse(data=ontology, format="turtle")))
    for rule in (rule for rule in RULES if rule.table):
        written = {}
        for by_query in (True, False):
            files = [tmp_path / f"{rule.name}-{by_query}-{graph}.nt" for graph in ("inferred", "provenance")]
            entailed(store, (rule.name, DEFAULT_BASE_IRI, str(files[0]), str(files[1])), by_query=by_query)
            written[by_query] = [sorted(path.read_text(encoding="utf-8").splitlines()) for path in files]
        assert written[False] == written[True], rule.name
        assert all(written[False]), rule.name
