"""Round-29 comparisons and exclusions, on the real graph, worded apart from the development cases, in both languages,
traditional script and colloquial forms, with look-alike cases whose right answer is empty:

- a short form glossed by the name in brackets after it is that name: "交大和大大（大连大学）", "Dagong (Dalian University
  of Technology)" (search.qa_asides.glossed); a bracketed name the graph does not hold glosses nothing;
- a comparison said as a match: "A对上B", "A PK B", "民大PK海大" (search.wording.GLUED_MATCH), "比一比", "掰扯一下", its side ahead the larger: "谁占上风",
  "谁领先", "哪边胜出", "who comes out ahead" (search.qa_cues.COMPARE_WORDS, MORE_WORDS, LARGER_ASKED: a verb and its object
  may stand between the side asked and its "more": "哪边落笔签下的项目更多");
- a kind of project named with "-type" or "-style" after a word of its name ("R&D-type agreements", "R&D-style"), or as
  "people training" (the talent kind's alias): the "D-type" after "R&" is no unheld name (search.qa_scope);
- "campus" is a school (the ontology's alias of cj:EducationalInstitution): "which Dalian campus", "the Jiaotong campus";
- an except clause naming an organisation's partners sets its partners aside, not it: "把大工的合作方剔掉，剩下的公司",
  "excluding the partners of Jiaotong" (search.qa_except.ExceptSets._partners_set_aside);
- an except clause naming a kind of organisation among one organisation's partners leaves the others: "大连职院的合作方里，
  去掉企业，还剩谁", "X's counterparts, drop the businesses", or a kind of cooperation, the partners through the others:
  "除了人才培养类，还跟哪些企业合作" (search.qa_except.ExceptSets.partners_but_kind; the kind set aside is no partner a later
  clause points back at: search.qa_chain);
- a word of a compared one's own class describes it, no topic left over: "本科的大工对上高职的大连职院"
  (search.qa_comparative.kind_words);
- the parties of one named cooperation taking part nowhere else: "show up nowhere else", "哪些在别的签约里都没出现",
  "别处再没露面" (the other one denied before the negation word in its clause: search.qa_negated_within);
- a presence seen is a party's taking part: "签约里谁的身影多", "谁亮相更多" (search.qa_tally.APPEARING);
- an ordinal before a kind word is a place in an order, no name: "the first group" is no Dalian First Instrument Transformer
  Group (search.qa_overlap, search.qa_part_names);
- two figures compared across a match word ("工程师苗子,对比匠苗"), or a side matching no figure by its words but naming the
  class a sibling counts ("do campuses outnumber government offices": search.qa_figure_compare).
"""

import pytest

from tests.search.dev_goals import labels

DUT, DVTC, JIAOTONG, DALIAN_U = "大连理工大学", "大连职业技术学院", "大连交通大学", "大连大学"
MINZU, MARITIME = "大连民族大学", "大连海事大学"
HEYE, GUOCHUANG, BINGSHAN = "大连河野智能装备有限公司", "国创氢能科技有限公司", "冰山松洋压缩机(大连)有限公司"
DONGFENG, GT = "东风日产大连有限公司", "通用技术集团大连机床有限责任公司"
NOT_DUT_PARTNERS = {HEYE, GUOCHUANG, BINGSHAN}  # the tech-innovation firms DUT does not partner
NOT_JIAOTONG_PARTNERS = {DONGFENG, GT, BINGSHAN}
BASE_NOT_DVTC = {"一汽解放大连柴油机有限公司", "大连三友电器设备有限公司", "碧菲分离膜(大连)有限公司"}

COMPARED = [
    # a short form glossed in brackets
    ("民大跟连职（大连职业技术学院）比，谁签的项目多？", {DVTC}),
    ("工大(大连理工大学)和民大比一比,谁的签约项目多?", {DUT}),
    ("海大（大连海事大学）與民大，誰簽的項目多？", {MINZU}),
    # a comparison said as a match, the side ahead the larger
    ("大工对上大连职院,签约项目数谁领先?", {DUT}),
    ("民大PK海大,谁签的项目多?", {MINZU}),
    ("大连大学和民大比比,谁占上风?", {DALIAN_U}),
    ("交大對上民大，簽約項目誰佔上風？", {JIAOTONG}),
    ("Dalian Minzu University versus Dalian Maritime University: who comes out ahead in signed projects?", {MINZU}),
    ("Jiaotong vs Dalian Minzu, which one is ahead on signed deals?", {JIAOTONG}),
    # a presence seen
    ("民大和海大，谁在签约里亮相更多？", {MINZU}),
    ("大连大学和民大，签约项目里谁的身影多？", {DALIAN_U}),
    # a word of the compared one's own class
    ("本科的大工和高职的大连职院比一比，谁签的项目多？", {DUT}),
    ("本科院校大连大学对上民大，哪个签约多？", {DALIAN_U}),
]


@pytest.mark.parametrize("question, winner", COMPARED)
def test_two_organisations_compared_name_the_winner(qa, question, winner):
    answer = qa.answer(question)
    assert "compare" in answer.understanding["operators"] and labels(answer) == winner, answer.answer_text


@pytest.mark.parametrize("question, counts", [
    ("科创类和基地类掰扯一下,哪边落笔签下的项目更多?", ("5", "6")),
    ("基地类跟人才培养类比一比，哪一边签的项目多？", ("6", "5")),
    ("Between R&D-type agreements and talent-training agreements, which has more?", ("5", "5")),
    ("Between R&D-style deals and people-training deals, did one type outnumber the other?", ("5", "5")),
])
def test_two_kinds_compared_give_both_counts(qa, question, counts):
    text = qa.answer(question).answer_text
    assert all(c in text for c in counts) and ("更多" in text or "As many" in text or "一样多" in text or "More" in text), text


EXCEPT_PARTNERS = [
    ("研发攻关类里,把大工的合作方剔掉,剩下的公司有谁?", NOT_DUT_PARTNERS),
    ("科创类项目里，除了大工的合作伙伴，还有哪些企业？", NOT_DUT_PARTNERS),
    ("科技創新類項目裡，去掉交大的合作企業，剩下哪些企業？", NOT_JIAOTONG_PARTNERS),
    ("In the tech innovation category, excluding the partners of Jiaotong, which firms remain?", NOT_JIAOTONG_PARTNERS),
    ("基地类项目里，把大职院的合作方刨掉，还剩哪些企业？", BASE_NOT_DVTC),
]

EMPTY = [
    # a bracketed name the graph does not hold glosses nothing
    "清华(清华大学)和大工比,谁签的项目多?",
    "大大(大连外国语大学)和交大比谁的项目多?",
    "Tsinghua (Tsinghua University) vs DUT: who signed more deals?",
    # a match against a school the graph does not hold
    "大工对上清华,签约项目数谁领先?",
    "民大PK沈阳大学,谁签的项目多?",
    # a kind said with -type the graph does not hold
    "Between healthcare-type agreements and R&D-type agreements, which has more?",
    # the partners of a school the graph does not hold; a class the partners are not of
    "科创类项目里，把清华的合作方剔掉，剩下的公司有谁？",
    "研发攻关类里,把大工的合作方剔掉,剩下的医院有谁?",
    "Among the base projects, excluding the partners of DUT, which hospitals remain?",
]


@pytest.mark.parametrize("question, must", [*EXCEPT_PARTNERS, *((q, set()) for q in EMPTY)])
def test_partners_set_aside_leave_the_rest_or_nothing(qa, question, must):
    assert labels(answer := qa.answer(question)) == must, answer.answer_text


@pytest.mark.parametrize("question, must", [
    ("Guochuang's fuel-cell plate project is with which Dalian campus?", {JIAOTONG}),
    ("Which campus does Heye Intelligent Equipment partner with?", {JIAOTONG}),
])
def test_a_campus_is_a_school(qa, question, must):
    assert labels(answer := qa.answer(question)) == must, answer.answer_text


DVTC_NOT_FIRMS = {"大连市金州区第一幼儿园", DUT, "普兰店区职教中心"}
DVTC_NOT_TALENT_FIRMS = {"大连第一互感器集团", "大连锂工科技有限公司", GT}


@pytest.mark.parametrize("question, must", [
    ("大连职院的合作方里，去掉企业，还剩谁？", DVTC_NOT_FIRMS),
    ("大連職院的合作夥伴，除了企業以外還有哪些？", DVTC_NOT_FIRMS),
    ("Dalian Vocational & Technical College's partners excluding the companies: who are they?", DVTC_NOT_FIRMS),
    ("Go through DVTC's partners and drop the businesses. Who is left?", DVTC_NOT_FIRMS),
    ("大工的合作方里，刨掉企业和高校，剩下谁？", {"大连人工智能计算中心", "辽宁省大数据管理与优化决策重点实验室"}),
    # a kind of cooperation set aside: the partners reached through the others
    ("大连职院的项目里，除了人才培养类，还跟哪些企业合作？", DVTC_NOT_TALENT_FIRMS),
    ("Leaving aside its talent-training deals, which companies does DVTC work with?", DVTC_NOT_TALENT_FIRMS),
    ("交大的项目里，除了科创类，还跟哪些医院合作？", set()),
    # a kind the graph holds nothing of is no kind set aside (nothing answered); one all the partners are of leaves none
    ("交大的合作方里，去掉医院，还剩谁？", set()),
    ("交大的合作方里，去掉企业，还剩谁？", set()),
])
def test_a_kind_set_aside_among_partners_leaves_the_others(qa, question, must):
    assert labels(answer := qa.answer(question)) == must, answer.answer_text


@pytest.mark.parametrize("question, values", [
    ("两个计划的首批名额对比:懂工艺会管理的那种工程师苗子,对比匠苗,谁的人数大?", ("40", "12")),
    ("In the member roster, do campuses outnumber government offices? Give both figures.", ("17", "13")),
])
def test_two_figures_compared_state_both(qa, question, values):
    text = qa.answer(question).answer_text
    assert all(v in text for v in values), text


@pytest.mark.parametrize("question", [
    "Do hospitals outnumber government offices among the members?",
    "成员里医院和政府部门哪个多?",
    "两个计划的首批名额对比:医生苗子对比护士苗子,谁的人数大?",
])
def test_a_side_the_graph_holds_nothing_on_compares_nothing(qa, question):
    answer = qa.answer(question)
    assert not any(ch.isdigit() for ch in answer.answer_text), answer.answer_text


DIGITAL_ONLY = {"大连医科大学", MARITIME, "大连财经学院"}  # the digital centre's universities in no other signing


@pytest.mark.parametrize("question, must", [
    ("Among the universities in the digital talent centre project, which ones show up nowhere else?", DIGITAL_ONLY),
    ("数字人才实训中心的高校里，哪些在别的签约里都没出现？", DIGITAL_ONLY),
    ("數字人才實訓中心名單上的大學，哪幾所別處再沒露面？", DIGITAL_ONLY),
    # a kind the project has no party of: nothing
    ("数字人才实训中心的医院里，哪些在别的签约里都没出现？", set()),
])
def test_parties_of_one_cooperation_seen_nowhere_else(qa, question, must):
    assert labels(answer := qa.answer(question)) == must, answer.answer_text


@pytest.mark.parametrize("question", [
    "Is the first intake of field engineers larger than the first group of craftsman seedlings?",
    "Was Jinpu really among the very first group nationally to win approval?",
    "Which second college signed with DUT?",
])
def test_an_ordinal_before_a_kind_word_names_no_entity(qa, question):
    # "first group" is a place in an order, no "Dalian First Instrument Transformer Group" (search.qa_values.PLACE_WORDS)
    assert "https://w3id.org/chanjiao/id/org/dalian-no1-instrument-transformer-group" not in qa.answer(question).understanding.get("entities", [])
