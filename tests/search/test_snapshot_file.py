"""A snapshot's file (search.snapshot.save, written without copying its payload) is the pickle of
(header, payload bytes) it always was, read back whole; a damaged one is no state."""

import hashlib
import io
import pickle

from search import snapshot

KEY = {"graph_hash": "g", "code": "c"}
STATE = {"名称": ["大连理工大学", "DUT"] * 1000, "numbers": list(range(50_000)), "sets": {frozenset({1, 2}): ("x",)}}


def test_the_file_is_the_pickle_of_the_header_and_the_payload(tmp_path):
    path = tmp_path / "state.pickle"
    snapshot.save(path, KEY, STATE)
    payload = io.BytesIO()
    snapshot._Pickler(payload, {}).dump(STATE)
    data = payload.getvalue()
    written = pickle.dumps(({**KEY, "sha256": hashlib.sha256(data).hexdigest()}, data), protocol=pickle.HIGHEST_PROTOCOL)
    assert path.read_bytes() == written
    assert snapshot.payload(path, KEY) == data and type(snapshot.payload(path, KEY)) is bytes
    assert snapshot.load(path, KEY) == STATE


def test_a_stale_or_damaged_file_is_no_state(tmp_path):
    path = tmp_path / "state.pickle"
    snapshot.save(path, KEY, STATE)
    assert snapshot.load(path, {**KEY, "graph_hash": "other"}) is None
    path.write_bytes(path.read_bytes()[:-100])
    assert snapshot.load(path, KEY) is None
    assert snapshot.load(tmp_path / "none.pickle", KEY) is None
