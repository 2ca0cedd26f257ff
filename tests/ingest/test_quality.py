"""Extraction quality on the dev set (tests/ingest/dev, hand-made gold by another author),
through the library with the real graph's gazetteer: a regression guard at the issue's goals."""

from pathlib import Path

import pytest

from graph.ingest.evaluate import evaluate
from graph.ingest.pipeline import Ingester

DEV = Path(__file__).resolve().parent / "dev"


@pytest.fixture(scope="module")
def score(built_config):
    if not list(DEV.glob("*.gold.yaml")):
        pytest.skip("no dev set beside the tests")
    ingester = Ingester(built_config)
    return evaluate(DEV, lambda path: ingester.extract(path)[1])[0]


def test_organisations_and_their_types(score):
    assert score.counts["organisations"].f1 >= 0.9
    assert score.type_accuracy >= 0.9


def test_cooperation_participant_pairs(score):
    assert score.counts["cooperation_pairs"].f1 >= 0.8


def test_people_positions_consortia_and_figures_are_found(score):
    for kind in ("people", "positions", "consortia", "member_counts", "figures"):
        assert score.counts[kind].f1 >= 0.7, kind
