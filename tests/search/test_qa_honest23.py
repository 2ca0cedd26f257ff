"""Relations and kinds asked that the graph does not hold (round 23): wordings written for these readings, none in a
development set or a calibration set, in both languages, traditional script and colloquial forms, with the near
twins whose right answer the graph does hold.

- the relation a who-question asks by (search.qa_asked_relation): "who chaired the meeting" is not answered by the
  person quoted there, while "who spoke for X", "who organised it", "who wrote it" name relations the graph holds;
- a kind of project the named party has none of (search.qa_kind_unheld): a partner in a research project of a
  university that signed only a talent project is no partner of a neighbouring project;
- a kind counted within a whole the question states by its figure ("那17所中高等院校里本科几所", search.qa_member_kinds):
  the graph does not list the 17, so the universities it holds elsewhere are no count of them;
- pay, and a consortium's contact or website, asked of anything (search.qa_attribute_words UNHELD_ATTRIBUTES);
- a when-clause before a yes/no question is its setting (search.qa_setting), no when-question.
"""

import pytest

from search.qa_asked_relation import asked_by
from search.qa_setting import as_setting
from search.qa_values import states_number
from search.text import normalize
from tests.search.dev_goals import labels

DONG, YANG = "董建军", "杨跃权"


@pytest.mark.parametrize("question, word", [
    ("who chaired the meeting held at gt dalian machine tool?", "chaired"),
    ("who presided over the promotion meeting at the machine tool firm", "presided"),
    ("whom do i call about the field engineer plan?", "call"),
    ("推進會由誰主持？", "主持"),
    ("主持会议的是谁", "主持"),
])
def test_the_word_a_who_question_asks_by(question, word):
    assert word in asked_by(normalize(question))


def test_who_as_which_one_asks_by_no_word():
    assert asked_by(normalize("两批人，谁人多？")) == []  # "谁人多": which has more people, no relation


@pytest.mark.parametrize("question", [
    "Who chaired the meeting held at GT Dalian Machine Tool?",
    "who presided over the promotion meeting at the machine tool firm",
    "推進會是誰主持的？",  # traditional script
    "那个会是谁主持的啊",  # colloquial
])
def test_a_relation_held_nowhere_gets_no_neighbouring_person(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, who", [
    ("Who spoke for GT Dalian Machine Tool at the meeting?", DONG),  # 发言人 spoken by: a relation the graph holds
    ("Who heads Dalian Vocational & Technical College?", YANG),
    ("Who is the deputy general manager of GT Dalian Machine Tool?", DONG),
    ("谁在通用技术集团大连机床任职?", DONG),
    ("Who wrote the article?", "郑鸿"),  # a plan reading its own relation (authors)
    ("who is in charge of the college that set up the training base with gt dalian machine tool", YANG),  # a post asked
])
def test_a_relation_the_graph_holds_is_still_answered(qa, question, who):
    assert who in labels(qa.answer(question))


@pytest.mark.parametrize("question", [
    "大连海事大学和哪家企业合作研发了技术攻关项目？",
    "Which company did Dalian Medical University do a joint research project with?",
    "大連民族大學的科研項目合作企業是哪家？",  # traditional script
    "海大跟哪些公司共建了基地项目？",  # a short form, colloquial
])
def test_a_kind_of_project_the_party_has_none_of_gets_no_partner(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, partner", [
    ("大连交通大学和哪家企业合作研发了攻关项目？", "国创氢能科技有限公司"),
    ("大连理工大学和哪些企业合作了科技创新项目？", "东风日产大连有限公司"),
    ("Which company teamed up with Dalian University on a research project?", "冰山松洋压缩机(大连)有限公司"),
    ("大连民族大学和哪家企业合作了人才培养项目？", "大连德泰城市服务集团有限公司"),
    ("和碧菲分离膜合作的那所学校，在科技创新类里又跟哪几家企业合作？", "国创氢能科技有限公司"),  # one named is set aside
])
def test_a_kind_of_project_the_party_has_is_still_answered(qa, question, partner):
    assert partner in labels(qa.answer(question))


@pytest.mark.parametrize("question", [
    "那17所中高等院校里，大学有几所？",
    "17所院校里高职有几所",
    "那17所中高等院校裡，大學有幾所？",  # traditional script
    "Of the 57 companies, how many are state-owned?",
])
def test_a_kind_counted_within_a_stated_whole_the_graph_does_not_list_is_empty(qa, question):
    """The graph lists universities of the signed projects, not the 17 member institutions: none is counted."""
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


def test_the_stated_whole_itself_is_still_answered(qa):
    answer = qa.answer("17所中高等院校里有几所是成员？")
    assert states_number(answer.answer_text, 17)


@pytest.mark.parametrize("question", [
    "How much is the stipend for apprentices in the field engineer plan?",
    "現場工程師學徒每月補貼多少？",  # traditional script
    "订单班学生有没有工资？",
    "What wage do the Xingliao craftsman trainees earn?",
    "What is the consortium's website?",
    "金普联合体的联系电话是多少",
    "聯合體有沒有諮詢電話？",
])
def test_pay_and_contact_asked_of_anything_are_held_of_nothing(qa, question):
    """Pay is held of no one and for nothing, a consortium's contact and website neither: no neighbouring figure."""
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, number", [
    ("How much did the company and the college invest in the equipment manufacturing base?", 120000000),
    ("每年组建多少个订单班？", 40),
])
def test_a_sum_or_figure_the_graph_holds_is_still_answered(qa, question, number):
    assert states_number(qa.answer(question).answer_text, number)


def test_where_the_consortium_is_is_still_answered(qa):
    assert "金普新区" in labels(qa.answer("联合体在哪？"))


@pytest.mark.parametrize("question, read", [
    ("when jinpu got national status, was it in the first batch?", "jinpu got national status. was it in the first batch?"),
    ("a reader asks: while dut was signing, did it sign with sanyou electric?",
     "a reader asks: dut was signing. did it sign with sanyou electric?"),
    ("when did jinpu get national status, and was it fifth?", "when did jinpu get national status, and was it fifth?"),
    ("when did jinpu get national status?", "when did jinpu get national status?"),
])
def test_a_when_clause_before_a_yes_no_question_is_its_setting(question, read):
    assert as_setting(question) == read


@pytest.mark.parametrize("question, verdict", [
    ("When Jinpu got national status, was it in the first batch?", "Yes"),
    ("When the consortium was approved, did it rank fifth?", "Yes"),
    ("When Jinpu got national status, was it in the second batch?", "No"),
])
def test_a_yes_no_question_with_a_when_setting_gets_a_verdict(qa, question, verdict):
    assert qa.answer(question).answer_text.startswith(verdict)


def test_a_when_question_is_still_answered_by_its_date(qa):
    assert "2023" in qa.answer("When did Jinpu get national status?").answer_text


def test_a_kind_word_naming_a_base_too_is_held_by_the_firm_with_a_base(qa):
    """"training base" names the signed base projects and the bases: the machine-tool firm holds a base, so its figure stands."""
    assert states_number(qa.answer("how much did the machine tool company invest in the training base").answer_text, 120000000)
