"""graph.streaming: bulk loads behind this thread's work, in order, and failures on either side raised."""

from __future__ import annotations

import itertools

import pyoxigraph as ox
import pytest

from graph.streaming import LoadsBehind

ROW = '<http://example.org/s{n}> <http://example.org/p> "value {n}" <http://example.org/g> .\n'


def rows(count: int, start: int = 0) -> bytes:
    return "".join(ROW.format(n=n) for n in range(start, start + count)).encode()


class BodyFailed(Exception):
    pass


def test_loads_behind_load_each_file_in_order_and_call_after_between(tmp_path):
    store = ox.Store(str(tmp_path / "store"))
    first, second = tmp_path / "first.nq", tmp_path / "second.nt"
    first.write_bytes(rows(2_000))
    second.write_bytes(b'<http://example.org/s0> <http://example.org/p> "other" .\n')
    counted: list[int] = []
    with LoadsBehind(store) as loads:
        loads.add(first, after=lambda: counted.append(len(store)), format=ox.RdfFormat.N_QUADS)
        loads.add(second, format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode("http://example.org/h"))
        scratch = ox.Store()  # this thread works on meanwhile
        scratch.add(ox.Quad(ox.NamedNode("http://example.org/x"), ox.NamedNode("http://example.org/p"), ox.Literal("1")))
        assert len(scratch) == 1
    assert counted == [2_000]
    assert len(store) == 2_001
    assert {q.graph_name for q in store.quads_for_pattern(None, None, ox.Literal("other"))} == {ox.NamedNode("http://example.org/h")}


def test_loads_behind_raise_a_bad_file_s_error_on_leaving_and_skip_the_rest(tmp_path):
    store = ox.Store(str(tmp_path / "store"))
    bad, good = tmp_path / "bad.nq", tmp_path / "good.nq"
    bad.write_bytes(rows(10) + b"<http://example.org/broken .\n")
    good.write_bytes(rows(5, 100))
    with pytest.raises(SyntaxError), LoadsBehind(store) as loads:
        loads.add(bad, format=ox.RdfFormat.N_QUADS)
        loads.add(good, format=ox.RdfFormat.N_QUADS)
    assert ox.Literal("value 100") not in {q.object for q in store}


def test_loads_behind_let_the_body_s_own_error_through_once_the_loads_are_done(tmp_path):
    store = ox.Store(str(tmp_path / "store"))
    (tmp_path / "rows.nq").write_bytes(rows(1_000))
    with pytest.raises(BodyFailed), LoadsBehind(store) as loads:
        loads.add(tmp_path / "rows.nq", format=ox.RdfFormat.N_QUADS)
        raise BodyFailed("the checks found violations")
    assert len(store) == 1_000


class _Files:
    """An Indexed graph whose rows are N-Quads files (as graph.emit_cache.QuadFiles) and a few rows more."""

    def __init__(self, files: list, extra: list[str]):
        self.paths, self.extra = files, extra

    def parts(self):
        raise AssertionError("a stated load reads the files, not their digests")

    def rest(self):
        return iter(self.extra)

    def files(self):
        return list(self.paths)


def test_row_stream_reads_files_and_bytes_in_order_as_they_are_given(tmp_path):
    import io
    import threading

    from graph.streaming import RowStream

    (tmp_path / "a").write_bytes(b"first file\n")
    stream, read = RowStream(), []
    reader = threading.Thread(target=lambda: read.append(io.BufferedReader(stream, 4).read()))
    reader.start()
    stream.add(tmp_path / "a")
    stream.add(b"some bytes\n")
    assert reader.is_alive()  # waits for more until the end
    stream.add(b"")
    stream.end()
    reader.join(10)
    assert read == [b"first file\nsome bytes\n"]


def test_a_stated_load_holds_the_graphs_rows_given_as_units_and_rest(tmp_path):
    """Units handed over while 'emit' runs, then the rest: the store holds exactly the graphs' rows,
    and ``stated`` counts them once loaded (graph.incremental's one-quad-per-row check)."""
    from rdflib import Literal, URIRef

    from graph.streaming import StatedLoad

    units = [tmp_path / f"unit{n}.nq" for n in range(3)]
    for n, path in enumerate(units):
        path.write_bytes(rows(500, 1_000 * n))
    graphs = {"http://example.org/g": _Files(units, [ROW.format(n=9_999)]),
              "http://example.org/h": {(URIRef("http://example.org/x"), URIRef("http://example.org/p"), Literal("y"))}}
    build = tmp_path / "build"
    build.mkdir()
    with StatedLoad(build) as loads:
        loads.unit(units[:2])  # the third left for ``rest``: a unit the hook never saw
        loads.rest(graphs)
        store = loads.done()
    assert loads.stated == [1_502] == [len(store)]
    assert ox.Quad(ox.NamedNode("http://example.org/s9999"), ox.NamedNode("http://example.org/p"),
                   ox.Literal("value 9999"), ox.NamedNode("http://example.org/g")) in store


def test_a_stated_load_done_holds_no_store_and_says_so(tmp_path):
    """After ``done`` the store is handed over: another load or a second ``done`` raises LoadsEnded (an error
    that stays under ``python -O``, which drops asserts)."""
    from graph.streaming import LoadsEnded, StatedLoad

    build = tmp_path / "build"
    build.mkdir()
    with StatedLoad(build) as loads:
        loads.rest({})
        store = loads.done()
        with pytest.raises(LoadsEnded):
            loads.add(tmp_path / "more.nt", format=ox.RdfFormat.N_TRIPLES)
        with pytest.raises(LoadsEnded):
            loads.done()
    assert len(store) == 0


def test_a_stated_load_left_by_an_error_ends_its_stream_and_removes_the_directory(tmp_path):
    from graph.streaming import StatedLoad

    unit = tmp_path / "unit.nq"
    unit.write_bytes(rows(100))
    build = tmp_path / "build"
    build.mkdir()
    with pytest.raises(BodyFailed), StatedLoad(build) as loads:
        loads.unit([unit])
        raise BodyFailed("emit found bad curated data")  # no ``rest``: the load must not wait for it
    assert not build.exists()


def test_a_file_loaded_in_parts_gives_the_quads_of_one_load_and_one_with_a_blank_node_loads_whole(tmp_path,
                                                                                                  monkeypatch):
    from graph import streaming

    monkeypatch.setattr(streaming, "PART_BYTES", 10_000)
    path = tmp_path / "rows.nt"
    path.write_bytes(rows(3_000).replace(b" <http://example.org/g> .", b" ."))
    assert len(streaming.cuts(path, 10_000)) > 10
    whole, parted = ox.Store(), ox.Store(str(tmp_path / "parted"))
    whole.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES)
    removed: list[bool] = []
    with LoadsBehind(parted) as loads:
        loads.add(path, after=lambda: removed.append(True), parts=True, format=ox.RdfFormat.N_TRIPLES)
    assert removed == [True]  # once, after the last part
    assert not list(tmp_path.glob("*.part"))
    assert set(parted) == set(whole) and len(parted) == 3_000
    blank = tmp_path / "blank.nt"
    blank.write_bytes(b"_:b <http://example.org/p> <http://example.org/o> .\n" + path.read_bytes()
                      + b"_:b <http://example.org/q> <http://example.org/o> .\n")
    assert streaming.cuts(blank, 10_000) == [0, blank.stat().st_size]
    one = ox.Store(str(tmp_path / "blank"))
    with LoadsBehind(one) as loads:
        loads.add(blank, parts=True, format=ox.RdfFormat.N_TRIPLES)
    assert len({q.subject for q in one if isinstance(q.subject, ox.BlankNode)}) == 1  # one node, as in one load


def test_help_loads_the_rest_two_at_once_after_the_first_load_whose_after_counts_it_alone(tmp_path, monkeypatch):
    from graph import streaming

    monkeypatch.setattr(streaming, "PART_BYTES", 20_000)
    store = ox.Store(str(tmp_path / "store"))
    files = [tmp_path / f"part{n}.nq" for n in range(6)]
    for n, path in enumerate(files):
        path.write_bytes(rows(2_000, 10_000 * n))
    counted: list[int] = []
    loads = LoadsBehind(store).__enter__()
    loads.add(files[0], after=lambda: counted.append(len(store)), format=ox.RdfFormat.N_QUADS)
    for path in files[1:]:
        loads.add(path, parts=True, format=ox.RdfFormat.N_QUADS)
    loads.help()
    assert counted == [2_000]
    assert len(store) == 12_000
    assert not loads.thread.is_alive()


def test_help_raises_a_load_s_error_once_every_load_is_done(tmp_path):
    store = ox.Store(str(tmp_path / "store"))
    (tmp_path / "bad.nq").write_bytes(b"<http://example.org/broken .\n")
    (tmp_path / "good.nq").write_bytes(rows(10))
    loads = LoadsBehind(store).__enter__()
    loads.add(tmp_path / "good.nq", format=ox.RdfFormat.N_QUADS)
    loads.add(tmp_path / "bad.nq", format=ox.RdfFormat.N_QUADS)
    with pytest.raises(SyntaxError):
        loads.help()
    assert not loads.thread.is_alive()


def test_small_entailed_files_load_as_one_pack_with_their_graphs_and_each_after_once_it_is_loaded(tmp_path, monkeypatch,
                                                                                                  caplog):
    from graph import streaming

    monkeypatch.setattr(streaming, "PART_BYTES", 300_000)
    files, graphs = [], []
    for n in range(5):  # ~100 KB each, with a literal ending " ." and an escaped end of line
        path = tmp_path / f"rule{n}.nt"
        text = rows(1_000, 1_000 * n).replace(b" <http://example.org/g> .", b" .").decode()
        path.write_text(text + f'<http://example.org/t{n}> <http://example.org/p> "ends .\\n here ." .\n', encoding="utf-8")
        files.append(path)
        graphs.append(ox.NamedNode(f"http://example.org/g{n % 2}"))
    each = ox.Store()
    for path, graph in zip(files, graphs, strict=True):
        each.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
    store = ox.Store(str(tmp_path / "store"))
    done: list[str] = []
    caplog.set_level("INFO", logger="graph.streaming")
    with LoadsBehind(store) as loads:
        for path, graph in zip(files, graphs, strict=True):
            loads.add(path, after=lambda p=path: done.append(p.name), parts=True, format=ox.RdfFormat.N_TRIPLES,
                      to_graph=graph, lenient=True)
    assert set(store) == set(each) and len(store) == 5_005
    assert sorted(done) == sorted(p.name for p in files)
    loaded = [r.getMessage() for r in caplog.records if r.getMessage().startswith("loaded ")]
    assert [m.split()[1] for m in loaded] == ["pack-0.nq", "pack-1.nq"]  # two packs of at most 300 KB, not five loads
    assert not list(tmp_path.glob("pack-*"))


def test_a_file_with_a_blank_node_or_loaded_strictly_is_not_packed(tmp_path):
    from graph.streaming import _Pack

    plain, blank = tmp_path / "plain.nt", tmp_path / "blank.nt"
    plain.write_bytes(b"<http://example.org/s> <http://example.org/p> <http://example.org/o> .\n")
    blank.write_bytes(b"_:b <http://example.org/p> <http://example.org/o> .\n")
    graph = ox.NamedNode("http://example.org/g")
    assert _Pack.takes(plain, dict(format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True))
    assert not _Pack.takes(blank, dict(format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=True))
    assert not _Pack.takes(plain, dict(format=ox.RdfFormat.N_TRIPLES, to_graph=graph, lenient=False))
    assert not _Pack.takes(plain, dict(format=ox.RdfFormat.N_QUADS, lenient=True))


def test_parts_are_of_even_size(tmp_path):
    from graph.streaming import cuts

    path = tmp_path / "rows.nq"
    path.write_bytes(rows(3_000))
    starts = cuts(path, path.stat().st_size // 3 + 1)
    sizes = [b - a for a, b in itertools.pairwise(starts)]
    assert len(sizes) == 3 and max(sizes) - min(sizes) < 200



def test_entailed_files_load_in_one_call_after_the_stated_rows_each_removed_and_a_blank_one_on_its_own(tmp_path,
                                                                                                          caplog):
    """StatedLoad.entailed: the files of two graphs (a literal ending " ." and an escaped end of line among their
    rows, rewritten as N-Quads 8 kB at a time) hold what each loaded alone holds, in one load; a file with a blank
    node loads by a call of its own; each file is removed once read, and ``stated`` counts the stated rows alone."""
    from graph import row_stream
    from graph.streaming import StatedLoad

    caplog.set_level("INFO", logger="graph.streaming")
    files, graphs = [], []
    for n in range(3):
        path = tmp_path / f"rule{n}.nt"
        text = rows(300, 1_000 * n).replace(b" <http://example.org/g> .", b" .").decode()
        path.write_text(text + f'<http://example.org/t{n}> <http://example.org/p> "ends .\\n here ." .\n', encoding="utf-8")
        files.append(path)
        graphs.append(ox.NamedNode(f"http://example.org/g{n % 2}"))
    files.append(tmp_path / "blank.nt")
    files[-1].write_bytes(b"_:b <http://example.org/p> <http://example.org/o> .\n")
    graphs.append(ox.NamedNode("http://example.org/g0"))
    each = ox.Store()
    for path, graph in zip(files, graphs, strict=True):
        each.bulk_load(path=str(path), format=ox.RdfFormat.N_TRIPLES, to_graph=graph)
    (tmp_path / "unit.nq").write_bytes(rows(50, 90_000))
    each.bulk_load(path=str(tmp_path / "unit.nq"), format=ox.RdfFormat.N_QUADS)
    build = tmp_path / "build"
    build.mkdir()
    with pytest.MonkeyPatch.context() as patch, StatedLoad(build) as loads:
        patch.setattr(row_stream, "CHUNK", 8_000)
        loads.unit([tmp_path / "unit.nq"])
        loads.rest({})
        for path, graph in zip(files, graphs, strict=True):
            loads.entailed(path, graph)
        store = loads.done()
    assert len(store) == len(each) == 50 + 3 * 301 + 1 and loads.stated == [50]
    assert {q for q in store if not isinstance(q.subject, ox.BlankNode)} == \
        {q for q in each if not isinstance(q.subject, ox.BlankNode)}
    assert not any(path.exists() for path in files)
    loaded = [r.getMessage().split()[1] for r in caplog.records if r.getMessage().startswith("loaded ")]
    assert sorted(loaded) == ["a", "a", "blank.nt"]  # the stated stream, the entailed stream, the blank file
