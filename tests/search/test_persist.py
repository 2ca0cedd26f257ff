"""The persisted dense index: manifest, reuse, staleness, corruption, atomic and failed rebuilds."""

import hashlib
import json

import numpy as np
import pytest

from graph.store import KnowledgeGraph
from search import SearchConfig, SearchEngine
from search.dense import DenseIndex, IndexParams
from search.persist import MANIFEST_FILE, READINGS_FILE, Fingerprint, load, read_manifest, save


class CountingEmbedder:
    """Wraps a real embedder and counts the texts it encodes; can be told to fail."""

    def __init__(self, inner, version=None):
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.version = version or inner.version
        self.encoded, self.fail = 0, False

    def encode(self, texts):
        if self.fail:
            raise MemoryError("simulated failure while encoding")
        self.encoded += len(texts)
        return self.inner.encode(texts)


@pytest.fixture
def counting(use_embedder):
    return CountingEmbedder(use_embedder)


def _open(kg, index_dir, embedder):
    return SearchEngine.open(kg, SearchConfig(), index_dir, embedder=embedder)


def test_manifest_describes_the_index(small_kg, counting, tmp_path):
    engine = _open(small_kg, tmp_path, counting)
    manifest = read_manifest(tmp_path)
    assert manifest.fingerprint.embedder == counting.name and manifest.fingerprint.dim == 512
    assert manifest.fingerprint.graph_hash == small_kg.content_hash
    assert manifest.count == counting.encoded == 2 * engine.size
    assert manifest.params.kind == "flat"
    assert (tmp_path / manifest.index_file).is_file() and len(manifest.index_sha256) == 64
    assert not list(tmp_path.glob(".*.tmp"))


def test_a_valid_index_is_reused_without_encoding(small_kg, counting, tmp_path):
    first = _open(small_kg, tmp_path, counting)
    counting.encoded = 0
    second = _open(small_kg, tmp_path, counting)
    assert counting.encoded == 0
    assert [r.id for r in second.search("燃料电池")] == [r.id for r in first.search("燃料电池")]


def test_a_new_graph_hash_rebuilds_from_the_unchanged_passages_vectors(small_kg, counting, tmp_path):
    _open(small_kg, tmp_path, counting)
    counting.encoded = 0
    changed = KnowledgeGraph(small_kg.store, small_kg.base_iri, content_hash="another-build")
    _open(changed, tmp_path, counting)
    # the same passages: the index is rebuilt for the new graph, nothing is embedded again
    assert counting.encoded == 0 and read_manifest(tmp_path).fingerprint.graph_hash == "another-build"


def test_a_new_embedder_version_rebuilds(small_kg, use_embedder, tmp_path):
    _open(small_kg, tmp_path, CountingEmbedder(use_embedder))
    newer = CountingEmbedder(use_embedder, version="9.9")
    _open(small_kg, tmp_path, newer)
    assert newer.encoded > 0 and read_manifest(tmp_path).fingerprint.embedder_version == "9.9"


@pytest.mark.parametrize("damage", ["truncate", "flip", "delete", "manifest"])
def test_a_damaged_index_is_rebuilt_not_loaded(small_kg, counting, tmp_path, damage):
    _open(small_kg, tmp_path, counting)
    index_file = tmp_path / read_manifest(tmp_path).index_file
    data = index_file.read_bytes()
    if damage == "truncate":
        index_file.write_bytes(data[: len(data) // 2])
    elif damage == "flip":
        index_file.write_bytes(data[:-8] + bytes(b ^ 0xFF for b in data[-8:]))
    elif damage == "delete":
        index_file.unlink()
    else:
        (tmp_path / MANIFEST_FILE).write_text("{not json", encoding="utf-8")
    counting.encoded = 0
    engine = _open(small_kg, tmp_path, counting)
    assert counting.encoded == 2 * engine.size
    assert engine.search("大工")[0].label == "大连理工大学"
    assert (tmp_path / read_manifest(tmp_path).index_file).read_bytes() == data


def test_a_failed_rebuild_leaves_the_old_index_serving(small_kg, counting, tmp_path):
    old = _open(small_kg, tmp_path, counting)
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}
    counting.fail, counting.version = True, "9.9"  # a new version: every passage is embedded again
    changed = KnowledgeGraph(small_kg.store, small_kg.base_iri, content_hash="another-build")
    with pytest.raises(MemoryError):
        old.reopen(changed, tmp_path)
    counting.fail, counting.version = False, counting.inner.version
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before
    assert old.search("燃料电池")[0].label.startswith("质子交换膜")
    assert _open(small_kg, tmp_path, counting).search("大工")[0].label == "大连理工大学"


def test_manifest_is_json_with_the_promised_fields(small_kg, counting, tmp_path):
    _open(small_kg, tmp_path, counting)
    raw = json.loads((tmp_path / MANIFEST_FILE).read_text(encoding="utf-8"))
    assert {"embedder", "embedder_version", "dim", "graph_hash"} <= set(raw["fingerprint"])
    assert {"count", "index_sha256", "index_file"} <= set(raw)


def test_the_configured_threshold_switches_to_hnsw_and_it_round_trips(small_kg, counting, tmp_path):
    config = SearchConfig(hnsw_threshold=10, hnsw_ef_search=40)
    built = SearchEngine.open(small_kg, config, tmp_path, embedder=counting)
    manifest = read_manifest(tmp_path)
    assert manifest.params.kind == "hnsw" and manifest.params.ef_search == 40
    counting.encoded = 0
    loaded = SearchEngine.open(small_kg, config, tmp_path, embedder=counting)
    assert counting.encoded == 0
    assert [r.id for r in loaded.search("燃料电池")] == [r.id for r in built.search("燃料电池")]


def test_a_new_ef_search_reuses_the_hnsw_graph_and_searches_with_the_configured_width(small_kg, counting, tmp_path):
    SearchEngine.open(small_kg, SearchConfig(hnsw_threshold=10, hnsw_ef_search=40), tmp_path, embedder=counting)
    built = (tmp_path / MANIFEST_FILE).read_bytes()
    wider = SearchEngine.open(small_kg, SearchConfig(hnsw_threshold=10, hnsw_ef_search=90), tmp_path, embedder=counting)
    assert (tmp_path / MANIFEST_FILE).read_bytes() == built  # loaded, not rebuilt: efSearch is query-time only
    assert wider._dense._index.hnsw.efSearch == 90 and wider._dense.params.ef_search == 90


def test_pinyin_readings_persist_beside_the_index(small_kg, counting, tmp_path, monkeypatch):
    first = _open(small_kg, tmp_path, counting)
    saved = json.loads((tmp_path / READINGS_FILE).read_text(encoding="utf-8"))
    assert saved["readings"]["大连理工大学"] == "da lian li gong da xue"

    def refuse(text):
        raise AssertionError(f"recomputed the reading of {text}")

    monkeypatch.setattr("search.pinyin.units", refuse)
    second = _open(small_kg, tmp_path, counting)
    assert second.autocomplete("dllg")[0].id == first.autocomplete("dllg")[0].id
    monkeypatch.undo()
    (tmp_path / READINGS_FILE).write_text("{broken", encoding="utf-8")
    assert _open(small_kg, tmp_path, counting).autocomplete("dllg")[0].label == "大连理工大学"
    assert json.loads((tmp_path / READINGS_FILE).read_text(encoding="utf-8"))["readings"] == saved["readings"]


@pytest.mark.parametrize("kind", ["flat", "hnsw"])
def test_the_index_streamed_to_its_file_is_the_index_serialised_whole(kind, tmp_path):
    # persist.save streams the index (DenseIndex.write) instead of holding its bytes twice: same file
    rows = np.random.default_rng(7).standard_normal((300, 16)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    params = IndexParams(kind, 8, 40, 16)
    index = DenseIndex.build(rows, params)
    fingerprint = Fingerprint("e", "1", 16, "g", "d")
    manifest = save(tmp_path, index, [f"iri{i}" for i in range(300)], fingerprint)
    written = (tmp_path / manifest.index_file).read_bytes()
    assert written == index.to_bytes() and manifest.index_sha256 == hashlib.sha256(written).hexdigest()
    loaded, ids = load(tmp_path, fingerprint, params)
    assert ids[299] == "iri299" and np.array_equal(loaded.vectors(), index.vectors())


def test_an_hnsw_index_made_on_one_thread_is_the_index_made_on_two():
    # a build makes its HNSW graph on one thread beside its index step's parts (search.dense.BESIDE_THREADS)
    rows = np.random.default_rng(3).standard_normal((3000, 32)).astype(np.float32)
    rows /= np.linalg.norm(rows, axis=1, keepdims=True)
    params = IndexParams("hnsw", 16, 64, 64)
    assert DenseIndex.build(rows, params, threads=1).to_bytes() == DenseIndex.build(rows, params, threads=2).to_bytes()
