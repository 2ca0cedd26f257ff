"""Round-31 tallies and places in them, on the real graph, each worded apart from the development cases that found
them, in both languages, traditional script and colloquial forms, with cases whose right answer is empty:

- a place other than the first asked of organisations ranked by the cooperations they take part in, with no first
  place stated before it ("按签约项目数排，排第二的学校", "亚军", "排老二", "并列第三", "which school places third by
  projects", "number two"): that count level, as "第二多" reads (search.qa_rank_premise.ranked_measured); a ranking the
  graph does not hold (funding, a contest, the nation) or a kind it holds too few of stays empty;
- the thing a which-word asks or a superlative heads, ranked by size, and its count asked beside ("哪个项目拉的单位最多，
  有几家", "参与单位最多的项目有几家参与方", "which signed project has the most parties, and how many"): the superlative's
  answer, its count stated (search.qa_kinds_together.ranked_then_counted), never a figure of another whole;
- deals counted by 单 ("这16单签约里") and the busiest, most active or most involved party: a count and a superlative
  of the cooperations taken part in (search.understand.NUMERAL, search.qa_cues.MOST_WORDS);
- two counts said equal after their noun ("项目数一样吗", "签约个数相同吗", "an equal number"): the two compared, a tie
  (search.qa_cues.SAME_WORDS);
- administrative levels listed ("市、区两级", "市区两级政府部门") name no place (search.qa_spans.ZH_LEVELS): the stated
  category of those levels is counted, and a level it does not hold ("省市两级", "县区两级") gets no figure
  (search.qa_member_kinds.LEVELS); a place before them ("深圳市、区两级") is still no place of the graph's;
- cooperations named by a verb of signing and counted ("那天签下的合作，总数是多少"): the signed projects, not the partners
  合作 alone stands for (search.qa_tally.SIGNED_COUNTED).
"""

import pytest

from tests.search.dev_goals import labels, states

DUT, DVTC, DALIAN_U, JIAOTONG = "大连理工大学", "大连职业技术学院", "大连大学", "大连交通大学"
DIGITAL, MACHINE_TOOL = "大连市数字人才产教融合实训中心合作项目", "通用技术集团大连机床有限责任公司"


@pytest.mark.parametrize("question, expected", [
    ("按签约项目数排，排第二的学校是哪所？", {DVTC}),
    ("按参与的项目个数给院校排名，亚军是谁？", {DVTC}),
    ("签约项目数量上排老二的院校是哪家？", {DVTC}),
    ("按合作项目数给学校排个队，并列第三的是哪几所？", {JIAOTONG, DALIAN_U}),
    ("按簽約項目數給學校排隊，排第二名的是哪一所？", {DVTC}),  # traditional
    ("论参与项目的多少，排老三的学校是哪几所", {JIAOTONG, DALIAN_U}),  # colloquial, no question mark
    ("按签约项目多少排，院校里的季军是谁？", {JIAOTONG, DALIAN_U}),
    ("By number of projects taken part in, which school places third?", {JIAOTONG, DALIAN_U}),
    ("Which school ranks third by number of signed projects?", {JIAOTONG, DALIAN_U}),  # "by number of": a measure
    ("Ranked by how many deals they signed, which school comes second?", {DVTC}),
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
    "Which university ranks second by the number of research grants?",
    "Which school ranks second in the national league table by number of signed projects?",
    "金州第二电器厂跟哪所学校签约了？",  # an ordinal inside a name the graph does not hold is no place
])
def test_a_place_in_a_ranking_the_graph_does_not_hold_stays_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question", [
    "签约项目里哪个拉来的合作单位最多，有几家？",
    "參與方最多的是哪個項目？有幾家？",  # traditional
    "参与单位最多的项目有几家参与方？",
    "Which signed project has the most parties, and how many?",
])
def test_the_largest_thing_and_its_count_asked_together(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {DIGITAL} and states(answer, 15), answer.answer_text


@pytest.mark.parametrize("question, count", [
    ("大工在这16单签约当中出现过几回？", 6),  # deals counted by 单
    ("交大在那16单里出现了几次？", 3),
])
def test_deals_counted_by_dan_are_the_signed_projects(qa, question, count):
    answer = qa.answer(question)
    assert states(answer, count), answer.answer_text


@pytest.mark.parametrize("question, expected", [
    ("Which university is the busiest across the signed projects?", DUT),
    # (its base is co-funded, not signed: by the signed deals every company ties, tests/search/test_qa_count32.py)
    ("Which company is the most active across the cooperations?", MACHINE_TOOL),
    ("Which college is the most involved in the sixteen signings?", DUT),
    ("哪所高校最忙？", DUT),
])
def test_the_busiest_party_takes_part_in_the_most(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == {expected}, answer.answer_text


@pytest.mark.parametrize("question", [
    "哪个医院项目参与方最多，有几家？",
    "深圳的项目里哪个参与方最多，有几家？",
    "Which hospital project has the most parties, and how many?",
    "深圳职业技术大学在这16单签约里露了几次面？",
    "Which hospital is the busiest across the signed projects?",
    "Which university is the busiest in the summer term?",
    "哪所高校最忙，科研经费最多？",
])
def test_a_ranked_count_or_busiest_of_what_the_graph_lacks_stays_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, verdict", [
    ("大连大学和交大的签约个数相同吗？", "是"),
    ("大工和交大的项目数目一样吗？", "否"),
    ("Do Dalian University and Jiaotong have an equal number of signed projects?", "Yes"),
])
def test_counts_said_equal_after_their_noun_are_compared(qa, question, verdict):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict) and states(answer, 3), answer.answer_text


def test_counts_said_equal_of_a_name_the_graph_lacks_stay_empty(qa):
    answer = qa.answer("大工和深圳大学的项目数一样吗？")
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question", [
    "联合体成员中，市、区两级的政府部门一共几个？",
    "成员单位中市区两级政府部门有多少个？",
    "聯合體成員裡，市區兩級政府部門總共幾個？",  # traditional
    "市、区两级政府部门在联合体里占几家？",
])
def test_levels_listed_name_the_stated_category(qa, question):
    answer = qa.answer(question)
    assert states(answer, 13), answer.answer_text


@pytest.mark.parametrize("question", [
    "深圳市、区两级政府部门有几个是联合体成员？",
    "沈阳市区两级政府部门加起来有几个？",
    "联合体里省市两级政府部门有几个？",
    "县区两级政府部门在联合体里有几个？",
])
def test_levels_the_graph_does_not_hold_stay_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, count", [
    ("签下的合作总数是多少？", 16),
    ("那天会上签署的合作一共有多少？", 16),
    ("大工签下的合作有几个？", 6),
])
def test_cooperations_named_by_signing_are_the_signed_projects(qa, question, count):
    answer = qa.answer(question)
    assert states(answer, count) and not states(answer, 33), answer.answer_text


@pytest.mark.parametrize("question", ["2019年签下的合作有几个？", "深圳那边签下的合作有几个？"])
def test_signed_cooperations_elsewhere_stay_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
