"""Counts and figures the graph holds (round 27), wordings written for it, none in a development set: a party's count
of projects asked by "a party"/"a signatory" ("In how many of the signed projects is X a party?": the projects it
takes part in, never the one project a topic "party" links to), and the kinds of members or projects ranked or
compared by count, the answer naming the kind and its number; with the twins whose right answer is empty.
"""

import pytest

from tests.search.dev_goals import states


@pytest.mark.parametrize("question, count", [
    ("In how many of the signed projects is Dalian Jiaotong University a party?", 3),
    ("How many of the deals is DVTC a party to?", 4),
    ("DUT: a signatory to how many projects?", 6),
    ("大連交大是幾個項目的簽約方？", 3),  # traditional
])
def test_a_party_counts_the_projects_it_takes_part_in(qa, question, count):
    answer = qa.answer(question)
    assert len(answer.answers) == count and states(answer, count), answer.answer_text


@pytest.mark.parametrize("question", [
    "In how many of the signed projects is Harbin Institute of Technology a party?",  # a name the graph does not hold
    "In how many projects is Peking University a signatory?",
    "How many party members does DUT have?",  # the Communist Party: no count the graph holds
])
def test_a_party_count_of_what_the_graph_does_not_hold_stays_empty(qa, question):
    assert qa.answer(question).answers == []


@pytest.mark.parametrize("question, kind, count", [
    ("成员单位里垫底的那一类，是几家？", "科研机构", 4),  # the bottom place is the fewest
    ("聯合體成員裡墊底的那一類有幾家？", "科研机构", 4),  # traditional
    ("把成员按类型分成几堆，最大那一堆有多少家？", "企业", 57),  # a pile the members are sorted into
    ("Sort the members into piles by type: how big is the biggest pile?", "enterprises", 57),
    ("成员里占比最大的是哪一类，有几家？", "企业", 57),  # the largest share is the largest count
])
def test_the_kind_ranked_by_count_is_named_with_its_number(qa, question, kind, count):
    answer = qa.answer(question)
    assert kind in answer.answer_text and states(answer, count), answer.answer_text


@pytest.mark.parametrize("question, kept, dropped", [
    ("哪个项目签约方最多？有几家？", 15, 42),  # the count asked after counts the answer before, not every partner
    ("Which project category has the fewest projects, and how many?", 5, 42),
])
def test_a_bare_count_after_an_ask_counts_its_answer(qa, question, kept, dropped):
    answer = qa.answer(question)
    assert states(answer, kept) and not states(answer, dropped), answer.answer_text


@pytest.mark.parametrize("question", [
    "垫底的那类成员里有几家外资企业？",  # a count the graph does not hold
    "Which member category sits at the bottom on wages?",  # an attribute the graph does not hold
    "企业在成员中占比多少？",  # a share, which no figure of the graph's is
])
def test_a_bottom_place_the_graph_does_not_hold_stays_empty(qa, question):
    assert qa.answer(question).answers == []
