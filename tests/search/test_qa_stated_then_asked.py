"""Yes/no questions said in other ways: one that opens on a statement and then asks ("Jinpu ranked fifth among
28. Was it ranked first?") tests the asking sentence's claim, not the statement's; one opened by a modal
("would X count as a talent project?", "does X fall under the R&D category?") asks for a verdict as "is X a …"
does."""

import pytest

from search.qa_values import asking_sentence


@pytest.mark.parametrize("text, asked", [
    ("jinpu ranked fifth among 28. was it ranked first?", "was it ranked first?"),
    ("金普在28家里排第五。它排第一吗？", "它排第一吗？"),
    ("金普排第一吗？", "金普排第一吗？"),
    ("is dut in 6 projects?", "is dut in 6 projects?"),
])
def test_the_asking_sentence_is_the_last_one(text, asked):
    assert asking_sentence(text) == asked


@pytest.mark.parametrize("question, verdict", [
    ("Jinpu ranked fifth among 28. Was it ranked first?", "No"),
    ("The Jinpu consortium came fifth out of 28! Did it come first?", "No"),
    ("金普在28家里排第五。它排第一吗？", "否"),
    ("金普在28家裡排名第五。那它是第一名嗎？", "否"),
    ("金普在28家里排第五。它是第五名吗？", "是"),
    ("Jinpu came fifth of 28. Was it really fifth?", "Yes"),
    # a modal opens a kind claim as "is" does
    ("Would the OpenHarmony centre count as a talent cultivation project?", "Yes"),
    ("Does the OpenHarmony centre count as a technological innovation project?", "No"),
    ("Would the OpenHarmony talent centre qualify as a base project?", "No"),
    # a category named for a verdict is a kind claimed, not the question what kind it is
    ("Does the OpenHarmony centre fall under the technological innovation category?", "No"),
    ("Does the OpenHarmony centre belong to the talent cultivation category?", "Yes"),
    ("開源鴻蒙那個中心算不算人才培養類？", "是"),
])
def test_a_verdict_is_on_the_claim_asked(qa, question, verdict):
    answer = qa.answer(question)
    assert answer.answer_text.startswith(verdict), answer.answer_text
