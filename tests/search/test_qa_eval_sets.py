"""Several question sets through one answerer in one report, and what changed between two reports
(search.qa_eval_sets, bench/qa_compare.py, ``chanjiao eval ask`` with several sets)."""

from __future__ import annotations

import io
import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from graph.errors import BadInput
from search.qa_eval_sets import changes, read_report, run_qa_sets, set_paths, text_changes, totals
from tests.bench_scripts import load_script

REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class _Answer:
    text: str

    def to_dict(self) -> dict:
        return {"answer_text": self.text, "answers": [{"label": self.text}] if self.text else [], "evidence": []}


class _Echo:
    """Answers by echoing the question, less the words of ``drops``; refuses a question holding 没有; one holding
    崩溃 raises."""

    def __init__(self, drops: tuple[str, ...] = ()):
        self.drops, self.asked = drops, 0

    def answer(self, question: str) -> _Answer:
        self.asked += 1
        if "没有" in question:
            return _Answer("")  # a refusal
        if "崩溃" in question:
            raise KeyError("no such plan")
        for word in self.drops:
            question = question.replace(word, "")
        return _Answer(question)


def _write(path, cases) -> str:
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases) + "\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def sets(tmp_path):
    """Two sets of answerable and unanswerable questions, and a held-out one beside them."""
    first = _write(tmp_path / "qa-dev-a.jsonl", [
        {"q": "甲乙合作吗", "must": ["甲乙"], "class": "fact"},
        {"q": "丙丁是谁", "must": ["丙丁"], "class": "who"},
        {"q": "戊在哪", "must": ["戊"], "class": "who", "expect_empty": False},
        {"q": "没有的", "expect_empty": True, "class": "empty"}])
    second = _write(tmp_path / "qa-dev-b.jsonl", [{"q": "这里会崩溃", "must": ["崩溃"], "class": "fact"},
                                                  {"q": "己庚", "must": ["己庚"], "class": "fact"}])
    _write(tmp_path / "qa-dev-heldout.jsonl", [{"q": "不该问", "must": ["不该问"]}])
    return tmp_path, first, second


def test_globs_name_each_set_once_in_order_less_those_left_out(sets):
    root, first, second = sets
    assert set_paths([str(root / "qa-dev-*.jsonl"), first], leave_out=["heldout"]) == [root / "qa-dev-a.jsonl",
                                                                                          root / "qa-dev-b.jsonl"]
    assert set_paths([second, first]) == [root / "qa-dev-b.jsonl", root / "qa-dev-a.jsonl"]
    with pytest.raises(BadInput, match="no question set"):
        set_paths([str(root / "qa-test-*.jsonl")])
    with pytest.raises(BadInput, match="no question set"):
        set_paths([str(root / "missing.jsonl")])


def test_one_report_of_every_set_each_after_its_header(sets):
    _, first, second = sets
    out, done = io.StringIO(), []
    raised = run_qa_sets([first, second], _Echo(), out, done.append)
    assert raised == 1
    report = out.getvalue()
    assert report.startswith(f"=== {first}\n") and f"\n=== {second}\n" in report
    read = read_report(report)
    assert list(read) == [first, second]
    assert read[first]["[fact] 甲乙合作吗"].startswith("ok   [fact] 甲乙合作吗  →  甲乙合作吗")
    assert read[second]["[fact] 这里会崩溃"].startswith("MISS") and "KeyError" in read[second]["[fact] 这里会崩溃"]
    assert len(done) == 2 and done[0].startswith(f"{first} answerable 3/3") and done[1].startswith(f"{second} 1/2")
    assert totals(report) == (3, 3, 1, 1)  # the second set has no unanswerable question: no honesty line


def test_changes_between_two_reports(sets):
    _, first, second = sets
    before, after = io.StringIO(), io.StringIO()
    run_qa_sets([first, second], _Echo(), before)
    run_qa_sets([first, second], _Echo(drops=("丙丁", "庚")), after)
    found = changes(before.getvalue(), after.getvalue())
    assert [(c.qa_set, c.fixed) for c in found] == [(first, False), (second, False)]
    assert found[0].before.startswith("ok   [who] 丙丁是谁") and found[0].after.startswith("MISS [who] 丙丁是谁")
    assert changes(before.getvalue(), after.getvalue(), only=["qa-dev-b"]) == found[1:]
    assert [c.fixed for c in changes(after.getvalue(), before.getvalue())] == [True, True]
    assert changes(before.getvalue(), before.getvalue()) == []
    # an answer whose text alone changed: no change of judgement, a change of text
    worded = io.StringIO()
    run_qa_sets([first], _Echo(drops=("吗",)), worded)
    assert changes(before.getvalue(), worded.getvalue()) == []
    assert [c.after for c in text_changes(before.getvalue(), worded.getvalue())] == ["ok   [fact] 甲乙合作吗  →  甲乙合作"]


def test_compare_script_prints_what_trans_printed(sets, tmp_path, capsys):
    _, first, second = sets
    reports = []
    for name, echo in (("before", _Echo()), ("after", _Echo(drops=("丙丁",)))):
        with open(tmp_path / f"{name}.txt", "w", encoding="utf-8") as out:
            run_qa_sets([first, second], echo, out)
        reports.append(str(tmp_path / f"{name}.txt"))
    compare = load_script("qa_compare", REPO / "bench" / "qa_compare.py")
    assert compare.main(reports) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed == ["BROKE qa-dev-a.jsonl", "    ok   [who] 丙丁是谁  →  丙丁是谁", "    MISS [who] 丙丁是谁  →  是谁  [missing 丙丁]"]
    assert compare.main([*reports, "qa-dev-b"]) == 0 and capsys.readouterr().out == ""
    compare.main([*reports, "--sum"])
    assert capsys.readouterr().out.splitlines()[-2:] == [f"{reports[0]}: answerable 3/3; unanswerable honest 1/1",
                                                          f"{reports[1]}: answerable 2/3; unanswerable honest 1/1"]


def test_the_command_answers_several_sets_with_one_answerer(built_config, sets, tmp_path, capsys):
    import cli

    root, first, _ = sets
    out = tmp_path / "report.txt"
    code = cli.main(["--data", str(built_config.data_dir), "eval", "ask", str(root / "qa-dev-[ab].jsonl"),
                     "--leave-out", "qa-dev-b", "--out", str(out)])
    err = capsys.readouterr().err
    assert code == 0 and f"{first} " in err
    assert list(read_report(out.read_text(encoding="utf-8"))) == [first]
    assert cli.main(["--data", str(built_config.data_dir), "eval", "search", first, first]) == 64
