"""Round-27 negation within a named organisation's partners, on the real graph, worded apart from the development
cases, in both languages, traditional script and colloquial forms, with look-alike cases whose right answer is empty:

- a set of partners named before the negation scopes it: "交大签的几家企业里，哪些跟氢能无关" picks among Jiaotong's
  firms, not every firm (search.qa_operators._scoped_universe); a clause closed by a word of "within" names that
  set and asks nothing of its own (search.qa_conjoined.asks);
- "A … but not B" asked of organisations: A's partners, B's taken away;
- a relation denied in other words ("八竿子打不着", "不沾边", "has nothing to do with", "left out of") is no topic;
- the parties of one named cooperation, those in another cooperation taken away ("数字人才中心的高校里，哪些没签别的项目":
  search.qa_negated_within);
- an except clause setting aside what the one it names takes part in ("把大工参与的剔掉", "leaving out anything DUT is
  part of"): the organisations taking part only there go too (search.qa_except);
- a class word before a copula negation said as the partner's role when another class is asked ("找的学校不是大工的是
  哪几家公司": firms, search.qa_identity); the one an except clause sets aside is no profile asked ("Besides DUT, who
  is the other partner on …": search.qa_profile_cover); a closing imperative asks the set's parties ("请列出合作的双方");
- a negation read by no operator answers no plain lookup leaving its asked noun unaccounted ("which hospitals were
  left out of …": search.qa_readings).
"""

import pytest

from tests.search.dev_goals import labels

GUOCHUANG, HEYE, BIFEI = "国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司"
LIGONG, TRANSFORMER = "大连锂工科技有限公司", "大连第一互感器集团"
DUT_FIRMS = {"东风日产大连有限公司", "中科睿海(大连)智能技术研究院有限公司", "大连三友电器设备有限公司", "大连亚明汽车部件股份有限公司",
             "大连嘉翔科技有限公司", "大连良机予人管理咨询有限公司", "比邻星(大连)教育科技有限公司", "超聚变数字技术有限公司",
             "通用技术集团大连机床有限责任公司", "青软创新科技集团股份有限公司"}
NOT_DIGITAL = {"东风日产大连有限公司", "大连三友电器设备有限公司", "通用技术集团大连机床有限责任公司"}
JIAOTONG, BINGSHAN, AI_CENTER, KINDERGARTEN = "大连交通大学", "冰山松洋压缩机(大连)有限公司", "大连人工智能计算中心", "大连市金州区第一幼儿园"
ONLY_DIGITAL = {"大连医科大学", "大连海事大学", "大连财经学院"}
BASE_FIRMS_LEFT = {"一汽解放大连柴油机有限公司", LIGONG, TRANSFORMER, BIFEI}
DIGITAL_UNIVERSITIES_LEFT = {"大连医科大学", "大连大学", "大连民族大学", "大连海事大学", "大连财经学院"}

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
    # the parties of one cooperation, those in another taken away
    ("数字人才中心的高校里，哪些没签别的项目？", ONLY_DIGITAL),
    ("Of the universities in the digital talent centre, which have no other project?", ONLY_DIGITAL),
    ("Which universities were left out of the digital talent centre?", {JIAOTONG}),
    # an except clause setting aside what the named one takes part in
    ("六个基地项目里，把大工参与的去掉，剩下哪些企业？", BASE_FIRMS_LEFT),
    ("基地項目裡，去掉大工參與的，剩下哪些企業？", BASE_FIRMS_LEFT),
    ("Among the base projects, leaving out anything DUT is part of, which companies remain?", BASE_FIRMS_LEFT),
    ("科技创新类里，刨掉有大工的，还剩哪些企业？", {HEYE, GUOCHUANG, BINGSHAN}),
    ("Excluding the projects DUT signed, which firms are in the tech-innovation category?", {HEYE, GUOCHUANG, BINGSHAN}),
    # the partner's role before a copula negation, firms asked
    ("科技创新类项目里，选的高校不是大工的是哪几家企业？", {HEYE, GUOCHUANG, BINGSHAN}),
    ("搞技术攻关那一类里，挑的学校不是交大的是哪几家公司？", {"东风日产大连有限公司", BINGSHAN, "通用技术集团大连机床有限责任公司"}),
    # the one set aside is no profile asked
    ("Apart from Dalian University of Technology, who is the other party to the AI interdisciplinary base?", {AI_CENTER}),
    ("除了大工，人工智能交叉创新基地的另一方是谁？", {AI_CENTER}),
    ("十五方共建的数字人才中心，排除大连理工以后，剩下的高校名单给我列列", DIGITAL_UNIVERSITIES_LEFT),
]


# The parties asked of the set picked in a closing imperative: every one of ``must``.
@pytest.mark.parametrize("question, must", [
    ("人才培养类项目里，哪些没有企业参与？请列出合作的双方", {"大连理工大学", "大连职业技术学院", KINDERGARTEN}),
    ("基地项目类里，哪些没有大学参与？请列出合作企业", {LIGONG, TRANSFORMER, "一汽解放大连柴油机有限公司"}),
])
def test_a_closing_imperative_asks_the_parties(qa, question, must):
    answer = qa.answer(question)
    assert must <= labels(answer), answer.answer_text


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
    "Which hospitals were left out of the digital talent centre?",  # no hospital held
    "数字人才中心的医院里，哪些没签别的项目？",
    "基地项目里，去掉大工参与的，剩下哪些医院？",
    "人才培养类里，去掉大职院参与的，剩下哪些外资企业？",  # a qualifier the graph holds nothing on
])
def test_a_negation_among_partners_keeping_nothing_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
