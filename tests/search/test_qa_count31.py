"""Round-31 tallies and places in them, on the real graph, each worded apart from the development cases that found
them, in both languages, traditional script and colloquial forms, with cases whose right answer is empty:

- a place other than the first asked of organisations ranked by the cooperations they take part in, with no first
  place stated before it ("按签约项目数排，排第二的学校", "亚军", "排老二", "并列第三", "which school places third by
  projects", "number two"): that count level, as "第二多" reads (search.qa_rank_premise.ranked_measured); a ranking the
  graph does not hold (funding, a contest, the nation) or a kind it holds too few of stays empty.
"""

import pytest

from tests.search.dev_goals import labels

DUT, DVTC, DALIAN_U, JIAOTONG = "大连理工大学", "大连职业技术学院", "大连大学", "大连交通大学"


@pytest.mark.parametrize("question, expected", [
    ("按签约项目数排，排第二的学校是哪所？", {DVTC}),
    ("按参与的项目个数给院校排名，亚军是谁？", {DVTC}),
    ("签约项目数量上排老二的院校是哪家？", {DVTC}),
    ("按合作项目数给学校排个队，并列第三的是哪几所？", {JIAOTONG, DALIAN_U}),
    ("按簽約項目數給學校排隊，排第二名的是哪一所？", {DVTC}),  # traditional
    ("论参与项目的多少，排老三的学校是哪几所", {JIAOTONG, DALIAN_U}),  # colloquial, no question mark
    ("按签约项目多少排，院校里的季军是谁？", {JIAOTONG, DALIAN_U}),
    ("By number of projects taken part in, which school places third?", {JIAOTONG, DALIAN_U}),
    ("Sorted by signed deals, which school is number two?", {DVTC}),
])
def test_a_place_in_a_ranking_by_cooperations_is_that_count_level(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected, answer.answer_text


@pytest.mark.parametrize("question", [
    "按科研经费排，排第二的大学是哪所？",  # funding: no ranking the graph holds
    "在全国高校排名中排第二的合作大学是哪所？",  # the nation's ranking
    "技能大赛里拿了亚军的是哪所学校？",  # a contest
    "By research funding, which university comes second?",
    "Which school was the runner-up in the national skills contest?",
    "按签约项目数排，排第二的医院是哪家？",  # no hospital takes part
    "按签约项目数排，排第二的幼儿园是哪家？",  # one kindergarten takes part: no second place
    "在28家申报成功单位里排第二的是哪家？",  # the article's ranking: only Jinpu's place is held
    "深圳的学校里按签约项目数排第二的是哪所？",  # a city the graph does not hold
    "按签约项目数排，排第九的学校是哪所？",  # past the last level
])
def test_a_place_in_a_ranking_the_graph_does_not_hold_stays_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
