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
