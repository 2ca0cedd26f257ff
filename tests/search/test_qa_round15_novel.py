"""Round-15 generalisation on the real graph: classes of reading that questions worded unlike every
earlier set found weak, each tested in other wording than the case that found it, in both languages.

- An entity said to be of a class ("X是高职院校吗", "is X a university") is judged by its own types,
  never "yes" because a partner of that class exists; a qualifier the graph holds nothing on
  ("民办高校", "a state-owned enterprise") is answered with no verdict and no answers.
"""

import pytest

from tests.search.dev_goals import labels

DLUT, DVTC = "大连理工大学", "大连职业技术学院"


@pytest.mark.parametrize("question, verdict, named", [
    ("大连理工大学是不是一所本科高校", "是", DLUT),
    ("大連職業技術學院算高校嗎？", "是", DVTC),
    ("Is Dalian University of Technology a university?", "Yes", DLUT),
    ("大连职业技术学院是本科高校吗", "否", None),
    ("Is Dalian Vocational & Technical College a university?", "No", None),
    ("罗克韦尔技术协同创新中心是科技创新类项目吗？", "否", None),
])
def test_an_entity_said_to_be_of_a_class_is_judged_by_its_own_types(qa, question, verdict, named):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict), answer.answer_text
    assert labels(answer) == ({named} if named else set()), labels(answer)  # never a partner of that class


@pytest.mark.parametrize("question", [
    "大连理工大学是民办高校吗？",
    "碧菲分离膜是外资企业吗",
    "大连职业技术学院是双高校吗？",
    "Is GT Dalian Machine Tool a state-owned enterprise?",
    "Is Dalian Jiaotong University a private university?",
])
def test_a_class_claim_with_a_qualifier_the_graph_lacks_has_no_answer(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
    assert not answer.answer_text.startswith(("是", "Yes")), answer.answer_text
