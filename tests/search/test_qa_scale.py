"""Answers over generated data at twice the seed: a list answer with hundreds of participation
links cites a bounded number of them (each is a span lookup), at least one per answer."""

import importlib.util
from pathlib import Path

import pytest

from graph.build import build
from graph.config import BuildConfig
from graph.store import open_graph
from search import SearchConfig, SearchEngine
from search.qa import QuestionAnswerer
from search.qa_plans import CITED_LINKS

REPO = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("scale_generate", REPO / "bench" / "scale" / "generate.py")
generate_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(generate_module)

QUESTION = "哪些单位参与了合作项目？"
LINKS = """SELECT (COUNT(*) AS ?n) WHERE { ?project cj:participant ?org . ?project a cj:CooperationProject }"""


@pytest.fixture(scope="module")
def scaled(tmp_path_factory, use_embedder):
    root = tmp_path_factory.mktemp("qa-scale")
    curated = generate_module.generate(2, root / "curated")
    build(BuildConfig(data_dir=root / "data", curated_dir=curated))
    kg = open_graph(root / "data")
    yield kg, QuestionAnswerer(kg, SearchEngine.open(kg, SearchConfig(), embedder=use_embedder))
    kg.close()


def test_a_long_list_answer_cites_a_bounded_share_of_its_links(scaled):
    kg, qa = scaled
    links = kg.select(LINKS)[0]["n"]
    answer = qa.answer(QUESTION)
    assert links > 2 * CITED_LINKS  # the answer rests on many more links than it cites
    assert len(answer.answers) > 10
    assert 0 < len(answer.evidence) <= CITED_LINKS
    cited = {e["path"][0] for e in answer.evidence}
    assert all(a["label"] in cited for a in answer.answers)
    assert all(e["source"] for e in answer.evidence)
