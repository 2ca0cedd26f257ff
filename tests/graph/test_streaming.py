"""graph.streaming: bulk loads behind this thread's work, in order, and failures on either side raised."""

from __future__ import annotations

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
