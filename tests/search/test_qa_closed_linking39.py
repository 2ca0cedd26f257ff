"""Closed-world linking (round 39): a name the graph does not hold, sharing its kind or a word with one it does hold,
is never read as that one (search.qa_scope) — in both languages, traditional script too — while the held names
themselves, written whole, short or in English, are still answered.

- a name the tagger reads whole, a part of which the reading linked, held by no name of the graph's: 辽宁省教育厅 (教育 an
  industry), 教育部办公厅 (教育部 another body), when it is no slip of the part linked and its rest names another organisation (search.qa_cut_names);
- an English name written as a kind the graph's organisations are named by, "of" and what tells it apart, whose words no
  one name holds together: "Ministry of Finance" is no Ministry of Education (Scope._en_kind_of_names);
- the held body itself, claimed to have done what it did, is no party claimed to a cooperation a topic word links
  (search.qa_party_claims, search.qa_yes_no): the Ministry of Education is party to none, so "did the education
  ministry tell the provinces …" is its notice's verdict, while a cooperation named still denies it a place.
"""

import pytest

from search.qa_values import states_number

NOTICE, OPINIONS = "教育部要求各省启动产教联合体创建工作", "关于深化现代职业教育体系建设改革的意见"


@pytest.mark.parametrize("question, name", [
    ("辽宁省教育厅是什么时候要求各省启动联合体创建的？", "辽宁省教育厅"),
    ("辽宁省科技厅签了哪些项目？", "辽宁省科技厅"),
    ("教育部办公厅发过什么文件？", "教育部办公厅"),
    ("遼寧省教育廳有沒有參與聯合體？", "辽宁省教育厅"),  # traditional script
    ("省财政厅印发了什么文件？", "省财政厅"),
])
def test_a_chinese_name_cut_by_a_linked_part_is_unheld(qa, question, name):
    answer = qa.answer(question)
    assert not answer.answers and name in answer.understanding.get("outside_graph", []), answer.answer_text


@pytest.mark.parametrize("question", [
    "Did the Ministry of Finance tell provinces to start consortium-building in April 2023?",
    "Which projects did the Ministry of Science and Technology back?",
    "What document did the General Office of the Provincial Government issue in December 2022?",
    "Which firm partners with the University of Science and Technology Liaoning?",
])
def test_an_english_kind_of_name_held_by_no_one_name_is_unheld(qa, question):
    answer = qa.answer(question)
    assert not answer.answers and answer.understanding.get("outside_graph"), answer.answer_text


@pytest.mark.parametrize("question, label", [
    ("教育部是什么时候要求各省启动产教联合体创建工作的？", NOTICE),
    ("國務院辦公廳印發了什麼文件？", OPINIONS),  # traditional script
    ("Which document did the General Office of the State Council issue in December 2022?", OPINIONS),
    ("大連職院參與了哪些項目？", "开源鸿蒙人才培养中心项目"),
])
def test_the_held_names_twins_are_answered(qa, question, label):
    assert label in [a["label"] for a in qa.answer(question).answers]


@pytest.mark.parametrize("question", [
    "Is Dalian University of Finance and Economics one of the parties to the digital talent training centre?",
    "Was it the Ministry of Education that asked the provinces in April 2023 to start creating consortia?",
])
def test_an_english_name_held_whole_keeps_its_verdict(qa, question):
    assert qa.answer(question).answer_text.startswith("Yes")


def test_a_short_form_of_a_held_name_is_still_counted(qa):
    answer = qa.answer("大连理工签了几个项目？")
    assert states_number(answer.answer_text, 6) and not answer.understanding.get("outside_graph")


def test_a_held_short_form_with_a_word_that_is_no_kind_after_it_is_still_read(qa):
    answer = qa.answer("大工电气专业的学生想知道：高低压电器那个实训基地是跟哪家企业共建的？")  # a major after a short form
    assert "大连三友电器设备有限公司" in [a["label"] for a in answer.answers]


@pytest.mark.parametrize("question", [
    "Did the education ministry tell the provinces in April 2023 to begin creating consortia?",
    "教育部是不是在2023年4月要求各省启动联合体创建？",
])
def test_a_body_party_to_no_cooperation_is_judged_by_what_it_did(qa, question):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(("Yes", "是")) and NOTICE in [a["label"] for a in answer.answers], answer.answer_text


@pytest.mark.parametrize("question", [
    "教育部參與了羅克韋爾那個項目嗎？",  # traditional script
    "Did the Ministry of Education sign the compressor centre deal?",
])
def test_a_body_party_to_no_cooperation_is_still_denied_one_named(qa, question):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(("No", "否")) and not answer.answers, answer.answer_text
