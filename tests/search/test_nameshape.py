"""The distinctive part of name-shaped queries, and the floor it sets for unknown names."""

import pytest

from search.nameshape import distinctive
from search.relevance import Evidence, Floor, passes
from search.documents import CJ


@pytest.mark.parametrize("query, part", [
    ("Tsinghua University", "tsinghua"), ("Huawei Technologies Co., Ltd.", "huawei"),
    ("清华大学", "清华"), ("华为技术有限公司", "华为技术"), ("沈阳机床集团", "沈阳机床"),
    # only a place and a kind left: the whole name is what must be held
    ("辽宁大学", "辽宁大学"), ("北京理工大学", "北京理工大学"),
    ("Beijing Institute of Technology", "beijing institute technology"),
])
def test_name_shaped_queries_keep_their_distinctive_part(query, part):
    assert distinctive(query) == part


@pytest.mark.parametrize("query", ["燃料电池", "hydrogen energy", "dl理工", "机器人", "大连"])
def test_other_queries_are_not_name_shaped(query):
    assert distinctive(query) is None


class _Doc:
    types = frozenset({f"{CJ}University"})


def test_an_unknown_name_needs_its_distinctive_part_however_close_in_meaning():
    floor = Floor(coverage=0.7, cosine=0.44, combined=0.75, distinctive=0.6)
    close = Evidence(named=False, coverage=0.2, own_coverage=0.2, cosine=0.9)
    assert passes(close, _Doc(), floor)
    assert not passes(Evidence(False, 0.2, 0.2, 0.9, distinctive=0.1), _Doc(), floor)
    assert passes(Evidence(False, 0.2, 0.2, 0.9, distinctive=1.0), _Doc(), floor)
    assert passes(Evidence(True, 0.0, 0.0, 0.0, distinctive=0.0), _Doc(), floor)
