"""The topic calibration set (bench/qa-topic-calibration.jsonl) is apart from the tests: the
thresholds fitted on it are then checked by test phrases they were not fitted to."""

import json
from pathlib import Path

from tests.search.test_qa import TOPICS

SET = Path(__file__).resolve().parents[2] / "bench" / "qa-topic-calibration.jsonl"


def _cases() -> list[dict]:
    return [json.loads(line) for line in SET.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_calibration_set_shares_no_phrase_with_the_tests_topics():
    phrases = {c["phrase"] for c in _cases()}
    assert phrases.isdisjoint(p for group in TOPICS.values() for p in group)


def test_calibration_set_holds_covered_and_uncovered_topics_each_once():
    cases = _cases()
    phrases = [c["phrase"] for c in cases]
    uncovered = sum(not c["expect"] for c in cases)
    assert len(phrases) == len(set(phrases)) >= 60
    assert 25 <= uncovered <= len(cases) - 25
    assert all(isinstance(label, str) and label for c in cases for label in c["expect"])
