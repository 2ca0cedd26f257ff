"""The evaluation harness's arithmetic, on a stub engine with known rankings."""

import math

import pytest

from search import BadQuery
from search.evaluate import Case, class_table, evaluate_classes, evaluate_search, format_report, load_cases, relevant_rank
from search.results import SearchResult


def result(label):
    return SearchResult("urn:x:" + label, label, "", "", "", 1.0, "")


class StubEngine:
    """Ranks the relevant label at a fixed position per query; modes differ."""

    POSITIONS = {"dense": {"a": 1, "b": 3}, "lexical": {"a": 2, "b": None}, "hybrid": {"a": 1, "b": 1}}

    def search(self, q, k=10, mode="hybrid"):
        position = self.POSITIONS[mode][q]
        ranked = [result(f"其他{i}") for i in range(k)]
        if position:
            ranked[position - 1] = result(f"辽宁省（{q}）项目")
        return ranked


def test_metrics_per_mode():
    report = evaluate_search(StubEngine(), [Case("a", "(a)"), Case("b", "（b）")])
    metrics = {m.mode: m.metrics() for m in report.modes}
    assert metrics["hybrid"] == {"hit@1": 1.0, "hit@5": 1.0, "MRR": 1.0, "nDCG@10": 1.0}
    assert metrics["dense"]["MRR"] == pytest.approx((1 + 1 / 3) / 2)
    assert metrics["dense"]["nDCG@10"] == pytest.approx((1 + 1 / math.log2(4)) / 2)
    assert metrics["lexical"]["hit@5"] == 0.5 and metrics["lexical"]["MRR"] == 0.25
    table = format_report(report, misses=True)
    assert "lexical miss: 'b'" in table and table.splitlines()[1].split() == ["mode", "hit@1", "hit@5", "MRR", "nDCG@10"]


def test_brackets_of_either_width_match():
    assert relevant_rank([result("冰山松洋压缩机（大连）有限公司")], "冰山松洋压缩机(大连)") == 1


def test_load_cases_names_a_bad_line(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text('{"q": "a", "expect": "b"}\n\n{"q": "only"}\n', encoding="utf-8")
    with pytest.raises(BadQuery, match="cases.jsonl:3"):
        load_cases(path)


class StubNames:
    """Search finds the expected label at rank 2 or nothing; autocomplete finds nothing."""

    def search(self, q, k=10, mode="hybrid"):
        return [] if q == "nothing" else [result("其他"), result(q)]

    def autocomplete(self, q, k=10):
        return []


def test_cases_with_class_mode_and_null(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text('{"q": "甲", "expect": "甲", "class": "pinyin", "mode": "both"}\n'
                    '{"q": "nothing", "expect": null, "class": "unknown"}\n'
                    '{"q": "乙", "expect": "乙", "class": "pinyin", "mode": "autocomplete"}\n', encoding="utf-8")
    cases = load_cases(path)
    assert cases[1] == Case("nothing", None, "unknown", "search")
    outcomes = evaluate_classes(StubNames(), cases)
    assert [(o.case.q, o.what, o.hit) for o in outcomes] == [
        ("甲", "search", True), ("甲", "autocomplete", False), ("nothing", "search", True), ("乙", "autocomplete", False)]
    rows = {line.split()[0]: line.split()[1:] for line in class_table(outcomes).splitlines()[1:]}
    assert rows["pinyin"] == ["1.000", "(", "1)", "0.000", "(", "2)"]
    assert rows["empty|null"][:3] == ["1.000", "(", "1)"]
    assert len(evaluate_search(StubNames(), cases, modes=("hybrid",)).modes[0].ranks) == 1  # search cases with an expect


def test_a_bad_mode_is_named(tmp_path):
    path = tmp_path / "cases.jsonl"
    path.write_text('{"q": "a", "expect": "b", "mode": "telepathy"}\n', encoding="utf-8")
    with pytest.raises(BadQuery, match="cases.jsonl:1"):
        load_cases(path)
