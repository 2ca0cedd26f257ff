"""Round-18 question answering on the real graph, hops18's shapes, each worded apart from the development
cases that found it, in both languages and traditional script, with cases whose right answer is empty:

- a person standing for the organisation of their post beside another organisation named ("董建军任职的企业在哪个
  项目里和X合作"): the cooperations the two share.
"""

import pytest

from tests.search.dev_goals import labels

SANYOU_BASE = "高低压电器装备制造产业产教融合实训基地项目"
BIPOLAR = "质子交换膜燃料电池金属石墨复合双极板开发项目"


def cited(answer) -> bool:
    return all(e["source"] or e.get("derivation") for e in answer.evidence)


@pytest.mark.parametrize("question, must", [
    ("杨跃权所在学校在哪个项目里和普兰店区职教中心合作？", {"辽宁省乡村振兴产业学院项目"}),
    ("In which project does the college Yang Yuequan heads work with Dalian Ligong Technology?", {"罗克韦尔技术协同创新中心项目"}),
    ("董建军任职的企业和大连理工大学一起搞的是哪个项目？", {"卧式车铣镗复合加工中心性能调控技术攻关项目"}),
])
def test_a_person_stands_for_the_organisation_of_their_post_beside_a_partner(qa, question, must):
    answer = qa.answer(question)
    assert labels(answer) == must, answer.answer_text
    assert cited(answer)


@pytest.mark.parametrize("question, must", [
    ("那位副总经理所在的企业还和哪所高职院校合作？", {"大连职业技术学院"}),
    ("校長所在的學校跟哪家幼兒園有合作？", {"大连市金州区第一幼儿园"}),
    ("Which project does the deputy general manager's company run with Dalian University of Technology?",
     {"卧式车铣镗复合加工中心性能调控技术攻关项目"}),
])
def test_a_title_held_at_one_organisation_stands_for_it(qa, question, must):
    answer = qa.answer(question)
    assert labels(answer) == must, answer.answer_text


@pytest.mark.parametrize("question, speaker", [
    ("“学校教育更加紧密地围绕企业实际需要”，这话出自哪位之口？", "杨跃权"),
    ("为企业解决了社会招聘技能工人不能很快适应岗位的难题——这番话出自哪一位受访者？", "董建军"),
])
def test_words_said_asked_for_their_speaker_not_their_source(qa, question, speaker):
    answer = qa.answer(question)
    assert labels(answer) == {speaker}, answer.answer_text


@pytest.mark.parametrize("question", ["董建军所在公司在哪个项目里跟大连交通大学合作？",
                                      "Which project does Yang Yuequan's college share with Dalian Jiaotong University?"])
def test_a_post_holder_organisation_with_no_shared_project_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
