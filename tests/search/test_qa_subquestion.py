"""An entity given by what it is to another (search.qa_subquestion), on the real graph: the description asked as a
question of its own, its one answer of the kind put in its place and the rest read about it — a partner ("和X合作的
那所学校，…", "the college partnering with X - …"), a host ("推进会的东道主企业，它的…"), an employer ("X's employer …"),
a person described and their organisation ("那位说…的校长，他们学校…"); what the description names left out when the
rest asks for its kind; a description of something the graph does not hold answered with nothing. Worded apart from
the development sets, in both languages, traditional script and colloquial forms."""

import pytest

from tests.search.dev_goals import labels


@pytest.mark.parametrize("question, expected", [
    ("跟河野智能一起做超声悬浮工作台的那所大学，还和哪家分离膜公司签了约？", {"碧菲分离膜(大连)有限公司"}),
    ("The university working with Bifei Separation Membrane - which other companies does it partner with?",
     {"国创氢能科技有限公司", "大连河野智能装备有限公司"}),
    ("和锂工科技合作的那所学校，它的校长是谁？", {"杨跃权"}),
    ("和金州區第一幼兒園合作的那所學校，校長是誰？", {"杨跃权"}),
    ("Who is the head of the school that the Jinzhou kindergarten partners with?", {"杨跃权"}),
])
def test_a_partner_described_is_the_one_partner(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question", [
    "推進會的東道主企業，它的攻关搭檔是哪所大學？",
    "Dong Jianjun's employer teamed up with which university on R&D?",
    "Dong Jianjun's employer: which university is its R&D partner?",
    "接受采访的那位副总经理，他们公司和哪所大学合作攻关？",
])
def test_a_host_or_employer_described_is_read_on(qa, question):
    answer = qa.answer(question)
    assert "大连理工大学" in labels(answer), answer.answer_text


def test_a_person_described_stands_for_the_organisation_of_the_post(qa):
    answer = qa.answer("那位说订单服务的校长，他们学校跟哪几家企业合作？")
    assert {"大连锂工科技有限公司", "大连第一互感器集团"} <= labels(answer), answer.answer_text


def test_what_the_description_names_is_left_out_of_its_own_kind(qa):
    found = labels(qa.answer("Which firms work with the university that partners with Bifei Separation Membrane?"))
    assert {"国创氢能科技有限公司", "大连河野智能装备有限公司"} <= found
    assert "碧菲分离膜(大连)有限公司" not in found


@pytest.mark.parametrize("question", [
    "和冰山松阳压缩机合作的那所大学，另外还参加了哪些项目？",  # a same-sound slip in the partner's name
    "The university that co-develops bipolar plates with Guochuang: which other projects is it in?",  # "Co., Ltd." inside
])
def test_what_the_description_names_is_left_out_when_others_are_asked(qa, question):
    found = labels(qa.answer(question))
    assert found and not found & {"辽宁省压缩机专业技术创新中心项目", "质子交换膜燃料电池金属石墨复合双极板开发项目"}, found


@pytest.mark.parametrize("question", [
    "和华为合作的那所学校，还跟哪些企业合作？",
    "推进会的东道主企业，它跟哪家医院合作？",
    "The university partnering with Tesla - who heads it?",
    "Heye's hospital partner also signed with which firm?",
])
def test_a_description_the_graph_holds_nothing_for_stays_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


def test_the_description_asked_for_itself_is_no_description(qa):
    answer = qa.answer("What is the position of Dong Jianjun?")
    assert "副总经理" in answer.answer_text or "Deputy General Manager" in answer.answer_text


@pytest.mark.parametrize("question, expected", [
    ("The promotion meeting took place at a firm's plant. Which one was it?", "通用技术集团大连机床有限责任公司"),
    ("Dongfeng Nissan works with a university. Which university?", "大连理工大学"),
])
def test_a_closing_bare_ask_asks_for_the_indefinite_before_it(qa, question, expected):
    answer = qa.answer(question)
    assert expected in labels(answer), answer.answer_text


def test_a_closing_bare_ask_of_a_kind_the_graph_lacks_stays_empty(qa):
    answer = qa.answer("The promotion meeting was hosted by a hospital. Which hospital?")
    assert answer.answers == [], answer.answer_text


def test_a_name_pointed_at_is_no_relation(qa):
    """"X这家企业" is X itself: never another entity the sub-question finds."""
    found = labels(qa.answer("医诺生物这家企业，参与了哪些项目？"))
    assert "现代中药与生物制药高层次应用型人才联合培养项目" in found


def test_a_kind_narrowed_by_words_its_one_answer_lacks_is_not_put_in(qa):
    """"…共建的产业学院" is a project named 产业学院, not the college partnering: nothing is put in for it."""
    answer = qa.answer("普兰店那个职教中心参与共建的产业学院，全名叫什么呀？")
    assert not answer.evidence or "杨跃权" not in labels(answer)


@pytest.mark.parametrize("question, expected, excluded", [
    ("除了做双极板的那家氢能公司，大连交通大学还跟哪些企业合作？", {"大连河野智能装备有限公司", "碧菲分离膜(大连)有限公司"}, "国创氢能科技有限公司"),
    ("Besides Heye, which companies work with the university that partners with Bifei?", {"国创氢能科技有限公司"}, "大连河野智能装备有限公司"),
])
def test_an_except_clause_sets_aside_what_a_description_gives(qa, question, expected, excluded):
    found = labels(qa.answer(question))
    assert expected <= found
    assert excluded not in found


@pytest.mark.parametrize("question", [
    "推进会的会场设在哪家厂里？",
    "推進會的會場設在哪家企業？",
])
def test_the_venue_set_at_a_company_is_the_host(qa, question):
    assert "通用技术集团大连机床有限责任公司" in labels(qa.answer(question))


def test_an_office_set_somewhere_the_graph_does_not_say_stays_empty(qa):
    answer = qa.answer("联合体秘书处设在哪家企业？")
    assert answer.answers == [], answer.answer_text
