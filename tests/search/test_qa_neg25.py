"""Round-25 negation within a subset and exclusion on the real graph, worded apart from the development cases, in both
languages, traditional script and colloquial forms, with look-alike cases whose right answer is empty:

- a set named before the negation scopes it ("交大那几个签约里，哪个不是…", "of Jiaotong's signings, which is not …":
  search.qa_negated_scope), a party's signings being its signed projects (search.qa_tally), a class word after a
  co-party word being the party denied, not the class asked ("哪个不是跟企业合作的");
- a kind of cooperation named before the negation scoping organisations asked ("科技创新类项目里，合作高校不是大工的
  企业");
- exclusion said as ruling out ("排除掉", "anyone but") and a person standing for the school he heads ("杨跃权学校");
- the parties of the set picked, asked in a closing clause ("合作的企业是哪家", "Name the companies", "合作单位分别是谁":
  search.qa_set_parties);
- chains whose later ask leaves out what the first names: an except clause naming a company whose name holds a comma
  ("Besides Bifei … Co., Ltd., which …"), the names of a sentence before the asking one ("Bifei picked a university
  partner. Which other firms did that university also sign with?"), "where else does X appear" besides a cooperation
  (in which other cooperations), the partners of a person's school ("杨跃权他们学校…另外两个合作方"), and another
  cooperation than the one an except clause sets aside, pointed back at ("…还参加了另一个项目，那个项目有几家单位").
"""

import pytest

from tests.search.dev_goals import labels

DUT, DVTC, JIAOTONG, DALIAN_U = "大连理工大学", "大连职业技术学院", "大连交通大学", "大连大学"
GUOCHUANG, HEYE, BIFEI, BINGSHAN = "国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司", "冰山松洋压缩机(大连)有限公司"
LIGONG, TRANSFORMER, KINDERGARTEN = "大连锂工科技有限公司", "大连第一互感器集团", "大连市金州区第一幼儿园"
INTERNSHIP_BASE = "产教融合实习实践基地项目"
ROCKWELL, RURAL, CHILDCARE = "罗克韦尔技术协同创新中心项目", "辽宁省乡村振兴产业学院项目", "金普新区托幼一体化人才培养基地项目"
TALENT_LEFT = {"大思政课实践教育基地项目", "大连市数字人才产教融合实训中心合作项目", "现代中药与生物制药高层次应用型人才联合培养项目"}

# Questions whose answers are exactly ``must``.
EXACTLY = [
    # a set scoping the negation, a party's signings its projects
    ("交大的签约当中，有一个是建基地而不是搞技术攻关的，是哪个？", {INTERNSHIP_BASE}),
    ("交大那几个签约里头，哪一个不属于科技创新类？", {INTERNSHIP_BASE}),
    ("交大那幾個簽約裡，哪個不屬於科技創新類？", {INTERNSHIP_BASE}),
    ("Of Jiaotong's signings, which one is not an R&D project?", {INTERNSHIP_BASE}),
    ("Among Dalian Jiaotong University's signings, which is not a technology research project?", {INTERNSHIP_BASE}),
    ("大职院的项目里，哪个不是跟企业合作的？", {"开源鸿蒙人才培养中心项目", CHILDCARE}),
    ("大职院签的项目中，不跟大连理工大学合作的有哪几个？", {ROCKWELL, RURAL, CHILDCARE}),
    # a kind named before the negation scopes the organisations asked
    ("科技创新类项目里，合作高校不是大工的有哪些企业？", {HEYE, GUOCHUANG, BINGSHAN}),
    ("科技创新类项目里，哪些企业的合作高校不是大连理工大学？", {HEYE, GUOCHUANG, BINGSHAN}),
    ("科技創新類項目裡，合作高校不是大工的企業有哪些？", {HEYE, GUOCHUANG, BINGSHAN}),
    # ruled out, a person for his school
    ("培养人才那一类签约里，排除掉有杨跃权学校参与的，剩下的是哪几个项目？", TALENT_LEFT),
    ("人才培养类项目中排除掉大职院参与的，还剩哪几个？", TALENT_LEFT),
    ("Which universities in the innovation category are anyone but DUT?", {JIAOTONG, DALIAN_U}),
]


@pytest.mark.parametrize("question, must", EXACTLY)
def test_a_negation_within_a_set_answers_the_rest(qa, question, must):
    answer = qa.answer(question)
    assert labels(answer) == must, answer.answer_text


# The parties asked of the set picked: every one of ``must``, none of ``never``.
PARTIES = [
    ("交大那几个签约里，有一个是建基地而不是技术攻关的，合作的企业是哪家？", {BIFEI}, {GUOCHUANG, HEYE}),
    ("交大的签约中哪一个不是科技创新类的？跟它合作的公司叫什么？", {BIFEI}, {GUOCHUANG, HEYE}),
    ("大职院签的项目中，不跟大工合作的有哪几个？合作单位分别是谁？", {LIGONG, TRANSFORMER, KINDERGARTEN}, {DUT, DVTC}),
    ("大職院簽的項目中，不跟大工合作的有哪幾個？合作單位分別是誰？", {LIGONG, TRANSFORMER, KINDERGARTEN}, {DUT, DVTC}),
    ("Which base projects have no university among the signing parties? Name the companies.",
     {LIGONG, TRANSFORMER, "一汽解放大连柴油机有限公司"}, {DUT, JIAOTONG}),
    ("Which of DVTC's projects don't involve DUT? List the partners.", {LIGONG, TRANSFORMER, KINDERGARTEN}, {DUT}),
]


@pytest.mark.parametrize("question, must, never", PARTIES)
def test_the_parties_of_the_set_picked_are_answered(qa, question, must, never):
    answer = qa.answer(question)
    assert must <= labels(answer) and not never & labels(answer), answer.answer_text


@pytest.mark.parametrize("question", [
    "交大的签约里，哪个不是跟企业合作的？",  # every one of its signings has a firm
    "大连大学的项目里，哪个不是跟企业合作的？合作的高校是谁？",  # none left to name parties of
    "Of Dalian University's signings, which one has no company among the partners?",
    "大连交大那几个签约里，哪个不是跟大学合作的？",  # it is the university of every one
    "科技创新类项目里，合作高校不是大工的有哪些幼儿园？",  # no kindergarten in that kind
    "排除大连理工大学以后，沈阳还有哪些大学参与？",  # a city the graph does not hold
    "除了河野，大连交通大学在区块链方向上还跟哪家公司联手？",  # no blockchain work held
    "除了河野，大连交通大学还跟哪家医院联手？",  # no hospital held
])
def test_a_negation_keeping_nothing_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


# Chains and exclusions leaving out what the first part names: every one of ``must``, none of ``never``.
LEFT_OUT = [
    ("Besides Bifei Separation Membrane (Dalian) Co., Ltd., which firms does Dalian Jiaotong University work with?",
     {GUOCHUANG, HEYE}, {BIFEI}),
    ("Apart from Guochuang Hydrogen Energy Technology Co., Ltd., which companies partnered with Dalian Jiaotong University?",
     {BIFEI, HEYE}, {GUOCHUANG}),
    ("Bifei picked a university partner. Which other firms did that university also sign with?", {GUOCHUANG, HEYE}, {BIFEI}),
    ("Besides the ideological-politics course base, where else does Dalian Minzu University appear in the signings?",
     {"大连市数字人才产教融合实训中心合作项目"}, {"大思政课实践教育基地项目"}),
    ("杨跃权他们学校参与的乡村振兴产业学院，另外两个合作方是谁？", {TRANSFORMER, "普兰店区职教中心"}, {DVTC}),
    ("杨跃权所在学校的合作方有哪些？", {TRANSFORMER, LIGONG, KINDERGARTEN}, {DVTC}),
    ("楊躍權所在學校的合作方有哪些？", {TRANSFORMER, LIGONG, KINDERGARTEN}, {DVTC}),
    ("董建军那家公司的大学合作伙伴，除了车铣镗还签了啥？", {"开源鸿蒙人才培养中心项目"}, {"卧式车铣镗复合加工中心性能调控技术攻关项目"}),
    # the rest of an except clause read without a verb the whole reading leaves out ("联手")
    ("除了河野，大连交通大学在燃料电池方向上还跟哪家公司联手？", {GUOCHUANG}, {HEYE, BIFEI}),
    ("跟河野搞超声悬浮的学校，在燃料电池方向上又跟哪家公司联手？", {GUOCHUANG}, {HEYE}),
    # another cooperation than the one set aside, pointed back at
    ("民大除了大思政课那个基地，还参加了另一个项目，那个项目总共有几家单位？", {"大连海事大学", "大连理工大学"}, {"大连德泰城市服务集团有限公司"}),
    ("Besides the ideological-politics base, Minzu University is in another project. How many parties does that project have?",
     {"大连海事大学", "大连理工大学"}, {"大连德泰城市服务集团有限公司"}),
]


@pytest.mark.parametrize("question, must, never", LEFT_OUT)
def test_a_later_ask_leaves_out_what_the_first_names(qa, question, must, never):
    answer = qa.answer(question)
    assert must <= labels(answer) and not never & labels(answer), answer.answer_text


@pytest.mark.parametrize("question", [
    "Besides the digital talent centre, where is Dalian Minzu University located?",  # where it lies: a place, no project
])
def test_where_a_thing_lies_stays_a_place(qa, question):
    answer = qa.answer(question)
    assert not any("项目" in a for a in labels(answer)), answer.answer_text
