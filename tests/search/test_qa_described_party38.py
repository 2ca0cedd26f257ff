"""An industry named only to describe a party the question names (issue #14, round 38): "the ed-tech company
Bilinxing" says what Bilinxing is, as its name does; read as a constraint on the answers it emptied an answerable
question (search.qa_described_party). The answer is read without it and says so; an industry no named party's name
holds still narrows, so a party's projects in an industry it has none of stay empty. Wordings of our own, none in a
development set; each shape with its empty twin; traditional script as typed."""

from __future__ import annotations

import pytest

DIGITAL_CENTRE = "大连市数字人才产教融合实训中心合作项目"


def _labels(answer) -> set[str]:
    return {a["label"] for a in answer.answers}


@pytest.mark.parametrize("question, relaxed", [
    ("比邻星这家教育科技企业签下的是什么项目？", True),
    ("比鄰星這家教育科技企業簽下的是什麼項目？", True),
    ("What did Bilinxing, the education technology company, sign on to?", False),  # no industry linked: nothing relaxed
])
def test_an_industry_in_the_named_partys_own_name_does_not_narrow(qa, question, relaxed):
    answer = qa.answer(question)
    assert DIGITAL_CENTRE in _labels(answer), answer.answer_text
    assert bool(answer.understanding.get("relaxed")) is relaxed, answer.understanding


@pytest.mark.parametrize("question, partner", [
    ("做互感器的大连第一互感器集团，合作的高职是哪所？", "大连职业技术学院"),
    ("Dalian No.1 Instrument Transformer Group, the instrument-transformer maker: which schools does it work with?",
     "大连职业技术学院"),
])
def test_a_makers_product_in_its_name_is_its_description(qa, question, partner):
    answer = qa.answer(question)
    assert partner in _labels(answer), answer.answer_text


@pytest.mark.parametrize("question", [
    "比邻星这家教育科技企业签了哪些氢能方面的项目？",
    "比鄰星這家教育科技企業簽了哪些氫能方面的項目？",
    "Which hydrogen-energy projects did Bilinxing, the education technology company, sign?",
    "大连第一互感器集团参与了哪些生物制药的项目？",
])
def test_an_industry_the_name_does_not_hold_still_narrows_to_nothing(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
    assert not answer.understanding.get("relaxed"), answer.understanding


@pytest.mark.parametrize("question, partner", [
    ("搞互感器的那家集团，它的合作学校都有谁？", "大连职业技术学院"),
    ("搞互感器的那間集團，合作學校是哪所？", "大连职业技术学院"),
])
def test_an_industry_one_organisation_holds_reads_as_that_organisation(qa, question, partner):
    answer = qa.answer(question)
    assert partner in _labels(answer), answer.answer_text
    assert "大连第一互感器集团" in answer.answer_text, answer.answer_text  # the answer says whom it read


@pytest.mark.parametrize("question", [
    "搞互感器的那家集团跟哪家医院合作？",
    "搞互感器的那家集团签了哪些科技创新类项目？",
    "Which hospital does the instrument-transformer group work with?",
])
def test_the_organisation_read_for_an_industry_still_answers_nothing_it_lacks(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
