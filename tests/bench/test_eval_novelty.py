"""The novelty check of frozen question sets (tests/eval/novelty.py) on sets made here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.eval import novelty

SCRIPT = Path(novelty.__file__)


def _write(path: Path, questions: list[str]) -> Path:
    path.write_text("".join(json.dumps({"q": q}, ensure_ascii=False) + "\n" for q in questions),
                    encoding="utf-8")
    return path


def test_normalise_ignores_width_case_and_punctuation():
    assert novelty.normalise("Ｗho leads  X？") == novelty.normalise("who leads x?")


def test_nearest_scores_each_line_against_the_closest_earlier_question():
    earlier = [(novelty.normalise("大连理工大学参与了哪些项目？"), "a.jsonl"),
               (novelty.normalise("Who is Dong Jianjun?"), "b.jsonl")]
    found = novelty.nearest(["大连理工大学参与了哪些项目?", "氢能产业有多少家企业"], earlier)
    assert [n.line for n in found] == [1, 2]
    assert found[0].score == 1.0 and found[0].source == "a.jsonl"
    assert found[1].score < 0.5


def test_the_script_flags_a_copied_question_and_keeps_the_novel_ones(tmp_path):
    checked = _write(tmp_path / "set.jsonl", ["Who is Dong Jianjun?", "哪些幼儿园开了托育班"])
    pool = [(novelty.normalise("who is dong jianjun"), "dev.jsonl")]
    found = novelty.nearest(novelty.questions(checked), pool)
    assert [round(n.score) for n in found] == [1, 0]
    out = tmp_path / "novel.jsonl"
    # The real script against the repository's sets: a question copied from a development
    # set is flagged (exit 1), and only the new one is written out.
    dev_question = json.loads((novelty.ROOT / "tests/search/qa-dev-round15.jsonl").read_text(
        encoding="utf-8").splitlines()[0])["q"]
    _write(checked, [dev_question, "哪些幼儿园开了托育班而且在新加坡有分校"])
    run = subprocess.run([sys.executable, str(SCRIPT), str(checked), "--tuning-only",
                          "--novel-out", str(out)], capture_output=True, text=True, check=False)
    assert run.returncode == 1, run.stderr
    assert "line 1: 1.00" in run.stdout
    assert "2 questions, 1 at or above 0.7, 1 novel" in run.stdout
    assert novelty.questions(out) == ["哪些幼儿园开了托育班而且在新加坡有分校"]
