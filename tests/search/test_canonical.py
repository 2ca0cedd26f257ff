"""search.canonical: equal immutable values of a state are made one object each, in place, and the state
stays equal (its orders included); a snapshot saved so reads back equal, with its copies shared."""

import pickle
from collections import defaultdict
from dataclasses import dataclass
from typing import NamedTuple

from search import canonical, snapshot


class Span(NamedTuple):
    start: int
    end: int


@dataclass(frozen=True)
class Doc:
    iri: str
    words: tuple[str, ...]


def _fresh(text: str) -> str:
    """An equal string that is another object (as two SPARQL rows give)."""
    return "".join(list(text))


def _state():
    iri = "https://w3id.org/chanjiao/id/org/大连理工大学"
    by_class = defaultdict(set)
    by_class[_fresh("高校")].update({_fresh(iri), "x"})
    return {
        "labels": {_fresh(iri): [_fresh("大连理工大学"), _fresh("Dalian University of Technology")]},
        "again": {_fresh(iri): (_fresh("大连理工大学"), 1_000_001)},
        "tuples": [(_fresh("大工"), 1_000_001), (_fresh("大工"), 1_000_001)],
        "sets": [frozenset({_fresh("氢能"), _fresh("新能源")}), frozenset({_fresh("氢能"), _fresh("新能源")})],
        "spans": [Span(1_000_001, 1_000_002), Span(1_000_001, 1_000_002)],
        "docs": [Doc(_fresh(iri), (_fresh("大連理工"),)), Doc(_fresh(iri), (_fresh("大連理工"),))],
        "by_class": by_class,
        "order": {k: i for i, k in enumerate(map(_fresh, ("z", "a", "m", "大", "b")))},
        "flags": [True, 1, 1.0, None, -0.0, 0.0],
    }


def test_equal_values_become_one_object_and_the_state_stays_equal():
    state, expected = _state(), _state()
    assert canonical.share_equal(state) is state
    assert state == expected
    iri = next(iter(state["labels"]))
    assert iri is next(iter(state["again"])) is state["docs"][0].iri is state["docs"][1].iri
    assert state["labels"][iri][0] is state["again"][iri][0]
    assert state["tuples"][0] is state["tuples"][1] and state["sets"][0] is state["sets"][1]
    assert state["spans"][0] is state["spans"][1] and type(state["spans"][0]) is Span
    assert state["docs"][0].words is state["docs"][1].words
    assert list(state["order"]) == ["z", "a", "m", "大", "b"]  # a dict keeps its order
    assert isinstance(state["by_class"], defaultdict) and state["by_class"]["高校"] == {iri, "x"}
    assert [type(v) for v in state["flags"]] == [bool, int, float, type(None), float, float]  # 1, True, 1.0 kept apart


def test_skipped_objects_are_not_entered():
    live = Doc(_fresh("a"), (_fresh("b"),))
    words = live.words
    state = {"live": live, "other": (_fresh("b"),)}
    canonical.share_equal(state, skip=[live])
    assert live.words is words and state["live"] is live


def test_a_saved_snapshot_reads_back_equal_and_smaller(tmp_path):
    key = {"graph_hash": "g", "code": "c"}
    rows = [(_fresh("https://w3id.org/chanjiao/id/org/企业"), _fresh("企業")) for _ in range(2_000)]
    plain = pickle.dumps(rows, protocol=pickle.HIGHEST_PROTOCOL)
    snapshot.save(tmp_path / "s.pickle", key, rows)
    back = snapshot.load(tmp_path / "s.pickle", key)
    assert back == [("https://w3id.org/chanjiao/id/org/企业", "企業")] * 2_000
    assert all(row is back[0] for row in back)
    assert (tmp_path / "s.pickle").stat().st_size * 10 < len(plain)


def test_a_state_nested_as_deep_as_pickle_takes_it_is_walked():
    deep: list = [_fresh("底")]
    for _ in range(300):
        deep = [deep, _fresh("底")]
    pickle.dumps(deep)  # pickle nests this deep
    assert canonical.share_equal(deep) is deep and deep[1] is deep[0][1]


def test_dict_subclasses_keep_their_pairs():
    """A Counter's update counts what it is given: the pairs are put back as a dict's, not counted."""
    from collections import Counter, OrderedDict
    counts = Counter({_fresh("区国"): 2, _fresh("only"): 3})
    ordered = OrderedDict([(_fresh("b"), 1), (_fresh("a"), 2)])
    state = {"df": counts, "ordered": ordered}
    canonical.share_equal(state)
    assert state["df"] == Counter({"区国": 2, "only": 3}) and type(state["df"]) is Counter
    assert list(state["ordered"].items()) == [("b", 1), ("a", 2)]


def test_containers_of_atoms_keyed_by_value_keep_types_and_kinds_apart():
    """Tuples and frozensets of strings, integers and bytes are looked up by their value: equal ones become one
    object, a set already holding the shared items is kept itself, and 1, True and 1.0 (equal values of other
    types) or a tuple and an equal named tuple stay apart."""
    kept = frozenset({"氢能", "新能源"})
    state = {
        "sets": [kept, frozenset({_fresh("氢能"), _fresh("新能源")}), frozenset({1}), frozenset({True}), frozenset({1.0})],
        "tuples": [(1, _fresh("a")), (True, _fresh("a")), (1, "a"), Span(1, 2), (1, 2), (b"x", 3), (b"x", 3)],
        "mixed": [frozenset({(_fresh("a"), 1)}), frozenset({("a", 1)}), ((_fresh("b"),), 2), (("b",), 2)],
    }
    expected = {k: list(v) for k, v in state.items()}
    canonical.share_equal(state)
    assert state == expected
    sets, tuples, mixed = state["sets"], state["tuples"], state["mixed"]
    assert sets[0] is kept and sets[1] is kept
    assert [type(next(iter(s))) for s in sets[2:]] == [int, bool, float] and sets[2] is not sets[3]
    assert tuples[0] is tuples[2] and tuples[0] is not tuples[1] and type(tuples[1][0]) is bool
    assert type(tuples[3]) is Span and tuples[3] is not tuples[4] and tuples[5] is tuples[6]
    assert mixed[0] is mixed[1] and mixed[2] is mixed[3]


def test_a_set_of_integers_is_never_taken_for_a_set_keyed_by_its_items_ids():
    """A frozenset of integers is keyed by its value, one of other items by their ids: a set whose integers are the
    ids of another's items is another set (the two keys were once equal)."""
    item = 1.5
    state = {"sets": [frozenset({item}), frozenset({id(item)})]}
    canonical.share_equal(state)
    assert state["sets"] == [frozenset({item}), frozenset({id(item)})]


def test_a_container_met_again_is_the_shared_one_and_its_copies_become_it():
    unit = (_fresh("大"), _fresh("da"))
    spans = frozenset({Span(1_000_001, 1_000_002)})
    state = [(unit, (_fresh("大"), _fresh("da")), spans) for _ in range(3)] + [(unit, frozenset({Span(1_000_001, 1_000_002)}))]
    expected = [(("大", "da"), ("大", "da"), frozenset({Span(1_000_001, 1_000_002)}))] * 3 + [
        (("大", "da"), frozenset({Span(1_000_001, 1_000_002)}))]
    assert canonical.share_equal(state) == expected
    assert all(u is unit for name in state for u in name[:-1])
    assert all(name[-1] is spans for name in state) and state[0] is state[1] is state[2]
