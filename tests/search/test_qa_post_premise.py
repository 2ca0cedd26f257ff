"""A post asked of a person at an organisation they hold no post at (search/qa_post_premise.py) is answered by
nothing, the posts held cited apart; a post asked where the person holds one is answered as before. Both
languages, traditional script, short forms and colloquial wording; none of these questions is in a dev set."""

import pytest


@pytest.mark.parametrize("question", [
    "董建軍在大連職業技術學院擔任什麼職務？",
    "董建军在大连理工大学是什么职务",
    "董建军在职院那边兼个啥职？",
    "What's Yang Yuequan's job at GT Dalian Machine Tool?",
    "What is Dong Jianjun's title at the vocational college?",
])
def test_a_post_at_an_organisation_the_person_holds_none_at_is_answered_by_nothing(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [] and answer.understanding.get("settled"), answer.answer_text


def test_the_posts_held_elsewhere_are_said_and_cited_apart(qa):
    answer = qa.answer("董建军在大连理工大学担任什么职务？")
    assert "通用技术集团大连机床有限责任公司" in answer.answer_text and answer.evidence and answer.answers == []


@pytest.mark.parametrize("question, post", [
    ("杨跃权在大連職業技術學院擔任什麼職務？", "校长"),
    ("董建军在机床公司担任什么职务？", "副总经理"),
    ("What title does Yang Yuequan hold at the vocational college?", "President"),
    ("董建军是哪家公司的？担任什么职务？", "副总经理"),
])
def test_a_post_held_where_asked_is_still_answered(qa, question, post):
    answer = qa.answer(question)
    assert answer.answers and post in answer.answer_text, answer.answer_text


def test_a_yes_no_of_another_batch_is_still_a_verdict(qa):
    """The claim of another batch is checked by search.qa_claims (否), not answered as an unheld scope."""
    for question, verdict in [("金普新区联合体是不是第二批国家级市域产教联合体？", "否"),
                              ("Was the Jinpu consortium approved in the second national batch?", "No")]:
        assert qa.answer(question).answer_text.startswith(verdict)


@pytest.mark.parametrize("question", [
    "董建军哪年进的机床公司？",
    "楊躍權啥時候上任的？",
    "杨跃权是哪年当上大连职业技术学院校长的？",
    "When was Yang Yuequan appointed president?",
    "When did Dong Jianjun join the machine tool company?",
])
def test_the_date_a_post_was_taken_up_is_not_held(qa, question):
    """Never the organisation (a when is no which) nor the date of an event the person took part in."""
    answer = qa.answer(question)
    assert answer.answers == [] and answer.understanding.get("settled"), answer.answer_text
    assert "近日" not in answer.answer_text and "recently" not in answer.answer_text


def test_the_date_of_an_event_the_person_took_part_in_is_still_read(qa):
    assert "近日" in qa.answer("董建军什么时候参加的签约仪式？").answer_text
