"""Which cooperation's Chinese names hold a run of characters (search.qa_part_names.PartNames.holding), read
off the index of names' pieces (search.qa_kind_names), is what reading every cooperation's names gives: on
the real graph and on generated data at twice the seed, for runs of every cooperation's names, runs that no
name holds, runs that several cooperations' names hold, and runs with Latin letters."""

import pytest

from graph.han import HAN
from graph.store import open_graph
from search import SearchConfig, SearchEngine
from search.prebuild import index_dir
from search.qa import QuestionAnswerer
from search.qa_part_names import PartNames
from search.text import normalize


def _scanned(part_names: PartNames, part: str) -> str | None:
    """The one cooperation name holding ``part``, by reading every cooperation's names."""
    names = {normalize(d.names.zh or d.label) for d in part_names.cooperations
             if any(part in normalize(n) for n in d.name_values if HAN.search(n))}
    return names.pop() if len(names) == 1 else None


def _runs(part_names: PartNames) -> list[str]:
    """Runs of two to eight characters of every cooperation's Chinese names, runs that no name holds, and
    runs with Latin letters and digits."""
    runs = {"不在任何名称里", "燃料电池", "项目", "产教融合", "基地", "5g", "ai", "5g通信"}
    for names in part_names.own.values():
        for name in (n for n in names if HAN.search(n)):
            runs.update(name[i:i + k] for k in (2, 3, 5, 8) for i in range(0, max(1, len(name) - k + 1), 3))
    return sorted(runs)


def _check(part_names: PartNames) -> tuple[int, int]:
    """(runs held by one cooperation, runs held by none or several), checking each against the scan."""
    one = other = 0
    for part in _runs(part_names):
        found = part_names.holding(part)
        assert found == _scanned(part_names, part), part
        one, other = (one + 1, other) if found else (one, other + 1)
    return one, other


def test_the_index_finds_the_holders_reading_every_name_finds(qa):
    one, other = _check(qa.part_names)
    assert one > 20 and other > 5  # both kinds of answer are tested
    assert qa.part_names.holding("不在任何名称里") is None


@pytest.fixture(scope="module")
def scaled_part_names(scale_two, use_embedder):
    kg = open_graph(scale_two / "data")
    try:
        yield QuestionAnswerer(kg, SearchEngine.open(kg, SearchConfig(), index_dir(kg.path), embedder=use_embedder)).part_names
    finally:
        kg.close()


def test_the_index_finds_the_holders_at_twice_the_seed(scaled_part_names):
    one, other = _check(scaled_part_names)
    assert one > 20 and other > 20
