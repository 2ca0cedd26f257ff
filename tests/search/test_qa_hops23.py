"""Round 23's hops, on the real graph: an organisation's own project said by a word of its name, not its class
("幼儿园合建的什么基地": search.qa_own_named); a description of one cooperation read as a sub-question ("大连机床签的
攻关课题，搭档是哪所大学": search.qa_subquestion); the question read on with the entity put in answered once. Worded
apart from the development sets, in both languages, traditional script and colloquial forms, with empty twins."""

import pytest

from tests.search.dev_goals import labels

CHILDCARE_BASE = "金普新区托幼一体化人才培养基地项目"
DUT = "大连理工大学"


@pytest.mark.parametrize("question", [
    "金州区第一幼儿园参与建的是哪个基地？",
    "金州區第一幼兒園合建了什麼基地？",
    "金州那个幼儿园搞的啥基地啊",
    "金州区第一幼儿园也签了约，它跟别人一起弄的是什么基地？",
])
def test_a_base_named_so_is_the_named_ones_own(qa, question):
    found = labels(qa.answer(question))
    assert CHILDCARE_BASE in found and not found - {CHILDCARE_BASE}, found


@pytest.mark.parametrize("question", [
    "金州区第一幼儿园参与了什么养老基地？",  # a word no name of its own holds
    "Which centre did the Pulandian District Vocational Education Center join?",  # its one project is a college
])
def test_a_kind_word_its_own_projects_do_not_carry_stays_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question", [
    "大连机床签的攻关课题，搭档是哪所大学？",
    "大連機床簽的攻關課題，合作夥伴是哪所大學？",
    "通用技术集团大连机床自己签下的攻关课题，合作的是哪家高校？",
])
def test_a_cooperation_described_is_read_on(qa, question):
    assert DUT in labels(qa.answer(question))


def test_a_cooperation_described_keeps_its_partner_kind(qa):
    found = labels(qa.answer("河野智能做的那个科技创新类项目，跟它合作的是哪所学校？"))
    assert "大连交通大学" in found and DUT not in found, found


def test_a_cooperation_described_with_a_kind_it_lacks_stays_empty(qa):
    answer = qa.answer("大连机床签的攻关课题，合作的医院是哪家？")
    assert answer.answers == [], answer.answer_text


def test_a_count_of_a_described_cooperation_is_no_description(qa):
    answer = qa.answer("普兰店区职教中心参与的项目，一共有几个？")
    assert answer.total == 1 or "1个" in answer.answer_text, answer.answer_text


def test_the_question_read_on_is_answered_once(qa):
    """The rewrite's answer of the question with the entity put in is the answer: asked once, with the description."""
    asked: list[str] = []
    inner = qa.subquestions.answer

    def recording(question: str):
        asked.append(question)
        return inner(question)

    qa.subquestions.answer = recording
    try:
        found = labels(qa.answer("杨跃权那所学校跟哪几家企业一起建了基地类项目？"))
    finally:
        qa.subquestions.answer = inner
    assert {"大连锂工科技有限公司", "大连第一互感器集团"} <= found
    assert len(asked) == 2, asked


@pytest.mark.parametrize("question, expected", [
    ("推进会是在一家企业开的，这家公司签了哪个攻关课题？", "卧式车铣镗复合加工中心性能调控技术攻关项目"),
    ("推進會是在一家企業開的，這家公司簽了哪個攻關課題？", "卧式车铣镗复合加工中心性能调控技术攻关项目"),
    ("The signing ceremony took place at a company. Which university did that company team up with?", DUT),
    ("金州有一家幼儿园签了约，这所幼儿园跟哪所学校合作？", "大连职业技术学院"),
])
def test_an_indefinite_pointed_back_at_is_asked_for(qa, question, expected):
    found = labels(qa.answer(question))
    assert expected in found, found


@pytest.mark.parametrize("question", [
    "推进会在一家医院开的，这家医院跟哪所大学合作？",  # no hospital in the graph
    "The ceremony took place at a school. Which hospital did that school team up with?",
])
def test_an_indefinite_of_a_kind_the_graph_lacks_stays_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question", [
    "大连职业技术学院和一家幼儿园合作，这家幼儿园叫什么？",
    "大連職業技術學院跟一家幼兒園合作，那家幼兒園全名是啥？",
    "Dalian Vocational & Technical College teamed up with a kindergarten. What is that kindergarten called?",
])
def test_an_indefinite_whose_name_alone_is_asked_is_the_answer(qa, question):
    answer = qa.answer(question)
    assert "大连市金州区第一幼儿园" in labels(answer) and not answer.answer_text.startswith(" "), answer.answer_text


def test_an_indefinite_of_a_kind_no_partner_is_stays_empty_when_named(qa):
    answer = qa.answer("大连职业技术学院和一家医院合作，这家医院叫什么？")
    assert answer.answers == [], answer.answer_text


@pytest.mark.parametrize("question", [
    "推进会是借哪家公司的厂房开的？",
    "推進會是借用哪家企業的廠區開的？",
])
def test_a_meeting_held_on_a_company_lent_is_held_at_it(qa, question):
    assert "通用技术集团大连机床有限责任公司" in labels(qa.answer(question))


@pytest.mark.parametrize("question, expected", [
    ("國創氫能和哪所高等學府合作？", "大连交通大学"),
    ("大连机床签的攻关课题，搭档是哪所高等学府？", DUT),
])
def test_a_seat_of_higher_learning_is_a_college_or_university(qa, question, expected):
    assert expected in labels(qa.answer(question))


def test_a_seat_of_higher_learning_on_a_topic_the_graph_lacks_stays_empty(qa):
    answer = qa.answer("国创氢能和哪所高等学府合作研发了疫苗？")
    assert answer.answers == [], answer.answer_text


def test_an_indefinite_host_then_its_described_project_then_its_partner(qa):
    """Three hops: the company lending its plant (an indefinite), its R&D project (a description), that one's partner."""
    answer = qa.answer("推进会借了一家公司的厂房开的，这家东道主签的攻关课题，合作的是哪所大学？")
    assert labels(answer) == {DUT}, answer.answer_text
