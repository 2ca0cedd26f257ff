"""The VoID description is counted once by the build and read back, identical to a fresh count."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from graph.store import open_graph
from graph.terms import Term
from graph.void import VOID, VOID_FILE, dataset_iri, described, keep, void_triples

ENDPOINT = "http://127.0.0.1:8000/sparql"


def _expected(kg) -> set:
    """The description counted now, on the store, with the endpoint triple."""
    return {(Term(dataset_iri(kg)), Term(f"{VOID}sparqlEndpoint"), Term(ENDPOINT)), *described(kg)}


def test_the_build_keeps_the_description_and_serving_reads_the_same_triples(kg):
    assert (Path(kg.path) / VOID_FILE).is_file()
    served = void_triples(kg, ENDPOINT)
    assert len(served) == len(set(served)) and set(served) == _expected(kg)
    triples = next(o for s, p, o in served if p == Term(f"{VOID}triples"))
    assert int(triples.value) == kg.triple_count()


@pytest.mark.parametrize("damage", ["not json", "stale key", "truncated triple"])
def test_a_damaged_or_stale_kept_description_is_counted_again(built_config, tmp_path, damage):
    from tests.shared import copy_of

    data = copy_of(Path(built_config.data_dir), tmp_path / "data")
    kg = open_graph(data)
    try:
        kept = Path(kg.path) / VOID_FILE
        state = json.loads(kept.read_text(encoding="utf-8"))
        if damage == "not json":
            kept.write_text("{", encoding="utf-8")
        elif damage == "stale key":
            kept.write_text(json.dumps(state | {"key": state["key"] | {"graph_hash": "0" * 64},
                                                "triples": state["triples"][:1]}), encoding="utf-8")
        else:
            kept.write_text(json.dumps(state | {"triples": [state["triples"][0][:2]]}), encoding="utf-8")
        assert set(void_triples(kg, ENDPOINT)) == _expected(kg)
        kept.unlink()
        assert keep(kg) == kept and set(void_triples(kg, ENDPOINT)) == _expected(kg)
    finally:
        kg.close()
