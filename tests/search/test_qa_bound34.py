"""Round-34 bounds claimed in a yes/no question, on the real graph, worded apart from the development cases, with
look-alike cases whose right answer is empty: a bound's words before its number ("more than 100", "at least 100",
"at most 3", "fewer than 5") are the bound's (the logical form's ``bound``), never a comparison or a superlative asked
("more", "least", "most" read as cues). Before this round "Does the consortium have more than 100 members?" was
answered "Yes" by the figure whose own words say "more than" (26,000 person-times trained): the bound was read as a
comparison of figures.
"""

import pytest

from search.qa_values import states_number
from search.text import normalize


@pytest.mark.parametrize("question, verdict, held", [
    ("Does the consortium have more than 100 members?", "no", 97),
    ("Does the consortium count at least 100 member units?", "no", 97),
    pytest.param("Does the consortium have more than ninety members?", "yes", 97, marks=pytest.mark.xfail(
        strict=True, reason="'ninety' is no number to search.qa_values (EN_NUMBERS stop at twenty): no claim is read")),
    ("Has Dalian University of Technology signed at most 3 projects?", "no", 6),
    ("Did Dalian Jiaotong University take part in fewer than 5 projects?", "yes", 3),
    ("Is Dalian University of Technology in at least 4 of the signed projects?", "yes", 6),
])
def test_a_bound_claimed_is_checked_against_the_held_number(qa, question, verdict, held):
    answer = qa.answer(question)
    text = normalize(answer.answer_text)
    assert text.startswith(verdict) and states_number(text, held), answer.answer_text


@pytest.mark.parametrize("question", [
    "Does the Suzhou Industrial Park consortium have more than 100 members?",  # a consortium the graph does not hold
    "Has Shenzhen Polytechnic University signed at least 3 projects?",
])
def test_nothing_to_answer_is_empty(qa, question):
    answer = qa.answer(question)
    assert answer.answers == [], answer.answer_text
