"""Round-36 comparisons of two named organisations whose question says more than the comparison, on the real graph,
worded apart from the development cases, in both languages and traditional script, with look-alike cases whose right
answer is empty:

- only a word standing in the comparison's measure (the noun after "more", "a larger number of", the words after the
  last name in the clause holding 多/少/高…: "谁的学生更多", "more research funding", "projects about drones") can keep
  two named things from being compared by their signed projects; the asker's story, the clause naming the two, a word
  before the comparison ("My niece is choosing between …;", "我侄女在交大，同学在民大，她们打赌…", "同事觉得民大是签约大户")
  do not (search.qa_compared_by.measure_words);
- a kind word after a which- or whose-word that every compared party is an instance of names the parties, not their
  partners: "谁的学校出场更多", "which campus is on more projects" count the schools' projects, not their partner schools
  (search.qa_compared_by.own_kind);
- a sum of money as the measure ("谁的经费多", "invested more money") is answered by no count of projects: the figures held
  of each, or nothing (search.qa_compared_by.amount_measured);
- a later ask asking nothing but the comparison's verdict ("…，谁赢了？", "Who wins?") is no ask of its own
  (search.qa_conjoined).
"""

import pytest

from search.qa_compared_by import measure_words
from tests.search.dev_goals import labels

DUT, DVTC, JIAOTONG, DALIAN_U, MINZU = "大连理工大学", "大连职业技术学院", "大连交通大学", "大连大学", "大连民族大学"

COMPARED = [
    # the asker's story and the clause naming the two stand outside the measure
    ("My niece is choosing between Dalian Jiaotong University and Dalian Minzu University; going by the signing list "
     "only, which one shows up in more projects?", {JIAOTONG}),
    ("Coffee-break bet among colleagues: Dalian University or Dalian Minzu University, which name sits on more of the "
     "signings?", {DALIAN_U}),
    ("我侄女在交大，同学在民大，她们打赌谁的学校签约次数更多，帮忙看看？", {JIAOTONG}),
    ("同事觉得民大是签约大户，我看大连大学更多，到底谁签得多？", {DALIAN_U}),
    ("我哥在大工、我嫂子在大连职院，俩人比谁的学校在签约名单里露面多，谁赢？", {DUT}),
    # the parties' own kind after a which- or whose-word: their projects, not their partners of that kind
    ("我姪女在交大、同學在民大，她們爭誰的學校在這批簽約裡出場更多？", {JIAOTONG}),
    ("Which campus is on more signed projects, Dalian Jiaotong University or Dalian Minzu University?", {JIAOTONG}),
    # the verdict asked again after the comparison
    ("Dalian University or Dalian Minzu University: which one signed more deals? Who wins?", {DALIAN_U}),
]


@pytest.mark.parametrize("question, winner", COMPARED)
def test_two_named_compared_by_their_projects(qa, question, winner):
    answer = qa.answer(question)
    assert labels(answer) == winner, answer.answer_text


EMPTY = [
    # a measure the graph does not hold, stated after the comparative or before it in the clause of the two
    "Which has more students, Dalian Jiaotong University or Dalian Minzu University?",
    "My niece is choosing between Dalian Jiaotong University and Dalian Minzu University; which one gets more research "
    "funding?",
    "交大和民大，谁的学生更多？",
    "交大和民大，誰的學生更多？",
    "我侄女在交大、同学在民大，她们打赌谁的学校经费更多，帮忙看看？",
    # a sum of money as the measure: no count of projects answers it
    "交大和民大谁的经费多？",
    "Which of DUT and Dalian Vocational & Technical College invested more money?",
    # the measure narrowed by a topic the graph does not hold
    "交大和民大谁签的无人机项目多？",
    "Which signed more projects about drones, Dalian Jiaotong University or Dalian Minzu University?",
    # the same comparison about a school the graph does not hold
    "My niece is choosing between Shenzhen Polytechnic and Dalian Minzu University; which one shows up in more signed "
    "projects?",
    "深圳职业技术大学和民大谁签的项目多？",
]


@pytest.mark.parametrize("question", EMPTY)
def test_an_unheld_measure_or_party_is_answered_by_nothing(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == set(), answer.answer_text


@pytest.mark.parametrize("question, names, words, kept", [
    ("My cousin likes A and B; which school is in on more projects?", ["A", "B"], ["cousin", "projects"], ["projects"]),
    ("Which has more students, A or B?", ["A", "B"], ["students"], ["students"]),
    ("Which signed more projects about drones, A or B?", ["A", "B"], ["projects", "drones"], ["projects", "drones"]),
    ("A recruiter: does A or B show up more often?", ["A", "B"], ["recruiter"], []),
    ("表妹在甲、表弟在乙，俩人争谁的学校出场更多？", ["甲", "乙"], ["表妹", "表弟", "学校"], ["学校"]),
    ("甲和乙，谁的学生多？", ["甲", "乙"], ["学生"], ["学生"]),
    # no comparative read: every word may be the measure, as before
    ("甲和乙比一比？", ["甲", "乙"], ["学生"], ["学生"]),
])
def test_measure_words_are_those_of_the_comparison(question, names, words, kept):
    assert measure_words(words, question, names) == kept


def test_a_superlative_beside_a_comparative_describes():
    question = "Of the two most frequent partners, A and B, whose name is on more of the signed projects?"
    assert measure_words(["frequent", "partners"], question, ["A", "B"]) == []
    assert measure_words(["students"], "Which of A and B has the most students?", ["A", "B"]) == ["students"]
