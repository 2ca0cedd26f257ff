"""Question answering's start-up facts kept in the build: read back equal to the graph's, and made
again from the graph when the saved file is missing, stale, truncated or corrupted."""

import pickle

import pytest

from graph.build import build
from graph.config import BuildConfig
from graph.store import open_graph
from search import qa_prepared, snapshot
from search.documents import load_catalogue
from search.lexical import Tokenizer
from search.qa_facts import EVIDENCE
from search.qa_graph import PARTICIPANT
from search.qa_prepared import LIVE, facts_and_graph, load, made, path_of


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A build of the real curated data of its own (the files here are rewritten), and its catalogue."""
    config = BuildConfig(data_dir=tmp_path_factory.mktemp("qa-prepared"))
    build(config)
    kg = open_graph(config.data_dir)
    yield kg, load_catalogue(kg)
    kg.close()


def state(facts, graph) -> tuple[dict, dict]:
    return {k: v for k, v in vars(facts).items() if k not in LIVE}, dict(vars(graph))


def test_prepared_facts_read_back_equal_to_the_graphs(built):
    kg, catalogue = built
    path = qa_prepared.prepare(kg, lambda: catalogue)
    assert path is not None and path.is_file()
    loaded = load(path, kg, catalogue)
    assert loaded is not None
    fresh = made(kg, catalogue)
    assert state(*loaded) == state(*fresh)
    facts = loaded[0]
    assert facts.kg is kg and facts.catalogue is catalogue
    some = next(iter(catalogue.docs))
    assert facts.entity(some.iri, 1.0) == fresh[0].entity(some.iri, 1.0)


@pytest.mark.parametrize("damage", ["truncated", "garbage", "stale", "missing"])
def test_a_damaged_or_stale_file_is_made_again_from_the_graph(built, damage):
    kg, catalogue = built
    path = qa_prepared.prepare(kg, lambda: catalogue)
    blob = path.read_bytes()
    if damage == "truncated":
        path.write_bytes(blob[: len(blob) // 2])
    elif damage == "garbage":
        path.write_bytes(b"not a pickle at all")
    elif damage == "stale":
        header, payload = pickle.loads(blob)
        path.write_bytes(pickle.dumps(({**header, "graph_hash": "another graph"}, payload)))
    else:
        path.unlink()
    assert load(path, kg, catalogue) is None
    facts, graph = facts_and_graph(kg, catalogue)
    assert state(facts, graph) == state(*made(kg, catalogue))
    assert load(path, kg, catalogue) is not None  # and saved again for the next start


def test_a_graph_with_no_build_directory_is_read_off_the_graph(small_kg):
    catalogue = load_catalogue(small_kg)
    assert path_of(small_kg) is None
    facts, graph = facts_and_graph(small_kg, catalogue)
    assert facts.label("https://w3id.org/chanjiao/id/org/dlut") == "大连理工大学"
    assert graph.parties["https://w3id.org/chanjiao/id/project/pemfc"] == {
        "https://w3id.org/chanjiao/id/org/guochuang", "https://w3id.org/chanjiao/id/org/djtu"}


def test_participation_evidence_read_at_start_is_what_the_store_states_per_triple(built):
    kg, catalogue = built
    facts, graph = made(kg, catalogue)
    pairs = [(coop, party) for coop, parties in sorted(graph.parties.items()) for party in sorted(parties)]
    assert len(pairs) > 40
    cited = 0
    for coop, party in pairs:
        rows = kg.select(EVIDENCE, s=coop, p=PARTICIPANT, o=party)
        spans = facts.evidence(coop, PARTICIPANT, party)
        assert [(s["document"], s["start"], s["end"], s["text"]) for s in spans] == \
            [(r["doc"], r["start"], r["end"], r["quote"]) for r in rows]
        cited += bool(spans)
    assert cited > 20


def test_the_search_catalogue_is_kept_in_the_build_and_read_back_equal(built):
    kg, catalogue = built
    path = snapshot.path_in(kg, snapshot.CATALOGUE_FILE)
    path.unlink(missing_ok=True)
    assert snapshot.catalogue(kg) == catalogue  # composed by SPARQL, and kept
    assert path.is_file()
    assert snapshot.catalogue(kg) == catalogue  # read back
    path.write_bytes(path.read_bytes()[:100])
    assert snapshot.catalogue(kg) == catalogue  # a truncated file is made again


def test_the_tokens_of_the_documents_are_kept_and_are_the_tokenizers_own(built):
    kg, catalogue = built
    names = [v for d in catalogue.docs for v in d.name_values]
    texts = sorted({v for d in catalogue.docs for _, v in d.fields})
    snapshot.path_in(kg, snapshot.TOKENS_FILE).unlink(missing_ok=True)
    first = Tokenizer(names)
    snapshot.with_kept_tokens(kg, first, lambda: [first.tokens(t) for t in texts])
    second = Tokenizer(names)
    assert snapshot.with_kept_tokens(kg, second, lambda: "made") == "made"
    kept = second.memo()
    assert set(kept) == set(texts)
    fresh = Tokenizer(names)
    assert all(list(kept[t]) == fresh.tokens(t) for t in texts)
