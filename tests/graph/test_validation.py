"""Bad curated data fails the build's SHACL validation with a message naming the file and the entry."""

import shutil
from pathlib import Path

import pytest
import yaml

from graph.build import build
from graph.config import BuildConfig
from graph.errors import GraphValidationError
from graph.store import published_dir

REPO = Path(__file__).resolve().parents[2]


def test_a_project_with_one_participant_fails_naming_its_file_and_entry(tmp_path):
    curated = tmp_path / "curated"
    shutil.copytree(REPO / "graph" / "data", curated)
    source = next((curated / "sources").iterdir())
    facts = source / "facts.yaml"
    doc = yaml.safe_load(facts.read_text(encoding="utf-8"))
    project = doc["projects"][0]
    project["participants"] = project["participants"][:1]
    facts.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(GraphValidationError) as failure:
        build(BuildConfig(data_dir=tmp_path / "data", curated_dir=curated))
    message = str(failure.value)
    where = f"sources/{source.name}/facts.yaml: entry {project['id']!r}"
    assert any(line.strip().startswith(where) and "participant" in line for line in message.splitlines()), message
    assert published_dir(tmp_path / "data") is None  # nothing published


# --- the SPARQL validator (graph.shacl) against pyshacl, the reference implementation ---

def _seed_data():
    from graph import sources
    from graph.assembly import input_roots
    from graph.emit import emit

    config = BuildConfig()
    return emit(sources.load(config.curated_dir, input_roots(config)), config.base_iri).data.graph()


def _one(data, cls):
    from rdflib.namespace import RDF
    return sorted(data.subjects(RDF.type, cls))[0]


def _break(data):
    """Break one or more constraints of each kind the shapes use, on the seed's data graph."""
    from rdflib import BNode, Literal, URIRef
    from rdflib.namespace import RDF, RDFS, XSD

    from graph.namespaces import CJ
    project, evidence = _one(data, CJ.CooperationProject), _one(data, CJ.Evidence)
    org = sorted(data.objects(project, CJ.participant))[0]
    for other in sorted(data.objects(project, CJ.participant))[1:]:
        data.remove((project, CJ.participant, other))  # sh:minCount 2
    data.add((project, RDFS.label, Literal("第二个名称", lang="zh")))  # qualifiedMaxCount, uniqueLang
    data.remove((project, CJ.projectCategory, None))  # sh:minCount 1
    data.add((project, CJ.industry, Literal("not an industry")))  # sh:class on a literal
    data.add((org, RDF.type, CJ.University))  # sh:xone: two leaf classes
    lab = URIRef("https://example.org/lab")
    data.add((lab, RDF.type, CJ.KeyLaboratory))  # sh:not; no labels: qualifiedMinCount
    data.add((lab, RDF.type, CJ.ComputingCentre))
    start = data.value(evidence, CJ.start)
    data.set((evidence, CJ.end, Literal(int(start), datatype=XSD.integer)))  # sh:lessThan
    data.set((evidence, CJ.quote, Literal("")))  # sh:minLength
    data.add((evidence, CJ.sourceDocument, BNode()))  # sh:maxCount, sh:nodeKind
    amount = _one(data, CJ.MonetaryAmount)
    data.set((amount, CJ.currency, Literal("cny")))  # sh:pattern
    data.set((amount, CJ.value, Literal("12")))  # sh:or of datatypes
    count = _one(data, CJ.MemberCount)
    data.add((count, CJ.bound, CJ.Nowhere))  # sh:in, sh:maxCount
    data.add((count, CJ.unitText, Literal("家")))  # sh:datatype rdf:langString
    approval = _one(data, CJ.Approval)
    data.set((approval, CJ.rank, Literal(0, datatype=XSD.integer)))  # sh:minInclusive
    data.set((approval, CJ.outOf, Literal(-1, datatype=XSD.integer)))  # sh:lessThanOrEquals
    document = _one(data, CJ.NewsArticle)
    data.set((document, CJ.sha256, Literal("ABC")))  # sh:pattern
    data.add((URIRef("https://example.org/x"), CJ.evidence, project))  # targetSubjectsOf, sh:class
    return data


def _both(data):
    """(pyshacl's, graph.validation's) violations of ``data`` (with the ontology and entailments),
    each as a set of (focus node, path)."""
    import pyoxigraph as ox
    import pyshacl
    from rdflib import Graph
    from rdflib.namespace import SH

    from graph.assembly import assemble_from_graph, validated_graphs
    from graph.inference import infer
    from graph.namespaces import graph_iri
    from graph.store_load import load_graphs
    from graph.validation import violations
    from ontology import SHAPES_FILE

    base = BuildConfig().base_iri
    graphs = assemble_from_graph(data, base)
    store = ox.Store()
    load_graphs(store, graphs)
    infer(store, base)
    inferred = store.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph_iri(base, "inferred")))
    _, results, _ = pyshacl.validate(
        data + Graph().parse(data=inferred, format="nt"), shacl_graph=Graph().parse(SHAPES_FILE, format="turtle"),
        ont_graph=graphs[graph_iri(base, "ontology")], inference="none", advanced=True, allow_warnings=True)
    reference = {(str(results.value(r, SH.focusNode)), str(results.value(r, SH.resultPath) or ""))
                 for r in results.subjects(SH.focusNode, None) if results.value(r, SH.resultSeverity) == SH.Violation}
    ours = {(v.focus, v.path) for v in violations(store, validated_graphs(base))}
    return reference, ours


def test_the_sparql_validator_flags_what_pyshacl_flags_on_broken_data():
    reference, ours = _both(_break(_seed_data()))
    assert len(reference) >= 17  # (focus, path) pairs: the breakages above, some sharing a pair
    assert ours == reference


def test_the_sparql_validator_and_pyshacl_both_accept_the_seed():
    assert _both(_seed_data()) == (set(), set())


def test_a_shape_using_a_component_not_translated_is_refused():
    from rdflib import Graph

    from graph.shacl import UnsupportedShape, compile_shapes
    shapes = Graph().parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix ex: <https://example.org/> .
        ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:p ; sh:equals ex:q ] .
    """, format="turtle")
    with pytest.raises(UnsupportedShape, match="equals"):
        compile_shapes(shapes)
