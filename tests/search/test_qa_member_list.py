"""Asked for a consortium's members, the answerer lists only the members the graph names one by one.
The seed graph names none, only the stated total and its parts, so no organisation is answered as a
member (taking part in one of the consortium's projects is no membership): the answer says the list is
not recorded and gives the stated figures, each cited by its sentence. Worded apart from any eval case,
in both languages, traditional script included."""

import pytest

from search.qa_values import states_number

PARTNER = "大连理工大学"  # takes part in the consortium's projects; the graph names no members


@pytest.mark.parametrize("question", [
    "金普新区市域产教联合体都包括哪些成员单位？",
    "聯合體的成員單位有哪些",
    "Which organisations are members of the Jinpu consortium?",
    "list the consortium's member units",
])
def test_members_not_listed_are_not_answered_by_project_partners(qa, question):
    answer = qa.answer(question)
    assert answer.answers == []
    assert PARTNER not in answer.answer_text
    assert states_number(answer.answer_text, 97) and states_number(answer.answer_text, 57)
    assert answer.evidence and all(item["source"] for item in answer.evidence)


def test_a_member_kind_asked_gives_its_stated_category_not_partners(qa):
    answer = qa.answer("联合体成员里有哪些企业")
    assert states_number(answer.answer_text, 57)
    assert "通用技术集团大连机床有限责任公司" not in answer.answer_text


def test_a_member_count_is_still_a_count(qa):
    assert states_number(qa.answer("联合体一共有多少家成员单位？").answer_text, 97)


def test_the_kinds_of_members_asked_are_the_parts_not_a_list_of_members(qa):
    assert states_number(qa.answer("成员单位分成了哪几类？").answer_text, 57)
    assert len(qa.answer("What kinds of member units does the consortium have?").answers) == 5


@pytest.mark.parametrize("question", ["联合体成员里有哪些社会组织", "Which government bodies are among the consortium's members?"])
def test_members_of_a_kind_not_listed_answer_no_one_and_say_the_figure(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and answer.answer_text
