"""The asker's party (search.qa_party, decided in the refusal gate search.qa_readings.Readings.unheld): a name the graph
lacks standing only as where the people who ask, or for whom the asker asks, come from ("A Ghanaian trade delegate
compares notes with colleagues:", "帮越南来的考察团准备材料：", "来自哈萨克斯坦的代表团下周参观，") refuses nothing; the
same name as an argument of what is asked or a modifier of the thing asked about ("Which firms did the Hanoi consortium
sign?", "越南代表团参观了哪所大学？", "How many students from Hanoi …") still refuses, and names it. Wordings of our own,
none in a development set, each shape with its empty twins; traditional script as typed."""

import pytest

from search.qa_party import asked_apart, party_clause
from tests.search.dev_goals import labels

JIAOTONG = {"大连交通大学"}
DUT = {"大连理工大学"}


@pytest.mark.parametrize("question, name", [
    ("A Ghanaian trade delegate compares notes with colleagues: which university works with Guochuang Hydrogen?", "Ghanaian"),
    ("Our delegation from Nairobi trains welders. Which university works with Guochuang Hydrogen?", "Nairobi"),
    ("An exchange student from Porto jotted this down: which university signed with Dongfeng Nissan?", "Porto"),
    ("帮越南来的考察团准备材料：国创氢能跟哪所大学合作？", "越南"),
    ("来自哈萨克斯坦的代表团下周参观，国创氢能跟哪所大学合作？", "哈萨克斯坦"),
    ("替馬來西亞來的交流團整理資料：國創氫能跟哪所大學合作？", "马来西亚"),
])
def test_a_name_where_the_askers_people_come_from_is_their_party(question, name):
    assert party_clause(question, name) is not None
    rest = asked_apart(question, [name])
    assert rest is not None and name.lower() not in rest.lower(), rest


@pytest.mark.parametrize("question, name", [
    # an argument of what is asked, or a modifier of the thing asked about: the clause asks
    ("Which university did the Kenyan delegation visit?", "Kenyan"),
    ("How many students from Hanoi did Dalian Vocational & Technical College train?", "Hanoi"),
    ("越南代表团参观了哪所大学？", "越南"),
    # shaped as an organisation: it may be what is asked
    ("Our delegation from Hanoi Vocational College trains welders. Which firms does the college work with?", "Hanoi Vocational College"),
    ("深圳职业技术大学的学生来参观，国创氢能跟哪所大学合作？", "深圳职业技术大学"),
    # beside no noun of people: a scope
    ("The Hanoi consortium is growing: which firms did it sign?", "Hanoi"),
    ("苏州工业园区产教联合体正在扩容，它有多少家成员单位？", "苏州工业园区"),
])
def test_a_name_asked_about_or_of_an_organisation_is_no_party(question, name):
    assert party_clause(question, name) is None


@pytest.mark.parametrize("question, name", [
    ("A Kenyan delegation is visiting next week: which Dalian firms did they sign with?", "Kenyan"),  # a pronoun of people
    ("越南来的考察团想了解一下：他们跟哪些企业签了约？", "越南"),
    ("Our delegation from Hanoi trains welders. Which projects did the delegation sign?", "Hanoi"),  # its people again
    ("I'm a teacher from Chiang Mai. Which firms does our college partner with?", "Chiang Mai"),  # the asker's own
    ("我是从清迈来的老师，我们学校跟哪些企业合作？", "清迈"),
    ("帮越南来的考察团准备材料：越南有几家企业参与了签约？", "越南"),  # the name again
    ("Our delegation from Hanoi runs a college. How many learners does the college train each year?", "Hanoi"),  # its noun
    ("A delegation from Suzhou Industrial Park is here: how many members does its consortium have?", "Suzhou Industrial Park"),
    ("苏州来的考察团到了，当地的联合体有多少家成员单位？", "苏州"),  # a place pointed at
])
def test_a_party_referred_back_to_is_asked_about(question, name):
    assert asked_apart(question, [name]) is None


@pytest.mark.parametrize("question, expected", [
    ("A Ghanaian trade delegate compares notes with colleagues: which university works with Guochuang Hydrogen?", JIAOTONG),
    ("帮越南来的考察团准备材料：国创氢能跟哪所大学合作？", JIAOTONG),
    ("替馬來西亞來的交流團整理資料：國創氫能跟哪所大學合作？", JIAOTONG),
    ("给泰国访问团做讲解，东风日产跟哪所大学合作？", DUT),
    ("来自哈萨克斯坦的代表团下周参观，国创氢能跟哪所大学合作？", JIAOTONG),
])
def test_the_askers_party_refuses_nothing(qa, question, expected):
    answer = qa.answer(question)
    assert labels(answer) == expected, answer.answer_text


@pytest.mark.parametrize("question, needle", [
    ("A Peruvian union delegate compares two parts of the membership: are there more enterprises or schools and colleges?", "57"),
    ("給越南來的參訪團做簡報：成員單位裡企業和中高等院校各有幾家？", "57"),
])
def test_the_askers_party_refuses_no_figure(qa, question, needle):
    answer = qa.answer(question)
    assert needle in answer.answer_text, answer.answer_text


@pytest.mark.parametrize("question, name", [
    # the unheld name an argument of what is asked or a modifier of the thing asked about
    ("Which firms did the Hanoi consortium sign?", "Hanoi"),
    ("How many members does the Suzhou Industrial Park consortium have?", "Suzhou"),
    ("深圳职业技术大学和哪些企业合作？", "深圳职业技术大学"),
    ("Which university did the Kenyan delegation visit?", "Kenyan"),
    ("越南代表团参观了哪所大学？", "越南"),
    ("How many students from Hanoi did Dalian Vocational & Technical College train?", "Hanoi"),
    # the party referred back to
    ("越南来的考察团想了解一下：他们跟哪些企业签了约？", "越南"),
    ("I'm a teacher from Chiang Mai. Which firms does our college partner with?", "Chiang Mai"),
    ("帮越南来的考察团准备材料：越南有几家企业参与了签约？", "越南"),
    ("給台灣來的參訪團做講解：台灣的聯合體有多少成員？", "台湾"),
    ("A delegation from Suzhou Industrial Park is here: how many members does its consortium have?", "Suzhou"),
    # shaped as an organisation
    ("Our delegation from Hanoi Vocational College trains welders. Which firms does the college work with?", "Hanoi"),
])
def test_a_name_asked_about_still_refuses_and_is_named(qa, question, name):
    answer = qa.answer(question)
    assert not answer.answers, answer.answer_text
    assert name.lower() in answer.answer_text.lower(), answer.answer_text
