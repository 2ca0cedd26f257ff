"""Counts whose set is named before the ask (round 36, wrong non-empty answers): a count of the wrong set is worse
than a refusal.

- The asker's clause names the set, and the asking clause after it names nothing of its own ("我只关心人才培养那一类，
  签下来的有几项？", "A mum asking: if my daughter is picked for the field engineer track, how big is the first group?"):
  the asker's clause is what is asked about, never read off as a frame (search.qa_frame) leaving a count of every
  project or another plan's figure.
- An English "where" after a noun phrase opens a relative clause ("in the batch where Jinpu came fifth, how many …"):
  it asks no place (search.understand).

Wordings of our own, none in a development set; English, simplified and traditional Chinese; each shape with an
empty twin (the same ask about a set or a place the graph does not hold).
"""

import pytest

from search.qa_values import states_number

# The signed projects by category (the seed article): 6 training-base, 5 tech-innovation, 5 talent-cultivation.
TALENT, BASES, JIAOTONG_SIGNED, FIELD_ENGINEERS = 5, 6, 3, 40


@pytest.mark.parametrize("question, number", [
    ("我只关心人才培养那一类,签下来的有几项?", TALENT),
    ("我只關心人才培養那一類，簽下來的有幾項？", TALENT),
    ("我数了好几遍实训基地那一类的签约项目,原文到底写的是几个?", BASES),
    ("我數了好幾遍實訓基地那一類的簽約項目，原文到底寫的是幾個？", BASES),
    ("我最关心大连交通大学，签下来的一共有几项？", JIAOTONG_SIGNED),
    ("我外甥想报现场工程师那个计划，首批有多大规模？", FIELD_ENGINEERS),
    ("我外甥想報現場工程師那個計劃，首批有多大規模？", FIELD_ENGINEERS),
    ("A mum asking: if my daughter is picked for the field engineer track, how big is the first group?", FIELD_ENGINEERS),
])
def test_a_set_named_in_the_askers_clause_is_what_a_bare_count_counts(qa, question, number):
    answer = qa.answer(question)
    assert states_number(answer.answer_text, number), answer.answer_text
    assert not states_number(answer.answer_text, 16), answer.answer_text  # never every project


@pytest.mark.parametrize("question", [
    # the same asks about a set the graph does not hold: nothing, never the 16 signed nor another plan's first group
    "我只关心养老护理那一类,签下来的有几项?",
    "我只關心養老護理那一類，簽下來的有幾項？",
    "我最关心深圳职业技术大学，签下来的一共有几项？",
    "我外甥想报无人机飞手那个计划，首批有多大规模？",
    "我外甥想報無人機飛手那個計劃，首批有多大規模？",
])
def test_a_set_the_graph_lacks_named_in_the_askers_clause_is_no_count(qa, question):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
    assert not states_number(answer.answer_text, 16), answer.answer_text


@pytest.mark.parametrize("question", [
    # a clause after the asker's naming the measure it asks asks of its own (the frame read off as before)
    "我侄子明年想去那个装备制造实训基地实习，听说岗位不少，具体提供了多少个？",
])
def test_a_rest_naming_its_measure_reads_the_frame_off(qa, question):
    answer = qa.answer(question)
    assert states_number(answer.answer_text, 2800), answer.answer_text


@pytest.mark.parametrize("question", [
    # an asker's clause naming nothing asked, before an ask of its own: read off as before
    "我只关心数字，大连交通大学签下来的有几项？",
    "I'm only interested in numbers. How many projects did Dalian Jiaotong University sign?",
])
def test_an_askers_clause_naming_nothing_asked_is_still_read_off(qa, question):
    answer = qa.answer(question)
    assert states_number(answer.answer_text, JIAOTONG_SIGNED), answer.answer_text


@pytest.mark.parametrize("question", [
    "In the batch where Jinpu ranked fifth, how many applicants were approved in all?",
    "How many applicants got through in the national round where Jinpu placed fifth?",
])
def test_a_relative_where_asks_no_place(qa, question):
    answer = qa.answer(question)
    assert states_number(answer.answer_text, 28), answer.answer_text
    assert answer.understanding["intent"] != "where", answer.understanding


@pytest.mark.parametrize("question", [
    "In the batch where Shenzhen ranked third, how many applicants were approved in all?",
    "How many applicants got through in the national round where Suzhou placed second?",
])
def test_a_relative_where_about_what_the_graph_lacks_gets_no_figure(qa, question):
    answer = qa.answer(question)
    assert not states_number(answer.answer_text, 28), answer.answer_text


@pytest.mark.parametrize("question, place", [
    ("Where was the signing ceremony held?", "GT Dalian Machine Tool"),
    ("Tell me where the promotion meeting was held.", "GT Dalian Machine Tool"),
])
def test_an_asking_where_still_asks_a_place(qa, question, place):
    answer = qa.answer(question)
    assert place in answer.answer_text or any(place in a.get("label_en", "") for a in answer.answers), answer.answer_text
