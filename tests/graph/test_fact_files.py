"""The fact graphs kept as files beside the build (graph.fact_files), which query workers load their
in-memory copies from: what the build keeps, that a start on a build without them makes them, that
the loaded copy is the store's fact graphs, and that unusable files fall back to the store (the real
1x build)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import pytest

from graph import fact_files, routing
from graph.store import open_build
from graph.runner import StoreSource
from graph.worker_store import copy_graphs


@pytest.fixture(scope="module")
def partition(kg) -> routing.Partition:
    kept = routing.kept(Path(kg.path), kg.content_hash)
    assert kept is not None
    return kept


def quads(store) -> set:
    return {str(q) for q in store}


def test_the_build_keeps_each_fact_graph_as_a_file_that_loads_as_the_store_holds_it(kg, partition):
    kept = fact_files.files(Path(kg.path), partition)
    assert kept is not None and [iri for iri, _ in kept] == list(partition.fact_graphs)
    assert all(path.is_file() for _, path in kept)
    loaded = fact_files.load(kept, partition)
    assert len(loaded) == partition.facts > 1000
    assert quads(loaded) == quads(copy_graphs(kg.store.oxigraph, partition.fact_graphs))


def test_a_build_without_the_files_gets_them_once(built_config, partition, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(built_config.data_dir, data)
    build = data / (data / "CURRENT").read_text(encoding="utf-8").strip()
    shutil.rmtree(build / fact_files.FACTS_DIR)
    (build / f"{fact_files.FACTS_DIR}.tmp-999999999").mkdir()  # left by a writer that was killed
    assert fact_files.files(build, partition) is None
    kg = open_build(build)
    try:
        assert fact_files.keep(kg) == build / fact_files.FACTS_DIR
        made = {path.name: path.stat().st_mtime_ns for path in (build / fact_files.FACTS_DIR).iterdir()}
        assert fact_files.keep(kg) == build / fact_files.FACTS_DIR  # kept: not written again
        assert {path.name: path.stat().st_mtime_ns for path in (build / fact_files.FACTS_DIR).iterdir()} == made
    finally:
        kg.close()
    assert not list(build.glob(f"{fact_files.FACTS_DIR}.tmp-*"))
    assert len(fact_files.load(fact_files.files(build, partition) or (), partition)) == partition.facts


@pytest.mark.parametrize("damage", ["truncated", "missing"])
def test_a_worker_copies_from_the_store_when_the_kept_files_are_unusable(built_config, partition, tmp_path,
                                                                         caplog, damage):
    data = tmp_path / "data"
    shutil.copytree(built_config.data_dir, data)
    build = data / (data / "CURRENT").read_text(encoding="utf-8").strip()
    first = build / fact_files.FACTS_DIR / "0.nt"
    if damage == "truncated":
        rows = first.read_bytes().splitlines(keepends=True)
        first.write_bytes(b"".join(rows[: len(rows) // 2]))  # whole rows: it parses, but holds too few quads
    else:
        first.unlink()
    source = StoreSource(build, partition=partition, facts_max_quads=partition.facts)
    with caplog.at_level(logging.WARNING, logger="graph.worker_store"):
        opened = source.open()
    assert opened.facts is not None and len(opened.facts) == partition.facts
    assert "copied from the store instead" in caplog.text


def test_a_store_without_a_partition_has_no_fact_graphs_to_copy():
    """Said by a ValueError at the call (it stays under ``python -O``, which drops asserts), not on the copy's thread."""
    from pyoxigraph import Store

    from graph.worker_store import OpenedStore

    with pytest.raises(ValueError, match="Partition"):
        OpenedStore(Store()).copy_facts(background=False)
