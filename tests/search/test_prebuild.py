"""The search index made at build time: kept in the build, reused at start, re-embedded only
where a passage changed (counted with a wrapper around the real default embedder)."""

import json
from concurrent.futures import wait
from pathlib import Path

import numpy as np
import psutil
import pytest
import yaml

from graph.config import BuildConfig
from graph.store import current_store_dir, open_graph
from search import SearchConfig, SearchEngine, pinyin, qa_prepared, snapshot
from search.index import passages
from search.prebuild import index_dir, serving_dirs
from search.vectors import Ahead, EmbedConfig, encode_batched, passage_key
from search.documents import load_catalogue
from search.embedders import UseEmbedder
from tests.search.conftest import Recording, build_with_recorded_index
from tests.shared import copy_of
from web.config import ServerConfig

NEW_LABEL = "Renamed Hydrogen Bipolar Plate Project"


def _rename_first_project(curated: Path) -> str:
    """Give the first project of the first source another English label; return the label it had."""
    source = sorted((curated / "sources").iterdir())[0]
    facts = source / "facts.yaml"
    doc = yaml.safe_load(facts.read_text(encoding="utf-8"))
    old_label = doc["projects"][0]["label_en"]
    doc["projects"][0]["label_en"] = NEW_LABEL
    facts.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return old_label


@pytest.fixture(scope="module")
def two_builds(tmp_path_factory, scale_two, use_embedder):
    """Generated data with two sources, built twice: as generated (the run's ``scale_two``, copied),
    then with one source changed. (data, old build, new build, texts each build embedded, the renamed
    project's old label)."""
    root = tmp_path_factory.mktemp("prebuild")
    curated, data = copy_of(scale_two / "curated", root / "curated"), copy_of(scale_two / "data", root / "data")
    old, first = current_store_dir(data), json.loads((scale_two / "embedded.json").read_text(encoding="utf-8"))
    old_label = _rename_first_project(curated)
    new, second = build_with_recorded_index(curated, data, use_embedder)
    return data, old, new, first, second, old_label


def test_the_first_build_embeds_every_passage_once(two_builds):
    data, old, _, first, _, _ = two_builds
    kg = open_graph(data)
    try:
        texts, _ = passages(load_catalogue(kg).docs)
    finally:
        kg.close()
    assert len(texts) > 100  # two sources' entities, two passages each
    assert len(first) == len(set(texts))
    assert (index_dir(old) / "manifest.json").is_file()
    assert (index_dir(old) / qa_prepared.FILE).is_file()  # and what question answering starts from
    assert (index_dir(old) / snapshot.INDEXES_FILE).is_file()  # and the engine's other indexes


def test_a_changed_source_re_embeds_only_the_passages_it_changed(two_builds):
    _, old, new, first, second, old_label = two_builds
    assert new != old
    assert 2 <= len(second) <= 20, second
    # a passage the rename changed names the project by its new label, or named it by its old one: a full
    # passage keeps a field's first values (search.index.PASSAGE_VALUES), and the old label may have been
    # one of them where the new one, sorted later, is not
    before = {text.partition("。")[0]: text for text in first if "。" in text}  # the full passages
    assert all(NEW_LABEL.lower() in text.lower() or old_label.lower() in before.get(text.partition("。")[0], "").lower()
               for text in second), second
    assert any(NEW_LABEL.lower() in text.lower() for text in second), second


def test_a_restart_loads_the_built_index_without_embedding(two_builds, use_embedder):
    data, _, new, _, _, _ = two_builds
    restart = Recording(use_embedder)
    kg = open_graph(data)
    try:
        where, _ = serving_dirs(kg.path, ServerConfig(build=BuildConfig(data_dir=data)).index_dir)
        assert where == index_dir(new)
        pinyin.syllables.cache_clear()
        engine = SearchEngine.open(kg, SearchConfig(), where, embedder=restart)
        assert restart.texts == [] and restart.warmed  # the model is loaded before the first query, not by it
        assert pinyin.syllables.cache_info().currsize == 1  # and so is the pinyin syllable table
        hits = engine.search(NEW_LABEL, k=3)
    finally:
        kg.close()
    assert hits and hits[0].label_en == NEW_LABEL


def test_embedding_in_worker_processes_gives_the_vectors_of_one_process(use_embedder):
    texts = ["大连理工大学", "燃料电池双极板", "hydrogen fuel cell", "数控机床实训基地", "职业技术学院", "人工智能"]
    config = EmbedConfig(batch=2, workers=2, parallel_min=1)
    parallel = encode_batched(texts, use_embedder, config)
    assert parallel.shape == (len(texts), use_embedder.dim)
    assert np.allclose(parallel, use_embedder.encode(texts), atol=1e-5)


def test_this_process_embeds_a_share_beside_its_workers_in_order(use_embedder):
    texts = ["宁波职业技术学院", "氢能产业联盟", "machine tool training base", "常州开源鸿蒙", "新能源汽车", "实训基地", "软件", "AI"]
    parent = Recording(use_embedder)
    parent.worker_factory = UseEmbedder.worker_factory  # a worker starts the real embedder
    vectors = encode_batched(texts, parent, EmbedConfig(batch=2, workers=2, parallel_min=1))
    assert 0 < len(parent.texts) < len(texts)  # this process took batches, its worker the others
    assert np.allclose(vectors, use_embedder.encode(texts), atol=1e-5)


def test_passages_embedded_ahead_in_a_worker_are_those_one_process_embeds(use_embedder):
    texts = ["大连理工大学", "燃料电池双极板", "hydrogen fuel cell", "数控机床实训基地", "职业技术学院", "人工智能", "软件"]
    known = {passage_key(use_embedder, texts[0]): use_embedder.encode(texts[:1])[0]}
    parent = Recording(use_embedder)
    parent.worker_factory = UseEmbedder.worker_factory  # a worker starts the real embedder
    with Ahead([*texts, texts[1]], parent, known, EmbedConfig(batch=2, workers=2, parallel_min=1)) as ahead:
        assert ahead.pool is not None
        found = ahead.vectors()
    assert set(found) == {passage_key(use_embedder, t) for t in texts}
    assert ahead.futures == [] and ahead.known == {}  # handed over: the step's dense index frees them once copied
    assert texts[0] not in parent.texts and len(parent.texts) == len(set(parent.texts))  # each missing one once
    assert np.allclose([found[passage_key(use_embedder, t)] for t in texts], use_embedder.encode(texts), atol=1e-5)


def test_the_worker_embedding_ahead_exits_once_its_batches_are_done(use_embedder):
    # not at the end of the index step: idle, it held its encoder's memory beside the step's other parts
    texts = ["大連理工大學", "氢能产业联盟", "dalian jiaotong univesity", "数控机床实训基地", "职业技术学院"]
    parent = Recording(use_embedder)
    parent.worker_factory = UseEmbedder.worker_factory
    before = {p.pid for p in psutil.Process().children()}
    with Ahead(texts, parent, {}, EmbedConfig(batch=2, workers=2, parallel_min=1)) as ahead:
        workers = [p for p in psutil.Process().children() if p.pid not in before and "spawn_main" in " ".join(p.cmdline())]
        assert workers and wait(ahead.futures, timeout=120).not_done == set()
        _, alive = psutil.wait_procs(workers, timeout=30)
        assert alive == []  # gone before the vectors are asked for
        found = ahead.vectors()
    assert parent.texts == [] and len(found) == len(texts)  # every batch was the worker's


def test_a_few_passages_are_embedded_ahead_in_this_process_alone(use_embedder):
    parent = Recording(use_embedder)
    parent.worker_factory = UseEmbedder.worker_factory
    with Ahead(["氢能", "新能源汽车"], parent, {}, EmbedConfig(batch=2, workers=2, parallel_min=256)) as ahead:
        assert ahead.pool is None  # starting a worker costs more than two passages
        found = ahead.vectors()
    assert sorted(parent.texts) == sorted(["氢能", "新能源汽车"]) and len(found) == 2  # in the order of their texts


def test_a_build_without_a_directory_here_keeps_its_index_elsewhere_and_reuses_nothing(tmp_path):
    # a remote store's build has no directory on this machine: the CLI and the server use the data directory's
    assert serving_dirs(None, tmp_path / "search-index") == (tmp_path / "search-index", ())
