"""Round-32 hops through a person and a kind word, on the real graph, worded apart from the development cases, in both
languages, traditional script and colloquial forms, with look-alike cases whose right answer is empty:

- the people a source quotes described with a determiner other than "the" or a verb of getting quotes ("both people
  quoted", "which two individuals get direct quotes"), and asked whom each represents (search.qa_quoted_people,
  search.qa_cues.AFFILIATION_WORDS); a count that is not the speakers' stays empty;
- one speaker described by a title and the quoting ("the deputy general manager quoted in the piece", "被采访的那个副总经理")
  is the one speaker holding that title, the hop then through their employer; a title no speaker holds stays empty;
- "nursery" is an English word for a kindergarten (ontology: cj:Kindergarten's altLabel);
- a person's employer asked by a kind their organisation is not ("杨跃权在哪家公司上班") is no answer (search.qa_profile);
- a place said before a Chinese pointer narrows the kind pointed at ("金州區那間幼兒園", "普兰店那个职教中心": search.qa_kind_refs),
  so that a later ask (its place, then its partner) is asked of the one entity; a place none of that kind holds names none.
"""

import pytest

from tests.search.dev_goals import labels

DVTC, GT, KINDERGARTEN = "大连职业技术学院", "通用技术集团大连机床有限责任公司", "大连市金州区第一幼儿园"
DUT = "大连理工大学"
TRANSFORMER = "大连第一互感器集团"


@pytest.mark.parametrize("question", [
    "List both people quoted, with the organisation each works for.",
    "Which two individuals get quoted in the report, and whom does each represent?",
])
def test_the_people_quoted_are_said_with_their_employers(qa, question):
    answer = qa.answer(question)
    assert {DVTC, GT} <= labels(answer) and all(n in answer.answer_text for n in ("Yang Yuequan", "Dong Jianjun")), answer.answer_text


@pytest.mark.parametrize("question, expected", [
    ("Both people interviewed in the article: which organisations do they represent?", {DVTC, GT}),
    ("The deputy general manager quoted in the piece: which company does he work for?", {GT}),
    ("The quoted president runs which school?", {DVTC}),
    ("文章里被采访的那位副总经理在哪家公司?", {GT}),
    ("報導裡被引用的那位副總經理在哪家公司?", {GT}),
    ("被记者采访的那个副总经理，他们厂跟哪所大学搞研发?", {DUT}),
])
def test_the_people_quoted_are_named_and_their_employers_hopped_to(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question", [
    "Which three individuals get direct quotes in the report, and whom does each represent?",  # two are quoted
    "The chairman quoted in the piece works for which company?",  # no speaker is a chairman
    "被采访的那个董事长在哪家公司?",
    "The vice-mayor quoted in the story works where?",
])
def test_a_quoted_person_fitting_no_speaker_is_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question", [
    "Which nursery does Dalian Vocational & Technical College work with?",
    "Dalian Vocational & Technical College has a nursery partner. Which one?",
    "The college run by Yang Yuequan teamed up with which nursery school?",
])
def test_a_nursery_is_a_kindergarten(qa, question):
    answer = qa.answer(question)
    assert KINDERGARTEN in labels(answer), answer.answer_text


@pytest.mark.parametrize("question", [
    "Which nursery works with Dalian University of Technology?",
    "Dalian Jiaotong University has a nursery partner. Which one?",
    "杨跃权在哪家公司上班?",  # he heads a college: no company of his
])
def test_no_such_partner_or_employer_is_empty(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text


@pytest.mark.parametrize("question, expected", [
    ("金州那家幼儿园在哪个区，跟哪所学校合作?", {DVTC}),
    ("普蘭店那個職教中心在哪個區?它跟哪家企業合作?", {TRANSFORMER}),
    ("普兰店那个职教中心跟哪家企业合作?", {TRANSFORMER}),
])
def test_a_place_before_the_pointer_narrows_the_kind(qa, question, expected):
    answer = qa.answer(question)
    assert expected <= labels(answer), answer.answer_text


@pytest.mark.parametrize("question", [
    "旅顺那家幼儿园跟哪所学校合作?",
    "甘井子那个职教中心在哪个区?它跟哪家企业合作?",
    "金州那家职教中心跟哪家企业合作?",  # the vocational centre is Pulandian's
])
def test_a_place_no_such_entity_holds_names_none(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
