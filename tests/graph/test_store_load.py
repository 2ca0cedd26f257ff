"""Loading graphs into Oxigraph: streamed rows give the same triples as one serialised blob."""

import pyoxigraph as ox
import rdflib
import yaml

from graph import sources
from graph.store_load import load_graphs
from ontology import ONTOLOGY_FILE

REPO_SEED = sources.Path(__file__).resolve().parents[2] / "graph" / "data" / "sources"

TURTLE = """@prefix ex: <http://example.org/> .
ex:a ex:name "大连职业技术学院"@zh , "quote \\" and \\n newline" ; ex:n 42 ;
     ex:part [ ex:name "blank 1" ; ex:next [ ex:name "blank 2" ] ] .
"""


def _quads(store: ox.Store) -> list[str]:
    dataset = ox.Dataset(store.quads_for_pattern(None, None, None, None))
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return sorted(str(q) for q in dataset)


def test_streamed_load_equals_the_serialised_graph():
    big = rdflib.Graph().parse(ONTOLOGY_FILE, format="turtle")  # > one refill of rows
    small = rdflib.Graph().parse(data=TURTLE, format="turtle")
    graphs = {"http://example.org/g/ontology": big, "http://example.org/g/small": small}
    streamed, blob = ox.Store(), ox.Store()
    load_graphs(streamed, graphs)
    for name, g in graphs.items():
        blob.bulk_load(g.serialize(format="nt", encoding="utf-8"), format=ox.RdfFormat.N_TRIPLES,
                       to_graph=ox.NamedNode(name))
    assert len(streamed) == len(big) + len(small)
    assert _quads(streamed) == _quads(blob)


def test_yaml_helper_reads_what_the_safe_loader_reads():
    for path in sorted(REPO_SEED.glob("*/*.yaml")):
        text = path.read_text(encoding="utf-8")
        assert sources.parse_yaml(text) == yaml.safe_load(text), path.name
    if yaml.__with_libyaml__:
        assert sources.YAML_LOADER is yaml.CSafeLoader
