"""bench/scale/entailed_ingests.py's ``settled`` and bench/scale/compacted_twin.py: the store's compaction measured."""

from pathlib import Path

import pyoxigraph as ox

from graph.store import STORE_SUBDIR, Manifest, current_store_dir, open_graph
from graph.verify import store_digests, verify_build
from tests.bench_scripts import load_script

REPO = Path(__file__).resolve().parents[2]
ingests = load_script("scale_entailed_ingests", REPO / "bench" / "scale" / "entailed_ingests.py")
twin = load_script("scale_compacted_twin", REPO / "bench" / "scale" / "compacted_twin.py")


def test_settled_returns_once_the_store_is_quiet_and_leaves_its_quads(tmp_path):
    store = ox.Store(str(tmp_path / "store"))
    for part in range(3):  # three ingests: files a compaction may merge
        rows = "".join(f"<http://e/s{part}-{i}> <http://e/p> <http://e/o{i}> .\n" for i in range(200))
        store.bulk_load(rows.encode(), format=ox.RdfFormat.N_TRIPLES)
    spent = ingests.settled(tmp_path / "store", limit=30.0, every=0.05, quiet=0.2)
    assert spent >= 0.0
    assert len(store) == 600


def test_the_twin_holds_the_same_quads_compacted_and_leaves_the_data_directory_as_it_was(built_config, tmp_path):
    data = Path(built_config.data_dir)
    build = current_store_dir(data)
    before = store_digests(build)
    twin.main(data, tmp_path / "twin")
    copy = current_store_dir(tmp_path / "twin")
    assert store_digests(build) == before  # the original store untouched (the copy was compacted)
    assert Manifest.read(build).files == before  # its manifest not written through the twin's hard link
    assert Manifest.read(copy).files == store_digests(copy) != before  # reopened read-write: new RocksDB files
    assert verify_build(copy).triples == Manifest.read(build).triples
    kg = open_graph(tmp_path / "twin")
    try:
        assert len(list((copy / STORE_SUBDIR).glob("*.sst"))) > 0
    finally:
        kg.close()
