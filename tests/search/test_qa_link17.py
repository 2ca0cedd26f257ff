"""Round-17 linking of names as users type them, on the real graph, in other wording than the development
cases: pinyin runs with the reading's own words around them (in a Chinese question) or English around them,
a distinctive pinyin word of one entity's English name, names typed with input-method slips (traditional
script too), a programme named by its opening words; who-is profiles of a programme and a person. A name
the graph does not hold is never linked to one it holds: the answer is empty."""

import pytest

from search.qa_link import slip_of
from search.qa_values import states_number
from tests.search.dev_goals import labels

DJTU = "大连交通大学"
DVTC = "大连职业技术学院"
MINZU_PROJECTS = {"大思政课实践教育基地项目", "大连市数字人才产教融合实训中心合作项目"}


@pytest.mark.parametrize("question, partner", [
    ("guochuang qingneng 跟哪所大学合作？", DJTU),
    ("guochuangqingneng 的合作大学是哪所？", DJTU),
])
def test_a_name_typed_in_pinyin_in_a_chinese_question_is_linked(qa, question, partner):
    assert partner in labels(qa.answer(question))


def test_pinyin_words_of_the_question_around_a_pinyin_name_are_read_not_unknown(qa):
    answer = qa.answer("dalian minzu daxue de hezuo qiye 有哪些？")
    assert answer.understanding["outside_graph"] == [] and "大连德泰城市服务集团有限公司" in labels(answer)


@pytest.mark.parametrize("question", [
    "Which projects did Dalian Minzu Daxue sign?",
    "which projects did dalian minzu daxue sign?",
])
def test_a_name_typed_in_pinyin_in_an_english_question_is_linked(qa, question):
    assert labels(qa.answer(question)) == MINZU_PROJECTS


def test_a_distinctive_pinyin_word_of_one_english_name_names_it(qa):
    answer = qa.answer("How many projects did Jiaotong sign?")
    assert states_number(answer.answer_text, 3) and "Dalian Jiaotong University" in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question, count", [
    ("大连交痛大学有几个项目？", 3),
    ("大連交痛大學有幾個項目？", 3),
])
def test_a_name_typed_with_a_slip_of_the_same_sound_is_linked(qa, question, count):
    answer = qa.answer(question)
    assert states_number(answer.answer_text, count) and DJTU in answer.answer_text, answer.answer_text


def test_a_slipped_name_in_traditional_script_is_linked(qa):
    assert labels(qa.answer("大連醫科大雪簽了哪些項目？")) == {"大连市数字人才产教融合实训中心合作项目"}


@pytest.mark.parametrize("question", [
    "北京大学和哪些企业合作？",
    "Which projects did Peking University sign?",
    "beijing daxue 签了哪些项目？",
    "What did Beijing Daxue sign with Heye?",
    "比亚迪和哪些学校合作？",
    "宁波职院参与了哪些项目？",
    "Which universities work with Shenyang Machine Tool?",
    "大连海洋大学参与了哪些项目？",  # one character from 大连海事大学, read otherwise: another university
    "Which companies did Qinghua Daxue sign with?",
])
def test_a_name_the_graph_does_not_hold_is_never_linked_to_one_it_holds(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and answer.understanding["outside_graph"], answer.answer_text


def test_a_slip_is_linked_only_when_it_reads_like_the_name_and_most_of_it_is_kept(real_engine):
    assert slip_of(real_engine, "大连交痛大学", 0.25)[0].label == DJTU
    assert slip_of(real_engine, "大连海洋大学", 0.25) is None  # 洋 is no slip of 事
    assert slip_of(real_engine, "大连交痛大学", 0.0) is None


@pytest.mark.parametrize("question", [
    "中高职贯通培养计划是什么？哪所学院负责？",
    "What is the secondary-higher vocational integrated training plan, and which college runs it?",
])
def test_a_programme_profile_answers_the_kind_its_links_hold(qa, question):
    answer = qa.answer(question)
    assert {"中高职贯通培养计划", DVTC} <= labels(answer), answer.answer_text
    assert all(e.get("source") or e.get("derivation") for e in answer.evidence)


def test_a_person_asked_for_post_and_company_is_named_with_both(qa):
    found = labels(qa.answer("董建军在哪家公司，担任什么职务？"))
    assert {"董建军", "通用技术集团大连机床有限责任公司", "副总经理"} <= found, found


def test_a_programme_named_by_its_opening_words_before_its_kind(qa):
    assert "现场工程师培养计划" in labels(qa.answer("Tell me about the field engineers plan"))
