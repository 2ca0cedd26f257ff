"""Round-19 composition on the real graph (search.qa_chain), worded apart from the development cases that found
it, in both languages and traditional script, with cases whose right answer is empty:

- chained: a clause names an organisation and a kind of its partners ("X works with a university", "X有个合作高校",
  "X的合作高校"), a later clause points back at that kind or by a pronoun ("that university", "这所大学", "它"): the
  one partner is put in, the later clause answered about it and the first hop cited; asking for others leaves
  the first hop's out; several partners fitting are asked about, never guessed;
- conjoined: two clauses each asking on its own ("Which university …, and which company …?", "…？另外，…哪所大学…？"):
  each answered, the answers joined; a clause about something the graph does not hold leaves the whole empty.
"""

import pytest

from tests.search.dev_goals import labels

DIGITAL = "大连市数字人才产教融合实训中心合作项目"
PHARMA = "现代中药与生物制药高层次应用型人才联合培养项目"
COMPRESSOR = "辽宁省压缩机专业技术创新中心项目"


@pytest.mark.parametrize("question, must, never", [
    ("Dongfeng Nissan works with a university; which other companies does that university work with?",
     {"大连三友电器设备有限公司", "通用技术集团大连机床有限责任公司"}, {"东风日产大连有限公司"}),
    ("德泰城市服务集团有个合作高校，这所大学还参加了哪个项目？", {DIGITAL}, {"大思政课实践教育基地项目"}),
    ("冰山松洋壓縮機的合作高校，它還參加了哪些項目？", {DIGITAL, PHARMA}, {COMPRESSOR}),
    ("The compressor maker Bingshan Songyang works with one university. Which other deals is that university in?",
     {DIGITAL, PHARMA}, {COMPRESSOR}),
    ("The Jinzhou kindergarten partners with a college — who is that college's party secretary?", {"杨跃权"}, set()),
    ("Which college signed with the Jinzhou kindergarten, and who is its party secretary?",
     {"大连职业技术学院", "杨跃权"}, set()),
    ("跟东风日产合作的大学，它还和哪些企业签了约？", {"大连三友电器设备有限公司"}, {"东风日产大连有限公司"}),
    ("Bifei works with a university. Who else did that university sign with?",
     {"国创氢能科技有限公司", "大连河野智能装备有限公司"}, set()),
    # the pointer's kind broader than the one asked in the first clause (高校 → 学校)
    ("哪所高校跟碧菲分离膜合作？这所学校还跟哪些企业合作？", {"大连交通大学", "国创氢能科技有限公司"}, {"碧菲分离膜(大连)有限公司"}),
])
def test_a_clause_pointing_back_at_a_partner_is_asked_of_it(qa, question, must, never):
    answer = qa.answer(question)
    found = labels(answer)
    assert must <= found and not never & found, answer.answer_text
    assert any(e["source"] for e in answer.evidence), answer.answer_text


@pytest.mark.parametrize("question", [
    "国创氢能有个合作大学，这所大学的校长是谁？",  # the partner is held, its president is not
    "The kindergarten in Jinzhou works with a college; who is that college's vice president?",
    "跟华为合作的那所大学，它还参加了哪些项目？",  # the first clause names what the graph does not hold
])
def test_a_chain_to_what_the_graph_does_not_hold_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question", ["大连理工大学有个合作企业，这家公司在哪个区？",
                                      "Dalian University of Technology works with a company; where is that company based?"])
def test_a_pointer_at_one_of_several_partners_is_asked_about(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and "东风日产大连有限公司" in {r["label"] for r in answer.related}, answer.answer_text


@pytest.mark.parametrize("question, must", [
    ("Which university partnered with Dongfeng Nissan, and which company worked with Dalian Minzu University?",
     {"大连理工大学", "大连德泰城市服务集团有限公司"}),
    ("大连大学参与了哪些项目？另外，德泰城市服务和哪所大学合作？", {PHARMA, "大连民族大学"}),
    ("國創氫能跟哪所大學合作；三友電器又跟哪所大學搭檔？", {"大连交通大学", "大连理工大学"}),
    ("东风日产跟哪个学校合作的，德泰城市服务又是跟哪所大学搞的？", {"大连理工大学", "大连民族大学"}),
    ("Which university works with Dongfeng Nissan and which company works with Dalian Minzu University?",
     {"大连理工大学", "大连德泰城市服务集团有限公司"}),
])
def test_two_asks_in_one_question_are_each_answered(qa, question, must):
    answer = qa.answer(question)
    assert must <= labels(answer), answer.answer_text


def test_an_ask_about_what_the_graph_does_not_hold_leaves_the_question_empty(qa):
    answer = qa.answer("Which university partnered with Dongfeng Nissan, and which company worked with Shenzhen Polytechnic?")
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question, must", [
    ("I read about Bifei Separation Membrane. Which university did it team up with?", {"大连交通大学"}),
    ("GT Dalian Machine Tool hosted the meeting; which university is its partner on the technology project?",
     {"大连理工大学"}),
    ("聽說過國創氫能，它跟哪所大學一起搞研發？", {"大连交通大学"}),
])
def test_a_pronoun_after_a_clause_setting_the_scene_stands_for_the_one_named(qa, question, must):
    answer = qa.answer(question)
    assert must <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question", ["I read about Huawei. Which university did it team up with?",
                                      "Bifei Separation Membrane is based in Dalian. Who is its general manager?"])
def test_a_pronoun_standing_for_what_the_graph_does_not_hold_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question", ["Which projects did Dalian Jiaotong University sign, and which of them is about hydrogen?",
                                      "大连交通大学签了哪些项目，其中哪个跟氢能有关？"])
def test_a_second_ask_about_the_first_asks_answers_is_no_ask_of_its_own(qa, question):
    answer = qa.answer(question)
    assert labels(answer) == {"质子交换膜燃料电池金属石墨复合双极板开发项目"}, answer.answer_text


@pytest.mark.parametrize("question, must", [
    ("董建军在哪家企业任职？这家企业参与了哪些项目？", {"通用技术集团大连机床有限责任公司", "卧式车铣镗复合加工中心性能调控技术攻关项目"}),
    ("楊躍權是哪所學校的校長？這所學校簽了幾個項目？", {"大连职业技术学院", "开源鸿蒙人才培养中心项目"}),
    ("Which company hosted the promotion meeting? What projects has that company signed?",
     {"通用技术集团大连机床有限责任公司", "卧式车铣镗复合加工中心性能调控技术攻关项目"}),
    ("Which university leads the OpenHarmony talent centre, and how many projects has it signed?",
     {"大连理工大学", "高低压电器装备制造产业产教融合实训基地项目"}),
])
def test_a_clause_pointing_back_at_the_one_answer_of_an_ask_is_asked_of_it(qa, question, must):
    answer = qa.answer(question)
    assert must <= labels(answer), answer.answer_text


def test_a_chain_through_an_ask_to_what_the_graph_does_not_hold_is_empty(qa):
    answer = qa.answer("董建军在哪家企业任职？这家企业的注册资本是多少？")
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question, must", [
    # the pronoun stands for what the first clause names, as its own "it" does, not for its answer
    ("Order-based training plan: what is it, and which college runs it?", {"订单培养计划", "大连职业技术学院"}),
    # two kinds asked in one ask: "and which" joins no second ask, "it" is the centre
    ("The Rockwell technology centre: which tech company and which college set it up?",
     {"大连锂工科技有限公司", "大连职业技术学院"}),
])
def test_a_pronoun_after_an_ask_about_a_named_thing_stays_with_it(qa, question, must):
    answer = qa.answer(question)
    assert must <= labels(answer), answer.answer_text
