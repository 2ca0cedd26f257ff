"""A plan emptied by a topic constraint, read again without it (search.qa_readings), when the dropped words are
accounted for as context by evidence the code can show:
- they stand only in a heading naming the asker by their role before a colon, the rest linking a name
  (search.qa_leftover ``heading``): "Freight journalist on the trucking beat: …", "做机器人的工程师问一句:…";
- they are words of the English name of a step of the answer's evidence path, whose Chinese label is all the path
  carries (search.qa_coverage.answer_texts ``steps``): "signed a practice-base deal" is the practice base project.
Never when a dropped word names a field the heading or the question asks about ("航天方面：", "Semiconductor:", a word
the rest asks again). Wordings of our own (zh, traditional, en, colloquial), none in a development set, and empty twins."""

from __future__ import annotations

import pytest

from graph.han import fold
from search.qa_coverage import answer_texts
from search.qa_leftover import Leftovers
from tests.search.dev_goals import labels

LABELS = {"jiefang": ("一汽解放大连柴油机有限公司", "FAW Jiefang Dalian Diesel Engine Co., Ltd."),
          "heye": ("大连河野智能装备有限公司", "Dalian Heye Intelligent Equipment Co., Ltd.")}
LEFTOVERS = Leftovers(lambda iri: LABELS.get(iri, ("", "")))
JIEFANG = "faw jiefang dalian diesel engine co., ltd."
HEYE = "大连河野智能装备有限公司"


@pytest.mark.parametrize("word, question, linked, named", [
    ("trucking", f"freight journalist on the trucking beat: {JIEFANG} signed with which college?", ["jiefang"], [JIEFANG]),
    ("curator", f"museum curator planning an exhibit on engines: which college did {JIEFANG} pick?", ["jiefang"], [JIEFANG]),
    ("exhibit", f"museum curator planning an exhibit on engines: which college did {JIEFANG} pick?", ["jiefang"], [JIEFANG]),
    ("机器人", f"做机器人的工程师问一句:{HEYE}跟哪所大学合作了?", ["heye"], [HEYE]),
    ("工程师", fold(f"做機器人的工程師問一句:{HEYE}跟哪間大學合作了?"), ["heye"], [HEYE]),  # as read: simplified
    ("考公", f"考公的同学想看看:{HEYE}的合作高校是哪所?", ["heye"], [HEYE]),
    ("场景", f"拍片的研究员想核对场景:{HEYE}跟谁签的约?", ["heye"], [HEYE]),
])
def test_a_word_only_of_a_heading_naming_the_asker_asks_nothing(word, question, linked, named):
    assert LEFTOVERS.harmless(word, question, linked, named=named) == "heading"


@pytest.mark.parametrize("word, question, linked, named", [
    # a heading naming a field, not who asks
    ("航天", f"航天方面:{HEYE}跟哪些大学合作?", ["heye"], [HEYE]),
    ("semiconductor", f"semiconductor: which college did {JIEFANG} sign with?", ["jiefang"], [JIEFANG]),
    ("budget", f"budget officer question: what sum did {JIEFANG} put in?", ["jiefang"], [JIEFANG]),
    # the rest asks about the heading's word again
    ("机器人", f"机器人工程师问一句:{HEYE}在机器人领域跟哪所大学合作?", ["heye"], [HEYE]),
    # nothing linked: the heading may be all the question says of its topic
    ("机器人", "做机器人的工程师问一句:哪些高校有合作?", [], []),
    # the heading names the linked name: what it says of it is asked about
    ("engineer", f"{JIEFANG} engineer: which college does the plant train with?", ["jiefang"], [JIEFANG]),
    # a heading that asks
    ("trucking", f"which trucking reporter asked: {JIEFANG} signed with which college?", ["jiefang"], [JIEFANG]),
])
def test_a_heading_naming_a_field_or_asked_again_still_asks(word, question, linked, named):
    assert LEFTOVERS.harmless(word, question, linked, named=named) != "heading"


def test_a_path_step_is_read_in_both_languages():
    answer = type("A", (), {"answers": [], "understanding": {},
                            "evidence": [{"path": ["辽宁轻工职业学院", "参与 participates in", "共建共享型区域产教融合实践基地项目"]}]})()
    names = {"共建共享型区域产教融合实践基地项目": ("共建共享型区域产教融合实践基地项目", "Shared Regional Practice Base Project")}
    held = " ".join(answer_texts(answer, lambda iri: (), steps=lambda step: names.get(step, (step,))))
    assert "Practice Base" in held and "辽宁轻工职业学院" in held


@pytest.mark.parametrize("question, expected", [
    ("Freight journalist on the trucking beat: FAW Jiefang's Dalian diesel engine plant signed with which college?",
     "辽宁轻工职业学院"),
    ("Museum curator planning an exhibit on cold chains: which university did Bingshan Songyang Compressor team up with?",
     "大连大学"),
    ("做机器人的工程师问一句:河野智能跟哪所大学合作了?", "大连交通大学"),
    ("做機器人的工程師問一句:河野智能跟哪間大學合作了?", "大连交通大学"),
    ("FAW Jiefang's Dalian diesel engine plant signed a practice-base deal. With which college?", "辽宁轻工职业学院"),
])
def test_the_retried_reading_answers(qa, question, expected):
    answer = qa.answer(question)
    assert expected in labels(answer), answer.answer_text


@pytest.mark.parametrize("question", [
    "航天方面：哪些高校有合作？",
    "航天方面：大连交大跟哪些企业合作？",
    "Semiconductor: which firms does Dalian Jiaotong University partner with?",
    "机器人工程师问一句:哪些高校在机器人领域有合作?",
    "做机器人的工程师问一句:河野智能在机器人领域跟哪所大学合作了?",
    "Shipbuilding engineer on the marine beat: which universities work on shipbuilding?",
    "Freight journalist on the trucking beat: which college did FAW Jiefang's Dalian plant sign an aerospace deal with?",
])
def test_empty_twins_stay_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
