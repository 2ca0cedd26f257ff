"""Round-26 verdicts with the correction (search.qa_correction), on the real graph, each worded apart from the
development cases that found them, in both languages, traditional characters, colloquial and with a typo:

- a claim that two named organisations worked on a cooperation the question names or describes, when they did not:
  "no", and the parties the graph lists for that cooperation;
- a claim that two named organisations worked together at all: "no", and the partner of the claimed kind the graph
  holds for the one with fewest (a company's one university partner);
- the verdict stays "no" and answers nothing; a true claim stays "yes"; a name the graph does not hold answers
  nothing, and a university with many partners of the kind gets no list cut short.
"""

import pytest

from search.text import normalize

DUT, DJTU, DLU, DVTC = "大连理工大学", "大连交通大学", "大连大学", "大连职业技术学院"


def _said(answer, name: str) -> bool:
    return normalize(name) in normalize(answer.answer_text)


@pytest.mark.parametrize("question, held", [
    ("东风日产是跟大连交大一起搞的充电故障快检项目吗？", DUT),
    ("冰山松洋壓縮機的創新中心是跟大連理工大學合建的嗎？", DLU),
    ("碧菲那个实习实践基地是不是跟大工搭伙搞的啊", DJTU),
    ("Did Guochuang Hydrogen build the fuel-cell bipolar plate project with Dalian University of Technology?",
     "Dalian Jiaotong University"),
    ("Is the OpenHarmony talent centre a Dalian University of Technology and Dalian University job?",
     "Dalian Vocational & Technical College"),
])
def test_a_false_claim_on_a_cooperation_names_its_parties(qa, question, held):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(("否", "No")) and not answer.answers, answer.answer_text
    assert _said(answer, held), answer.answer_text


@pytest.mark.parametrize("question, held", [
    ("锂工科技跟大连理工大学是合作伙伴吧？", DVTC),
    ("Does Dongfeng Nissan partner with Dalian Jiaotong Univeristy?", "Dalian University of Technology"),
    ("國創氫能跟大連理工大學有沒有合作過？", DJTU),
])
def test_a_false_claim_of_working_together_names_the_partner_held(qa, question, held):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(("否", "No")) and not answer.answers, answer.answer_text
    assert _said(answer, held), answer.answer_text


def test_a_true_claim_stays_yes(qa):
    answer = qa.answer("东风日产是跟大工一起搞的充电故障检测项目吗？")
    assert answer.answer_text.startswith("是"), answer.answer_text


@pytest.mark.parametrize("question", [
    "Did Huawei team up with Dalian University of Technology on the charging-fault project?",
    "清华大学是不是跟石药一起签的人才联合培养项目？",
    "大连理工大学和大连交通大学合作过吗？",
])
def test_nothing_is_answered(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
    assert "；" not in answer.answer_text and "; " not in answer.answer_text, answer.answer_text  # no list stated

