"""A when or where question is answered by a dated event or document only when it is about it (search.qa_compose
._dated_about): it names an entity the thing concerns, asks where a cooperation it concerns was signed, or shares a
content word with its text; a title's prepositions alone ("Opinions on …", "for") are no subject shared. Wordings of
our own, none in a development set: empty ones sharing only function words, and twins that still answer."""

import pytest

OPINIONS = "2022-12"


@pytest.mark.parametrize("question", [
    "On what date does enrolment for the welding night classes close?",
    "What day is the deadline for the scholarship on?",
    "When does the canteen open for lunch on weekdays?",
    # one content word shared on a word's other sense ("sign-up" and a signing): requiring two content words
    # (QUANTITY_MIN) broke a dev answer ("Which newspaper ran the story and on what date was it published?")
    pytest.param("when's sign-up for the dorm lottery on?",
                 marks=pytest.mark.xfail(strict=True, reason="one content word shared in another sense")),
    "關於宿舍報名嘅截止日期係邊日？",
    "关于订单班报名的截止日期是哪天？",
])
def test_a_date_shared_on_function_words_is_no_answer(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question", [
    "When were the opinions on deepening vocational education reform issued?",
    "On what date were the Opinions on Deepening the Reform of the Modern Vocational Education System issued?",
    "关于深化现代职业教育体系建设改革的意见是什么时候印发的？",
])
def test_a_date_shared_on_content_words_is_answered(qa, question):
    answer = qa.answer(question)
    assert OPINIONS in answer.answer_text, answer.answer_text
