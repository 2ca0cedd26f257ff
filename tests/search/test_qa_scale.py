"""Answers over generated data at twice the seed: a list answer with hundreds of participation
links cites a bounded number of them (each is a span lookup), at least one per answer."""

import pytest

from graph.store import open_graph
from search import SearchConfig, SearchEngine
from search.prebuild import index_dir
from search.qa import QuestionAnswerer
from search.qa_plans import CITED_LINKS

QUESTION = "哪些单位参与了合作项目？"
LINKS = """SELECT (COUNT(*) AS ?n) WHERE { ?project cj:participant ?org . ?project a cj:CooperationProject }"""


@pytest.fixture(scope="module")
def scaled(scale_two, use_embedder):
    """The run's generated data at twice the seed (tests/search/conftest.py), its index the build's."""
    kg = open_graph(scale_two / "data")
    yield kg, QuestionAnswerer(kg, SearchEngine.open(kg, SearchConfig(), index_dir(kg.path), embedder=use_embedder))
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
