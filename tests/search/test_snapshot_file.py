"""A snapshot's file (search.snapshot.save, pickled straight into the file, never held whole) is the
magic, the pickled state, the pickled header and the header's length, read back once; a damaged one is no state."""

import hashlib
import io
import pickle
import struct
from dataclasses import dataclass

from search import snapshot

KEY = {"graph_hash": "g", "code": "c"}
STATE = {"名称": ["大连理工大学", "DUT"] * 1000, "numbers": list(range(50_000)), "sets": {frozenset({1, 2}): ("x",)}}


def test_the_file_is_the_state_then_its_header(tmp_path):
    path = tmp_path / "state.pickle"
    snapshot.save(path, KEY, STATE)
    payload = io.BytesIO()
    snapshot._Pickler(payload, {}).dump(STATE)
    data = payload.getvalue()
    header = pickle.dumps({**KEY, "sha256": hashlib.sha256(data).hexdigest()}, protocol=pickle.HIGHEST_PROTOCOL)
    assert path.read_bytes() == snapshot.MAGIC + data + header + struct.pack("<Q", len(header))
    assert snapshot.read(path) == (pickle.loads(header), data)
    assert snapshot.payload(path, KEY) == data and type(snapshot.payload(path, KEY)) is bytes
    assert snapshot.load(path, KEY) == STATE


def test_a_stale_or_damaged_file_is_no_state(tmp_path):
    path = tmp_path / "state.pickle"
    snapshot.save(path, KEY, STATE)
    assert snapshot.load(path, {**KEY, "graph_hash": "other"}) is None
    path.write_bytes(path.read_bytes()[:-100])
    assert snapshot.load(path, KEY) is None
    assert snapshot.load(tmp_path / "none.pickle", KEY) is None


def test_a_file_of_another_format_or_cut_short_is_no_state(tmp_path):
    path = tmp_path / "state.pickle"
    # the format before: the pickle of (header, payload)
    path.write_bytes(pickle.dumps(({**KEY, "sha256": "0" * 64}, pickle.dumps(STATE)), protocol=pickle.HIGHEST_PROTOCOL))
    assert snapshot.payload(path, KEY) is None
    for size in (0, len(snapshot.MAGIC), len(snapshot.MAGIC) + 7):
        snapshot.save(path, KEY, STATE)
        path.write_bytes(path.read_bytes()[:size])
        assert snapshot.load(path, KEY) is None, size
    snapshot.save(path, KEY, STATE)
    raw = path.read_bytes()
    path.write_bytes(raw[:-8] + struct.pack("<Q", len(raw)))  # a header longer than the file
    assert snapshot.load(path, KEY) is None
    path.write_bytes(raw[:40] + bytes([raw[40] ^ 1]) + raw[41:])  # a changed byte of the state
    assert snapshot.load(path, KEY) is None


@dataclass(frozen=True)
class _Doc:
    name: str


def test_live_objects_are_kept_as_references_and_read_back_as_the_ones_given(tmp_path):
    path = tmp_path / "state.pickle"
    live = {"catalogue": _Doc("catalogue"), ("doc", 0): _Doc("a"), ("doc", 1): _Doc("b")}
    other = _Doc("a")  # equal to a live one, not one of them: kept as itself
    snapshot.save(path, KEY, {"docs": [live[("doc", 1)], other, live[("doc", 0)], live[("doc", 1)]],
                              "catalogue": live["catalogue"]}, live)
    given = {"catalogue": _Doc("catalogue"), ("doc", 0): _Doc("a"), ("doc", 1): _Doc("b")}  # a start's own objects
    state = snapshot.load(path, KEY, given)
    assert [d is given[("doc", 1)] for d in state["docs"]] == [True, False, False, True]
    assert state["docs"][2] is given[("doc", 0)] and state["catalogue"] is given["catalogue"]
    assert state["docs"][1] == other and all(state["docs"][1] is not d for d in given.values())
    assert snapshot.load(path, KEY, {}) is None  # its live objects not given: no state
