"""The ask evaluation survives a question whose answering raises: a named miss, counted, and the run goes on."""

from __future__ import annotations

import json
from dataclasses import dataclass

from search.qa_eval import run_qa_eval


@dataclass(frozen=True)
class _Answer:
    text: str

    def to_dict(self) -> dict:
        return {"answer_text": self.text, "answers": [{"label": self.text}]}


class _BrittleAnswerer:
    """Answers by echoing the question, except that a question mentioning 崩溃 raises."""

    def answer(self, question: str) -> _Answer:
        if "崩溃" in question:
            raise KeyError("no such plan")
        return _Answer(question)


def test_a_raising_question_is_a_named_miss_and_the_rest_is_still_judged(tmp_path):
    cases = [{"q": "甲乙合作吗", "must": ["甲乙"], "class": "fact"},
             {"q": "这里会崩溃", "must": ["崩溃"], "class": "fact"},
             {"q": "丙丁是谁", "must": ["丙丁"], "class": "who"}]
    path = tmp_path / "cases.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in cases), encoding="utf-8")
    report = run_qa_eval(path, _BrittleAnswerer())
    assert report.raised == 1
    lines = report.text.splitlines()
    crashed = next(line for line in lines if "这里会崩溃" in line)
    assert crashed.startswith("MISS") and "KeyError" in crashed and "no such plan" in crashed
    assert "Traceback" not in report.text
    assert any(line.startswith("ok") and "丙丁是谁" in line for line in lines)
    assert any("fact" in line and "1/2" in line for line in lines)
    assert "2/3 right" in lines[-1] and "1 raised" in lines[-1]


def test_the_command_reports_a_raising_question_and_exits_non_zero(built_config, tmp_path, monkeypatch, capsys):
    import cli
    from search.qa import QuestionAnswerer

    answer = QuestionAnswerer.answer

    def brittle(self, question):  # the real answerer, failing on one question as a bug would
        if "崩溃" in question:
            raise ValueError("a bug in one reading")
        return answer(self, question)

    monkeypatch.setattr(QuestionAnswerer, "answer", brittle)
    path = tmp_path / "cases.jsonl"
    path.write_text('{"q": "大连理工大学参与了哪些项目", "must": ["开源鸿蒙"], "class": "list"}\n'
                    '{"q": "这一题会崩溃", "must": ["无"], "class": "list"}\n', encoding="utf-8")
    code = cli.main(["--data", str(built_config.data_dir), "eval", "ask", str(path)])
    out, err = capsys.readouterr()
    assert code != 0 and "1 question(s) raised" in err and "Traceback" not in out + err
    assert "ok   [list] 大连理工大学参与了哪些项目" in out and "raised ValueError: a bug in one reading" in out
