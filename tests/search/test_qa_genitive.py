"""English possessives and descriptions read like their Chinese twins (search.qa_genitive, search.qa_unit_refs):
"the partner university of X" as "X's partner university" (X的合作大学), "the college Yang Yuequan heads" as his
college (杨跃权领导的学院), "the university Heye works with" as the one that works with Heye (和河野合作的大学), and a
unit written past its linked name ("CSPC Yuanda's Dalian pharmaceutical arm"). None of these questions is in a
development set. Names the graph does not hold stay outside, and what it holds nothing on stays empty."""

import pytest

from tests.search.dev_goals import labels

JIAOTONG, LIGHT_INDUSTRY, VOCATIONAL = "大连交通大学", "辽宁轻工职业学院", "大连职业技术学院"
VOCATIONAL_FIRMS = {"大连第一互感器集团", "大连锂工科技有限公司", "通用技术集团大连机床有限责任公司"}


@pytest.mark.parametrize("question, expected", [
    ("What is the partner university of Bingshan Songyang?", {"大连大学"}),
    ("Who is the partner university of Dongfeng Nissan?", {"大连理工大学"}),
    ("Which is the partner school of Guochuang Hydrogen?", {JIAOTONG}),
    ("whos the partner school of guochuang hydrogen", {JIAOTONG}),  # typed fast, no apostrophe, no capitals
    ("Which partner university of Bingshan Songyang signed the compressor centre?", {"大连大学"}),
    ("冰山松洋的合作大学是哪所？", {"大连大学"}),  # the Chinese twin
    ("Who is Dongfeng Nissan's partner university?", {"大连理工大学"}),  # a partner is no unit of the group
    ("Which is Guochuang Hydrogen's partner school?", {JIAOTONG}),  # the phrase itself is asked
])
def test_the_partner_of_a_name_is_its_possessive_twin(qa, question, expected):
    assert labels(qa.answer(question)) == expected


@pytest.mark.parametrize("question", [
    "Which companies did the college of Yang Yuequan sign with?",
    "Which companies did the college Yang Yuequan heads sign with?",
    "which companies did the college yang yuequan runs sign with",
    "杨跃权当校长的那所学院跟哪些公司签了约？",
])
def test_the_college_a_person_heads_is_his_posts(qa, question):
    assert labels(qa.answer(question)) == VOCATIONAL_FIRMS


def test_a_bare_relative_clause_keeps_what_else_it_asks(qa):
    answer = qa.answer("Which firm did the college Yang Yuequan runs sign the Rockwell centre with?")
    assert labels(answer) == {"大连锂工科技有限公司"}


@pytest.mark.parametrize("question, expected", [
    ("Which projects does the university Heye works with take part in?",
     {"产教融合实习实践基地项目", "质子交换膜燃料电池金属石墨复合双极板开发项目", "超声悬浮精密零件减摩搬运工作台研制项目"}),
    ("Which firms does the university Heye partners with also work with?", {"国创氢能科技有限公司", "碧菲分离膜(大连)有限公司"}),
    ("和河野合作的大学还跟哪些企业合作？", {"国创氢能科技有限公司", "碧菲分离膜(大连)有限公司"}),
    ("Which firms did the university Heye teamed up with also sign with?", {"国创氢能科技有限公司", "碧菲分离膜(大连)有限公司"}),
])
def test_a_relative_clause_without_that(qa, question, expected):
    assert labels(qa.answer(question)) == expected


@pytest.mark.parametrize("question, expected", [
    ("CSPC Yuanda's Dalian pharmaceutical arm: which project is it part of?", {"现代中药与生物制药高层次应用型人才联合培养项目"}),
    ("FAW Jiefang's diesel engine plant in Dalian — who is its partner school?", {LIGHT_INDUSTRY}),
    ("FAW Jiefang's diesel plant in Dalian teamed with which college on the practice base?", {LIGHT_INDUSTRY}),
    ("Which university did Guochuang Hydrogen team with?", {JIAOTONG}),
    ("一汽解放在大連的柴油機廠，它的合作學校是誰？", {LIGHT_INDUSTRY}),
])
def test_a_unit_written_past_its_name(qa, question, expected):
    assert labels(qa.answer(question)) == expected


@pytest.mark.parametrize("question", [
    "Who is the partner university of Shenzhen Polytechnic?",  # a name the graph does not hold
    "Which firms work with the University of Tokyo?",
    "Which companies did the college Li Ming heads sign with?",
    "Which projects did the university Huawei works with sign?",
    "What is the partner hospital of Bingshan Songyang?",  # a kind it holds nothing of
    "Which hospital did the university Heye works with sign with?",
    "Which hospital did Guochuang Hydrogen team with?",
    "Who is the president of Dalian Jiaotong University?",  # a post the graph does not hold
    "CSPC Yuanda's Shenyang arm: which project is it in?",  # a unit it does not hold
    "冰山松洋的合作医院是哪家？",
])
def test_what_the_graph_does_not_hold_stays_empty(qa, question):
    assert qa.answer(question).answers == []


@pytest.mark.parametrize("question", [
    "What did Yang Yuequan's college sign with Dalian University of Technology?",
    "What did the college Yang Yuequan heads co-sign with DUT, the two of them?",
    "杨跃权所在的学院和大连理工大学一起签了什么？",
    "楊躍權所在的學院和大連理工大學一起簽了什麼？",
])
def test_what_a_described_party_did_asks_for_the_cooperation(qa, question):
    # "what did X's college sign": the college is the one who signed, the cooperation is asked
    assert labels(qa.answer(question)) == {"开源鸿蒙人才培养中心项目"}


@pytest.mark.parametrize("question", [
    "What did Yang Yuequan's college sign with Tsinghua University?",
    "What did Dalian Maritime University's partner hospital sign?",
])
def test_what_a_described_party_did_stays_empty_when_unheld(qa, question):
    assert qa.answer(question).answers == []


@pytest.mark.parametrize("question, expected", [
    ("Which companies signed with the college whose president was interviewed?", VOCATIONAL_FIRMS),
    ("Which university works with the company whose deputy general manager is quoted?", {"大连理工大学"}),
    ("Which university works with the firm whose deputy GM was interviewed in the story?", {"大连理工大学"}),
    ("副总经理在稿子里接受采访的那家公司和哪所大学合作？", {"大连理工大学"}),
    ("黨委書記在文中講話的那所學院跟哪些企業簽了項目？", VOCATIONAL_FIRMS),
])
def test_the_organisation_whose_post_holder_is_quoted(qa, question, expected):
    assert labels(qa.answer(question)) == expected


@pytest.mark.parametrize("question", [
    "Which companies work with the university whose president is quoted in the article?",  # a college's is
    "Which projects does the company whose chairman was interviewed take part in?",  # no chairman is quoted
])
def test_a_post_holder_quoted_nowhere_fits_nothing(qa, question):
    assert qa.answer(question).answers == []


@pytest.mark.parametrize("question", [
    "Which university is GT Dalian Machine Tool working with on a signed R&D project?",
    "The company whose deputy general manager spoke to reporters: which university is it working with on an R&D Project?",
])
def test_a_phrase_of_the_reading_is_no_name(qa, question):
    # "R&D project", capitalised before a name suffix, is a kind of cooperation the reading knows, no name unheld
    assert labels(qa.answer(question)) == {"大连理工大学"}


def test_an_unheld_name_beside_that_phrase_stays_outside(qa):
    answer = qa.answer("Which R&D Project did Huawei sign?")
    assert answer.answers == [] and "Huawei" in answer.answer_text


@pytest.mark.parametrize("question, expected", [
    ("Who is Heye's academic partner?", {JIAOTONG}),
    ("What is the academic partner of Dongfeng Nissan?", {"大连理工大学"}),
    ("List Dalian Jiaotong University's industry partners.", {"国创氢能科技有限公司", "大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司"}),
    ("What are the corporate partners of Dalian Vocational?", VOCATIONAL_FIRMS),
    ("Heye's academic partner also signed with which separation-membrane firm?", {"碧菲分离膜(大连)有限公司"}),
])
def test_an_adjective_of_a_kind_before_partner_says_the_kind(qa, question, expected):
    assert labels(qa.answer(question)) == expected


@pytest.mark.parametrize("question", [
    "Who is Guochuang Hydrogen's industrial partner?",  # its one partner is a university
    "Who are Shenzhen Polytechnic's corporate partners?",
    "Which hospital is Heye's academic partner?",
])
def test_a_kind_of_partner_none_is_of_stays_empty(qa, question):
    assert qa.answer(question).answers == []
