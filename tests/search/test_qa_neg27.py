"""Round-27 negation within a named organisation's partners, on the real graph, worded apart from the development
cases, in both languages, traditional script and colloquial forms, with look-alike cases whose right answer is empty:

- a set of partners named before the negation scopes it: "交大签的几家企业里，哪些跟氢能无关" picks among Jiaotong's
  firms, not every firm (search.qa_operators._scoped_universe); a clause closed by a word of "within" names that
  set and asks nothing of its own (search.qa_chain.asks);
- "A … but not B" asked of organisations: A's partners, B's taken away;
- a relation denied in other words ("八竿子打不着", "不沾边", "has nothing to do with", "no tie to") is no topic.
"""

import pytest

from tests.search.dev_goals import labels

GUOCHUANG, HEYE, BIFEI = "国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司"
LIGONG, TRANSFORMER = "大连锂工科技有限公司", "大连第一互感器集团"
DUT_FIRMS = {"东风日产大连有限公司", "中科睿海(大连)智能技术研究院有限公司", "大连三友电器设备有限公司", "大连亚明汽车部件股份有限公司",
             "大连嘉翔科技有限公司", "大连良机予人管理咨询有限公司", "比邻星(大连)教育科技有限公司", "超聚变数字技术有限公司",
             "通用技术集团大连机床有限责任公司", "青软创新科技集团股份有限公司"}
NOT_DIGITAL = {"东风日产大连有限公司", "大连三友电器设备有限公司", "通用技术集团大连机床有限责任公司"}

# Questions whose answers are exactly ``must``.
EXACTLY = [
    ("大连交大的合作企业里，哪几家跟氢能没关系？", {HEYE, BIFEI}),
    ("交大签的那几家公司中，哪些和氢能源不沾边？", {HEYE, BIFEI}),
    ("交大簽的幾家企業裡，哪些跟氫能無關？", {HEYE, BIFEI}),
    ("交大那仨合作企业里头，哪个跟氢能八竿子打不着", {HEYE, BIFEI}),
    ("Of Jiaotong's partner companies, which have nothing to do with hydrogen?", {HEYE, BIFEI}),
    ("Among the firms Dalian Jiaotong University signed with, which ones are not in hydrogen energy?", {HEYE, BIFEI}),
    ("大職院的合作企業裡，哪些沒有和大工合作？", {LIGONG, TRANSFORMER}),
    ("Which firms partner with DUT but not with Jiaotong?", DUT_FIRMS),
    ("哪些企业和大工合作但没有和交大合作？", DUT_FIRMS),
    ("大連理工的合作企業當中，有哪些跟數字人才中心無關？", NOT_DIGITAL),
    ("Of DUT's partner companies, which are not part of the digital talent center?", NOT_DIGITAL),
]


@pytest.mark.parametrize("question, must", EXACTLY)
def test_a_negation_among_partners_answers_the_rest(qa, question, must):
    answer = qa.answer(question)
    assert labels(answer) == must, answer.answer_text


@pytest.mark.parametrize("question", [
    "大连交大的合作企业里，哪几家跟区块链没关系？",  # a topic the graph does not cover
    "深圳职业技术大学的合作企业里，哪些没有参与氢能项目？",  # a school the graph does not hold
    "哪些大学跟大连人工智能计算中心合作，但没有跟大连理工大学合作？",  # every one shares a project with DUT
    "Which of Jiaotong's partner firms have nothing to do with blockchain?",
    "交大的合作企业里，哪些跟氢能无关？它们在沈阳的工厂在哪？",  # another city's plants
])
def test_a_negation_among_partners_keeping_nothing_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
