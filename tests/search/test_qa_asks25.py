"""Round-25 readings of two asks about one organisation, the second pointing back at it by a pronoun after the first
asks its place, a date or a number (search.qa_chain._pronoun_back), on the real graph, each worded apart from the
development case that found it, in both languages, with a description naming the organisation and cases whose right
answer is empty:

- "X在哪个区？它跟哪所学校合作？": the place answered, and the partners of X (the pronoun is no place's);
- "签了Y的那家幼儿园在哪个区？它的…": the same once the description is put as its one entity's name;
- no answer for a name the graph does not hold, nor partners of a kind it holds none of.
"""

import pytest

from tests.search.dev_goals import labels

DISTRICT, DVTC = "金州区", "大连职业技术学院"


@pytest.mark.parametrize("question", [
    "金州一幼在哪个区？它跟哪所学校合作？",
    "Where is Dalian Jinzhou District No.1 Kindergarten, and which college does it work with?",
    "托幼一体化基地里的那家幼儿园位于哪个区，它对接的学校是哪所？",
])
def test_the_place_and_the_partner_are_both_answered(qa, question):
    answer = qa.answer(question)
    assert {DISTRICT, DVTC} <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question", [
    "深圳职业技术大学在哪个区？它的合作企业有哪些？",
    "大连理工大学在哪个区？它的合作医院是哪家？",
])
def test_nothing_is_answered(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
