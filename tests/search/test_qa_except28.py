"""Round-28 negation and exclusion aimed at a partner, on the real graph, worded apart from the development cases, in
both languages, traditional script and colloquial forms, with look-alike cases whose right answer is empty:

- an except word aimed at a partner, not at the answers: "companies that teamed up with somebody other than DUT", "合作
  高校是大工以外的企业", "跟交大以外的学校合作的公司" read as the partner denied (search.wording.ROLE_DENIED, ZH_ROLE_DENIED);
- a partner denied right before its name is no description of its partners to follow: "没跟交大搭伙的那些公司"
  (search.qa_cues.NEGATED_WITH in search.qa_chain and search.qa_refs);
- each kind a "neither … nor" / "既不是…也不是…" denies of a named cooperation's parties, the kind read as asked one
  of them (search.qa_negated_terms.denied_party_kind);
- a negation answered by nothing is not read off a sentence stating who takes part (search.qa_reader.read_in).
"""

import pytest

from search.qa_cues import NEGATED_WITH
from tests.search.dev_goals import labels

HEYE, GUOCHUANG, BINGSHAN = "大连河野智能装备有限公司", "国创氢能科技有限公司", "冰山松洋压缩机(大连)有限公司"
DONGFENG, GT = "东风日产大连有限公司", "通用技术集团大连机床有限责任公司"
NOT_DUT = {HEYE, GUOCHUANG, BINGSHAN}  # the tech-innovation firms whose university is not DUT
NOT_JIAOTONG = {DONGFENG, GT, BINGSHAN}  # ... not Jiaotong
BASE_NOT_DVTC = {"一汽解放大连柴油机有限公司", "大连三友电器设备有限公司", "碧菲分离膜(大连)有限公司"}
AI_CENTER, LAB = "大连人工智能计算中心", "辽宁省大数据管理与优化决策重点实验室"
DIGITAL_UNIVERSITIES = {"大连医科大学", "大连大学", "大连民族大学", "大连海事大学", "大连理工大学", "大连财经学院"}

EXACTLY = [
    # an except word aimed at the partner
    ("Among the R&D projects, which companies teamed up with somebody other than DUT?", NOT_DUT),
    ("In the tech innovation category, which firms worked with anyone but Jiaotong?", NOT_JIAOTONG),
    ("科技创新类项目里，合作高校是大工以外的企业有哪些？", NOT_DUT),
    ("科创类里，跟交大以外的学校合作的公司是哪几家？", NOT_JIAOTONG),
    ("科技創新類項目裡，跟交大以外的學校合作的企業有哪些？", NOT_JIAOTONG),
    ("基地类项目里，跟除了大职院以外的学校合作的企业是哪些？", BASE_NOT_DVTC),
    # a partner denied before its name
    ("攻关那类里头没跟交大搭伙的公司都有谁", NOT_JIAOTONG),
    ("攻關類項目裏沒跟大連交大合作的公司都有誰？", NOT_JIAOTONG),
    # each kind denied of a cooperation's parties
    ("數字人才實訓中心的參與方裡，既不是企業也不是高校的是哪幾個？", {AI_CENTER, LAB}),
    ("Which parties to the digital talent centre are neither companies nor universities?", {AI_CENTER, LAB}),
    ("数字人才实训中心的参与方里，不是企业的有哪些？", {AI_CENTER, LAB, *DIGITAL_UNIVERSITIES}),
    # a class's own label is no unknown name (search.qa_scope); "list every" asks for the class word after it
    ("科创项目里，合作方既不是大工也不是交大的那家企业叫啥？", {BINGSHAN}),
    ("Among the base projects, list every firm whose partner was someone other than DUT.",
     {"一汽解放大连柴油机有限公司", "大连第一互感器集团", "大连锂工科技有限公司", "碧菲分离膜(大连)有限公司"}),
]


# ... and look-alikes whose right answer is empty
EMPTY = [
    "Which R&D companies partnered with a university other than Tsinghua?",  # a school the graph does not hold
    "In the innovation category, which firms worked with a university other than DUT, Jiaotong and Dalian University?",
    "攻关类项目里没跟华为合作的公司都有谁？",
    "没跟大工合作的医院有哪些？",  # no hospital held
    "In the innovation category, which hospitals worked with anyone but DUT?",
    "托幼一体化项目的参与方里，既不是幼儿园也不是高校的有哪些？",  # every party is one of the two
    "Which parties to the childcare integration project are neither kindergartens nor colleges?",
    "科创项目里，合作方不是大工也不是交大也不是大连大学的企业是哪家？",
    # a noun asked that names no class of the graph's: no other class's complement
    "Among the base projects, which hospitals had a partner other than DUT?",
    "Among the base projects, list every hospital whose partner was someone other than DUT.",
    "基地项目里，哪些医院的合作方不是大工？",
]


@pytest.mark.parametrize("question, must", [*EXACTLY, *((q, set()) for q in EMPTY)])
def test_a_partner_or_kind_denied_answers_the_rest_or_nothing(qa, question, must):
    assert labels(answer := qa.answer(question)) == must, answer.answer_text


@pytest.mark.parametrize("before, denied", [
    ("攻关类项目里没跟", True), ("不和", True), ("companies that never worked with ", True),
    ("请问大连医科大学有没有和", False), ("是不是跟", False), ("哪些企业跟", False),
])
def test_a_partner_is_denied_only_by_a_negation(before, denied):
    assert bool(NEGATED_WITH.search(before)) is denied


# A closing 不 asks a verdict, it denies nothing: never the complement of a set.
@pytest.mark.parametrize("question, verdict", [
    ("东风日产大连那个攻关项目，合作学校是大工不？", "是"),
    ("碧菲那个基地项目，合作学校是大工不？", "否"),
    ("碧菲那個基地項目，合作學校是大連交大不？", "是"),
])
def test_a_closing_bu_asks_a_verdict(qa, question, verdict):
    assert qa.answer(question).answer_text.startswith(verdict)
