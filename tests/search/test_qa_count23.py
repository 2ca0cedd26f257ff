"""Round-23 counts and rankings, on the real graph, each worded apart from the development cases that found them, in
both languages, traditional script and colloquial forms, with cases whose right answer is empty:

- a superlative said as a comparison with every other ("more deals than any other school", "比其他大学都多", "比谁都多")
  ranks as "the most" does (search.qa_more_than_all); a comparison of two named things is left alone;
- a size superlative ("阵容最庞大", "最长", "smallest lineup") names no topic: projects ranked by their parties;
- a whole named by its number alone ("这16个里头", "of the sixteen") is the one class of that many instances
  (search.qa_whole_number): a party's share of it is counted; a number no one class has that many of is left alone;
- a podium place ("银牌给谁", "who takes bronze", "金牌") is that level of the ranking said beside it.
"""

import pytest

from search.qa_more_than_all import as_superlative
from search.understand import understand
from tests.search.dev_goals import labels, states

DUT, DVTC, DALIAN_U, JIAOTONG, MINZU = "大连理工大学", "大连职业技术学院", "大连大学", "大连交通大学", "大连民族大学"
DIGITAL = "大连市数字人才产教融合实训中心合作项目"


@pytest.mark.parametrize("text, expected", [
    ("which school signed more deals than any other school?", "which school signed the most deals?"),
    ("who has fewer projects than all the others?", "who has the fewest projects?"),
    ("哪所学校参与的项目比其他学校都要多？", "哪所学校参与的项目最多？"),
    ("谁签的项目比谁都少", "谁签的项目最少"),
    # two named things compared: no superlative
    ("is dalian university in more projects than dalian minzu university?", "is dalian university in more projects than dalian minzu university?"),
    ("大连大学比民大多吗", "大连大学比民大多吗"),
])
def test_a_comparison_with_every_other_is_the_superlative(text, expected):
    assert as_superlative(text) == expected


# (question, the answers exactly, the count stated)
RANKED = [
    ("Which university takes part in more of the signed projects than any other university?", {DUT}, 6),
    ("哪所大学参与的签约项目比其他大学都多？", {DUT}, 6),
    ("哪所大學簽的項目比別的大學都多？", {DUT}, 6),  # traditional
    ("which college is in more deals than anyone else", {DUT}, 6),  # colloquial, lower case
    ("签约方阵容最庞大的是哪个项目？", {DIGITAL}, 15),
    ("簽約陣容最龐大的是哪一個項目？", {DIGITAL}, 15),
    ("Which deal had the biggest lineup of signing parties?", {DIGITAL}, 15),
    ("把签约的学校按项目数排个队，银牌给谁？", {DVTC}, 4),  # its signed projects: the base it co-funds is none (round 32)
    ("学校按项目数排个队，金牌归谁？", {DUT}, 6),
    ("Ranking universities by number of projects, who takes bronze?", {MINZU}, 2),
]


@pytest.mark.parametrize("question, picked, count", RANKED)
def test_superlatives_said_otherwise_rank(qa, question, picked, count):
    answer = qa.answer(question)
    assert labels(answer) == picked and states(answer, count), answer.answer_text


# A party's share of the whole named by its number alone: (question, its projects, figures never stated)
SHARES = [
    ("大连理工大学在这16个里头占了几个？", 6, {18}),  # not its 18 partners
    ("這十六個裏面大連大學佔了幾個？", 3, {17}),
    ("Of the sixteen, how many involve Dalian University of Technology?", 6, {18}),
    ("In how many of the 16 is Dalian Jiaotong University a signatory?", 3, set()),
    ("大交大在那16个当中占几个", 3, set()),  # short form
]


@pytest.mark.parametrize("question, count, never", SHARES)
def test_a_share_of_a_whole_named_by_its_number(qa, question, count, never):
    answer = qa.answer(question)
    assert states(answer, count) and not any(states(answer, n) for n in never), answer.answer_text
    assert len(answer.answers) == count, answer.answer_text


@pytest.mark.parametrize("text, expected", [
    ("大连理工大学在这16个里占了几个？", "大连理工大学在这16个项目里占了几个？"),
    ("of the sixteen, how many involve it?", "of the sixteen projects, how many involve it?"),
    # six base projects and six people: no one whole of six; a noun said after the number is kept
    ("大连理工大学在这6个里占了几个？", "大连理工大学在这6个里占了几个？"),
    ("of the sixteen agreements, how many involve it?", "of the sixteen agreements, how many involve it?"),
])
def test_a_number_names_the_one_whole_of_its_size(qa, text, expected):
    assert qa.wholes.named(text, understand(text, qa.lexicon)) == expected


# What the graph does not hold stays empty, however the superlative or the whole is said.
EMPTY = [
    "Which university signed more aerospace deals than any other university?",
    "哪所大学参与的航空航天项目比其他大学都多？",
    "签约方阵容最庞大的医院是哪家？",
    "In how many of the sixteen is Shenzhen Polytechnic a signatory?",
    "深圳职业技术大学在这16个里头占了几个？",
]


@pytest.mark.parametrize("question", EMPTY)
def test_what_the_graph_does_not_hold_stays_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


# An organisation's own plans counted whatever words say it has them: (question, the count)
PLANS = [
    ("大连职院下一步要重点推出几个计划？", 4),
    ("大連職院在聯合體裏打算實施幾項計劃？", 4),  # traditional
    ("how many separate programmes does dvtc plan to launch?", 4),  # lower case, short form
    ("Which plans, and how many, has Dalian Vocational & Technical College laid out as its key ones?", 4),
]


@pytest.mark.parametrize("question, count", PLANS)
def test_an_organisations_own_plans_are_counted(qa, question, count):
    answer = qa.answer(question)
    assert len(answer.answers) == count and states(answer, count), answer.answer_text


# A word that narrows the plans to what none is about leaves none: never the four plans.
@pytest.mark.parametrize("question", [
    "How many hydrogen plans does Dalian Vocational & Technical College have?",
    "大连职院有几个计划是跟氢能有关的？",
    "大连职院在航空航天方面有几个计划？",
    "How many plans does Dalian University of Technology list?",
])
def test_plans_narrowed_to_what_none_is_about_are_none(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and not states(answer, 4), answer.answer_text


# 科研机构 in the English it is usually translated by: the members of that kind, as the source states them (4).
@pytest.mark.parametrize("question", [
    "How many scientific research institutes are among the consortium's members?",
    "Of the member units, how many are scientific research bodies?",
])
def test_scientific_research_institutes_are_the_research_institutions(qa, question):
    answer = qa.answer(question)
    assert states(answer, 4) and not states(answer, 97), answer.answer_text


# A total across the kinds of projects is the whole (16), each kind's share beside; a number of kinds the graph does not
# sort so, or a sum of money, is no such total.
@pytest.mark.parametrize("question", [
    "三类项目加起来一共签了多少个？",
    "三類項目合計簽了幾個？",  # traditional
    "What is the combined number of projects across all three categories?",
    "add up the three categories for me, how many projects in total",  # colloquial
])
def test_a_total_across_the_kinds_is_the_whole(qa, question):
    answer = qa.answer(question)
    assert states(answer, 16), answer.answer_text


@pytest.mark.parametrize("question", ["Across the four categories, how many projects were signed in total?",
                                      "三类项目加起来一共投资了多少钱？"])
def test_no_total_of_kinds_not_held_so(qa, question):
    answer = qa.answer(question)
    assert not states(answer, 16), answer.answer_text


def test_a_number_pointing_back_at_the_things_named_is_no_whole(qa):
    text = "大连大学、大连民族大学、大连交通大学这三所里，哪所参与的项目最少"
    assert qa.wholes.named(text, understand(text, qa.lexicon)) == text
